//go:build !(js && wasm)

package main

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goccyEncoders are goccy/go-json's functions that run its encoder.
var goccyEncoders = map[string]bool{
	"Marshal": true, "MarshalNoEscape": true, "MarshalContext": true, "MarshalWithOption": true,
	"MarshalIndent": true, "MarshalIndentWithOption": true, "NewEncoder": true,
}

// TestNoGoccyEncoder: no code built for the browser encodes with goccy/go-json.
// Its encoder's loop (vm.Run) is one WebAssembly function of 502 KB, linked
// whether called or not (goccy's init refers to it), which V8 compiles the
// first time it runs: 0.1-0.8 s on the page's only thread, in every new
// renderer without the compiled-code cache, right after the first paint (the
// warm-up's first save), and again, in the background, when it is optimised.
// The standard library's encoder, which go-app links anyway, writes the same
// bytes (app/incident's TestEncodeExportIsMarshalIndent) without that
// compile. goccy still decodes everything: its errors carry positions.
func TestNoGoccyEncoder(t *testing.T) {
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH = "js", "wasm"
	checked := 0
	for _, root := range []string{"../app", "."} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "testdata" {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			if ok, err := ctxt.MatchFile(filepath.Dir(path), d.Name()); err != nil || !ok {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			checked++
			name := ""
			for _, im := range f.Imports {
				if p, _ := strconv.Unquote(im.Path.Value); p == "github.com/goccy/go-json" {
					name = "json"
					if im.Name != nil {
						name = im.Name.Name
					}
				}
			}
			if name == "" {
				return nil
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == name && goccyEncoders[sel.Sel.Name] {
					t.Errorf("%s: %s.%s runs goccy's encoder in the browser: encode with encoding/json", fset.Position(sel.Pos()), name, sel.Sel.Name)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d files built for the browser were read: the walk is wrong", checked)
	}
}
