package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase33 review (scenarios 137–139; testdata/golden/
// assess/REVIEW.md, F760–).

// F760 (138, a hotel group's reservation database: card and passport
// numbers encrypted, the key maybe taken, the leak only possible on the
// day of the 速報): the report's 「暗号化等の保護措置」 read 「暗号化されていた
// が、鍵も漏えいした（おそれがある）」, a leak of the key asserted, hedged in
// brackets; the same line of a confirmed leak (33) would hedge it. The
// line states both cases the answer covers, of the key, and neither
// asserts nor hedges the leak of the data.
func TestKeyTakenIsNotAssertedInTheReport(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["33-zip-and-password-misdirected"]
	if inc.DataSets[0].Encryption != incident.HighGradeKeyOut {
		t.Fatalf("33's set is no longer encrypted with the key out: %q", inc.DataSets[0].Encryption)
	}
	for i := range inc.DataSets {
		inc.DataSets[i].Status = []incident.StatusChange{{Status: incident.Possible}}
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(got, "暗号化されていたが、復号の鍵も第三者に取得され、又は取得されたおそれがある") || strings.Contains(got, "鍵も漏えいした（") {
		t.Errorf("the key's leak is asserted:\n%s", got)
	}
	if has(lintOf(t, inc), CodeStatusAsserted, "") {
		t.Errorf("status.asserted fires on 33 with its set only possibly leaked")
	}
	if has(lintOf(t, scenarios(t)["33-zip-and-password-misdirected"]), CodeStatusHedged, "") {
		t.Errorf("status.hedged fires on 33, its leak confirmed")
	}
}

// F761 (138): the GDPR notification listed 「passport number (stored
// encrypted) (for up to approx. 2.56 million of the people involved)」 and
// lint called the item stated for everyone: its pattern of a qualifying
// count knew "4,300" but not a count in millions, as countWordsEN writes
// the large ones.
func TestLintReadsACountInMillionsAsQualifying(t *testing.T) {
	for _, s := range []string{
		"passport number (for up to approx. 2.56 million of the people involved)",
		"passport number (for approx. 860,000 of the people involved)",
		"card number (approx. 1.2 million people)",
	} {
		if !qualifyEN.MatchString(s) {
			t.Errorf("not read as qualified: %q", s)
		}
	}
	inc := scenarios(t)["138-hotel-group-acquired-chain-reservation-db-intruded-since-2014-count-falls"]
	// Under both laws, 138 has one notification to each authority (F1085).
	fs := lintOf(t, inc)
	for _, id := range []string{"gdpr-art33-eu-en", "gdpr-art33-uk-en"} {
		if has(fs, CodeCategoryAll, id) {
			t.Errorf("138: %s fires on the GDPR notification %s", CodeCategoryAll, id)
		}
	}
}

// F762 (138): the announcement of 11/30 said 「クレジットカード情報が不正に利用
// されるおそれがあります」 of everyone, as the facts stood then (the card
// holders were counted on 1/4, Category.On), and lint called the card an
// item of only some, reading the count of 1/4 against a document of 11/30.
// Lint reads an item's count as the documents do: not before its day.
func TestLintReadsAnItemCountFromItsDay(t *testing.T) {
	inc := scenarios(t)["138-hotel-group-acquired-chain-reservation-db-intruded-since-2014-count-falls"]
	if has(lintOf(t, inc), CodeCategoryAll, "public-ja") {
		t.Errorf("138: %s fires on the announcement of 11/30", CodeCategoryAll)
	}
}

// F763 (137, a university): a set of 「学生（在学生・卒業生・退学者）」 read as
// two kinds, students and pupils (卒業生 is a school's word too), and was
// told 「関係者の皆さまへ」. A university's graduates are its students'
// kind; a school's (在校生・卒業生) stay pupils.
func TestUniversityGraduatesAreStudents(t *testing.T) {
	for name, want := range map[string]string{
		"在学生・卒業生": "学生の皆さま",
		"学生支援課に面談を予約した学生（在学生・卒業生・退学者）": "学生の皆さま",
		"在校生・卒業生": "生徒・保護者の皆さま",
		"中学生・卒業生": "生徒・保護者の皆さま",
	} {
		if got := personKindJA(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	rs := mustRules(t)
	inc := scenarios(t)["137-university-schedule-tool-support-interviews-visible-to-all-staff-eight-years"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(got, "学生の皆さまへ") {
		t.Errorf("137's letter is not to its students:\n%s", got)
	}
}

// F764 (139, a psychiatric hospital): the report said of ten years of
// patients 「うち、既に取引を終了した方（退会者等）」, the words for a
// business's customers. A hospital's former patients finished their care.
func TestFormerPatientsFinishedTheirCare(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["139-prefectural-psychiatric-hospital-ransomware-police-found-dark-web-deceased"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(got, "うち、既に診療を終えた方（過去の患者）") || strings.Contains(got, "取引を終了した方") {
		t.Errorf("139's report does not name its former patients so:\n%s", got)
	}
	letter := Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}
	if got := docText(t, letter, inc, a, rs); !strings.Contains(got, "対象には、既に診療を終えた方の情報も含まれております。") || strings.Contains(got, "退会") {
		t.Errorf("139's letter does not name its former patients so:\n%s", got)
	}
	// Their records kept past the hospital's rule: the apology says so
	// in the same words.
	inc.DataSets[0].Former.LeftFrom, inc.DataSets[0].Former.RetentionYears = "2015", 5
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, letter, inc, a, rs); !strings.Contains(got, "診療の終了後5年を経過した情報は") || !strings.Contains(got, "診療を終えた皆さまにも") {
		t.Errorf("139 with a retention rule: the apology does not speak of former patients:\n%s", got)
	}
}

// F766 (138): the update of 1/4 said 「旧チェーンの宿泊者・会員（予約データ
// ベース）（最大約3,830万名）…については、クレジットカード情報が不正に利用され
// るおそれがあります」 of the 約86万名 among them whose card numbers were
// held. Where several sets are named, a set whose persons only in part had
// the item is named with that part; several such items counted apart
// (licence numbers of some, passport numbers of others, 95) with no number.
func TestHarmNamesThePartOfASetThatHadTheItem(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["138-hotel-group-acquired-chain-reservation-db-intruded-since-2014-count-falls"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if !strings.Contains(got, "旧チェーンの宿泊者・会員（予約データベース）のうち約86万名及びフランチャイズ加盟ホテルの宿泊者（予約システムで受託）（最大約410万名）については、クレジットカード情報が不正に利用されるおそれがあります。") {
		t.Errorf("138: the card holders are not named as a part:\n%s", got)
	}
	inc = scenarios(t)["95-au-subsidiary-ransomware-finance-customers"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs); !strings.Contains(got, "金融顧客のうち該当する方については、運転免許証番号、旅券番号等を") {
		t.Errorf("95: the holders of licences and passports are not named as those concerned:\n%s", got)
	}
	if got := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1}, inc, a, rs); !strings.Contains(got, "For those concerned among ") || !strings.Contains(got, "For approx. 220 people among ") {
		t.Errorf("95: the English advice names whole sets:\n%s", got)
	}
}

// F767 (139): the hospital knew when the attack ended (the systems went
// down on 5/19), not when it began, and its notice read 「不正なアクセスが
// 可能な状態にあった期間は、2025年5月19日までです」, a period with no start. The
// start is said to be under investigation.
func TestPeriodWithNoStartSaysItIsUnderInvestigation(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["139-prefectural-psychiatric-hospital-ransomware-police-found-dark-web-deceased"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(got, "不正なアクセスが可能な状態にあった期間は、2025年5月19日まで（始まりの時期は調査中）です。") {
		t.Errorf("139: the period's start is not said to be unknown:\n%s", got)
	}
	inc = scenarios(t)["138-hotel-group-acquired-chain-reservation-db-intruded-since-2014-count-falls"]
	inc.Exposure.From = ""
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(got, "(when it began is still under investigation)") {
		t.Errorf("138 with no start: the English period does not say its start is unknown:\n%s", got)
	}
}

// F768 (139; 110): the 確報 told the PPC 「報告対象外：亡くなった患者（約3,100名）（…
// このデータセットは漏えい等の報告・本人への通知の対象になりません。ご遺族・届出人など生存
// する方の情報は、その方の個人情報として別のデータセットで判定します）」, words written
// for the tool's user. The report gives the rule's reason, its first
// sentence, in words fit for the authority.
func TestExclusionReasonInTheReportIsForTheAuthority(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["139-prefectural-psychiatric-hospital-ransomware-police-found-dark-web-deceased"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(got, "・報告対象外：亡くなった患者（約3,100名）（亡くなった方の情報は「個人情報」（生存する個人に関する情報）に当たらないため、漏えい等の報告・本人への通知の対象になりません）") {
		t.Errorf("139's report does not give the reason as wanted:\n%s", got)
	}
	for _, w := range []string{"データセット", "判定します", "確認してください"} {
		if strings.Contains(got, w) {
			t.Errorf("139's report speaks to the tool's user (%q):\n%s", w, got)
		}
	}
}

// F769 (139): a prefecture's psychiatric hospital, a local incorporated
// administrative agency named 「…精神科医療センター」, entered as a local
// public body, was judged by the rules for public bodies (more than 100
// persons, Art. 68) with no word: its name has neither 病院 nor 診療所. A
// local agency running a hospital is treated as a business (Art. 58(2)).
func TestLocalMedicalCentreIsNamedAsABusiness(t *testing.T) {
	inc := scenarios(t)["139-prefectural-psychiatric-hospital-ransomware-police-found-dark-web-deceased"]
	if has(lintOf(t, inc), CodePublicAsBusiness, "") {
		t.Errorf("139 entered as a business: %s fires", CodePublicAsBusiness)
	}
	inc.Org.Kind = incident.Local
	if !has(lintOf(t, inc), CodePublicAsBusiness, "") {
		t.Errorf("139 entered as a local public body: %s does not fire", CodePublicAsBusiness)
	}
}
