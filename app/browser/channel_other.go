//go:build !(js && wasm)

package browser

// Channel is a BroadcastChannel; outside a browser none can be opened.
type Channel struct{}

// NewChannel reports ErrNoBrowser outside a browser.
func NewChannel(string) (*Channel, error) { return nil, ErrNoBrowser }

// Post reports ErrNoBrowser outside a browser.
func (c *Channel) Post([]byte) error { return ErrNoBrowser }

// OnMessage reports ErrNoBrowser outside a browser.
func (c *Channel) OnMessage(func([]byte)) error { return ErrNoBrowser }

// Close does nothing outside a browser.
func (c *Channel) Close() error { return nil }
