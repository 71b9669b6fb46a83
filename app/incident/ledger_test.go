package incident

import (
	"strings"
	"testing"
	"time"
)

func ledgerIncident() *Incident {
	at := time.Date(2026, 3, 20, 10, 0, 0, 0, time.UTC)
	inc := New("i1", at)
	inc.Events = append(inc.Events, Event{ID: "e1", Kind: EvAware, At: at})
	text := "個人データの漏えい等報告書（速報）\n本文"
	inc.Ledger = []LedgerEntry{{
		ID: LedgerKey("JP", "jp.ppc.prelim", "", ""), Jurisdiction: "JP", Obligation: "jp.ppc.prelim",
		Decisions: []DecisionRecord{
			{ID: "d1", Decision: DecideNotYet, By: "佐藤", At: at, Verdict: "unknown", State: "undetermined"},
			{ID: "d2", Decision: DecideReport, Reason: "要配慮個人情報を含む", By: "佐藤", At: at.Add(time.Hour), Verdict: "yes", State: "due"},
		},
		Filings: []Filing{{ID: "f1", At: at.Add(2 * time.Hour), By: "鈴木", Reference: "PPC-2026-000123",
			Document: "jp.ppc.prelim/ja", Title: "速報", SHA256: HashText(text), Text: text, RecordedBy: "鈴木", RecordedAt: at.Add(3 * time.Hour)}},
	}}
	inc.Evidence = []Evidence{{ID: "v1", Name: "access.log", Type: "text/plain", Size: 5, SHA256: HashBytes([]byte("hello")), Event: "e1", AddedBy: "佐藤", AddedAt: at}}
	return inc
}

func TestLedgerKey(t *testing.T) {
	for _, c := range []struct{ j, o, p, ord, want string }{
		{"JP", "jp.ppc.prelim", "", "", "JP/jp.ppc.prelim"},
		{"JP", "jp.entrustor", "p2", "", "JP/jp.entrustor/p2"},
		{"JP", "jp.ministry", "p4", "e9", "JP/jp.ministry/p4@e9"},
	} {
		if got := LedgerKey(c.j, c.o, c.p, c.ord); got != c.want {
			t.Errorf("LedgerKey(%q, %q, %q, %q) = %q, want %q", c.j, c.o, c.p, c.ord, got, c.want)
		}
	}
}

func TestLedgerRoundTripAndLookups(t *testing.T) {
	inc := ledgerIncident()
	roundTrip(t, inc)
	b, err := Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	e := back.LedgerOf("JP/jp.ppc.prelim")
	if e == nil {
		t.Fatal("entry lost in the round trip")
	}
	if d, ok := e.Current(); !ok || d.Decision != DecideReport || d.Reason != "要配慮個人情報を含む" {
		t.Errorf("Current = %+v, %v", d, ok)
	}
	if f, ok := e.LastFiling(); !ok || f.Reference != "PPC-2026-000123" || f.Text != inc.Ledger[0].Filings[0].Text {
		t.Errorf("LastFiling = %+v, %v", f, ok)
	}
	if back.LedgerOf("JP/none") != nil {
		t.Error("LedgerOf of a missing key")
	}
	if _, ok := (*LedgerEntry)(nil).Current(); ok {
		t.Error("Current of nil")
	}
	if got := back.EvidenceFor("", "e1"); len(got) != 1 || got[0].SHA256 != HashBytes([]byte("hello")) {
		t.Errorf("EvidenceFor(e1) = %+v", got)
	}
	if got := back.EvidenceFor("pb.x", ""); len(got) != 0 {
		t.Errorf("EvidenceFor(pb.x) = %+v", got)
	}
	if p := Validate(back); len(p) != 0 {
		t.Errorf("a clean ledger has problems: %v", p)
	}
}

func TestHash(t *testing.T) {
	// SHA-256("abc"), FIPS 180-2 appendix B.1.
	if got := HashText("abc"); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("HashText(abc) = %s", got)
	}
	if !IsSHA256(HashBytes(nil)) || IsSHA256(strings.ToUpper(HashBytes(nil))) || IsSHA256("abc") || IsSHA256(strings.Repeat("g", 64)) {
		t.Error("IsSHA256")
	}
}

func TestValidateLedger(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*Incident)
		path string
		code Code
		sev  Severity
	}{
		{"not reportable without a reason", func(inc *Incident) {
			inc.Ledger[0].Decisions = append(inc.Ledger[0].Decisions, DecisionRecord{ID: "d3", Decision: DecideNotReport, Reason: "  ", At: inc.CreatedAt})
		}, "ledger[0].decisions[2].reason", CodeReasonMissing, SeverityWarning},
		{"unknown decision", func(inc *Incident) { inc.Ledger[0].Decisions[0].Decision = "maybe" }, "ledger[0].decisions[0].decision", CodeUnknownValue, SeverityError},
		{"frozen copy altered", func(inc *Incident) { inc.Ledger[0].Filings[0].Text += "。" }, "ledger[0].filings[0].text", CodeHashMismatch, SeverityError},
		{"copy without hash", func(inc *Incident) { inc.Ledger[0].Filings[0].SHA256 = "" }, "ledger[0].filings[0].sha256", CodeRequired, SeverityError},
		{"bad filing hash", func(inc *Incident) { inc.Ledger[0].Filings[0].SHA256 = "xyz" }, "ledger[0].filings[0].sha256", CodeBadHash, SeverityError},
		{"duplicate entry", func(inc *Incident) { inc.Ledger = append(inc.Ledger, inc.Ledger[0].clone()) }, "ledger[1].id", CodeDuplicateID, SeverityError},
		{"entry without obligation", func(inc *Incident) { inc.Ledger[0].Obligation = "" }, "ledger[0].obligation", CodeRequired, SeverityError},
		{"evidence bad hash", func(inc *Incident) { inc.Evidence[0].SHA256 = strings.Repeat("A", 64) }, "evidence[0].sha256", CodeBadHash, SeverityError},
		{"evidence negative size", func(inc *Incident) { inc.Evidence[0].Size = -1 }, "evidence[0].size", CodeNegative, SeverityError},
		{"evidence without name", func(inc *Incident) { inc.Evidence[0].Name = "" }, "evidence[0].name", CodeRequired, SeverityError},
		{"evidence of a removed event", func(inc *Incident) { inc.Evidence[0].Event = "e404" }, "evidence[0].event", CodeUnknownEvent, SeverityWarning},
		{"evidence duplicate", func(inc *Incident) { inc.Evidence = append(inc.Evidence, inc.Evidence[0]) }, "evidence[1].id", CodeDuplicateID, SeverityError},
	} {
		t.Run(c.name, func(t *testing.T) {
			inc := ledgerIncident()
			c.edit(inc)
			ps := Validate(inc).At(c.path)
			found := false
			for _, p := range ps {
				if p.Code == c.code && p.Severity == c.sev {
					found = true
					for _, lang := range []string{"ja", "en"} {
						if msg := p.Message(lang); strings.Contains(msg, "%!") || msg == "" {
							t.Errorf("message of %s in %s: %q", c.code, lang, msg)
						}
					}
				}
			}
			if !found {
				t.Errorf("no %s %s at %s; got %v", c.sev, c.code, c.path, Validate(inc))
			}
		})
	}
}

func TestNeedsReason(t *testing.T) {
	for _, c := range []struct {
		d    DecisionRecord
		want bool
	}{
		{DecisionRecord{Decision: DecideNotReport}, true},
		{DecisionRecord{Decision: DecideNotReport, Reason: "\n "}, true},
		{DecisionRecord{Decision: DecideNotReport, Reason: "暗号化済み（高度な暗号化）"}, false},
		{DecisionRecord{Decision: DecideReport}, false},
		{DecisionRecord{Decision: DecideNotYet}, false},
	} {
		if got := c.d.NeedsReason(); got != c.want {
			t.Errorf("%+v.NeedsReason() = %v", c.d, got)
		}
	}
}
