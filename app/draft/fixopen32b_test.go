package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F1248 (165): the petitioners' file went online on 2025-12-02 and was taken
// down on 5/7 after the sweep; the appellant's was posted on 4/23 and taken
// down on 4/28. Each posting and each take-down is entered as an event tied
// to its data set (Event.Sets). A letter to one set's readers tells its own
// posting and take-down, in its steps and in what was done, and not the
// other's; an announcement of both tells both, each take-down naming its
// data; a report on the appellant's data alone dates the case from her file.
func TestEventsTiedToASetAreToldToItsReaders(t *testing.T) {
	inc := scenario(t, scenario165)
	docs := docsByID(t, inc)
	const (
		april    = "・2026年4月23日（木） ファイル等の誤掲載"
		december = "・2025年12月2日（火） ファイル等の誤掲載"
		down428  = "2026年4月28日、掲載を取り下げ"
		down507  = "2026年5月7日、掲載を取り下げ"
		step428  = "・2026年4月28日（火） 被害拡大の防止措置を実施"
		step507  = "・2026年5月7日（木） 被害拡大の防止措置を実施"
	)
	check := func(doc string, want, not []string) {
		t.Helper()
		s, ok := docs[doc]
		if !ok {
			keys := make([]string, 0, len(docs))
			for k := range docs {
				keys = append(keys, k)
			}
			t.Fatalf("no %s among 165's documents: %v", doc, keys)
		}
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s does not say %q:\n%s", doc, w, s)
			}
		}
		for _, n := range not {
			if strings.Contains(s, n) {
				t.Errorf("%s says %q:\n%s", doc, n, s)
			}
		}
	}
	check("notice-d2-ja-letter", []string{december, step507, down507}, []string{april, step428, down428})
	check("notice-d1-ja-letter", []string{april, step428, down428}, []string{december, step507, down507, "2025年12月2日"})
	for _, doc := range []string{"public-ja-web", "public-2-ja-web"} {
		check(doc, []string{december, april, step428, step507,
			"2026年4月28日、審査請求人（第41回審査会資料の審査請求書の写し）の情報について、掲載を取り下げ",
			"2026年5月7日、団体の役員（審査会への要望書、2025年12月掲載）の情報について、掲載を取り下げ"}, nil)
	}
	// The 速報 of 5/1 knew nothing of the petitioners' file (learned 5/7);
	// the 確報 reports the appellant's data: its 発生日 is her file's.
	check("ppc-prelim-ja-prelim", []string{"発生日：2026年4月23日 17時00分"}, []string{"2025年12月2日"})
	check("ppc-final-ja-final", []string{"発生日：2026年4月23日 17時00分"}, []string{"2025年12月2日"})

	// Its own take-down told, the lint does not ask for it.
	if fs := lintOf(t, inc); has(fs, CodeFoundAfterPeriod, "notice-d2-ja") {
		t.Errorf("the petitioners' letter tells their take-down, yet %s is given", CodeFoundAfterPeriod)
	}

	// Tied to no set, the events are the whole case's, as before: the
	// petitioners' letter lists the appellant's posting too.
	untied := inc.Clone()
	untieSetEvents(untied)
	if s := docsByID(t, untied)["notice-d2-ja-letter"]; !strings.Contains(s, april) || !strings.Contains(s, december) {
		t.Errorf("with the events tied to no set, the petitioners' letter does not list both postings:\n%s", s)
	}
}

// untieSetEvents ties inc's postings, last acts and take-downs to no data
// set (the whole case's, as before Event.Sets was read for them).
func untieSetEvents(inc *incident.Incident) {
	for i := range inc.Events {
		if setBound[inc.Events[i].Kind] {
			inc.Events[i].Sets = nil
		}
	}
}

// as165Was is 165 as entered before its sets' own events: the petitioners'
// posting and take-down (e11, e12) not entered, the appellant's tied to no
// set.
func as165Was(inc *incident.Incident) {
	inc.Events = slices.DeleteFunc(inc.Events, func(e incident.Event) bool { return e.ID == "e11" || e.ID == "e12" })
	untieSetEvents(inc)
}

// F1248: a report tells the 発生日 and the 対象期間 of the data sets it
// reports: with the petitioners' file reported too (its items made the
// appellant's), the case began with its posting of 2025-12-02 and the
// period is the span of both files', each told; with the appellant's alone
// and her file's period entered as its own, that period.
func TestReportTellsThePeriodOfItsSets(t *testing.T) {
	inc := scenario(t, scenario165)
	both := inc.Clone()
	both.DataSets[1].Categories = both.DataSets[0].Categories
	s := docsByID(t, both)["ppc-final-ja-final"]
	for _, want := range []string{"発生日：2025年12月2日 ",
		"対象期間：2025年12月2日から2026年5月7日まで（審査請求人（第41回審査会資料の審査請求書の写し）：2026年4月23日から2026年4月28日まで、団体の役員（審査会への要望書、2025年12月掲載）：2025年12月2日から2026年5月7日まで）"} {
		if !strings.Contains(s, want) {
			t.Errorf("the 確報 of both files does not say %q:\n%s", want, s)
		}
	}
	own := inc.Clone()
	own.DataSets[0].Exposure = &incident.Window{From: "2026-04-23", To: "2026-04-28"}
	s = docsByID(t, own)["ppc-final-ja-final"]
	for _, want := range []string{"発生日：2026年4月23日 17時00分", "対象期間：2026年4月23日から2026年4月28日まで 発覚日"} {
		if !strings.Contains(s, want) {
			t.Errorf("the 確報 of the appellant's file does not say %q:\n%s", want, s)
		}
	}
}
