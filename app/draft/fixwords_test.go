package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the fixwords round (testdata/golden/assess/REVIEW.md: F641,
// F664–F670, F691): what the documents say.

// F668 (128, a staff member took a list home on a USB stick and it leaked
// from a file-sharing program on an internet café's PC): the window entered
// was that of the file's being online, the taking came before it, and the
// notice said 「持ち出しが行われた可能性のある期間は…」. For an insider's
// taking with the data open on the internet, the window is the leak's.
func TestInsiderLeakOnlineNamesTheLeaksWindow(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["128-religious-body-periodical-list-staff-usb-leak"].Clone()
	for i := range inc.DataSets {
		inc.DataSets[i].ExposedOnline = incident.Yes
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(n, "流出した期間は") || strings.Contains(n, "持ち出しが行われた可能性のある期間") {
		t.Errorf("128 notice, data online:\n%s", n)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "was accessible on the internet") {
		t.Errorf("128 English notice, data online:\n%s", en)
	}
	// Taken, never online: the taking's window, as before.
	for i := range inc.DataSets {
		inc.DataSets[i].ExposedOnline = incident.No
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(n, "持ち出しが行われた可能性のある期間は") {
		t.Errorf("128 notice, not online:\n%s", n)
	}
}

// F669 (129, a hospital's charts and their backup encrypted, nothing
// restorable): the notice told the patients nothing of what the data's
// loss means for them. A set lost or damaged with no copy kept says it
// cannot be restored and asks the company what the persons are to do; one
// whose copy is not answered says nothing of it.
func TestUnrestorableDataIsToldWithWhatToDo(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["129-private-hospital-ransomware-charts-destroyed-no-backup"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(n, "お預かりしていた情報は、復元できない状態です。【要記入：これに伴い対象の方にお願いすること") {
		t.Errorf("129 notice to the patients:\n%s", n)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "The information we held cannot be restored. [to be completed: what you ask the persons to do") {
		t.Errorf("129 English notice:\n%s", en)
	}
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs); strings.Contains(n, "復元できない") {
		t.Errorf("129 staff notice, copy not answered:\n%s", n)
	}
	// One set of two in the announcement: it is named.
	pub := docText(t, Spec{Kind: KindPublic, Lang: JA}, inc, a, rs)
	if !strings.Contains(pub, "お預かりしていた情報のうち、電子カルテの患者データの情報は、復元できない状態です。") {
		t.Errorf("129 announcement:\n%s", pub)
	}
	kept := inc.Clone()
	kept.DataSets[0].CopyHeld = incident.Yes
	a = assess.Evaluate(kept, rs, kept.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, kept, a, rs); strings.Contains(n, "復元できない") {
		t.Errorf("a copy kept:\n%s", n)
	}
}

// F665 (130, a cache defect that showed some logged-in users other users'
// conversation titles and billing details): the notices said 「外部から閲覧
// できる状態にあった期間」 and 「外部から閲覧できない状態にいたしました」; the
// data was shown to other users of the service, not to the internet. With
// the set's answer "seen by other users of the service" the documents say
// so; seen by anyone, it reads as viewable on the internet.
func TestShownToOtherUsersIsNotViewableFromOutside(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["130-ai-chat-saas-cache-bug-titles-and-billing"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	for _, want := range []string{"他の利用者の画面に表示されるおそれがあった期間は、", "プログラムを修正し、他の利用者に表示されない状態にいたしました。"} {
		if !strings.Contains(n, want) {
			t.Errorf("130 notice lacks %q:\n%s", want, n)
		}
	}
	if strings.Contains(n, "外部から") {
		t.Errorf("130 notice says 外部から:\n%s", n)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "could be shown on other users' screens") || !strings.Contains(en, "no longer shown to other users") || strings.Contains(en, "from outside") {
		t.Errorf("130 English notice:\n%s", en)
	}
	// Seen by anyone: the data was open on the internet.
	open := inc.Clone()
	for i := range open.DataSets {
		open.DataSets[i].SeenBy = incident.SeenByAnyone
	}
	if open.DataSets[0].Online() != incident.Yes {
		t.Errorf("seen by anyone is not online")
	}
	a = assess.Evaluate(open, rs, open.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, open, a, rs); strings.Contains(n, "他の利用者") || !strings.Contains(n, "インターネット上で不特定多数の者が閲覧できる状態") {
		t.Errorf("seen by anyone:\n%s", n)
	}
}

// F667 (130): an item's words with the user's guess 「会話のタイトル（最初の
// 質問から自動で作る。病気の相談などもありうる）」 were printed in the notices
// and the report. An item whose words guess, or carry an aside longer than
// the item or a sentence, is named; a short aside that qualifies the item
// is not.
func TestItemWithAGuessIsNamed(t *testing.T) {
	fs := lintOf(t, scenarios(t)["130-ai-chat-saas-cache-bug-titles-and-billing"])
	if !has(fs, CodeItemMusing, "") {
		t.Errorf("130: no %s in %v", CodeItemMusing, fs)
	}
	inc := scenarios(t)["130-ai-chat-saas-cache-bug-titles-and-billing"].Clone()
	for text, want := range map[string]bool{
		"会話のタイトル":                                      false,
		"口座番号（普通預金）":                                   false,
		"カードの有効期限（月・年）":                                false,
		"利用履歴（ログイン日時・IPアドレス・端末の種類等）":                   false,
		"会話のタイトル（病気の相談かも）":                             true,
		"会話のタイトル（自動で作る。長いものもある）":                       true,
		"会話（最初の質問から自動で作るタイトルと本文の一部）":                   true,
		"chat titles (might include health questions)": true,
		"TFN (tax file number)":                        false,
		"確認書類（要確認）":                                    false, // unsureNames' alone
	} {
		inc.DataSets[1].Categories[0].Other = text
		if got := has(lintOf(t, inc), CodeItemMusing, ""); got != want {
			t.Errorf("%q: named %v, want %v", text, got, want)
		}
	}
}

// F691 (133, two services' accounts, one's passwords of a service with
// payment functions, the other's without): both kinds read 「ログインID・
// パスワード」 in the documents, and the wording lint, matching by the kind,
// said each set's notice stated an item not in its data and the reports an
// item of some stated for all. The lint reads items by the name the
// documents give them.
func TestLoginKindsNamedAlikeAreOneItemToTheLint(t *testing.T) {
	inc := scenarios(t)["133-us-game-network-shutdown-then-week-before-users-told"].Clone()
	for i, c := range inc.DataSets[1].Categories {
		if c.ID == "login_password_payment" {
			inc.DataSets[1].Categories[i].ID = "login_password"
		}
	}
	// The English names differ ("… of a service with payment or
	// remittance functions"), the shorter inside the longer: a sentence
	// naming the longer does not name the shorter.
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeCategoryAll && (strings.Contains(f.Message.JA, "（ログインID・パスワード）") || strings.Contains(f.Message.JA, "（login ID and password）")) {
			t.Errorf("%s %s: %s", f.Code, f.DocID, f.Message.JA)
		}
	}
	if !names("name, login ID and password of a service with payment or remittance functions", "login ID and password", []string{"login ID and password of a service with payment or remittance functions"}) == false {
		t.Errorf("the shorter name is read inside the longer")
	}
}

// F664 (130): users' screenshots on social media, entered as 「報道」 for want
// of a better choice, made the timeline say 「報道機関から問い合わせを受領」.
// A detection by posts online is told as such.
func TestDetectionByPostsOnline(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["130-ai-chat-saas-cache-bug-titles-and-billing"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(n, "SNS等への投稿により本件を把握") || strings.Contains(n, "報道機関") {
		t.Errorf("130 notice:\n%s", n)
	}
	if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); strings.Contains(ppc, "報道機関") {
		t.Errorf("130 速報:\n%s", ppc)
	}
	// Detected on the day of knowing, the English tells no detection; a
	// day before, it does.
	early := inc.Clone()
	early.Events[1].At = early.Events[1].At.AddDate(0, 0, -1)
	a = assess.Evaluate(early, rs, early.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, early, a, rs)
	if strings.Contains(en, "news organization") || !strings.Contains(en, "posts on social media brought it to our attention") {
		t.Errorf("130 English notice:\n%s", en)
	}
}

// F641 (62, 78): readers of data held for a client who deal with the
// company themselves (an agency's clients, an app's users) were greeted
// 「平素より格別のご高配を賜り」; they are thanked for using it. Those who may
// never have heard of it keep 「突然のお手紙にて失礼いたします。」.
func TestDirectReadersAreThankedForUsingTheCompany(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["62-insurance-agency-customer-list-lost"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(n, "拝啓　平素より当社をご利用いただき、誠にありがとうございます。") {
		t.Errorf("62 notice:\n%s", n)
	}
	other := inc.Clone()
	for i := range other.DataSets {
		other.DataSets[i].Direct = incident.No
	}
	a = assess.Evaluate(other, rs, other.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, other, a, rs); !strings.Contains(n, "突然のお手紙にて失礼いたします。") {
		t.Errorf("not direct:\n%s", n)
	}
}

// F720 (130): with every set seen by the service's other users only, the
// English summary said the data "may have been acquired by an unauthorized
// person"; it says it may have been shown to other users.
func TestShownToUsersSummaryEN(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["130-ai-chat-saas-cache-bug-titles-and-billing"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "personal information we hold may have been shown to other users of our service because of a software defect") || strings.Contains(en, "acquired by an unauthorized person") {
		t.Errorf("130 English notice:\n%s", en)
	}
}

// F622: a Japanese notice recorded for JP and sent to a set with
// Massachusetts residents (staff posted there) tells what happened as the
// common notice does, and was not named. A notice recorded for another
// place, none for US-MA, is named too.
func TestLintNamesAnotherPlacesNoticeSentToMassachusettsResidents(t *testing.T) {
	inc := scenarios(t)["108-us-subsidiary-health-plan-dependants-states"].Clone()
	for i, e := range inc.Events {
		if e.Kind == incident.EvNoticePersons && e.Jurisdiction == "" {
			inc.Events[i].Jurisdiction = "JP"
		}
	}
	fs := lintOf(t, inc)
	if !has(fs, CodeOwnVersionNotSent, "") {
		t.Fatalf("108 with the notice recorded for JP: %s does not fire", CodeOwnVersionNotSent)
	}
	for _, f := range fs {
		if f.Code == CodeOwnVersionNotSent && !strings.Contains(f.Message.EN, "a notice for JP") {
			t.Errorf("message: %s", f.Message.EN)
		}
	}
}
