// Command wasm is Breach Desk's one program. Compiled to WebAssembly
// (GOOS=js GOARCH=wasm) it is the app running in the browser; compiled
// natively it generates the static site (dist) and serves it locally (serve).
//
// The two halves live behind build tags so that no net/http server code
// reaches the WebAssembly binary (it would double its size).
package main

import (
	"os"

	"breachdesk/app/ui"
)

func main() {
	ui.Routes()
	run(os.Args[1:])
}
