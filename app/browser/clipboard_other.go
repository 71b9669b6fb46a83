//go:build !(js && wasm)

package browser

// CopyText reports ErrNoBrowser outside a browser.
func CopyText(string) error { return ErrNoBrowser }
