package assess

import (
	"path/filepath"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// TestEnglishSentencesStartUpperCase: every text of the assessment shown as
// a sentence starts with a capital in English, for every scenario on its
// last day and three hours after it was created (open findings read
// differently). The timeline's delay findings started with their label in
// lower case ("detection to containment: 6 d 4 h, …").
func TestEnglishSentencesStartUpperCase(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(scenarioDir, "*.json"))
	if len(files) == 0 {
		t.Fatal("no scenarios")
	}
	rs := mustRules(t)
	for _, f := range files {
		inc := loadScenario(t, f)
		for _, when := range []time.Time{inc.UpdatedAt, inc.CreatedAt.Add(3 * time.Hour)} {
			a := Evaluate(inc, rs, when)
			check := func(what, s string) {
				if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
					t.Errorf("%s at %v: %s starts in lower case: %q", filepath.Base(f), when, what, s)
				}
			}
			for _, x := range a.Findings {
				check("finding", x.Explanation.EN)
			}
			for _, s := range a.Steps {
				check("step "+s.ID, s.Explanation.EN)
			}
			for _, j := range a.Jurisdictions {
				for _, o := range j.Obligations {
					check("obligation "+o.ID, o.Explanation.EN)
				}
			}
		}
	}
}
