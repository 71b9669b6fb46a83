package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F891 (145, 45): an announcement dated before the company knew personal
// data was affected listed every item entered since: 145's statement of
// 5/5 on the attack gave the payroll items down to the tax file numbers,
// learnt on 5/11. Before the knowing the data section says whether and
// which personal information is involved is being investigated; from the
// knowing on, the items are listed.
func TestAnnouncementBeforeTheKnowingListsNoItems(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		name, item string
		lang       string
	}{
		{"145-au-logistics-ransomware-payroll-staff-au-nz-sg-leak-site", "Tax File Number", EN},
		{"145-au-logistics-ransomware-payroll-staff-au-nz-sg-leak-site", "給与", JA},
		{"45-emotet-staff-pc-contacts", "メールアドレス", JA},
	} {
		inc := scenarios(t)[c.name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		first := docText(t, Spec{Kind: KindPublic, Lang: c.lang, Variant: VariantWeb}, inc, a, rs)
		pending := map[string]string{JA: "個人情報が含まれるかどうか、含まれる場合にどの情報かは、現在調査中です。", EN: "Whether personal information is involved, and if so which, is still under investigation."}[c.lang]
		if strings.Contains(first, c.item) || !strings.Contains(first, pending) {
			t.Errorf("%s %s: the announcement before the knowing lists the items:\n%s", c.name, c.lang, first)
		}
		next := docText(t, Spec{Kind: KindPublic, Lang: c.lang, Variant: VariantWeb, Follow: 1}, inc, a, rs)
		if !strings.Contains(next, c.item) || strings.Contains(next, pending) {
			t.Errorf("%s %s: the announcement after the knowing lost its items:\n%s", c.name, c.lang, next)
		}
	}
}

// F901 (101, 102, 106, 110, 118, 134, 136, 139): 「14時10分頃」 typed as an
// approximate event at 14:10 was printed by its day in the report
// (「2025年12月12日頃（推定）」) while its clocks ran from 14:10. An
// approximate event with a time of day is about that time: the report
// prints 「2025年12月12日 14時10分頃（推定）」; one at the start of its day is
// still about the day.
func TestApproximateTimeIsPrintedWithItsTime(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["101-school-teacher-usb-grades-found-week-later"]
	if inc == nil {
		t.Fatal("scenario 101 not found")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(text, "2025年12月12日 14時10分頃（推定）") || strings.Contains(text, "2025年12月12日頃（推定）") {
		t.Errorf("the time of an approximate event is lost:\n%s", text)
	}
}

// F903 (64): users named with pupils and teachers in brackets (「国内の利用者
// （個人・教育機関の生徒・教員）」) were addressed 「お客様各位」 and thanked
// 「平素より格別のご愛顧を賜り」: they use an app through their school. They
// are addressed as users, thanked for using it.
func TestUsersWithPupilsAreAddressedAsUsers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["64-edu-app-dev-db-148-countries"]
	if inc == nil {
		t.Fatal("scenario 64 not found")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(text, "お客様各位") || strings.Contains(text, "ご愛顧") || !strings.Contains(text, "ご利用者の皆さま") {
		t.Errorf("64 d1 addressed as customers:\n%s", text)
	}
}

// F867 (142): the warning of 1/13, before the company knew of the leak,
// was titled 「不正な持ち出しによる個人情報漏えいのおそれに関する…」 and gave
// the user's cause text 「当該従業員が他の従業員のID・パスワードを使い…」,
// learnt on 1/24. Before the knowing an insider's taking is not named, and
// the user's cause text (typed when all was known) is not used; from the
// knowing on, both are.
func TestInsiderCauseNotNamedBeforeTheKnowing(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s142]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	first := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	if strings.Contains(first, "持ち出し") && strings.Contains(first, "持ち出しによる個人情報") || strings.Contains(first, "当該従業員が") || !strings.Contains(first, "原因は、現在調査中です。") {
		t.Errorf("the announcement before the knowing names the insider:\n%s", first)
	}
	next := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if !strings.Contains(next, "当該従業員が") {
		t.Errorf("the announcement after the knowing lost the cause:\n%s", next)
	}
}

// F1042 (145): the English announcement of 5/5, before the knowing, opened
// "… announces that personal information of people who work or have worked
// for us may have been acquired", where the Japanese one says the effect is
// being investigated. Before the knowing the English lead says so too.
func TestEnglishLeadBeforeTheKnowingNamesNoPersons(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["145-au-logistics-ransomware-payroll-staff-au-nz-sg-leak-site"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	first := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs)
	if strings.Contains(first, "people who work or have worked for us") || !strings.Contains(first, "is investigating whether personal information was affected") {
		t.Errorf("the English lead before the knowing:\n%s", first)
	}
}

// F1041: with no cause entered, a window was told 「不正なアクセスが可能な状態に
// あった期間」, asserting an access the facts do not hold.
func TestWindowWithoutCauseAssertsNoAccess(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["13-just-detected"].Clone()
	inc.Exposure = incident.Window{From: "2026-01-05", To: "2026-01-09"}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(text, "不正なアクセス") || !strings.Contains(text, "本件の対象となる期間は") {
		t.Errorf("a window without a cause:\n%s", text)
	}
}
