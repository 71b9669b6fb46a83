//go:build js && wasm

package browser

import (
	"context"

	"github.com/hack-pad/safejs"
)

// Files is the database of attached files.
type Files struct{ s *Store }

// OpenFiles opens (and on first use creates) EvidenceDB. Blocks.
func OpenFiles(ctx context.Context) (*Files, error) {
	s, err := openDB(ctx, EvidenceDB, EvidenceDBVersion, StoreFiles)
	if err != nil {
		return nil, err
	}
	return &Files{s: s}, nil
}

// Close closes the database.
func (f *Files) Close() { f.s.Close() }

// Put stores a file's bytes under key. Blocks until committed.
func (f *Files) Put(key string, data []byte) error { return f.s.putIn(StoreFiles, key, data) }

// Get returns the bytes stored under key, or ErrNotFound. Blocks.
func (f *Files) Get(key string) ([]byte, error) {
	r, err := f.s.getIn(StoreFiles, key)
	return r.Data, err
}

// Keys lists the keys of every stored file. Blocks.
func (f *Files) Keys() ([]string, error) {
	txn, err := f.s.txn("readonly", StoreFiles)
	if err != nil {
		return nil, err
	}
	st, err := call(txn, "objectStore", StoreFiles)
	if err != nil {
		return nil, err
	}
	req, err := call(st, "getAllKeys")
	if err != nil {
		return nil, err
	}
	all, err := awaitRequest(context.Background(), req)
	if err != nil {
		return nil, err
	}
	n, err := all.Length()
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, n)
	for i := range n {
		v, err := all.Index(i)
		if err != nil {
			return nil, err
		}
		k, err := v.String()
		if err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// Delete removes the file under key (a missing one is not an error). Blocks.
func (f *Files) Delete(key string) error {
	return f.s.write([]string{StoreFiles}, func(txn safejs.Value) error {
		st, err := call(txn, "objectStore", StoreFiles)
		if err != nil {
			return err
		}
		_, err = call(st, "delete", key)
		return err
	})
}

// SHA256 is the SHA-256 of data by WebCrypto (crypto.subtle.digest), in
// lower-case hex. Blocks.
func SHA256(data []byte) (string, error) {
	s, err := subtle()
	if err != nil {
		return "", err
	}
	in, err := toUint8Array(data)
	if err != nil {
		return "", err
	}
	out, err := awaitCall(s, "digest", "SHA-256", in)
	if err != nil {
		return "", err
	}
	sum, err := fromBytes(out)
	if err != nil {
		return "", err
	}
	return hexDigest(sum), nil
}
