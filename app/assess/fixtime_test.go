package assess

import (
	"strings"
	"testing"
	"time"
)

// Findings of the fix round on time and on who told whom (testdata/golden/
// assess/REVIEW.md).

// F588 (123, a carrier whose agency's officer photographed contract copies:
// the police called the company on 1/22 about the records found on a
// suspect's PC): consulting the police was "overdue" by 45 days and the
// police duty open, when the police had begun the case. A detection told by
// the police is the contact with them; what is left is whether to file a
// report of damage or a complaint. A detection told by anyone else is not.
func TestDetectionByThePoliceIsTheirContact(t *testing.T) {
	const name = "123-telecom-agency-staff-photographed-contract-copies-police"
	for _, src := range []string{"police", "customer"} {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		for i := range inc.Events {
			if inc.Events[i].Kind == "detected" {
				inc.Events[i].Source = src
			}
		}
		a := eval(t, inc, inc.UpdatedAt)
		s := step(a, "pb.police")
		ob := obligation(jur(t, a, "JP"), "jp.police")
		if s == nil || ob == nil {
			t.Fatalf("%s: no police step or duty", src)
		}
		if src != "police" {
			if s.State == StateDone || ob.State == StateDone {
				t.Errorf("told by a %s: the police step or duty is done (%s, %s)", src, s.State, ob.State)
			}
			continue
		}
		if s.State != StateDone || s.DoneBy != "e2" || ob.State != StateDone || ob.DoneBy != "e2" {
			t.Errorf("told by the police: step %s by %q, duty %s by %q; want both done by e2", s.State, s.DoneBy, ob.State, ob.DoneBy)
		}
		if !strings.Contains(s.Explanation.JA, "被害届・告訴") || !strings.Contains(ob.Explanation.EN, "report of damage or a complaint") {
			t.Errorf("the report of damage is not asked: %q / %q", s.Explanation.JA, ob.Explanation.EN)
		}
	}
}

// F685 (131, an electronics maker: the ministry told about 10/1, the PPC's
// 速報 on 1/20, 137 days past its target): nothing asked why the PPC heard
// of it three and a half months after the ministry. A late report's finding
// names another authority told of the case before it (a ministry, or the
// authority of another law: 97's ICO a week before the 速報); one told
// before the knowing, or none, adds nothing.
func TestLateReportNamesAnAuthorityToldBefore(t *testing.T) {
	const name = "131-electronics-maker-apt-detected-june-public-after-press"
	for _, c := range []struct {
		at   string // the ministry report's date; "" = removed
		want bool
	}{{"keep", true}, {"", false}, {"2025-08-01T00:00:00+09:00", false}} {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		for i := 0; i < len(inc.Events); i++ {
			if inc.Events[i].ID != "e6" {
				continue
			}
			switch c.at {
			case "":
				inc.Events = append(inc.Events[:i], inc.Events[i+1:]...)
			case "keep":
			default:
				at, err := time.Parse(time.RFC3339, c.at)
				if err != nil {
					t.Fatal(err)
				}
				inc.Events[i].At = at
			}
			break
		}
		a := eval(t, inc, inc.UpdatedAt)
		var got *Finding
		for i := range a.Findings {
			if a.Findings[i].ID == "tl.prelim" {
				got = &a.Findings[i]
			}
		}
		if got == nil || got.Verdict != FindingLate {
			t.Fatalf("%s: tl.prelim not late", c.at)
		}
		named := strings.Contains(got.Explanation.JA, "経済産業省へ本件を伝えています（e6）") && strings.Contains(got.Explanation.EN, "could have been made then")
		if named != c.want {
			t.Errorf("ministry %q: named = %v, want %v: %s", c.at, named, c.want, got.Explanation.JA)
		}
	}
}

// F686 (131: the notices sent 112–141 days after the knowing): tl.notice
// said so as information while tl.public measured the same days against
// its 30-day benchmark and said late. Japanese law gives the notice no day
// count, but a notice sent when an announcement would be called late is no
// more prompt: the notice is measured against the same benchmark.
func TestNoticeMeasuredAgainstTheAnnouncementsBenchmark(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/131-electronics-maker-apt-detected-june-public-after-press.json")
	a := eval(t, inc, inc.UpdatedAt)
	verdicts := map[string]string{}
	for _, f := range a.Findings {
		verdicts[f.ID] = f.Verdict
	}
	if verdicts["tl.public"] != FindingLate || verdicts["tl.notice"] != FindingLate {
		t.Errorf("131: announcement %s, notice %s; want both late", verdicts["tl.public"], verdicts["tl.notice"])
	}
}
