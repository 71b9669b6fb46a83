package desk_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// longLog gives the incident id events with long notes and rewrites each
// note times times: a change log far larger than the facts (each operation
// holds the note before and after).
func longLog(t *testing.T, p *person, id string, events, times int) {
	t.Helper()
	note := func(round, i int) string {
		return strings.Repeat(fmt.Sprintf("round %d, note %d. ", round, i), 90_000/10)[:90_000]
	}
	for round := range times + 1 {
		p.edit(t, id, func(inc *incident.Incident) {
			if round == 0 {
				for i := range events {
					inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("e%d", i), Kind: incident.EvOther, At: t0})
				}
			}
			for i := range inc.Events {
				inc.Events[i].Note = note(round, i)
			}
		})
	}
}

// exportThen exports the incident id (all when "") and returns the file and
// the result.
func (p *person) exportThen(t *testing.T, id string) ([]byte, desk.ExportResult) {
	t.Helper()
	var (
		file []byte
		r    desk.ExportResult
	)
	called := false
	p.ExportThen(id, "", func(_ string, b []byte) error { file = b; return nil }, func(res desk.ExportResult) { called, r = true, res })
	p.settle()
	if !called || r.Err != nil {
		t.Fatalf("export: called %v, %v", called, r.Err)
	}
	return file, r
}

// A change log larger than half of what a file holds still goes with the
// export when the file can hold it (the logs take the room the facts
// leave); one past that is left out, and both the result and the file say
// so; the file imports.
func TestExportLogsTakeTheRoomLeft(t *testing.T) {
	if testing.Short() {
		t.Skip("writes change logs of tens of megabytes")
	}
	a := newPerson(t, desk.NewMemStore(), nil, "Aoki", "CISO")
	id := a.Create("Long").ID
	longLog(t, a, id, 30, 4) // facts 2.7 MB, log about 27 MB
	small := a.Create("Short").ID
	a.edit(t, small, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })

	// The long one alone: its log does not fit, and is named.
	file, r := a.exportThen(t, id)
	if len(r.LogsLeftOut) != 1 || r.LogsLeftOut[0].ID != id || !r.LogsLeftOut[0].TooLarge || r.LogsLeftOut[0].Bytes <= incident.MaxFileBytes/2 {
		t.Fatalf("left out: %+v", r.LogsLeftOut)
	}
	e, err := incident.DecodeExport(file)
	if err != nil {
		t.Fatalf("the file does not import: %v", err)
	}
	if len(e.Logs) != 0 || !slices.Equal(e.LogsLeftOut, []string{id}) {
		t.Fatalf("the file holds %d logs and names %v as left out", len(e.Logs), e.LogsLeftOut)
	}
	// Imported elsewhere, its line says the history was left out.
	if res := newPerson(t, desk.NewMemStore(), nil, "Doi", "").importFile(t, file); res.Err != nil || len(res.Added) != 1 || !res.Added[0].LogLeftOut {
		t.Fatalf("import of the file without its log: %+v", res)
	}
	// All: the short log goes, the long one is named.
	file, r = a.exportThen(t, "")
	if e, err = incident.DecodeExport(file); err != nil {
		t.Fatal(err)
	}
	if len(r.LogsLeftOut) != 1 || e.Logs[small] == nil || !slices.Equal(e.LogsLeftOut, []string{id}) {
		t.Fatalf("export of all: left out %+v, file logs %d, names %v", r.LogsLeftOut, len(e.Logs), e.LogsLeftOut)
	}

	// A log of more than half a file (about 13 MB, facts 2.7 MB) goes with it.
	b := newPerson(t, desk.NewMemStore(), nil, "Baba", "")
	mid := b.Create("Middle").ID
	longLog(t, b, mid, 30, 2)
	file, r = b.exportThen(t, mid)
	if len(r.LogsLeftOut) != 0 {
		t.Fatalf("left out: %+v", r.LogsLeftOut)
	}
	if e, err = incident.DecodeExport(file); err != nil || len(e.Logs[mid]) <= incident.MaxFileBytes/2 || len(e.LogsLeftOut) != 0 {
		t.Fatalf("the file: %v; its log %d bytes, want more than %d", err, len(e.Logs[mid]), incident.MaxFileBytes/2)
	}
	// And the whole file imports in another browser, with its history.
	c := newPerson(t, desk.NewMemStore(), nil, "Chiba", "")
	if res := c.importFile(t, file); res.Err != nil || len(res.Added) != 1 || !c.Recorded(mid) || res.Added[0].LogLeftOut {
		t.Fatalf("import elsewhere: %+v", res)
	}
}
