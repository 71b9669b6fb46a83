//go:build js && wasm

package browser

import (
	"context"
	"errors"

	"github.com/hack-pad/safejs"
)

// This file waits for IndexedDB's events: a request's success or error, a
// transaction's complete, abort or error. The handlers only send on a buffered
// channel: Go code called from JavaScript must never block.

// listen sets target["on"+name] for each name; the channel receives the name of
// each event fired. release removes the handlers.
func listen(target safejs.Value, names ...string) (<-chan string, func(), error) {
	ch := make(chan string, 2*len(names))
	var funcs []safejs.Func
	release := func() {
		for i, f := range funcs {
			_ = target.Set("on"+names[i], safejs.Null())
			f.Release()
		}
	}
	for _, n := range names {
		fn, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
			select {
			case ch <- n:
			default:
			}
			return nil
		})
		if err != nil {
			release()
			return nil, func() {}, err
		}
		funcs = append(funcs, fn)
		if err := target.Set("on"+n, fn.Value()); err != nil {
			release()
			return nil, func() {}, jsErr(err)
		}
	}
	return ch, release, nil
}

// awaitRequest waits for an IDBRequest and returns its result. Blocks.
func awaitRequest(ctx context.Context, req safejs.Value) (safejs.Value, error) {
	ch, release, err := listen(req, "success", "error")
	if err != nil {
		return safejs.Undefined(), err
	}
	defer release()
	select {
	case ev := <-ch:
		if ev == "success" {
			r, err := req.Get("result")
			return r, jsErr(err)
		}
		return safejs.Undefined(), requestError(req)
	case <-ctx.Done():
		return safejs.Undefined(), ctx.Err()
	}
}

func requestError(req safejs.Value) error {
	e, err := req.Get("error")
	if err != nil {
		return jsErr(err)
	}
	return toJSError(e)
}

// errAborted is the error of a transaction aborted without a DOMException (by abort()).
var errAborted = &JSError{Name: "AbortError", Message: "the transaction was aborted"}

// awaitTxn waits until a transaction commits (nil) or aborts (its error). Blocks.
// The caller listens before the transaction can finish: in the same turn as it
// issued its requests.
type txnWaiter struct {
	txn     safejs.Value
	ch      <-chan string
	release func()
}

func watchTxn(txn safejs.Value) (*txnWaiter, error) {
	ch, release, err := listen(txn, "complete", "abort", "error")
	if err != nil {
		return nil, err
	}
	return &txnWaiter{txn: txn, ch: ch, release: release}, nil
}

func (w *txnWaiter) wait() error {
	defer w.release()
	for ev := range w.ch {
		switch ev {
		case "complete":
			return nil
		case "abort":
			e, err := w.txn.Get("error")
			if err != nil || e.IsNull() || e.IsUndefined() {
				return errAborted
			}
			return toJSError(e)
		}
		// "error" (of a request, bubbling up) is followed by "abort"
	}
	return errors.New("browser: transaction ended without an event")
}

// abort aborts a transaction, ignoring an error (it may have finished already).
func abort(txn safejs.Value) { _, _ = txn.Call("abort") }
