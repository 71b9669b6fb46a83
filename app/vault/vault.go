// Package vault defines the encryption envelope of Breach Desk: the JSON form of
// an encrypted incident record, of an encrypted export file and of the key check
// that tells a wrong passphrase before any record is touched; and the lock state
// (locked, unlocked, idle timeout) of a protected device.
//
// The cryptography itself is not here: app/browser derives keys and seals with
// WebCrypto (PBKDF2-SHA256 → AES-GCM-256) and hands this package a Cipher. So
// vault is pure Go: it must not import go-app, syscall/js or safejs, and it
// builds and tests natively.
//
// An envelope:
//
//	{"format":"breachdesk-record-sealed","v":1,
//	 "kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"<base64, 16 bytes>"},
//	 "cipher":"AES-GCM-256","iv":"<base64, 12 bytes>","data":"<base64: ciphertext and 16-byte tag>"}
package vault

import "errors"

// Formats of sealed envelopes.
const (
	// ExportFormat is an encrypted export file; its plaintext is the bytes of
	// incident.EncodeExport (the same string as incident.SealedExportFormat).
	ExportFormat = "breachdesk-export-sealed"
	// RecordFormat is one encrypted record in the browser's storage: an
	// incident (plaintext: the bytes of incident.Encode) or a setting that
	// holds personal data (the readiness checklist's names and numbers).
	RecordFormat = "breachdesk-record-sealed"
	// PacketFormat is an encrypted change packet (app/oplog); its plaintext
	// is the bytes of oplog's Packet.Encode.
	PacketFormat = "breachdesk-packet-sealed"
	// KeyCheckFormat seals KeyCheckPlaintext: stored in the settings, it tells
	// whether a passphrase is right before any record is opened.
	KeyCheckFormat = "breachdesk-keycheck-sealed"
)

// Version is the envelope version this package writes and the newest it reads.
const Version = 1

// Algorithms.
const (
	KDFName    = "PBKDF2-SHA256"
	CipherName = "AES-GCM-256"
)

// Sizes and limits.
const (
	// MinIterations is the least PBKDF2 work accepted, for writing and reading
	// (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
	MinIterations = 600_000
	// DefaultIterations is what new keys use.
	DefaultIterations = MinIterations
	// MaxIterations bounds the work a hostile file can ask for (about a minute
	// of a phone's time).
	MaxIterations = 10_000_000
	SaltSize      = 16 // bytes of a new salt
	MinSaltSize   = 16
	MaxSaltSize   = 64
	IVSize        = 12 // AES-GCM's 96-bit nonce
	TagSize       = 16 // AES-GCM's authentication tag, at the end of data
	// MaxEnvelopeBytes bounds an envelope to read: a sealed export of
	// incident.MaxFileBytes (20 MiB) in base64 is about 27 MiB.
	MaxEnvelopeBytes = 32 << 20
)

// ErrWrongPassphrase is returned when a ciphertext does not open: with AES-GCM a
// wrong key and altered data cannot be told apart, so the message says both.
var ErrWrongPassphrase = errors.New("vault: wrong passphrase, or the data was altered")

// ErrTampered is ErrWrongPassphrase under the name that fits a file: GCM cannot
// tell the two apart.
var ErrTampered = ErrWrongPassphrase

// ErrOtherKey is returned when an envelope was sealed with other key parameters
// (salt or iterations) than the key at hand: derive a key from the envelope's KDF.
var ErrOtherKey = errors.New("vault: sealed with another key (salt or iterations differ)")
