package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Elements as data. el builds an element from a selector and its other
// attributes as name/value pairs: el("button[type=button].bd-edit#x",
// "data-para", id). The selector is the tag, then the attributes written in
// the code: .class (several: .a.b, set one after another, which go-app joins
// with a space), #id, [name=value]. The pairs follow, set in the order given
// exactly as go-app's typed builders set them (Class, ID, Aria, DataSet,
// For, Scope, Type, Href: each is one attribute set from a string; an empty
// value sets nothing, as theirs). One call and one string in place of a
// chain of builder calls: in wasm each call of a chain costs 100–200 bytes
// of code and each string argument of a call ~20, so app/ui's markup is
// written with these (testdata/size/REPORT.md, "render code as data";
// testdata/size/elrewrite writes go-app chains this way).
func el(sel string, attrs ...string) app.HTMLElem {
	tag, rest := selTag(sel)
	e := app.Elem(tag)
	for rest != "" {
		var n, v string
		n, v, rest = selAttr(rest)
		e.Attr(n, v)
	}
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// void is el for an element without content (input, br).
func void(sel string, attrs ...string) app.HTMLElemSelfClosing {
	tag, rest := selTag(sel)
	e := app.ElemSelfClosing(tag)
	for rest != "" {
		var n, v string
		n, v, rest = selAttr(rest)
		e.Attr(n, v)
	}
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// selTag splits a selector into its tag and its attributes.
func selTag(sel string) (tag, rest string) {
	if i := strings.IndexAny(sel, ".#["); i >= 0 {
		return sel[:i], sel[i:]
	}
	return sel, ""
}

// selAttr reads a selector's first attribute: .class, #id or [name=value].
func selAttr(s string) (name, value, rest string) {
	if s[0] == '[' {
		end := strings.IndexByte(s, ']')
		name, value, _ = strings.Cut(s[1:end], "=")
		return name, value, s[end+1:]
	}
	name = "id"
	if s[0] == '.' {
		name = "class"
	}
	end := strings.IndexAny(s[1:], ".#[") + 1
	if end == 0 {
		end = len(s)
	}
	return name, s[1:end], s[end:]
}

// elt is el with a text as its body.
func elt(tag, text string, attrs ...string) app.UI { return el(tag, attrs...).Text(text) }

// elb is el with children.
func elb(tag string, attrs []string, body ...app.UI) app.UI { return el(tag, attrs...).Body(body...) }

// a is a list of attribute pairs for elb.
func a(pairs ...string) []string { return pairs }

// option is a select's option; selected as go-app's Selected sets it.
func option(value, text string, selected bool) app.UI {
	return el("option", "value", value).Attr("selected", selected).Text(text)
}

// button is a button of type button with a click handler.
func button(text string, h app.EventHandler, attrs ...string) app.UI {
	return el("button[type=button]", attrs...).Text(text).On("click", h)
}
