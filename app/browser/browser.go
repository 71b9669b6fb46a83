// Package browser is the only package that calls browser APIs directly. It
// wraps them with github.com/hack-pad/safejs, so a missing API or a thrown
// exception is an error, never a panic.
//
// Outside a browser (native builds: tests, the static site generator) every
// function here reports ErrNoBrowser or a harmless zero value, so packages that
// import it still build and prerender.
//
// What it wraps, one concept per file (*_wasm.go, with *_other.go stubs):
//   - store: IndexedDB database "breachdesk" (incidents, settings, meta), with
//     atomic batches (Store.Apply) and ErrQuotaExceeded when storage is full;
//   - storage: Estimate, Persist, WipeAll;
//   - crypto: WebCrypto PBKDF2-SHA256 → non-extractable AES-GCM-256 Key, which
//     implements vault.Cipher for the envelopes of app/vault;
//   - file: ReadFile with a size limit, Download; clipboard: CopyText;
//     page: Print, OnPageHide; channel: BroadcastChannel between tabs.
//
// Blocking functions (most: they wait for a promise or an IndexedDB event) must
// be called from a goroutine (go-app's ctx.Async), never from a JavaScript
// callback; hand results back with ctx.Dispatch. Texts for users of every error
// are in messages.go (Text(err, lang)), in Japanese and English.
//
// It must not import go-app: the UI adapts these functions to its components
// (see FileHandoff for passing a go-app value in). It may import app/vault (pure).
package browser

import "errors"

// ErrNoBrowser is returned by every call made outside a browser.
var ErrNoBrowser = errors.New("browser: not running in a browser")
