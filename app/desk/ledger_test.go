package desk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func scenarioNamed(t *testing.T, name string) *incident.Incident {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "scenarios", name))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

func assessed(t *testing.T, inc *incident.Incident, now time.Time) assess.Assessment {
	t.Helper()
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return assess.Evaluate(inc, rs, now)
}

// Every instance of an obligation gets a row of its own (two orders of a
// ministry: two rows), keyed by jurisdiction, obligation, party and order.
func TestLedgerRowsPerInstance(t *testing.T) {
	inc := scenarioNamed(t, "20-messaging-subcontractor-two-orders.json")
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	a := assessed(t, inc, now)
	rows := desk.Ledger(inc, a)
	keys := map[string]bool{}
	orders := 0
	for _, r := range rows {
		if keys[r.Key] {
			t.Errorf("key %s twice", r.Key)
		}
		keys[r.Key] = true
		if r.Orphan || r.Entry != nil {
			t.Errorf("%s: orphan %v, entry %v on a blank ledger", r.Key, r.Orphan, r.Entry)
		}
		if r.Ob.Applies == assess.No {
			t.Errorf("%s: an obligation that does not apply has a row", r.Key)
		}
		if r.Ob.Order != "" {
			orders++
			if !strings.HasSuffix(r.Key, "@"+r.Ob.Order) {
				t.Errorf("%s does not name its order %s", r.Key, r.Ob.Order)
			}
		}
	}
	if orders < 2 {
		t.Errorf("%d rows for orders, want one per order (2): %v", orders, keys)
	}
}

func TestRecordDecisionAndFiling(t *testing.T) {
	inc := scenarioNamed(t, "01-travel-targeted-email.json")
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	rows := desk.Ledger(inc, assessed(t, inc, now))
	if len(rows) == 0 {
		t.Fatal("no rows")
	}
	row := rows[0]

	desk.RecordDecision(inc, row, "d1", incident.DecideNotReport, "  ", "", now)
	rows = desk.Ledger(inc, assessed(t, inc, now))
	got := rows[0]
	if got.Key != row.Key || got.Entry == nil {
		t.Fatalf("row after a decision: %+v", got)
	}
	d, ok := got.Decision()
	if !ok || d.Decision != incident.DecideNotReport || d.By != "—" || d.Reason != "" || !d.At.Equal(now) {
		t.Errorf("decision on record: %+v", d)
	}
	if d.Verdict != string(row.Ob.Applies) || d.State != string(row.Ob.State) {
		t.Errorf("the engine's verdict then: %q/%q, want %q/%q", d.Verdict, d.State, row.Ob.Applies, row.Ob.State)
	}
	if !got.NeedsReason() {
		t.Error("not reportable without a reason does not need one")
	}

	desk.RecordDecision(inc, got, "d2", incident.DecideReport, " 要配慮個人情報を含むため ", "佐藤 花子", now.Add(time.Hour))
	got = desk.Ledger(inc, assessed(t, inc, now))[0]
	if d, _ := got.Decision(); d.Decision != incident.DecideReport || d.Reason != "要配慮個人情報を含むため" || d.By != "佐藤 花子" {
		t.Errorf("second decision: %+v", d)
	}
	if got.NeedsReason() || len(got.Entry.Decisions) != 2 {
		t.Errorf("history: %+v", got.Entry.Decisions)
	}

	text := "個人データの漏えい等報告書\n第1 概要"
	desk.RecordFiling(inc, got, incident.Filing{ID: "f1", At: now.Add(2 * time.Hour), By: "鈴木", Reference: " A-123 ", Document: "doc", Title: "速報", Text: text, SHA256: "forged"}, "", now.Add(3*time.Hour))
	got = desk.Ledger(inc, assessed(t, inc, now))[0]
	f, ok := got.Filing()
	if !ok || f.SHA256 != incident.HashText(text) || f.Reference != "A-123" || f.RecordedBy != "—" || !f.RecordedAt.Equal(now.Add(3*time.Hour)) {
		t.Errorf("filing: %+v", f)
	}
	if len(inc.Ledger) != 1 {
		t.Errorf("%d entries, want the one", len(inc.Ledger))
	}
	if ps := incident.Validate(inc).At("ledger"); len(ps) != 0 {
		// the first decision, without a reason, is a warning of the record
		for _, p := range ps {
			if p.Code != incident.CodeReasonMissing {
				t.Errorf("problem: %v", p.Text("en"))
			}
		}
	}
}

// A record whose obligation the engine no longer holds stays in view.
func TestLedgerKeepsOrphans(t *testing.T) {
	inc := scenarioNamed(t, "01-travel-targeted-email.json")
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	gone := desk.LedgerRow{Key: incident.LedgerKey("XX", "xx.gone", "p9", ""), Orphan: true}
	gone.Jur.ID, gone.Ob.ID, gone.Ob.Party = "XX", "xx.gone", "p9"
	desk.RecordDecision(inc, gone, "d1", incident.DecideNotYet, "", "a", now)
	rows := desk.Ledger(inc, assessed(t, inc, now))
	last := rows[len(rows)-1]
	if !last.Orphan || last.Key != "XX/xx.gone/p9" || last.Ob.Party != "p9" || last.Entry == nil {
		t.Errorf("orphan row: %+v", last)
	}
	if d, _ := last.Decision(); d.Verdict != "" {
		t.Errorf("an orphan's decision claims a verdict: %+v", d)
	}
}

func TestEvidenceRecords(t *testing.T) {
	inc := incident.New("i1", time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
	desk.AddEvidence(inc, incident.Evidence{ID: "v1", Name: "a.log", Size: 3, SHA256: incident.HashBytes([]byte("abc")), Step: "pb.x"})
	desk.AddEvidence(inc, incident.Evidence{ID: "v2", Name: "b.png", Size: 0, SHA256: incident.HashBytes(nil), Step: "pb.x", AddedBy: "Ito"})
	if got := inc.EvidenceFor("pb.x", ""); len(got) != 2 || got[0].AddedBy != "—" || got[1].AddedBy != "Ito" {
		t.Errorf("EvidenceFor = %+v", got)
	}
	if desk.RemoveEvidence(inc, "v9") {
		t.Error("removed a missing record")
	}
	if !desk.RemoveEvidence(inc, "v1") || len(inc.Evidence) != 1 || inc.Evidence[0].ID != "v2" {
		t.Errorf("after removing v1: %+v", inc.Evidence)
	}
	if !desk.RemoveEvidence(inc, "v2") || inc.Evidence != nil {
		t.Errorf("after removing the last: %+v", inc.Evidence)
	}
	if desk.EvidenceKey("i1", "v1") != "i1/v1" {
		t.Error("EvidenceKey")
	}
}
