//go:build js && wasm

package browser

import "github.com/hack-pad/safejs"

// The store's running transactions, which the page-hide writes must not wait
// behind (Interrupt).

// txn starts a transaction on stores, which Interrupt may abort.
func (s *Store) txn(mode string, stores ...string) (safejs.Value, error) {
	t, err := s.newTxn(mode, stores...)
	if err == nil {
		s.track(t)
	}
	return t, err
}

// track keeps t among the running transactions until it completes or aborts.
func (s *Store) track(t safejs.Value) {
	s.mu.Lock()
	s.nextTxn++
	id := s.nextTxn
	s.running[id] = t
	s.mu.Unlock()
	var done safejs.Func
	done, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		s.mu.Lock()
		delete(s.running, id)
		s.mu.Unlock()
		for _, ev := range []string{"complete", "abort"} {
			_, _ = t.Call("removeEventListener", ev, done.Value())
		}
		done.Release()
		return nil
	})
	if err != nil {
		return
	}
	for _, ev := range []string{"complete", "abort"} {
		_, _ = t.Call("addEventListener", ev, done.Value())
	}
}

// Interrupt aborts every transaction of this store still running, but those
// of PutNoWait and PutSettingNoWait: call it when the page is being left,
// before those writes. A page torn down drops a transaction that is still
// waiting for an earlier one on the same records (a timed save's, waiting
// for its disk flush on a busy machine) even when its commit was asked for;
// so the page-hide writes must not wait behind the page's own. The aborted
// calls return errors matching ErrAborted; what they wrote is not stored.
func (s *Store) Interrupt() {
	s.mu.Lock()
	running := s.running
	s.running = map[int]safejs.Value{}
	s.mu.Unlock()
	for _, t := range running {
		abort(t)
	}
}
