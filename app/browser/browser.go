// Package browser is the only package that calls browser APIs directly. It
// wraps them with github.com/hack-pad/safejs, so a missing API or a thrown
// exception is an error, never a panic.
//
// Outside a browser (native builds: tests, the static site generator) every
// function here reports ErrNoBrowser or a harmless zero value, so packages that
// import it still build and prerender.
//
// It must not import go-app: the UI adapts these functions to its components.
package browser

import "errors"

// ErrNoBrowser is returned by every call made outside a browser.
var ErrNoBrowser = errors.New("browser: not running in a browser")
