package drill

import (
	"math"
	"time"
)

// Clock maps real time to simulated time: from the real instant Start the
// simulated time runs Speed times as fast, from Origin (zero: Start). A
// Speed of 1440 makes a simulated day pass in a real minute; 0 pauses.
// It is pure: the real "now" is always a parameter.
type Clock struct {
	Start  time.Time `json:"start"`
	Origin time.Time `json:"origin"`
	Speed  float64   `json:"speed"`
}

// maxSim bounds a simulated span (about 290 years fit in a Duration; a drill needs months).
const maxSim = 100 * 365 * 24 * time.Hour

func (c Clock) origin() time.Time {
	if c.Origin.IsZero() {
		return c.Start
	}
	return c.Origin
}

// Sim is the simulated time at the real instant now, to the second. Before
// Start, or when paused, it is the origin.
func (c Clock) Sim(now time.Time) time.Time {
	el := now.Sub(c.Start)
	if el <= 0 || c.Speed <= 0 || math.IsNaN(c.Speed) {
		return c.origin()
	}
	s := el.Seconds() * c.Speed
	if s > maxSim.Seconds() {
		s = maxSim.Seconds()
	}
	return c.origin().Add(time.Duration(math.Round(s)) * time.Second)
}

// Real is the real instant at which the clock reaches the simulated time
// sim (to the millisecond, rounded up so that Sim(Real(sim)) >= sim); ok is
// false when paused. A sim already past gives the Start or earlier.
func (c Clock) Real(sim time.Time) (time.Time, bool) {
	if c.Speed <= 0 || math.IsNaN(c.Speed) {
		return time.Time{}, false
	}
	d := sim.Sub(c.origin()).Seconds() / c.Speed
	return c.Start.Add(time.Duration(math.Ceil(d*1000)) * time.Millisecond), true
}

// Retime returns the clock that, from the real instant now, runs at speed
// from the simulated time this clock shows at now: pause (0), resume,
// faster or slower without a jump.
func (c Clock) Retime(now time.Time, speed float64) Clock {
	return Clock{Start: now, Origin: c.Sim(now), Speed: speed}
}
