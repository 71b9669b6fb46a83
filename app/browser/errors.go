package browser

import (
	"errors"
	"strconv"

	"breachdesk/app/vault"
)

// Errors of this package; Text gives each one's message for users in JA or EN.
var (
	// ErrNotFound: no record under that key.
	ErrNotFound = errors.New("browser: not found")
	// ErrQuotaExceeded: the browser's storage for this site is full. The UI
	// says "storage full — export now". A *JSError named QuotaExceededError
	// matches it with errors.Is.
	ErrQuotaExceeded = errors.New("browser: storage is full")
	// ErrNoIndexedDB: the browser gives no IndexedDB (some private modes).
	ErrNoIndexedDB = errors.New("browser: IndexedDB is not available")
	// ErrClosed: the database was closed, because it was deleted (WipeAll, in
	// this or another tab) or Close was called.
	ErrClosed = errors.New("browser: the database is closed")
	// ErrBlocked: deleting the database waits for another tab that keeps it open.
	ErrBlocked = errors.New("browser: another tab keeps the database open")
	// ErrNoAnswer: the browser did not open the database in time. Seen when
	// a page left while it was still opening or deleting the database holds
	// it; nothing stored is lost, and a later load usually opens it.
	ErrNoAnswer = errors.New("browser: the browser's storage did not answer")
	// ErrNoWebCrypto: crypto.subtle is missing, because the page is not in a
	// secure context (served over plain http from a host other than localhost).
	ErrNoWebCrypto = errors.New("browser: WebCrypto is not available (the page is not served over https or from localhost)")
	// ErrEmptyPassphrase: a key cannot be derived from an empty passphrase.
	ErrEmptyPassphrase = errors.New("browser: the passphrase is empty")
	// ErrWrongPassphrase: a ciphertext did not open; with AES-GCM a wrong
	// passphrase and altered data cannot be told apart.
	ErrWrongPassphrase = vault.ErrWrongPassphrase
	// ErrTampered is ErrWrongPassphrase (see there).
	ErrTampered = vault.ErrTampered
	// ErrNoFile: no file was picked, or the value handed over is not a file.
	ErrNoFile = errors.New("browser: no file")
	// ErrClipboard: the browser refused to write to the clipboard.
	ErrClipboard = errors.New("browser: the clipboard is not available")
	// ErrNoChannel: the browser has no BroadcastChannel.
	ErrNoChannel = errors.New("browser: BroadcastChannel is not available")
	// ErrAborted: the transaction was aborted, by Store.Interrupt (the page
	// is being left) or by the browser.
	ErrAborted = errors.New("browser: the storage operation was interrupted")
	// ErrPrintIgnored: the browser ignored window.print (no "beforeprint"):
	// a frame sandboxed without allow-modals does that, silently.
	ErrPrintIgnored = errors.New("browser: the browser did not open the print dialog")
)

// FileTooLargeError is returned by ReadFile for a file over the limit; nothing
// of it was read.
type FileTooLargeError struct {
	Name        string
	Size, Limit int64
}

func (e *FileTooLargeError) Error() string {
	return "browser: " + strconv.Quote(e.Name) + " is " + strconv.FormatInt(e.Size, 10) +
		" bytes; the limit is " + strconv.FormatInt(e.Limit, 10)
}

// JSError is an exception or a rejection from JavaScript: a DOMException's name
// (such as "QuotaExceededError", "NotAllowedError") and message.
type JSError struct {
	Name    string
	Message string
}

func (e *JSError) Error() string {
	if e.Name == "" {
		return e.Message
	}
	return e.Name + ": " + e.Message
}

// Is lets errors.Is match browser conditions that have a sentinel here.
func (e *JSError) Is(target error) bool {
	switch target {
	case ErrQuotaExceeded:
		return e.Name == "QuotaExceededError"
	case ErrClosed:
		return e.Name == "InvalidStateError"
	case ErrAborted:
		return e.Name == "AbortError"
	}
	return false
}

// jsErrorName returns the name of the JavaScript error in err's chain, or "".
func jsErrorName(err error) string {
	var je *JSError
	if errors.As(err, &je) {
		return je.Name
	}
	return ""
}
