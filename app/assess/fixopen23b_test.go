package assess

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings fixed in the fixopen23b round (testdata/golden/assess/REVIEW.md).

// lawOf is the verdict of one law for a scenario as of its last update.
func lawOf(t *testing.T, scenario, id string) Jurisdiction {
	t.Helper()
	inc := loadScenario(t, filepath.Join(scenarioDir, scenario+".json"))
	for _, j := range Evaluate(inc, mustRules(t), inc.UpdatedAt).Jurisdictions {
		if j.ID == id {
			return j
		}
	}
	t.Fatalf("%s: no %s", scenario, id)
	return Jurisdiction{}
}

// F952 (148): "Not reportable: no reportable type applies" /
// 「報告対象に当たりません。」 for a prefecture with 32 pupils said nothing of
// what was considered. The summary names each type for this kind of
// organisation (not the private businesses' 1,000 persons to a public body)
// and the persons counted against the threshold; types that leave out
// information being acquired are named apart when that is why they fail.
func TestNotReportableSaysWhatWasConsidered(t *testing.T) {
	j := lawOf(t, "148-prefecture-training-video-public-on-video-site-pupils-name-tags", "JP")
	if j.Reportable != No {
		t.Fatalf("148 JP reportable %q", j.Reportable)
	}
	for _, want := range []string{"要配慮個人情報を含む（規則43条1号）", "条例要配慮個人情報を含む（規則43条5号）", "行政機関等で本人の数が100人超（規則43条4号）", "本人の数は32名です。"} {
		if !strings.Contains(j.Summary.JA, want) {
			t.Errorf("148 JP summary lacks %q: %s", want, j.Summary.JA)
		}
	}
	if !strings.Contains(j.Summary.EN, "a public body with more than 100 persons (Rules Art. 43(4)) / ordinance special-care information involved (Rules Art. 43(5)). Persons affected: 32.") || strings.Contains(j.Summary.EN, "1,000") {
		t.Errorf("148 JP summary: %s", j.Summary.EN)
	}
	// A private business below 1,000: its threshold, not the public bodies'.
	j = lawOf(t, "05-misdelivered-email", "JP")
	if j.Reportable != No || !strings.Contains(j.Summary.EN, "more than 1,000 persons (Rules Art. 7(4)). Persons affected: 350.") || strings.Contains(j.Summary.EN, "43(") {
		t.Errorf("05 JP summary: %s", j.Summary.EN)
	}
	// Card numbers skimmed in 2023, before Rules Art. 7(3) took in
	// information being acquired: that is the reason given.
	j = lawOf(t, "04-webshop-skimming-2023", "JP")
	if j.Reportable != No || !strings.Contains(j.Summary.JA, "取得しようとしていた情報（まだ取得していない情報）は、次の事態の対象外です：要配慮個人情報を含む（規則7条1号）") {
		t.Errorf("04 JP summary: %s", j.Summary.JA)
	}
}

// F951 (147, 148 as first entered): one free-text item ("tax withholdings,
// 401(k) deferrals"; 「学校名・学年・学級」) left the card rules and the My
// Number Act "cannot tell" and six card and password steps undetermined
// (148's card cut-off even "done" by the video's deletion). Card numbers,
// My Number and passwords have items of their own: a free-text item that
// names none of them is read as not being one, the laws say "not
// applicable" with the reading spelled out, their steps are not listed, and
// the item's classification is asked once. A text naming one stays open.
func TestOtherItemDoesNotOpenCardAndMyNumber(t *testing.T) {
	rs := mustRules(t)
	check := func(name string, inc *incident.Incident, wantNA []string, wantUnless bool) {
		t.Helper()
		a := Evaluate(inc, rs, inc.UpdatedAt)
		for _, id := range wantNA {
			i := slices.IndexFunc(a.NotApplicable, func(n NotApplicable) bool { return n.ID == id })
			if i < 0 {
				t.Errorf("%s: %s is not 'not applicable'", name, id)
				continue
			}
			if got := strings.Contains(a.NotApplicable[i].Why.EN, "An item entered as 'other'"); got != wantUnless {
				t.Errorf("%s: %s says the reading of 'other': %v, want %v: %s", name, id, got, wantUnless, a.NotApplicable[i].Why.EN)
			}
		}
		for _, s := range a.Steps {
			if strings.HasPrefix(s.ID, "pb.card.") || s.ID == "pb.password.reset" || strings.HasPrefix(s.ID, "pb.mynumber") {
				t.Errorf("%s: step %s listed (%s)", name, s.ID, s.State)
			}
		}
		if !slices.ContainsFunc(a.Needs, func(n Need) bool { return n.Fact == "category" && n.Arg == "other" }) {
			t.Errorf("%s: the 'other' item's classification is not asked", name)
		}
	}
	inc := loadScenario(t, filepath.Join(scenarioDir, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo.json"))
	check("147", inc, []string{"CARDS"}, true)
	// Japan does not apply to 147: the My Number Act would not either,
	// whatever the item is, and does not say it was read so.
	check("147", inc, []string{"JP-MN"}, false)

	// 148 as first entered: its school, year and class unclassified.
	inc = loadScenario(t, filepath.Join(scenarioDir, "148-prefecture-training-video-public-on-video-site-pupils-name-tags.json"))
	cats := inc.DataSets[0].Categories
	for i := range cats {
		cats[i].Flags = nil
	}
	check("148 unclassified", inc, []string{"JP-MN", "CARDS"}, true)

	// An item that names the data stays open.
	for _, text := range []string{"カード番号（一部）", "card expiry date", "PIN code", ""} {
		inc := loadScenario(t, filepath.Join(scenarioDir, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo.json"))
		for i := range inc.DataSets {
			for k := range inc.DataSets[i].Categories {
				if c := &inc.DataSets[i].Categories[k]; c.ID == "other" {
					c.Other = text
				}
			}
		}
		a := Evaluate(inc, rs, inc.UpdatedAt)
		open := slices.ContainsFunc(a.Jurisdictions, func(j Jurisdiction) bool { return j.ID == "CARDS" && j.Applies == Unknown }) ||
			slices.ContainsFunc(a.Steps, func(s Step) bool { return s.ID == "pb.password.reset" && s.Applies == Unknown })
		if !open {
			t.Errorf("147 with 'other' %q: neither the card rules nor the password reset are open", text)
		}
	}
	for _, c := range []struct {
		flag, text string
		want       bool
	}{
		{"password", "PIN code", true}, {"password", "shipping address", false}, {"password", "", true},
		{"password", "交換機暗証番号", true}, {"password", "tax withholdings", false},
		{"mynumber", "扶養親族の個人番号", true}, {"mynumber", "学校名・学年・学級", false},
		{"card", "カードの有効期限", true}, {"card", "401(k) deferrals", false},
	} {
		if got := rs.Flag(c.flag).MayBeIn(c.text); got != c.want {
			t.Errorf("%s MayBeIn(%q) = %v, want %v", c.flag, c.text, got, c.want)
		}
	}
}
