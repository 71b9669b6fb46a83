module breachdesk

go 1.26.8

require (
	github.com/goccy/go-json v0.10.5 // indirect
	github.com/hack-pad/safejs v0.1.0 // indirect
	github.com/maxence-charriere/go-app/v10 v10.1.11 // indirect
)
