package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase37 review (scenarios 149–151; testdata/golden/
// assess/REVIEW.md, F960–).

// F960 (149): a shared system let a group company's sales staff look up
// the customers a grid company held for its own business; the logs show
// them doing it (AccessSeen yes) and the user named them as the only
// recipients (RecipientKnown yes). The letters to about 150,000 customers
// said 「誤った設定により情報が外部に送信されていた期間」 and 「外部への送信を
// 停止いたしました」, the words for an ad tag that sent what patients typed
// (104): nothing was sent. Data the logs show being looked at in the
// company's system lay open to those without access rights.
func TestViewedByKnownOutsidersWasNotSent(t *testing.T) {
	inc := scenarios(t)["149-grid-company-parent-sales-staff-viewed-rival-retailers-customers"]
	found := false
	for id, text := range allTexts(t, inc) {
		for _, bad := range []string{"外部に送信", "外部への送信", "stopped the sending", "was sent to an outside"} {
			if strings.Contains(text, bad) {
				t.Errorf("149 %s says %q", id, bad)
			}
		}
		found = found || strings.Contains(text, "閲覧の権限のない方が閲覧できる状態にあった期間")
	}
	if !found {
		t.Error("149: no document tells the period as one in which people without access rights could view the data")
	}
	// The same case in English (an organisation abroad): no "sent", no
	// "exposed".
	en := inc.Clone()
	en.Org.Establishments = []string{"US"}
	en.Org.TargetsJP = incident.No
	for i := range en.DataSets {
		en.DataSets[i].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 2000}}}
	}
	for id, text := range allTexts(t, en) {
		if !strings.HasSuffix(id, "-en") && !strings.Contains(id, "-en-") {
			continue
		}
		for _, bad := range []string{"stopped the sending", "sent to an outside", "systems were exposed"} {
			if strings.Contains(text, bad) {
				t.Errorf("149 in English %s says %q", id, bad)
			}
		}
	}
	// 104's tag, which sent the data and was seen in no log, keeps its words.
	tag := scenarios(t)["104-hospital-booking-pages-ad-tag-sent-visits"]
	if !(&view{inc: tag}).sentOut() {
		t.Error("104's tag is no longer told as sending the data")
	}
}

// F961 (150): the table of phone numbers and e-mail addresses tied to
// accounts was offered for sale and matched the accounts (the leak
// confirmed), while the logs, kept for 30 days when the defect was
// reported, showed nothing (AccessSeen no). The letters to 538,112 users
// said 「第三者に漏えいしたことが判明いたしました」 and then 「保存されている
// アクセス記録の範囲では、第三者による閲覧は確認されておりません」, which reads
// as a denial. A leak established otherwise is told as one the logs did not
// show; a possible one keeps the sentence.
func TestLogsSilentOnAConfirmedLeakAreNoDenial(t *testing.T) {
	inc := scenarios(t)["150-sns-app-api-bug-linked-phones-to-pseudonymous-accounts-sold-on-forum"]
	check := func(name string, inc *incident.Incident, want string, bad ...string) {
		t.Helper()
		saysSomewhere(t, name, inc, want, bad...)
	}
	check("150", inc, "保存されているアクセス記録からは、この漏えいを確認できませんでした", "第三者による閲覧は確認されておりません")
	en := inc.Clone()
	en.Org.Establishments = []string{"US"}
	en.Org.TargetsJP = incident.No
	en.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 538112}}}
	check("150 in English", en, "The access logs we hold do not show this leak", "show no one viewing")
	// Still only possible (before the sample was matched), the logs'
	// silence is told as it was.
	maybe := inc.Clone()
	maybe.DataSets[0].Status = maybe.DataSets[0].Status[:1]
	check("150 still possible", maybe, "第三者による閲覧は確認されておりません")
}

// F962 (151): the company filed a report of the damage with the National
// Bureau of Investigation (police act damage_report, a 被害届); the English
// police memo said "Complaint filed" and "We filed a criminal complaint",
// while the notices said "filed a report of the damage". The memo now says
// which act it was; a criminal complaint keeps its words.
func TestDamageReportIsNoCriminalComplaint(t *testing.T) {
	inc := scenarios(t)["151-fi-subsidiary-therapy-records-stolen-years-ago-patients-extorted"]
	memo := allTexts(t, inc)["police-en"]
	if memo == "" {
		t.Fatal("151 has no English police memo")
	}
	if strings.Contains(memo, "criminal complaint") || strings.Contains(memo, "Complaint filed") {
		t.Errorf("151's report of the damage is told as a criminal complaint:\n%s", memo)
	}
	// Abroad (Finland) the act is the crime reported (F950); made to the
	// police in Japan, a 被害届 and a 告訴 are told apart.
	if !strings.Contains(memo, "We reported the crime on September 28, 2026.") || !strings.Contains(memo, "Crime reported:") {
		t.Errorf("151's memo does not say the crime was reported:\n%s", memo)
	}
	c := inc.Clone()
	for i := range c.Events {
		if c.Events[i].Kind == incident.EvPolice {
			c.Events[i].Jurisdiction = "JP"
		}
	}
	if memo := allTexts(t, c)["police-en"]; !strings.Contains(memo, "We filed a report of the damage on September 28, 2026.") || !strings.Contains(memo, "Report of the damage filed:") {
		t.Errorf("a report of the damage in Japan is not told as one:\n%s", memo)
	}
	for i := range c.Events {
		if c.Events[i].Kind == incident.EvPolice {
			c.Events[i].Police = "complaint"
		}
	}
	if memo := allTexts(t, c)["police-en"]; !strings.Contains(memo, "We filed a criminal complaint on September 28, 2026.") || !strings.Contains(memo, "Complaint filed:") {
		t.Errorf("a criminal complaint is not told as one:\n%s", memo)
	}
}

// F964 (151): a Finnish company, which Japan's law does not reach, told
// Valvira (the Finnish health care supervisor, entered as a ministry) of
// the breach; the tool drafted the Japanese report to a 所管省庁,
// 「Valvira (health care supervisory authority)　御中」 with 貴庁 and the
// five items. No such draft for an authority abroad that was only told;
// an order it made keeps its draft (96, F402), and a company in Japan keeps
// its ministry's report whatever the law's date (17).
func TestNoJapaneseMinistryReportFromAbroad(t *testing.T) {
	rs := mustRules(t)
	specs := func(inc *incident.Incident) []Spec {
		return Available(inc, assess.Evaluate(inc, rs, inc.UpdatedAt))
	}
	ministry := func(ss []Spec) int {
		n := 0
		for _, s := range ss {
			if s.Kind == KindMinistry {
				n++
			}
		}
		return n
	}
	all := scenarios(t)
	if n := ministry(specs(all["151-fi-subsidiary-therapy-records-stolen-years-ago-patients-extorted"])); n != 0 {
		t.Errorf("151 drafts %d Japanese ministry reports", n)
	}
	for _, name := range []string{"96-kr-subsidiary-ec-former-employee-key", "17-hosting-2016-former-customers"} {
		if n := ministry(specs(all[name])); n != 1 {
			t.Errorf("%s drafts %d ministry reports, want 1", name, n)
		}
	}
}

// F965 (149): the scope was confirmed three times as the logs searched
// went back further (14,657, 40,806, about 150,000); every timeline said
// 「対象範囲を特定」 three times. The first finding is told as such, the
// later ones as updates.
func TestScopeFoundAgainIsAnUpdate(t *testing.T) {
	letter := allTexts(t, scenarios(t)["149-grid-company-parent-sales-staff-viewed-rival-retailers-customers"])["notice-d1-ja"]
	if n := strings.Count(letter, "対象範囲を特定"); n != 1 {
		t.Errorf("149's letter tells %d scope findings, want 1:\n%s", n, letter)
	}
	if n := strings.Count(letter, "調査の結果により対象範囲を更新"); n != 2 {
		t.Errorf("149's letter tells %d scope updates, want 2", n)
	}
	if l := allTexts(t, scenarios(t)["150-sns-app-api-bug-linked-phones-to-pseudonymous-accounts-sold-on-forum"])["notice-ja"]; !strings.Contains(l, "対象範囲を特定") || strings.Contains(l, "対象範囲を更新") {
		t.Errorf("150's one scope finding is not told as one:\n%s", l)
	}
}

// F971 (149): one retailer's complaint was entered with the party standing
// for all the retailers, so the reports said 「小売電気事業者（新電力）各社
// 約40社から連絡を受け」. The lint names a detection told by a party whose
// name counts several companies.
func TestLintDetectionToldByMany(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeToldByMany, "") {
			fired = append(fired, name)
		}
	}
	if len(fired) != 1 || fired[0] != "149-grid-company-parent-sales-staff-viewed-rival-retailers-customers" {
		t.Errorf("%s fires for %v, want 149 only", CodeToldByMany, fired)
	}
	inc := scenarios(t)["149-grid-company-parent-sales-staff-viewed-rival-retailers-customers"].Clone()
	inc.Parties = append(inc.Parties, incident.Party{ID: "p9", Kind: incident.PartyOther, Name: "架空新電力株式会社"})
	for i := range inc.Events {
		if inc.Events[i].Kind == incident.EvDetected {
			inc.Events[i].Party = "p9"
		}
	}
	if has(lintOf(t, inc), CodeToldByMany, "") {
		t.Errorf("%s fires for one named retailer", CodeToldByMany)
	}
}

// F973 (150): an API that returned the account of any phone number or
// e-mail address was called at scale and the table sold; the letters said
// 「外部から閲覧できる状態にあった期間」 and 「外部から閲覧できない状態に
// いたしました」, as of a page left open. A fault used to take the data with
// an unlawful purpose by people not identified is told as what it was:
// the data could be obtained, and the fix stopped that.
func TestHarvestedFaultIsNotViewing(t *testing.T) {
	inc := scenarios(t)["150-sns-app-api-bug-linked-phones-to-pseudonymous-accounts-sold-on-forum"]
	check := func(name string, inc *incident.Incident, want, bad string) {
		t.Helper()
		found := false
		for id, text := range allTexts(t, inc) {
			found = found || strings.Contains(text, want)
			if strings.Contains(text, bad) {
				t.Errorf("%s %s says %q", name, id, bad)
			}
		}
		if !found {
			t.Errorf("%s: no document says %q", name, want)
		}
	}
	check("150", inc, "第三者が不正に取得できる状態にあった期間", "外部から閲覧できる状態")
	check("150", inc, "第三者が不正に取得できない状態にいたしました", "外部から閲覧できない状態")
	en := inc.Clone()
	en.Org.Establishments = []string{"US"}
	en.Org.TargetsJP = incident.No
	en.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 538112}}}
	check("150 in English", en, "could be obtained by others without authorization", "systems were exposed")
	// No unlawful purpose known: a fault that lay open, as before.
	open := inc.Clone()
	open.Cause.UnlawfulPurpose = incident.Unknown
	check("150 without an unlawful purpose", open, "外部から閲覧できる状態にあった期間", "不正に取得できる")
}
