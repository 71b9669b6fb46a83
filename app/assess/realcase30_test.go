package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Findings of the realcase30 review (scenarios 128–130; testdata/golden/
// assess/REVIEW.md, F660–).

// F660 (129, a hospital's charts destroyed by ransomware, known on Sat 31
// October): the 確報's other reading, the 60th day after knowing (Wed 30
// December), stayed on 30 December, a day the authorities are closed. A
// time limit set as a period for an act to an authority that ends on the
// authorities' holiday (weekends, national holidays, 29 December to 3
// January) is the next day they are open (行政機関の休日に関する法律 Art. 2):
// Mon 4 January. The company's own steps keep the national calendar.
func TestFinalReportOtherReadingSkipsTheYearEndClosure(t *testing.T) {
	inc := base(300)
	inc.Cause = incident.Cause{Kind: incident.CauseRansomware, UnlawfulPurpose: incident.Yes}
	inc.Events[0].At = at(2026, 10, 31, 7, 30)
	a := eval(t, inc, at(2026, 11, 2, 10, 0))
	ob := obligation(jur(t, a, "JP"), "jp.report.final.60")
	if ob == nil || ob.Due == nil || ob.DueAlt == nil {
		t.Fatalf("no 60-day 確報 with two readings: %+v", ob)
	}
	if want := time.Date(2026, 12, 29, 23, 59, 59, 0, jst); !ob.Due.Equal(want) {
		t.Errorf("conservative due %s, want %s", ob.Due, want)
	}
	if want := time.Date(2027, 1, 4, 23, 59, 59, 0, jst); !ob.DueAlt.Equal(want) {
		t.Errorf("other reading %s, want %s (30 Dec–3 Jan closed)", ob.DueAlt, want)
	}
	// Known on 1 May: the 30th day after is Sun 31 May, the next open day Mon 1 June.
	inc = base(2000)
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if ob := obligation(jur(t, a, "JP"), "jp.report.final"); ob == nil || ob.DueAlt == nil ||
		!ob.DueAlt.Equal(time.Date(2026, 6, 1, 23, 59, 59, 0, jst)) {
		t.Errorf("30-day 確報 other reading: %+v", ob)
	}
}
