package draft

import (
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Fixes of session 15 (testdata/golden/assess/REVIEW.md).

// F336 (86): the customers seen on a barber chain's cameras are known by
// their faces only, yet a letter and an e-mail 「お客様各位」 were drafted for
// them. A set can say that none of its persons can be told: no notice is
// drafted for it, the announcement names it and stands as its notice (APPI
// Art. 26(2) proviso), and the report's item says so instead of "not yet
// done".
func TestSetNobodyCanBeToldGetsNoLetter(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["86-barber-chain-cameras-on-overseas-site"]
	if inc.Risk.NoticeUnreachable == incident.Yes || inc.DataSets[0].Unreachable != incident.Yes {
		t.Fatal("86 is entered with the customers' set unreachable, not the incident")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var notices []string
	for _, s := range Available(inc, a) {
		if s.Kind == KindNotice {
			notices = append(notices, s.DocID())
		}
	}
	if len(notices) != 1 || notices[0] != "notice-ja" {
		t.Fatalf("notices of 86: %v; want the staff's only, as the one notice", notices)
	}
	staff := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(staff, "来店されたお客様") || strings.Contains(staff, "お客様各位") {
		t.Errorf("the one notice left speaks to customers:\n%s", staff)
	}
	pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	if !strings.Contains(pub, "店内の防犯カメラ映像（来店されたお客様）に含まれる方につきましては、どなたが対象となるかを特定できない、又はご連絡先が分からないため、個別にご連絡することができません。本公表をもちまして個別のご連絡に代えさせていただきます。") {
		t.Errorf("the announcement does not stand as the customers' notice:\n%s", pub)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ppc, "本人への通知：店内の防犯カメラ映像（従業員）（57名）への通知は未実施") ||
		!strings.Contains(ppc, "店内の防犯カメラ映像（来店されたお客様）の本人については、本人を特定できない又は連絡先が分からないため個別に通知できず、2026年1月23日の公表をもって通知に代える措置を講じた") {
		t.Errorf("the report's notice item:\n%s", ppc)
	}
	if ob := (&view{a: a}).obligation("jp.notice.alternative"); ob == nil {
		t.Error("the alternative measure (jp.notice.alternative) is not among the obligations")
	}

	// Every set unreachable: no notice at all; the announcement still says
	// it stands as theirs, in English too.
	none := inc.Clone()
	for i := range none.DataSets {
		none.DataSets[i].Unreachable = incident.Yes
	}
	a = assess.Evaluate(none, rs, none.UpdatedAt)
	for _, s := range Available(none, a) {
		if s.Kind == KindNotice {
			t.Errorf("a notice is drafted for persons nobody can reach: %s", s.DocID())
		}
	}
	ppc = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, none, a, rs)
	if strings.Contains(ppc, "未実施") {
		t.Errorf("no one can be told, yet the report says the notice is not yet done:\n%s", ppc)
	}
	en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, none, a, rs)
	if !strings.Contains(en, "individually: we cannot tell who they are, or we do not know how to contact them. For them, this announcement takes the place of an individual notice.") {
		t.Errorf("English announcement:\n%s", en)
	}
}

// A set marked as having no one who can be told, whose items include
// e-mail addresses, is asked whether the company still holds them: the
// announcement stands as notice only where notifying is difficult.
func TestUnreachableSetWithContactDetailsIsQuestioned(t *testing.T) {
	inc := scenarios(t)["86-barber-chain-cameras-on-overseas-site"]
	if has(lintOf(t, inc), CodeUnreachableContact, "") {
		t.Errorf("footage only: %s fires", CodeUnreachableContact)
	}
	mail := inc.Clone()
	mail.DataSets[0].Categories = append(mail.DataSets[0].Categories, incident.Category{ID: "email"})
	if !has(lintOf(t, mail), CodeUnreachableContact, "") {
		t.Errorf("e-mail addresses in an unreachable set: no %s", CodeUnreachableContact)
	}
	mail.DataSets[0].Unreachable = incident.No
	if has(lintOf(t, mail), CodeUnreachableContact, "") {
		t.Errorf("a reachable set: %s fires", CodeUnreachableContact)
	}
}

// F344 (87): in credential stuffing, the users whose data a relatives
// feature showed to the accounts taken over were told their passwords were
// not involved, but not how their data was reached. Their notice says their
// own ID and password were not used and that the data was reached through
// other users' accounts; the notice to those whose accounts were taken over
// does not.
func TestDataSeenThroughOthersAccountsIsSaid(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["87-genetic-test-service-relatives-feature"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	const ja = "お客様ご自身のID・パスワードが使われたものではなく、第三者が不正にログインした他の利用者のアカウントを通じて、お客様の情報が閲覧・取得されたものです。"
	if d2 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d2"}, inc, a, rs); !strings.Contains(d2, ja) {
		t.Errorf("the relatives-feature users are not told how their data was reached:\n%s", d2)
	}
	if d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d1"}, inc, a, rs); strings.Contains(d1, "ご自身のID・パスワードが使われたものではなく") {
		t.Errorf("the users whose accounts were taken over are told their passwords were not used:\n%s", d1)
	}
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantWeb, Set: "d2"}, inc, a, rs); !strings.Contains(en, "Your own ID and password were not used: your information was viewed and taken through the accounts of other users that a third party had logged into.") {
		t.Errorf("English notice to the relatives-feature users:\n%s", en)
	}
	// Every set's passwords ruled out: no one's account is said to have
	// been used, so nothing is said of others' accounts.
	all := inc.Clone()
	for i := range all.DataSets {
		all.DataSets[i].NotInvolved = append(all.DataSets[i].NotInvolved, "login_password")
		var cs []incident.Category
		for _, c := range all.DataSets[i].Categories {
			if cat := rs.Category(c.ID); cat == nil || !cat.Has("password") {
				cs = append(cs, c)
			}
		}
		all.DataSets[i].Categories = cs
	}
	a = assess.Evaluate(all, rs, all.UpdatedAt)
	if d2 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d2"}, all, a, rs); strings.Contains(d2, "他の利用者のアカウントを通じて") {
		t.Errorf("no set's passwords were used, yet:\n%s", d2)
	}
}

// F343 (87): 「親族マッチング・家系図機能の利用者（自分のアカウントは無事）」, a
// remark the user wrote for themselves, reached the PPC's report and the
// announcement: a set's name is printed as typed. The checks name it; the
// parenthesised names of the other scenarios (「会員（共通ログインIDの登録者）」)
// are not remarks.
func TestRemarkInASetNameIsNamed(t *testing.T) {
	for name, fs := range lintsOfScenarios(t) {
		got := has(fs, CodeRemarkInName, "")
		// 149's 「（個人事業主を含むかもしれない）」 is the user's doubt too;
		// 136's is in its retention rule's name (「（守られていなかった）」, F1147).
		if want := name == "87-genetic-test-service-relatives-feature" || name == "149-grid-company-parent-sales-staff-viewed-rival-retailers-customers" || strings.HasPrefix(name, "136-"); got != want {
			t.Errorf("%s: %s %v, want %v", name, CodeRemarkInName, got, want)
		}
	}
	inc := scenarios(t)["05-misdelivered-email"].Clone()
	inc.DataSets[0].Name = "会員（たぶん全員）"
	if !has(lintOf(t, inc), CodeRemarkInName, "") {
		t.Errorf("「%s」: no %s", inc.DataSets[0].Name, CodeRemarkInName)
	}
	// A word of doubt is named once, by the check of unsure names.
	inc.DataSets[0].Name = "会員（人数は要確認）"
	if fs := lintOf(t, inc); has(fs, CodeRemarkInName, "") || !has(fs, CodeUnsureName, "") {
		t.Errorf("「%s」: %s %v, %s %v; want the second only", inc.DataSets[0].Name, CodeRemarkInName, has(fs, CodeRemarkInName, ""), CodeUnsureName, has(fs, CodeUnsureName, ""))
	}
	inc.DataSets[0].Name = "かもめ便の会員"
	if has(lintOf(t, inc), CodeRemarkInName, "") {
		t.Errorf("「%s」 is a name, not a remark", inc.DataSets[0].Name)
	}
}

// F276's remainder (76): a cram school asked the SNS to delete a teacher's
// posts of pupils, but only the internal account said so. The removal asked
// of the sites is an event of its own: the notices, the announcement and the
// reports tell it among what was done, in English too, and the step that
// asks for it is done by it.
func TestRemovalAskedOfTheSitesIsTold(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["76-cram-school-teacher-posted-pupils-on-sns"]
	if _, ok := inc.FirstEvent(incident.EvTakedown); !ok {
		t.Fatal("76 has no takedown event")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	const ja = "2023年8月11日頃、対象の情報が掲載されていたウェブサイト等の運営者に、削除を依頼いたしました。"
	for _, s := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantWeb}, {Kind: KindPublic, Lang: JA, Variant: VariantWeb}} {
		if d := docText(t, s, inc, a, rs); !strings.Contains(d, ja) {
			t.Errorf("%s does not tell the removal asked:\n%s", s.DocID(), d)
		}
	}
	if d := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(d, "情報の掲載先に削除を依頼") {
		t.Errorf("the report's timeline lacks the removal asked:\n%s", d)
	}
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantWeb}, inc, a, rs); !strings.Contains(en, "we asked the operators of the websites or services where the information was posted to remove it.") {
		t.Errorf("English notice:\n%s", en)
	}
	var step *assess.Step
	for i := range a.Steps {
		if a.Steps[i].ID == "pb.online.copies" {
			step = &a.Steps[i]
		}
	}
	if step == nil || step.DoneBy == "" {
		t.Errorf("the removal step is not done by the takedown event: %+v", step)
	}
	without := inc.Clone()
	without.Events = slices.DeleteFunc(without.Events, func(e incident.Event) bool { return e.Kind == incident.EvTakedown })
	a = assess.Evaluate(without, rs, without.UpdatedAt)
	if d := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, without, a, rs); strings.Contains(d, "削除を依頼いたしました") {
		t.Errorf("no removal asked, yet the announcement says so:\n%s", d)
	}
}

// F378 (92): a recruiter's file reached 488 companies; 486 confirmed the
// deletion, two were never reached, yet every document said deletion had
// been confirmed where it arrived. A deletion event can give how many
// recipients there were and how many had confirmed: the documents then say
// 486 of the 488 and that the rest are still asked, and the checks take
// those numbers as facts.
func TestDeletionBySomeRecipientsIsToldAsSuch(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["92-recruiter-unmasked-candidate-list-to-clients"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	const ja = "2025年7月7日までに、誤って届いた先（488件）のうち486件において対象の情報が削除されたことを確認いたしました。残る2件にも、引き続き削除を依頼しております。"
	if d := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(d, ja) {
		t.Errorf("the announcement:\n%s", d)
	}
	if d := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(d, "誤って届いた先での削除を確認（488件中486件）") {
		t.Errorf("the report's timeline:\n%s", d)
	}
	if d := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs); !strings.Contains(d, "486 of the 488 recipients had confirmed that they deleted the information; we continue to ask the remaining 2 to delete it.") {
		t.Errorf("the English announcement:\n%s", d)
	}
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeCountMismatch {
			t.Errorf("the deletion's counts are taken for wrong figures: %s %s", f.DocID, f.Message.JA)
		}
	}
	// Every recipient confirmed: told as before.
	all := inc.Clone()
	for i := range all.Events {
		if all.Events[i].Kind == incident.EvDeleted {
			all.Events[i].Confirmed = all.Events[i].Recipients
		}
	}
	a = assess.Evaluate(all, rs, all.UpdatedAt)
	if d := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, all, a, rs); !strings.Contains(d, "2025年7月7日、誤って届いた先において対象の情報が削除されたことを確認いたしました。") {
		t.Errorf("all confirmed:\n%s", d)
	}
}

// F385 (92): the request to the 488 companies to delete the file, sent
// nine minutes after the mistake was seen, was typed as an "other" event:
// the time line read five days to containment (the confirmations). The
// request is a deletion asked (takedown): for a misdelivery it is told as
// asked of those it reached by mistake, and the containment's speed is
// measured to it; the check of measures told before they were done still
// waits for the deletions confirmed.
func TestDeletionAskedOfWrongRecipients(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["92-recruiter-unmasked-candidate-list-to-clients"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if d := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(d, "2025年7月2日、誤って届いた先に、対象の情報の削除を依頼いたしました。") || strings.Contains(d, "ウェブサイト等の運営者") {
		t.Errorf("the announcement:\n%s", d)
	}
	if d := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantWeb}, inc, a, rs); !strings.Contains(d, "we asked those who received the information by mistake to delete it.") {
		t.Errorf("the English notice:\n%s", d)
	}
	found := false
	for _, f := range a.Findings {
		if f.ID == "tl.contain" {
			found = true
			if f.Elapsed != 9*time.Minute {
				t.Errorf("detection to containment: %v to %s (%s)", f.Elapsed, f.To, f.Explanation.EN)
			}
		}
	}
	if !found {
		t.Error("no detection-to-containment finding")
	}
}

// F363 (34, 89): an announcement that nothing leaked asked 「対象となる方」 to
// beware of fake e-mails, as if some were affected. Cleared of a leak (every
// set ruled out on logs covering the whole time), it warns instead of
// impostors using the news, under a heading of its own; ruled out on logs
// that begin too late, the persons are still asked (the earlier period
// cannot be told).
func TestAnnouncementOfNoLeakWarnsOfImpostorsOnly(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["34-possible-leak-ruled-out"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, s := range []Spec{{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, {Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1}} {
		d := docText(t, s, inc, a, rs)
		if strings.Contains(d, "対象となる方へのお願い") || strings.Contains(d, "What affected people can do") {
			t.Errorf("%s still speaks to affected persons:\n%s", s.DocID(), d)
		}
		if !strings.Contains(d, "本件に便乗し") && !strings.Contains(d, "may use the news of this incident") {
			t.Errorf("%s does not warn of impostors:\n%s", s.DocID(), d)
		}
	}
	short := scenarios(t)["89-elearning-admin-url-other-users-via-ipa"]
	a = assess.Evaluate(short, rs, short.UpdatedAt)
	if d := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, short, a, rs); strings.Contains(d, "不審な連絡へのご注意") || !strings.Contains(d, "対象となる方へのお願い") {
		t.Errorf("ruled out on short logs, yet told as cleared:\n%s", d)
	}
}

// F403 (95): an Australian subsidiary's eligible data breach had the GDPR
// notification's equivalent owed to the OAIC (s26WK) and nothing drafted for
// it. The statement is offered where Australia's law makes the breach
// notifiable, with the items of s26WK(3), the Australians among the
// persons, and the date of the filing recorded for the OAIC; it is not
// offered where that law does not apply.
func TestStatementToTheOAIC(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["95-au-subsidiary-ransomware-finance-customers"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	offered := false
	for _, s := range Available(inc, a) {
		offered = offered || s.Kind == KindNDB && s.Lang == EN
	}
	if !offered {
		t.Fatal("95: no statement to the OAIC offered")
	}
	d := docText(t, Spec{Kind: KindNDB, Lang: EN}, inc, a, rs)
	for _, want := range []string{"(a) Identity and contact details of the entity", "(b) Description of the eligible data breach",
		"(c) Kinds of information concerned", "(d) Steps we recommend individuals take", "Date of this statement: December 7, 2023",
		"Of them, living in Australia:", "driver's license number"} {
		if !strings.Contains(d, want) {
			t.Errorf("the statement lacks %q:\n%s", want, d)
		}
	}
	jp := scenarios(t)["01-travel-targeted-email"]
	a = assess.Evaluate(jp, rs, jp.UpdatedAt)
	for _, s := range Available(jp, a) {
		if s.Kind == KindNDB {
			t.Errorf("a case with no Australian law offers %s", s.DocID())
		}
	}
}

// F366 (91; 16): where the police began the case (they told a web shop its
// customers' cards were misused), the memo for them read as a request to
// consult. Told by the police, it answers them: its title and purpose say
// the facts are set out for their investigation, in English too; a memo to
// consult the police keeps its words.
func TestPoliceMemoAnswersThePoliceWhoBeganTheCase(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["16-webshop-card-minority"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPolice, Lang: JA}, inc, a, rs)
	for _, want := range []string{"個人情報の漏えい等事案に関する事実関係の整理（捜査へのご協力）", "1. 本書の趣旨", "2024年5月21日に警察からご連絡をいただきました。捜査へのご協力のため"} {
		if !strings.Contains(ja, want) {
			t.Errorf("the memo lacks %q:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "被害のご相談をいたしたく") {
		t.Errorf("the memo still asks to consult:\n%s", ja)
	}
	if en := docText(t, Spec{Kind: KindPolice, Lang: EN}, inc, a, rs); !strings.Contains(en, "On May 21, 2024, the police contacted us about") {
		t.Errorf("English memo:\n%s", en)
	}
	other := scenarios(t)["02-hosting-os-command-injection"]
	a = assess.Evaluate(other, rs, other.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindPolice, Lang: JA}, other, a, rs); !strings.Contains(ja, "ご相談（事実関係の整理）") || strings.Contains(ja, "捜査へのご協力のため") {
		t.Errorf("a company consulting the police:\n%s", ja)
	}
}
