package oplog_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

var (
	jst   = time.FixedZone("JST", 9*3600)
	start = time.Date(2026, 3, 16, 10, 0, 0, 0, jst)
)

func key() *oplog.ECDSAKey {
	k, err := oplog.GenerateKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

// An edit is recorded by diffing the incident before and after it: the
// operations name what changed by id and field, whatever the order of the
// lists.
func ExampleDiff() {
	before := incident.New("inc-1", start)
	before.Events = []incident.Event{{ID: "e1", Kind: incident.EvDetected, At: start}}
	after := before.Clone()
	after.Org.Name = "架空トラベル株式会社"
	after.Events[0].Note = "不審な通信を検知"
	after.Events = append(after.Events, incident.Event{ID: "e2", Kind: incident.EvAware, At: start.Add(time.Hour)})
	after.Steps = map[string]incident.StepState{"pb.notice": {Status: incident.StepDoing}}
	ops, _ := oplog.Diff(before, after)
	for _, op := range ops {
		fmt.Printf("%s: %s → %s\n", op.Path, op.Old, op.New)
	}
	// Output:
	// events[e1].note:  → "不審な通信を検知"
	// events[e2]:  → {"at":"2026-03-16T11:00:00+09:00","id":"e2","kind":"aware"}
	// org.name: "" → "架空トラベル株式会社"
	// steps[pb.notice]:  → {"status":"doing"}
}

// A device starts the log of an existing incident with one imported
// operation, records each edit, and folds the log back into the incident.
func ExampleLog_Record() {
	k := key()
	sato := oplog.Author{Name: "佐藤", Role: "個人情報保護責任者"}
	inc := incident.New("inc-1", start)
	log, _ := oplog.Import(inc, sato, k, start)

	edited := inc.Clone()
	edited.Cause.Kind = incident.CauseTargetedEmail
	ops, _ := log.Record(inc, edited, sato, k, start.Add(time.Minute))
	fmt.Println(len(ops), ops[0].Path, ops[0].Seq, ops[0].Author)

	folded, _ := log.Fold()
	fmt.Println(folded.Cause.Kind, log.Len())
	// Output:
	// 1 cause.kind 2 佐藤
	// targeted_email 2
}

// Two people edit one incident apart and exchange packets, in either
// order: both end with the same facts, and the field they both changed is
// a conflict with both sides, until one of them settles it.
func ExampleMerge() {
	ka, kb := key(), key()
	alice, bob := oplog.Author{Name: "Alice", Role: "legal"}, oplog.Author{Name: "Bob", Role: "CISO"}
	base := incident.New("inc-1", start)
	la, _ := oplog.Import(base, alice, ka, start)
	file := la.Packet(nil).Encode() // Alice sends Bob the incident
	p, _ := oplog.DecodePacket(file)
	joined, _ := oplog.Open(p, oplog.ECDSAVerifier{})
	lb := joined.Log

	a := base.Clone()
	a.Org.Name, a.Risk.Level = "Sample Co.", "high"
	la.Record(base, a, alice, ka, start.Add(time.Minute))
	b := base.Clone()
	b.Org.Name, b.Cause.Kind = "Sample KK", incident.CauseMalware
	lb.Record(base, b, bob, kb, start.Add(2*time.Minute))

	atAlice, _ := oplog.Merge(la, lb.Packet(la.Vector()), oplog.ECDSAVerifier{})
	atBob, _ := oplog.Merge(lb, la.Packet(lb.Vector()), oplog.ECDSAVerifier{})
	fmt.Println(atAlice.Incident.Org.Name == atBob.Incident.Org.Name, atAlice.Incident.Risk.Level, atBob.Incident.Cause.Kind)
	for _, c := range atBob.Conflicts {
		fmt.Println("conflict at", c.Path)
		for _, s := range c.Sides {
			fmt.Printf("  %s (%s): %s\n", s.Author, s.Role, s.Value)
		}
	}

	// Bob keeps his; the conflict is gone for everyone who gets that.
	keep, _ := atBob.Conflicts[0].Keep(oplog.DeviceID(kb.PublicKey()))
	atBob.Log.Add([]oplog.Op{keep}, bob, kb, start.Add(3*time.Minute))
	done, _ := oplog.Merge(atAlice.Log, atBob.Log.Packet(atAlice.Log.Vector()), oplog.ECDSAVerifier{})
	fmt.Println(done.Incident.Org.Name, len(done.Conflicts))
	// Output:
	// true high malware
	// conflict at org.name
	//   Alice (legal): "Sample Co."
	//   Bob (CISO): "Sample KK"
	// Sample KK 0
}

// A packet altered on the way is refused, naming what and where; the log
// it was merged into is unchanged.
func ExampleMerge_tampered() {
	k := key()
	log, _ := oplog.Import(incident.New("inc-1", start), oplog.Author{Name: "Alice"}, k, start)
	file := log.Packet(nil).Encode()
	file = bytes.Replace(file, []byte(`"timeZone":"Asia/Tokyo"`), []byte(`"timeZone":"Europe/Paris"`), 1)

	p, _ := oplog.DecodePacket(file)
	_, err := oplog.Merge(oplog.New("inc-1"), p, oplog.ECDSAVerifier{})
	var e *oplog.Error
	if errors.As(err, &e) {
		fmt.Println(e.Field, e.Author, e.Seq)
		fmt.Println(e.Message("en"))
		fmt.Println(e.Message("ja"))
	}
	// Output:
	// ops[0] Alice 1
	// its content does not match its hash: the packet was altered
	// 内容がハッシュと一致しません: パケットが改ざんされています
}

// Any field shows who changed it, when, from what to what; the whole log
// exports as CSV for a spreadsheet, or as JSON.
func ExampleLog_History() {
	k := key()
	sato := oplog.Author{Name: "佐藤", Role: "CPO"}
	inc := incident.New("inc-1", start)
	inc.Org.Name = "Sample"
	log, _ := oplog.Import(inc, sato, k, start)
	next := inc.Clone()
	next.Org.Name = "Sample Co., Ltd."
	log.Record(inc, next, sato, k, start.Add(90*time.Minute))

	for _, e := range log.History("org.name") {
		fmt.Printf("%s %s (%s) %s: %q → %q\n", e.At.Format("01-02 15:04"), e.Author, e.Role, e.Kind, oplog.Display(e.From), oplog.Display(e.To))
	}
	csv := oplog.CSV(log.Changes(oplog.Filter{Path: "org.name"}))
	fmt.Println(bytes.Count(csv, []byte("\r\n")), "lines of CSV")
	// Output:
	// 03-16 10:00 佐藤 (CPO) import: "" → "Sample"
	// 03-16 11:30 佐藤 (CPO) : "Sample" → "Sample Co., Ltd."
	// 3 lines of CSV
}
