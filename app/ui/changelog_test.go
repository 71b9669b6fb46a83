package ui

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/oplog"
)

// changeRow is a row of the change log's table as the browser reads it.
type changeRow struct {
	attrs   map[string]string
	cells   []string          // each cell's text
	buttons map[string]string // the history button's attributes, or nil
}

// readChangeTable parses the table's HTML (it is well-formed XML: every
// element closed, every attribute quoted) and fails on any element the
// table does not write itself.
func readChangeTable(t *testing.T, s string) (head []string, rows []changeRow) {
	t.Helper()
	known := map[string]bool{"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "code": true, "button": true}
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = true
	var row *changeRow
	var text *strings.Builder
	inHead := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the table is not well-formed: %v\n%s", err, s)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if !known[tk.Name.Local] {
				t.Fatalf("the table holds a <%s> it does not write:\n%s", tk.Name.Local, s)
			}
			attrs := map[string]string{}
			for _, a := range tk.Attr {
				attrs[a.Name.Local] = a.Value
			}
			switch tk.Name.Local {
			case "thead":
				inHead = true
			case "tbody":
				inHead = false
			case "tr":
				if !inHead {
					rows = append(rows, changeRow{attrs: attrs})
					row = &rows[len(rows)-1]
				}
			case "th", "td":
				text = &strings.Builder{}
			case "button":
				row.buttons = attrs
			}
		case xml.CharData:
			if text != nil {
				text.Write(tk)
			}
		case xml.EndElement:
			switch tk.Name.Local {
			case "th":
				head = append(head, text.String())
				text = nil
			case "td":
				row.cells = append(row.cells, text.String())
				text = nil
			}
		}
	}
	return head, rows
}

// The change log's table is one piece of HTML: every text a packet brings
// (an author, a role, a path, a value) comes out as that text, never as
// markup, and the rows are those go-app wrote before, newest first.
func TestChangeLogTableEscapes(t *testing.T) {
	l := catalog.Lang("en")
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	hostile := `<img src=x onerror="alert(1)">`
	value, err := oplog.Value(`</td><script>window.__xss=1</script>&amp;'`)
	if err != nil {
		t.Fatal(err)
	}
	path := `events[e"1'<b>].note`
	entries := []oplog.Entry{
		{At: at, Author: "Sato", Role: "DPO", Kind: oplog.Imported},
		{At: at.Add(time.Minute), Author: hostile, Role: `R&D "x"`, Path: path, From: nil, To: value},
		{At: at.Add(2 * time.Minute), Author: "", Path: "org.name"},
	}
	p := &ChangeLogPage{}
	head, rows := readChangeTable(t, p.table(l, entries))
	if len(head) != 5 || head[0] != catalog.T(l, "changes.col.at") {
		t.Errorf("head %q", head)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	// Newest first.
	r := rows[1]
	if r.attrs["data-author"] != hostile || r.attrs["data-path"] != path {
		t.Errorf("the edit's attributes %q", r.attrs)
	}
	want := []string{at.Add(time.Minute).Local().Format("2006-01-02 15:04:05"), hostile + ` (R&D "x")`,
		path + " " + catalog.T(l, "changes.history"), catalog.T(l, "share.conf.empty"), `</td><script>window.__xss=1</script>&amp;'`}
	if strings.Join(r.cells, "|") != strings.Join(want, "|") {
		t.Errorf("the edit's cells\n got %q\nwant %q", r.cells, want)
	}
	if r.buttons == nil || r.buttons["data-path"] != path || r.buttons["aria-label"] != catalog.T(l, "changes.history")+": "+path {
		t.Errorf("the edit's history button %q", r.buttons)
	}
	// The import: the whole incident, no button; an empty author leaves
	// the attribute out, as go-app's builders did.
	imp := rows[2]
	if imp.buttons != nil || imp.cells[2] != catalog.T(l, "changes.whole")+" " || imp.cells[4] != catalog.T(l, "changes.import") {
		t.Errorf("the import's row %q %q", imp.cells, imp.buttons)
	}
	if _, ok := imp.attrs["data-path"]; ok {
		t.Errorf("the import's row has a data-path %q", imp.attrs)
	}
	if _, ok := rows[0].attrs["data-author"]; ok {
		t.Errorf("a change without an author has a data-author %q", rows[0].attrs)
	}
	// The field filtered on has no history button (it is shown already).
	p.path = "org.name"
	_, rows = readChangeTable(t, p.table(l, entries))
	if rows[0].buttons != nil || rows[1].buttons == nil {
		t.Errorf("buttons with the filter on org.name: %q, %q", rows[0].buttons, rows[1].buttons)
	}
}
