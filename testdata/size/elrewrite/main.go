// Command elrewrite rewrites go-app builder chains in a package into the
// element-as-data helpers of app/ui/el.go, markup unchanged:
//
//	app.Div().Class("bd-card").ID("x").DataSet("k", s).OnClick(p.on).Body(…)
//	→ el("div", "class", "bd-card", "id", "x", "data-k", s).On("click", p.on).Body(…)
//
// Every typed setter of go-app is read from go-app's own source
// (html_gen.go): a setter that sets one attribute from a string becomes a
// name/value pair of el's list (go-app sets both through the same setAttr),
// one from another type (bool, int) a call of Attr with the same name and
// value, an event setter a call of On with its event's name; Text with a
// string becomes elt, a void element (input, br) void. Methods that every
// element has (Aria or DataSet of a value that is not a string, Style,
// Textf) stay as they are. A chain with a setter of any other form is left
// alone. Types come from go/types (the package checked for js/wasm), so a
// value is listed as a string only when it is one. Pairs are listed in
// their order; one is moved before a call that stays only when that call
// sets no attribute of the same name.
//
// Then -sel moves the attributes written as literals into el's selector
// (el("div.bd-card#x"), see selectors).
//
// Usage (from the repository root):
//
//	go run ./testdata/size/elrewrite [-n] app/ui/file.go …       # chains → el
//	go run ./testdata/size/elrewrite -sel [-n] app/ui/file.go …  # literals → selector
//
// rewrites the files given (all of the package's are type-checked for the
// first); -n prints what would change. A few places that take go-app's
// typed elements (app.HTMLInput) must then take app.HTMLElemSelfClosing or
// app.HTMLElem: the build says where. testdata/size/REPORT.md has what it saves.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const goApp = "github.com/maxence-charriere/go-app/v10/pkg/app"

// kinds of setters.
const (
	kAttr   = iota + 1 // e.setAttr("n", v)
	kFmt               // e.setAttr("n", FormatString(format, v...))
	kPrefix            // e.setAttr("p"+k, FormatString("%v", v))
	kEvent             // return e.On("ev", h, options...)
	kBody
	kText
	kGeneric // Attr(n, v)
	kJoin    // e.setAttr("class", strings.Join(v, " "))
	kBoolStr // s := "off"; if v { s = "on" }; e.setAttr("autocomplete", s)
)

type setter struct {
	kind    int
	off, on string // kBoolStr's values
	name    string // attribute, prefix or event
	param   string // the value parameter's type (kAttr)
}

type ctor struct {
	tag, typ    string
	selfClosing bool
}

var (
	bodies  = map[string]map[string]string{} // type → method → body, its type's name as T
	ctors   = map[string]ctor{}              // app.Div → tag div, type htmlDiv
	setters = map[string]map[string]setter{} // type → method → setter
	global  = map[string]bool{}              // methods of HTMLElem
)

func main() {
	dry := flag.Bool("n", false, "print the changes, write nothing")
	sel := flag.Bool("sel", false, "only move the literal attributes of el, elt and void calls into their selector")
	flag.Parse()
	if *sel {
		for _, p := range flag.Args() {
			selectors(p, *dry)
		}
		return
	}
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: elrewrite [-n] file.go …")
		os.Exit(2)
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/maxence-charriere/go-app/v10").Output()
	if err != nil {
		fail(fmt.Errorf("go list go-app: %v", err))
	}
	readGoApp(filepath.Join(strings.TrimSpace(string(out)), "pkg", "app", "html_gen.go"))

	dir := filepath.Dir(flag.Arg(0))
	build.Default.GOOS, build.Default.GOARCH = "js", "wasm"
	bp, err := build.Default.ImportDir(dir, 0)
	if err != nil {
		fail(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	byName := map[string]*ast.File{}
	for _, f := range bp.GoFiles {
		p := filepath.Join(dir, f)
		af, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			fail(err)
		}
		files = append(files, af)
		byName[p] = af
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Scopes: map[ast.Node]*types.Scope{}}
	// The imports' export data, as the go command compiles them for js/wasm.
	cmd := exec.Command("go", "list", "-e", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", "./"+dir)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	list, err := cmd.Output()
	if err != nil {
		fail(fmt.Errorf("go list -export: %v", err))
	}
	exports := map[string]string{}
	for _, line := range strings.Split(string(list), "\n") {
		if path, file, ok := strings.Cut(line, " "); ok && file != "" {
			exports[path] = file
		}
	}
	lookup := func(path string) (io.ReadCloser, error) {
		f, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(f)
	}
	// Type errors are listed, not fatal: a chain this rewrote may have
	// been passed where go-app's typed element was expected (fixed by hand,
	// then this runs again on what is left).
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", lookup), Error: func(err error) {
		fmt.Fprintln(os.Stderr, "type error (rewriting anyway):", err)
	}}
	pkg, _ := conf.Check(bp.ImportPath, fset, files, info)
	for _, p := range flag.Args() {
		af := byName[filepath.Clean(p)]
		if af == nil {
			fail(fmt.Errorf("%s: not a file of %s built for js/wasm", p, dir))
		}
		src, err := os.ReadFile(p)
		if err != nil {
			fail(err)
		}
		r := &rewriter{fset: fset, src: src, info: info, pkg: pkg, file: af, base: fset.File(af.Pos()).Base(), memo: map[[2]token.Pos]string{}}
		r.parents = parents(af)
		res := r.span(af.Pos(), af.End())
		if r.n == 0 {
			continue
		}
		b, err := format.Source([]byte(res))
		if err != nil {
			fail(fmt.Errorf("%s: %v", p, err))
		}
		fmt.Fprintf(os.Stderr, "%s: %d chains rewritten, %d left\n", p, r.n, r.skipped)
		if *dry {
			os.Stdout.Write(b)
			continue
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "elrewrite:", err)
	os.Exit(1)
}

// readGoApp reads go-app's constructors and setters from html_gen.go.
func readGoApp(path string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		fail(err)
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			for _, s := range d.Specs {
				ts, ok := s.(*ast.TypeSpec)
				if !ok || ts.Name.Name != "HTMLElem" {
					continue
				}
				for _, m := range ts.Type.(*ast.InterfaceType).Methods.List {
					for _, n := range m.Names {
						global[n.Name] = true
					}
				}
			}
		case *ast.FuncDecl:
			if d.Body == nil || len(d.Body.List) == 0 {
				continue
			}
			if d.Recv == nil {
				readCtor(d)
				continue
			}
			star, ok := d.Recv.List[0].Type.(*ast.StarExpr)
			if !ok || !d.Name.IsExported() {
				continue
			}
			typ := star.X.(*ast.Ident).Name
			if setters[typ] == nil {
				setters[typ] = map[string]setter{}
			}
			if bodies[typ] == nil {
				bodies[typ] = map[string]string{}
			}
			var b bytes.Buffer
			printer.Fprint(&b, fset, d.Body)
			bodies[typ][d.Name.Name] = regexp.MustCompile(`\b`+typ+`\b`).ReplaceAllString(b.String(), "T")
			if s, ok := readSetter(d); ok {
				setters[typ][d.Name.Name] = s
			}
		}
	}
}

func readCtor(d *ast.FuncDecl) {
	if d.Type.Params.NumFields() != 0 || len(d.Body.List) != 2 {
		return
	}
	as, ok := d.Body.List[0].(*ast.AssignStmt)
	if !ok {
		return
	}
	u, ok := as.Rhs[0].(*ast.UnaryExpr)
	if !ok {
		return
	}
	cl, ok := u.X.(*ast.CompositeLit)
	if !ok || len(cl.Elts) != 1 {
		return
	}
	inner := cl.Elts[0].(*ast.KeyValueExpr).Value.(*ast.CompositeLit)
	c := ctor{typ: cl.Type.(*ast.Ident).Name}
	for _, e := range inner.Elts {
		kv := e.(*ast.KeyValueExpr)
		switch kv.Key.(*ast.Ident).Name {
		case "tag":
			c.tag, _ = strconv.Unquote(kv.Value.(*ast.BasicLit).Value)
		case "isSelfClosing":
			c.selfClosing = kv.Value.(*ast.Ident).Name == "true"
		default:
			return // xmlns: left alone
		}
	}
	if c.tag != "" {
		ctors[d.Name.Name] = c
	}
}

func readSetter(d *ast.FuncDecl) (setter, bool) {
	name := d.Name.Name
	body := ""
	if len(d.Body.List) == 1 {
		if r, ok := d.Body.List[0].(*ast.ReturnStmt); ok && len(r.Results) == 1 {
			body = types.ExprString(r.Results[0])
		}
	}
	switch {
	case name == "Body" && strings.HasPrefix(body, "e.setBody(FilterUIElems(v...))"):
		return setter{kind: kBody}, true
	case name == "Text" && body == "e.Body(Text(v))":
		return setter{kind: kText}, true
	case name == "Attr" && len(d.Body.List) == 2 && types.ExprString(d.Body.List[0].(*ast.ExprStmt).X) == "e.setAttr(n, v)":
		return setter{kind: kGeneric}, true
	}
	if bs, ok := readBoolStr(d); ok {
		return bs, true
	}
	var call *ast.CallExpr
	switch s := d.Body.List[0].(type) {
	case *ast.ExprStmt:
		call, _ = s.X.(*ast.CallExpr)
	case *ast.ReturnStmt:
		if len(s.Results) == 1 {
			call, _ = s.Results[0].(*ast.CallExpr)
		}
	}
	if call == nil {
		return setter{}, false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return setter{}, false
	}
	lit := func(e ast.Expr) (string, bool) {
		b, ok := e.(*ast.BasicLit)
		if !ok || b.Kind != token.STRING {
			return "", false
		}
		s, _ := strconv.Unquote(b.Value)
		return s, true
	}
	switch sel.Sel.Name {
	case "On":
		if ev, ok := lit(call.Args[0]); ok && len(d.Body.List) == 1 {
			return setter{kind: kEvent, name: ev}, true
		}
	case "setAttr":
		if len(d.Body.List) != 2 { // the setAttr and return e
			return setter{}, false
		}
		if n, ok := lit(call.Args[0]); ok {
			switch v := call.Args[1].(type) {
			case *ast.Ident:
				ps := d.Type.Params.List
				return setter{kind: kAttr, name: n, param: types.ExprString(ps[len(ps)-1].Type)}, true
			case *ast.CallExpr:
				switch types.ExprString(v) {
				case "FormatString(format, v...)":
					return setter{kind: kFmt, name: n}, true
				case `strings.Join(v, " ")`:
					return setter{kind: kJoin, name: n}, true
				}
			}
			return setter{}, false
		}
		if be, ok := call.Args[0].(*ast.BinaryExpr); ok {
			if p, ok := lit(be.X); ok && types.ExprString(call.Args[1]) == `FormatString("%v", v)` {
				return setter{kind: kPrefix, name: p}, true
			}
		}
	}
	return setter{}, false
}

// readBoolStr reads a setter of the form
// s := "off"; if v { s = "on" }; e.setAttr("autocomplete", s); return e.
func readBoolStr(d *ast.FuncDecl) (setter, bool) {
	l := d.Body.List
	if len(l) != 4 {
		return setter{}, false
	}
	as, ok := l[0].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return setter{}, false
	}
	off, ok := as.Rhs[0].(*ast.BasicLit)
	if !ok || off.Kind != token.STRING {
		return setter{}, false
	}
	ifs, ok := l[1].(*ast.IfStmt)
	if !ok || types.ExprString(ifs.Cond) != "v" || len(ifs.Body.List) != 1 || ifs.Else != nil {
		return setter{}, false
	}
	on, ok := ifs.Body.List[0].(*ast.AssignStmt).Rhs[0].(*ast.BasicLit)
	if !ok {
		return setter{}, false
	}
	es, ok := l[2].(*ast.ExprStmt)
	if !ok {
		return setter{}, false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || types.ExprString(call.Fun) != "e.setAttr" || types.ExprString(call.Args[1]) != "s" {
		return setter{}, false
	}
	name, ok := call.Args[0].(*ast.BasicLit)
	if !ok {
		return setter{}, false
	}
	s := setter{kind: kBoolStr}
	s.name, _ = strconv.Unquote(name.Value)
	s.off, _ = strconv.Unquote(off.Value)
	s.on, _ = strconv.Unquote(on.Value)
	return s, true
}

type rewriter struct {
	fset    *token.FileSet
	src     []byte
	base    int
	info    *types.Info
	pkg     *types.Package
	file    *ast.File
	parents map[ast.Node]ast.Node
	n       int
	skipped int
	memo    map[[2]token.Pos]string
}

func parents(f *ast.File) map[ast.Node]ast.Node {
	m := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			m[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return m
}

func (r *rewriter) text(from, to token.Pos) string {
	return string(r.src[int(from)-r.base : int(to)-r.base])
}

// span is the source from..to with every outermost chain in it rewritten.
func (r *rewriter) span(from, to token.Pos) string {
	k := [2]token.Pos{from, to}
	if s, ok := r.memo[k]; ok {
		return s
	}
	s := r.span1(from, to)
	r.memo[k] = s
	return s
}

func (r *rewriter) span1(from, to token.Pos) string {
	var chains []*ast.CallExpr
	ast.Inspect(r.file, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		if n.End() <= from || n.Pos() >= to {
			return false // outside the span
		}
		if n.Pos() < from || n.End() > to {
			return true // contains the span: look inside
		}
		if c, ok := n.(*ast.CallExpr); ok && r.isChain(c) && !r.isChainLink(c) {
			chains = append(chains, c)
			return false
		}
		return true
	})
	sort.Slice(chains, func(i, j int) bool { return chains[i].Pos() < chains[j].Pos() })
	var b strings.Builder
	at := from
	for _, c := range chains {
		b.WriteString(r.text(at, c.Pos()))
		if s, ok := r.convert(c); ok {
			b.WriteString(s)
			r.n++
		} else {
			r.skipped++
			b.WriteString(r.keep(c))
		}
		at = c.End()
	}
	b.WriteString(r.text(at, to))
	return b.String()
}

// keep is a chain left as it is, with the chains in its arguments rewritten.
func (r *rewriter) keep(c *ast.CallExpr) string {
	var b strings.Builder
	at := c.Pos()
	var args []ast.Expr
	for cur := c; cur != nil; {
		args = append(args, cur.Args...)
		sel, ok := cur.Fun.(*ast.SelectorExpr)
		if !ok {
			break
		}
		cur, _ = sel.X.(*ast.CallExpr)
	}
	sort.Slice(args, func(i, j int) bool { return args[i].Pos() < args[j].Pos() })
	for _, a := range args {
		b.WriteString(r.text(at, a.Pos()))
		b.WriteString(r.span(a.Pos(), a.End()))
		at = a.End()
	}
	b.WriteString(r.text(at, c.End()))
	return b.String()
}

// links is the chain's constructor and its method calls, in order.
func (r *rewriter) links(c *ast.CallExpr) (string, []*ast.CallExpr, bool) {
	var calls []*ast.CallExpr
	for cur := c; ; {
		sel, ok := cur.Fun.(*ast.SelectorExpr)
		if !ok {
			return "", nil, false
		}
		if id, ok := sel.X.(*ast.Ident); ok {
			pn, ok := r.info.Uses[id].(*types.PkgName)
			if !ok || pn.Imported().Path() != goApp || len(cur.Args) != 0 {
				return "", nil, false
			}
			if _, ok := ctors[sel.Sel.Name]; !ok {
				return "", nil, false
			}
			for i, j := 0, len(calls)-1; i < j; i, j = i+1, j-1 {
				calls[i], calls[j] = calls[j], calls[i]
			}
			return sel.Sel.Name, calls, true
		}
		next, ok := sel.X.(*ast.CallExpr)
		if !ok {
			return "", nil, false
		}
		calls = append(calls, cur)
		cur = next
	}
}

func (r *rewriter) isChain(c *ast.CallExpr) bool {
	_, _, ok := r.links(c)
	return ok
}

// isChainLink: c is the receiver of a method call of a longer chain.
func (r *rewriter) isChainLink(c *ast.CallExpr) bool {
	sel, ok := r.parents[c].(*ast.SelectorExpr)
	if !ok || sel.X != c {
		return false
	}
	call, ok := r.parents[sel].(*ast.CallExpr)
	return ok && call.Fun == sel
}

func (r *rewriter) isString(e ast.Expr) bool {
	tv, ok := r.info.Types[e]
	if !ok {
		return false
	}
	b, ok := tv.Type.(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

// shadowed: name at pos is not the package's own function.
func (r *rewriter) shadowed(name string, pos token.Pos) bool {
	want := r.pkg.Scope().Lookup(name)
	s := r.pkg.Scope().Innermost(pos)
	if s == nil {
		return true
	}
	_, obj := s.LookupParent(name, pos)
	return obj != want
}

type op struct {
	pair     bool
	name     string // attribute name as Go source (a pair's or Attr's); "" none, "?" unknown
	key      string // attribute name when known
	value    string // a pair's value
	call     string // a call that stays: ".On(…)", ".Attr(…)", ".Body(…)"
	body     bool
	text     string // Text's argument when a string
	bodyArgs string
}

func (r *rewriter) args(c *ast.CallExpr) string {
	return r.span(c.Lparen+1, c.Rparen)
}

func (r *rewriter) convert(c *ast.CallExpr) (string, bool) {
	ctorName, calls, _ := r.links(c)
	ct := ctors[ctorName]
	set := setters[ct.typ]
	var ops []op
	for _, call := range calls {
		m := call.Fun.(*ast.SelectorExpr).Sel.Name
		s, ok := set[m]
		a := call.Args
		switch {
		case ok && s.kind == kBody:
			ops = append(ops, op{call: ".Body(" + r.args(call) + ")", body: true, bodyArgs: r.args(call)})
		case ok && s.kind == kText:
			o := op{call: ".Text(" + r.args(call) + ")", body: true}
			if r.isString(a[0]) {
				o.text = r.args(call)
			}
			ops = append(ops, o)
		case ok && s.kind == kEvent:
			ops = append(ops, op{call: fmt.Sprintf(".On(%q, %s)", s.name, r.args(call))})
		case ok && s.kind == kAttr && (s.param == "string" || r.isString(a[0])) && call.Ellipsis == token.NoPos:
			ops = append(ops, op{pair: true, name: strconv.Quote(s.name), key: s.name, value: r.span(a[0].Pos(), a[0].End())})
		case ok && s.kind == kAttr && call.Ellipsis == token.NoPos:
			ops = append(ops, op{name: strconv.Quote(s.name), key: s.name, call: fmt.Sprintf(".Attr(%q, %s)", s.name, r.span(a[0].Pos(), a[0].End()))})
		case ok && (s.kind == kFmt || s.kind == kJoin) && len(a) == 1 && call.Ellipsis == token.NoPos:
			ops = append(ops, op{pair: true, name: strconv.Quote(s.name), key: s.name, value: r.span(a[0].Pos(), a[0].End())})
		case ok && s.kind == kFmt && !global[m]:
			ops = append(ops, op{pair: true, name: strconv.Quote(s.name), key: s.name, value: "app.FormatString(" + r.args(call) + ")"})
		case ok && s.kind == kBoolStr && (types.ExprString(a[0]) == "true" || types.ExprString(a[0]) == "false") && r.info.Uses[a[0].(*ast.Ident)] == types.Universe.Lookup(types.ExprString(a[0])):
			v := s.off
			if types.ExprString(a[0]) == "true" {
				v = s.on
			}
			ops = append(ops, op{pair: true, name: strconv.Quote(s.name), key: s.name, value: strconv.Quote(v)})
		case ok && s.kind == kPrefix && len(a) == 2 && r.isString(a[1]):
			o := op{pair: true, value: r.span(a[1].Pos(), a[1].End())}
			if b, ok := a[0].(*ast.BasicLit); ok && b.Kind == token.STRING {
				k, _ := strconv.Unquote(b.Value)
				o.key = s.name + k
				o.name = strconv.Quote(o.key)
			} else {
				o.name = strconv.Quote(s.name) + " + " + r.span(a[0].Pos(), a[0].End())
				o.key = "?"
			}
			ops = append(ops, o)
		case ok && s.kind == kGeneric && r.isString(a[1]):
			o := op{pair: true, name: r.span(a[0].Pos(), a[0].End()), key: "?", value: r.span(a[1].Pos(), a[1].End())}
			if b, ok := a[0].(*ast.BasicLit); ok && b.Kind == token.STRING {
				o.key, _ = strconv.Unquote(b.Value)
			}
			ops = append(ops, o)
		case global[m] && bodies[ct.typ][m] == bodies["htmlElem"][m]:
			// a method every element has, kept as called (Aria or DataSet of
			// another type, Class of several, Style, Textf, Attr of another type).
			key := "?"
			switch {
			case m == "Textf":
				ops = append(ops, op{call: "." + m + "(" + r.args(call) + ")", body: true})
				continue
			case strings.HasPrefix(m, "On"):
				key = ""
			case ok && (s.kind == kAttr || s.kind == kFmt):
				key = s.name
			case m == "Class":
				key = "class"
			}
			ops = append(ops, op{name: key, key: key, call: "." + m + "(" + r.args(call) + ")"})
		default:
			fmt.Fprintf(os.Stderr, "%s: %s.%s left as it is\n", r.fset.Position(call.Pos()), ctorName, m)
			return "", false
		}
	}
	// Move pairs into el's list when no call that stays before them sets
	// the same attribute.
	var pairs []string
	var rest []op
	blocked := map[string]bool{}
	for _, o := range ops {
		switch {
		case o.pair && !blocked[o.key] && !blocked["?"] && !(o.key == "?" && len(blocked) > 0):
			pairs = append(pairs, o.name+", "+o.value)
		default:
			if o.key != "" {
				blocked[o.key] = true
			}
			if o.pair {
				o.call = ".Attr(" + o.name + ", " + o.value + ")"
			}
			rest = append(rest, o)
		}
	}
	list := strconv.Quote(ct.tag)
	if len(pairs) > 0 {
		list += ", " + strings.Join(pairs, ", ")
	}
	fn := "el"
	if ct.selfClosing {
		fn = "void"
	}
	if r.shadowed(fn, c.Pos()) {
		fmt.Fprintf(os.Stderr, "%s: %s is shadowed here, chain left as it is\n", r.fset.Position(c.Pos()), fn)
		return "", false
	}
	if !ct.selfClosing && len(rest) == 1 && rest[0].text != "" && !r.assigned(c) && !r.shadowed("elt", c.Pos()) {
		l := strconv.Quote(ct.tag) + ", " + rest[0].text
		if len(pairs) > 0 {
			l += ", " + strings.Join(pairs, ", ")
		}
		return "elt(" + l + ")", true
	}
	// A long chain that was written over several lines stays so: a call
	// that stays starts a new line when the line would pass 110 bytes.
	var b bytes.Buffer
	b.WriteString(fn + "(" + list + ")")
	line := b.Len()
	multi := strings.Contains(r.text(c.Pos(), c.End()), "\n")
	for _, o := range rest {
		if multi && line+len(o.call) > 110 && !strings.HasPrefix(o.call, ".Body(") {
			b.WriteString(".\n" + o.call[1:])
			line = len(o.call)
		} else {
			b.WriteString(o.call)
			line += len(o.call)
		}
	}
	return b.String(), true
}

// assigned: the chain's value is kept in a variable (which must stay an
// element, not become an app.UI).
func (r *rewriter) assigned(c *ast.CallExpr) bool {
	var n ast.Node = c
	for {
		switch p := r.parents[n].(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			return true
		case *ast.ParenExpr:
			n = p
		default:
			return false
		}
	}
}

// selectors moves, in every call of el, elt and void in the file, the
// attributes written as literals (name and value) into the selector:
//
//	el("button", "type", "button", "class", "bd-edit", "data-para", id)
//	→ el("button[type=button].bd-edit", "data-para", id)
//
// A class goes as .a.b (go-app joins the classes set one after another
// with a space), an id as #id, any other attribute as [name=value]. A
// value that the selector could not give back the same (a character of
// .#[] in it, spaces other than single ones between classes, empty) stays
// a pair, and so does a pair whose attribute an earlier pair of the list
// sets too (the selector's attributes are set first).
func selectors(path string, dry bool) {
	fset := token.NewFileSet()
	src, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		fail(err)
	}
	base := fset.File(f.Pos()).Base()
	type edit struct {
		from, to int
		text     string
	}
	var edits []edit
	lit := func(e ast.Expr) (string, bool) {
		b, ok := e.(*ast.BasicLit)
		if !ok || b.Kind != token.STRING {
			return "", false
		}
		v, err := strconv.Unquote(b.Value)
		return v, err == nil
	}
	n := 0
	ast.Inspect(f, func(nd ast.Node) bool {
		c, ok := nd.(*ast.CallExpr)
		if !ok || c.Ellipsis != token.NoPos {
			return true
		}
		id, ok := c.Fun.(*ast.Ident)
		if !ok || id.Obj != nil && id.Obj.Kind != ast.Fun {
			return true
		}
		first := 1 // the first pair's index
		switch id.Name {
		case "el", "void":
		case "elt":
			first = 2
		default:
			return true
		}
		if len(c.Args) < first || (len(c.Args)-first)%2 != 0 {
			return true
		}
		tag, ok := lit(c.Args[0])
		if !ok || tag == "" || strings.ContainsAny(tag, ".#[]") {
			return true
		}
		selector := tag
		seen := map[string]bool{}
		var drop []int // pairs moved, by index of their name
		for i := first; i+1 < len(c.Args); i += 2 {
			name, okN := lit(c.Args[i])
			value, okV := lit(c.Args[i+1])
			if !okN {
				// an attribute named at run time: no pair after it moves.
				seen["?"] = true
				continue
			}
			moved := false
			if okV && !seen[name] && !seen["?"] && value != "" && !strings.ContainsAny(value, "[]") && !strings.ContainsAny(name, ".#[]= ") {
				switch {
				case name == "class" && !strings.ContainsAny(value, ".#") && value == strings.Join(strings.Fields(value), " "):
					selector += "." + strings.ReplaceAll(value, " ", ".")
					moved = true
				case name == "id" && !strings.ContainsAny(value, ".# \t\n"):
					selector += "#" + value
					moved = true
				case name != "class" && name != "id" && strings.TrimSpace(value) == value:
					selector += "[" + name + "=" + value + "]"
					moved = true
				}
			}
			seen[name] = true
			if moved {
				drop = append(drop, i)
			}
		}
		if len(drop) == 0 {
			return true
		}
		n++
		off := func(p token.Pos) int { return int(p) - base }
		edits = append(edits, edit{off(c.Args[0].Pos()), off(c.Args[0].End()), strconv.Quote(selector)})
		for _, i := range drop {
			// The pair and the comma before it.
			edits = append(edits, edit{off(c.Args[i-1].End()), off(c.Args[i+1].End()), ""})
		}
		return true
	})
	if n == 0 {
		return
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].from < edits[j].from })
	var b bytes.Buffer
	at := 0
	for _, e := range edits {
		b.Write(src[at:e.from])
		b.WriteString(e.text)
		at = e.to
	}
	b.Write(src[at:])
	out, err := format.Source(b.Bytes())
	if err != nil {
		fail(fmt.Errorf("%s: %v", path, err))
	}
	fmt.Fprintf(os.Stderr, "%s: %d selectors\n", path, n)
	if dry {
		os.Stdout.Write(out)
		return
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		fail(err)
	}
}
