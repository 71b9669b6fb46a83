package desk_test

import (
	"crypto/rand"
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// bigPackets returns the first packet of a 1,000-event incident (its log
// begun) and a packet of the same log with 10,000 edits after it.
func bigPackets(b *testing.B) (first, big *oplog.Packet) {
	b.Helper()
	inc := incident.New("big", t0)
	inc.Title = "1,000 events"
	for i := range 1000 {
		inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("b%03d", i), Kind: incident.EvOther,
			At: t0.Add(time.Duration(i) * time.Hour), Note: fmt.Sprintf("ログ解析 %d 件目", i)})
	}
	k, err := oplog.GenerateKey(rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	by := oplog.Author{Name: "Sato"}
	l, err := oplog.Import(inc, by, k, t0)
	if err != nil {
		b.Fatal(err)
	}
	first = l.Packet(nil)
	notes := map[string]string{}
	for _, ev := range inc.Events {
		notes[ev.ID] = ev.Note
	}
	n := 0
	for batch := range 100 {
		ops := make([]oplog.Op, 0, 100)
		for range 100 {
			ev := inc.Events[n%len(inc.Events)]
			old, _ := oplog.Value(notes[ev.ID])
			notes[ev.ID] = fmt.Sprintf("確認 %d", n)
			nv, _ := oplog.Value(notes[ev.ID])
			ops = append(ops, oplog.Op{Path: "events[" + ev.ID + "].note", Old: old, New: nv})
			n++
		}
		if _, err := l.Add(ops, by, k, t0.Add(time.Duration(batch+1)*time.Minute)); err != nil {
			b.Fatal(err)
		}
	}
	return first, l.Packet(nil)
}

// BenchmarkOpsImportBigPacket merges a packet of 10,000 operations into a
// 1,000-event incident through the desk (decode, check, merge, fold), as
// the Share page does, natively.
func BenchmarkOpsImportBigPacket(b *testing.B) {
	first, big := bigPackets(b)
	firstFile, bigFile := first.Encode(), big.Encode()
	b.ReportMetric(float64(len(bigFile))/1024, "KB/packet")
	for b.Loop() {
		b.StopTimer()
		s := desk.NewMemStore()
		loop := desk.NewManualLoop(t0)
		d := desk.New(desk.Config{Open: func() (desk.Store, error) { return s, nil }, Keys: goKeys{}, Loop: loop})
		d.Load()
		loop.Run()
		k, _ := oplog.GenerateKey(rand.Reader)
		d.SetDevice(k)
		var r desk.PacketResult
		d.ImportPacket(firstFile, "", func(x desk.PacketResult) { r = x })
		loop.Advance(desk.SaveDelay)
		if r.Err != nil {
			b.Fatal(r.Err)
		}
		b.StartTimer()
		d.ImportPacket(bigFile, "", func(x desk.PacketResult) { r = x })
		loop.Run()
		b.StopTimer()
		if r.Err != nil || r.Added != 10000 {
			b.Fatalf("%+v", r)
		}
		loop.Advance(desk.SaveDelay)
		b.StartTimer()
	}
}

// BenchmarkOpsChangeLog lists the change log of that incident, as the change
// log page does.
func BenchmarkOpsChangeLog(b *testing.B) {
	_, big := bigPackets(b)
	m, err := oplog.Open(big, oplog.ECDSAVerifier{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if n := len(m.Log.Changes(oplog.Filter{})); n != 10001 {
			b.Fatalf("%d entries", n)
		}
	}
}

// BenchmarkSaveEdit is what a desk does, natively, to store one edit of a
// field outside the time line (the organisation's name) in a 1,000-event
// incident, as typing does about twice a second: encoding it and writing it
// (a memory store; no change log, whose cost grows with its length).
func BenchmarkSaveEdit(b *testing.B) {
	s := desk.NewMemStore()
	loop := desk.NewManualLoop(t0)
	d := desk.New(desk.Config{Open: func() (desk.Store, error) { return s, nil }, Keys: goKeys{}, Loop: loop})
	d.Load()
	loop.Run()
	id := d.Create("1,000 events").ID
	d.Edit(id, func(inc *incident.Incident) {
		for i := range 1000 {
			desk.AddEvent(inc, incident.Event{Kind: incident.EvOther, At: t0.Add(time.Duration(i) * time.Hour),
				Note: fmt.Sprintf("ログ解析 %d 件目: 踏み台サーバのアクセスログを確認した。", i)})
		}
	})
	loop.Advance(desk.SaveDelay)
	names := []string{"株式会社サンプル", "株式会社サンプル商事"}
	for i := 0; b.Loop(); i++ {
		d.Edit(id, func(inc *incident.Incident) { inc.Org.Name = names[i%2] })
		loop.Advance(desk.SaveDelay)
	}
	if got, err := s.Get(id); err != nil || !strings.Contains(string(got), `"name":"株式会社サンプル`) {
		b.Fatalf("the edit is not stored: %v", err)
	}
}
