package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase14 review (scenarios 80–82; testdata/golden/assess/
// REVIEW.md, F290–).

// F293 (80, a car maker whose processor found cloud storage left public for
// ten years): no "detected" event was entered, only the processor's knowing
// and the company's. The steps due 24 hours from detection "waited for
// detection", and the dwell read 「未了、3481日18時間経過」 — not detected yet —
// while the company had known for five weeks. A company that knew had
// noticed by then.
func TestKnowingIsDetectionWhenNoneIsEntered(t *testing.T) {
	inc := base(2000)
	inc.Cause.Kind = incident.CauseMisconfiguration
	inc.Events = append(inc.Events, incident.Event{ID: "in", Kind: incident.EvIntrusion, At: at(2026, 4, 1, 0, 0), Precision: incident.Day})
	a := eval(t, inc, at(2026, 5, 10, 10, 0))
	s := step(a, "pb.internal.report")
	if s == nil || s.State == StateWaiting || s.Due == nil || !s.Due.Equal(at(2026, 5, 2, 10, 0)) {
		t.Errorf("pb.internal.report = %+v, want due 24 hours after knowing", s)
	}
	found := false
	for _, f := range a.Findings {
		if f.ID == "tl.dwell" {
			found = true
			if strings.Contains(f.Explanation.EN, "not yet") || !strings.Contains(f.Explanation.EN, "30 calendar days") {
				t.Errorf("tl.dwell = %q, want 30 calendar days (to knowing)", f.Explanation.EN)
			}
		}
	}
	if !found {
		t.Error("no tl.dwell finding")
	}
	// A detection entered is the detection.
	addEvent(inc, "det", incident.EvDetected, at(2026, 4, 20, 9, 0))
	a = eval(t, inc, at(2026, 5, 10, 10, 0))
	if s := step(a, "pb.internal.report"); s == nil || s.Due == nil || !s.Due.Equal(at(2026, 4, 21, 9, 0)) {
		t.Errorf("pb.internal.report = %+v, want due 24 hours after the detection", s)
	}
}

// F296 (80, 81): the catalogue had no item for location data or for an
// identity document's image. Typed as "other" and left unclassified, the
// vehicle locations left Rules Art. 7(1)–(2), the My Number Act and the card
// steps "cannot tell"; location data is not special-care data (APPI Art.
// 2(3), Enforcement Order Art. 2), and an identity document's image carries
// its number.
func TestLocationAndIdentityDocumentImageAreCatalogued(t *testing.T) {
	inc := base(2000)
	inc.DataSets[0].Categories = []incident.Category{{ID: "location"}, {ID: "customer_id"}}
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP")
	if v := trigger(j, "jp.r7.1"); v != No {
		t.Errorf("jp.r7.1 for location data = %q, want no", v)
	}
	if len(j.Needs) > 0 {
		t.Errorf("needs %v for catalogued items", j.Needs)
	}
	rs := mustRules(t)
	for id, flag := range map[string]string{"id_document_image": "id_number", "location": ""} {
		c := rs.Category(id)
		if c == nil {
			t.Fatalf("no category %q", id)
		}
		if flag != "" && !c.Has(flag) || flag == "" && (c.Has("sensitive") || c.Has("financial")) {
			t.Errorf("category %q flags %v", id, c.Flags)
		}
	}
}
