package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase16 review (scenarios 86–87; testdata/golden/assess/
// REVIEW.md, F330–).

// F333 (86, 87): the catalogue had no item for camera footage or photos of
// faces, nor for genome data. Typed as "other" and left unclassified, the
// customers' faces on a barber chain's cameras left Rules Art. 7(1)–(2), the
// My Number Act and the card steps "cannot tell". Neither is special-care
// data (Enforcement Order Art. 2); certain DNA sequences and facial feature
// data are individual identification codes (Order Art. 1(1)), which make
// nothing reportable by themselves.
func TestFaceImagesAndGenomeDataAreCatalogued(t *testing.T) {
	inc := base(500)
	inc.DataSets[0].Categories = []incident.Category{{ID: "face_image"}, {ID: "genome_data"}}
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP")
	for _, id := range []string{"jp.r7.1", "jp.r7.2"} {
		if v := trigger(j, id); v != No {
			t.Errorf("%s for face images and genome data = %q, want no", id, v)
		}
	}
	for _, n := range j.Needs {
		if n.Fact == "category" {
			t.Errorf("needs %v for catalogued items", j.Needs)
		}
	}
	rs := mustRules(t)
	for _, id := range []string{"face_image", "genome_data"} {
		c := rs.Category(id)
		if c == nil {
			t.Fatalf("no category %q", id)
		}
		if c.Has("sensitive") || c.Has("financial") || c.Has("card") {
			t.Errorf("category %q flags %v", id, c.Flags)
		}
	}
}

// F335 (86): the customers seen on camera cannot be counted; the dashboard
// asked for 「本人の数（件数ではなく人数）」 as if only a count would do. The
// reportable situations include those that may have occurred (Rules Art. 7:
// 「発生したおそれがある事態を含む」): an estimate decides whether more than
// 1,000 may be affected. The need says an estimate will do.
func TestUncountablePersonsAskForAnEstimate(t *testing.T) {
	inc := base(500)
	inc.DataSets[0].Persons = nil
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP")
	found := false
	for _, n := range j.Needs {
		if n.Fact == "persons_held" {
			found = true
			if !strings.Contains(n.Text.JA, "推計") || !strings.Contains(n.Text.EN, "estimate") {
				t.Errorf("need %q / %q does not say an estimate will do", n.Text.JA, n.Text.EN)
			}
		}
	}
	if !found {
		t.Errorf("no persons_held need: %v", j.Needs)
	}
}

// F341 (87): a consumer genetic test's results were classed as health
// check-up results (special-care data); Enforcement Order Art. 2(2) names
// examinations done by a physician or other medical staff. The item's note
// says to check whether a test outside medical care is one.
func TestHealthCheckupNoteAsksAboutTestsOutsideMedicalCare(t *testing.T) {
	c := mustRules(t).Category("health_checkup")
	if c == nil || c.ReliedOn == nil || !strings.Contains(c.ReliedOn.JA, "遺伝子検査") || !strings.Contains(c.ReliedOn.EN, "genetic test") {
		t.Errorf("health_checkup's note: %+v", c)
	}
}
