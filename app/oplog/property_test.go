package oplog

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// device is one browser of a random history.
type device struct {
	log    *Log
	key    fastSigner
	who    Author
	snap   *incident.Incident // Fold of log
	mail   []*Packet          // packets sent to it, not necessarily delivered
	prefix []*Log             // earlier states of its log
}

// history runs one random history of a few devices editing one incident
// and exchanging packets (some delivered twice, late or never, some through
// their file form), and returns the devices and every operation made.
func history(t testing.TB, r *rand.Rand) ([]*device, map[string]bool) {
	keys := fastSigners()
	n := 2 + r.IntN(3)
	ds := make([]*device, n)
	made := map[string]bool{}
	base := baseIncident()
	for i := range ds {
		ds[i] = &device{key: keys[i], who: Author{Name: fmt.Sprintf("P%d", i), Role: pick(r, "legal", "CISO", "")}}
	}
	first, err := Import(base, ds[0].who, ds[0].key, t0)
	if err != nil {
		t.Fatal(err)
	}
	made[first.ops[0].Hash] = true
	for _, d := range ds {
		d.log, d.snap = unite(t, New(base.ID), first), base
	}
	steps := 4 + r.IntN(20)
	for s := 0; s < steps; s++ {
		d := ds[r.IntN(n)]
		switch x := r.IntN(10); {
		case x < 6:
			after := mutate(r, d.snap)
			at := t0.Add(time.Duration(s) * time.Minute)
			after.UpdatedAt = at // as the app does on every edit
			ops, err := d.log.Record(d.snap, after, d.who, d.key, at)
			if err != nil {
				t.Fatal(err)
			}
			for _, op := range ops {
				made[op.Hash] = true
			}
			d.snap = after
		case x < 8:
			to := ds[r.IntN(n)]
			var since Vector
			switch r.IntN(3) {
			case 0:
				since = to.log.Vector() // what it has now
			case 1:
				since = d.log.Shown(DeviceID(to.key.PublicKey())) // what it showed it has
			}
			p := d.log.Packet(since)
			if r.IntN(4) == 0 {
				if p, err = DecodePacket(p.Encode()); err != nil {
					t.Fatal(err)
				}
			}
			to.mail = append(to.mail, p)
		default:
			if len(d.mail) == 0 {
				continue
			}
			i := r.IntN(len(d.mail))
			m := mustMerge(t, d.log, d.mail[i], fastVerifier{})
			d.prefix = append(d.prefix, d.log)
			d.log, d.snap = m.Log, m.Incident
			if r.IntN(3) > 0 {
				d.mail = slices.Delete(d.mail, i, i+1)
			}
		}
	}
	return ds, made
}

func hashes(l *Log) string {
	var b strings.Builder
	for _, op := range l.ops {
		b.WriteString(op.Hash)
		b.WriteByte(' ')
	}
	return b.String()
}

func conflictKey(cs []Conflict) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s=%s:", c.Path, c.Current)
		for _, s := range c.Sides {
			fmt.Fprintf(&b, " %s→%s", s.Hash[:6], s.Value)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// state is everything a merge result shows: the operations in order, the
// incident and the conflicts.
func state(t testing.TB, m *Merged) string {
	return hashes(m.Log) + "\n" + encode(t, m.Incident) + "\n" + conflictKey(m.Conflicts)
}

func merge2(t testing.TB, a, b *Log) *Merged { return mustMerge(t, a, b.Packet(nil), fastVerifier{}) }

// unite is Merge's check and union without its Fold, for the steps whose
// incident a test does not look at.
func unite(t testing.TB, a, b *Log) *Log {
	p := b.Packet(nil)
	if err := check(a, p, fastVerifier{}); err != nil {
		t.Fatal(err)
	}
	l, _ := union(a, p)
	return l
}

// cases is the number of random histories: 10,000, or 1,000 with -short.
func cases() int {
	if testing.Short() {
		return 1000
	}
	return 10_000
}

// TestMergeProperties: over random histories, merging is commutative,
// associative and idempotent, loses no operation, and every browser that
// has received everything ends with the same log, incident and conflicts;
// Conflicts reports exactly the operations the definition puts in
// conflict, and writing each conflict's path with one side's value, having
// seen everything, clears them all and leaves that value.
func TestMergeProperties(t *testing.T) {
	const parts = 4
	found := make([]int, parts)
	for part := range parts {
		t.Run(fmt.Sprint(part), func(t *testing.T) {
			t.Parallel()
			for seed := uint64(part); seed < uint64(cases()); seed += parts {
				found[part] += checkHistory(t, seed)
			}
		})
	}
	t.Cleanup(func() {
		n := 0
		for _, f := range found {
			n += f
		}
		t.Logf("%d histories, %d conflicts", cases(), n)
		if n < cases()/4 {
			t.Errorf("only %d conflicts in %d histories: the generator does not test much", n, cases())
		}
	})
}

// checkHistory checks one random history and returns the number of
// conflicts it met.
func checkHistory(t *testing.T, seed uint64) int {
	r := rand.New(rand.NewPCG(seed, 1))
	ds, made := history(t, r)
	a, b, c := ds[0].log, ds[1].log, ds[len(ds)-1].log
	if len(ds[1].prefix) > 0 { // an earlier state too: logs that know less
		c = ds[1].prefix[r.IntN(len(ds[1].prefix))]
	}
	if x, y := state(t, merge2(t, a, b)), state(t, merge2(t, b, a)); x != y {
		t.Fatalf("seed %d: not commutative:\n%s\n---\n%s", seed, x, y)
	}
	ab, bc := merge2(t, a, b).Log, merge2(t, b, c).Log
	if x, y := state(t, merge2(t, ab, c)), state(t, merge2(t, a, bc)); x != y {
		t.Fatalf("seed %d: not associative:\n%s\n---\n%s", seed, x, y)
	}
	if m := merge2(t, a, a); m.Added != 0 || hashes(m.Log) != hashes(a) {
		t.Fatalf("seed %d: merging a log into itself added %d", seed, m.Added)
	}
	checkPartial(t, seed, r, ds)
	found := 0
	for i, d := range ds {
		found += checkConflicts(t, seed, i, r, d)
	}
	// Everyone receives everything, each in another order of packets.
	var final string
	for i, d := range ds {
		l := d.log
		for _, j := range r.Perm(len(ds)) {
			l = unite(t, l, ds[j].log)
		}
		m := merge2(t, l, ds[0].log)
		if i == 0 {
			final = state(t, m)
			if m.Log.Len() != len(made) {
				t.Fatalf("seed %d: %d operations made, %d in the log", seed, len(made), m.Log.Len())
			}
			for _, op := range m.Log.ops {
				if !made[op.Hash] {
					t.Fatalf("seed %d: an operation nobody made: %+v", seed, op)
				}
			}
			found += checkConflicts(t, seed, -1, r, &device{log: m.Log, key: d.key, who: d.who})
		} else if s := state(t, m); s != final {
			t.Fatalf("seed %d: devices 0 and %d differ after exchanging everything:\n%s\n---\n%s", seed, i, final, s)
		}
	}
	return found
}

// oracle finds the operations in conflict by brute force, from the
// definition: the latest at their paths (no operation that saw them wrote
// their path or one around it), concurrent, at related paths, and not
// both writing the same value at the same path.
func oracle(l *Log) map[string]bool {
	ops := l.ops
	latest := func(a *Op) bool {
		for j := range ops {
			if c := &ops[j]; c.saw(a) && within(a.Path, c.Path) {
				return false
			}
		}
		return true
	}
	out := map[string]bool{}
	for i := range ops {
		a := &ops[i]
		if !latest(a) {
			continue
		}
		for j := range ops {
			b := &ops[j]
			if i == j || !latest(b) || !concurrent(a, b) || !related(a.Path, b.Path) {
				continue
			}
			if a.Path == b.Path && bytes.Equal(a.New, b.New) {
				continue
			}
			out[a.Hash] = true
		}
	}
	return out
}

// checkConflicts checks the conflicts of one device's log against the
// oracle, then resolves them all and checks that none is left.
func checkConflicts(t *testing.T, seed uint64, i int, r *rand.Rand, d *device) int {
	cs := d.log.Conflicts()
	got := map[string]bool{}
	for _, c := range cs {
		for _, s := range c.Sides {
			if !within(s.Path, c.Path) {
				t.Fatalf("seed %d: side at %s outside conflict %s", seed, s.Path, c.Path)
			}
			got[s.Hash] = true
		}
	}
	if want := oracle(d.log); !mapsEqual(got, want) {
		t.Fatalf("seed %d, device %d: conflicts %v; want %v\n%s", seed, i, got, want, conflictKey(cs))
	}
	if len(cs) == 0 {
		return 0
	}
	// Inner conflicts first: the write of a conflict's path that lies
	// around another's settles both (it had seen them all).
	slices.SortStableFunc(cs, func(a, b Conflict) int { return len(b.Path) - len(a.Path) })
	var ops []Op
	var want []Side
	for _, c := range cs {
		s := r.IntN(len(c.Sides))
		ops = append(ops, c.Take(s))
		want = append(want, c.Sides[s])
	}
	l := merge2(t, New(d.log.incident), d.log).Log
	if _, err := l.Add(ops, d.who, d.key, t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if left := l.Conflicts(); len(left) != 0 {
		t.Fatalf("seed %d: after resolving:\n%s", seed, conflictKey(left))
	}
	tree := foldTree(nil, l.ops)
	for k, c := range cs {
		if slices.ContainsFunc(cs[k+1:], func(o Conflict) bool { return within(c.Path, o.Path) }) {
			continue // settled by the outer one
		}
		segs, _ := parsePath(c.Path)
		if got := canonical(get(tree, segs)); !bytes.Equal(got, want[k].Value) {
			t.Fatalf("seed %d: %s = %s after taking %s", seed, c.Path, got, want[k].Value)
		}
	}
	if _, err := l.Fold(); err != nil {
		t.Fatalf("seed %d: %v", seed, err)
	}
	return len(cs)
}

func mapsEqual(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// checkPartial: between every two devices, a packet of what the receiver
// showed it has (Shown) merges and leaves it with everything the sender
// had; a packet that leaves out an operation the receiver lacks (one of a
// device's operations skipped, as a packet built from a wrong idea of what
// it has) is refused naming the gap or the missing operation, and nothing
// changes.
func checkPartial(t *testing.T, seed uint64, r *rand.Rand, ds []*device) {
	for _, from := range ds {
		for _, to := range ds {
			if from == to {
				continue
			}
			p := from.log.Packet(from.log.Shown(DeviceID(to.key.PublicKey())))
			if err := check(to.log, p, fastVerifier{}); err != nil { // Merge without its Fold, which the other checks run
				t.Fatalf("seed %d: a packet since what the receiver showed: %v", seed, err)
			}
			if l, _ := union(to.log, p); !l.Vector().Covers(from.log.Vector()) {
				t.Fatalf("seed %d: a packet since what the receiver showed left it without some of the sender's operations", seed)
			}
			// Skip the first operation of one device that to lacks, when
			// the packet would still hold a later one of that device.
			have, want := to.log.Vector(), from.log.Vector()
			var devs []string
			for _, dev := range sortedKeys(want) {
				if want[dev] >= have[dev]+2 {
					devs = append(devs, dev)
				}
			}
			if len(devs) == 0 {
				continue
			}
			since := have.Copy()
			since[devs[r.IntN(len(devs))]]++
			before := hashes(to.log)
			_, err := Merge(to.log, from.log.Packet(since), fastVerifier{})
			if code := errCode(err); code != CodeGap && code != CodeMissingSeen {
				t.Fatalf("seed %d: a packet without an operation the receiver lacks: error %v (%s), want %s or %s", seed, err, code, CodeGap, CodeMissingSeen)
			}
			if hashes(to.log) != before {
				t.Fatalf("seed %d: a refused packet changed the log", seed)
			}
		}
	}
}
