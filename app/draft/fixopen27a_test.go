package draft

import (
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F1160 (F1086): a set confirmed after the knowing was told 「その後の調査に
// より、…確認いたしました」 whatever the time line records: 25's sets were
// confirmed from an attacker's leak site and the entrustors' own files, with
// no investigation recorded. The phrase is kept for a time line that records
// one by the day confirmed (a forensic engagement, the scope confirmed, the
// assessment completed, an event learned of); otherwise 「その後、」.
func TestLaterConfirmationToldAsInvestigatedOnlyWhenRecorded(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "25-print-processor-ransomware-entrustors")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	fin := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	ent := docText(t, Spec{Kind: KindEntrustor, Lang: JA, Party: "p2"}, inc, a, rs)
	for name, n := range map[string]string{"確報": fin, "entrustor p2": ent} {
		if strings.Contains(n, "その後の調査により") {
			t.Errorf("25's %s tells an investigation nobody recorded:\n%s", name, n)
		}
	}
	if !strings.Contains(fin, "判明いたしました。その後、2024年6月26日に") {
		t.Errorf("25's 確報 does not tell the later confirmation plainly:\n%s", fin)
	}
	if !strings.Contains(ent, "攻撃を把握し、その後、2024年6月18日、") {
		t.Errorf("25's notice to p2 does not tell the day its data was found plainly:\n%s", ent)
	}

	// A forensic firm engaged after the knowing and before the first day
	// confirmed: the investigation is on record and is told.
	inv := inc.Clone()
	inv.Events = append(inv.Events, incident.Event{ID: "x1", Kind: incident.EvForensic, At: time.Date(2024, 6, 10, 10, 0, 0, 0, time.FixedZone("JST", 9*3600))})
	a = assess.Evaluate(inv, rs, inv.UpdatedAt)
	if n := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inv, a, rs); !strings.Contains(n, "判明いたしました。その後の調査により、2024年6月26日に") {
		t.Errorf("with a forensic engagement recorded, the investigation is not told:\n%s", n)
	}
	// Engaged after the last day confirmed: not what found them.
	late := inc.Clone()
	late.Events = append(late.Events, incident.Event{ID: "x1", Kind: incident.EvForensic, At: time.Date(2024, 7, 2, 10, 0, 0, 0, time.FixedZone("JST", 9*3600))})
	a = assess.Evaluate(late, rs, late.UpdatedAt)
	if n := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, late, a, rs); strings.Contains(n, "その後の調査により、2024年6月26日") {
		t.Errorf("a forensic firm engaged after the confirmations is told as having found them:\n%s", n)
	}
}

// F1150 (159): the US letter said "The breach began on or about April 2,
// 2024 and ended on May 24, 2024": the day the account was disabled, where
// the investigation found the last unauthorised activity on 18 May. The
// last unauthorised act found (an event, learned of when found) ends the
// period; without it, the containment is told as such, not as the end.
func TestBreachPeriodEndsAtTheLastUnauthorisedAct(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "159-us-ticketing-subsidiary-cloud-warehouse-contractor-infostealer-no-mfa-forum-sale-states")
	letter := func(inc *incident.Incident, on time.Time) string {
		return strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Date: on}, inc, assess.Evaluate(inc, rs, on), rs)), " ")
	}
	if n := letter(inc, inc.UpdatedAt); !strings.Contains(n, "The breach began on or about April 2, 2024 and ended on May 18, 2024.") {
		t.Errorf("the period does not end at the last unauthorised act:\n%s", n)
	}
	// Dated before the investigation found it: the act is not known yet.
	early := time.Date(2024, 6, 20, 12, 0, 0, 0, inc.Location())
	if n := letter(inc, early); strings.Contains(n, "May 18, 2024") || !strings.Contains(n, "The breach began on or about April 2, 2024 and was contained on May 24, 2024.") {
		t.Errorf("before the act was found, the letter tells it, or the containment as the end:\n%s", n)
	}
	none := inc.Clone()
	none.Events = slices.DeleteFunc(none.Events, func(e incident.Event) bool { return e.Kind == incident.EvLastAct })
	if n := letter(none, none.UpdatedAt); strings.Contains(n, "ended on May 24") || !strings.Contains(n, "and was contained on May 24, 2024.") {
		t.Errorf("without the last act, the containment is told as the end:\n%s", n)
	}
}

// F1101 (151; F977): the extortion paragraph sent readers in Finland to
// "the police" with no word of which body holds the case, though the
// notice names it a paragraph before. Where the crime was reported abroad
// to a body named in Latin letters, the paragraph refers to that report; a
// consultation is no report of the crime and adds nothing.
func TestExtortionParagraphNamesTheBodyTheCrimeWasReportedTo(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "151-fi-subsidiary-therapy-records-stolen-years-ago-patients-extorted")
	notice := func(inc *incident.Incident) string {
		return strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)), " ")
	}
	if n := notice(inc); !strings.Contains(n, "report it to the police, referring to our report of the crime (National Bureau of Investigation, KRP), and tell us") {
		t.Errorf("151: the extortion paragraph does not name the body the crime was reported to:\n%s", n)
	}
	consulted := inc.Clone()
	for i := range consulted.Events {
		if consulted.Events[i].Kind == incident.EvPolice {
			consulted.Events[i].Police = "consultation"
		}
	}
	if n := notice(consulted); !strings.Contains(n, "keep the message as it is, report it to the police and tell us") {
		t.Errorf("151 with a consultation only: the paragraph refers to a report of the crime:\n%s", n)
	}
}

// F1200 (153): a set whose confirmation is dated on the day of knowing was
// told as confirmed "after" it (「判明いたしました。その後、2026年6月3日にAさん…の
// 情報が漏えいしたことを確認いたしました」, the same day). It is told as
// confirmed from the start, as the summary's own test of every set
// confirmed reads it.
func TestSetConfirmedOnTheDayOfKnowingIsNotToldAsLater(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "153-moving-company-worker-looked-up-customer-address-stalking-police")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := strings.Join(strings.Fields(docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)), "")
	if strings.Contains(n, "その後、2026年6月3日に") || strings.Contains(n, "その後の調査により、2026年6月3日に") ||
		!strings.Contains(n, "このうち、Aさん（見積・契約情報）（1名）の情報については、漏えいしたことを確認しております。") {
		t.Errorf("153's 速報 tells the set confirmed on the day of knowing as confirmed after it:\n%s", n)
	}
}
