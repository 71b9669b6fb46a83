package rules

import (
	"strings"
	"testing"
	"testing/fstest"

	json "github.com/goccy/go-json"
)

// editJSON decodes the named file, lets f change it, and writes it back.
func editJSON(t *testing.T, m fstest.MapFS, name string, f func(j map[string]any)) {
	t.Helper()
	var j map[string]any
	if err := json.Unmarshal(m[name].Data, &j); err != nil {
		t.Fatal(err)
	}
	f(j)
	b, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	m[name] = &fstest.MapFile{Data: b}
}

func TestPendingLoads(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]PendingChange{}
	for _, c := range s.Pending {
		ids[c.ID] = c
	}
	for _, id := range []string{"eu.digital-omnibus", "jp.appi-2026"} {
		c, ok := ids[id]
		if !ok {
			t.Errorf("pending change %s is missing", id)
			continue
		}
		if c.Source.URL == "" || c.Checked == "" || c.Summary.JA == "" || c.Summary.EN == "" {
			t.Errorf("%s: needs a source URL, a check date and a summary in both languages", id)
		}
	}
	if c := ids["eu.digital-omnibus"]; c.Status != PendingProposal {
		t.Errorf("the Digital Omnibus is a proposal, got %q", c.Status)
	}
}

func TestPendingRejects(t *testing.T) {
	cases := []struct {
		name string
		edit func(c map[string]any)
		want string
	}{
		{"an effective date", func(c map[string]any) { c["effective_from"] = "2027-01-01" }, "a pending change has no effective date"},
		{"an end date", func(c map[string]any) { c["effective_until"] = "open" }, "a pending change has no effective date"},
		{"no source", func(c map[string]any) { delete(c, "source") }, "needs a source"},
		{"a source without url", func(c map[string]any) { c["source"] = map[string]any{"ja": "出典", "en": "source"} }, "needs a source"},
		{"no check date", func(c map[string]any) { delete(c, "checked") }, "checked: missing date"},
		{"unknown status", func(c map[string]any) { c["status"] = "rumoured" }, "status must be"},
		{"unknown jurisdiction", func(c map[string]any) { c["jurisdiction"] = "Atlantis" }, "neither a jurisdiction id nor an ISO country code"},
		{"no summary", func(c map[string]any) { delete(c, "summary") }, "needs title, summary and status_text"},
		{"affects an unknown rule", func(c map[string]any) { c["affects"] = []any{"eu.nope"} }, `affects: "eu.nope" is not a rule or obligation of EU`},
		{"unknown field", func(c map[string]any) { c["in_force"] = true }, "pending.json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			editJSON(t, m, "pending.json", func(j map[string]any) {
				c.edit(j["changes"].([]any)[0].(map[string]any)) // eu.digital-omnibus
			})
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error saying %q, got:\n%v", c.want, err)
			}
		})
	}
}

// The pending file is optional: without it nothing is pending, and a file
// named in the index must exist.
func TestPendingIsOptional(t *testing.T) {
	m := checklistFS(t)
	delete(m, "pending.json")
	editIndex(t, m, func(ix map[string]any) { delete(ix, "pending") })
	s, err := Load(m)
	if err != nil || len(s.Pending) != 0 {
		t.Fatalf("no pending file: err %v, %d pending", err, len(s.Pending))
	}
	editIndex(t, m, func(ix map[string]any) { ix["pending"] = "pending.json" })
	if _, err := Load(m); err == nil || !strings.Contains(err.Error(), "pending.json (pending)") {
		t.Fatalf("a listed pending file that is missing: %v", err)
	}
}

func TestVersionsAndOrderRejects(t *testing.T) {
	cases := []struct {
		name string
		file string
		edit func(j map[string]any)
		want string
	}{
		{"versions out of order", "us-ca.json", func(j map[string]any) {
			v := j["versions"].([]any)
			v[0], v[1] = v[1], v[0]
		}, "versions must be in order"},
		{"two versions on one date", "us-ca.json", func(j map[string]any) {
			v := j["versions"].([]any)
			v[1].(map[string]any)["since"] = v[0].(map[string]any)["since"]
		}, "versions must be in order"},
		{"a version without a source", "us-ca.json", func(j map[string]any) {
			delete(j["versions"].([]any)[0].(map[string]any), "source")
		}, "needs name and source"},
		{"a version without a date", "us-ca.json", func(j map[string]any) {
			delete(j["versions"].([]any)[0].(map[string]any), "since")
		}, "since: missing date"},
		{"not_before an unknown obligation", "sg.json", func(j map[string]any) {
			notBefore(j)["by"] = "sg.nope"
		}, `not_before.by: "sg.nope" is not another obligation`},
		{"not_before itself", "sg.json", func(j map[string]any) {
			notBefore(j)["by"] = "sg.notify.persons"
		}, `not_before.by: "sg.notify.persons" is not another obligation`},
		{"not_before without text", "sg.json", func(j map[string]any) {
			delete(notBefore(j), "text")
		}, "not_before.text needs ja and en"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			editJSON(t, m, c.file, c.edit)
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error saying %q, got:\n%v", c.want, err)
			}
		})
	}
}

// notBefore is the not_before object of Singapore's notice to persons.
func notBefore(j map[string]any) map[string]any {
	for _, o := range j["obligations"].([]any) {
		if o := o.(map[string]any); o["id"] == "sg.notify.persons" {
			return o["not_before"].(map[string]any)
		}
	}
	return nil
}

func TestVersionOn(t *testing.T) {
	j := &Jurisdiction{Versions: []LawVersion{{Since: "2020-01-01"}, {Since: "2026-01-01"}}}
	for d, want := range map[Date]Date{"2019-12-31": "", "2020-01-01": "2020-01-01", "2025-12-31": "2020-01-01", "2026-01-01": "2026-01-01"} {
		got := Date("")
		if v := j.VersionOn(d); v != nil {
			got = v.Since
		}
		if got != want {
			t.Errorf("VersionOn(%s) = %q, want %q", d, got, want)
		}
	}
	if (&Jurisdiction{}).VersionOn("2026-01-01") != nil {
		t.Error("no versions named: nil")
	}
}
