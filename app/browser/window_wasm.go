//go:build js && wasm

package browser

import (
	"fmt"

	"github.com/hack-pad/safejs"
)

// Await waits for a JavaScript promise and returns its value or its rejection as
// an error (a *JSError, whose Name is the DOMException's name).
// It blocks: call it from a goroutine, never from inside a JavaScript callback.
func Await(promise safejs.Value) (safejs.Value, error) {
	type result struct {
		v   safejs.Value
		err error
	}
	done := make(chan result, 1)
	onOK, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		v := safejs.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- result{v: v}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	defer onOK.Release()
	onErr, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		reason := safejs.Undefined()
		if len(args) > 0 {
			reason = args[0]
		}
		done <- result{err: toJSError(reason)}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	defer onErr.Release()
	if _, err := promise.Call("then", onOK.Value(), onErr.Value()); err != nil {
		return safejs.Undefined(), err
	}
	r := <-done
	return r.v, r.err
}

// describe turns a thrown JavaScript value into text: "Name: message" for errors.
func describe(v safejs.Value) string {
	name, _ := v.Get("name")
	msg, _ := v.Get("message")
	if msg.Type() == safejs.TypeString {
		n, _ := name.String()
		m, _ := msg.String()
		if n != "" {
			return n + ": " + m
		}
		return m
	}
	s, err := v.Call("toString")
	if err != nil {
		return "unknown error"
	}
	str, _ := s.String()
	return str
}

// IsSecureContext reports whether the page has a secure context (https or
// localhost): without one there is no service worker and no WebCrypto.
func IsSecureContext() bool {
	v, err := safejs.Global().Get("isSecureContext")
	if err != nil {
		return false
	}
	b, _ := v.Bool()
	return b
}

// IsControlled reports whether a service worker controls the page now.
func IsControlled() bool {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return false
	}
	sw, err := nav.Get("serviceWorker")
	if err != nil || sw.IsUndefined() {
		return false
	}
	c, err := sw.Get("controller")
	return err == nil && !c.IsNull() && !c.IsUndefined()
}

// CacheNames lists the names in Cache Storage (the service worker's caches).
// Blocks: call from a goroutine.
func CacheNames() ([]string, error) {
	caches, err := safejs.Global().Get("caches")
	if err != nil || caches.IsUndefined() {
		return nil, fmt.Errorf("browser: no Cache Storage here")
	}
	p, err := caches.Call("keys")
	if err != nil {
		return nil, err
	}
	keys, err := Await(p)
	if err != nil {
		return nil, err
	}
	n, err := keys.Length()
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, n)
	for i := 0; i < n; i++ {
		k, err := keys.Index(i)
		if err != nil {
			return nil, err
		}
		s, err := k.String()
		if err != nil {
			return nil, err
		}
		names = append(names, s)
	}
	return names, nil
}

// OnWindowEvent calls fn each time the window fires the named event (for
// example "focus"), until the returned function is called.
func OnWindowEvent(name string, fn func()) (release func(), err error) {
	cb, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		go fn()
		return nil
	})
	if err != nil {
		return func() {}, err
	}
	if _, err := safejs.Global().Call("addEventListener", name, cb.Value()); err != nil {
		cb.Release()
		return func() {}, err
	}
	return func() {
		_, _ = safejs.Global().Call("removeEventListener", name, cb.Value())
		cb.Release()
	}, nil
}
