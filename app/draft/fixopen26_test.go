package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F1086 (157; 155, 156): the gap between a processor's Friday e-mail and
// the Monday it was read was told to the authority as "After investigating,
// we learned on June 8" (「連絡を受け、調査を進めた結果」 in Japanese): an
// investigation the time line does not record. The summaries say so only
// when it does (a forensic engagement, the scope confirmed, the assessment
// completed, or an event learned of in between); otherwise the two days are
// told as they are.
func TestNoInvestigationToldWhereNoneIsRecorded(t *testing.T) {
	rs := mustRules(t)
	uk := "157-uk-subsidiary-payroll-provider-file-transfer-zero-day-staff-uk-ie"
	inc := scenario(t, uk)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs)
	if strings.Contains(n, "After investigating") {
		t.Errorf("157's Art. 33 tells an investigation nobody recorded:\n%s", n)
	}
	if !strings.Contains(n, "On June 8, 2026, we learned that") {
		t.Errorf("157's Art. 33 does not tell the day of knowing plainly:\n%s", n)
	}
	for _, name := range []string{"155-pref-school-event-contractor-to-field-then-recall-resent", "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler"} {
		jp := scenario(t, name)
		ja := assess.Evaluate(jp, rs, jp.UpdatedAt)
		if n := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, jp, ja, rs); strings.Contains(n, "調査を進めた結果") || strings.Contains(n, "調査を行った結果") {
			t.Errorf("%s: the 速報 tells an investigation nobody recorded:\n%s", name, n)
		}
	}

	// A forensic firm engaged between the e-mail and the knowing: the
	// investigation is on record and is told.
	inc = inc.Clone()
	inc.Events = append(inc.Events, incident.Event{ID: "x1", Kind: incident.EvForensic, At: time.Date(2026, 6, 6, 10, 0, 0, 0, time.FixedZone("", 3600))})
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs); !strings.Contains(n, "After investigating, we learned on June 8, 2026 that") {
		t.Errorf("with a forensic engagement recorded, the investigation is not told:\n%s", n)
	}
}

// F1122 (F1040): the English narrative said "Around 12:00 JST on October 3,
// 2025, we took steps" of an event about 12:00 and "On October 3, 2025" of
// one at 12:00 exactly: the approximate looked the better known. Neither
// gives the time in a sentence; the Art. 33 timing lines, which give an
// exact event's time, keep the approximate one's.
func TestEnglishSentencesGiveNoTimeOfApproximateOrExact(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	about := strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)), " ")
	if strings.Contains(about, "12:00 JST") || !strings.Contains(about, "Around October 3, 2025, we took steps") {
		t.Errorf("the notice gives the time of an approximate event:\n%s", about)
	}
	exact := inc.Clone()
	for i := range exact.Events {
		if exact.Events[i].AboutTime() {
			exact.Events[i].Precision = incident.Exact
		}
	}
	a = assess.Evaluate(exact, rs, exact.UpdatedAt)
	if n := strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, exact, a, rs)), " "); !strings.Contains(n, "On October 3, 2025, we took steps") {
		t.Errorf("the exact event is not told by its day:\n%s", n)
	}
	v := newView(inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs, Spec{Kind: KindGDPR33, Lang: EN}, inc.UpdatedAt)
	for _, e := range inc.Events {
		if e.AboutTime() {
			if got := v.onTimeEN(e); !strings.Contains(got, "JST on") {
				t.Errorf("the timing lines' onTimeEN(%s) = %q, no time", e.ID, got)
			}
		}
	}
}

// F1120 (142; F1043): with the insider's first download learned of on 1/24,
// the warning of 1/13 still said 「漏えいした可能性のある期間は、2022年12月から
// 2023年1月までです」. Before the knowing, with no cause known on the
// document's day, the exposure window was not known either; the documents
// dated from the knowing give it.
func TestWindowNotToldBeforeItsCauseWasKnown(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["142-student-housing-employee-colleague-ids-posted-online-solicitation-complaints"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if first := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); strings.Contains(first, "期間は") {
		t.Errorf("the announcement of 1/13 gives the window learned on 1/24:\n%s", first)
	}
	if later := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs); !strings.Contains(later, "期間は、2022年12月から2023年1月まで") {
		t.Errorf("the announcement of 2/24 lost the window:\n%s", later)
	}
}
