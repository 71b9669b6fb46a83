package drill

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

var drillT0 = time.Date(2026, 6, 1, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))

func startTravel(t *testing.T, speed string) *incident.Incident {
	t.Helper()
	s := Find("travel-targeted-email")
	if s == nil {
		t.Fatal("no travel scenario")
	}
	inc, err := Start(s, "d1", "ja", speed, drillT0)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// Manual speed: the clock stands still; each advance fires the next inject,
// in script order, with its facts applied; ticking again changes nothing.
func TestDrillAdvanceInOrder(t *testing.T) {
	inc := startTravel(t, "step")
	if !inc.Drill || !strings.HasPrefix(inc.Title, MarkJA) {
		t.Fatalf("not marked: %q", inc.Title)
	}
	r, err := RunOf(inc)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Sim(drillT0.Add(time.Hour)); !got.Equal(drillT0) {
		t.Errorf("manual clock moved: %v", got)
	}
	if next, _, _ := CatchUp(inc, drillT0.Add(time.Hour)); next != nil {
		t.Error("a tick of a stopped clock changed the facts")
	}
	var fired []string
	now := drillT0
	for i := 0; i < 2; i++ {
		now = now.Add(time.Minute)
		next, news, err := Advance(inc, now)
		if err != nil || next == nil {
			t.Fatalf("advance %d: %v", i, err)
		}
		inc = next
		for _, in := range news {
			fired = append(fired, in.ID)
		}
	}
	if strings.Join(fired, " ") != "cc origin" {
		t.Errorf("fired %v, want cc origin", fired)
	}
	if inc.Cause.Kind != incident.CauseTargetedEmail {
		t.Errorf("the facts of inject origin were not applied: cause %q", inc.Cause.Kind)
	}
	r, _ = RunOf(inc)
	if want := drillT0.Add(26 * time.Hour); !r.Sim(now.Add(time.Hour)).Equal(want) {
		t.Errorf("sim after two advances = %v, want day 1 11:00", r.Sim(now))
	}
	if news := r.News(inc); len(news) != 2 || news[0].ID != "origin" {
		t.Errorf("news = %v, want newest first", news)
	}
	if next, _, _ := CatchUp(inc, now.Add(time.Hour)); next != nil {
		t.Error("ticking again applied something")
	}
}

// At the fastest speed the injects fire as real minutes pass; at the end of
// the script the drill ends by itself and the clock stops there.
func TestDrillRunsAndEndsByItself(t *testing.T) {
	inc := startTravel(t, "1m")
	next, news, err := CatchUp(inc, drillT0.Add(2*time.Minute)) // day 2
	if err != nil || next == nil || len(news) != 2 {
		t.Fatalf("after 2 minutes: %d injects, %v", len(news), err)
	}
	inc = next
	next, _, err = CatchUp(inc, drillT0.Add(40*time.Minute)) // past day 30
	if err != nil || next == nil {
		t.Fatal(err)
	}
	r, _ := RunOf(next)
	if !r.Ended() || !r.State.EndedAt.Equal(r.Script.End()) {
		t.Fatalf("not ended at the script's end: %v", r.State.EndedAt)
	}
	if got := r.Sim(drillT0.Add(90 * time.Minute)); !got.Equal(r.Script.End()) {
		t.Errorf("ended clock moved: %v", got)
	}
	if len(r.News(next)) != len(r.Scenario.Injects) {
		t.Error("not every inject fired by the end")
	}
	if got := Now(next, drillT0.Add(3*time.Hour)); !got.Equal(r.Script.End()) {
		t.Errorf("Now of an ended drill = %v", got)
	}
}

// Ending early freezes the simulated time; changing the speed does not jump.
func TestDrillEndAndRetime(t *testing.T) {
	inc := startTravel(t, "5m")
	at := drillT0.Add(5 * time.Minute) // a simulated day
	if err := Retime(inc, at, "1m"); err != nil {
		t.Fatal(err)
	}
	r, _ := RunOf(inc)
	if got := r.Sim(at); !got.Equal(drillT0.Add(24 * time.Hour)) {
		t.Errorf("retime jumped: %v", got)
	}
	if got := r.Sim(at.Add(time.Minute)); !got.Equal(drillT0.Add(48 * time.Hour)) {
		t.Errorf("after retime: %v", got)
	}
	if err := End(inc, at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	r, _ = RunOf(inc)
	if !r.Ended() || !r.Sim(at.Add(time.Hour)).Equal(drillT0.Add(48*time.Hour)) {
		t.Errorf("ended at %v", r.State.EndedAt)
	}
	if next, _, err := Advance(inc, at.Add(time.Hour)); next != nil || err != nil {
		t.Error("an ended drill advanced")
	}
}

func TestDrillStateStrict(t *testing.T) {
	inc := startTravel(t, "step")
	for _, c := range []struct{ state, want string }{
		{`{"scenario":"nope","day0":"2026-06-01T09:00:00+09:00","clock":{"start":"2026-06-01T09:00:00+09:00","origin":"0001-01-01T00:00:00Z","speed":0},"lang":"ja"}`, "unknown scenario"},
		{`{"scenario":"travel-targeted-email","extra":1}`, "unknown field"},
		{`{"scenario":"travel-targeted-email","day0":"2026-06-01T09:00:00+09:00","clock":{"start":"2026-06-01T09:00:00+09:00","speed":-1},"lang":"ja"}`, "speed"},
		{`{"scenario":"travel-targeted-email","clock":{"start":"2026-06-01T09:00:00+09:00"}}`, "day0"},
		{`[`, "drillState"},
	} {
		bad := inc.Clone()
		bad.DrillState = c.state
		if _, err := RunOf(bad); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.state, err, c.want)
		}
	}
	real := incident.New("r", drillT0)
	if _, err := RunOf(real); err != ErrNoDrill {
		t.Errorf("real incident: %v", err)
	}
	if got := Now(real, drillT0); !got.Equal(drillT0) {
		t.Error("Now of a real incident is not the real time")
	}
	// A drill state survives the stored form.
	b, err := incident.Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	back, err := incident.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := RunOf(back); err != nil || back.DrillState != inc.DrillState {
		t.Errorf("after Encode/Decode: %v", err)
	}
}

func TestRealFirst(t *testing.T) {
	a, b, c := incident.New("a", drillT0), incident.New("b", drillT0), incident.New("c", drillT0)
	b.Drill = true
	got := RealFirst([]*incident.Incident{b, a, c})
	if got[0].ID != "a" || got[1].ID != "c" || got[2].ID != "b" {
		t.Errorf("order %s %s %s", got[0].ID, got[1].ID, got[2].ID)
	}
}

func TestSpeedIDs(t *testing.T) {
	for _, s := range Speeds {
		if SpeedID(SpeedOf(s.ID)) != s.ID {
			t.Errorf("%s does not round-trip", s.ID)
		}
	}
}
