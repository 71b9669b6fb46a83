//go:build js && wasm

package browser

import (
	"errors"
	"syscall/js"

	"github.com/hack-pad/safejs"
)

// toJSError turns a thrown or rejected JavaScript value into a *JSError.
func toJSError(v safejs.Value) *JSError {
	if v.IsUndefined() || v.IsNull() {
		return &JSError{Message: "unknown error"}
	}
	name, _ := v.Get("name")
	msg, _ := v.Get("message")
	if msg.Type() == safejs.TypeString {
		n, _ := name.String()
		m, _ := msg.String()
		return &JSError{Name: n, Message: m}
	}
	return &JSError{Message: describe(v)}
}

// jsErr turns an error from a safejs call into a *JSError when JavaScript threw
// it (keeping the exception's name), else returns it as it is.
func jsErr(err error) error {
	if err == nil {
		return nil
	}
	var je js.Error // what safejs recovers from a syscall/js panic
	if errors.As(err, &je) {
		return toJSError(safejs.Safe(je.Value))
	}
	return err
}

// global returns a property of the global object, or an error when it is
// missing (undefined or null).
func global(name string) (safejs.Value, error) {
	v, err := safejs.Global().Get(name)
	if err != nil {
		return safejs.Undefined(), err
	}
	if v.IsUndefined() || v.IsNull() {
		return safejs.Undefined(), errors.New("browser: no " + name + " here")
	}
	return v, nil
}

// path follows properties from v ("navigator", "storage"), failing on a missing one.
func path(v safejs.Value, names ...string) (safejs.Value, error) {
	for _, n := range names {
		next, err := v.Get(n)
		if err != nil {
			return safejs.Undefined(), err
		}
		if next.IsUndefined() || next.IsNull() {
			return safejs.Undefined(), errors.New("browser: no " + n + " here")
		}
		v = next
	}
	return v, nil
}

// call calls a method and maps a thrown exception to a *JSError.
func call(v safejs.Value, method string, args ...any) (safejs.Value, error) {
	r, err := v.Call(method, args...)
	return r, jsErr(err)
}

// awaitCall calls a method that returns a promise and waits for it. Blocks.
func awaitCall(v safejs.Value, method string, args ...any) (safejs.Value, error) {
	p, err := call(v, method, args...)
	if err != nil {
		return safejs.Undefined(), err
	}
	return Await(p)
}

// toUint8Array copies b into a new Uint8Array.
func toUint8Array(b []byte) (safejs.Value, error) {
	ctor, err := global("Uint8Array")
	if err != nil {
		return safejs.Undefined(), err
	}
	a, err := ctor.New(len(b))
	if err != nil {
		return safejs.Undefined(), jsErr(err)
	}
	if _, err := safejs.CopyBytesToJS(a, b); err != nil {
		return safejs.Undefined(), err
	}
	return a, nil
}

// fromBytes copies a Uint8Array, an ArrayBuffer or a typed array view into Go.
func fromBytes(v safejs.Value) ([]byte, error) {
	ab, err := global("ArrayBuffer")
	if err != nil {
		return nil, err
	}
	if isBuf, _ := v.InstanceOf(ab); isBuf {
		ctor, err := global("Uint8Array")
		if err != nil {
			return nil, err
		}
		if v, err = ctor.New(v); err != nil {
			return nil, jsErr(err)
		}
	}
	n, err := v.Get("byteLength")
	if err != nil {
		return nil, err
	}
	size, err := n.Int()
	if err != nil {
		return nil, err
	}
	b := make([]byte, size)
	if _, err := safejs.CopyBytesToGo(b, v); err != nil {
		return nil, err
	}
	return b, nil
}

// newObject returns a new empty JavaScript object.
func newObject() (safejs.Value, error) {
	o, err := global("Object")
	if err != nil {
		return safejs.Undefined(), err
	}
	v, err := o.New()
	return v, jsErr(err)
}
