//go:build !(js && wasm)

package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"breachdesk/app/static"
)

const usage = `Breach Desk: the static site generator and local server.

  breachdesk dist  [-out dist] [-web web] [-prefix /tools/breach]
      writes the deployable site (web/app.wasm must be built first)
  breachdesk serve [-dir dist] [-addr 127.0.0.1:8000] [-prefix /tools/breach] [-log]
      serves a generated site on this machine
  breachdesk rules [-checklists checklists] [-update]
      validates the rules as they are on disk and shows which scenarios' verdicts change
`

func run(args []string) {
	if err := runCLI(args); err != nil {
		if errors.Is(err, errUsage) {
			fmt.Fprint(os.Stderr, usage)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "breachdesk:", err)
		os.Exit(1)
	}
}

func runCLI(args []string) error {
	if len(args) == 0 {
		return errUsage
	}
	switch args[0] {
	case "dist":
		fs := flag.NewFlagSet("dist", flag.ContinueOnError)
		var c siteConfig
		fs.StringVar(&c.Out, "out", "dist", "output folder")
		fs.StringVar(&c.Web, "web", "web", "static assets folder, with app.wasm")
		fs.StringVar(&c.Prefix, "prefix", "", "URL path to serve under, e.g. /tools/breach")
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage
		}
		if err := generate(c); err != nil {
			return err
		}
		fmt.Printf("site written to %s/ (prefix %q)\n", c.Out, c.Prefix)
		return nil
	case "rules":
		return rulesCmd(args[1:], os.Stdout)
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		dir := fs.String("dir", "dist", "generated site folder")
		addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
		prefix := fs.String("prefix", "", "URL path the site was generated for")
		logReq := fs.Bool("log", false, "log every request")
		if err := fs.Parse(args[1:]); err != nil {
			return errUsage
		}
		if err := static.Check(*dir); err != nil {
			return err
		}
		srv := &static.Server{Dir: *dir, Prefix: *prefix}
		if *logReq {
			srv.Log = log.New(os.Stderr, "", log.Ltime)
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return err
		}
		fmt.Printf("Breach Desk is served on http://%s%s/\n", ln.Addr(), *prefix)
		hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
		return hs.Serve(ln)
	}
	return errUsage
}
