package draft

import (
	"regexp"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// The notice to Massachusetts residents "shall not include the nature of
// the breach or unauthorized acquisition or use or the number of residents
// of the commonwealth affected" (M.G.L. c. 93H § 3(b); checklists/
// us-ma.json). The list of documents offers a version of the English
// notice for them (F570: 108's one English notice told its 111 Massachusetts
// readers of the ransomware, the copied files and the 5,184 people): no
// "What Happened", no count of persons, no account of how the breach was
// contained; the police report, the free security freeze, the 18 months of
// credit monitoring for SSNs (§ 3A) and the parent's name to fill in.
func TestMassachusettsVersionLeavesOutTheNatureAndTheNumber(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["108-us-subsidiary-health-plan-dependants-states"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	spec := Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail, Set: "d1", Place: "US-MA"}
	if id := spec.DocID(); id != "notice-d1-us-ma-en" {
		t.Errorf("DocID = %q", id)
	}
	if k, _, lang, ok := ParseDocID(spec.DocID()); !ok || k != KindNotice || lang != EN {
		t.Errorf("ParseDocID(%q) = %s, %s, %v", spec.DocID(), k, lang, ok)
	}
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	var ma *Document
	for i := range docs {
		if docs[i].ID == spec.DocID() && docs[i].Variant == VariantEmail {
			ma = &docs[i]
		}
	}
	if ma == nil {
		t.Fatal("no Massachusetts version among the documents")
	}
	if ma.Subject == "" || !strings.Contains(ma.Subject, "Massachusetts residents") {
		t.Errorf("subject %q, want it to name the Massachusetts residents", ma.Subject)
	}
	s := Text(*ma)
	if ma.Section("what-happened") != nil {
		t.Errorf("the Massachusetts version tells what happened:\n%s", s)
	}
	for _, bad := range []string{"ransomware", "5,184", "2,900", "forensic", "outside party", "march 30"} {
		if strings.Contains(strings.ToLower(s), bad) {
			t.Errorf("the Massachusetts version says %q:\n%s", bad, s)
		}
	}
	if regexp.MustCompile(`\(\d[\d,]* (people|persons?)\)|\b\d[\d,]* people\b`).MatchString(s) {
		t.Errorf("the Massachusetts version gives a number of people:\n%s", s)
	}
	for _, want := range []string{"Social Security number", "You have the right to obtain a police report", "costs nothing", "at least 18 months", "parent or affiliated corporation"} {
		if !strings.Contains(s, want) {
			t.Errorf("the Massachusetts version lacks %q:\n%s", want, s)
		}
	}
	for _, f := range Lint(inc, a, docs) {
		if f.DocID == ma.ID && f.Code == CodeItemMissing {
			t.Errorf("the Massachusetts version is linted for a missing item: %s", f.Message.EN)
		}
	}
}

// A notice recorded as sent to all the persons of a set with Massachusetts
// residents, and none as the Massachusetts version, is named: the common
// notice tells what the residents may not be told. Recorded as sent for
// US-MA as well, it is not; nor is a case with no one in Massachusetts.
func TestLintNamesACommonNoticeSentToMassachusettsResidents(t *testing.T) {
	inc := scenarios(t)["108-us-subsidiary-health-plan-dependants-states"]
	if !has(lintOf(t, inc), CodeOwnVersionNotSent, "") {
		t.Fatalf("108: the common notice to every set, none for US-MA: %s does not fire", CodeOwnVersionNotSent)
	}
	sent, ok := inc.Event("e10")
	if !ok {
		t.Fatal("108 has no e10")
	}
	spec := Spec{Kind: KindNotice, Lang: EN, Set: "d1", Place: "US-MA"}
	if at, ok := DatedAt(spec, inc, inc.UpdatedAt); ok {
		t.Errorf("the Massachusetts version is dated as sent at %v by the notice to everyone", at)
	}
	ma := sent
	ma.ID, ma.Jurisdiction = "e10ma", "US-MA"
	inc.Events = append(inc.Events, ma)
	if _, ok := DatedAt(spec, inc, inc.UpdatedAt); !ok {
		t.Error("the Massachusetts version recorded as sent is not dated at it")
	}
	if _, ok := DatedAt(Spec{Kind: KindNotice, Lang: EN, Set: "d1"}, inc, inc.UpdatedAt); !ok {
		t.Error("the common notice is no longer dated at the notice to everyone")
	}
	if has(lintOf(t, inc), CodeOwnVersionNotSent, "") {
		t.Errorf("the Massachusetts version recorded as sent: %s still fires", CodeOwnVersionNotSent)
	}
	if has(lintOf(t, scenarios(t)["51-us-subsidiary-ransomware-employees"]), CodeOwnVersionNotSent, "") {
		t.Errorf("51, no one in Massachusetts: %s fires", CodeOwnVersionNotSent)
	}
}

// An "other" event naming a regulator whose law's report is shown as not
// done is asked about: was it that report? (F571: 108's filing with the
// Texas Attorney General on 6/15, two days before its deadline, typed as
// "other" and shown overdue; the Massachusetts letters likewise.) Recorded
// as the report, it is not; a regulator of no such law is not asked (20:
// Japan's PPC, while Korea's report is open).
func TestLintAsksWhetherAnOtherEventWithARegulatorWasItsReport(t *testing.T) {
	inc := scenarios(t)["108-us-subsidiary-health-plan-dependants-states"]
	fires := func(inc *incident.Incident, ev string) bool {
		for _, f := range lintOf(t, inc) {
			if f.Code == CodeRegulatorAsOther && strings.Contains(f.Message.EN, `Event "`+ev+`"`) {
				return true
			}
		}
		return false
	}
	if !fires(inc, "e12") || !fires(inc, "e13") {
		t.Fatalf("108: the Texas and Massachusetts filings typed as other are not asked about")
	}
	for i := range inc.Events {
		if inc.Events[i].ID == "e12" {
			inc.Events[i].Kind, inc.Events[i].Jurisdiction = incident.EvReportPrelim, "US-TX"
		}
	}
	if fires(inc, "e12") {
		t.Error("108: the Texas filing recorded as the report is still asked about")
	}
	if has(lintOf(t, scenarios(t)["20-messaging-subcontractor-two-orders"]), CodeRegulatorAsOther, "") {
		t.Error("20: an event with Japan's PPC is asked about as Korea's report")
	}
}
