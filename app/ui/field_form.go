package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// fieldForm is the element of a field that is typed into: a form of its own
// (form.<class>) where the field would otherwise be a div.<class>.
//
// After every keystroke into a text field or textarea, Chromium's autofill
// reads every control of the field's form, and a field in no form belongs to
// the page's one formless form: on the facts page all of its ~170 controls
// and ~170 options, on the checklist its ~75 (in Chromium 156, after each
// key's frame: ~5 ms a key for a field among 170 formless controls, ~1 ms for
// the same field alone in a form; TestBenchTyping's control pages,
// BENCH_TRACE). In a form of its own autofill reads that field alone.
//
// The form has no name, no action and submits nothing: Enter in a one-line
// field fires its change event as it did outside a form, then the form's
// submit, which is prevented (onFieldSubmit), so Enter does nothing more than
// it did before. The CSS styles the class, not the tag. Only fields typed
// into need it (a select or a date picker is not followed by autofill after
// each change), and none may sit inside another form.
func fieldForm(class string) app.HTMLElem {
	return el("form."+class).Attr("novalidate", true).On("submit", noSubmit{}.onFieldSubmit)
}

// noSubmit holds the submit handler of fieldForm's forms, a method so that
// the DOM goldens name it.
type noSubmit struct{}

// onFieldSubmit stops a field's form from being submitted (Enter).
func (noSubmit) onFieldSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ctx.PreventUpdate()
}
