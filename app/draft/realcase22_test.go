package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase22 review (scenarios 104–106; testdata/golden/
// assess/REVIEW.md, F450–).

// F451 (104, a hospital's booking pages): an advertising tag sent the booked
// departments and hashed e-mail addresses to an ad platform for three years.
// Entered as a wrong setting whose data went only to that company (not
// online), the notice still said 「外部から閲覧できる状態にあった期間は…」 and
// 「設定を修正し、外部から閲覧できない状態にいたしました」: nothing could be
// viewed; it was sent, and the sending stopped.
func TestWrongSettingThatSentDataIsToldAsASending(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["104-hospital-booking-pages-ad-tag-sent-visits"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, want := range []string{"誤った設定により情報が外部に送信されていた期間は、2022年5月から", "設定を修正し、外部への送信を停止いたしました。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("104 notice lacks %q:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "閲覧できる状態") || strings.Contains(ja, "閲覧できない状態") {
		t.Errorf("104 notice tells a sending as something viewable:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "information was sent to an outside company by a wrong setting") || !strings.Contains(en, "corrected the setting and stopped the sending") || strings.Contains(en, "exposed") {
		t.Errorf("104 English notice:\n%s", en)
	}
	// A wrong setting whose recipients are not known stays "viewable from
	// outside" (36, 80).
	inc.Cause.RecipientKnown = incident.Unknown
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(ja, "外部への送信") {
		t.Errorf("a wrong setting with unknown recipients told as a sending:\n%s", ja)
	}
}

// F452 (105, complaints pasted into a generative-AI chat): the staff member
// deleted the shared links on 8/1 (the containment); a search engine was
// asked to drop them on 8/1 and the AI service's operator to delete the
// input on 8/4, each a takedown event. The notice said 「2025年8月1日、外部
// サービスの運営者に削除を依頼し、入力した情報が閲覧できない状態となったことを
// 確認いたしました」 — a request not made that day — and never told the 8/4
// request: only the first takedown was told.
func TestOutsideServiceContainmentAndEachRequestToDelete(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["105-support-staff-complaints-in-ai-chat-shared-link"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(ja, "2025年8月1日、外部サービスの運営者に削除を依頼") {
		t.Errorf("105 notice claims the operator was asked on the day of the containment:\n%s", ja)
	}
	for _, want := range []string{"2025年8月1日、被害の拡大を防ぐための措置を講じました。", "2025年8月1日、検索エンジン（削除申請）に、対象の情報の削除を依頼いたしました。", "2025年8月4日、生成AIサービスの運営会社（米国）に、対象の情報の削除を依頼いたしました。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("105 notice lacks %q:\n%s", want, ja)
		}
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "took steps to stop the incident and limit the harm") || strings.Contains(en, "we asked the service's operator to delete the information and confirmed") {
		t.Errorf("105 English notice:\n%s", en)
	}
}

// F453, F454 (104): the booking form's e-mail addresses and telephone
// numbers, entered as hashed, were told to the PPC and the patients as
// 「メールアドレス（ハッシュ化して保存）」 — no protection against an ad
// platform that matches hashes, nor for telephone numbers that can all be
// tried; and nothing asked whether data an ad tag the hospital placed sent
// out is a leak at all or a provision to a third party (General Guidelines
// 3-5-1-1; APPI Arts. 27, 28, 31). Both are named, for 104 only.
func TestHashedContactsAndTagSendingAreQuestioned(t *testing.T) {
	t.Parallel()
	all := scenarios(t)
	for name, inc := range all {
		ls := lintOf(t, inc)
		is104 := name == "104-hospital-booking-pages-ad-tag-sent-visits"
		for _, code := range []string{CodeHashedContact, CodeTagProvision} {
			if got := has(ls, code, ""); got != is104 {
				t.Errorf("%s: %s fires = %v, want %v", name, code, got, is104)
			}
		}
	}
}

// F455 (106; 71 and others with persons abroad): the English notice to a
// crypto exchange's users in Singapore, the UK and Australia gave the desk
// as "Phone: 03-0000-0106", a number dialled only from within Japan. An
// English document gives a Japanese number with its country code; a number
// that cannot be called from abroad (toll-free, navigation dial) is said to
// be for Japan only, and one that can is asked for when there is no e-mail.
func TestDeskNumberInEnglishCanBeCalledFromAbroad(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["106-crypto-exchange-domain-hijack-kyc-storage-key"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(en, "Phone: +81 3-0000-0106") {
		t.Errorf("106 English notice's desk number:\n%s", en)
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(ja, "03-0000-0106") || strings.Contains(ja, "+81") {
		t.Errorf("106 Japanese notice's desk number changed:\n%s", ja)
	}
	inc.Contact.Phone, inc.Contact.Email = "0120-000-106", ""
	en = docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(en, "Phone: 0120-000-106 (from within Japan only; from abroad: [to be completed: a number that can be called from abroad])") {
		t.Errorf("106 with a toll-free number and no e-mail:\n%s", en)
	}
}

// F456 (106): the notice about the accounts (e-mail, name, address, hashed
// password, API keys) offered every reader in California twelve months of
// identity-theft protection, which Cal. Civ. Code 1798.82(d)(2) owes where
// government ID numbers (SSN, driver's licence, passport …) were exposed:
// only the identity documents' notice concerns those.
func TestCaliforniaIDTheftOfferOnlyWhereIDNumbersWent(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["106-crypto-exchange-domain-hijack-kyc-storage-key"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d1 := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	d2 := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	const offer = "identity theft prevention and mitigation service"
	if strings.Contains(d1, offer) || !strings.Contains(d2, offer) {
		t.Errorf("106 offer in the accounts' notice = %v, in the identity documents' = %v; want false, true", strings.Contains(d1, offer), strings.Contains(d2, offer))
	}
}

// F457 (106): the GDPR Art. 33 notification (the UK's law applies; the ICO
// was not told) was dated 1/13, the day of the 確報 filed with the FSA, and
// the OAIC statement 11/17, the day of the 速報: a report naming no law was
// taken as theirs, so both read as filed, with the counts of those days.
// A report to a Japanese ministry, or to a regulator named in Japanese, is
// the report under APPI.
func TestJapaneseReportIsNotTheForeignNotification(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["106-crypto-exchange-domain-hijack-kyc-storage-key"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, s := range []Spec{{Kind: KindGDPR33, Lang: EN}, {Kind: KindNDB, Lang: EN}} {
		if at, ok := DatedAt(s, inc, inc.UpdatedAt); ok {
			t.Errorf("106 %s dated %s as filed, by a report to the FSA", s.Kind, at.Format("2006-01-02"))
		}
	}
	if en := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs); !strings.Contains(en, "169,782 people") {
		t.Errorf("106 GDPR notification not as of today:\n%s", en)
	}
}

// F458 (106): with the engine reading a part's residence (F450), the OAIC
// statement still said "Of them, living in Australia: [to be completed]"
// and the GDPR notification named no one in the EU: the drafts summed the
// residence rows of the whole only. A part's counts stand for the whole's,
// as a lower bound.
func TestStatementsCountResidentsOfAPart(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["106-crypto-exchange-domain-hijack-kyc-storage-key"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if au := docText(t, Spec{Kind: KindNDB, Lang: EN}, inc, a, rs); !strings.Contains(au, "Of them, living in Australia: at least 1,230 people") {
		t.Errorf("106 OAIC statement:\n%s", au)
	}
	if eu := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs); !strings.Contains(eu, "at least 1,020 live in the EU/EEA (DE: 640; FR: 380") {
		t.Errorf("106 GDPR notification:\n%s", eu)
	}
}

// F469 (106 as first entered): 「利用者アカウント（2025年11月12日までに開設）」, a
// set named with its cut-off day, made lint date.mismatch warn in twelve
// documents that the date matched no event. A date inside a set's or an
// item's name is the user's label, printed as typed.
func TestDateInASetNameIsNotAMismatch(t *testing.T) {
	inc := scenarios(t)["106-crypto-exchange-domain-hijack-kyc-storage-key"]
	inc.DataSets[0].Name = "利用者アカウント（2025年11月12日までに開設）"
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeDateMismatch && strings.Contains(f.Message.JA, "2025年11月12日") {
			t.Fatalf("a date in a set's name is named as a mismatch: %s %s", f.DocID, f.ParagraphID)
		}
	}
}

// F464 (106; also a telecom's reports to MIC): 「2025年11月14日に金融庁…へ報告
// いたしました。2025年11月17日及び2026年1月13日に金融庁…へ報告いたしました。」 —
// the business-law report and the APPI reports to the same ministry, told as
// two sentences. Reports to the same recipients are one sentence.
func TestReportsToOneRecipientAreOneSentence(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["106-crypto-exchange-domain-hijack-kyc-storage-key"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(ja, "2025年11月14日、2025年11月17日及び2026年1月13日に金融庁（暗号資産交換業者の監督）へ報告いたしました。") || strings.Count(ja, "金融庁（暗号資産交換業者の監督）へ報告いたしました") != 1 {
		t.Errorf("106 reports to the FSA:\n%s", ja)
	}
}

// F466 (106): Singapore's PDPC was told on 11/21, entered as an "other"
// event 「シンガポールのPDPCに届出（現地の弁護士経由）」: the dashboard showed the
// PDPC filing waiting and the notice to persons done out of order. An
// "other" event whose note names an authority of a law that applies or may
// apply is named, asking for a report event with that jurisdiction.
func TestFilingAbroadEnteredAsOtherIsNamed(t *testing.T) {
	t.Parallel()
	all := scenarios(t)
	for name, inc := range all {
		got := has(lintOf(t, inc), CodeAuthorityAsOther, "")
		if want := name == "106-crypto-exchange-domain-hijack-kyc-storage-key" || name == "138-hotel-group-acquired-chain-reservation-db-intruded-since-2014-count-falls"; got != want {
			t.Errorf("%s: %s fires = %v, want %v", name, CodeAuthorityAsOther, got, want)
		}
	}
}

// F460 (104; 86): the announcement stood as the notice for the symptom
// pages' visitors, "who they are cannot be known", and then said
// 「ご自身の情報が対象に含まれるかどうかは、下記の窓口でお確かめいただけます」: the
// hospital holds nothing to look them up by (pages and cookies), nor the
// barber chain for faces on camera. Where the sets told by the announcement
// hold no item that tells who the persons are, it says to ask the desk;
// 103's survey visitors (names held) can still check.
func TestNoOneCanCheckWhatNothingIdentifies(t *testing.T) {
	rs := mustRules(t)
	all := scenarios(t)
	for name, wantCheck := range map[string]bool{"104-hospital-booking-pages-ad-tag-sent-visits": false, "86-barber-chain-cameras-on-overseas-site": false, "103-snack-maker-pcs-not-destroyed-by-disposer": true} {
		inc := all[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
		if got := strings.Contains(ja, "ご自身の情報が対象に含まれるかどうかは、下記の窓口でお確かめいただけます"); got != wantCheck {
			t.Errorf("%s announcement offers a check = %v, want %v:\n%s", name, got, wantCheck, ja)
		}
	}
}

// F462 (105): the notices said the chats were viewable on the internet
// 「2025年4月から」 — the first input — though the share links were made
// public about 5/20 (an "other" event); no exposure window was entered. An
// outside service's case online with an "other" event between the first
// input and the detection, and no window, is named.
func TestOnlinePeriodFromTheFirstInputIsQuestioned(t *testing.T) {
	t.Parallel()
	all := scenarios(t)
	for name, inc := range all {
		got := has(lintOf(t, inc), CodeOnlineFromInput, "")
		if want := name == "105-support-staff-complaints-in-ai-chat-shared-link"; got != want {
			t.Errorf("%s: %s fires = %v, want %v", name, CodeOnlineFromInput, got, want)
		}
	}
	inc := all["105-support-staff-complaints-in-ai-chat-shared-link"]
	inc.Exposure = incident.Window{From: "2025-05-20", Approx: true}
	if has(lintOf(t, inc), CodeOnlineFromInput, "") {
		t.Error("105 with its exposure window entered is still questioned")
	}
}
