package oplog

import (
	"encoding/csv"
	"strings"
	"testing"

	json "github.com/goccy/go-json"
)

// TestHistory: a field's history holds the import's value, the edits of
// the field and of the element around it (an added element, projected on
// the field); the change log filters by person and path.
func TestHistory(t *testing.T) {
	tm := newTeam(t)
	h := tm.full.History("org.name")
	var got []string
	for _, e := range h {
		got = append(got, e.Author+":"+Display(e.From)+"→"+Display(e.To))
	}
	// The import wrote "" at org.name: the history starts with it.
	if s := strings.Join(got, " "); s != "Alice:→ Bob:→B1 Bob:B1→B2 Bob:B2→B3" {
		t.Errorf("history of org.name: %s", s)
	}
	h = tm.full.History("events[ebB2].kind")
	if len(h) != 1 || h[0].Path != "events[ebB2].kind" || string(h[0].To) != `"other"` || h[0].From != nil {
		t.Errorf("history of an added element's field: %+v", h)
	}
	if n := len(tm.full.Changes(Filter{Author: "Alice"})); n != 3 {
		t.Errorf("Alice's changes: %d", n)
	}
	if n := len(tm.full.Changes(Filter{Author: "Bob", Path: "events"})); n != 3 {
		t.Errorf("Bob's changes of events: %d", n)
	}
	if n := len(tm.full.Changes(Filter{})); n != tm.full.Len() {
		t.Errorf("all changes: %d of %d", n, tm.full.Len())
	}
}

// TestExports: the CSV opens in a spreadsheet (BOM, header, a row per
// change, no formula), the JSON reads back.
func TestExports(t *testing.T) {
	tm := newTeam(t)
	es := tm.full.Changes(Filter{Author: "Bob"})
	es[0].To = []byte(`"=HYPERLINK(\"http://x\")"`)
	b := CSV(es)
	if !strings.HasPrefix(string(b), "\uFEFFtime,author,role,device,kind,path,from,to,seq,hash\r\n") {
		t.Fatalf("CSV starts %q", b[:60])
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 || rows[1][1] != "Bob" || rows[1][2] != "CISO" || rows[1][7] != `'=HYPERLINK("http://x")` || rows[2][5] != "org.name" || rows[2][7] != "B1" {
		t.Fatalf("CSV rows %q", rows)
	}
	var back []struct {
		Author string          `json:"author"`
		Path   string          `json:"path"`
		From   json.RawMessage `json:"from"`
		To     json.RawMessage `json:"to"`
		Seq    int             `json:"seq"`
		Kind   string          `json:"kind"`
	}
	if err := json.Unmarshal(JSON(tm.full.Changes(Filter{})), &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != tm.full.Len() || back[0].Kind != "import" || back[2].Path != "org.name" || string(back[2].To) != `"B1"` || string(back[2].From) != `""` {
		t.Fatalf("JSON %+v", back)
	}
}
