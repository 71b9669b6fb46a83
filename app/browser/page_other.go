//go:build !(js && wasm)

package browser

// Print reports ErrNoBrowser outside a browser.
func Print() error { return ErrNoBrowser }

// OnPageHide reports ErrNoBrowser outside a browser.
func OnPageHide(func()) (release func(), err error) { return func() {}, ErrNoBrowser }
