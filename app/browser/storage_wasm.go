//go:build js && wasm

package browser

import (
	"context"
	"errors"
	"slices"

	"github.com/hack-pad/safejs"
)

// Estimate returns how many bytes this site stores and may store
// (navigator.storage.estimate). Blocks.
func Estimate() (usage, quota int64, err error) {
	st, err := path(safejs.Global(), "navigator", "storage")
	if err != nil {
		return 0, 0, err
	}
	e, err := awaitCall(st, "estimate")
	if err != nil {
		return 0, 0, err
	}
	num := func(name string) int64 {
		v, err := e.Get(name)
		if err != nil || v.Type() != safejs.TypeNumber {
			return 0
		}
		f, _ := v.Float()
		return int64(f)
	}
	return num("usage"), num("quota"), nil
}

// Persist asks the browser not to evict this site's storage under pressure
// (navigator.storage.persist); it reports whether storage is now persistent.
// Browsers may decide without asking the user. Blocks.
func Persist() (bool, error) { return storageBool("persist") }

// Persisted reports whether storage is persistent already. Blocks.
func Persisted() (bool, error) { return storageBool("persisted") }

func storageBool(method string) (bool, error) {
	st, err := path(safejs.Global(), "navigator", "storage")
	if err != nil {
		return false, err
	}
	v, err := awaitCall(st, method)
	if err != nil {
		return false, err
	}
	return v.Bool()
}

// WipeAll deletes everything Breach Desk keeps on this device: it closes every
// Store of this page, deletes the database and that of the attached files
// (EvidenceDB) (other tabs close theirs when asked; one that does not makes
// it return ErrBlocked when ctx ends), every Cache
// Storage entry (the offline copy of the app, fetched again on the next visit
// online), localStorage and sessionStorage. It goes on after a failed step and
// returns every error. Blocks.
func WipeAll(ctx context.Context) error { return wipe(ctx, DBName, EvidenceDB) }

func wipe(ctx context.Context, dbNames ...string) error {
	var errs []error
	for _, dbName := range dbNames {
		openMu.Lock()
		for s := range opened {
			if s.name == dbName {
				s.closeDB()
				delete(opened, s)
			}
		}
		openMu.Unlock()
		if err := deleteDB(ctx, dbName); err != nil {
			errs = append(errs, err)
		}
	}
	if slices.Contains(dbNames, DBName) {
		if err := deleteDB(ctx, DeviceDBName); err != nil { // the device key
			errs = append(errs, err)
		}
	}
	if caches, err := global("caches"); err == nil {
		names, err := CacheNames()
		if err != nil {
			errs = append(errs, err)
		}
		for _, n := range names {
			if _, err := awaitCall(caches, "delete", n); err != nil {
				errs = append(errs, err)
			}
		}
	}
	for _, name := range []string{"localStorage", "sessionStorage"} {
		if st, err := global(name); err == nil {
			if _, err := call(st, "clear"); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

func deleteDB(ctx context.Context, name string) error {
	idb, err := global("indexedDB")
	if err != nil {
		return ErrNoIndexedDB
	}
	req, err := call(idb, "deleteDatabase", name)
	if err != nil {
		return err
	}
	ch, release, err := listen(req, "success", "error", "blocked")
	if err != nil {
		return err
	}
	defer release()
	blocked := false
	for {
		select {
		case ev := <-ch:
			switch ev {
			case "success":
				return nil
			case "error":
				return requestError(req)
			case "blocked":
				blocked = true // wait: the other tabs may still close
			}
		case <-ctx.Done():
			if blocked {
				return ErrBlocked
			}
			return ctx.Err()
		}
	}
}
