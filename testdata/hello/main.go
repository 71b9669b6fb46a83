// Command hello is go-app's hello world, built with the same flags as Breach
// Desk by `make bench` to compare sizes and load times against. It lives in
// testdata so that `go test ./...` and `go vet ./...` leave it alone.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI {
	return app.Main().Body(app.H1().Text("Hello World!"))
}

func main() {
	app.Route("/", app.NewZeroComponentFactory(&hello{}))
	run()
}
