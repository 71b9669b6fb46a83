package rules

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	json "github.com/goccy/go-json"

	"breachdesk/checklists"
)

// checklistFS copies the embedded checklists into a map the tests can break.
func checklistFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	names, _ := fs.Glob(checklists.FS, "*.json")
	for _, n := range names {
		b, err := fs.ReadFile(checklists.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	return m
}

// editJP decodes jp.json, lets f change it, and writes it back.
func editJP(t *testing.T, m fstest.MapFS, f func(j map[string]any)) {
	t.Helper()
	var j map[string]any
	if err := json.Unmarshal(m["jp.json"].Data, &j); err != nil {
		t.Fatal(err)
	}
	f(j)
	b, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	m["jp.json"] = &fstest.MapFile{Data: b}
}

func validTrigger() map[string]any {
	return map[string]any{
		"id": "jp.test", "when": "persons > 5",
		"text":           map[string]any{"ja": "テスト", "en": "test"},
		"citation":       map[string]any{"ja": "テスト条", "en": "Test Art."},
		"effective_from": "2022-04-01", "effective_until": "open",
	}
}

func TestValidationRejects(t *testing.T) {
	cases := []struct {
		name string
		edit func(r map[string]any)
		want string
	}{
		{"no citation", func(r map[string]any) { delete(r, "citation") }, "citation needs ja and en"},
		{"citation without en", func(r map[string]any) { r["citation"] = map[string]any{"ja": "条"} }, "citation needs ja and en"},
		{"no effective_from", func(r map[string]any) { delete(r, "effective_from") }, "effective_from"},
		{"no effective_until", func(r map[string]any) { delete(r, "effective_until") }, "effective_until"},
		{"until before from", func(r map[string]any) { r["effective_until"] = "2020-01-01" }, "before effective_from"},
		{"unknown fact", func(r map[string]any) { r["when"] = "planets > 3" }, `unknown fact "planets"`},
		{"unknown category", func(r map[string]any) { r["when"] = "category(unicorn)" }, `unknown category "unicorn"`},
		{"unknown flag", func(r map[string]any) { r["when"] = "category.magic" }, `unknown category flag "magic"`},
		{"unknown event kind", func(r map[string]any) { r["when"] = "event(hacked)" }, `unknown event kind "hacked"`},
		{"a day that is not one", func(r map[string]any) { r["when"] = "known_before(2023-4-1)" }, `"2023-4-1" is not a day (2006-01-02)`},
		{"a day without its argument", func(r map[string]any) { r["when"] = "known_before" }, `fact known_before takes an argument (date)`},
		{"bad enum value", func(r map[string]any) { r["when"] = "cause == aliens" }, `"aliens" is not one of`},
		{"bad tri value", func(r map[string]any) { r["when"] = "unlawful_purpose == maybe" }, `"maybe" is not one of`},
		{"number without comparison", func(r map[string]any) { r["when"] = "persons" }, "a number needs a comparison"},
		{"not an integer", func(r map[string]any) { r["when"] = "persons > many" }, "is not an integer"},
		{"unknown place", func(r map[string]any) { r["when"] = "residents(Atlantis) > 0" }, "unknown place"},
		{"derived fact in a trigger", func(r map[string]any) { r["when"] = "reportable" }, "may only be used in an obligation"},
		{"unparsable", func(r map[string]any) { r["when"] = "persons >" }, "bad value"},
		{"two ops in object", func(r map[string]any) { r["when"] = map[string]any{"all": []any{"always"}, "any": []any{"always"}} }, "exactly one of all, any, not"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			editJP(t, m, func(j map[string]any) {
				r := validTrigger()
				c.edit(r)
				j["triggers"] = append(j["triggers"].([]any), r)
			})
			_, err := Load(m)
			if err == nil {
				t.Fatal("Load accepted a broken rule")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error does not say %q:\n%v", c.want, err)
			}
		})
	}
}

func TestValidationRejectsObligations(t *testing.T) {
	cases := []struct {
		name string
		edit func(o map[string]any)
		want string
	}{
		{"unknown start event", func(o map[string]any) { o["deadline"].(map[string]any)["start"] = "breakfast" }, `start: unknown event kind "breakfast"`},
		{"unknown done_by", func(o map[string]any) { o["done_by"] = []any{"lunch"} }, `done_by: unknown event kind "lunch"`},
		{"unknown done_by_source", func(o map[string]any) { o["done_by_source"] = []any{"neighbour"} }, `done_by_source: unknown source "neighbour"`},
		{"no citation", func(o map[string]any) { delete(o, "citation") }, "citation needs ja and en"},
		{"no dates", func(o map[string]any) { delete(o, "effective_from") }, "effective_from"},
		{"unknown trigger", func(o map[string]any) { o["when"] = "triggered(jp.nope)" }, `unknown trigger "jp.nope"`},
		{"unknown exemption", func(o map[string]any) { o["exempt"].(map[string]any)["by"] = "jp.nope" }, `exempt.by: unknown obligation`},
		{"bad unit", func(o map[string]any) { o["deadline"].(map[string]any)["unit"] = "fortnights" }, `unknown unit "fortnights"`},
		{"target without unit", func(o map[string]any) { o["deadline"].(map[string]any)["unit"] = "none" }, "needs a unit"},
		// "Immediately" has no number: neither a limit to count to nor a length.
		{"target immediately", func(o map[string]any) { o["deadline"].(map[string]any)["unit"] = "immediately" }, "a target limit needs a unit"},
		{"immediately with a length", func(o map[string]any) {
			d := o["deadline"].(map[string]any)
			d["unit"], d["limit"] = "immediately", "none"
			delete(d, "from")
		}, "length must be set exactly"},
		{"limit none with days", func(o map[string]any) { o["deadline"].(map[string]any)["limit"] = "none" }, "limit none goes with unit none or immediately"},
		// The deed a deadline closes (F1420): an event kind, on a counted deadline.
		{"unknown after event", func(o map[string]any) { o["deadline"].(map[string]any)["after"] = "dinner" }, "after: an event kind"},
		// A fact of the order a duty is owed to, and the order's provision
		// in a citation, only in a duty owed to each order (F743).
		{"order's fact in a duty not per order", func(o map[string]any) { o["when"] = "order.basis == sector" }, "order.basis is read of each order"},
		{"order's provision in a duty not per order", func(o map[string]any) { o["citation"] = map[string]any{"ja": "{order_law}", "en": "{order_law}"} }, "names the order's provision"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			editJP(t, m, func(j map[string]any) {
				var o map[string]any
				for _, x := range j["obligations"].([]any) {
					if x.(map[string]any)["id"] == "jp.report.prelim" {
						o = x.(map[string]any)
					}
				}
				c.edit(o)
			})
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error saying %q, got:\n%v", c.want, err)
			}
		})
	}
}

func TestValidationRejectsOverlappingVersions(t *testing.T) {
	m := checklistFS(t)
	editJP(t, m, func(j map[string]any) {
		a, b := validTrigger(), validTrigger()
		b["effective_from"] = "2023-01-01"
		j["triggers"] = append(j["triggers"].([]any), a, b)
	})
	if _, err := Load(m); err == nil || !strings.Contains(err.Error(), "two versions in force at the same time") {
		t.Fatalf("overlapping versions accepted: %v", err)
	}
}

func TestValidationRejectsUnknownJSONField(t *testing.T) {
	m := checklistFS(t)
	editJP(t, m, func(j map[string]any) { j["deadlines"] = "typo" })
	if _, err := Load(m); err == nil || !strings.Contains(err.Error(), "jp.json") {
		t.Fatalf("unknown field accepted: %v", err)
	}
}

// TestEveryRuleIsSourced walks the loaded set: the validation above is what
// guarantees it, this says it plainly for a reviewer.
func TestEveryRuleIsSourced(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(where string, c Citation, e Effective) {
		if c.JA == "" || c.EN == "" || e.From == "" || e.Until == "" {
			t.Errorf("%s: citation or effective dates missing", where)
		}
	}
	n := 0
	for _, j := range s.Jurisdictions {
		for _, group := range [][]Rule{j.Applies, j.Triggers, j.Exclusions} {
			for _, r := range group {
				check(j.ID+" "+r.ID, r.Citation, r.Effective)
				n++
			}
		}
		for _, o := range j.Obligations {
			check(j.ID+" "+o.ID, o.Citation, o.Effective)
			n++
		}
	}
	for _, st := range s.Playbook.Steps {
		check(st.ID, st.Citation, st.Effective)
		n++
	}
	if n < 40 {
		t.Fatalf("only %d rules: is a file missing?", n)
	}
}

// A category's masked rule (F98) must drop flags the category carries and
// say why.
func TestValidationRejectsMasked(t *testing.T) {
	for _, c := range []struct {
		name   string
		masked map[string]any
		want   string
	}{
		{"a flag it does not carry", map[string]any{"drops": []any{"sensitive"}, "source": map[string]any{"ja": "出典", "en": "source"}}, `masked drops "sensitive"`},
		{"no source", map[string]any{"drops": []any{"card"}}, "masked needs the flags it drops and a source"},
		{"nothing dropped", map[string]any{"drops": []any{}, "source": map[string]any{"ja": "出典", "en": "source"}}, "masked needs the flags it drops and a source"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			var f map[string]any
			if err := json.Unmarshal(m["categories.json"].Data, &f); err != nil {
				t.Fatal(err)
			}
			for _, x := range f["categories"].([]any) {
				if cat := x.(map[string]any); cat["id"] == "card_number" {
					cat["masked"] = c.masked
				}
			}
			b, _ := json.Marshal(f)
			m["categories.json"] = &fstest.MapFile{Data: b}
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error saying %q, got %v", c.want, err)
			}
		})
	}
}

// TestValidationRejectsAlso: a step's conditional addition needs a valid
// condition and its text in both languages.
func TestValidationRejectsAlso(t *testing.T) {
	for _, c := range []struct {
		name string
		also map[string]any
		want string
	}{
		{"unknown fact", map[string]any{"when": "planets > 3", "do": map[string]any{"ja": "文", "en": "text"}}, `unknown fact "planets"`},
		{"no english", map[string]any{"when": "cause_at == processor", "do": map[string]any{"ja": "文"}}, "also[0]: needs do in ja and en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			var f map[string]any
			if err := json.Unmarshal(m["playbook.json"].Data, &f); err != nil {
				t.Fatal(err)
			}
			st := f["steps"].([]any)[0].(map[string]any)
			st["also"] = []any{c.also}
			b, _ := json.Marshal(f)
			m["playbook.json"] = &fstest.MapFile{Data: b}
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error saying %q, got %v", c.want, err)
			}
		})
	}
}

// TestValidationRejectsToAlso: a finding's other ending events must be
// known kinds other than its own, and only on a measure against practice.
func TestValidationRejectsToAlso(t *testing.T) {
	for _, c := range []struct {
		name   string
		finder func(f map[string]any) bool
		also   []any
		want   string
	}{
		{"unknown kind", func(f map[string]any) bool { return f["id"] == "tl.contain" }, []any{"teleported"}, `to_also: "teleported" is not another known event kind`},
		{"its own kind", func(f map[string]any) bool { return f["id"] == "tl.contain" }, []any{"contained"}, `to_also: "contained" is not another known event kind`},
		{"a duty's measure", func(f map[string]any) bool { return f["basis"] == "law" }, []any{"retrieved"}, "to_also: a finding measured against a duty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := checklistFS(t)
			var pb map[string]any
			if err := json.Unmarshal(m["playbook.json"].Data, &pb); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, x := range pb["findings"].([]any) {
				if f := x.(map[string]any); !found && c.finder(f) {
					f["to_also"], found = c.also, true
				}
			}
			if !found {
				t.Fatal("no such finding")
			}
			b, _ := json.Marshal(pb)
			m["playbook.json"] = &fstest.MapFile{Data: b}
			_, err := Load(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("want an error saying %q, got %v", c.want, err)
			}
		})
	}
}

// TestValidationRejectsUnknownDuty: a step's duty names an obligation.
func TestValidationRejectsUnknownDuty(t *testing.T) {
	m := checklistFS(t)
	var f map[string]any
	if err := json.Unmarshal(m["playbook.json"].Data, &f); err != nil {
		t.Fatal(err)
	}
	f["steps"].([]any)[0].(map[string]any)["duty"] = "jp.nope"
	b, _ := json.Marshal(f)
	m["playbook.json"] = &fstest.MapFile{Data: b}
	if _, err := Load(m); err == nil || !strings.Contains(err.Error(), `duty: unknown obligation "jp.nope"`) {
		t.Fatalf("want an error naming the duty, got %v", err)
	}
}

// A step's replaces names other steps of the playbook (F1342).
func TestValidationRejectsReplacesOfNoStep(t *testing.T) {
	for _, c := range []struct{ replaces, want string }{
		{"pb.nope", `replaces: unknown step "pb.nope"`},
		{"pb.retention", `replaces: unknown step "pb.retention"`}, // itself
	} {
		m := checklistFS(t)
		var pb map[string]any
		if err := json.Unmarshal(m["playbook.json"].Data, &pb); err != nil {
			t.Fatal(err)
		}
		for _, s := range pb["steps"].([]any) {
			if st := s.(map[string]any); st["id"] == "pb.retention" {
				st["replaces"] = []any{c.replaces}
			}
		}
		b, err := json.Marshal(pb)
		if err != nil {
			t.Fatal(err)
		}
		m["playbook.json"] = &fstest.MapFile{Data: b}
		if _, err := Load(m); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("replaces %q: want %q, got %v", c.replaces, c.want, err)
		}
	}
}
