package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// The PPC report made under the My Number Act alone (scenario 21: APPI no,
// the Act yes) names 特定個人情報 in items (2) and (3), in how the breach came
// to light and in its timeline (never 個人データ), and cites the Act's
// breach rules for each item; the report in a case APPI makes reportable
// (scenario 09, both laws) keeps APPI's 個人データ and its Rules Art. 8.
func TestPPCReportItemsUnderTheMyNumberAct(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		scenario, title, noun, rules string
	}{
		{"21-city-eltax-mynumber-misdirected", "特定個人情報の漏えい等に関する報告", "特定個人情報", "特定個人情報の漏えい等に関する報告等に関する規則 第3条第1項第"},
		{"09-payroll-processor-late", "個人データの漏えい等に関する報告", "個人データ", "施行規則 第8条第1項第"},
	} {
		inc := loadScenario(t, scenarioDir+"/"+c.scenario+".json")
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			if d.Kind != KindPPC {
				continue
			}
			n++
			if !strings.HasPrefix(d.Title, c.title) {
				t.Errorf("%s %s: title %q, want %s…", c.scenario, d.Variant, d.Title, c.title)
			}
			for _, id := range []string{"items", "persons"} {
				s := d.Section(id)
				if !strings.Contains(s.Heading, "おそれがある"+c.noun) {
					t.Errorf("%s %s: heading of %s %q does not name %s", c.scenario, d.Variant, id, s.Heading, c.noun)
				}
				if !strings.HasPrefix(s.Citation, c.rules) {
					t.Errorf("%s %s: %s cites %q, want %s…", c.scenario, d.Variant, id, s.Citation, c.rules)
				}
			}
			if c.noun == "特定個人情報" && strings.Contains(Text(d), "個人データ") {
				t.Errorf("%s %s: the report under the My Number Act alone speaks of 個人データ:\n%s", c.scenario, d.Variant, Text(d))
			}
			if s := d.Section("cause"); !strings.HasPrefix(s.Citation, c.rules) {
				t.Errorf("%s %s: cause cites %q, want %s…", c.scenario, d.Variant, s.Citation, c.rules)
			}
		}
		if n == 0 {
			t.Errorf("%s: no PPC report", c.scenario)
		}
	}
}

// Both laws make a case reportable in a sector whose APPI reports the PPC
// delegated (scenario 09, payroll data with My Number, made a telecom
// business): the PPC report names both routes, the My Number Act's report
// to the PPC through the form's My Number entry and APPI's to the ministry
// with the source of the delegation; the notice promises both reports. The
// same case outside a delegated sector keeps the one line.
func TestPPCReportBothRoutesWhenDelegated(t *testing.T) {
	rs := mustRules(t)
	for _, sector := range []string{"telecom", "it"} {
		inc := loadScenario(t, scenarioDir+"/09-payroll-processor-late.json")
		inc.Org.Sector = sector
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		var ppc, notice *Document
		for i := range docs {
			switch d := &docs[i]; {
			case d.Kind == KindPPC && d.Variant == VariantPrelim:
				ppc = d
			case d.Kind == KindNotice && d.Lang == JA && notice == nil:
				notice = d
			}
		}
		if ppc == nil {
			t.Fatalf("%s: no PPC report", sector)
		}
		rep := ppc.Section("reporter").Text()
		mn, appi := line(*ppc, "reporter", "報告先（番号法に基づく報告）："), line(*ppc, "reporter", "報告先（個人情報保護法に基づく報告）：")
		if sector == "it" {
			if mn != "" || appi != "" || !strings.Contains(rep, "報告先：個人情報保護委員会（漏えい等報告フォーム・マイナンバー") {
				t.Errorf("it: one recipient expected, the PPC's My Number entry:\n%s", rep)
			}
			continue
		}
		if !strings.HasPrefix(mn, "個人情報保護委員会（漏えい等報告フォーム・マイナンバー") {
			t.Errorf("telecom: the My Number Act's route %q", mn)
		}
		if !strings.HasPrefix(appi, "総務省") || !strings.Contains(rep, "報告先の根拠（権限の委任）：個人情報保護法 第147条") {
			t.Errorf("telecom: APPI's route %q, the delegation's source missing?\n%s", appi, rep)
		}
		if notice == nil {
			t.Fatal("telecom: no notice")
		}
		if txt := Text(*notice); !strings.Contains(txt, "総務省及び個人情報保護委員会へ報告いたします") {
			t.Errorf("telecom: the notice does not promise both reports:\n%s", txt)
		}
	}
}
