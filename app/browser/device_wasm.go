//go:build js && wasm

package browser

import (
	"context"
	"errors"

	"github.com/hack-pad/safejs"
)

// DeviceKey is this browser's device key. It implements oplog.Signer.
type DeviceKey struct {
	priv safejs.Value // CryptoKey, extractable false
	pub  []byte       // the public point, uncompressed (65 bytes)
}

// PublicKey is the key's public point as exportKey("raw") writes it.
func (k *DeviceKey) PublicKey() []byte { return append([]byte(nil), k.pub...) }

// Sign signs message with ECDSA P-256 and SHA-256 (r‖s, 64 bytes). Blocks.
func (k *DeviceKey) Sign(message []byte) ([]byte, error) {
	s, err := subtle()
	if err != nil {
		return nil, err
	}
	data, err := toUint8Array(message)
	if err != nil {
		return nil, err
	}
	sig, err := awaitCall(s, "sign", map[string]any{"name": "ECDSA", "hash": "SHA-256"}, k.priv, data)
	if err != nil {
		return nil, err
	}
	return fromBytes(sig)
}

// Extractable reports what WebCrypto says of the private key (false).
func (k *DeviceKey) Extractable() bool {
	v, err := k.priv.Get("extractable")
	if err != nil {
		return true
	}
	b, err := v.Bool()
	return err != nil || b
}

// LoadDeviceKey reads the device key of this browser, or makes one and
// stores it when there is none (when two tabs make one at once, the first
// stored is the one both use). Blocks.
func LoadDeviceKey(ctx context.Context) (*DeviceKey, error) {
	if _, err := subtle(); err != nil {
		return nil, err
	}
	db, err := openDeviceDB(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _, _ = db.Call("close") }()
	if k, err := readDeviceKey(ctx, db); err != nil || k != nil {
		return k, err
	}
	k, err := newDeviceKey()
	if err != nil {
		return nil, err
	}
	if err := addDeviceKey(db, k); err != nil {
		var je *JSError
		if !errors.As(err, &je) || je.Name != "ConstraintError" {
			return nil, err
		}
		// Another tab stored its key first: use that one.
		stored, err := readDeviceKey(ctx, db)
		if err == nil && stored == nil {
			err = errors.New("browser: no device key after another tab stored one")
		}
		return stored, err
	}
	return k, nil
}

func openDeviceDB(ctx context.Context) (safejs.Value, error) {
	return openRequest(ctx, DeviceDBName, DeviceDBVersion, func(db safejs.Value) {
		opts, err := newObject()
		if err != nil {
			return
		}
		_ = opts.Set("keyPath", "key")
		_, _ = db.Call("createObjectStore", StoreDeviceKeys, opts)
	})
}

func readDeviceKey(ctx context.Context, db safejs.Value) (*DeviceKey, error) {
	txn, err := call(db, "transaction", []any{StoreDeviceKeys}, "readonly")
	if err != nil {
		return nil, err
	}
	st, err := call(txn, "objectStore", StoreDeviceKeys)
	if err != nil {
		return nil, err
	}
	req, err := call(st, "get", deviceKeyName)
	if err != nil {
		return nil, err
	}
	rec, err := awaitRequest(ctx, req)
	if err != nil {
		return nil, err
	}
	if rec.IsUndefined() || rec.IsNull() {
		return nil, nil
	}
	priv, err := rec.Get("priv")
	if err != nil {
		return nil, jsErr(err)
	}
	pubJS, err := rec.Get("pub")
	if err != nil {
		return nil, jsErr(err)
	}
	pub, err := fromBytes(pubJS)
	if err != nil {
		return nil, err
	}
	if len(pub) != 65 || priv.IsUndefined() || priv.IsNull() {
		return nil, errors.New("browser: the stored device key is damaged")
	}
	return &DeviceKey{priv: priv, pub: pub}, nil
}

func newDeviceKey() (*DeviceKey, error) {
	s, err := subtle()
	if err != nil {
		return nil, err
	}
	pair, err := awaitCall(s, "generateKey", map[string]any{"name": "ECDSA", "namedCurve": "P-256"}, false, []any{"sign", "verify"})
	if err != nil {
		return nil, err
	}
	priv, err := pair.Get("privateKey")
	if err != nil {
		return nil, jsErr(err)
	}
	pubKey, err := pair.Get("publicKey")
	if err != nil {
		return nil, jsErr(err)
	}
	raw, err := awaitCall(s, "exportKey", "raw", pubKey)
	if err != nil {
		return nil, err
	}
	pub, err := fromBytes(raw)
	if err != nil {
		return nil, err
	}
	return &DeviceKey{priv: priv, pub: pub}, nil
}

// addDeviceKey stores k unless a key is stored already (ConstraintError).
func addDeviceKey(db safejs.Value, k *DeviceKey) error {
	txn, err := call(db, "transaction", []any{StoreDeviceKeys}, "readwrite")
	if err != nil {
		return err
	}
	w, err := watchTxn(txn)
	if err != nil {
		return err
	}
	st, err := call(txn, "objectStore", StoreDeviceKeys)
	if err != nil {
		abort(txn)
		_ = w.wait()
		return err
	}
	rec, err := newObject()
	if err != nil {
		abort(txn)
		_ = w.wait()
		return err
	}
	pub, err := toUint8Array(k.pub)
	if err != nil {
		abort(txn)
		_ = w.wait()
		return err
	}
	_ = rec.Set("key", deviceKeyName)
	_ = rec.Set("priv", k.priv)
	_ = rec.Set("pub", pub)
	if _, err := call(st, "add", rec); err != nil {
		abort(txn)
		_ = w.wait()
		return err
	}
	return w.wait()
}
