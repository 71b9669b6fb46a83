package catalog

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Every id the code asks for by name (catalog.T(l, "home.start", ...)) is
// in both tables, so that a string removed or renamed on one side, or a
// typo in the code, fails here rather than showing "[home.start]" on a
// page. Ids built at run time ("ev."+kind) are not seen here: the tables'
// own test and the page tests catch those.
func TestEveryIDUsedExists(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	seen := 0
	for _, dir := range []string{"app", "wasm"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) < 2 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "T" {
					return true
				}
				if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "catalog" {
					return true
				}
				lit, ok := call.Args[1].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				id, _ := strconv.Unquote(lit.Value)
				seen++
				for _, l := range Langs {
					if _, ok := tables[l][id]; !ok {
						t.Errorf("%s: %q is not in the %s table", fset.Position(lit.Pos()), id, l)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if seen < 100 {
		t.Errorf("found only %d ids asked for by name: is the scan still finding catalog.T?", seen)
	}
}

// verb is a fmt verb; its letter is the last byte.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// A translation takes the arguments of the original: as many fmt verbs of
// the same kinds in every language (in any order; 「%s」 in Japanese may be
// %q in English), so that T fills both alike.
func TestTranslationsTakeTheSameArguments(t *testing.T) {
	verbs := func(s string) []string {
		var out []string
		for _, v := range verb.FindAllString(s, -1) {
			switch c := v[len(v)-1]; c {
			case '%':
			case 's', 'q', 'v':
				out = append(out, "text")
			default:
				out = append(out, string(c))
			}
		}
		slices.Sort(out)
		return out
	}
	for _, id := range IDs(Default) {
		want := verbs(tables[Default][id])
		for _, l := range Langs {
			if got := verbs(tables[l][id]); !slices.Equal(got, want) {
				t.Errorf("%q: %s takes %v, %s %v", id, l, got, Default, want)
			}
		}
	}
}
