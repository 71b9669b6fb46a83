//go:build js && wasm

package browser

import (
	"context"
	"fmt"

	"github.com/hack-pad/safejs"
)

// openRequest opens the database name at version, running upgrade (inside
// onupgradeneeded: it must not block) when the browser asks for one, and waits
// for the connection until ctx ends.
//
// When ctx ends first the error is ErrNoAnswer (with ctx's error) and the
// request is not abandoned: its upgrade still runs if the browser gets to it
// (a database created without its stores would stay so at that version), and
// the connection it opens late is closed at once, so that it never holds the
// database against a later open, upgrade or deletion.
func openRequest(ctx context.Context, name string, version int, upgrade func(db safejs.Value)) (safejs.Value, error) {
	idb, err := global("indexedDB")
	if err != nil {
		return safejs.Undefined(), ErrNoIndexedDB
	}
	req, err := call(idb, "open", name, version)
	if err != nil {
		return safejs.Undefined(), err
	}
	up, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if db, err := req.Get("result"); err == nil {
			upgrade(db)
		}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	if err := req.Set("onupgradeneeded", up.Value()); err != nil {
		up.Release()
		return safejs.Undefined(), jsErr(err)
	}
	db, err := awaitRequest(ctx, req)
	if err == nil || ctx.Err() == nil {
		_ = req.Set("onupgradeneeded", safejs.Null())
		up.Release()
		return db, err
	}
	if rs, err := req.Get("readyState"); err == nil {
		if st, _ := rs.String(); st == "done" { // answered as ctx ended
			_ = req.Set("onupgradeneeded", safejs.Null())
			up.Release()
			if db, err := req.Get("result"); err == nil {
				return db, nil
			}
			return safejs.Undefined(), requestError(req)
		}
	}
	// No answer in time: hand the request to handlers that outlive this call.
	var done safejs.Func
	done, ferr := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if late, err := req.Get("result"); err == nil {
			_, _ = late.Call("close")
		}
		for _, ev := range []string{"onupgradeneeded", "onsuccess", "onerror"} {
			_ = req.Set(ev, safejs.Null())
		}
		up.Release()
		done.Release()
		return nil
	})
	if ferr == nil {
		_ = req.Set("onsuccess", done.Value())
		_ = req.Set("onerror", done.Value())
	}
	return safejs.Undefined(), fmt.Errorf("%w (%s, %w)", ErrNoAnswer, name, ctx.Err())
}
