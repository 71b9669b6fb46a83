package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase41 round (scenarios 160–162; testdata/golden/
// assess/REVIEW.md, F1180–).

const (
	rc41Board  = "160-city-board-disclosure-request-answered-with-other-pupils-guidance-sheets"
	rc41City   = "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients"
	rc41Copier = "162-us-health-plan-subsidiary-leased-copier-returned-with-hard-drive-tv-station-bought-it"
)

// F1181, F1182 (161): the city's final report told the PPC that the persons
// who cannot be told were told instead by the announcement of 6/5 (its tax
// data only; the evacuation plans' data was found on 6/29 and announced on
// 6/30), under APPI Art. 26(2) proviso, a business's provision: a public
// body's notice is Art. 68(2).
func TestAlternativeNoticeIsTheAnnouncementAfterTheSetWasFound(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc41City)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(final, "2026年6月30日の公表をもって通知に代える措置を講じた（個人情報保護法第68条第2項）。") ||
		strings.Contains(final, "第26条第2項但書") {
		t.Errorf("161 final report's alternative measure:\n%s", final)
	}
	// The preliminary report of 6/8, before the plans' data was found, names
	// the announcement of its day.
	prelim := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(prelim, "2026年6月5日の公表をもって通知に代える措置を講じた（個人情報保護法第68条第2項）。") {
		t.Errorf("161 preliminary report's alternative measure:\n%s", prelim)
	}
	// A business keeps Art. 26(2) proviso.
	inc.Org.Kind = "private"
	inc.Org.Sector = "bpo"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs); !strings.Contains(final, "の公表をもって通知に代える措置を講じた（個人情報保護法第26条第2項但書）。") {
		t.Errorf("161 as a business:\n%s", final)
	}
}

// F1180 (160): the guardians of 29 pupils, addressed 「生徒・保護者の皆さまへ」
// and told of 「生徒の皆さまの個人情報」, were asked to report anything odd
// 「ご自身の情報に関して」: their own information was not involved.
func TestTellUsSpeaksOfTheChildrensData(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc41Board)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, variant := range []string{VariantLetter, VariantWeb} {
		ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: variant}, inc, a, rs)
		if strings.Contains(ja, "ご自身の情報に関して") || !strings.Contains(ja, "生徒の皆さまの情報に関して、身に覚えのない連絡など") {
			t.Errorf("160 %s notice's request:\n%s", variant, ja)
		}
	}
}

// F1183 (162): a copier's hard drive handed on with the lease and given back
// by the station that bought the copier was told as "the lost or stolen
// documents or devices were found and returned to us" (「紛失・盗難した書類・
// 記録媒体等」): nothing was lost or stolen. A cause that is neither names
// the things by what they held.
func TestThingsHandedOnAreNotLostOrStolen(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc41Copier)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(en, "lost or stolen") || !strings.Contains(en, "On March 24, 2026, the documents or devices that held the information were found and returned to us.") {
		t.Errorf("162 EN notice:\n%s", en)
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(ja, "紛失・盗難") || !strings.Contains(ja, "情報が記録された書類・記録媒体等") {
		t.Errorf("162 JA notice:\n%s", ja)
	}
}

// F1186 (162): the English announcement of a health plan's members' and
// staff's data said "personal information of some of our customers" (the
// Japanese: 関係者の皆さま). Only an audience of customers is called so.
func TestAnnouncementNamesItsPeople(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc41Copier)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs)
	if strings.Contains(en, "some of our customers") || !strings.Contains(en, "personal information of some of the people whose information we hold was acquired") {
		t.Errorf("162 EN announcement:\n%s", en)
	}
}

// F1190 (162): the lint on a remark in the reason for knowing said "The
// reason is printed as typed in the report to the PPC (item (1))" for a US
// subsidiary to which Japan's law does not apply: no report to the PPC is
// drafted, and no document prints the reason.
func TestWhyRemarkNamesAReportOnlyWhereThereIsOne(t *testing.T) {
	all := lintsOfScenarios(t)
	for name, ppc := range map[string]bool{
		rc41Copier: false,
		rc41Board:  true,
	} {
		found := false
		for _, f := range all[name] {
			if f.Code != CodeRemarkInWhy {
				continue
			}
			found = true
			if strings.Contains(f.Message.EN, "report to the PPC") != ppc || strings.Contains(f.Message.JA, "個人情報保護委員会への報告") != ppc {
				t.Errorf("%s: %s", name[:3], f.Message.EN)
			}
		}
		if !found {
			t.Errorf("%s: no %s", name[:3], CodeRemarkInWhy)
		}
	}
}
