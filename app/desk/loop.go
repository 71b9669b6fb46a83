package desk

import (
	"time"

	"breachdesk/app/vault"
)

// Loop is where and when the desk's work runs. The desk's methods, its
// callbacks and everything Dispatch, After and Every run are called on one
// goroutine (in the browser, go-app's UI goroutine; in tests, the test's):
// the desk has no locks of its own but the storage one. Async runs blocking
// work (storage, key derivation, WebCrypto) elsewhere; its results come back
// through Dispatch. Time is read from Now only, so a test moves it.
type Loop interface {
	Now() time.Time
	// Async runs fn on another goroutine.
	Async(fn func())
	// Dispatch runs fn on the desk's goroutine (from any goroutine).
	Dispatch(fn func())
	// After runs fn on the desk's goroutine once, d from now.
	After(d time.Duration, fn func())
	// Every runs fn on the desk's goroutine every d, for as long as the
	// program runs (the idle lock and the retry of a full storage).
	Every(d time.Duration, fn func())
}

// Keys derives the keys that seal records and exports from passphrases: in
// the browser WebCrypto's PBKDF2 to a non-extractable AES-GCM key
// (app/browser); natively vault.GoCipher. Both block.
type Keys interface {
	// New derives the key of a new passphrase, with a fresh salt.
	New(passphrase string) (vault.Cipher, error)
	// Derive derives the key of passphrase as kdf says (to open what was
	// sealed with it).
	Derive(passphrase string, kdf vault.KDF) (vault.Cipher, error)
}

// Tabs is the channel on which the tabs of this browser tell each other what
// they wrote (a BroadcastChannel in the browser). A tab does not receive its
// own messages. Messages carry ids and operations, never facts.
type Tabs interface {
	Post(msg []byte) error
	// OnMessage sets the function called with each message of another tab,
	// on any goroutine.
	OnMessage(fn func(msg []byte)) error
}

// Timing of the desk.
const (
	// SaveDelay is how long an edit waits for more edits before it is
	// written: every edit reaches the store within about this long.
	SaveDelay = 400 * time.Millisecond
	// SaveQuiet is how long a due save waits for an edit to run after
	// (Painter), before it runs anyway: the user has paused.
	SaveQuiet = 150 * time.Millisecond
	// TickEvery is how often the idle lock is checked and a write refused
	// for lack of space is tried again.
	TickEvery = 5 * time.Second
)
