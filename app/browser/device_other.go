//go:build !(js && wasm)

package browser

import "context"

// DeviceKey is this browser's device key; outside a browser there is none.
type DeviceKey struct{}

// PublicKey is nil outside a browser.
func (k *DeviceKey) PublicKey() []byte { return nil }

// Sign reports ErrNoBrowser outside a browser.
func (k *DeviceKey) Sign([]byte) ([]byte, error) { return nil, ErrNoBrowser }

// Extractable is false outside a browser.
func (k *DeviceKey) Extractable() bool { return false }

// LoadDeviceKey reports ErrNoBrowser outside a browser.
func LoadDeviceKey(context.Context) (*DeviceKey, error) { return nil, ErrNoBrowser }
