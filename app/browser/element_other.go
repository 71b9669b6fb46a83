//go:build !(js && wasm)

package browser

// Value is "" outside a browser.
func Value(string) string { return "" }

// SetValue does nothing outside a browser.
func SetValue(string, string) {}

// SelectFirst does nothing outside a browser.
func SelectFirst(string) {}

// Focus does nothing outside a browser.
func Focus(string) {}

// FocusFirst does nothing outside a browser.
func FocusFirst(...string) {}

// FocusControl does nothing outside a browser.
func FocusControl(string) {}

// ScrollTo does nothing outside a browser.
func ScrollTo(string) {}

// ShowInStrip does nothing outside a browser.
func ShowInStrip(string) {}

// FocusAtTop does nothing outside a browser.
func FocusAtTop(string) {}

// LabelOf is "" outside a browser.
func LabelOf(string) string { return "" }

// Focused is empty outside a browser.
func Focused() (id, value string) { return "", "" }

// LocalItem is "" outside a browser.
func LocalItem(string) string { return "" }

// SetGlobal does nothing outside a browser.
func SetGlobal(string, any) {}

// ExposeAsync reports ErrNoBrowser outside a browser.
func ExposeAsync(string, func([]byte, string, func(string))) error { return ErrNoBrowser }
