//go:build !(js && wasm)

package browser

import (
	"context"
	"crypto/sha256"
)

// Files is the database of attached files; outside a browser there is none.
type Files struct{}

// OpenFiles reports ErrNoBrowser outside a browser.
func OpenFiles(context.Context) (*Files, error) { return nil, ErrNoBrowser }

// Close does nothing outside a browser.
func (f *Files) Close() {}

// Put reports ErrNoBrowser outside a browser.
func (f *Files) Put(string, []byte) error { return ErrNoBrowser }

// Get reports ErrNoBrowser outside a browser.
func (f *Files) Get(string) ([]byte, error) { return nil, ErrNoBrowser }

// Keys reports ErrNoBrowser outside a browser.
func (f *Files) Keys() ([]string, error) { return nil, ErrNoBrowser }

// Delete reports ErrNoBrowser outside a browser.
func (f *Files) Delete(string) error { return ErrNoBrowser }

// SHA256 is the SHA-256 of data in lower-case hex; outside a browser it is
// computed in Go, so that native code and tests get the same answer as
// WebCrypto gives in the browser.
func SHA256(data []byte) (string, error) {
	sum := sha256.Sum256(data)
	return hexDigest(sum[:]), nil
}
