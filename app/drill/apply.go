package drill

import (
	stdjson "encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	json "github.com/goccy/go-json"

	"breachdesk/app/incident"
)

// Marks put before the title of a drill incident so that it is never taken for a real one.
const (
	MarkJA = "【訓練】"
	MarkEN = "[DRILL] "
)

// markerID is the id of the timeline event an inject leaves, which also
// records that it was applied (the facts are the only state).
func markerID(inject string) string { return "drill-" + inject }

// Begin returns the facts of a new drill of scenario s whose day 0 is day0
// (in simulated time; usually the real instant the team starts), with the
// incident id id, texts in lang ("ja" or "en"), Drill set and the title marked.
func Begin(s *Scenario, day0 time.Time, id, lang string) (*incident.Incident, error) {
	inc, err := incident.Decode(s.Incident)
	if err != nil {
		return nil, fmt.Errorf("drill %s: starting facts: %w", s.ID, err)
	}
	inc.Schema = incident.SchemaVersion
	inc.ID = id
	inc.Drill = true
	inc.Title = map[bool]string{true: MarkJA, false: MarkEN}[lang == "ja"] + pick(s.Title, lang)
	inc.Org.Name = pick(s.OrgName, lang)
	if inc.TimeZone == "" {
		inc.TimeZone = incident.DefaultTimeZone
	}
	inc.CreatedAt, inc.UpdatedAt = day0, day0
	sc := Script{Scenario: s, Day0: day0}
	inc.Events = nil
	for _, e := range s.Events {
		inc.Events = append(inc.Events, sc.event(e, e.ID, lang))
	}
	if inc.Events == nil {
		inc.Events = []incident.Event{}
	}
	if ps := incident.Validate(inc); ps.HasErrors() {
		return nil, fmt.Errorf("drill %s: starting facts: %v", s.ID, ps)
	}
	return inc, nil
}

func (s Script) event(e EventSpec, id, lang string) incident.Event {
	ev := incident.Event{ID: id, Kind: e.Kind, At: s.At(e.At).In(s.Day0.Location()),
		Jurisdiction: e.Jurisdiction, Note: pick(e.Note, lang)}
	if e.Due != nil {
		due := s.At(*e.Due).In(s.Day0.Location())
		ev.Due = &due
	}
	return ev
}

// Applied reports whether the inject is already in the facts.
func Applied(inc *incident.Incident, inject string) bool {
	id := markerID(inject)
	for _, e := range inc.Events {
		if e.ID == id {
			return true
		}
	}
	return false
}

// Apply returns a copy of the facts with the injects added that are not in
// them yet (each leaves an "other" event on the timeline with its message,
// its own events, and its facts), and the injects it added. inc is not changed.
func Apply(inc *incident.Incident, s Script, injects []Inject, lang string) (*incident.Incident, []Inject, error) {
	out := inc.Clone()
	var added []Inject
	for _, in := range injects {
		if Applied(out, in.ID) {
			continue
		}
		at := s.At(in.At)
		out.Events = append(out.Events, incident.Event{ID: markerID(in.ID), Kind: incident.EvOther,
			At: at.In(s.Day0.Location()), Note: pick(in.Title, lang) + ": " + pick(in.Text, lang)})
		for _, e := range in.Events {
			out.Events = append(out.Events, s.event(e, markerID(in.ID)+"-"+e.ID, lang))
		}
		if len(in.Facts) > 0 {
			next, err := patch(out, in.Facts)
			if err != nil {
				return nil, nil, fmt.Errorf("drill %s: inject %s: %w", s.Scenario.ID, in.ID, err)
			}
			out = next
		}
		if at.After(out.UpdatedAt) {
			out.UpdatedAt = at
		}
		added = append(added, in)
	}
	if ps := incident.Validate(out); ps.HasErrors() {
		return nil, nil, fmt.Errorf("drill %s: facts after the injects: %v", s.Scenario.ID, ps)
	}
	return out, added, nil
}

// Tick applies every inject due at the simulated instant simNow that is not
// in the facts yet: what the UI calls on each tick of the clock. It returns
// the new facts and the injects that fired now (to show to the team).
func Tick(inc *incident.Incident, s Script, simNow time.Time, lang string) (*incident.Incident, []Inject, error) {
	return Apply(inc, s, Due(s, simNow), lang)
}

// patch applies a JSON merge patch (RFC 7386) to the stored form of the incident.
func patch(inc *incident.Incident, p json.RawMessage) (*incident.Incident, error) {
	b, err := incident.Encode(inc)
	if err != nil {
		return nil, err
	}
	target, err := decodeAny(b)
	if err != nil {
		return nil, err
	}
	pv, err := decodeAny(p)
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	merged, err := stdjson.Marshal(merge(target, pv))
	if err != nil {
		return nil, err
	}
	return incident.Decode(merged)
}

func decodeAny(b []byte) (any, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// merge is RFC 7386 MergePatch — objects merge key by key, null deletes,
// anything else replaces — with one addition for the incident's lists of
// elements with ids (data sets, parties): an object patching such a list
// patches its elements by id ({"dataSets": {"d1": {...}}}), adding one whose
// id is not there yet, so that an inject can change one data set.
func merge(target, p any) any {
	pm, ok := p.(map[string]any)
	if !ok {
		return p
	}
	if list, ok := target.([]any); ok && withIDs(list) {
		for id, v := range pm {
			i := slices.IndexFunc(list, func(x any) bool { return x.(map[string]any)["id"] == id })
			switch {
			case v == nil && i >= 0:
				list = slices.Delete(list, i, i+1)
			case v == nil:
			case i >= 0:
				list[i] = merge(list[i], v)
			default:
				el := merge(map[string]any{"id": id}, v)
				list = append(list, el)
			}
		}
		return list
	}
	tm, ok := target.(map[string]any)
	if !ok {
		tm = map[string]any{}
	}
	for k, v := range pm {
		if v == nil {
			delete(tm, k)
			continue
		}
		tm[k] = merge(tm[k], v)
	}
	return tm
}

// withIDs reports whether every element of a (non-empty) list is an object
// with a string id.
func withIDs(list []any) bool {
	for _, x := range list {
		m, ok := x.(map[string]any)
		if !ok {
			return false
		}
		if _, ok := m["id"].(string); !ok {
			return false
		}
	}
	return len(list) > 0
}
