package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Fixes of session 20 (testdata/golden/assess/REVIEW.md).

// F607 (126): members' data an airline had provided to an alliance partner
// leaked at the partner's booking-system vendor. Entered as a contractor's,
// every document called the partner 「委託先」 and "a company we entrusted
// with the data". With the cause at a business the data was provided to,
// no document calls it a contractor, the leaked data is the copy provided
// to it, and the lint says what is for counsel. The same facts at a
// contractor read as before.
func TestCauseAtARecipientIsNoContractor(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["126-airline-loyalty-partner-pss-breach-members-worldwide"]
	if !inc.Cause.AtRecipient() {
		t.Fatalf("126's cause is at %q, want the business the data was provided to", inc.Cause.At)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	var sawJA, sawEN bool
	for _, d := range docs {
		text := Text(d)
		for _, w := range []string{"委託先", "entrusted with the data", "our contractor"} {
			if strings.Contains(text, w) {
				t.Errorf("%s calls the business the data was provided to a contractor (%q)", d.ID, w)
			}
		}
		if strings.Contains(text, "提供先における不正アクセス") {
			sawJA = true
		}
		if strings.Contains(text, "a business we had provided the data to") && strings.Contains(text, "personal information we had provided to Alliance partner airline") {
			sawEN = true
		}
		if strings.Contains(text, "当社が保有するお客様の個人情報が外部に漏えい") {
			t.Errorf("%s says the company's own copy leaked", d.ID)
		}
	}
	if !sawJA || !sawEN {
		t.Errorf("the documents do not tell the leak at the business the data was provided to: JA %v, EN %v", sawJA, sawEN)
	}
	if !has(lintOf(t, inc), CodeRecipientDuty, "") {
		t.Error("the lint does not ask counsel whether the provider's duties reach the leak")
	}

	// The same facts entered as a contractor's read as a contractor's.
	entrusted := inc.Clone()
	entrusted.Cause.At = incident.AtProcessor
	a = assess.Evaluate(entrusted, rs, entrusted.UpdatedAt)
	notice := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Date: entrusted.UpdatedAt}, entrusted, a, rs)
	if !strings.Contains(notice, "委託先における不正アクセス") || strings.Contains(notice, "提供先") {
		t.Errorf("a contractor's cause no longer reads as a contractor's:\n%s", notice)
	}
	if has(lintOf(t, entrusted), CodeRecipientDuty, "") {
		t.Error("the recipient lint fires for a contractor's cause")
	}
}

// F687 (131): a morning paper's story at 06:00, the company's announcement
// at 11:00 "after the report". Entered as an "other" event, the story was in
// no report's time line, and the announcement read as the company's own
// timing. As a press report it is in the 速報's time line, without the
// outlet or the note; the notice to the persons does not tell it; as
// "other", the lint asks whether it was a press report.
func TestPressReportInTheReportsTimeline(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["131-electronics-maker-apt-detected-june-public-after-press"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var press incident.Event
	for _, e := range inc.Events {
		if e.Kind == incident.EvPress {
			press = e
		}
	}
	if press.ID == "" {
		t.Fatal("131 records no press report")
	}
	report := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim, Date: press.At}, inc, a, rs)
	if !strings.Contains(report, "2026年1月20日 6時00分　本件に関する報道") {
		t.Errorf("the 速報 does not show the press report:\n%s", report)
	}
	if strings.Contains(report, "朝日") || strings.Contains(report, "記者") {
		t.Errorf("the 速報 names the outlet or quotes the note:\n%s", report)
	}
	notice := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Date: inc.UpdatedAt}, inc, a, rs)
	if strings.Contains(notice, "報道") {
		t.Errorf("the notice to the persons tells the press report:\n%s", notice)
	}
	if has(lintOf(t, inc), CodePressAsOther, "") {
		t.Error("the lint asks about a press report already recorded as one")
	}

	other := inc.Clone()
	for i := range other.Events {
		if other.Events[i].ID == press.ID {
			other.Events[i].Kind = incident.EvOther
		}
	}
	if !has(lintOf(t, other), CodePressAsOther, "") {
		t.Error("an 'other' event whose note says 新聞 is not asked about")
	}
	a = assess.Evaluate(other, rs, other.UpdatedAt)
	if strings.Contains(docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim, Date: press.At}, other, a, rs), "報道") {
		t.Error("an 'other' event shows as a press report")
	}
}

// F770 (137): a university's interview bookings, with their reasons, open
// to every member of its staff for years and to no one outside. Told as a
// leak to 第三者 with warnings of phishing, the notice claimed what nobody
// knew. Entered as seen by the organisation's own staff only, the documents
// say staff with no business need could view it, warn of no outsider's
// contact, and the lint leaves whether it is a 漏えい to counsel; the same
// set not so answered reads as before.
func TestSeenByOwnStaffIsNoThirdParty(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["137-university-schedule-tool-support-interviews-visible-to-all-staff-eight-years"]
	if inc == nil || inc.DataSets[0].SeenBy != incident.SeenByStaff {
		t.Fatal("137's set is not entered as seen by the university's staff only")
	}
	build := func(inc *incident.Incident, lang string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return docText(t, Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter, Date: inc.UpdatedAt}, inc, a, rs)
	}
	ja := build(inc, JA)
	for _, w := range []string{"第三者に漏えい", "不審なメール", "閲覧の権限のない方"} {
		if strings.Contains(ja, w) {
			t.Errorf("the notice says %q of data only the university's staff could see:\n%s", w, ja)
		}
	}
	if !strings.Contains(ja, "業務上の必要のない教職員が閲覧できる状態") || !strings.Contains(ja, "閲覧できたのは本学の教職員に限られ") {
		t.Errorf("the notice does not say who could view it:\n%s", ja)
	}
	if en := build(inc, EN); !strings.Contains(en, "members of our staff with no business need") || strings.Contains(en, "phishing") {
		t.Errorf("the English notice does not say who could view it, or warns of phishing:\n%s", en)
	} else if !strings.Contains(en, "one of the people concerned contacted us") {
		// A student told the university: no customer (JA 学生等からの連絡).
		t.Errorf("the English notice calls a student who told the university a customer:\n%s", en)
	}
	if !has(lintOf(t, inc), CodeSeenByStaff, "") {
		t.Error("the lint does not leave to counsel whether viewing inside is a leak")
	}
	unanswered := inc.Clone()
	unanswered.DataSets[0].SeenBy = ""
	if ja := build(unanswered, JA); !strings.Contains(ja, "第三者に漏えい") {
		t.Errorf("a set not answered so no longer reads as before:\n%s", ja)
	}
	if has(lintOf(t, unanswered), CodeSeenByStaff, "") {
		t.Error("the lint fires for a set not answered as seen by staff")
	}
}

// F765 (138): the members within the guests were named 「うち会員（ポイント
// プログラム）」, and the documents printed 「…のうち、うち会員…」. The lint
// asks for the group's own name; named so, it is quiet.
func TestPartNamedFromItsWholeIsNamed(t *testing.T) {
	inc := scenarios(t)["138-hotel-group-acquired-chain-reservation-db-intruded-since-2014-count-falls"]
	if !has(lintOf(t, inc), CodePartNamedWithin, "") {
		t.Fatal("a part named 「うち…」 is not named")
	}
	renamed := inc.Clone()
	for i := range renamed.DataSets {
		renamed.DataSets[i].Name = strings.TrimPrefix(renamed.DataSets[i].Name, "うち")
	}
	if has(lintOf(t, renamed), CodePartNamedWithin, "") {
		t.Error("the part renamed 「会員（ポイントプログラム）」 is still named")
	}
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodePartNamedWithin, "") && !strings.HasPrefix(name, "138-") {
			t.Errorf("%s: named, though no part of it begins with うち", name)
		}
	}
}
