package register

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func scenario(t *testing.T, name string) *incident.Incident {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "scenarios", name))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	inc.Drill = false
	return inc
}

func TestLoadSpec(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Columns) != len(filled) {
		t.Errorf("%d columns, want %d", len(s.Columns), len(filled))
	}
	// Every column of GDPR Art. 33(5)'s three parts is there with its source.
	for _, id := range []string{"facts", "effects", "remedial"} {
		ok := false
		for _, c := range s.Columns {
			if c.ID == id && contains(c.Sources, "gdpr.33.5") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("column %s does not cite GDPR Art. 33(5)", id)
		}
	}
	for _, bad := range []struct{ name, json, want string }{
		{"unknown column", `{"sources":[{"id":"s","ja":"a","en":"a"}],"columns":[{"id":"zz","ja":"a","en":"a","sources":["s"]}]}`, `"zz" is not one`},
		{"unknown source", `{"sources":[],"columns":[{"id":"id","ja":"a","en":"a","sources":["s"]}]}`, `unknown source "s"`},
		{"no source", `{"sources":[],"columns":[{"id":"id","ja":"a","en":"a","sources":[]}]}`, `at least one source`},
		{"missing column", `{"sources":[{"id":"s","ja":"a","en":"a"}],"columns":[{"id":"id","ja":"a","en":"a","sources":["s"]}]}`, `"title" is missing`},
	} {
		if _, err := parse([]byte(bad.json)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: err %v, want %q", bad.name, err, bad.want)
		}
	}
}

func registerOf(t *testing.T) ([]*incident.Incident, time.Time) {
	t.Helper()
	a := scenario(t, "01-travel-targeted-email.json")
	b := scenario(t, "05-misdelivered-email.json")
	drill := scenario(t, "06-lost-usb-encrypted.json")
	drill.Drill = true
	now := time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC)
	text := "個人データの漏えい等報告書（速報）"
	a.Ledger = []incident.LedgerEntry{{ID: "JP/x", Jurisdiction: "JP", Obligation: "x",
		Decisions: []incident.DecisionRecord{{ID: "d1", Decision: incident.DecideNotReport, Reason: "=高度な暗号化", By: "佐藤", At: now}},
		Filings:   []incident.Filing{{ID: "f1", At: now, By: "鈴木", Reference: "PPC-123", SHA256: incident.HashText(text), Text: text}}}}
	a.Story.Summary = "標的型メールによりマルウェアに感染し、顧客データが外部に送信されたおそれ"
	a.Evidence = []incident.Evidence{{ID: "v1", Name: "a.log", Size: 1234, SHA256: incident.HashBytes(nil)}}
	return []*incident.Incident{b, drill, a}, now
}

func TestRows(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	incs, now := registerOf(t)
	rows := Rows(incs, rs, now, catalog.JA)
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2 (the drill left out)", len(rows))
	}
	for _, r := range rows {
		if r.ID == incs[1].ID {
			t.Error("the drill is in the register")
		}
	}
	if rows[0].Cells["aware"] > rows[1].Cells["aware"] {
		t.Errorf("not oldest first: %q then %q", rows[0].Cells["aware"], rows[1].Cells["aware"])
	}
	var a Row
	for _, r := range rows {
		if r.ID == incs[2].ID {
			a = r
		}
	}
	c := a.Cells
	for _, id := range []string{"id", "title", "aware", "facts", "cause", "data", "persons", "reportable", "decisions", "filings", "evidence", "updated"} {
		if c[id] == "" {
			t.Errorf("cell %s empty", id)
		}
	}
	if !strings.Contains(c["decisions"], "報告しない") || !strings.Contains(c["decisions"], "=高度な暗号化") || !strings.Contains(c["decisions"], "佐藤") {
		t.Errorf("decisions: %q", c["decisions"])
	}
	if !strings.Contains(c["filings"], "PPC-123") || !strings.Contains(c["filings"], incident.HashText("個人データの漏えい等報告書（速報）")) {
		t.Errorf("filings: %q", c["filings"])
	}
	if c["evidence"] != "1 件（1,234 バイト）" {
		t.Errorf("evidence: %q", c["evidence"])
	}
	if !strings.Contains(c["reportable"], "報告対象") {
		t.Errorf("reportable: %q", c["reportable"])
	}
	en := Rows(incs, rs, now, catalog.EN)
	for _, r := range en {
		if r.ID == a.ID && !strings.Contains(r.Cells["decisions"], "Do not report") {
			t.Errorf("English decisions: %q", r.Cells["decisions"])
		}
	}
}

func TestCSV(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	incs, now := registerOf(t)
	rows := Rows(incs, rs, now, catalog.JA)
	out := CSV(s, rows, catalog.JA)
	if !bytes.HasPrefix(out, []byte{0xef, 0xbb, 0xbf}) {
		t.Fatalf("no BOM: % x", out[:8])
	}
	if !bytes.Contains(out, []byte("\r\n")) {
		t.Error("lines not ended by CRLF")
	}
	recs, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(rows) {
		t.Fatalf("%d records, want %d", len(recs), 1+len(rows))
	}
	if recs[0][0] != "管理番号" || len(recs[0]) != len(s.Columns) {
		t.Errorf("header: %v", recs[0])
	}
	di := -1
	for i, c := range s.Columns {
		if c.ID == "decisions" {
			di = i
		}
	}
	found := false
	for _, r := range recs[1:] {
		for i, c := range s.Columns {
			if r[i] != disarm(rowByID(rows, r[0]).Cells[c.ID]) {
				t.Errorf("%s/%s: %q", r[0], c.ID, r[i])
			}
		}
		if strings.Contains(r[di], "報告しない") {
			found = true
		}
	}
	if !found {
		t.Error("the decision did not reach the CSV")
	}
	for _, c := range []struct{ in, want string }{{"=1+1", "'=1+1"}, {"+81", "'+81"}, {"-", "'-"}, {"@a", "'@a"}, {"漏えい", "漏えい"}, {"", ""}} {
		if got := disarm(c.in); got != c.want {
			t.Errorf("disarm(%q) = %q", c.in, got)
		}
	}
	if FileName("2026-06-01") != "breach-register-2026-06-01.csv" {
		t.Error("FileName")
	}
}

func rowByID(rows []Row, id string) Row {
	for _, r := range rows {
		if r.ID == id {
			return r
		}
	}
	return Row{}
}

func TestGroupAndWhen(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1200: "-1,200"} {
		if got := group(n); got != want {
			t.Errorf("group(%d) = %q", n, got)
		}
	}
	tokyo := time.FixedZone("JST", 9*3600)
	at := time.Date(2026, 3, 20, 1, 30, 0, 0, time.UTC)
	for p, want := range map[incident.Precision]string{incident.Exact: "2026-03-20 10:30", incident.Day: "2026-03-20", incident.Approx: "~2026-03-20", incident.Month: "2026-03", incident.Year: "2026"} {
		if got := when(at, p, tokyo); got != want {
			t.Errorf("when(%q) = %q, want %q", p, got, want)
		}
	}
}
