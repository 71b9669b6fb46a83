package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the review of scenarios 22–25 (real cases not seen before).

// Scenario 22 (a shared link left public): the 速報 and the e-mails to the
// persons were made on days nobody recorded. The PPC report lists them on
// its timeline as done; its item (6) must not say the notice is "not yet"
// in the same document, and the notice must not date the first report on
// the 確報's day nor announce a report still to make.
func TestUndatedReportAndNoticeAreDone(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["22-cloud-shared-link-public"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if strings.Contains(text, "本人への通知：未実施") || !strings.Contains(text, "本人への通知を実施済み（実施日未確認）") {
		t.Errorf("an undated notice is done; item (6) says:\n%s", text)
	}
	n, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text = Text(n)
	if strings.Contains(text, "2023年12月20日に個人情報保護委員会へ報告いたしました") || strings.Contains(text, "へ報告いたします。") ||
		!strings.Contains(text, "個人情報保護委員会へ速報を行い、2023年12月20日に確報を提出いたしました。") {
		t.Errorf("the notice misdates or omits the undated 速報:\n%s", text)
	}

	// Only the undated 速報, no 確報 yet: reported, no day, never "will report".
	c := inc.Clone()
	var evs []incident.Event
	for _, e := range c.Events {
		if e.Kind != incident.EvReportFinal {
			evs = append(evs, e)
		}
	}
	c.Events = evs
	a = assess.Evaluate(c, rs, c.UpdatedAt)
	n, _ = Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}, c, a, rs)
	if text = Text(n); !strings.Contains(text, "個人情報保護委員会へ報告いたしました。") || strings.Contains(text, "へ報告いたします。") {
		t.Errorf("an undated 速報 alone:\n%s", text)
	}
}

// A set that holds only data taken since the exposure began (the files of a
// folder shared publicly from its first day) is exactly what was received
// in the window: the notice must not add that the data "is not limited to"
// that period. A set holding older data still gets the sentence.
func TestHeldSinceExposureNotLimited(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["22-cloud-shared-link-public"]
	for _, c := range []struct {
		from    incident.Date
		limited bool
	}{{"2017-03", false}, {"2018-06", false}, {"2015-01", true}, {"", true}} {
		x := inc.Clone()
		x.DataSets[0].Held.From = c.from
		a := assess.Evaluate(x, rs, x.UpdatedAt)
		for _, lang := range []string{JA, EN} {
			d, err := Build(Spec{Kind: KindNotice, Lang: lang, Variant: VariantEmail, Set: "d1"}, x, a, rs)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.ReplaceAll(Text(d), "\n", "")
			got := strings.Contains(text, "限られず") || strings.Contains(text, "not limited to")
			if got != c.limited {
				t.Errorf("held from %q (%s): says not limited = %v, want %v:\n%s", c.from, lang, got, c.limited, text)
			}
		}
	}
}

// Scenario 23: a health insurance society's check-up results sent to the
// wrong person. The persons are insured persons who took a check-up, not
// the society's staff: neither the notice nor the PPC report may call them
// 従業員. A set named as staff records still is addressed to the staff.
func TestHealthResultsNotStaffUnlessNamed(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["23-health-results-misdelivered"]
	for _, c := range []struct {
		name  string
		staff bool
	}{{inc.DataSets[0].Name, false}, {"従業員の定期健康診断結果", true}, {"", true}} {
		x := inc.Clone()
		x.DataSets[0].Name = c.name
		a := assess.Evaluate(x, rs, x.UpdatedAt)
		for _, s := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, {Kind: KindPPC, Lang: JA, Variant: VariantPrelim}} {
			d, err := Build(s, x, a, rs)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(Text(d), "従業員"); got != c.staff {
				t.Errorf("set named %q, %s: says 従業員 = %v, want %v:\n%s", c.name, s.Kind, got, c.staff, Text(d))
			}
		}
	}
}

// Scenario 23: the call came from the person who received another's results
// (src.customer, 「顧客・本人」). The report must not say the affected person
// told the company, nor the notice tell its readers that they did.
func TestCustomerSourceIsNotTheAffectedPerson(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["23-health-results-misdelivered"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, s := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, {Kind: KindPPC, Lang: JA, Variant: VariantPrelim}} {
		text := docText(t, s, inc, a, rs)
		for _, bad := range []string{"本人からの連絡", "本人から連絡", "皆さまからご連絡"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s says %q:\n%s", s.Kind, bad, text)
			}
		}
		if !strings.Contains(text, "受診者等からの連絡") && !strings.Contains(text, "関係者の方からの連絡") {
			t.Errorf("%s does not say who told the society:\n%s", s.Kind, text)
		}
	}
}

// Scenario 24: the desk was entered as 「情報セキュリティ窓口」. An English
// notice to contacts in Germany and California said "please contact
// 情報セキュリティ窓口". It uses the desk's English name, or leaves a blank
// to fill in; a desk named in Latin letters is used as it is.
func TestEnglishDocumentsNameTheDeskInEnglish(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["24-mailbox-takeover-eu-us-contacts"]
	for _, c := range []struct{ name, nameEn, want string }{
		{"情報セキュリティ窓口", "", "[to be completed: name of the desk in English]"},
		{"情報セキュリティ窓口", "Information Security Desk", "please contact Information Security Desk."},
		{"Privacy Desk", "", "please contact Privacy Desk."},
	} {
		x := inc.Clone()
		x.Contact.Name, x.Contact.NameEn = c.name, c.nameEn
		a := assess.Evaluate(x, rs, x.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail, Set: "d2"}, x, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(Text(d), "\n", " ")
		if strings.Contains(text, "情報セキュリティ窓口") || !strings.Contains(text, c.want) {
			t.Errorf("desk %q / %q: want %q:\n%s", c.name, c.nameEn, c.want, text)
		}
	}
}

// Notices to a company's own staff, its applicants or its business contacts
// began 「お客様各位　平素より格別のご愛顧を賜り」 and reports called them 顧客
// (scenarios 15, 18, 20, 22, 24). The names of the sets say who they are.
func TestNoticeAddressesWhomTheSetNames(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	for _, c := range []struct {
		scenario, set, want string
	}{
		{"24-mailbox-takeover-eu-us-contacts", "d1", "従業員の皆さまへ"},
		{"24-mailbox-takeover-eu-us-contacts", "d2", "お取引先の皆さまへ"},
		{"22-cloud-shared-link-public", "d1", "お客様各位"},
		{"22-cloud-shared-link-public", "d3", "応募者の皆さまへ"},
		{"15-logistics-ransomware-processor", "d4", "従業員の皆さまへ"},
		{"18-game-ransomware-2020-revised-counts", "d5", "株主の皆さまへ"},
		{"18-game-ransomware-2020-revised-counts", "d1", "関係者の皆さまへ"},
		// A city's persons are its residents even when the set is named as
		// other businesses' employees (scenario 21, on main from mynumber).
		{"21-city-eltax-mynumber-misdirected", "", "住民の皆さまへ"},
	} {
		inc := sc[c.scenario]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: c.set}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		text := Text(d)
		if !strings.Contains(text, c.want) || c.want != "お客様各位" && (strings.Contains(text, "お客様各位") || strings.Contains(text, "ご愛顧")) ||
			c.want == "住民の皆さまへ" && strings.Contains(text, "従業員の皆さま") {
			t.Errorf("%s %s: want %q:\n%s", c.scenario, c.set, c.want, text)
		}
	}
	inc := sc["24-mailbox-takeover-eu-us-contacts"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if text := Text(d); strings.Contains(text, "顧客の個人情報") {
		t.Errorf("the PPC report calls staff and business contacts 顧客:\n%s", text)
	}
}

// Scenario 25: the note to one client neither dates itself at the message
// sent before the company knew, nor tells of the company's other clients,
// nor calls the client's customers "customers who left": it says the data
// should have been erased when the job was done and was kept.
func TestEntrustorNoticeOfTheProcessor(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["25-print-processor-ransomware-entrustors"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, err := Build(Spec{Kind: KindEntrustor, Lang: JA, Party: "p1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text := Text(d)
	if d.Date.Format("2006-01-02") != "2024-06-26" {
		t.Errorf("the notice to 架空クレジット is dated %s, want 2024-06-26 (e10; e5 of 5/29 came before knowing)", d.Date.Format("2006-01-02"))
	}
	for _, bad := range []string{"架空市", "架空信金ビジネス", "退会者", "取引を終了した方"} {
		if strings.Contains(text, bad) {
			t.Errorf("the notice to 架空クレジット says %q:\n%s", bad, text)
		}
	}
	for _, want := range []string{"委託業務の終了後に消去すべきであったデータ", "当社に保存されていた", "被害の発生を連絡",
		"2024年6月6日", "2024年6月26日に個人情報が漏えいしたことを確認"} {
		if !strings.Contains(text, want) {
			t.Errorf("the notice to 架空クレジット lacks %q:\n%s", want, text)
		}
	}
}

// Scenario 25: the processor's own report said 「本人の個人情報が…」 of data
// held for clients; it says whose care the data was in.
func TestProcessorReportSaysEntrustedData(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["25-print-processor-ransomware-entrustors"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, err := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	if text := Text(d); strings.Contains(text, "本人の個人情報") || !strings.Contains(text, "委託元から預かった個人データが外部に漏えいしたおそれ") {
		t.Errorf("the processor's report:\n%s", text)
	}
}
