package oplog

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"slices"
	"strconv"
	"time"
)

// Kind is what an operation records.
type Kind string

const (
	// Edit is a change made in the app (the difference of one edit).
	Edit Kind = ""
	// Imported is the first operation of an incident that existed before its
	// log (or came from an export file): its whole state, at the path "".
	Imported Kind = "import"
	// Resolved is a write that settles a conflict: keep mine, take theirs or
	// a new value. It is an ordinary write that has seen every side.
	Resolved Kind = "resolve"
)

func (k Kind) known() bool { return k == Edit || k == Imported || k == Resolved }

// Author is who makes the operations of a device: a person's name and
// role, as they set them in the app (the signature binds them to the
// device's key, not to a person).
type Author struct {
	Name string
	Role string
}

// Vector is a version vector: for each device, the highest Seq of its
// operations known.
type Vector map[string]uint64

// Op is one change of one value of an incident, signed by the device that
// made it.
type Op struct {
	Incident string
	Kind     Kind
	Path     string // see path.go; "" is the whole incident
	Old, New []byte // canonical JSON of the value before and after; nil: absent
	Author   string // the person's name
	Role     string
	Device   string    // the device key's fingerprint (DeviceID)
	At       time.Time // when it was made, with its offset
	Seq      uint64    // 1, 2, … per device
	// Seen is, for every other device, the highest Seq of its operations
	// this device had when it made the operation. Together with Seq it says
	// exactly which operations came before this one.
	Seen Vector
	Prev string // Hash of the device's previous operation; "" for its first
	Hash string // SHA-256 of the canonical body (every field above), base64url
	// Sig is the device's signature of Hash (ECDSA P-256 with SHA-256 of the
	// 32 bytes of Hash, r‖s as WebCrypto writes it). Only the last operation
	// of a device in a log or packet carries one: it covers every earlier
	// operation of that device through the Prev links.
	Sig []byte

	parsed *any   // New's tree, kept by Fold for a big value (read only)
	ranked uint64 // rank, once computed (Seq and Seen never change after)
}

// saw reports whether op had seen a when it was made (a happened before op).
func (op *Op) saw(a *Op) bool {
	if op.Device == a.Device {
		return a.Seq < op.Seq
	}
	return op.Seen[a.Device] >= a.Seq
}

// concurrent reports whether neither operation had seen the other.
func concurrent(a, b *Op) bool { return !a.saw(b) && !b.saw(a) }

// rank is Seq plus the sum of Seen: an operation that saw another has seen
// all it saw and more (Merge checks this), so its rank is higher. Sorting by
// rank, then device, is thus a total order in which every operation comes
// after everything it had seen: the order of Fold and of packets.
func (op *Op) rank() uint64 {
	if op.ranked == 0 {
		r := op.Seq
		for _, n := range op.Seen {
			r += n
		}
		op.ranked = r
	}
	return op.ranked
}

// compareOps orders operations for Fold: by rank, then device, then Seq.
func compareOps(a, b *Op) int {
	return cmp.Or(cmp.Compare(a.rank(), b.rank()), cmp.Compare(a.Device, b.Device), cmp.Compare(a.Seq, b.Seq))
}

// bodyFormat starts every hashed body, so that no other signed data of
// Breach Desk can be taken for an operation.
const bodyFormat = "breachdesk-op"

// body is the canonical encoding of the operation that Hash is the SHA-256
// of: a JSON object of every field but Hash and Sig, in a fixed order.
func (op *Op) body(b []byte, tt *timeText) []byte {
	b = append(b, `{"format":"`+bodyFormat+`","v":1,"incident":`...)
	b = appendString(b, op.Incident)
	b = append(b, `,"kind":`...)
	b = appendString(b, string(op.Kind))
	b = append(b, `,"path":`...)
	b = appendString(b, op.Path)
	b = append(b, `,"old":`...)
	b = appendRaw(b, op.Old)
	b = append(b, `,"new":`...)
	b = appendRaw(b, op.New)
	b = append(b, `,"author":`...)
	b = appendString(b, op.Author)
	b = append(b, `,"role":`...)
	b = appendString(b, op.Role)
	b = append(b, `,"device":`...)
	b = appendString(b, op.Device)
	b = append(b, `,"at":"`...)
	b = tt.append(b, op.At) // no character to escape
	b = append(b, '"')
	b = append(b, `,"seq":`...)
	b = strconv.AppendUint(b, op.Seq, 10)
	b = append(b, `,"seen":`...)
	b = appendVector(b, op.Seen)
	b = append(b, `,"prev":`...)
	b = appendString(b, op.Prev)
	return append(b, '}')
}

func appendRaw(b, v []byte) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return append(b, v...)
}

func appendVector(b []byte, v Vector) []byte {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = strconv.AppendUint(b, v[k], 10)
	}
	return append(b, '}')
}

var b64 = base64.RawURLEncoding.Strict()

// hash computes the operation's hash from its body.
func (op *Op) hash(h *hasher) string {
	sum := h.sum(op)
	return b64.EncodeToString(sum[:])
}

// hashMatches reports whether Hash is the hash of the operation's body.
func (op *Op) hashMatches(h *hasher) bool {
	sum := h.sum(op)
	var enc [43]byte
	b64.Encode(enc[:], sum[:])
	return string(enc[:]) == op.Hash
}

// equal reports whether two operations are the same in every field but
// Sig, so that they have the same body (the time's offset included).
func (op *Op) equal(o *Op) bool {
	return op.Hash == o.Hash && op.Incident == o.Incident && op.Kind == o.Kind && op.Path == o.Path &&
		bytes.Equal(op.Old, o.Old) && bytes.Equal(op.New, o.New) && op.Author == o.Author && op.Role == o.Role &&
		op.Device == o.Device && op.At.Equal(o.At) && offset(op.At) == offset(o.At) && op.Seq == o.Seq && op.Prev == o.Prev &&
		equalVectors(op.Seen, o.Seen)
}

func offset(t time.Time) int {
	_, off := t.Zone()
	return off
}

func equalVectors(a, b Vector) bool {
	if len(a) != len(b) {
		return false
	}
	for k, n := range a {
		if m, ok := b[k]; !ok || m != n {
			return false
		}
	}
	return true
}

// Copy returns a copy of v.
func (v Vector) Copy() Vector {
	c := make(Vector, len(v))
	for k, n := range v {
		c[k] = n
	}
	return c
}

// Covers reports whether v knows every operation o knows.
func (v Vector) Covers(o Vector) bool {
	for k, n := range o {
		if v[k] < n {
			return false
		}
	}
	return true
}

// timeText writes times as RFC 3339 with nanoseconds, keeping the text of
// the last one: the operations of one edit share their time, and
// formatting a time is slow in WebAssembly. A nil *timeText keeps nothing.
type timeText struct {
	at   time.Time
	text []byte
}

func (tt *timeText) append(b []byte, at time.Time) []byte {
	if tt == nil {
		return at.AppendFormat(b, time.RFC3339Nano)
	}
	if tt.text == nil || at != tt.at { // the same instant, offset and location
		tt.at, tt.text = at, at.AppendFormat(tt.text[:0], time.RFC3339Nano)
	}
	return append(b, tt.text...)
}
