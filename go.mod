module breachdesk

go 1.26.8

require (
	github.com/andybalholm/brotli v1.2.0
	github.com/goccy/go-json v0.10.5
	github.com/hack-pad/safejs v0.1.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
)

require github.com/google/uuid v1.6.0 // indirect
