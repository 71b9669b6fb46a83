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

	"breachdesk/app/segmerge"
	"breachdesk/app/static"
)

const usage = `Breach Desk: the static site generator and local server.

  breachdesk dist  [-out dist] [-web web] [-prefix /tools/breach]
      writes the deployable site (web/app.wasm must be built first)
  breachdesk serve [-dir dist] [-addr 127.0.0.1:8000] [-prefix /tools/breach] [-log]
      serves a generated site on this machine
  breachdesk rules [-checklists checklists] [-update]
      validates the rules as they are on disk and shows which scenarios' verdicts change
  breachdesk compress DIR
      writes the .br and .gz twins next to the large files in DIR (dist does
      this itself; make bench uses it to serve another site the same way)
  breachdesk segmerge [-gap 4096] [-memory MiB] [-o out.wasm] app.wasm
      merges the data segments Go's linker wrote into a few (the same
      initial memory, fewer bytes once compressed); in place without -o
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
	case "compress":
		if len(args) != 2 {
			return errUsage
		}
		if st, err := os.Stat(args[1]); err != nil || !st.IsDir() {
			return fmt.Errorf("%s: not a folder", args[1])
		}
		return precompress(args[1], compressCache())
	case "segmerge":
		fs := flag.NewFlagSet("segmerge", flag.ContinueOnError)
		gap := fs.Int("gap", segmerge.DefaultMaxGap, "longest run of zero bytes to fill between two segments (-1: any)")
		mem := fs.Int("memory", 0, "MiB the module's memory starts with at least (0: as linked)")
		out := fs.String("o", "", "output file (default: rewrite the input)")
		if err := fs.Parse(args[1:]); err != nil || fs.NArg() != 1 || *mem < 0 || *mem > 4096 {
			return errUsage
		}
		return segmergeFile(fs.Arg(0), *out, *gap, *mem)
	}
	return errUsage
}

// segmergeFile merges the data segments of the module in path and writes it
// to out (path itself when out is ""), whole or not at all.
// With memMiB > 0, the module's memory also starts at least that large
// (segmerge.MinMemory).
func segmergeFile(path, out string, maxGap, memMiB int) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	mod, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	merged, r, err := segmerge.Merge(mod, maxGap)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if out == "" {
		out = path
	}
	if r.Skipped != "" {
		fmt.Printf("%s: data segments left as they are: %s\n", out, r.Skipped)
	} else {
		fmt.Printf("%s: %d data segments merged into %d (%d zero bytes filled in), %d → %d bytes\n",
			out, r.SegmentsBefore, r.SegmentsAfter, r.ZeroFill, len(mod), len(merged))
	}
	if memMiB > 0 {
		raised, changed, err := segmerge.MinMemory(merged, uint64(memMiB)<<20/65536)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if changed {
			fmt.Printf("%s: memory starts at %d MiB\n", out, memMiB)
		}
		merged = raised
	}
	if err := writeAtomic(out, merged); err != nil {
		return err
	}
	return os.Chmod(out, st.Mode().Perm()) // as the input (a temporary file is 0600)
}
