package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
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

// A mixed incident under the My Number Act alone (scenario 21's 26 persons
// with My Number, plus 60 residents' names and addresses sent with them,
// no My Number; APPI does not make it reportable): the PPC report counts in
// item (3) the persons with My Number only (特定個人情報の漏えい等に関する報告
// 等に関する規則2条4号), saying so, lists in item (2) the items of their set
// only, and never adds the residents in. A My Number item counted for some
// of its set gives that count; a count not known gives a placeholder, not a
// guess.
func TestPPCReportMyNumberPersonsOnly(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		name       string
		edit       func(d *incident.DataSet)
		want, nots []string
	}{
		{"whole set", func(*incident.DataSet) {}, []string{"：26名（2026年5月23日時点、市の発表）"}, []string{"86", "【要記入"}},
		{"item for some", func(d *incident.DataSet) { d.Categories[2].Persons = incident.Count{Known: true, N: 20} },
			[]string{"：20名（データ全体の本人26名のうち、個人番号を含む本人）"}, []string{"80", "：26名", "【要記入"}},
		// The 26 are part of a set of all 86 sent (Within): the 86 hold
		// no My Number of their own.
		{"within", func(d *incident.DataSet) { d.Within = "d2" }, []string{"：26名（2026年5月23日時点、市の発表）"}, []string{"86", "【要記入"}},
		// Only the de-duplicated total of both sets is known: the persons
		// with My Number cannot be told from it.
		{"not known", func(d *incident.DataSet) { d.Persons = nil },
			[]string{"：【要記入：個人番号を含む本人の数】"}, []string{"86", "60名", "26名"}},
	} {
		inc := loadScenario(t, scenarioDir+"/21-city-eltax-mynumber-misdirected.json")
		if inc.DataSets[0].Categories[2].ID != "my_number" {
			t.Fatalf("scenario 21 changed: %+v", inc.DataSets[0].Categories)
		}
		c.edit(&inc.DataSets[0])
		res := inc.DataSets[0]
		res.ID, res.Name, res.Within = "d2", "住民の氏名・住所データ", ""
		res.Categories = []incident.Category{{ID: "name"}, {ID: "address"}}
		res.Persons = incident.Figure{{Known: true, N: 60}}
		res.Residence = []incident.Residence{{Country: "JP", Persons: incident.Count{Known: true, N: 60}}}
		if c.name == "within" {
			res.Name, res.Persons = "送付した全データ", incident.Figure{{Known: true, N: 86}}
			res.Residence[0].Persons.N = 86
		}
		inc.DataSets = append(inc.DataSets, res)
		if c.name == "within" {
			inc.DataSets[0], inc.DataSets[1] = res, inc.DataSets[0] // the set first, its part after
		}
		if c.name == "not known" {
			inc.Persons = incident.Figure{{Known: true, N: 86}}
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if v := (&view{a: a, kind: KindPPC}); !v.myNumberOnly() {
			t.Fatalf("%s: not a case for the My Number Act alone: %+v", c.name, v.jur("JP"))
		}
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
			persons := d.Section("persons").Text()
			for _, w := range append(c.want, "個人番号を含まない個人情報のみが対象となった本人は含まない", "・他の法人の従業員等26人分") {
				if !strings.Contains(persons, w) {
					t.Errorf("%s %s: item (3) lacks %q:\n%s", c.name, d.Variant, w, persons)
				}
			}
			for _, w := range append(c.nots, "住民の氏名・住所データ", "送付した全データ") {
				if strings.Contains(persons, w) {
					t.Errorf("%s %s: item (3) has %q:\n%s", c.name, d.Variant, w, persons)
				}
			}
			if items := d.Section("items").Text(); strings.Contains(items, "住民の氏名・住所データ") || strings.Contains(items, "送付した全データ") || !strings.Contains(items, "個人番号") {
				t.Errorf("%s %s: item (2) lists the data without My Number, or not My Number:\n%s", c.name, d.Variant, items)
			}
		}
		if n == 0 {
			t.Errorf("%s: no PPC report", c.name)
		}
	}
}
