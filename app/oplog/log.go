package oplog

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"
	"unicode/utf8"

	"breachdesk/app/incident"
)

// Log is the operations of one incident, in the order of Fold, with the
// public keys of the devices that made them. Record and Add append to it
// (all or nothing); Merge never changes the log it is given but returns a
// new one. A Log is not safe for concurrent use.
type Log struct {
	incident string
	ops      []Op
	chains   map[string][]int  // device → positions in ops, by Seq-1
	keys     map[string][]byte // device → public key
	// tree is Fold's tree of ops[:treeN], kept by Merge (read only), so
	// that a packet that only appends is folded onto it.
	tree  any
	treeN int
}

// New returns the empty log of an incident, for receiving its first packet.
func New(incidentID string) *Log {
	return &Log{incident: incidentID, chains: map[string][]int{}, keys: map[string][]byte{}}
}

// Import starts the log of an incident that exists without one (every
// incident made before logs, or read from an export file): its first
// operation, of kind Imported, writes the whole incident.
func Import(inc *incident.Incident, by Author, s Signer, at time.Time) (*Log, error) {
	if inc == nil {
		return nil, fmt.Errorf("oplog: Import(nil)")
	}
	l := New(inc.ID)
	ops, err := Diff(nil, inc)
	if err != nil {
		return nil, err
	}
	ops[0].Kind = Imported
	if _, err := l.Add(ops, by, s, at); err != nil {
		return nil, err
	}
	return l, nil
}

// Record appends the operations of one edit, the difference between the
// incident before and after it, made by by on the device of s at at. It
// returns them (none when nothing changed).
func (l *Log) Record(before, after *incident.Incident, by Author, s Signer, at time.Time) ([]Op, error) {
	ops, err := Diff(before, after)
	if err != nil {
		return nil, err
	}
	return l.Add(ops, by, s, at)
}

// Add completes operations that carry Path, Old, New (and Kind) — from
// Diff or a conflict's Resolve — as the next ones of the device of s,
// having seen every operation of the log; signs the last; and appends
// them. On error the log is unchanged.
func (l *Log) Add(ops []Op, by Author, s Signer, at time.Time) ([]Op, error) {
	if len(ops) == 0 {
		return nil, nil
	}
	d, err := l.Draft(ops, by, s.PublicKey(), at)
	if err != nil {
		return nil, err
	}
	sig, err := s.Sign(d.Message())
	if err != nil {
		return nil, fmt.Errorf("oplog: the device could not sign: %w", err)
	}
	return l.Commit(d, sig)
}

// Draft is operations completed as the next ones of a device and waiting
// for its signature: Add in two halves, for a device whose key signs
// elsewhere (WebCrypto answers later, on another goroutine). Draft,
// then sign Message with the device's key, then Commit, with nothing added
// to the log between.
type Draft struct {
	log *Log
	n   int // the log's length when drafted
	pub []byte
	ops []Op
}

// Message is what the device signs: the 32 bytes of the last operation's hash.
func (d *Draft) Message() []byte { return hashBytes(d.ops[len(d.ops)-1].Hash) }

// Len is the number of operations drafted.
func (d *Draft) Len() int { return len(d.ops) }

// Draft completes ops as Add does, for the device whose public key is
// publicKey, without signing or appending them. ops must not be empty.
func (l *Log) Draft(ops []Op, by Author, publicKey []byte, at time.Time) (*Draft, error) {
	if len(ops) == 0 {
		return nil, fmt.Errorf("oplog: nothing to draft")
	}
	if err := checkAuthor(by); err != nil {
		return nil, err
	}
	pub := append([]byte(nil), publicKey...)
	if _, err := parsePublicKey(pub); err != nil {
		return nil, err
	}
	device := DeviceID(pub)
	seen := l.Vector()
	delete(seen, device)
	seq, prev := uint64(0), ""
	if h := l.head(device); h != nil {
		seq, prev = h.Seq, h.Hash
	}
	out := make([]Op, len(ops))
	var h hasher
	for i, op := range ops {
		if op.Incident != "" && op.Incident != l.incident {
			return nil, fmt.Errorf("oplog: an operation of incident %q added to the log of %q", op.Incident, l.incident)
		}
		if err := checkWrite(op); err != nil {
			return nil, err
		}
		seq++
		op.Incident, op.Author, op.Role, op.Device = l.incident, by.Name, by.Role, device
		op.At, op.Seq, op.Seen, op.Prev, op.Sig = at.Round(0), seq, seen, prev, nil
		op.parsed, op.ranked = nil, 0
		op.Hash = op.hash(&h)
		prev = op.Hash
		out[i] = op
	}
	return &Draft{log: l, n: len(l.ops), pub: pub, ops: out}, nil
}

// ErrStaleDraft is Commit's error when the log changed since the draft
// was made (or the draft is another log's): draft again.
var ErrStaleDraft = errors.New("oplog: the log changed since the operations were drafted")

// Commit appends a draft of this log, signed by its device: sig is the
// signature of d.Message (r‖s, 64 bytes). It returns the operations added.
// On error the log is unchanged.
func (l *Log) Commit(d *Draft, sig []byte) ([]Op, error) {
	if d == nil || d.log != l || d.n != len(l.ops) {
		return nil, ErrStaleDraft
	}
	if len(sig) != 64 {
		return nil, fmt.Errorf("oplog: a signature is 64 bytes (r‖s), not %d", len(sig))
	}
	device := DeviceID(d.pub)
	out := append([]Op(nil), d.ops...)
	out[len(out)-1].Sig = append([]byte(nil), sig...)
	if h := l.head(device); h != nil {
		h.Sig = nil // the new last operation's signature covers it
	}
	for _, op := range out {
		l.chains[device] = append(l.chains[device], len(l.ops))
		l.ops = append(l.ops, op)
	}
	l.keys[device] = d.pub
	d.log = nil // a draft commits once
	return out, nil
}

// hashBytes is the 32 bytes a hash names, the message a device signs.
func hashBytes(h string) []byte {
	b, err := b64.DecodeString(h)
	if err != nil || len(b) != sha256.Size {
		return []byte(h) // not a hash: a signature over it will not verify
	}
	return b
}

// checkWrite checks what an operation to add says: its kind, path and values.
func checkWrite(op Op) error {
	if !op.Kind.known() {
		return fmt.Errorf("oplog: unknown kind of operation %q", op.Kind)
	}
	if _, ok := parsePath(op.Path); !ok {
		return fmt.Errorf("oplog: %q is not a path", op.Path)
	}
	for _, v := range [][]byte{op.Old, op.New} {
		if v == nil {
			continue
		}
		t, err := parseValue(v)
		if err != nil || !bytes.Equal(canonical(t), v) {
			return fmt.Errorf("oplog: %s: a value must be canonical JSON (use Value)", op.Path)
		}
	}
	return nil
}

func checkAuthor(by Author) error {
	switch {
	case by.Name == "":
		return fmt.Errorf("oplog: an operation needs its author's name")
	case !oneLine(by.Name) || !oneLine(by.Role):
		return fmt.Errorf("oplog: an author's name and role are one line of at most %d characters", incident.MaxNameRunes)
	}
	return nil
}

func oneLine(s string) bool {
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > incident.MaxNameRunes {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// Incident is the id of the log's incident.
func (l *Log) Incident() string { return l.incident }

// Len is the number of operations.
func (l *Log) Len() int { return len(l.ops) }

// Ops returns the operations in the order of Fold (a copy of the list;
// the operations share their values with the log: do not modify them).
func (l *Log) Ops() []Op { return append([]Op(nil), l.ops...) }

// Authors returns the names of the authors of the operations, each once,
// in the order of their first operation (without copying the operations,
// which Ops does: 10,000 of them took ~100 ms in WebAssembly).
func (l *Log) Authors() []string {
	out := []string{}
	seen := map[string]bool{}
	for i := range l.ops {
		if a := l.ops[i].Author; !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// Shown is what device has shown that it has, as far as this log tells:
// its latest operation here and everything that operation had seen. A
// device never loses operations it had (they are stored with the incident
// before they are shared), so Packet(Shown(device)) holds every operation
// of this log that device may lack, and nothing it cannot place. Shown is
// nil when the log holds no operation of device (send everything then).
//
// It may be less than device has: what device received after its latest
// change here is not shown until it changes something again (and shares
// it); the packet then holds some operations it has, which a merge skips.
// A device whose browser lost its data since (a backup restored) cannot
// take such a packet: Merge refuses it naming the operations missing
// (CodeGap), and the whole log is the answer.
func (l *Log) Shown(device string) Vector {
	h := l.head(device)
	if h == nil {
		return nil
	}
	v := h.Seen.Copy()
	v[device] = h.Seq
	return v
}

// Heads returns the last operation of each device, the latest in the
// order of Fold first.
func (l *Log) Heads() []Op {
	at := make([]int, 0, len(l.chains))
	for _, c := range l.chains {
		at = append(at, c[len(c)-1])
	}
	slices.Sort(at)
	out := make([]Op, len(at))
	for i, k := range at {
		out[len(at)-1-i] = l.ops[k]
	}
	return out
}

// Vector is what the log knows: for each device, its highest Seq.
func (l *Log) Vector() Vector {
	v := make(Vector, len(l.chains))
	for d, c := range l.chains {
		v[d] = uint64(len(c))
	}
	return v
}

// Keys returns the public key of every device of the log, by device id.
func (l *Log) Keys() map[string][]byte { return maps.Clone(l.keys) }

// op is the operation seq of device, or nil.
func (l *Log) op(device string, seq uint64) *Op {
	c := l.chains[device]
	if seq == 0 || seq > uint64(len(c)) {
		return nil
	}
	return &l.ops[c[seq-1]]
}

// head is the last operation of device, or nil.
func (l *Log) head(device string) *Op {
	return l.op(device, uint64(len(l.chains[device])))
}
