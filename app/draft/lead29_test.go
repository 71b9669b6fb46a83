package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// docsByID builds every document of inc (as of its last update) by id and
// variant ("notice-d2-ja-letter"), as text on one line.
func docsByID(t *testing.T, inc *incident.Incident) map[string]string {
	t.Helper()
	_, docs := builtDocs(t, inc)
	out := map[string]string{}
	for _, d := range docs {
		id := d.ID
		if d.Variant != "" {
			id += "-" + d.Variant
		}
		out[id] = strings.Join(strings.Fields(Text(d)), " ")
	}
	return out
}

// F1248 (165): the petitioners' document lay online from 2025-12-02 until
// 5/7, the appellant's five days in April; the incident has one window, and
// every letter told the appellant's. A set's own period (DataSet.Exposure)
// is told to its readers; an announcement of both tells their span and each
// set's period; the logs' limit is read against the period of the sets whose
// access the logs show; a document dated before the period's end does not
// tell it.
func TestASetsOwnPeriodIsToldToItsReaders(t *testing.T) {
	inc := scenario(t, "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address")
	d2 := &inc.DataSets[1]
	if d2.ID != "d2" || d2.OwnExposure() != (incident.Window{From: "2025-12-02", To: "2026-05-07"}) || inc.DataSets[0].Exposure != nil {
		t.Fatalf("165's sets: the test wants d2 alone with its own period, 2025-12-02 to 2026-05-07: %+v", d2.Exposure)
	}
	const april, own = "2026年4月23日から2026年4月28日まで", "2025年12月2日から2026年5月7日まで"
	docs := docsByID(t, inc)
	period := func(doc string) string {
		s := docs[doc]
		i := strings.Index(s, "閲覧できる状態にあった期間は、")
		if i < 0 {
			t.Fatalf("%s tells no period:\n%s", doc, s)
		}
		return s[i:min(len(s), i+400)]
	}
	if p := period("notice-d2-ja-letter"); !strings.Contains(p, own) || strings.Contains(p, april) {
		t.Errorf("the petitioners' letter does not tell their document's period:\n%s", p)
	}
	if p := period("notice-d1-ja-letter"); !strings.Contains(p, april) || strings.Contains(p, own) {
		t.Errorf("the appellant's letter does not keep the case's period:\n%s", p)
	}
	p := period("public-ja-web")
	for _, want := range []string{"期間は、" + own, "データごとの期間は、審査請求人（第41回審査会資料の審査請求書の写し）：" + april + "、団体の役員（審査会への要望書、2025年12月掲載）：" + own + "です。"} {
		if !strings.Contains(p, want) {
			t.Errorf("the announcement of both does not say %q:\n%s", want, p)
		}
	}
	// The logs (from 2/1) cover the appellant's period, whose access they show.
	if strings.Contains(p, "2026年2月1日より前については") {
		t.Errorf("the announcement reads the appellant's logs against the petitioners' period:\n%s", p)
	}

	// Without the set's own period: the case's, as before.
	none := inc.Clone()
	none.DataSets[1].Exposure = nil
	as165Was(none) // its posting and take-down entered are another period of its own (TestEventsTiedToASetAreToldToItsReaders)
	if docs := docsByID(t, none); !strings.Contains(docs["notice-d2-ja-letter"], april) || strings.Contains(docs["public-ja-web"], "データごとの期間") {
		t.Errorf("without its own period the petitioners' letter does not tell the case's, or the announcement lists periods:\n%s", docs["notice-d2-ja-letter"])
	}

	// An end after the announcement's day (5/12) was not known on it.
	later := inc.Clone()
	later.DataSets[1].Exposure.To = "2026-05-20"
	if inc.DataSets[1].Exposure.To != "2026-05-07" {
		t.Fatal("Clone shares the set's own period")
	}
	if s := docsByID(t, later)["public-ja-web"]; !strings.Contains(s, "2025年12月2日から現在まで") || strings.Contains(s, "2026年5月20日") {
		t.Errorf("an announcement of 5/12 tells an end of 5/20:\n%s", s)
	}
}

// F1248: with the set's own period told, what still carries the case's end
// in the petitioners' letter is a measure's day (the take-down of 4/28); the
// lint says so, not that the period is the case's.
func TestLintOnASetWithItsOwnPeriodNamesTheMeasure(t *testing.T) {
	inc := scenario(t, "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address")
	as165Was(inc) // its take-down entered, the letter tells it (TestEventsTiedToASetAreToldToItsReaders)
	var msg string
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeFoundAfterPeriod && f.DocID == "notice-d2-ja" {
			msg = f.Message.JA
		}
	}
	if !strings.Contains(msg, "本件と別の期間（2025年12月2日から2026年5月7日まで）が入力されています") {
		t.Errorf("the lint on the petitioners' letter: %q", msg)
	}
}

// The span of two periods: the earlier start, the later end, unknown where
// either is unknown, approximate when either is.
func TestWidenSpansTwoPeriods(t *testing.T) {
	for _, c := range []struct{ a, b, want incident.Window }{
		{incident.Window{From: "2026-04-23", To: "2026-04-28"}, incident.Window{From: "2025-12-02", To: "2026-05-07"}, incident.Window{From: "2025-12-02", To: "2026-05-07"}},
		{incident.Window{From: "2025-12-02", To: "2026-05-07"}, incident.Window{From: "2026-04-23", To: "2026-04-28", Approx: true}, incident.Window{From: "2025-12-02", To: "2026-05-07", Approx: true}},
		{incident.Window{To: "2026-04-28"}, incident.Window{From: "2025-12-02", To: "2026-05-07"}, incident.Window{To: "2026-05-07"}},
		{incident.Window{From: "2026-04-23"}, incident.Window{From: "2025-12-02", To: "2026-05-07"}, incident.Window{From: "2025-12-02"}},
	} {
		if got := widen(c.a, c.b); got != c.want {
			t.Errorf("widen(%+v, %+v) = %+v, want %+v", c.a, c.b, got, c.want)
		}
	}
}
