package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F1262: a Japanese notice about health insurance numbers (46: an HR
// service's staff records, 07: a hospital's patients) asked nothing of the
// readers about them, while the US notices ask for the explanation of
// benefits. With the item and readers who may live in Japan, the notice and
// its English version ask the readers to check the insurer's medical expense
// notice and Mynaportal for care not received; only the sets that hold the
// item are named; readers all in the United States are not asked it.
func TestHealthInsuranceNumbersAskToCheckTheMedicalExpenseNotice(t *testing.T) {
	rs := mustRules(t)
	text := func(inc *incident.Incident, l string, set string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: l, Variant: VariantLetter, Set: set}, inc, a, rs)), " ")
	}
	inc := scenario(t, "46-hr-saas-ransomware-entrustor")
	ja, en := text(inc, JA, "d1"), text(inc, EN, "d1")
	if !strings.Contains(ja, "医療費通知（「医療費のお知らせ」等）やマイナポータルの医療費通知情報で、受けていない診療や調剤が記載されていないか") {
		t.Errorf("46's staff are not asked to check their medical expense notices:\n%s", ja)
	}
	if !strings.Contains(en, "medical expense notices your health insurer sends you") {
		t.Errorf("46's English notice does not ask to check the medical expense notices:\n%s", en)
	}
	// Without the item: nothing.
	none := inc.Clone()
	for i := range none.DataSets {
		var keep []incident.Category
		for _, c := range none.DataSets[i].Categories {
			if !isHealthInsurance(c) {
				keep = append(keep, c)
			}
		}
		none.DataSets[i].Categories = keep
	}
	if n := text(none, JA, "d1"); strings.Contains(n, "医療費通知") {
		t.Errorf("a notice with no health insurance number asks to check the medical expense notice:\n%s", n)
	}
	// Members in the United States: the explanation of benefits, not Japan's notice.
	us := scenario(t, "162-us-health-plan-subsidiary-leased-copier-returned-with-hard-drive-tv-station-bought-it")
	if n := text(us, JA, "d1") + text(us, EN, "d1"); strings.Contains(n, "医療費通知") || strings.Contains(n, "Mynaportal") {
		t.Errorf("readers in the United States are sent to Japan's medical expense notice:\n%s", n)
	}
}

// F1247 (165): a PDF on the prefecture's own website, downloaded while it
// was up, drew the lint's question whether a download by someone unknown
// was an act with a possibly unlawful purpose (Rules Art. 7(3)), which
// speaks of acts against the business. A mispublication is not asked it;
// the same downloads after an intrusion still are.
func TestLintAsksNoUnlawfulPurposeOfAMispublication(t *testing.T) {
	inc := scenario(t, "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address")
	if inc.Cause.Kind != incident.CauseMispublication || inc.Cause.UnlawfulPurpose != incident.No {
		t.Fatalf("165's cause is %q with unlawful purpose %q: the test wants a mispublication answered no", inc.Cause.Kind, inc.Cause.UnlawfulPurpose)
	}
	if fs := lintOf(t, inc); has(fs, CodeAccessSeenPossible, "") {
		t.Errorf("a download of what the body published is asked as an unlawful purpose: %+v", fs)
	}
	in := inc.Clone()
	in.Cause.Kind = incident.CauseUnauthorizedAccess
	if fs := lintOf(t, in); !has(fs, CodeAccessSeenPossible, "") {
		t.Errorf("downloads after an intrusion answered with no unlawful purpose draw no %s", CodeAccessSeenPossible)
	}
}

// F1242 (163, 69): the letter to the man the city named to the company he
// had reported, now out of work, and to the family that had to move, opened
// 「拝啓　平素より市政にご理解とご協力を賜り、厚く御礼申し上げます。」. When
// harm through the leak is already seen, a letter to persons opens on what
// happened; business contacts keep a business letter's thanks, and persons
// who never dealt with the company its excuse for writing.
func TestLetterToPersonsAlreadyHarmedOpensOnWhatHappened(t *testing.T) {
	rs := mustRules(t)
	letter := func(inc *incident.Incident, set string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: set}, inc, a, rs)
	}
	for _, name := range []string{"163-city-officer-named-whistleblower-to-reported-company-at-site-visit", "69-city-dv-address-told-to-caller"} {
		inc := scenario(t, name)
		if inc.Risk.SecondaryHarm != incident.Yes {
			t.Fatalf("%s: harm seen is %q, want yes", name, inc.Risk.SecondaryHarm)
		}
		n := letter(inc, "")
		if strings.Contains(n, "平素より") || !strings.Contains(n, "拝啓　このたび、") {
			t.Errorf("%s: the letter to persons already harmed opens with thanks:\n%s", name, n)
		}
		// With no harm seen, the usual opening.
		calm := inc.Clone()
		calm.Risk.SecondaryHarm = incident.Unknown
		if n := letter(calm, ""); !strings.Contains(n, "拝啓　平素より") {
			t.Errorf("%s with no harm seen: the letter lost its greeting:\n%s", name, n)
		}
	}
	// Business contacts keep the thanks (15's clients, harm seen).
	biz := scenario(t, "15-logistics-ransomware-processor")
	if n := letter(biz, "d3"); biz.Risk.SecondaryHarm != incident.Yes || !strings.Contains(n, "お取引先の皆さまへ") || !strings.Contains(n, "拝啓　平素より格別のご高配を賜り") {
		t.Errorf("15's letter to business contacts, harm seen %q, lost its thanks:\n%s", biz.Risk.SecondaryHarm, n)
	}
}
