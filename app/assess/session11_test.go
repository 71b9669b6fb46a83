package assess

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F153: a step done by an event known only by its day was dated at that
// day's 00:00 ("0 min after" a target of the day before's 23:59, 54), a
// duty done by the same event at 23:59; an approximate day was "1 d 14 h"
// late against a target of 09:40 two days before (56). A day-only end is
// late only if even its day's start is, by whole calendar days; on the
// target's own day it cannot be told and counts as done (32).
func TestDayOnlyDoneInCalendarDays(t *testing.T) {
	step := func(a Assessment, id string) Step {
		t.Helper()
		for _, s := range a.Steps {
			if s.ID == id {
				return s
			}
		}
		t.Fatalf("no step %s", id)
		return Step{}
	}
	for _, c := range []struct {
		scenario, step string
		state          State
		en             string
	}{
		{"54-prefecture-hdd-resold-by-disposal-contractor", "pb.police", StateDoneLate,
			"Done: 2025-12-02 (date only) (e6), 1 calendar day after the target of 2025-12-01 23:59 JST"},
		{"56-city-refund-letters-wrong-envelopes", "pb.misdelivery.recover", StateDoneLate,
			"Done: about 2025-09-22 (e4), 2 calendar days after the target of 2025-09-20 09:40 JST"},
		{"32-clinic-records-stolen-from-car", "pb.loss.search", StateDone,
			"Done: 2025-10-13 (date only) (e4), on the day of 2025-10-13 22:30 JST; the time was not recorded, so whether it was late cannot be told"},
	} {
		_, a := realCase(t, c.scenario)
		s := step(a, c.step)
		if s.State != c.state || s.Explanation.EN != c.en {
			t.Errorf("%s %s: %s / %q, want %s / %q", c.scenario, c.step, s.State, s.Explanation.EN, c.state, c.en)
		}
	}
	// The duty done by 54's same consultation reads the same day.
	_, a := realCase(t, "54-prefecture-hdd-resold-by-disposal-contractor")
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			if o.ID == "jp.police" && o.Explanation.JA != "完了：2025-12-02（日付のみ）（e6）" {
				t.Errorf("jp.police: %q", o.Explanation.JA)
			}
		}
	}
}

// F158 (53): a key in a public repository kept working after the
// repository was made private, until it was changed; no step said that
// containment of an exposed credential is its revocation.
func TestExposedCredentialIsRevoked(t *testing.T) {
	_, a := realCase(t, "53-contractor-github-key-five-years")
	for _, s := range a.Steps {
		if s.ID == "pb.vuln.fix" {
			if !strings.Contains(s.Do.JA, "無効化・再発行し、その日時を封じ込めとして記録します") || !strings.Contains(s.Do.EN, "revoke and replace it first") {
				t.Errorf("pb.vuln.fix: %+v", s.Do)
			}
			return
		}
	}
	t.Fatal("no pb.vuln.fix for a misconfiguration")
}

// F156 (55): a faxed prescription fetched back from the home 4.5 hours
// after the clinic knew was "still not done after 11 d" containment: for a
// misdelivery the retrieval is the containment (tl.contain's to_also).
func TestRetrievalContainsAMisdelivery(t *testing.T) {
	_, a := realCase(t, "55-clinic-prescription-fax-wrong-number")
	for _, f := range a.Findings {
		if f.ID == "tl.contain" {
			if f.Verdict != FindingOK || f.Explanation.EN != "Detection to containment: 5 h (within the benchmark of 24 hours)." {
				t.Errorf("tl.contain: %s / %s", f.Verdict, f.Explanation.EN)
			}
			return
		}
	}
	t.Fatal("no tl.contain")
}

// F174 (59): Japan's APPI was applied to a Singapore subsidiary's payroll
// because eight former expatriates now live in Japan; a business not
// established in Japan is covered only for data handled in supplying goods
// or services to persons there (APPI Art. 171). Unanswered, the Act is
// taken to apply, as before; established in Japan, it applies anyway.
func TestForeignSubsidiaryOutsideAPPI(t *testing.T) {
	inc, a := realCase(t, "59-sg-subsidiary-ransomware-staff-records")
	if !slices.ContainsFunc(a.NotApplicable, func(n NotApplicable) bool { return n.ID == "JP" }) {
		t.Fatalf("JP applies to a Singapore company's payroll (not applicable: %v)", a.NotApplicable)
	}
	if jur(t, a, "SG").Applies != Yes {
		t.Error("Singapore's PDPA does not apply")
	}
	inc.Org.TargetsJP = incident.Unknown
	if j := jur(t, eval(t, inc, inc.UpdatedAt), "JP"); j.Applies != Yes {
		t.Errorf("unanswered: JP applies %s, want yes (the conservative default)", j.Applies)
	}
	inc.Org.TargetsJP = incident.No
	inc.Org.Establishments = []string{"SG", "JP"}
	if j := jur(t, eval(t, inc, inc.UpdatedAt), "JP"); j.Applies != Yes {
		t.Errorf("established in Japan: JP applies %s", j.Applies)
	}
}
