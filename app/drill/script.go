package drill

import (
	"time"

	"breachdesk/app/rules"
)

// Script is a scenario bound to the instant of its day 0.
type Script struct {
	Scenario *Scenario
	Day0     time.Time
}

// At is the simulated instant of an offset.
func (s Script) At(o Offset) time.Time { return s.Day0.Add(time.Duration(o)) }

// End is the simulated instant the drill ends (day 0 + duration).
func (s Script) End() time.Time { return s.At(s.Scenario.Duration) }

// Due returns the injects that have fired by the simulated instant simNow,
// in script order.
func Due(s Script, simNow time.Time) []Inject {
	var out []Inject
	for _, in := range s.Scenario.Injects {
		if !s.At(in.At).After(simNow) {
			out = append(out, in)
		}
	}
	return out
}

// Next returns the first inject still to fire after simNow; ok is false when
// none is left. The UI schedules its timer with Clock.Real(script.At(next.At)).
func Next(s Script, simNow time.Time) (Inject, bool) {
	for _, in := range s.Scenario.Injects {
		if s.At(in.At).After(simNow) {
			return in, true
		}
	}
	return Inject{}, false
}

// State is what the UI stores with a drill incident to resume it: the
// scenario, day 0, the clock and the language the facts were written in.
type State struct {
	Scenario string     `json:"scenario"`
	Day0     time.Time  `json:"day0"`
	Clock    Clock      `json:"clock"`
	Lang     string     `json:"lang"`
	EndedAt  *time.Time `json:"endedAt,omitempty"` // simulated instant the team ended the drill
}

func pick(t rules.Text, lang string) string {
	if lang == "ja" && t.JA != "" || t.EN == "" {
		return t.JA
	}
	return t.EN
}
