package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F337's remainder (86): data on a viewing site, a leak site or social
// media has copies out of the company's reach; a step asks it to find them
// and ask each site and the search engines to remove them. It applies when
// a set is (or may be) viewable online after an attack, a wrong setting, an
// insider or a theft; it is asked while that is not known for those causes;
// a misdelivery or a lost bag does not bring it.
func TestStepAsksForRemovalOfCopiesOnline(t *testing.T) {
	step := func(inc *incident.Incident) (Step, bool) {
		for _, s := range eval(t, inc, at(2026, 5, 2, 10, 0)).Steps {
			if s.ID == "pb.online.copies" {
				return s, true
			}
		}
		return Step{}, false
	}
	inc := base(100)
	inc.Cause.Kind = incident.CauseRansomware
	inc.DataSets[0].ExposedOnline = incident.Yes
	if s, ok := step(inc); !ok || s.Applies != Yes {
		t.Errorf("ransomware, data on a leak site: the step is %v (%q)", ok, s.Applies)
	}
	inc.DataSets[0].ExposedOnline = incident.Unknown
	if s, ok := step(inc); !ok || s.Applies != Unknown {
		t.Errorf("ransomware, not known whether posted: the step is %v (%q), want asked", ok, s.Applies)
	}
	inc.DataSets[0].ExposedOnline = incident.No
	if s, ok := step(inc); ok && s.Applies != No {
		t.Errorf("ransomware, nothing posted: the step applies (%q)", s.Applies)
	}
	// Every set ruled out: nothing to look for online.
	inc.DataSets[0].ExposedOnline = incident.Unknown
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.RuledOut, On: "2026-05-02"}}
	if s, ok := step(inc); ok && s.Applies != No {
		t.Errorf("ruled out: the step is %q", s.Applies)
	}
	lost := base(100)
	lost.Cause.Kind = incident.CauseLoss
	if s, ok := step(lost); ok && s.Applies != No {
		t.Errorf("a lost bag: the step is %q", s.Applies)
	}
}

// F362 (90): a mail-order company whose data was taken from its address-check
// vendor's file-transfer server was told to report to IPA, whose desk is
// for the operator of the system attacked: the vendor. With the cause in a
// contractor's systems the report is not recommended to the company (its
// step asks it to confirm the contractor reported); an attack on its own
// systems keeps it.
func TestIPAReportIsTheAttackedSystemsOperators(t *testing.T) {
	ipa := func(inc *incident.Incident) bool {
		for _, j := range eval(t, inc, at(2026, 5, 2, 10, 0)).Jurisdictions {
			for _, o := range j.Obligations {
				if o.ID == "jp.ipa" && o.Applies == Yes {
					return true
				}
			}
		}
		return false
	}
	inc := base(100)
	inc.Cause.Kind = incident.CauseRansomware
	if !ipa(inc) {
		t.Error("ransomware on the company's own systems: no IPA report recommended")
	}
	inc.Cause.At = incident.AtProcessor
	if ipa(inc) {
		t.Error("ransomware in a contractor's systems: the IPA report is recommended to the company")
	}
}

// F406 (95): the time from the knowing to the announcement read "51 days
// past the benchmark" with no word of the announcement the company made the
// day after the attack, before it knew of the leak. The finding says that
// an announcement was made before the knowing and why it is not counted.
func TestPublicationFindingNamesAnEarlierAnnouncement(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, "../../testdata/scenarios/95-au-subsidiary-ransomware-finance-customers.json")
	a := Evaluate(inc, rs, inc.UpdatedAt)
	for _, f := range a.Findings {
		if f.ID == "tl.public" {
			if !strings.Contains(f.Explanation.EN, "came before the company knew personal data was affected") {
				t.Errorf("tl.public: %s", f.Explanation.EN)
			}
			return
		}
	}
	t.Error("95: no tl.public finding")
}
