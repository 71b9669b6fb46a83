//go:build !(js && wasm)

package main

import (
	"flag"
	"log"

	"breachdesk/app/static"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// run generates the hello world's static site, with local icons like Breach Desk.
func run() {
	out := flag.String("out", "dist", "output folder")
	version := flag.String("version", "bench", "version")
	flag.Parse()
	h := &app.Handler{
		Name:    "Hello",
		Title:   "Hello",
		Version: *version,
		Icon:    app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"},
	}
	if err := app.GenerateStaticWebsite(*out, h); err != nil {
		log.Fatal(err)
	}
	// The app's sites get this loader (make dist): like with like.
	if err := static.PatchLoaderFile(*out); err != nil {
		log.Fatal(err)
	}
}
