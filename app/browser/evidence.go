package browser

import "encoding/hex"

// The files attached as evidence (incident.Evidence) live in a database of
// their own, apart from the incidents: the desk's store and its
// transactions never carry them, and a wipe deletes both (WipeAll). Each
// record is {key, data: Uint8Array, updatedAt: ms}, keyed by
// "<incident id>/<evidence id>" (desk.EvidenceKey); data is the file's bytes,
// or a sealed envelope of them when the desk is protected.
const (
	EvidenceDB        = "breachdesk-evidence"
	EvidenceDBVersion = 1
	StoreFiles        = "files"
)

// MaxEvidenceBytes is the largest file that can be attached (IndexedDB holds
// more, but a file is read whole into memory to be hashed and stored).
const MaxEvidenceBytes = 50 << 20

// hexDigest writes a digest as the facts record it: lower-case hex.
func hexDigest(sum []byte) string { return hex.EncodeToString(sum) }
