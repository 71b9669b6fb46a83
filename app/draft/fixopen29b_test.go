package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

const scenario165 = "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address"

// F1248 (165): the petitioners' document was online from December until
// the sweep of 5/7, and their letter tells them the appellant's file's
// period, 「2026年4月23日から2026年4月28日まで」, and its takedown. No field
// holds a set's own period: the lint says so at the period's paragraph of
// every notice and announcement to their readers, not in the appellant's
// letter, not where the cause is one period for every set (an intrusion),
// and not when the set was in the case from the start.
func TestLintSaysASetFoundAfterThePeriodIsToldTheCasesPeriod(t *testing.T) {
	inc := scenario(t, scenario165)
	fs := lintOf(t, inc)
	for _, id := range []string{"notice-d2-ja", "public-2-ja"} {
		if !has(fs, CodeFoundAfterPeriod, id) {
			t.Errorf("165's %s tells the petitioners the appellant's period without %s", id, CodeFoundAfterPeriod)
		}
	}
	for _, f := range fs {
		if f.Code == CodeFoundAfterPeriod && f.DocID == "notice-d2-ja" && (f.ParagraphID != "notice-d2-ja/summary/period" ||
			!strings.Contains(f.Message.JA, "2026年5月7日") || !strings.Contains(f.Message.EN, "April 28, 2026")) {
			t.Errorf("165's petitioners' letter: %+v", f)
		}
	}
	if has(fs, CodeFoundAfterPeriod, "notice-d1-ja") {
		t.Errorf("165's letter to the appellant, whose period it is, has %s", CodeFoundAfterPeriod)
	}
	intrusion := inc.Clone()
	intrusion.Cause.Kind = incident.CauseUnauthorizedAccess
	if fs := lintOf(t, intrusion); has(fs, CodeFoundAfterPeriod, "") {
		t.Errorf("an intrusion is one period for every set, yet %s is given", CodeFoundAfterPeriod)
	}
	known := inc.Clone()
	for i := range known.DataSets {
		known.DataSets[i].Found = ""
	}
	if fs := lintOf(t, known); has(fs, CodeFoundAfterPeriod, "") {
		t.Errorf("no set found later, yet %s is given", CodeFoundAfterPeriod)
	}
}
