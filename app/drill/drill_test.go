package drill

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

var jst = time.FixedZone("JST", 9*3600)

// day0 is the fixed start of the drills in the tests: Monday 2026-06-01 09:00 JST.
var day0 = time.Date(2026, 6, 1, 9, 0, 0, 0, jst)

func mustRules(t testing.TB) *rules.Set {
	t.Helper()
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func mustScenario(t testing.TB, id string) *Scenario {
	t.Helper()
	if _, err := Builtin(); err != nil {
		t.Fatal(err)
	}
	s := Find(id)
	if s == nil {
		t.Fatalf("no scenario %s", id)
	}
	return s
}

// Every built-in scenario starts from valid facts, and every inject applies
// to valid facts, in both languages; the drill is marked as one throughout.
func TestBuiltin(t *testing.T) {
	all, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 3 {
		t.Fatalf("%d scenarios, want at least 3", len(all))
	}
	for _, s := range all {
		for _, lang := range []string{"ja", "en"} {
			inc, err := Begin(s, day0, "d-"+s.ID, lang)
			if err != nil {
				t.Fatalf("%s/%s: %v", s.ID, lang, err)
			}
			sc := Script{Scenario: s, Day0: day0}
			end, added, err := Apply(inc, sc, Due(sc, sc.End()), lang)
			if err != nil {
				t.Fatalf("%s/%s: %v", s.ID, lang, err)
			}
			if len(added) != len(s.Injects) {
				t.Errorf("%s: %d injects applied of %d", s.ID, len(added), len(s.Injects))
			}
			if !end.Drill || !(strings.HasPrefix(end.Title, MarkJA) || strings.HasPrefix(end.Title, MarkEN)) {
				t.Errorf("%s: not marked as a drill: %q", s.ID, end.Title)
			}
			for _, p := range incident.Validate(end) {
				t.Logf("%s/%s: %s", s.ID, lang, p.Text("en"))
			}
			// Applying again changes nothing.
			again, added2, err := Apply(end, sc, Due(sc, sc.End()), lang)
			if err != nil || len(added2) != 0 || len(again.Events) != len(end.Events) {
				t.Errorf("%s: second Apply added %d injects, %v", s.ID, len(added2), err)
			}
			// A score can be computed from the final facts.
			if r := Score(end, s, mustRules(t), sc.End()); !r.Drill || r.Summary.JA == "" || r.Summary.EN == "" {
				t.Errorf("%s: score %+v", s.ID, r)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	s := &Scenario{ID: "x", Duration: Offset(time.Hour), Injects: []Inject{
		{ID: "a", At: Offset(2 * time.Hour)}, {ID: "a", At: Offset(time.Hour), Facts: []byte(`[1]`),
			Events: []EventSpec{{ID: "e", Kind: "boom"}}}}}
	var msgs []string
	for _, e := range s.check() {
		msgs = append(msgs, e.Error())
	}
	got := strings.Join(msgs, "\n")
	for _, want := range []string{"title needs ja and en", "incident is required", "after the end of the drill",
		`injects[1] "a": id missing or repeated`, "in time order", `unknown kind "boom"`, "facts must be a JSON object"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

func TestOffset(t *testing.T) {
	for _, c := range []struct {
		in   string
		d    time.Duration
		out  string
		day  int
		fail bool
	}{
		{in: "4d", d: 96 * time.Hour, out: "4d", day: 4},
		{in: "4d1h", d: 97 * time.Hour, out: "4d1h", day: 4},
		{in: "24d14h59m", d: 24*24*time.Hour + 14*time.Hour + 59*time.Minute, out: "24d14h59m", day: 24},
		{in: "90m", d: 90 * time.Minute, out: "0d1h30m"},
		{in: "-540d", d: -540 * 24 * time.Hour, out: "-540d", day: -540},
		{in: "0d", d: 0, out: "0d"},
		{in: "", fail: true}, {in: "xd", fail: true}, {in: "4d-1h", fail: true}, {in: "soon", fail: true},
	} {
		o, err := ParseOffset(c.in)
		if c.fail {
			if err == nil {
				t.Errorf("%q: no error", c.in)
			}
			continue
		}
		if err != nil || time.Duration(o) != c.d || o.String() != c.out || o.Day() != c.day {
			t.Errorf("%q: %v %q day %d, %v; want %v %q day %d", c.in, time.Duration(o), o.String(), o.Day(), err, c.d, c.out, c.day)
		}
	}
}

func TestClock(t *testing.T) {
	c := Clock{Start: day0, Speed: 1440} // a simulated day per real minute
	if got := c.Sim(day0.Add(time.Minute)); !got.Equal(day0.Add(24 * time.Hour)) {
		t.Errorf("after a minute: %v", got)
	}
	if got := c.Sim(day0.Add(-time.Hour)); !got.Equal(day0) {
		t.Errorf("before the start: %v", got)
	}
	sim := day0.Add(4*24*time.Hour + time.Hour) // day 4, 10:00
	real, ok := c.Real(sim)
	if !ok || !real.Equal(day0.Add(4*time.Minute+2500*time.Millisecond)) || c.Sim(real).Before(sim) {
		t.Errorf("Real(day 4 10:00) = %v, %v", real, ok)
	}
	// Pause at one real minute, resume two minutes later at double speed: no jump.
	p := c.Retime(day0.Add(time.Minute), 0)
	if !p.Sim(day0.Add(3 * time.Minute)).Equal(day0.Add(24 * time.Hour)) {
		t.Error("paused clock moved")
	}
	if _, ok := p.Real(sim); ok {
		t.Error("a paused clock has a real time")
	}
	r := p.Retime(day0.Add(3*time.Minute), 2880)
	if got := r.Sim(day0.Add(4 * time.Minute)); !got.Equal(day0.Add(3 * 24 * time.Hour)) {
		t.Errorf("resumed: %v, want day 3", got)
	}
	// A huge speed saturates instead of overflowing.
	h := Clock{Start: day0, Speed: 1e300}
	if got := h.Sim(day0.Add(time.Hour)); got.Before(day0) {
		t.Errorf("overflow: %v", got)
	}
}

func TestDueAndNext(t *testing.T) {
	s := mustScenario(t, "travel-targeted-email")
	sc := Script{Scenario: s, Day0: day0}
	if n := len(Due(sc, day0)); n != 0 {
		t.Errorf("%d injects due at day 0", n)
	}
	due := Due(sc, day0.Add(4*24*time.Hour+time.Hour))
	var ids []string
	for _, in := range due {
		ids = append(ids, in.ID)
	}
	if strings.Join(ids, " ") != "cc origin exfil" {
		t.Errorf("due at day 4 10:00: %v", ids)
	}
	next, ok := Next(sc, day0.Add(4*24*time.Hour+time.Hour))
	if !ok || next.ID != "records" {
		t.Errorf("next = %s, %v", next.ID, ok)
	}
	if _, ok := Next(sc, sc.End()); ok {
		t.Error("an inject after the end")
	}
}
