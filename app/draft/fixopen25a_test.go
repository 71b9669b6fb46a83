package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the fixopen25a round (testdata/golden/assess/REVIEW.md).

// noticesOf is the text of every notice of inc (to the persons), by id.
func noticesOf(t *testing.T, inc *incident.Incident) map[string]string {
	t.Helper()
	out := map[string]string{}
	for id, text := range allTexts(t, inc) {
		if strings.HasPrefix(id, "notice-") {
			out[id] = text
		}
	}
	if len(out) == 0 {
		t.Fatal("no notice drafted")
	}
	return out
}

// F977 (151): patients a criminal wrote to for money were warned of fake
// messages and bills. With the answer "the persons are or may be contacted
// with demands for money" every notice, in Japanese and in English, tells
// them not to pay or reply, to keep the message and to go to the police,
// in place of the general warning of fake messages; the Art. 33 and 34
// documents name extortion among the likely consequences. Unanswered, the
// notices are as before.
func TestDemandsForMoneyAnsweredInTheNotices(t *testing.T) {
	inc := scenarios(t)["151-fi-subsidiary-therapy-records-stolen-years-ago-patients-extorted"].Clone()
	inc.Risk.Extortion = incident.Unknown
	for id, text := range noticesOf(t, inc) {
		if strings.Contains(text, "do not pay and do not reply") || strings.Contains(text, "支払いや返信をせず") {
			t.Errorf("151 unanswered %s: tells of extortion", id)
		}
	}
	inc.Risk.Extortion = incident.Yes
	for id, text := range noticesOf(t, inc) {
		want, bad := "do not pay and do not reply", "Be careful with unexpected e-mails"
		if strings.Contains(id, "-ja") {
			want, bad = "支払いや返信をせず、記載されたリンクや添付ファイルも開かずに、届いた連絡をそのまま保存し、最寄りの警察署にご相談", "等を装った不審なメール、SMS、電話、郵便物にご注意ください"
		}
		if !strings.Contains(text, want) {
			t.Errorf("151 %s: no %q", id, want)
		}
		if strings.Contains(text, bad) {
			t.Errorf("151 %s: still %q", id, bad)
		}
	}
	texts := allTexts(t, inc)
	for _, id := range []string{"gdpr-art33-en", "gdpr-art34-en"} {
		if !strings.Contains(texts[id], "extortion") {
			t.Errorf("151 %s: extortion not among the likely consequences", id)
		}
	}
}

// F1027 (153): a customer a worker followed after looking up her address
// was thanked in the letter for her custom (「平素より格別のご愛顧を
// 賜り」), asked to report unexpected contact, and told nothing of her
// safety. With the answer "the persons' safety may be at risk from someone
// who obtained the data" the letters open on what happened, and every
// notice says whom to call when in danger (110, #9110 for readers in
// Japan) and asks the company to say what it did for their safety; the
// publication step cautions against an announcement that could identify
// them (playbook, checked in app/assess).
func TestSafetyAtRiskAnsweredInTheNotices(t *testing.T) {
	inc := scenarios(t)["153-moving-company-worker-looked-up-customer-address-stalking-police"].Clone()
	inc.Risk.SafetyAtRisk = incident.Unknown
	for id, text := range noticesOf(t, inc) {
		if strings.Contains(text, "#9110") {
			t.Errorf("153 unanswered %s: tells of danger", id)
		}
	}
	inc.Risk.SafetyAtRisk = incident.Yes
	for id, text := range noticesOf(t, inc) {
		for _, want := range []string{"110番通報してください", "警察相談専用電話（#9110）", "ご本人の安全のために講じた措置"} {
			if !strings.Contains(text, want) {
				t.Errorf("153 %s: no %q", id, want)
			}
		}
		for _, bad := range []string{"ご愛顧", "身に覚えのない連絡など、お気づきの点"} {
			if strings.Contains(text, bad) {
				t.Errorf("153 %s: still %q", id, bad)
			}
		}
	}
	rs := mustRules(t)
	letter := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)
	if !strings.Contains(letter, "拝啓　このたび") || strings.Contains(letter, "ご愛顧") {
		t.Errorf("153's letter does not open on what happened:\n%s", letter)
	}
	for id, text := range noticesOf(t, inEnglish(inc)) {
		if !strings.HasPrefix(id, "notice-") || strings.Contains(id, "-ja") {
			continue
		}
		for _, want := range []string{"If you feel you are in danger, call the police at once.", "what you did for the person's safety"} {
			if !strings.Contains(text, want) {
				t.Errorf("153 in English %s: no %q", id, want)
			}
		}
		if strings.Contains(text, "#9110") {
			t.Errorf("153 in English, persons in California, %s: Japan's police line", id)
		}
	}
}

// F1028 (153): a worker who read a customer's address on the screen and
// used it was told as taking the data out: 「不正な持ち出しによる個人情報
// 漏えい」, 「従業者による不正な持ち出し」, 「従業者による持ち出しの開始」.
// With the answer "nothing was copied or taken out" the title, the cause,
// the period and the time line say he looked it up for no business reason
// and used it, in Japanese and in English; unanswered, the words are as
// before.
func TestInsiderWhoLookedUpAndUsedTookNothingOut(t *testing.T) {
	inc := scenarios(t)["153-moving-company-worker-looked-up-customer-address-stalking-police"].Clone()
	inc.Cause.CopiedOut = incident.Unknown
	saysSomewhere(t, "153 unanswered", inc, "従業者による不正な持ち出し")
	inc.Cause.CopiedOut = incident.No
	bad := []string{"持ち出し", "taken out", "took data"}
	saysSomewhere(t, "153", inc, "業務外の閲覧と私的な利用による個人情報漏えい", bad...)
	saysSomewhere(t, "153", inc, "原因は、従業者による業務外の閲覧と私的な利用です。", bad...)
	saysSomewhere(t, "153", inc, "従業者による業務外の閲覧の開始", bad...)
	saysSomewhere(t, "153", inc, "業務外の閲覧が行われた可能性のある期間", bad...)
	saysSomewhere(t, "153 in English", inEnglish(inc), "an employee has looked up personal information we hold for no business reason and used it for their own purposes", "without authorization")
}

// F1033 (152): the answer to the PPC's order of 3/19, filed 3/23 while
// every set was only possible, was titled 「個人データの漏えい等事案に関する
// 報告書」 and opened 「当社において個人データの漏えい等事案が発生し」. A
// report to an authority with no set confirmed speaks of a matter 「漏えい
// 等のおそれがある」, and once every set is ruled out, of the おそれ that
// arose; a confirmed leak keeps its words (02).
func TestReportWithNoSetConfirmedSpeaksOfAPossibleLeak(t *testing.T) {
	texts := allTexts(t, scenarios(t)["152-messaging-app-china-affiliate-engineers-could-access-users-no-leak"])
	for id, want := range map[string][]string{
		"ministry-p2-ja":   {"個人データの漏えい等のおそれがある事案に関する報告書", "当社において個人データの漏えい等のおそれがある事案が発生し"},
		"ministry-p3-ja":   {"個人データの漏えい等のおそれが生じた事案に関する報告書", "当社において個人データの漏えい等のおそれが生じ、"},
		"ministry-p2-2-ja": {"個人データの漏えい等のおそれが生じた事案に係る再発防止策等の実施状況のご報告"},
	} {
		text, ok := texts[id]
		if !ok {
			t.Errorf("152: no %s", id)
			continue
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("152 %s: no %q", id, w)
			}
		}
		if strings.Contains(text, "漏えい等事案") {
			t.Errorf("152 %s: still 「漏えい等事案」", id)
		}
	}
	for id, text := range allTexts(t, scenarios(t)["02-hosting-os-command-injection"]) {
		if strings.HasPrefix(id, "ministry") && !strings.Contains(text, "個人データの漏えい等事案に関する報告書") {
			t.Errorf("02 %s: a confirmed leak lost its title", id)
		}
	}
}

// F1100 (153): with the persons' safety at risk, the drafted announcement
// said 「Aさん（見積・契約情報）（1名）の情報が漏えいしたことを確認」: a lint
// warns of an announcement that names or counts a set of a few persons.
// Silent on every other scenario, and on 153 unanswered.
func TestLintWarnsOfAnAnnouncementNamingFewWhenInDanger(t *testing.T) {
	for n, fs := range lintsOfScenarios(t) {
		if has(fs, CodeFewNamed, "") != strings.HasPrefix(n, "153-") {
			t.Errorf("%s: %s fires %v", n, CodeFewNamed, has(fs, CodeFewNamed, ""))
		}
	}
	inc := scenarios(t)["153-moving-company-worker-looked-up-customer-address-stalking-police"].Clone()
	inc.Risk.SafetyAtRisk = incident.Unknown
	if has(lintOf(t, inc), CodeFewNamed, "") {
		t.Error("153 unanswered: fires")
	}
}
