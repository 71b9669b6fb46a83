package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
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

// F1380's remainder (161): the account of the discovery, written after 6/29
// (「受託事業者からの報告（5月26日、6月4日、6月29日）により判明した」), was
// printed in the 速報 of 6/8. Dated (story.howDiscoveredOn), a report of an
// earlier day tells the discovery from its day's detection and knowing;
// one of the day or after prints the user's words; only that line moves.
func TestHowDiscoveredWrittenAsOfALaterDayIsNotPrintedBefore(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario161)
	if inc.Story.HowDiscoveredOn != "2026-06-29" {
		t.Errorf("161 dates its account of the discovery %q, not 2026-06-29", inc.Story.HowDiscoveredOn)
	}
	inc.Story.HowDiscoveredOn = "" // undated, as before the field
	const later = "6月29日）により判明した"
	prelim, final := Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	undated := docText(t, prelim, inc, a, rs)
	if !strings.Contains(undated, later) {
		t.Fatal("undated, 161's 速報 of 6/8 does not print the account of the discovery (the test's premise)")
	}
	dated := inc.Clone()
	dated.Story.HowDiscoveredOn = "2026-06-29"
	a = assess.Evaluate(dated, rs, dated.UpdatedAt)
	early := docText(t, prelim, dated, a, rs)
	if strings.Contains(early, later) {
		t.Errorf("the 速報 of 6/8 prints the account written as of 6/29:\n%s", early)
	}
	const generated = "発覚の経緯：2026年5月26日 15時00分、委託先から連絡を受け、調査を開始いたしました。"
	if !strings.Contains(early, generated) {
		t.Errorf("the 速報 of 6/8 does not tell the discovery from its time line (%q):\n%s", generated, early)
	}
	onlyLineChanged(t, "the 速報", undated, early, "発覚の経緯：")
	if !strings.Contains(docText(t, final, dated, a, rs), later) {
		t.Error("the 確報 of 7/8 does not print the account of the discovery")
	}
	checkDayValidated(t, inc, dated, func(i *incident.Incident) { i.Story.HowDiscoveredOn = "6月29日" })
}

// F1380's remainder: the account of the response (Story.Response) is
// printed in the formal documents: a card company's notice (JA and EN), a
// ministry's report. Dated after a document's day (story.responseOn), it
// is left out of it, the steps of the time line told as before; dated on
// the document's day, it is printed.
func TestResponseWrittenAsOfALaterDayIsNotPrintedBefore(t *testing.T) {
	for _, c := range []struct{ scenario, doc string }{
		{"133-us-game-network-shutdown-then-week-before-user", "card-ja"},
		{"133-us-game-network-shutdown-then-week-before-user", "card-en"},
		{"102-payment-app-reset-to-other-address-takeover", "ministry-p2-ja"},
	} {
		inc := scenarioByPrefix(t, c.scenario)
		response := strings.TrimSpace(inc.Story.Response)
		d, ok := builtDoc(t, inc, c.doc)
		if !ok || response == "" || !strings.Contains(Text(d), response) {
			t.Fatalf("%s's %s does not print the response (the test's premise)", c.scenario, c.doc)
		}
		day := incident.DateOf(d.Date.In(inc.Location()))
		dated := inc.Clone()
		dated.Story.ResponseOn = incident.DateOf(d.Date.In(inc.Location()).AddDate(0, 0, 1))
		early, _ := builtDoc(t, dated, c.doc)
		if strings.Contains(Text(early), response) {
			t.Errorf("%s's %s of %s prints the response written as of %s:\n%s", c.scenario, c.doc, day, dated.Story.ResponseOn, Text(early))
		}
		if got, want := len(strings.Split(Text(early), "\n")), len(strings.Split(Text(d), "\n"))-2; got != want {
			t.Errorf("%s's %s: %d lines, want %d (only the response's paragraph gone):\n%s", c.scenario, c.doc, got, want, Text(early))
		}
		dated.Story.ResponseOn = day
		if same, _ := builtDoc(t, dated, c.doc); !strings.Contains(Text(same), response) {
			t.Errorf("%s's %s of %s does not print the response written as of its day", c.scenario, c.doc, day)
		}
		checkDayValidated(t, inc, dated, func(i *incident.Incident) { i.Story.ResponseOn = "7月8日" })
	}
}

// scenarioByPrefix is the scenario whose file name begins with prefix.
func scenarioByPrefix(t *testing.T, prefix string) *incident.Incident {
	t.Helper()
	for name, inc := range scenarios(t) {
		if strings.HasPrefix(name, prefix) {
			return inc
		}
	}
	t.Fatalf("no scenario %s…", prefix)
	return nil
}

// builtDoc is inc's document id (with its variant, as the goldens name it).
func builtDoc(t *testing.T, inc *incident.Incident, id string) (Document, bool) {
	t.Helper()
	_, docs := builtDocs(t, inc)
	for _, d := range docs {
		if d.ID == id || d.Variant != "" && d.ID+"-"+d.Variant == id {
			return d, true
		}
	}
	return Document{}, false
}

// onlyLineChanged fails t unless now is was but for the lines of was that
// begin with prefix (doc names the document).
func onlyLineChanged(t *testing.T, doc, was, now, prefix string) {
	t.Helper()
	a, b := strings.Split(was, "\n"), strings.Split(now, "\n")
	if len(a) != len(b) {
		t.Fatalf("%s changed by more than its line %q…:\n%s", doc, prefix, now)
	}
	for i := range a {
		if a[i] != b[i] && !strings.HasPrefix(a[i], prefix) {
			t.Errorf("%s's line %d changed: %q -> %q", doc, i, a[i], b[i])
		}
	}
}

// F1561 (165): the appellant called on 4/28 about her own file; the
// petitioners' data was found on 5/7. Their letter listed
// 「対象となった方からの連絡を受領」, a call one of them may take for their
// own group's. A notice whose readers' data cannot be the caller's (the
// detection names other sets, or none and theirs was found after its day)
// tells it as another person's; the appellant's letter keeps her own call
// and the announcements, to everyone, a person affected.
func TestNoticeTellsAnotherPersonsCallAsAnothers(t *testing.T) {
	inc := scenario(t, scenario165)
	docs := docsByID(t, inc)
	const another, affected = "ほかの対象となった方からの連絡を受領", "・2026年4月28日（火） 対象となった方からの連絡を受領"
	for _, id := range []string{"notice-d2-ja-letter", "notice-d2-ja-email", "notice-d2-ja-web"} {
		if s := docs[id]; !strings.Contains(s, another) || strings.Contains(s, affected) {
			t.Errorf("%s does not tell the appellant's call as another's:\n%s", id, s)
		}
	}
	if s := docs["notice-d1-ja-letter"]; !strings.Contains(s, "あなた様からご連絡をいただく") || strings.Contains(s, another) {
		t.Errorf("the appellant's letter does not tell her own call:\n%s", s)
	}
	for _, id := range []string{"public-ja-web", "public-2-ja-web"} {
		if s := docs[id]; !strings.Contains(s, affected) || strings.Contains(s, another) {
			t.Errorf("%s does not tell a call from a person affected:\n%s", id, s)
		}
	}
	// Tied to the petitioners' set, the call is theirs.
	theirs := inc.Clone()
	for i := range theirs.Events {
		if theirs.Events[i].ID == "e2" {
			theirs.Events[i].Sets = []string{"d2"}
		}
	}
	if s := docsByID(t, theirs)["notice-d2-ja-letter"]; strings.Contains(s, another) || !strings.Contains(s, affected) {
		t.Errorf("a call tied to the petitioners' set is told as another's:\n%s", s)
	}
}
