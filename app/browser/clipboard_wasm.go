//go:build js && wasm

package browser

import "github.com/hack-pad/safejs"

// CopyText puts s on the clipboard with navigator.clipboard.writeText. Where
// that is missing (no secure context) or refused (the page lacks focus or the
// permission, an iframe without allow="clipboard-write"), it falls back to
// document.execCommand("copy") on a hidden textarea; when both fail it returns
// ErrClipboard, whose Text tells the user to copy by hand. Blocks.
func CopyText(s string) error {
	if cb, err := path(safejs.Global(), "navigator", "clipboard"); err == nil {
		if _, err := awaitCall(cb, "writeText", s); err == nil {
			return nil
		}
	}
	if copyByCommand(s) {
		return nil
	}
	return ErrClipboard
}

// copyByCommand is the old way to copy: select a textarea and execCommand.
func copyByCommand(s string) bool {
	doc, err := global("document")
	if err != nil {
		return false
	}
	body, err := path(doc, "body")
	if err != nil {
		return false
	}
	ta, err := call(doc, "createElement", "textarea")
	if err != nil {
		return false
	}
	_ = ta.Set("value", s)
	_ = ta.Set("readOnly", true)
	_, _ = call(ta, "setAttribute", "aria-hidden", "true")
	_, _ = call(ta, "setAttribute", "class", "clipboard-fallback") // positioned off screen by CSS
	if _, err := call(body, "appendChild", ta); err != nil {
		return false
	}
	defer func() { _, _ = ta.Call("remove") }()
	if _, err := call(ta, "select"); err != nil {
		return false
	}
	ok, err := call(doc, "execCommand", "copy")
	if err != nil {
		return false
	}
	b, _ := ok.Bool()
	return b
}
