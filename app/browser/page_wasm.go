//go:build js && wasm

package browser

import "github.com/hack-pad/safejs"

// Print opens the browser's print dialog for the page (window.print). Call it
// once the page shows what to print (in go-app, from ctx.Defer).
func Print() error {
	_, err := call(safejs.Global(), "print")
	return err
}

// OnPageHide calls fn when the page may be going away: on "pagehide" and when
// the document becomes hidden ("visibilitychange"), the last moments in which a
// write can start (a phone may kill a hidden tab without another event). fn runs
// inside the browser's event: it must not block (no Await, no Store.Put); start
// writes with Store.PutNoWait. Call the returned function to stop listening.
func OnPageHide(fn func()) (release func(), err error) {
	doc, err := global("document")
	if err != nil {
		return func() {}, err
	}
	onHide, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		fn()
		return nil
	})
	if err != nil {
		return func() {}, err
	}
	onVisibility, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if v, err := doc.Get("visibilityState"); err == nil {
			if s, _ := v.String(); s == "hidden" {
				fn()
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
