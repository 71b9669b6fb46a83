package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

func TestPlanImportNeverReplaces(t *testing.T) {
	incs := []*incident.Incident{{ID: "here", Title: "A"}, {ID: "new", Title: "B"}, {ID: "new", Title: "C"}, {ID: "", Title: "D"}}
	taken := func(id string) bool { return id == "here" }
	n := 0
	fresh := func() string {
		n++
		if n == 1 {
			return "here" // taken: must be skipped
		}
		return "fresh" + string(rune('0'+n))
	}
	got := planImport(incs, taken, fresh)
	ids := map[string]bool{}
	for i, a := range got {
		if ids[a.ID] || taken(a.ID) || a.ID == "" {
			t.Errorf("%d: id %q reused", i, a.ID)
		}
		ids[a.ID] = true
		if incs[i].ID != a.ID {
			t.Errorf("%d: incident id %q, plan %q", i, incs[i].ID, a.ID)
		}
	}
	if got[0].OldID != "here" || got[1].OldID != "" || got[2].OldID != "new" || got[3].OldID != "" || got[3].ID == "" {
		t.Errorf("plan = %+v", got)
	}
}

func TestReadImportRefusesWithPaths(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	good := incident.New("abc", now)
	good.Title = "Good"
	valid, err := incident.EncodeExport([]*incident.Incident{good}, now)
	if err != nil {
		t.Fatal(err)
	}
	if incs, errs, _ := ReadImport(valid); len(errs) > 0 || len(incs) != 1 || incs[0].Title != "Good" {
		t.Fatalf("valid export: %v %v", incs, errs)
	}
	for _, c := range []struct {
		name, data, want string
	}{
		{"not JSON", "hello", "not an incident file"},
		{"empty", "", "empty"},
		{"truncated", string(valid[:len(valid)/2]), "truncated"},
		{"future schema", strings.Replace(string(valid), fmt.Sprintf(`"schema": %d`, incident.SchemaVersion), `"schema": 99`, 1), "schema"},
		{"wrong type", strings.Replace(string(valid), `"title": "Good"`, `"title": 12`, 1), "incidents[0].title"},
		{"NUL in title", strings.Replace(string(valid), `"title": "Good"`, `"title": "a\u0000b"`, 1), "incidents[0].title"},
		{"RTL override in title", strings.Replace(string(valid), `"title": "Good"`, `"title": "a\u202Eb"`, 1), "incidents[0].title"},
	} {
		incs, errs, _ := ReadImport([]byte(c.data))
		if incs != nil || len(errs) == 0 {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if txt := errs[0].Text("en"); !strings.Contains(txt, c.want) {
			t.Errorf("%s: %q does not say %q", c.name, txt, c.want)
		}
	}
}

func TestNotBackedUp(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	a := &incident.Incident{ID: "a", UpdatedAt: t0.Add(time.Hour)}
	b := &incident.Incident{ID: "b", UpdatedAt: t0.Add(3 * time.Hour)}
	m := Backups{All: t0.Add(2 * time.Hour)}
	if a.UpdatedAt.After(m.Last("a")) || !b.UpdatedAt.After(m.Last("b")) {
		t.Errorf("last: %v %v", m.Last("a"), m.Last("b"))
	}
	m.IDs = map[string]time.Time{"b": t0.Add(4 * time.Hour)}
	if b.UpdatedAt.After(m.Last("b")) {
		t.Errorf("after exporting b alone: %v", m.Last("b"))
	}
	if got := m.LastAny(); !got.Equal(t0.Add(4 * time.Hour)) {
		t.Errorf("LastAny = %v", got)
	}
	if m := decodeBackups([]byte("garbage")); !m.All.IsZero() {
		t.Errorf("garbage meta = %+v", m)
	}
}

func TestExportName(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 5, 0, 0, time.UTC)
	if got := ExportName(nil, false, now); got != "breachdesk-backup-20260301-0905.json" {
		t.Error(got)
	}
	if got := ExportName(&incident.Incident{ID: "../x<y>"}, true, now); got != "breachdesk-xy-20260301-0905.sealed.json" {
		t.Error(got)
	}
}
