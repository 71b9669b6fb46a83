package drill

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	json "github.com/goccy/go-json"

	"breachdesk/app/incident"
)

// Speeds a drill can run at, in simulated seconds per real second. Zero is
// "step by step": the clock stands still until the team advances it to the
// next inject.
var Speeds = []struct {
	ID    string
	Speed float64
}{
	{"1m", 24 * 60},     // a simulated day per real minute
	{"5m", 24 * 60 / 5}, // a simulated day per 5 real minutes
	{"30m", 24 * 2},     // a simulated day per 30 real minutes
	{"step", 0},         // manual: "advance to the next inject"
}

// SpeedOf returns the speed with this id (the manual one when unknown).
func SpeedOf(id string) float64 {
	for _, s := range Speeds {
		if s.ID == id {
			return s.Speed
		}
	}
	return 0
}

// SpeedID names a speed (the nearest listed one).
func SpeedID(speed float64) string {
	best, id := -1.0, "step"
	for _, s := range Speeds {
		d := s.Speed - speed
		if d < 0 {
			d = -d
		}
		if best < 0 || d < best {
			best, id = d, s.ID
		}
	}
	return id
}

// Run is a drill incident's stored state with its scenario: what the pages
// need to show its clock, fire its injects and score it. It is decoded from
// the facts (Incident.DrillState) each time: the facts are the only state.
type Run struct {
	State    State
	Scenario *Scenario
	Script   Script
}

// ErrNoDrill: the incident is not a drill, or has no drill state (a real
// incident duplicated as a drill has none: it has no script).
var ErrNoDrill = errors.New("no drill state")

// RunOf decodes the drill state stored with inc, strictly: an unknown field,
// a missing scenario or a bad clock is an error naming it.
func RunOf(inc *incident.Incident) (Run, error) {
	if inc == nil || !inc.Drill || inc.DrillState == "" {
		return Run{}, ErrNoDrill
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(inc.DrillState)))
	dec.DisallowUnknownFields()
	var st State
	if err := dec.Decode(&st); err != nil {
		return Run{}, fmt.Errorf("drillState: %w", err)
	}
	s := Find(st.Scenario)
	switch {
	case s == nil:
		return Run{}, fmt.Errorf("drillState.scenario: unknown scenario %q", st.Scenario)
	case st.Day0.IsZero():
		return Run{}, errors.New("drillState.day0: missing")
	case st.Clock.Start.IsZero():
		return Run{}, errors.New("drillState.clock.start: missing")
	case st.Clock.Speed < 0 || st.Clock.Speed > 1e6 || st.Clock.Speed != st.Clock.Speed:
		return Run{}, fmt.Errorf("drillState.clock.speed: %v out of range", st.Clock.Speed)
	}
	return Run{State: st, Scenario: s, Script: Script{Scenario: s, Day0: st.Day0}}, nil
}

// Store writes the state back into the facts.
func (r Run) Store(inc *incident.Incident) {
	b, err := stdjson.Marshal(r.State)
	if err == nil {
		inc.DrillState = string(b)
	}
}

// Ended reports whether the drill is over (ended by the team or at the end of its script).
func (r Run) Ended() bool { return r.State.EndedAt != nil }

// Sim is the simulated time at the real instant now: the clock's, but never
// past the end of the script, and frozen when the drill has ended.
func (r Run) Sim(now time.Time) time.Time {
	if r.State.EndedAt != nil {
		return *r.State.EndedAt
	}
	s := r.State.Clock.Sim(now)
	if end := r.Script.End(); s.After(end) {
		return end
	}
	return s
}

// Day is the drill day people say at simulated time sim (day 0 is the start).
func (r Run) Day(sim time.Time) int { return int(sim.Sub(r.State.Day0) / (24 * time.Hour)) }

// Start starts a drill of scenario s at the real instant now, at the speed
// speedID: the facts at day 0 (marked as a drill) with the clock state
// stored in them.
func Start(s *Scenario, id, lang, speedID string, now time.Time) (*incident.Incident, error) {
	now = now.Truncate(time.Second)
	inc, err := Begin(s, now, id, lang)
	if err != nil {
		return nil, err
	}
	r := Run{State: State{Scenario: s.ID, Day0: now, Lang: lang,
		Clock: Clock{Start: now, Speed: SpeedOf(speedID)}}}
	r.Store(inc)
	return inc, nil
}

// CatchUp brings the facts up to the simulated time at the real instant
// now: every inject due is applied (once: each leaves its marker event), and
// the drill ends by itself at the end of its script. It returns the new facts
// (a copy; nil when nothing changed) and the injects that fired now.
func CatchUp(inc *incident.Incident, now time.Time) (*incident.Incident, []Inject, error) {
	r, err := RunOf(inc)
	if err != nil {
		return nil, nil, err
	}
	sim := r.Sim(now)
	next, fired, err := Tick(inc, r.Script, sim, r.State.Lang)
	if err != nil {
		return nil, nil, err
	}
	changed := len(fired) > 0
	if !r.Ended() && !sim.Before(r.Script.End()) {
		end := r.Script.End()
		r.State.EndedAt = &end
		r.State.Clock = r.State.Clock.Retime(now, 0)
		r.Store(next)
		changed = true
	}
	if !changed {
		return nil, nil, nil
	}
	return next, fired, nil
}

// Advance moves the simulated clock to the next inject (or to the end of the
// script when none is left), keeping its speed, and applies what fired.
func Advance(inc *incident.Incident, now time.Time) (*incident.Incident, []Inject, error) {
	r, err := RunOf(inc)
	if err != nil {
		return nil, nil, err
	}
	if r.Ended() {
		return nil, nil, nil
	}
	target := r.Script.End()
	if in, ok := Next(r.Script, r.Sim(now)); ok {
		target = r.Script.At(in.At)
	}
	r.State.Clock = Clock{Start: now, Origin: target, Speed: r.State.Clock.Speed}
	out := inc.Clone()
	r.Store(out)
	next, fired, err := CatchUp(out, now)
	if err != nil {
		return nil, nil, err
	}
	if next == nil {
		next = out
	}
	return next, fired, nil
}

// Retime changes the speed from now on, without a jump in simulated time.
func Retime(inc *incident.Incident, now time.Time, speedID string) error {
	r, err := RunOf(inc)
	if err != nil {
		return err
	}
	if r.Ended() {
		return nil
	}
	r.State.Clock = r.State.Clock.Retime(now, SpeedOf(speedID))
	r.Store(inc)
	return nil
}

// End ends the drill at the simulated time it shows now.
func End(inc *incident.Incident, now time.Time) error {
	r, err := RunOf(inc)
	if err != nil {
		return err
	}
	if r.Ended() {
		return nil
	}
	sim := r.Sim(now)
	r.State.EndedAt = &sim
	r.State.Clock = r.State.Clock.Retime(now, 0)
	r.Store(inc)
	return nil
}

// News lists the injects already in the facts, newest first: the notices
// the team has received. The facts are the only state: an inject was
// received when its marker event is on the timeline.
func (r Run) News(inc *incident.Incident) []Inject {
	var out []Inject
	for _, in := range r.Scenario.Injects {
		if Applied(inc, in.ID) {
			out = append(out, in)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At > out[j].At })
	return out
}

// Now is the instant the pages of inc take as "now" at the real instant
// real: for a drill with a clock, its simulated time (so deadlines count
// down and actions are recorded in drill time); otherwise real.
func Now(inc *incident.Incident, real time.Time) time.Time {
	if r, err := RunOf(inc); err == nil {
		return r.Sim(real)
	}
	return real
}

// RealFirst orders a list of incidents with the real ones first and the
// drills after them, keeping the order within each group.
func RealFirst(list []*incident.Incident) []*incident.Incident {
	sort.SliceStable(list, func(i, j int) bool { return !list[i].Drill && list[j].Drill })
	return list
}
