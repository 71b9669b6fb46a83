package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase6 review (scenarios 42 and 43).

// F91: with secondary harm seen (42: fake newsletters carrying a link to
// malware had reached the subscribers), the notice said only that harm was
// seen, not what it was: item 5 of Rules Art. 8(1), which Rules Art. 10
// asks the persons be told, is the harm "and what it is". The note on the
// harm is written for the authorities and stays out of the persons'
// documents; the notices now ask the user to word it for the persons, and
// the PPC report still quotes the note.
func TestSecondaryHarmContentAskedForPersons(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["42-newsletter-tool-takeover-phishing"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	note := inc.Risk.SecondaryHarmNote
	for _, spec := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantEmail}, {Kind: KindNotice, Lang: JA, Variant: VariantLetter}} {
		d, err := Build(spec, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		n := Text(d)
		if !strings.Contains(strings.ReplaceAll(n, "\n", ""), "二次被害又はそのおそれのある事象を確認しております。【要記入：確認している二次被害の内容") {
			t.Errorf("%v: the notice does not ask what the harm is:\n%s", spec.Variant, n)
		}
		if strings.Contains(n, note) {
			t.Errorf("%v: the note for the authorities reaches the persons:\n%s", spec.Variant, n)
		}
	}
	// The user's words for the persons take the placeholder's place.
	inc.Public.Harm = "当社のメールマガジンを装ったメールが、購読者の皆さまに届いております。"
	if d, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); err != nil {
		t.Fatal(err)
	} else if n := Text(d); !strings.Contains(n, "確認しております。"+inc.Public.Harm) || strings.Contains(n, "【要記入：確認している二次被害") {
		t.Errorf("the persons' wording is not used:\n%s", n)
	}
	ppc, err := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	if p := Text(ppc); !strings.Contains(p, "確認しております（"+note+"）。") || strings.Contains(p, "【要記入：確認している二次被害") {
		t.Errorf("the PPC report does not quote the note as before:\n%s", p)
	}
}

// F93: 43's printed files, left on a train in a bag, were told as 「記録媒体
// の紛失」 in the title, the cause and the time line (English: "a device or
// storage medium"). The facts do not say whether papers, a device or a
// storage medium was lost: the words now cover all three. And a 社会福祉法人
// called itself 当社: a corporation that is not a company is 当法人.
func TestLossOfPapersAndNonCompanyCorporation(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["43-staff-files-left-on-train-found"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, want := range []string{"書類・記録媒体等の紛失による個人情報漏えいのおそれ", "原因は、書類・記録媒体等の紛失です。", "当法人が保有する"} {
		if !strings.Contains(n, want) {
			t.Errorf("the notice has no %q:\n%s", want, n)
		}
	}
	for _, bad := range []string{"記録媒体の紛失", "当社"} {
		if strings.Contains(n, bad) {
			t.Errorf("the notice still says %q:\n%s", bad, n)
		}
	}
	en, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	if e := Text(en); !strings.Contains(e, "the loss of documents, a device or a storage medium") {
		t.Errorf("the English notice does not name documents:\n%s", e)
	}
	for name, we := range map[string]string{"社会福祉法人架空福祉会": "当法人", "公益社団法人架空協会": "当協会", "株式会社架空法人サービス": "当社", "一般社団法人架空機構": "当法人"} {
		inc.Org.Name = name
		if got := (&view{inc: inc}).weJA(); got != we {
			t.Errorf("%s calls itself %s, want %s", name, got, we)
		}
	}
}
