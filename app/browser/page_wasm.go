//go:build js && wasm

package browser

import (
	"time"

	"github.com/hack-pad/safejs"
)

// Print opens the browser's print dialog for the page (window.print). Call it
// once the page shows what to print (in go-app, from ctx.Defer). In a frame,
// Chromium prints the frame's document alone. It returns ErrPrintIgnored when
// the browser started no printing (no "beforeprint" during the call, which
// Chromium and Firefox fire before print returns): a frame sandboxed without
// allow-modals ignores window.print silently.
func Print() error {
	win := safejs.Global()
	started := false
	on, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		started = true
		return nil
	})
	if err != nil {
		return err
	}
	defer on.Release()
	if _, err := call(win, "addEventListener", "beforeprint", on.Value()); err != nil {
		return err
	}
	defer func() { _, _ = call(win, "removeEventListener", "beforeprint", on.Value()) }()
	if _, err := call(win, "print"); err != nil {
		return err
	}
	if !started {
		return ErrPrintIgnored
	}
	return nil
}

// InFrame reports whether the page is shown inside a frame of another page.
func InFrame() bool {
	win := safejs.Global()
	self, err1 := win.Get("self")
	top, err2 := win.Get("top")
	if err1 != nil || err2 != nil {
		return false
	}
	return !self.Equal(top)
}

// ElementHTML is the HTML of the element with this id (its outerHTML), as
// the browser serializes it; "" when there is none.
func ElementHTML(id string) string {
	doc, err := global("document")
	if err != nil {
		return ""
	}
	el, err := call(doc, "getElementById", id)
	if err != nil || el.Type() != safejs.TypeObject {
		return ""
	}
	v, err := el.Get("outerHTML")
	if err != nil {
		return ""
	}
	s, _ := v.String()
	return s
}

// StyleText is the text of every style rule of the page's own style sheets
// (those of other origins cannot be read and are left out): what a copy of
// a page needs to look the same on its own, on screen and on paper.
func StyleText() string {
	doc, err := global("document")
	if err != nil {
		return ""
	}
	sheets, err := doc.Get("styleSheets")
	if err != nil {
		return ""
	}
	n, _ := sheets.Get("length")
	count, _ := n.Int()
	var b []byte
	for i := 0; i < count; i++ {
		sheet, err := sheets.Index(i)
		if err != nil {
			continue
		}
		rules, err := sheet.Get("cssRules") // throws for another origin's sheet
		if err != nil || rules.Type() != safejs.TypeObject {
			continue
		}
		rn, _ := rules.Get("length")
		rc, _ := rn.Int()
		for j := 0; j < rc; j++ {
			r, err := rules.Index(j)
			if err != nil {
				continue
			}
			t, err := r.Get("cssText")
			if err != nil {
				continue
			}
			s, _ := t.String()
			b = append(b, s...)
			b = append(b, '\n')
		}
	}
	return string(b)
}

// OnPageHide calls fn when the page may be going away: on "pagehide"
// (leaving true: the page is being unloaded or put in the back-forward cache)
// and when the document becomes hidden ("visibilitychange", leaving false), the
// last moments in which a write can start (a phone may kill a hidden tab
// without another event). fn runs inside the browser's event: it must not
// block (no Await, no Store.Put); start writes with Store.PutNoWait. Call the
// returned function to stop listening.
func OnPageHide(fn func(leaving bool)) (release func(), err error) {
	doc, err := global("document")
	if err != nil {
		return func() {}, err
	}
	onHide, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		fn(true)
		return nil
	})
	if err != nil {
		return func() {}, err
	}
	onVisibility, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if v, err := doc.Get("visibilityState"); err == nil {
			if s, _ := v.String(); s == "hidden" {
				fn(false)
			}
		}
		return nil
	})
	if err != nil {
		onHide.Release()
		return func() {}, err
	}
	release = func() {
		_, _ = safejs.Global().Call("removeEventListener", "pagehide", onHide.Value())
		_, _ = doc.Call("removeEventListener", "visibilitychange", onVisibility.Value())
		onHide.Release()
		onVisibility.Release()
	}
	if _, err := call(safejs.Global(), "addEventListener", "pagehide", onHide.Value()); err != nil {
		release()
		return func() {}, err
	}
	if _, err := call(doc, "addEventListener", "visibilitychange", onVisibility.Value()); err != nil {
		release()
		return func() {}, err
	}
	return release, nil
}

// OnBeforeUnload asks the browser to have the user confirm leaving the page
// (closing the tab, reloading, following a link out) whenever ask reports
// true at that moment: something shown as done is not stored yet. The
// browser words the question itself, and may skip it for a page the user
// never interacted with. Call the returned function to stop listening.
func OnBeforeUnload(ask func() bool) (release func(), err error) {
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 || !ask() {
			return nil
		}
		ev := args[0]
		_, _ = ev.Call("preventDefault")
		_ = ev.Set("returnValue", "unsaved") // browsers before the preventDefault form
		return nil
	})
	if err != nil {
		return func() {}, err
	}
	release = func() {
		_, _ = safejs.Global().Call("removeEventListener", "beforeunload", f.Value())
		f.Release()
	}
	if _, err := call(safejs.Global(), "addEventListener", "beforeunload", f.Value()); err != nil {
		release()
		return func() {}, err
	}
	return release, nil
}

// callOnce is a JavaScript function that calls fn and releases itself: the
// callback of a timer, a frame or an idle period, called once. It is
// released by its caller if it is never handed to the browser.
func callOnce(fn func()) (safejs.Func, error) {
	var f safejs.Func
	f, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		f.Release()
		fn()
		return nil
	})
	return f, err
}

// Soon calls fn from a timer of 0 ms: after the browser has handled the
// input and the other tasks already waiting (a key pressed meanwhile), and
// painted if a frame is due. Long work cut into steps, each started with
// Soon, leaves the page interactive between them.
func Soon(fn func()) error {
	setTimeout, err := global("setTimeout")
	if err != nil {
		return err
	}
	later, err := callOnce(fn)
	if err != nil {
		return err
	}
	if _, err := setTimeout.Invoke(later.Value(), 0); err != nil {
		later.Release()
		return jsErr(err)
	}
	return nil
}

// AfterPaint calls fn once the browser has painted its next frame: from a
// timer set in the frame's requestAnimationFrame callback, which runs just
// before that frame's paint. Long work started this way does not hold back
// what was just rendered. It returns an error, and does not call fn, when the
// page has no requestAnimationFrame.
func AfterPaint(fn func()) error {
	raf, err := global("requestAnimationFrame")
	if err != nil {
		return err
	}
	setTimeout, err := global("setTimeout")
	if err != nil {
		return err
	}
	later, err := callOnce(fn)
	if err != nil {
		return err
	}
	var frame safejs.Func
	frame, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		frame.Release()
		if _, err := setTimeout.Invoke(later.Value(), 0); err != nil {
			later.Release()
		}
		return nil
	})
	if err != nil {
		later.Release()
		return err
	}
	if _, err := raf.Invoke(frame.Value()); err != nil {
		frame.Release()
		later.Release()
		return jsErr(err)
	}
	return nil
}

// WhenIdle calls fn once the browser is idle (requestIdleCallback): the
// frames due painted and the tasks waiting run, or after 10 s at the latest.
// It returns an error, and does not call fn, when the browser has no
// requestIdleCallback.
func WhenIdle(fn func()) error { return WhenIdleWithin(fn, 10*time.Second) }

// WhenIdleWithin is WhenIdle with another latest time: fn runs at the
// browser's next idle moment, or after d when none came.
func WhenIdleWithin(fn func(), d time.Duration) error {
	ric, err := global("requestIdleCallback")
	if err != nil {
		return err
	}
	later, err := callOnce(fn)
	if err != nil {
		return err
	}
	if _, err := ric.Invoke(later.Value(), map[string]any{"timeout": max(1, d.Milliseconds())}); err != nil {
		later.Release()
		return jsErr(err)
	}
	return nil
}
