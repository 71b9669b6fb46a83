package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase28 review (scenarios 122–124; testdata/golden/
// assess/REVIEW.md, F580–).

// F584 (122): the catalogue had no item for biometric templates (face or
// fingerprint features stored to recognise a person at a gym's gate); the
// user put the fingerprint templates under "other", which left Rules Art.
// 7(1)–(2), the My Number Act and the card steps "cannot tell", and the
// facial image's note said to enter a face template as "other". A template
// is an individual identification code (Enforcement Order Art. 1(1)(b)–(g)),
// not special-care data: catalogued, it makes nothing reportable by itself.
func TestBiometricTemplatesAreCatalogued(t *testing.T) {
	inc := base(500)
	inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "biometric"}}
	j := jur(t, eval(t, inc, at(2026, 9, 2, 10, 0)), "JP")
	for _, id := range []string{"jp.r7.1", "jp.r7.2"} {
		if v := trigger(j, id); v != No {
			t.Errorf("%s for biometric templates = %q, want no", id, v)
		}
	}
	for _, n := range j.Needs {
		if n.Fact == "category" {
			t.Errorf("needs %v for catalogued items", j.Needs)
		}
	}
	rs := mustRules(t)
	c := rs.Category("biometric")
	if c == nil {
		t.Fatal("no category biometric")
	}
	if c.Has("sensitive") || c.Has("financial") || c.Has("card") || !strings.Contains(c.ReliedOn.JA, "個人識別符号") {
		t.Errorf("category biometric: flags %v, relied on %q", c.Flags, c.ReliedOn.JA)
	}
	if f := rs.Category("face_image"); f == nil || strings.Contains(f.ReliedOn.JA, "「その他」で入れる") {
		t.Errorf("face_image still says to enter a face template as other")
	}
}
