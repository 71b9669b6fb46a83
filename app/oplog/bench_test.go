package oplog

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// bigIncident has 1,000 events (as app/assess's benchmark), 20 parties
// and 200 step states.
func bigIncident() *incident.Incident {
	inc := incident.New("inc-big", t0)
	inc.Org.Name = "Sample Co., Ltd."
	kinds := incident.EventKinds
	for i := range 1000 {
		inc.Events = append(inc.Events, incident.Event{ID: "e" + strconv.Itoa(i), Kind: kinds[i%len(kinds)],
			At: t0.Add(time.Duration(i) * time.Minute), Note: "event note " + strconv.Itoa(i)})
	}
	for i := range 20 {
		inc.Parties = append(inc.Parties, incident.Party{ID: "p" + strconv.Itoa(i), Kind: incident.PartyOther, Name: "party " + strconv.Itoa(i)})
	}
	inc.Steps = map[string]incident.StepState{}
	for i := range 200 {
		inc.Steps["step."+strconv.Itoa(i)] = incident.StepState{Status: incident.StepTodo}
	}
	return inc
}

// benchSetup is a 1,000-event incident imported on device A, edited 100
// times there, and 10,000 operations made on device B concurrently (B had
// only the import): event notes, step states, added events. The packet is
// B's operations as a file.
type benchSetup struct {
	local  *Log
	packet []byte
	// merged is local with the packet; again is B's whole log (10,001
	// operations) with 100 more after the packet, as a file: sent whole,
	// 10,001 of its operations are known to merged.
	merged *Log
	again  []byte
}

var benchData = sync.OnceValues(func() (*benchSetup, error) {
	ka, kb := realKeys()[0], realKeys()[1]
	a, b := Author{Name: "Alice", Role: "legal"}, Author{Name: "Bob", Role: "CISO"}
	inc := bigIncident()
	local, err := Import(inc, a, ka, t0)
	if err != nil {
		return nil, err
	}
	remote, err := Open(local.Packet(nil), ECDSAVerifier{})
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(1, 2))
	edits := func(l *Log, who Author, k Signer, n, batch int) error {
		for i := 0; i < n; i += batch {
			var ops []Op
			for j := range batch {
				var op Op
				switch x := r.IntN(10); {
				case x < 6:
					op.Path = "events[e" + strconv.Itoa(r.IntN(1000)) + "].note"
					op.New, _ = Value(fmt.Sprintf("note %d by %s", i+j, who.Name))
				case x < 9:
					op.Path = "steps[step." + strconv.Itoa(r.IntN(200)) + "].status"
					op.New, _ = Value(pick(r, "todo", "doing", "done"))
				default:
					id := fmt.Sprintf("%s-%d", who.Name, i+j)
					op.Path = "events[" + id + "]"
					op.New, _ = Value(incident.Event{ID: id, Kind: incident.EvOther, At: t0})
				}
				ops = append(ops, op)
			}
			if _, err := l.Add(ops, who, k, t0.Add(time.Duration(i)*time.Second)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := edits(local, a, ka, 100, 10); err != nil {
		return nil, err
	}
	if err := edits(remote.Log, b, kb, 10_000, 100); err != nil {
		return nil, err
	}
	packet := remote.Log.Packet(local.Vector())
	merged, err := Merge(local, packet, ECDSAVerifier{})
	if err != nil {
		return nil, err
	}
	if err := edits(remote.Log, b, kb, 100, 10); err != nil {
		return nil, err
	}
	return &benchSetup{local: local, packet: packet.Encode(), merged: merged.Log, again: remote.Log.Packet(nil).Encode()}, nil
})

// BenchmarkMergePacket: reading, checking and merging a packet of 10,000
// operations into a 1,000-event incident, with the Fold of the result and
// its conflicts (issue 12's goal: well under 200 ms).
func BenchmarkMergePacket(b *testing.B) {
	s, err := benchData()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s.packet)))
	var m *Merged
	cpu := cpuTime()
	for b.Loop() {
		p, err := DecodePacket(s.packet)
		if err != nil {
			b.Fatal(err)
		}
		if m, err = Merge(s.local, p, ECDSAVerifier{}); err != nil {
			b.Fatal(err)
		}
	}
	if m.Added != 10_000 || len(m.Incident.Events) < 1000 {
		b.Fatalf("added %d, %d events", m.Added, len(m.Incident.Events))
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(len(m.Conflicts)), "conflicts")
}

// BenchmarkMergeWholeLogAgain: a packet holding the sender's whole log
// (10,101 operations), of which the receiver has all but the last 100: what
// sharing "everything" costs the second time.
func BenchmarkMergeWholeLogAgain(b *testing.B) {
	s, err := benchData()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s.again)))
	var m *Merged
	cpu := cpuTime()
	for b.Loop() {
		p, err := DecodePacket(s.again)
		if err != nil {
			b.Fatal(err)
		}
		if m, err = Merge(s.merged, p, ECDSAVerifier{}); err != nil {
			b.Fatal(err)
		}
	}
	if m.Added != 100 {
		b.Fatalf("added %d", m.Added)
	}
	reportCPU(b, cpu)
}

// BenchmarkChangeLog: opening the change log of the merged incident (all
// 10,101 changes) and one field's history.
func BenchmarkChangeLog(b *testing.B) {
	s, err := benchData()
	if err != nil {
		b.Fatal(err)
	}
	p, err := DecodePacket(s.packet)
	if err != nil {
		b.Fatal(err)
	}
	m, err := Merge(s.local, p, ECDSAVerifier{})
	if err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime()
	for b.Loop() {
		if n := len(m.Log.Changes(Filter{})); n != 10_101 {
			b.Fatal(n)
		}
		m.Log.History("events[e7].note")
	}
	reportCPU(b, cpu)
}

// BenchmarkRecord: recording one edit (a note of one of 1,000 events) as
// the app does on each change: Diff of the snapshots, hash, signature.
func BenchmarkRecord(b *testing.B) {
	k := realKeys()[0]
	inc := bigIncident()
	l, err := Import(inc, Author{Name: "A"}, k, t0)
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	cpu := cpuTime()
	for b.Loop() {
		next := inc.Clone()
		next.Events[500].Note = "edited " + strconv.Itoa(i)
		i++
		if ops, err := l.Record(inc, next, Author{Name: "A"}, k, t0); err != nil || len(ops) != 1 {
			b.Fatal(err, len(ops))
		}
		inc = next
	}
	reportCPU(b, cpu)
}

// BenchmarkMergeSteps: the steps of BenchmarkMergePacket apart, to see
// where the time goes (natively and in WebAssembly).
func BenchmarkMergeSteps(b *testing.B) {
	s, err := benchData()
	if err != nil {
		b.Fatal(err)
	}
	p, err := DecodePacket(s.packet)
	if err != nil {
		b.Fatal(err)
	}
	merged, _ := union(s.local, p)
	steps := []struct {
		name string
		run  func() error
	}{
		{"decode", func() error { _, err := DecodePacket(s.packet); return err }},
		{"hashes", func() error {
			var h hasher
			for i := range p.Ops {
				if !p.Ops[i].hashMatches(&h) {
					return errBadSignature
				}
			}
			return nil
		}},
		{"check", func() error { return check(s.local, p, ECDSAVerifier{}) }},
		{"union", func() error { union(s.local, p); return nil }},
		{"fold", func() error { _, _, err := fold(merged.ops); return err }},
		{"conflicts", func() error { merged.Conflicts(); return nil }},
		{"encode", func() error { merged.Packet(nil).Encode(); return nil }},
		{"encodeLog", func() error { merged.Encode(); return nil }}, // the same bytes, as the desk writes a merged log
	}
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if err := st.run(); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// oneDeviceSetup is the case of the browser bench (TestBenchTeamSyncMerge):
// one person's whole log, the import of a 1,000-event incident and 100
// edits of 100 event notes after it, sent to a browser that has the import
// only (opened from the first packet).
type oneDeviceSetup struct {
	local  *Log
	packet []byte
}

var oneDeviceData = sync.OnceValues(func() (*oneDeviceSetup, error) {
	k := realKeys()[0]
	sato := Author{Name: "Sato", Role: "DPO"}
	inc := bigIncident()
	l, err := Import(inc, sato, k, t0)
	if err != nil {
		return nil, err
	}
	first, err := Open(l.Packet(nil), ECDSAVerifier{})
	if err != nil {
		return nil, err
	}
	n := 0
	for batch := range 100 {
		ops := make([]Op, 0, 100)
		for range 100 {
			ev := inc.Events[n%len(inc.Events)]
			old, _ := Value(ev.Note)
			ev.Note = fmt.Sprintf("確認 %d 回目: %s", n+1, ev.ID)
			inc.Events[n%len(inc.Events)] = ev
			nv, _ := Value(ev.Note)
			ops = append(ops, Op{Path: "events[" + ev.ID + "].note", Old: old, New: nv})
			n++
		}
		if _, err := l.Add(ops, sato, k, t0.Add(time.Duration(batch+1)*time.Minute)); err != nil {
			return nil, err
		}
	}
	return &oneDeviceSetup{local: first.Log, packet: l.Packet(nil).Encode()}, nil
})

// BenchmarkMergeOneDevice: the browser bench's merge without the browser:
// decoding and merging one person's whole log (10,001 operations) into a
// log that has its first.
func BenchmarkMergeOneDevice(b *testing.B) {
	s, err := oneDeviceData()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(s.packet)))
	var m *Merged
	cpu := cpuTime()
	for b.Loop() {
		p, err := DecodePacket(s.packet)
		if err != nil {
			b.Fatal(err)
		}
		if m, err = Merge(s.local, p, ECDSAVerifier{}); err != nil {
			b.Fatal(err)
		}
	}
	if m.Added != 10_000 {
		b.Fatalf("added %d", m.Added)
	}
	reportCPU(b, cpu)
}

// BenchmarkMergeOneDeviceSteps: its steps apart.
func BenchmarkMergeOneDeviceSteps(b *testing.B) {
	s, err := oneDeviceData()
	if err != nil {
		b.Fatal(err)
	}
	p, err := DecodePacket(s.packet)
	if err != nil {
		b.Fatal(err)
	}
	merged, _ := union(s.local, p)
	n := len(s.local.ops)
	steps := []struct {
		name string
		run  func() error
	}{
		{"decode", func() error { _, err := DecodePacket(s.packet); return err }},
		{"check", func() error { return check(s.local, p, ECDSAVerifier{}) }},
		{"union", func() error { union(s.local, p); return nil }},
		{"foldOnto", func() error { _, _, err := foldOnto(s.local.tree, merged.ops[n:]); return err }},
		{"conflicts", func() error { merged.Conflicts(); return nil }},
		{"encode", func() error { merged.Packet(nil).Encode(); return nil }},
		{"encodeLog", func() error { merged.Encode(); return nil }}, // the same bytes, as the desk writes a merged log
	}
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if err := st.run(); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}
