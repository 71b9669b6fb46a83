//go:build !(js && wasm)

package browser

import "time"

// Print reports ErrNoBrowser outside a browser.
func Print() error { return ErrNoBrowser }

// InFrame is false outside a browser.
func InFrame() bool { return false }

// ElementHTML is "" outside a browser.
func ElementHTML(string) string { return "" }

// StyleText is "" outside a browser.
func StyleText() string { return "" }

// OnPageHide reports ErrNoBrowser outside a browser.
func OnPageHide(func(leaving bool)) (release func(), err error) { return func() {}, ErrNoBrowser }

// OnBeforeUnload reports ErrNoBrowser outside a browser.
func OnBeforeUnload(func() bool) (release func(), err error) { return func() {}, ErrNoBrowser }

// Soon reports ErrNoBrowser outside a browser.
func Soon(func()) error { return ErrNoBrowser }

// AfterPaint reports ErrNoBrowser outside a browser.
func AfterPaint(func()) error { return ErrNoBrowser }

// WhenIdle reports ErrNoBrowser outside a browser.
func WhenIdle(func()) error { return ErrNoBrowser }

// WhenIdleWithin reports ErrNoBrowser outside a browser.
func WhenIdleWithin(func(), time.Duration) error { return ErrNoBrowser }
