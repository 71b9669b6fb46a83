package assess

import (
	"slices"
	"testing"

	"breachdesk/app/incident"
)

// F196 (60): Korea's PIPA was applied to a Japanese company because the
// staff of its Korean group company had accounts on a shared login system,
// and the laws of Australia, Canada, China and Singapore were reached the
// same way by residents alone. Each now asks, for an organisation not
// established in the country, whether it handles the data in supplying
// goods or services (or doing business) there; unanswered counts as yes,
// as before.
func TestForeignLawAsksWhetherTheOrganisationDoesBusinessThere(t *testing.T) {
	for _, c := range []string{"AU", "CA", "CN", "KR", "SG"} {
		applies := func(inc *incident.Incident) bool {
			return !slices.ContainsFunc(eval(t, inc, at(2026, 5, 3, 10, 0)).NotApplicable, func(n NotApplicable) bool { return n.ID == c })
		}
		inc := base(120)
		inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: c, Persons: kn(20)})
		if !applies(inc) {
			t.Errorf("%s: unanswered, the law does not apply (want the conservative yes)", c)
		}
		inc.Org.Targets = map[string]incident.Tri{c: incident.No}
		if applies(inc) {
			t.Errorf("%s: the organisation does no business there, yet the law applies", c)
		}
		inc.Org.Targets[c] = incident.Yes
		if !applies(inc) {
			t.Errorf("%s: it does business there, the law does not apply", c)
		}
		inc.Org.Targets[c] = incident.No
		inc.Org.Establishments = append(inc.Org.Establishments, c)
		if !applies(inc) {
			t.Errorf("%s: established there, the law does not apply", c)
		}
	}
}

// F199 (61): with the unlawful purpose not yet known, both final reports
// (30 days; 60 for Rules Art. 7(3)) read "cannot tell", though the case is
// reportable by 7(4) anyway and a report within 30 days meets either
// reading. The 30-day report is due until 7(3) is established; the 60-day
// one stays "cannot tell" beside it, and takes over once it is.
func TestFinalReportPlannedOnThirtyDaysWhileTheUnlawfulPurposeIsUnknown(t *testing.T) {
	inc, a := realCase(t, "61-seconded-staff-sent-contracts-to-insurer")
	if inc.Cause.UnlawfulPurpose != incident.Unknown {
		t.Fatalf("the scenario's unlawful purpose is %q, want it unanswered", inc.Cause.UnlawfulPurpose)
	}
	jp := jur(t, a, "JP")
	o30, o60 := obligation(jp, "jp.report.final"), obligation(jp, "jp.report.final.60")
	if o30 == nil || o30.Applies != Yes || o30.Due == nil || o30.Due.Format("2006-01-02") != "2025-07-09" {
		t.Fatalf("unknown: the 30-day final report is %+v, want due 2025-07-09", o30)
	}
	if o60 == nil || o60.State != StateUndetermined {
		t.Errorf("unknown: the 60-day final report is %+v, want undetermined", o60)
	}
	inc.Cause.UnlawfulPurpose = incident.Yes
	jp = jur(t, eval(t, inc, inc.UpdatedAt), "JP")
	if o := obligation(jp, "jp.report.final"); o != nil && o.Applies != No {
		t.Errorf("unlawful purpose established: the 30-day report still applies (%s)", o.Applies)
	}
	if o := obligation(jp, "jp.report.final.60"); o == nil || o.Applies != Yes || o.Due.Format("2006-01-02") != "2025-08-08" {
		t.Errorf("unlawful purpose established: the 60-day report is %+v, want due 2025-08-08", o)
	}
}

// The same for the My Number Act's final report (30 days; 60 for Rules
// Art. 2(2)): a misdirected file of My Number data with the purpose left
// unanswered is due in 30 days.
func TestMyNumberFinalReportPlannedOnThirtyDays(t *testing.T) {
	inc, _ := realCase(t, "21-city-eltax-mynumber-misdirected")
	inc.Cause.UnlawfulPurpose = incident.Unknown
	jn := jur(t, eval(t, inc, inc.UpdatedAt), "JP-MN")
	if o := obligation(jn, "jn.report.final"); o == nil || o.Applies != Yes {
		t.Errorf("purpose unanswered: the 30-day final report is %+v, want it to apply", o)
	}
}
