package drill

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	json "github.com/goccy/go-json"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
	"breachdesk/checklists/drills"
)

// Scenario is one built-in drill (a file of checklists/drills).
type Scenario struct {
	ID      string     `json:"id"`
	Title   rules.Text `json:"title"`
	Summary rules.Text `json:"summary"`
	// StyleOf says which real case the scenario imitates, and where that is documented.
	StyleOf rules.Citation `json:"style_of"`
	// OrgName is the (fictitious) organisation's name in each language.
	OrgName rules.Text `json:"org_name"`
	// Duration is how long the drill runs in simulated time; Score at day0 + Duration.
	Duration Offset `json:"duration"`
	// Briefing is what the team is told at day 0.
	Briefing rules.Text `json:"briefing"`
	// Incident holds the facts at day 0 (stored form of app/incident, events
	// and texts aside); Events the events known at day 0.
	Incident json.RawMessage `json:"incident"`
	Events   []EventSpec     `json:"events"`
	Injects  []Inject        `json:"injects"`
}

// EventSpec is an event of the timeline at an offset from day 0.
type EventSpec struct {
	ID           string             `json:"id"`
	Kind         incident.EventKind `json:"kind"`
	At           Offset             `json:"at"`
	Due          *Offset            `json:"due,omitempty"` // for orders
	Jurisdiction string             `json:"jurisdiction,omitempty"`
	Note         rules.Text         `json:"note"`
}

// Inject is one thing the simulated world does at offset At: a message to the
// team (Title, Text), events it adds to the timeline and facts it sets (a
// JSON merge patch, RFC 7386, over the stored form of the incident).
type Inject struct {
	ID     string          `json:"id"`
	At     Offset          `json:"at"`
	Title  rules.Text      `json:"title"`
	Text   rules.Text      `json:"text"`
	Events []EventSpec     `json:"events,omitempty"`
	Facts  json.RawMessage `json:"facts,omitempty"`
	// Hint is what a team is expected to do now (shown after the drill).
	Hint rules.Text `json:"hint"`
}

var (
	builtinOnce sync.Once
	builtin     []*Scenario
	builtinErr  error
)

// Builtin returns the scenarios embedded from checklists/drills, by id.
func Builtin() ([]*Scenario, error) {
	builtinOnce.Do(func() { builtin, builtinErr = Load(drills.FS) })
	return builtin, builtinErr
}

// Find returns the built-in scenario with this id, or nil.
func Find(id string) *Scenario {
	all, _ := Builtin()
	for _, s := range all {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Load reads and checks every *.json of fsys as a scenario; each problem
// names its file and entry.
func Load(fsys fs.FS) ([]*Scenario, error) {
	names, err := rules.JSONNames(fsys)
	if err != nil {
		return nil, err
	}
	var out []*Scenario
	var errs []error
	seen := map[string]bool{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		var s Scenario
		if err := dec.Decode(&s); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		if seen[s.ID] {
			errs = append(errs, fmt.Errorf("%s: scenario id %q used twice", name, s.ID))
		}
		seen[s.ID] = true
		for _, e := range s.check() {
			errs = append(errs, fmt.Errorf("%s: %w", name, e))
		}
		out = append(out, &s)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// check finds what would make the scenario fail later; the full proof (every
// inject applies to valid facts) is in the package's tests.
func (s *Scenario) check() []error {
	var errs []error
	bad := func(f string, a ...any) { errs = append(errs, fmt.Errorf(f, a...)) }
	both := func(what string, t rules.Text) {
		if t.JA == "" || t.EN == "" {
			bad("%s needs ja and en", what)
		}
	}
	if s.ID == "" {
		bad("id is required")
	}
	both("title", s.Title)
	both("summary", s.Summary)
	both("briefing", s.Briefing)
	both("org_name", s.OrgName)
	if s.StyleOf.JA == "" || s.StyleOf.EN == "" {
		bad("style_of needs ja and en")
	}
	if s.Duration <= 0 {
		bad("duration must be positive")
	}
	if len(s.Incident) == 0 {
		bad("incident is required")
	}
	ids := map[string]bool{}
	event := func(where string, e EventSpec) {
		if e.ID == "" || ids["e:"+e.ID] {
			bad("%s: event id %q missing or repeated", where, e.ID)
		}
		ids["e:"+e.ID] = true
		known := false
		for _, k := range incident.EventKinds {
			known = known || k == e.Kind
		}
		if !known {
			bad("%s: event %q: unknown kind %q", where, e.ID, e.Kind)
		}
		both(where+": event "+e.ID+" note", e.Note)
	}
	for _, e := range s.Events {
		event("events", e)
	}
	var last Offset
	for i, in := range s.Injects {
		where := fmt.Sprintf("injects[%d] %q", i, in.ID)
		if in.ID == "" || ids["i:"+in.ID] {
			bad("%s: id missing or repeated", where)
		}
		ids["i:"+in.ID] = true
		if in.At < last {
			bad("%s: injects must be in time order", where)
		}
		if in.At > s.Duration {
			bad("%s: after the end of the drill", where)
		}
		last = in.At
		both(where+": title", in.Title)
		both(where+": text", in.Text)
		for _, e := range in.Events {
			event(where, e)
		}
		if len(in.Facts) > 0 {
			var m map[string]any
			if err := json.Unmarshal(in.Facts, &m); err != nil {
				bad("%s: facts must be a JSON object: %v", where, err)
			}
		}
	}
	return errs
}
