package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase8 review (scenarios 57–59; testdata/golden/assess/
// REVIEW.md, F170–).

// F170 (58, a bank's payment slips shredded by mistake; 59, an HR database
// encrypted by ransomware with its backup): data only lost or damaged was
// told as gone somewhere: 「お客様の個人情報が第三者に滅失した」, 「従業員の
// 皆さまの個人情報が外部に毀損した」, and in English "personal information we
// hold was acquired by an outside party". 滅失 and 毀損 happen to no one,
// and nobody acquired anything.
func TestLossOrDamageHappensToNoOne(t *testing.T) {
	rs := mustRules(t)
	for name, c := range map[string]struct{ ja, en string }{
		"58-bank-slips-discarded-by-mistake":        {"当行が保有するお客様の個人情報が滅失したことが判明いたしました", "personal information we hold was lost: it no longer exists in our records."},
		"59-sg-subsidiary-ransomware-staff-records": {"当社が保有する従業員・元従業員の皆さまの個人情報が毀損したことが判明いたしました", "personal information we hold was damaged so that it can no longer be used as a result of a ransomware attack."},
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
		if !strings.Contains(ja, c.ja) || strings.Contains(ja, "第三者に滅失") || strings.Contains(ja, "外部に毀損") {
			t.Errorf("%s: JA notice:\n%s", name, ja)
		}
		en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
		if !strings.Contains(en, c.en) || strings.Contains(en, "acquired by") {
			t.Errorf("%s: EN notice:\n%s", name, en)
		}
		ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
		if strings.Contains(ppc, "第三者に滅失") || strings.Contains(ppc, "外部に毀損") {
			t.Errorf("%s: PPC report:\n%s", name, ppc)
		}
	}
	// A leak keeps its words (57: an attack).
	inc := scenarios(t)["57-payment-app-credential-stuffing-charges"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(ja, "個人情報が外部に漏えいしたことが判明いたしました") {
		t.Errorf("57: JA notice:\n%s", ja)
	}
}

// F171 (59): "passport number (approx. 20 people)" was cut at "approx." by
// the lint's sentence splitter, so the item was read without its count and
// flagged as stated for everyone.
func TestApproxDoesNotEndASentence(t *testing.T) {
	ss := splitSentences("The following information was involved: name, passport number (approx. 20 people), and phone number. Next.", EN)
	if len(ss) != 2 || !strings.Contains(ss[0], "passport number (approx. 20 people)") {
		t.Errorf("%q", ss)
	}
}

// F172 (59, a Singapore subsidiary's HR database; 51 too): the English
// announcement said "personal information of some of our customers" of
// records of the company's own staff, whom the Japanese addresses as
// 従業員の皆さま.
func TestStaffAreNotCustomersInTheAnnouncement(t *testing.T) {
	rs := mustRules(t)
	for _, name := range []string{"59-sg-subsidiary-ransomware-staff-records", "51-us-subsidiary-ransomware-employees"} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs)
		if strings.Contains(en, "customers") || !strings.Contains(en, "personal information of people who work or have worked for us") {
			t.Errorf("%s: EN announcement:\n%s", name, en)
		}
	}
	// A retailer's customers stay customers (50).
	inc := scenarios(t)["50-cn-office-ec-members"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs); !strings.Contains(en, "personal information of some of our customers") {
		t.Errorf("50: EN announcement:\n%s", en)
	}
}

// F173 (58): a bank that found a box of slips missing during a document
// check was made to say in English "we detected unusual activity on our
// systems"; the Japanese says 「当行において本件を把握し」.
func TestFoundByOurselvesWithoutSystems(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["58-bank-slips-discarded-by-mistake"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, inc, a, rs)
	if strings.Contains(en, "unusual activity") || !strings.Contains(en, "On August 4, 2025, we became aware of the matter ourselves.") {
		t.Errorf("EN notice:\n%s", en)
	}
	// An attack keeps its words (59).
	sg := scenarios(t)["59-sg-subsidiary-ransomware-staff-records"]
	sa := assess.Evaluate(sg, rs, sg.UpdatedAt)
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, sg, sa, rs); strings.Contains(en, "became aware of the matter ourselves") {
		t.Errorf("59: EN notice:\n%s", en)
	}
}
