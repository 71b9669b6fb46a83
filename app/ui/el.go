package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Elements as data. el builds an element from its tag and its attributes as
// name/value pairs ("class", "bd-card", "id", "est-damage", …), set in the
// order given exactly as go-app's typed builders set them (Class, ID, Aria,
// DataSet, For, Scope, Type, Href: each is one attribute set from a string;
// an empty value sets nothing, as theirs). One call and a list of strings
// in place of a chain of builder calls: in wasm each call of a chain costs
// 100–200 bytes of code, so the largest pages are written with these
// (testdata/size/REPORT.md, "render code as data").
func el(tag string, attrs ...string) app.HTMLElem {
	e := app.Elem(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// void is el for an element without content (input, br).
func void(tag string, attrs ...string) app.HTMLElemSelfClosing {
	e := app.ElemSelfClosing(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
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
	return el("button", append([]string{"type", "button"}, attrs...)...).Text(text).On("click", h)
}
