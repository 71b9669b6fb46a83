package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase36 review (scenarios 146–148; testdata/golden/
// assess/REVIEW.md, F940–).

// allTexts is every document of a scenario as of its last update, by id.
func allTexts(t *testing.T, inc *incident.Incident) map[string]string {
	t.Helper()
	_, docs := builtDocs(t, inc)
	out := map[string]string{}
	for _, d := range docs {
		out[d.ID] = Text(d)
	}
	return out
}

// saysSomewhere fails t unless some document of inc says want, and for
// each document that says one of bad.
func saysSomewhere(t *testing.T, name string, inc *incident.Incident, want string, bad ...string) {
	t.Helper()
	found := false
	for id, text := range allTexts(t, inc) {
		found = found || strings.Contains(text, want)
		for _, b := range bad {
			if strings.Contains(text, b) {
				t.Errorf("%s %s says %q", name, id, b)
			}
		}
	}
	if !found {
		t.Errorf("%s: no document says %q", name, want)
	}
}

// F940 (147): a payroll employee who answered an e-mail in the chief
// executive's name and sent every W-2 form was told in the letters as "a
// targeted e-mail attack that installed malware" and 「標的型メール攻撃による
// マルウェア感染」, though the description says "No malware, no account
// compromised". A description that denies malware no longer counts as
// naming it, and an impersonation answered by sending the data is told as
// what it was.
func TestImpersonationAnsweredBySendingIsNoMalware(t *testing.T) {
	inc := scenarios(t)["147-us-subsidiary-w2-forms-emailed-to-fake-ceo"]
	for id, text := range allTexts(t, inc) {
		for _, bad := range []string{"installed malware", "マルウェア感染", "標的型メール攻撃"} {
			if strings.Contains(text, bad) {
				t.Errorf("147 %s says %q", id, bad)
			}
		}
	}
	if !(&view{inc: inc}).deceivedSender() {
		t.Error("147 is not read as an impersonation answered by sending")
	}
	// A description that tells malware, or a password typed into a fake
	// page, keeps its words (01, 107).
	for _, name := range []string{"01-travel-targeted-email", "107-de-subsidiary-bec-mailbox-invoices-redirected"} {
		if (&view{inc: scenarios(t)[name]}).deceivedSender() {
			t.Errorf("%s read as an impersonation answered by sending", name)
		}
	}
	for d, want := range map[string]bool{
		"ウイルス感染はない":                                         false,
		"マルウェアは検出されなかった":                                    false,
		"マルウェアに感染した":                                        true,
		"malware installed after the attachment was opened": true,
		"no malware, no account compromised":                false,
	} {
		if got := affirms(d, malwareWords); got != want {
			t.Errorf("affirms(%q) = %v, want %v", d, got, want)
		}
	}
}

// F941 (146): a backup tape the carrier lost in transit was told to 12,406
// customers as 「不正なアクセスが可能な状態にあった期間は、…」; a laptop left
// on a train (52, given a window) as "our systems were exposed". Nothing lay
// open to access: papers or media were missing, or in a thief's hands.
func TestLostMediaWereMissingNotOpenToAccess(t *testing.T) {
	check := func(name string, inc *incident.Incident, want string, bad ...string) {
		t.Helper()
		saysSomewhere(t, name, inc, want, bad...)
	}
	// Never found, the period has no end, whatever end the window was
	// given (the day the carrier called).
	lost := scenarios(t)["146-regional-bank-backup-tape-lost-by-security-carrier"]
	check("146", lost, "書類・記録媒体等の所在が分からなくなっている期間は、2026年10月20日から現在まで", "不正なアクセスが可能な状態", "分からなくなっていた期間は")
	stolen := *lost
	stolen.Cause.Kind = incident.CauseTheft
	check("146 as a theft", &stolen, "盗難により書類・記録媒体等が第三者の手にある期間は", "不正なアクセスが可能な状態")
	found := *lost
	found.DataSets = slices.Clone(found.DataSets)
	found.DataSets[0].Recovered = incident.Yes
	check("146 found again", &found, "書類・記録媒体等の所在が分からなくなっていた期間は、2026年10月20日から2026年10月21日まで", "不正なアクセスが可能な状態")
	laptop := *scenarios(t)["52-eu-branch-laptop-lost"]
	laptop.Exposure = incident.Window{From: "2026-11-01", To: "2026-11-02"}
	check("52 with a window", &laptop, "The device has been missing since November 1, 2026", "systems were exposed", "systems may have been exposed")
}

// F943 (148; 115): a training video held "from 2025-11" and published on 28
// November was told 「ただし、対象となる情報は、この期間に本県がお預かりした
// 情報に限られず、2025年11月から2025年12月までに本県がお預かりした情報です」:
// known only to the month the window starts in, the data is not known to
// reach back before the window, as a year was already read. A month before
// the window's still says so.
func TestHeldFromTheWindowsMonthIsNotBeforeIt(t *testing.T) {
	for _, name := range []string{"148-prefecture-training-video-public-on-video-site-pupils-name-tags", "115-health-app-api-other-users-records-short-logs"} {
		for id, text := range allTexts(t, scenarios(t)[name]) {
			if strings.Contains(text, "お預かりした情報に限られず") {
				t.Errorf("%s %s: the data is said to reach back before the window", name, id)
			}
		}
	}
	earlier := *scenarios(t)["148-prefecture-training-video-public-on-video-site-pupils-name-tags"]
	earlier.DataSets = slices.Clone(earlier.DataSets)
	earlier.DataSets[0].Held.From = "2025-10"
	found := false
	for _, text := range allTexts(t, &earlier) {
		found = found || strings.Contains(text, "この期間に本県がお預かりした情報に限られず、2025年10月から")
	}
	if !found {
		t.Error("148 held from October: the data held before the window is not told")
	}
}

// F944 (146): the carrier whose loss is the cause (「架空通運株式会社（運送会
// 社）」) called from its branch (「架空通運株式会社 長岡航空支店」); the
// documents said 「取引先の事業者から連絡を受領」 beside 「委託先における…紛
// 失」, two names for one company. The names are compared without the note
// in brackets.
func TestContractorNamedWithANoteIsTheOneThatCalled(t *testing.T) {
	for id, text := range allTexts(t, scenarios(t)["146-regional-bank-backup-tape-lost-by-security-carrier"]) {
		if strings.Contains(text, "取引先の事業者") {
			t.Errorf("146 %s: the carrier's call is told as a business partner's", id)
		}
	}
}
