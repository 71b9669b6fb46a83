package drill

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"breachdesk/checklists/drills"
)

// TestDrillTextsHaveNoInternalNotes: what a drill shows (its description,
// briefing, news) carries no reference to the project's notes ("§3.1",
// "legal.md") and no stray punctuation left where one was cut out: the
// card-skimming drill's description once ended "…架空の事案。、§3.1".
func TestDrillTextsHaveNoInternalNotes(t *testing.T) {
	names, err := fs.Glob(drills.FS, "*.json")
	if err != nil || len(names) == 0 {
		t.Fatalf("no drills: %v", err)
	}
	bad := []string{"§", "legal.md", "stack.md", "DESIGN.md", "。、", "、。", "、、", "。。"}
	for _, name := range names {
		b, err := fs.ReadFile(drills.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		walkStrings(v, "", func(path, s string) {
			for _, w := range bad {
				if strings.Contains(s, w) {
					t.Errorf("%s %s: %q in %q", name, path, w, s)
				}
			}
			if strings.HasSuffix(s, "、") {
				t.Errorf("%s %s: ends in 、: %q", name, path, s)
			}
		})
	}
}

// walkStrings calls f with every string in v and where it is.
func walkStrings(v any, path string, f func(path, s string)) {
	switch x := v.(type) {
	case string:
		f(path, x)
	case map[string]any:
		for k, e := range x {
			walkStrings(e, path+"."+k, f)
		}
	case []any:
		for _, e := range x {
			walkStrings(e, path+"[]", f)
		}
	}
}
