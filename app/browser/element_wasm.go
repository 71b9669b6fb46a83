//go:build js && wasm

package browser

import (
	"sync"

	"github.com/hack-pad/safejs"
)

// Elements of the page, by id, for what a component does outside its render:
// read or set a field's value now (go-app may keep a value it rendered
// before), move the focus, scroll to an element. A missing element is no
// error: nothing happens, and a read gives "".

func element(id string) (safejs.Value, bool) {
	doc, err := global("document")
	if err != nil {
		return safejs.Undefined(), false
	}
	el, err := call(doc, "getElementById", id)
	if err != nil || el.Type() != safejs.TypeObject {
		return safejs.Undefined(), false
	}
	return el, true
}

func stringOf(v safejs.Value, err error) string {
	if err != nil {
		return ""
	}
	s, _ := v.String()
	return s
}

// Value is the current value of the form field with id.
func Value(id string) string {
	el, ok := element(id)
	if !ok {
		return ""
	}
	return stringOf(el.Get("value"))
}

// SetValue writes the value of the form field with id.
func SetValue(id, v string) {
	if el, ok := element(id); ok {
		_ = el.Set("value", v)
	}
}

// SelectFirst shows the first option of the select with id (its prompt): a
// select's value cannot be set to "" when go-app wrote the prompt's value=""
// (it leaves an empty value out, and the option's value is then its text),
// and setting it so selects nothing, a blank box.
func SelectFirst(id string) {
	if el, ok := element(id); ok {
		_ = el.Set("selectedIndex", 0)
	}
}

// Focus moves the keyboard focus to the element with id, giving it tabIndex
// -1 first so that any element can hold it (a heading, a section).
func Focus(id string) {
	el, ok := element(id)
	if !ok {
		return
	}
	_ = el.Set("tabIndex", -1)
	_, _ = el.Call("focus")
}

// FocusFirst moves the keyboard focus (as Focus) to the first element of
// the page matching one of the CSS selectors, tried in order.
func FocusFirst(selectors ...string) {
	doc, err := global("document")
	if err != nil {
		return
	}
	for _, sel := range selectors {
		el, err := call(doc, "querySelector", sel)
		if err != nil || el.Type() != safejs.TypeObject {
			continue
		}
		_ = el.Set("tabIndex", -1)
		_, _ = el.Call("focus")
		return
	}
}

// FocusControl moves the focus to the element with id when it is a control,
// else to the first (checked) control inside it, never taking a control out
// of the tab order; an element with no control gets tabIndex -1 (as Focus).
func FocusControl(id string) {
	el, ok := element(id)
	if !ok {
		return
	}
	if !matches(el, "input, select, textarea, button") {
		if in, err := el.Call("querySelector", "input:checked, input, select, textarea"); err == nil && in.Type() == safejs.TypeObject {
			el = in
		} else {
			_ = el.Set("tabIndex", -1)
		}
	}
	_, _ = el.Call("focus")
}

func matches(el safejs.Value, sel string) bool {
	m, err := el.Call("matches", sel)
	if err != nil {
		return false
	}
	b, _ := m.Bool()
	return b
}

// ScrollTo scrolls the element with id into view.
func ScrollTo(id string) {
	if el, ok := element(id); ok {
		_, _ = el.Call("scrollIntoView")
	}
}

// ShowInStrip scrolls the strip holding the element with id sideways (its
// parent, a bar of tabs that scrolls on a narrow screen) so that the element
// stands in the middle of it, or as near as the strip allows. The page itself
// does not move.
func ShowInStrip(id string) {
	el, ok := element(id)
	if !ok {
		return
	}
	strip, err := el.Get("parentElement")
	if err != nil || strip.Type() != safejs.TypeObject {
		return
	}
	sw, _ := strip.Get("scrollWidth")
	cw, _ := strip.Get("clientWidth")
	w1, _ := sw.Float()
	w2, _ := cw.Float()
	if w1 <= w2 {
		return
	}
	er, err1 := el.Call("getBoundingClientRect")
	sr, err2 := strip.Call("getBoundingClientRect")
	if err1 != nil || err2 != nil {
		return
	}
	num := func(v safejs.Value, k string) float64 {
		x, _ := v.Get(k)
		f, _ := x.Float()
		return f
	}
	delta := num(er, "left") - num(sr, "left") - (num(sr, "width")-num(er, "width"))/2
	left, _ := strip.Get("scrollLeft")
	l, _ := left.Float()
	_ = strip.Set("scrollLeft", l+delta)
}

// FocusAtTop scrolls the page back to its top and moves the focus to the
// element with id (as Focus), scrolling only as far as needed to show it:
// after a step of a form changes, the page does not stay scrolled down where
// the previous step's button was, with the header out of sight.
func FocusAtTop(id string) {
	win, err := global("window")
	if err != nil {
		return
	}
	_, _ = win.Call("scrollTo", 0, 0)
	el, ok := element(id)
	if !ok {
		return
	}
	_ = el.Set("tabIndex", -1)
	opts, err := global("Object")
	if err == nil {
		if o, err := opts.New(); err == nil {
			_ = o.Set("preventScroll", true)
			_, _ = el.Call("focus", o)
		}
	}
	r, err := el.Call("getBoundingClientRect")
	if err != nil {
		return
	}
	b, _ := r.Get("bottom")
	bottom, _ := b.Float()
	h, _ := win.Get("innerHeight")
	height, _ := h.Float()
	if bottom > height {
		if o, err := opts.New(); err == nil {
			_ = o.Set("block", "nearest")
			_, _ = el.Call("scrollIntoView", o)
		}
	}
}

// LabelOf is the text of the label of the field with id.
func LabelOf(id string) string {
	doc, err := global("document")
	if err != nil {
		return ""
	}
	lab, err := call(doc, "querySelector", `label[for="`+id+`"]`)
	if err != nil || lab.Type() != safejs.TypeObject {
		return ""
	}
	return stringOf(lab.Get("textContent"))
}

// Focused is the id and value of the element that has the focus.
func Focused() (id, value string) {
	doc, err := global("document")
	if err != nil {
		return "", ""
	}
	el, err := doc.Get("activeElement")
	if err != nil || el.Type() != safejs.TypeObject {
		return "", ""
	}
	return stringOf(el.Get("id")), stringOf(el.Get("value"))
}

// LocalItem is the localStorage item key ("" when there is none).
func LocalItem(key string) string {
	ls, err := global("localStorage")
	if err != nil {
		return ""
	}
	return stringOf(call(ls, "getItem", key))
}

// SetGlobal sets a property of the window (a figure the end-to-end tests
// read, such as the last unlock's duration).
func SetGlobal(name string, v any) { _ = safejs.Global().Set(name, v) }

var exposed sync.Map // name → safejs.Func, kept for the page's life

// ExposeAsync sets window[name] to a function of (bytes, string) that
// returns a promise: fn gets the bytes and the string, and resolves the
// promise with a string by calling done (from any goroutine). For test hooks
// that run what a user could do (see app/ui's settings_hooks.go).
func ExposeAsync(name string, fn func(data []byte, arg string, done func(string))) error {
	promise, err := global("Promise")
	if err != nil {
		return err
	}
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		data, err := fromBytes(args[0])
		if err != nil {
			return nil
		}
		arg := ""
		if len(args) > 1 {
			if t, _ := args[1].Truthy(); t {
				arg = stringOf(args[1], nil)
			}
		}
		var exec safejs.Func
		exec, err = safejs.FuncOf(func(_ safejs.Value, res []safejs.Value) any {
			exec.Release()
			resolve := res[0]
			go fn(data, arg, func(s string) { _, _ = resolve.Invoke(s) })
			return nil
		})
		if err != nil {
			return nil
		}
		p, err := promise.New(exec.Value())
		if err != nil {
			return nil
		}
		return p
	})
	if err != nil {
		return err
	}
	exposed.Store(name, f)
	return safejs.Global().Set(name, f.Value())
}
