package oplog

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// team is a small shared history with real ECDSA keys: Alice imports the
// incident, Bob edits it three times, Alice twice more (having seen Bob's).
type team struct {
	base       *incident.Incident
	first      *Log // the import only: what the receiver has
	full       *Log // everything
	alice, bob *ECDSAKey
}

func newTeam(t *testing.T) *team {
	t.Helper()
	tm := &team{base: incident.New("inc-t", t0), alice: realKeys()[0], bob: realKeys()[1]}
	a, b := Author{Name: "Alice", Role: "legal"}, Author{Name: "Bob", Role: "CISO"}
	la, err := Import(tm.base, a, tm.alice, t0)
	if err != nil {
		t.Fatal(err)
	}
	tm.first = mustMerge(t, New("inc-t"), la.Packet(nil), ECDSAVerifier{}).Log
	lb := mustMerge(t, New("inc-t"), la.Packet(nil), ECDSAVerifier{}).Log
	snap := tm.base
	for i, name := range []string{"B1", "B2", "B3"} {
		next := snap.Clone()
		next.Org.Name = name
		next.Events = append(next.Events, incident.Event{ID: "eb" + name, Kind: incident.EvOther, At: t0})
		if _, err := lb.Record(snap, next, b, tm.bob, t0.Add(timeMinutes(i+1))); err != nil {
			t.Fatal(err)
		}
		snap = next
	}
	m := mustMerge(t, la, lb.Packet(nil), ECDSAVerifier{})
	la, snap = m.Log, m.Incident
	for i, note := range []string{"A1", "A2"} {
		next := snap.Clone()
		next.Notes = note
		if _, err := la.Record(snap, next, a, tm.alice, t0.Add(timeMinutes(10+i))); err != nil {
			t.Fatal(err)
		}
		snap = next
	}
	tm.full = la
	return tm
}

// lines splits an encoded packet into its head and one line per operation.
func lines(b []byte) (head string, ops []string) {
	parts := strings.Split(strings.TrimSuffix(string(b), "]}\n"), "\n")
	head = parts[0]
	for _, p := range parts[1:] {
		ops = append(ops, strings.TrimSuffix(p, ","))
	}
	return head, ops
}

func assemble(head string, ops []string) []byte {
	return []byte(head + "\n" + strings.Join(ops, ",\n") + "]}\n")
}

// TestRefused: a packet altered in any way is refused with a message
// naming the problem, the operation and its device, and the receiving log
// is unchanged (the same operations, the same incident).
func TestRefused(t *testing.T) {
	tm := newTeam(t)
	good := tm.full.Packet(nil).Encode()
	head, ops := lines(good)
	if len(ops) != 9 { // the import, Bob's 3 edits of 2 ops each, Alice's 2
		t.Fatalf("%d operations:\n%s", len(ops), good)
	}
	bobDev := DeviceID(tm.bob.PublicKey())
	lastBob := slices.IndexFunc(ops, func(s string) bool { return strings.Contains(s, `"sig"`) && strings.Contains(s, bobDev) })
	cases := []struct {
		name  string
		data  []byte
		code  Code
		field string // the field the message names
	}{
		{"a value changed", assemble(head, replaceIn(ops, 2, `"B1"`, `"B9"`)), CodeHash, "ops[2]"},
		{"an author changed", assemble(head, replaceIn(ops, 3, `"Bob"`, `"Eve"`)), CodeHash, "ops[3]"},
		{"a signature changed", assemble(head, replaceIn(ops, lastBob, `"sig":"`, `"sig":"A`+"")), CodeBadValue, "ops[" + itoa(lastBob) + "].sig"},
		{"a signature forged", assemble(head, replaceSig(ops, lastBob)), CodeSignature, "ops[" + itoa(lastBob) + "].sig"},
		{"an operation removed", assemble(head, slices.Delete(slices.Clone(ops), 2, 3)), CodeGap, "ops[2]"},
		{"the last operations removed", assemble(head, ops[:len(ops)-1]), CodeUnsigned, "ops[7]"},
		{"the file cut", good[:len(good)/2], CodeTruncated, ""},
		{"two operations swapped", assemble(head, swap(ops, 3, 4)), CodeReordered, "ops[3]"},
		{"an operation twice", assemble(head, slices.Insert(slices.Clone(ops), 3, ops[3])), CodeReplayed, "ops[4]"},
		{"a signature on an earlier operation", assemble(head, moveSig(ops, lastBob, 1)), CodeSigPlace, "ops[1].sig"},
		{"another key for Bob's device", []byte(strings.Replace(string(assemble(head, ops)), b64.EncodeToString(tm.bob.PublicKey()), b64.EncodeToString(realKeys()[2].PublicKey()), 1)), CodeBadKey, "keys." + bobDev},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, snap := hashes(tm.first), encode(t, folded(t, tm.first))
			err := mergeBytes(tm.first, c.data)
			if errCode(err) != c.code {
				t.Fatalf("error %v (%s); want %s", err, errCode(err), c.code)
			}
			e := err.(*Error)
			if e.Field != c.field {
				t.Errorf("field %q; want %q (%s)", e.Field, c.field, e.Text("en"))
			}
			if e.Op >= 0 && (e.Device == "" || e.Author == "" || !strings.Contains(e.Text("en"), e.Author+"'s device "+short(e.Device))) {
				t.Errorf("the message does not name the operation's device: %s", e.Text("en"))
			}
			if e.Text("ja") == e.Text("en") {
				t.Errorf("no Japanese message for %s", e.Code)
			}
			if hashes(tm.first) != before || encode(t, folded(t, tm.first)) != snap {
				t.Error("the receiving log changed")
			}
		})
	}
	if err := mergeBytes(tm.first, good); err != nil {
		t.Fatalf("the packet itself: %v", err)
	}
}

func mergeBytes(l *Log, data []byte) error {
	p, err := DecodePacket(data)
	if err != nil {
		return err
	}
	_, err = Merge(l, p, ECDSAVerifier{})
	return err
}

func replaceIn(ops []string, i int, old, new string) []string {
	out := slices.Clone(ops)
	if !strings.Contains(out[i], old) {
		panic("no " + old + " in " + out[i])
	}
	out[i] = strings.Replace(out[i], old, new, 1)
	return out
}

// replaceSig puts another valid-looking signature (of other data) on op i.
func replaceSig(ops []string, i int) []string {
	sig, err := realKeys()[1].Sign([]byte("something else"))
	if err != nil {
		panic(err)
	}
	out := slices.Clone(ops)
	j := strings.Index(out[i], `"sig":"`)
	out[i] = out[i][:j] + `"sig":"` + b64.EncodeToString(sig) + `"}`
	return out
}

// moveSig copies the signature of op from to op to.
func moveSig(ops []string, from, to int) []string {
	out := slices.Clone(ops)
	sig := out[from][strings.Index(out[from], `,"sig":`):]
	out[to] = strings.TrimSuffix(out[to], "}") + sig
	return out
}

func swap(ops []string, i, j int) []string {
	out := slices.Clone(ops)
	out[i], out[j] = out[j], out[i]
	return out
}

// TestRefusedHistories: packets that are well signed but cannot join the
// history here: another incident's operations, a second history of a
// device, a packet that starts after what this browser has, an operation
// that builds on changes nobody sent.
func TestRefusedHistories(t *testing.T) {
	tm := newTeam(t)
	alice := Author{Name: "Alice"}

	// Another incident's packet, relabelled as this one's.
	other := incident.New("inc-other", t0)
	lo, err := Import(other, alice, tm.alice, t0)
	if err != nil {
		t.Fatal(err)
	}
	relabelled := bytes.Replace(lo.Packet(nil).Encode(), []byte(`"incident":"inc-other"`), []byte(`"incident":"inc-t"`), 1)
	expect(t, tm.first, relabelled, CodeHash, "ops[0]")
	expect(t, tm.first, lo.Packet(nil).Encode(), CodeOtherIncident, "")

	// Alice's device writes a second, different change 2 (a clone of her
	// log, say, restored from a backup) while this browser has the first.
	fork := mustMerge(t, New("inc-t"), tm.first.Packet(nil), ECDSAVerifier{}).Log
	next := tm.base.Clone()
	next.Notes = "fork"
	if _, err := fork.Record(tm.base, next, alice, tm.alice, t0); err != nil {
		t.Fatal(err)
	}
	expect(t, tm.full, fork.Packet(nil).Encode(), CodeFork, "ops[1]")

	// Only the changes after what a third browser had, sent to this one
	// which has less.
	aliceDev, bobDev := DeviceID(tm.alice.PublicKey()), DeviceID(tm.bob.PublicKey())
	expect(t, tm.first, tm.full.Packet(Vector{aliceDev: 1, bobDev: 2}).Encode(), CodeGap, "ops[0]")

	// Bob's changes without the import they build on, to an empty log.
	expect(t, New("inc-t"), tm.full.Packet(Vector{aliceDev: 3}).Encode(), CodeMissingSeen, "ops[0].seen")
}

func expect(t *testing.T, l *Log, data []byte, code Code, field string) {
	t.Helper()
	before := hashes(l)
	err := mergeBytes(l, data)
	if errCode(err) != code {
		t.Fatalf("error %v; want %s", err, code)
	}
	if e := err.(*Error); e.Field != field {
		t.Errorf("field %q; want %q: %s", e.Field, field, e.Text("en"))
	}
	if hashes(l) != before {
		t.Error("the receiving log changed")
	}
}

// TestIdempotentPacket: importing the same packet twice changes nothing,
// and a packet of what this browser already has adds nothing.
func TestIdempotentPacket(t *testing.T) {
	tm := newTeam(t)
	data := tm.full.Packet(nil).Encode()
	p, err := DecodePacket(data)
	if err != nil {
		t.Fatal(err)
	}
	m1 := mustMerge(t, tm.first, p, ECDSAVerifier{})
	m2 := mustMerge(t, m1.Log, p, ECDSAVerifier{})
	if m1.Added != 8 || m2.Added != 0 || hashes(m1.Log) != hashes(m2.Log) || !bytes.Equal(m2.Log.Packet(nil).Encode(), data) {
		t.Fatalf("added %d then %d", m1.Added, m2.Added)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func timeMinutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// TestRefusedKnown: operations the receiver already has are not hashed
// again when they come back the same, but one altered in any field of its
// body (its time's offset included, the instant kept) is still refused,
// and nothing changes.
func TestRefusedKnown(t *testing.T) {
	tm := newTeam(t)
	good := tm.full.Packet(nil).Encode()
	head, ops := lines(good)
	at := t0.Add(timeMinutes(1)).Format(time.RFC3339Nano) // Bob's first edit, ops[1] and ops[2]
	otherZone := t0.Add(timeMinutes(1)).In(time.FixedZone("", 3600)).Format(time.RFC3339Nano)
	for _, c := range []struct {
		name  string
		ops   []string
		field string
	}{
		{"a value changed", replaceIn(ops, 2, `"B1"`, `"B9"`), "ops[2]"},
		{"an author changed", replaceIn(ops, 3, `"Bob"`, `"Eve"`), "ops[3]"},
		{"the same time at another offset", replaceIn(ops, 2, `"at":"`+at+`"`, `"at":"`+otherZone+`"`), "ops[2]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			expect(t, tm.full, assemble(head, c.ops), CodeHash, c.field)
		})
	}
	p, err := DecodePacket(good)
	if err != nil {
		t.Fatal(err)
	}
	if m := mustMerge(t, tm.full, p, ECDSAVerifier{}); m.Added != 0 || hashes(m.Log) != hashes(tm.full) {
		t.Fatalf("the same log again added %d", m.Added)
	}
}
