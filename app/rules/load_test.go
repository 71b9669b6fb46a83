package rules

import (
	"strings"
	"testing"
	"testing/fstest"

	json "github.com/goccy/go-json"
)

func TestDefaultLoads(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatalf("the embedded checklists do not validate:\n%v", err)
	}
	if s.Jurisdiction("JP") == nil {
		t.Fatal("no JP jurisdiction")
	}
}

// Every JSON file at the top of checklists/ is listed in index.json: a data
// file added without a role fails here, in the tests, not in the app.
func TestEveryFileIsListed(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Unlisted) > 0 {
		t.Errorf("checklists/%s does not list %v: add each with its role (jurisdictions, calendars, ... or other)", IndexFile, s.Unlisted)
	}
	if len(s.Jurisdictions) != 15 {
		t.Errorf("%d jurisdictions loaded, want 15", len(s.Jurisdictions))
	}
}

// A new data file at the top level that is not a jurisdiction does not break
// loading and is not taken for a jurisdiction; listed as other, it is simply
// not read by the rules.
func TestLoadIsExplicit(t *testing.T) {
	m := checklistFS(t)
	m["sectors.json"] = &fstest.MapFile{Data: []byte(`{"about": "a future data file", "sectors": [{"id": "travel"}]}`)}
	m["zz.json"] = &fstest.MapFile{Data: []byte(`{"id": "ZZ", "order": 99}`)} // would pass for a (broken) jurisdiction
	s, err := Load(m)
	if err != nil {
		t.Fatalf("an unlisted data file broke loading: %v", err)
	}
	if s.Jurisdiction("ZZ") != nil || len(s.Jurisdictions) != 15 {
		t.Errorf("an unlisted file was loaded as a jurisdiction: %d jurisdictions", len(s.Jurisdictions))
	}
	if strings.Join(s.Unlisted, ",") != "sectors.json,zz.json" {
		t.Errorf("Unlisted = %v", s.Unlisted)
	}

	editIndex(t, m, func(ix map[string]any) { ix["other"] = append(ix["other"].([]any), "sectors.json", "zz.json") })
	if s, err = Load(m); err != nil || len(s.Unlisted) != 0 {
		t.Errorf("listed as other: err %v, unlisted %v", err, s.Unlisted)
	}
}

func TestLoadIndexRejects(t *testing.T) {
	cases := []struct {
		name string
		edit func(ix map[string]any)
		want string
	}{
		{"missing jurisdiction file", func(ix map[string]any) {
			ix["jurisdictions"] = append(ix["jurisdictions"].([]any), "xx.json")
		}, "xx.json (jurisdictions): open xx.json"},
		{"listed twice", func(ix map[string]any) {
			ix["jurisdictions"] = append(ix["jurisdictions"].([]any), "jp.json")
		}, `jurisdictions: "jp.json" is listed twice`},
		{"a role given the wrong file", func(ix map[string]any) { ix["facts"] = "playbook.json" }, `is listed twice`},
		{"no playbook", func(ix map[string]any) { delete(ix, "playbook") }, `playbook: "" is not a JSON file name`},
		{"a path", func(ix map[string]any) { ix["calendars"] = []any{"templates/documents.json"} }, "is not a JSON file name at this level"},
		{"no jurisdictions", func(ix map[string]any) { ix["jurisdictions"] = []any{} }, "no jurisdictions listed"},
		{"unknown field", func(ix map[string]any) { ix["jurisdiction"] = []any{"jp.json"} }, "index.json:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			editIndex(t, m, c.edit)
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
	m := checklistFS(t)
	delete(m, IndexFile)
	if _, err := Load(m); err == nil || !strings.Contains(err.Error(), IndexFile) {
		t.Errorf("no index: %v", err)
	}
}

func editIndex(t *testing.T, m fstest.MapFS, f func(ix map[string]any)) {
	t.Helper()
	var ix map[string]any
	if err := json.Unmarshal(m[IndexFile].Data, &ix); err != nil {
		t.Fatal(err)
	}
	f(ix)
	b, err := json.Marshal(ix)
	if err != nil {
		t.Fatal(err)
	}
	m[IndexFile] = &fstest.MapFile{Data: b}
}
