package drill

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden/drill")

// action is something the team does in the drill, at a simulated offset.
type action struct {
	at Offset
	do func(inc *incident.Incident, when time.Time)
}

func addEvent(id string, k incident.EventKind, jur string) func(*incident.Incident, time.Time) {
	return func(inc *incident.Incident, when time.Time) {
		inc.Events = append(inc.Events, incident.Event{ID: id, Kind: k, At: when, Jurisdiction: jur})
	}
}

func doStep(id string) func(*incident.Incident, time.Time) {
	return func(inc *incident.Incident, when time.Time) {
		if inc.Steps == nil {
			inc.Steps = map[string]incident.StepState{}
		}
		w := when
		inc.Steps[id] = incident.StepState{Status: incident.StepDone, DoneAt: &w, Owner: "team"}
	}
}

func off(s string) Offset {
	o, err := ParseOffset(s)
	if err != nil {
		panic(err)
	}
	return o
}

// TestRunTravel runs the travel drill end to end as the UI would: a clock at
// 1,440× (a simulated day per real minute), a tick every 10 real seconds (4
// simulated hours), injects applied on each tick, the team's actions recorded
// at their simulated times, and the score at the end (day 30).
//
// Hand-checked expectation (APPI, rules in checklists/jp.json, playbook.json):
//   - aware (inject "exfil") at day 4 01:00 after day 0 = 2026-06-05 10:00 JST.
//   - 速報 (jp.report.prelim), target about 3–5 days from aware, the day of aware
//     counting as day 1 (jp.json day_one start_day): 06-05 is day 1, so due at the
//     end of 2026-06-09; filed 2026-06-07 09:00 (day 6) → met (2 points).
//   - 確報 within 60 days (unlawful purpose): 06-05 + 59 days = due 2026-08-03 23:59:59,
//     not filed by the end (2026-07-01 09:00) → pending, not scored.
//   - ministry report ordered on day 14 (2026-06-15 10:00), due day 24 14:59 after
//     day 0 = 2026-06-25 23:59; filed 2026-06-26 19:00 (day 25 10h) → late by 19 h 1 min (1 point).
//   - notice to persons: no fixed deadline, not given → not done; publication (day 14):
//     done, no deadline → not scored.
//   - steps (practice targets): internal report (due 06-02 09:00, done 06-01 10:00),
//     isolation (contained 06-01 13:00), evidence (06-01 14:00), forensic firm (06-03,
//     due 06-08) → 4 on time, 8 points; scope of persons: closed by the vendor's count,
//     an inject of the scenario (day 20), not by the team → given, not scored;
//     register, cause, reporting route, inquiry desk and police never done → 5 missed, 0 points.
//   - score: (2 + 1 + 8) / (2 × (2 + 4 + 5)) = 11 / 22 = 50.
func TestRunTravel(t *testing.T) {
	s := mustScenario(t, "travel-targeted-email")
	rs := mustRules(t)
	realStart := time.Date(2026, 6, 1, 9, 0, 0, 0, jst) // real and simulated day 0 coincide
	clock := Clock{Start: realStart, Speed: 1440}
	sc := Script{Scenario: s, Day0: clock.Sim(realStart)}
	inc, err := Begin(s, sc.Day0, "drill-travel", "ja")
	if err != nil {
		t.Fatal(err)
	}
	plan := []action{
		{off("1h"), doStep("pb.internal.report")},
		{off("4h"), addEvent("t-contain", incident.EvContained, "")},
		{off("5h"), doStep("pb.evidence")},
		{off("2d"), addEvent("t-forensic", incident.EvForensic, "")},
		{off("6d"), addEvent("t-prelim", incident.EvReportPrelim, "JP")},
		{off("14d"), addEvent("t-public", incident.EvPublic, "")},
		{off("25d10h"), addEvent("t-ministry", incident.EvMinistryReport, "")},
	}
	var fired []string
	var firedAt []time.Time
	done := 0
	for real := realStart; ; real = real.Add(10 * time.Second) {
		sim := clock.Sim(real)
		if sim.After(sc.End()) {
			sim = sc.End()
		}
		next, news, err := Tick(inc, sc, sim, "ja")
		if err != nil {
			t.Fatal(err)
		}
		inc = next
		for _, in := range news {
			fired = append(fired, in.ID)
			firedAt = append(firedAt, sim)
		}
		for done < len(plan) && !sc.At(plan[done].at).After(sim) {
			plan[done].do(inc, sc.At(plan[done].at))
			done++
		}
		if !sim.Before(sc.End()) {
			break
		}
	}
	// Injects fire in script order, each at the first tick at or after its time.
	if got := strings.Join(fired, " "); got != "cc origin exfil records press order dedup" {
		t.Errorf("fired %s", got)
	}
	for i, id := range fired {
		in := s.Injects[i]
		if in.ID != id || firedAt[i].Before(sc.At(in.At)) || firedAt[i].Sub(sc.At(in.At)) >= 4*time.Hour {
			t.Errorf("%s fired at %v, scheduled %v", id, firedAt[i], sc.At(in.At))
		}
	}
	if done != len(plan) {
		t.Fatalf("%d of %d actions done", done, len(plan))
	}

	r := Score(inc, s, rs, sc.End())
	want := map[string]string{
		"jp.report.prelim":   Met,
		"jp.report.final.60": Pending,
		"jp.ministry.report": Late,
		"jp.notice.persons":  NotDone,
		"jp.publication":     Done,
	}
	for _, it := range r.Obligations {
		if w, ok := want[it.ID]; ok {
			if it.Outcome != w {
				t.Errorf("%s: %s, want %s (%s)", it.ID, it.Outcome, w, it.Explanation.EN)
			}
			delete(want, it.ID)
		}
		if it.ID == "jp.ministry.report" && it.By != 19*time.Hour+time.Minute {
			t.Errorf("ministry report late by %v, want 19h1m", it.By)
		}
		if it.ID == "jp.report.prelim" && !it.Due.Equal(time.Date(2026, 6, 9, 23, 59, 59, 0, jst)) {
			t.Errorf("prelim due %v", it.Due)
		}
	}
	if r.Percent != 50 || r.Deadline.Points != 3 || r.Step.Points != 8 || r.Step.Missed != 5 || r.Step.Late != 0 || r.Step.Given != 1 {
		t.Errorf("percent %d, deadlines %+v, steps %+v; want 50, 3 points, 8 points with 5 missed, none late and the scope step given", r.Percent, r.Deadline, r.Step)
	}
	if len(want) > 0 {
		t.Errorf("obligations not in the result: %v", want)
	}
	if !r.Drill || !strings.HasPrefix(r.Title, MarkJA) {
		t.Errorf("result not marked as a drill: %v %q", r.Drill, r.Title)
	}

	got := renderResult(r)
	gf := filepath.Join("../../testdata/golden/drill", "travel-targeted-email.txt")
	if *update {
		_ = os.MkdirAll(filepath.Dir(gf), 0o755)
		if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(gf)
	if err != nil {
		t.Fatalf("%v (run go test ./app/drill -update)", err)
	}
	if string(b) != got {
		t.Errorf("score differs from %s (run with -update and review the diff):\n%s", gf, got)
	}
}

func renderResult(r Result) string {
	var b strings.Builder
	p := func(f string, a ...any) { fmt.Fprintf(&b, f+"\n", a...) }
	tm := func(x *time.Time) string {
		if x == nil {
			return "-"
		}
		return x.Format(time.RFC3339)
	}
	p("drill %v | %s | end %s | percent %d", r.Drill, r.Title, r.End.Format(time.RFC3339), r.Percent)
	p("deadlines %+v", r.Deadline)
	p("steps %+v", r.Step)
	for _, it := range append(append([]Item{}, r.Obligations...), r.Steps...) {
		p("%-10s %-3s %-28s %-12s due %s done %s by %v", it.Kind, it.Jurisdiction, it.ID, it.Outcome, tm(it.Due), tm(it.DoneAt), it.By)
	}
	for _, f := range r.Delays {
		p("delay %s %s: %s", f.ID, f.Verdict, f.Explanation.EN)
	}
	p("")
	p("%s", r.Summary.JA)
	p("")
	p("%s", r.Summary.EN)
	return b.String()
}

// TestGoldenIdle scores every built-in drill in which the team does nothing:
// no deadline is met, and at least one legal deadline is missed.
func TestGoldenIdle(t *testing.T) {
	all, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all {
		sc := Script{Scenario: s, Day0: day0}
		inc, err := Begin(s, day0, "idle-"+s.ID, "en")
		if err != nil {
			t.Fatal(err)
		}
		inc, _, err = Tick(inc, sc, sc.End(), "en")
		if err != nil {
			t.Fatal(err)
		}
		r := Score(inc, s, mustRules(t), sc.End())
		// A step the world's own events close (the vendor's count closes
		// "scope") is given, never met or late.
		if r.Deadline.Met+r.Deadline.Late+r.Deadline.Done+r.Step.Met+r.Step.Late > 0 {
			t.Errorf("%s: an idle team met or was late on something: %+v %+v", s.ID, r.Deadline, r.Step)
		}
		if r.Deadline.Missed == 0 {
			t.Errorf("%s: an idle team missed no legal deadline", s.ID)
		}
		got := renderResult(r)
		gf := filepath.Join("../../testdata/golden/drill", s.ID+".idle.txt")
		if *update {
			if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%v (run go test ./app/drill -update)", err)
		}
		if string(b) != got {
			t.Errorf("score differs from %s (run with -update and review the diff)", gf)
		}
	}
}
