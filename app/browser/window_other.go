//go:build !(js && wasm)

package browser

// IsSecureContext is false outside a browser.
func IsSecureContext() bool { return false }

// IsControlled is false outside a browser.
func IsControlled() bool { return false }

// CacheNames reports ErrNoBrowser outside a browser.
func CacheNames() ([]string, error) { return nil, ErrNoBrowser }

// OnWindowEvent reports ErrNoBrowser outside a browser.
func OnWindowEvent(string, func()) (func(), error) { return func() {}, ErrNoBrowser }
