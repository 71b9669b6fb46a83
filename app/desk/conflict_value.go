package desk

import (
	stdjson "encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"

	json "github.com/goccy/go-json"
)

// A conflict can sit at any value of an incident (app/oplog writes values
// whole at their innermost path: a text, a date and time, a count, a
// choice among fixed values, a list, a whole element). "Write a new value"
// asks for it with the input its type needs (ValueInputOf) and reads what
// was typed into the canonical JSON a settlement writes (ReadValue),
// refusing what the type does not admit and what would make the incident
// invalid, with a message naming why (ValueError).

// ValueKind is the kind of input a value is written with.
type ValueKind int

const (
	ValueText     ValueKind = iota // one line of text
	ValueLongText                  // text of several lines
	ValueInt                       // a whole number
	ValueBool                      // yes or no
	ValueChoice                    // one of Options
	ValueTime                      // a date and a time of day, in the incident's zone
	ValueDate                      // a date as people know it: YYYY, YYYY-MM or YYYY-MM-DD
	ValueList                      // texts, one a line
	ValueCount                     // a count: unknown, or a number, perhaps approximate
	ValueJSON                      // anything else: its JSON form
)

// ValueInput says how to ask for the value at a path.
type ValueInput struct {
	Kind    ValueKind
	Options []string // ValueChoice: the values admitted, "" (not stated) first when admitted
	// Labels is the UI catalog's prefix of the options' names ("cause."
	// and the value), "" when they have none there.
	Labels string
	// Optional: the value may be left empty (it is then removed, or not stated).
	Optional bool
	typ      reflect.Type
	omit     bool // the stored form leaves the value out when empty
}

// NewValue is what was typed: Text for every kind (the date and time as an
// <input type="datetime-local"> gives it, the list one item a line, a
// choice's value, "true" or "false", the JSON), and for a count Known,
// Approx and Text its number.
type NewValue struct {
	Text          string
	Known, Approx bool
}

// ValueError is why a typed value was refused: Code names the reason for
// the page's message ("value.number", "value.time", "value.date",
// "value.choice", "value.json", "value.invalid"); Problem is the incident's
// own problem for "value.invalid".
type ValueError struct {
	Code    string
	Problem incident.Problem
}

func (e *ValueError) Error() string {
	if e.Code == "value.invalid" {
		return "desk: the value makes the incident invalid: " + e.Problem.Text("en")
	}
	return "desk: the value is not admitted (" + e.Code + ")"
}

// choices are the values a field may take and the UI catalog's prefix of
// their names ("cause." and the value).
type choices struct {
	values any // a slice of a string type
	labels string
}

// enumChoices are the incident's enumerated types with their values.
var enumChoices = map[reflect.Type]choices{
	reflect.TypeFor[incident.Tri]():        {incident.Tris, "facts.tri."},
	reflect.TypeFor[incident.CauseKind]():  {incident.CauseKinds, "cause."},
	reflect.TypeFor[incident.Status]():     {incident.Statuses, "status."},
	reflect.TypeFor[incident.Encryption](): {incident.Encryptions, "enc."},
	reflect.TypeFor[incident.OrgKind]():    {incident.OrgKinds, "facts.kind."},
	reflect.TypeFor[incident.Role]():       {incident.Roles, "role."},
	reflect.TypeFor[incident.StepStatus](): {incident.StepStatuses, "cl.status."},
	reflect.TypeFor[incident.EventKind]():  {incident.EventKinds, "ev."},
	reflect.TypeFor[incident.Precision]():  {incident.Precisions, "prec.name."},
	reflect.TypeFor[incident.PartyKind]():  {incident.PartyKinds, "party."},
	reflect.TypeFor[incident.Decision]():   {incident.Decisions, "ledger.decision."},
}

// textChoices are the plain text fields with choices, by the field path
// without keys.
var textChoices = map[string]choices{
	"risk.level":              {incident.RiskLevels, "facts.level."},
	"story.compensationScope": {incident.CompensationScopes, "facts.scope."},
	"events.source":           {incident.Sources, "src."},
	"events.police":           {incident.PoliceActs, "pol."},
	"events.by":               {incident.Filers, "by."},
	"events.orderBasis":       {incident.OrderBases, "ordb."},
	"events.orderKind":        {incident.OrderKinds, "ordk."},
}

// strings lists the values as strings.
func (c choices) strings() []string {
	v := reflect.ValueOf(c.values)
	out := make([]string, v.Len())
	for i := range out {
		out[i] = v.Index(i).String()
	}
	return out
}

// longFields are the names of text fields written in several lines.
var longFields = map[string]bool{
	"summary": true, "description": true, "note": true, "notes": true, "text": true, "base": true,
	"howDiscovered": true, "measuresBefore": true, "response": true, "currentState": true,
	"prevention": true, "compensation": true, "compensationReason": true, "other": true,
	"measures": true, "secondaryHarmNote": true, "naReason": true, "reason": true,
}

var (
	timeType  = reflect.TypeFor[time.Time]()
	dateType  = reflect.TypeFor[incident.Date]()
	countType = reflect.TypeFor[incident.Count]()
)

// pathFields are the field names of a path ("dataSets[d1].persons" →
// dataSets, [], persons), a key standing as "[]".
func pathFields(path string) []string {
	var out []string
	name := strings.Builder{}
	flush := func() {
		if name.Len() > 0 {
			out = append(out, name.String())
			name.Reset()
		}
	}
	for i := 0; i < len(path); i++ {
		switch c := path[i]; c {
		case '.':
			flush()
		case '[':
			flush()
			for i++; i < len(path) && path[i] != ']'; i++ {
				if path[i] == '\\' {
					i++
				}
			}
			out = append(out, "[]")
		default:
			name.WriteByte(c)
		}
	}
	flush()
	return out
}

// ValueInputOf is how to ask for the value at path (a conflict's path).
func ValueInputOf(path string) ValueInput {
	t := reflect.TypeFor[incident.Incident]()
	omit := false
	var names []string
	last := ""
	for _, seg := range pathFields(path) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if seg == "[]" {
			if t.Kind() != reflect.Slice && t.Kind() != reflect.Map {
				return ValueInput{Kind: ValueJSON}
			}
			t, omit = t.Elem(), false
			continue
		}
		if t.Kind() != reflect.Struct {
			return ValueInput{Kind: ValueJSON}
		}
		found := false
		for i := range t.NumField() {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == seg && f.IsExported() {
				t, omit, found = f.Type, strings.Contains(","+opts+",", ",omitempty,"), true
				break
			}
		}
		if !found {
			return ValueInput{Kind: ValueJSON}
		}
		names = append(names, seg)
		last = seg
	}
	in := ValueInput{typ: t, omit: omit}
	ptr := t.Kind() == reflect.Pointer
	if ptr {
		t = t.Elem()
	}
	in.Optional = ptr || omit
	switch {
	case t == timeType:
		in.Kind = ValueTime
		in.Optional = ptr || omit
	case t == dateType:
		in.Kind, in.Optional = ValueDate, true
	case t == countType:
		in.Kind = ValueCount
	case t.Kind() == reflect.String:
		c, ok := enumChoices[t]
		if !ok {
			c, ok = textChoices[strings.Join(names, ".")]
		}
		if ok {
			in.Kind, in.Options, in.Labels = ValueChoice, c.strings(), c.labels
		} else if longFields[last] {
			in.Kind = ValueLongText
		}
		if in.Kind == ValueChoice && in.Optional && in.Options[0] != "" {
			in.Options = append([]string{""}, in.Options...)
		}
	case t.Kind() == reflect.Bool:
		in.Kind = ValueBool
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		in.Kind = ValueInt
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		in.Kind, in.Optional = ValueList, true
	default:
		in.Kind = ValueJSON
	}
	return in
}

// Initial is the text an input for in starts with, from the value v
// (canonical JSON, nil: absent): the current value, to edit. For a count,
// Known and Approx are v's too.
func (in ValueInput) Initial(v []byte, loc *time.Location) NewValue {
	if v == nil {
		return NewValue{}
	}
	switch in.Kind {
	case ValueCount:
		var c incident.Count
		if json.Unmarshal(v, &c) == nil {
			return NewValue{Text: strconv.FormatInt(c.N, 10), Known: c.Known, Approx: c.Approx}
		}
	case ValueTime:
		var at time.Time
		if json.Unmarshal(v, &at) == nil && !at.IsZero() {
			return NewValue{Text: at.In(loc).Format("2006-01-02T15:04")}
		}
		return NewValue{}
	case ValueList:
		var xs []string
		if json.Unmarshal(v, &xs) == nil {
			return NewValue{Text: strings.Join(xs, "\n")}
		}
	case ValueJSON:
		return NewValue{Text: string(v)}
	default:
		var s any
		if json.Unmarshal(v, &s) == nil {
			switch x := s.(type) {
			case string:
				return NewValue{Text: x}
			case bool:
				return NewValue{Text: strconv.FormatBool(x)}
			case float64:
				return NewValue{Text: strconv.FormatFloat(x, 'f', -1, 64)}
			}
		}
	}
	return NewValue{Text: string(v)}
}

// ReadValue reads what was typed for the value at path of inc into the
// canonical JSON that settles its conflict (nil: the value removed), or a
// *ValueError saying why it is refused: not of the type, or making inc
// invalid where it was not.
func ReadValue(inc *incident.Incident, path string, in ValueInput, nv NewValue) ([]byte, error) {
	bad := func(code string) ([]byte, error) { return nil, &ValueError{Code: code} }
	text := nv.Text
	var v any
	empty := strings.TrimSpace(text) == ""
	switch in.Kind {
	case ValueText, ValueLongText:
		v = text
		if in.Kind == ValueText {
			v = strings.TrimSpace(text)
		}
		if empty && in.omit {
			v = nil
		}
	case ValueInt:
		if empty && in.Optional {
			break
		}
		c, err := incident.ParseCount(text)
		if err != nil || !c.Known || c.Approx {
			return bad("value.number")
		}
		v = c.N
	case ValueBool:
		switch text {
		case "true":
			v = true
		case "false":
			v = false
			if in.omit {
				v = nil
			}
		default:
			return bad("value.choice")
		}
	case ValueChoice:
		ok := false
		for _, o := range in.Options {
			ok = ok || o == text
		}
		if !ok {
			return bad("value.choice")
		}
		v = text
		if text == "" && in.omit {
			v = nil
		}
	case ValueTime:
		if empty {
			if !in.Optional {
				return bad("value.time")
			}
			break
		}
		at, err := time.ParseInLocation("2006-01-02T15:04", strings.TrimSpace(text), inc.Location())
		if err != nil {
			return bad("value.time")
		}
		v = at
	case ValueDate:
		d := incident.Date(strings.TrimSpace(text))
		if d != "" && !d.Valid() {
			return bad("value.date")
		}
		if d != "" || !in.omit {
			v = d
		}
	case ValueList:
		var xs []string
		for _, line := range strings.Split(text, "\n") {
			if s := strings.TrimSpace(line); s != "" {
				xs = append(xs, s)
			}
		}
		if len(xs) > 0 || !in.omit {
			v = xs
		}
	case ValueCount:
		c := incident.Count{Known: nv.Known, Approx: nv.Known && nv.Approx}
		if nv.Known {
			n, err := incident.ParseCount(text)
			if err != nil || !n.Known {
				return bad("value.number")
			}
			c.N, c.Approx, c.Max = n.N, nv.Approx || n.Approx, n.Max
		}
		v = c
	case ValueJSON:
		if empty && in.Optional {
			break
		}
		if in.typ == nil || !json.Valid([]byte(text)) {
			return bad("value.json")
		}
		p := reflect.New(in.typ)
		if err := json.Unmarshal([]byte(text), p.Interface()); err != nil {
			return bad("value.json")
		}
		v = p.Elem().Interface() // what the type holds: unknown members dropped
	}
	value, err := oplog.Value(v)
	if err != nil {
		return bad("value.json")
	}
	if p, ok := invalidates(inc, path, value); ok {
		return nil, &ValueError{Code: "value.invalid", Problem: p}
	}
	return value, nil
}

// invalidates reports the first error of incident.Validate that inc with
// value at path has and inc has not.
func invalidates(inc *incident.Incident, path string, value []byte) (incident.Problem, bool) {
	after, err := withValue(inc, path, value)
	if err != nil {
		return incident.Problem{Code: incident.CodeUnreadable, Args: []string{err.Error()}}, true
	}
	had := map[string]bool{}
	for _, p := range incident.Validate(inc) {
		had[string(p.Code)+"\x00"+p.Path+"\x00"+strings.Join(p.Args, "\x00")] = true
	}
	for _, p := range incident.Validate(after) {
		if p.Severity == incident.SeverityError && !had[string(p.Code)+"\x00"+p.Path+"\x00"+strings.Join(p.Args, "\x00")] {
			return p, true
		}
	}
	return incident.Problem{}, false
}

// withValue is a copy of inc with value (canonical JSON, nil: removed) at
// path, through the incident's JSON form: an element of a list by its id,
// an entry of a map by its key.
func withValue(inc *incident.Incident, path string, value []byte) (*incident.Incident, error) {
	b, err := incident.Encode(inc)
	if err != nil {
		return nil, err
	}
	var root any
	if err := json.Unmarshal(b, &root); err != nil {
		return nil, err
	}
	var nv any
	if value != nil {
		if err := json.Unmarshal(value, &nv); err != nil {
			return nil, err
		}
	}
	segs := pathSegments(path)
	if len(segs) == 0 {
		return nil, errors.New("desk: the whole incident is not written here")
	}
	cur := root
	for i, s := range segs {
		lastSeg := i == len(segs)-1
		switch c := cur.(type) {
		case map[string]any:
			if lastSeg {
				if value == nil {
					delete(c, s.name)
				} else {
					c[s.name] = nv
				}
				break
			}
			next, ok := c[s.name]
			if !ok || next == nil {
				return nil, errors.New("desk: no value at " + path)
			}
			cur = next
		case []any:
			j := -1
			for k, e := range c {
				if m, ok := e.(map[string]any); ok && m["id"] == s.name {
					j = k
				}
			}
			if j < 0 {
				return nil, errors.New("desk: no element at " + path)
			}
			if lastSeg {
				if value == nil {
					return nil, errors.New("desk: an element is not removed here")
				}
				c[j] = nv
				break
			}
			cur = c[j]
		default:
			return nil, errors.New("desk: no value at " + path)
		}
	}
	out, err := stdjson.Marshal(root)
	if err != nil {
		return nil, err
	}
	return incident.Decode(out)
}

type pathSeg struct{ name string }

// pathSegments splits a path into its names and keys (unescaped).
func pathSegments(path string) []pathSeg {
	var out []pathSeg
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, pathSeg{b.String()})
			b.Reset()
		}
	}
	for i := 0; i < len(path); i++ {
		switch c := path[i]; c {
		case '.':
			flush()
		case '[':
			flush()
			for i++; i < len(path) && path[i] != ']'; i++ {
				if path[i] == '\\' && i+1 < len(path) {
					i++
				}
				b.WriteByte(path[i])
			}
			out = append(out, pathSeg{b.String()})
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	flush()
	return out
}
