package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Scenario 50 (an office in China, PIPL Art. 57 beside APPI): the notices
// name the Chinese authority without the data's [U] note, tell the reports
// in the order they were made, and the English notice states the possible
// harm that Art. 57(1)(1) asks for.
func TestChinaNotices(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["50-cn-office-ec-members"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	cn := strings.Index(text, "2026年6月29日に中国の個人情報保護の所管当局へ報告いたしました。")
	ppc := strings.Index(text, "2026年7月1日に個人情報保護委員会へ報告いたしました。")
	if cn < 0 || ppc < 0 || cn > ppc {
		t.Errorf("the reports, in the order made (China 6/29, then the PPC 7/1):\n%s", text)
	}
	if strings.Contains(text, "未確認") || strings.Contains(text, "履行个人信息保护职责的部门") {
		t.Errorf("the notice carries the data's note on the authority:\n%s", text)
	}
	en, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text = Text(en)
	for _, want := range []string{
		"to the authorities responsible for personal information protection in China on June 29, 2026 and to Japan's Personal Information Protection Commission on July 1, 2026",
		"This information could be misused, for example for fraudulent messages, calls or letters that use it to seem genuine. We have seen signs that it is being misused: [to be completed: what misuse has been seen, in words for the persons].",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the English notice lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "not checked") || strings.Contains(text, "詐欺") {
		t.Errorf("the English notice carries a [U] note or Japanese text:\n%s", text)
	}

	// Without persons in China the possible-harm line is not added.
	c := inc.Clone()
	c.Org.Establishments = []string{"JP"}
	c.DataSets[0].Residence = c.DataSets[0].Residence[1:] // JP only
	a = assess.Evaluate(c, rs, c.UpdatedAt)
	en, _ = Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, c, a, rs)
	if strings.Contains(Text(en), "This information could be misused") {
		t.Errorf("a notice without PIPL gained its possible-harm line:\n%s", Text(en))
	}
}

// Scenario 51 (a US subsidiary's employees in California, New York and
// Texas, SSNs taken): the California notice carries the identity theft
// services offer (1798.82(d)(2)(G)) and asks for the credit bureaus'
// addresses beside their numbers ((d)(2)(F)); Japan's My Number is not named
// to people Japan's law does not reach; hours are told in the case's zone.
func TestUSSubsidiaryNotice(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["51-us-subsidiary-ransomware-employees"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text := Text(d)
	for _, want := range []string{
		// the law asks it for Californians; the staff live in three states
		"If you live in California, we are offering you [to be completed: the identity theft prevention and mitigation service] free of charge for [to be completed: period, at least 12 months].",
		"[to be completed: each agency's mailing address, from its own website]",
		"Equifax: ",
		"(New York time)",
		// its own staff: an employer asks them for a bank account (F120)
		"security code, PIN, or user ID or password by phone",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the notice lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "My Number") || strings.Contains(text, "America/New_York") {
		t.Errorf("the notice names My Number or a zone id:\n%s", text)
	}
	// Customers, some of them living in Japan: the bank account and My
	// Number are named.
	c := inc.Clone()
	c.DataSets[0].Name = "Customers of the online shop"
	c.DataSets[0].Residence = append(c.DataSets[0].Residence, incident.Residence{Country: "JP", Persons: incident.Count{Known: true, N: 3}})
	a = assess.Evaluate(c, rs, c.UpdatedAt)
	d, _ = Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, c, a, rs)
	if !strings.Contains(Text(d), "bank account number, PIN, user ID or password, or My Number (Japan's Individual Number)") {
		t.Errorf("with readers in Japan the notice names My Number:\n%s", Text(d))
	}
	// No SSN or driver's licence: no offer, no bureaus.
	c = inc.Clone()
	var cats []incident.Category
	for _, k := range c.DataSets[0].Categories {
		if k.ID != "ssn" && k.ID != "drivers_license" {
			cats = append(cats, k)
		}
	}
	c.DataSets[0].Categories = cats
	a = assess.Evaluate(c, rs, c.UpdatedAt)
	d, _ = Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, c, a, rs)
	if strings.Contains(Text(d), "We are offering you") || strings.Contains(Text(d), "mailing address") {
		t.Errorf("without SSN or driver's licence the offer and the bureaus stay out:\n%s", Text(d))
	}
}

// Scenario 52 (a laptop lost in Germany, the desk in Tokyo): the Art. 33
// notification gives its instants in UTC beside the desk's zone; the loss is
// said once ("exposed through the loss of a device ... that held it", not
// "... because of the loss of a device"); the EU contacts are not told of
// Japan's My Number.
func TestEUBranchLaptop(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["52-eu-branch-laptop-lost"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, err := Build(Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text := Text(d)
	for _, want := range []string{
		"We became aware of the breach on November 2, 2026, 19:00 JST (10:00 UTC).",
		"We made an initial notification on November 5, 2026, 00:00 JST (November 4, 15:00 UTC);",
		"may have been exposed through the loss of a device that held it.", // a laptop (F1585)
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the Art. 33 notification lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "because of the loss") {
		t.Errorf("the loss is said twice:\n%s", text)
	}
	stolen := inc.Clone()
	stolen.Cause.Kind = incident.CauseTheft
	d, _ = Build(Spec{Kind: KindGDPR33, Lang: EN}, stolen, assess.Evaluate(stolen, rs, stolen.UpdatedAt), rs)
	if !strings.Contains(Text(d), "may have been exposed through the theft of a device that held it.") {
		t.Errorf("a theft is not a loss:\n%s", Text(d))
	}
	// Lost by a contractor: said once, with who lost it.
	byContractor := inc.Clone()
	byContractor.Cause.At, byContractor.Cause.AtName = incident.AtProcessor, "Acme Couriers"
	d, _ = Build(Spec{Kind: KindGDPR33, Lang: EN}, byContractor, assess.Evaluate(byContractor, rs, byContractor.UpdatedAt), rs)
	if !strings.Contains(Text(d), "the loss of a device that held it, lost by Acme Couriers (a company we entrusted with the data).") {
		t.Errorf("a contractor's loss:\n%s", Text(d))
	}
	n, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(Text(n), "My Number") {
		t.Errorf("contacts in Germany, France and the Netherlands are told of My Number:\n%s", Text(n))
	}
}
