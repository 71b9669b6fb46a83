package oplog

import (
	"crypto/elliptic"
	"errors"
	"strconv"
	"time"

	"breachdesk/app/incident"
)

// A Warmer runs, on made-up operations and in memory only, what importing
// a change packet runs, one step at a time (Step): n edits of a small
// incident by one device, written as a packet file, read back, checked,
// merged into a log that has only the incident's import, folded, searched
// for conflicts, its change log listed and the merged log written. Nothing
// of it is kept or stored, and no key of this browser signs it (the
// made-up device's signature is not checked).
//
// Why: a WebAssembly engine compiles each function only when it is first
// called, with a fast baseline compiler, and optimises it once it has run
// a while (Chromium's V8: lazy compilation by Liftoff, then TurboFan). A
// packet's merge runs its code once, for the first time: it pays for
// compiling all of it, then runs it at the baseline speed, several times
// slower than optimised. Run while the user is still choosing the file, a
// few rounds compile that code and let the engine optimise it beforehand
// (a function called once a merge is optimised for its next call, so
// several small rounds do more than one large one). A merge's result is
// the same either way; only its time differs. The steps are short, for a
// page to run one in each idle moment: the first round compiles the code,
// and its heaviest step should not hold the page for the whole of that.
type Warmer struct {
	n, step int
	at      time.Time
	inc     *incident.Incident
	events  int
	l       *Log
	local   *Log
	file    []byte
	p       *Packet
	m       *Merged
}

// NewWarmer returns the steps of one round of n edits.
func NewWarmer(n int) *Warmer {
	return &Warmer{n: n, at: time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)}
}

var warmBy = Author{Name: "warm-up", Role: "warm-up"}

// Step runs the next step and reports whether one is left.
func (w *Warmer) Step() (more bool, err error) {
	switch w.step {
	case 0: // the incident, and its import
		inc := incident.New("warm-up", w.at)
		inc.Title = "warm-up"
		kinds := incident.EventKinds
		w.events = max(w.n/50, 10)
		for i := range w.events {
			inc.Events = append(inc.Events, incident.Event{ID: "e" + strconv.Itoa(i), Kind: kinds[i%len(kinds)],
				At: w.at.Add(time.Duration(i) * time.Minute), Note: "note " + strconv.Itoa(i)})
		}
		inc.Steps = map[string]incident.StepState{}
		for i := range 20 {
			inc.Steps["step."+strconv.Itoa(i)] = incident.StepState{Status: incident.StepTodo}
		}
		w.inc = inc
		w.l, err = Import(inc, warmBy, warmKey{}, w.at)
	case 1: // the other browser opens the import's packet
		var p *Packet
		if p, err = DecodePacket(w.l.Packet(nil).Encode()); err == nil {
			var m *Merged
			if m, err = Open(p, warmVerifier{}); err == nil {
				w.local = m.Log
			}
		}
	case 2: // the edits
		const batch = 50
		for i := 0; i < w.n && err == nil; i += batch {
			ops := make([]Op, 0, batch)
			for j := i; j < min(i+batch, w.n); j++ {
				ev := &w.inc.Events[j%w.events]
				old, _ := Value(ev.Note)
				ev.Note = "note " + strconv.Itoa(j) + " edited"
				nv, _ := Value(ev.Note)
				ops = append(ops, Op{Path: "events[" + ev.ID + "].note", Old: old, New: nv})
			}
			_, err = w.l.Add(ops, warmBy, warmKey{}, w.at.Add(time.Duration(i+1)*time.Second))
		}
	case 3: // written as a file
		w.file = w.l.Encode()
	case 4: // read back
		w.p, err = DecodePacket(w.file)
	case 5: // merged
		w.m, err = Merge(w.local, w.p, warmVerifier{})
		if err == nil && w.m.Added != w.n {
			err = errors.New("oplog: the warm-up merged " + strconv.Itoa(w.m.Added) + " operations of " + strconv.Itoa(w.n))
		}
	case 6: // its change log listed, and the merged log written
		w.m.Log.Changes(Filter{})
		w.m.Log.Encode()
	default:
		return false, nil
	}
	if err != nil {
		w.step = 7
		return false, err
	}
	w.step++
	return w.step <= 6, nil
}

// warmKey is Warm's made-up device: its public key is the curve's base
// point (a valid point, so the packet reads as any other) and it signs
// with zeros.
type warmKey struct{}

func (warmKey) PublicKey() []byte {
	c := elliptic.P256().Params()
	b := make([]byte, PublicKeySize)
	b[0] = 4
	c.Gx.FillBytes(b[1:33])
	c.Gy.FillBytes(b[33:])
	return b
}

func (warmKey) Sign([]byte) ([]byte, error) { return make([]byte, 64), nil }

// warmVerifier accepts warmKey's signatures: Warm's packet never leaves
// Warm.
type warmVerifier struct{}

func (warmVerifier) Verify(publicKey, _, _ []byte) error {
	_, err := parsePublicKey(publicKey)
	return err
}
