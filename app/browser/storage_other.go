//go:build !(js && wasm)

package browser

import "context"

// Estimate reports ErrNoBrowser outside a browser.
func Estimate() (usage, quota int64, err error) { return 0, 0, ErrNoBrowser }

// Persist reports ErrNoBrowser outside a browser.
func Persist() (bool, error) { return false, ErrNoBrowser }

// Persisted reports ErrNoBrowser outside a browser.
func Persisted() (bool, error) { return false, ErrNoBrowser }

// WipeAll reports ErrNoBrowser outside a browser.
func WipeAll(context.Context) error { return ErrNoBrowser }
