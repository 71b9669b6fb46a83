package rules

import (
	stdjson "encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// Cond is a condition on the facts of an incident. In JSON it is either a
// predicate string ("persons > 1000", "category.sensitive",
// "cause in [insider, theft]", "residents(US-CA) > 500") or an object
// {"all": [...]}, {"any": [...]} or {"not": ...}. The string "always" is true.
type Cond struct {
	All  []Cond
	Any  []Cond
	Not  *Cond
	Pred *Pred
}

// Pred is one predicate: a fact (with an optional argument) compared to a value.
type Pred struct {
	Fact   string   // name in the fact vocabulary; "category.*" for category.<flag>
	Arg    string   // argument in parentheses, or the flag of category.<flag>
	Op     string   // "", "==", "!=", ">", ">=", "<", "<=", "in"
	Values []string // one value, or the list of "in"
	Src    string   // the text as written
	Type   string   // the fact's type, set when the rule set is validated
}

// UnmarshalJSON reads a condition from a string or an all/any/not object.
func (c *Cond) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		p, err := ParsePred(s)
		if err != nil {
			return err
		}
		*c = Cond{Pred: p}
		return nil
	}
	var o struct {
		All []Cond `json:"all"`
		Any []Cond `json:"any"`
		Not *Cond  `json:"not"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return fmt.Errorf("condition %s: want a string or {all|any|not}: %w", string(b), err)
	}
	n := 0
	if o.All != nil {
		n++
	}
	if o.Any != nil {
		n++
	}
	if o.Not != nil {
		n++
	}
	if n != 1 {
		return fmt.Errorf("condition %s: want exactly one of all, any, not", string(b))
	}
	*c = Cond{All: o.All, Any: o.Any, Not: o.Not}
	return nil
}

// MarshalJSON writes the condition back in its JSON form.
func (c Cond) MarshalJSON() ([]byte, error) {
	switch {
	case c.Pred != nil:
		return stdjson.Marshal(c.Pred.Src)
	case c.Not != nil:
		return stdjson.Marshal(map[string]any{"not": c.Not})
	case c.Any != nil:
		return stdjson.Marshal(map[string]any{"any": c.Any})
	default:
		return stdjson.Marshal(map[string]any{"all": c.All})
	}
}

// IsZero reports whether the condition was never set.
func (c Cond) IsZero() bool { return c.Pred == nil && c.Not == nil && c.Any == nil && c.All == nil }

// String renders the condition in a readable form.
func (c Cond) String() string {
	switch {
	case c.Pred != nil:
		return c.Pred.Src
	case c.Not != nil:
		return "not (" + c.Not.String() + ")"
	case c.Any != nil:
		return "any(" + joinConds(c.Any) + ")"
	default:
		return "all(" + joinConds(c.All) + ")"
	}
}

func joinConds(cs []Cond) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, "; ")
}

// walk calls f for every predicate of c.
func (c Cond) walk(f func(*Pred)) {
	switch {
	case c.Pred != nil:
		f(c.Pred)
	case c.Not != nil:
		c.Not.walk(f)
	default:
		for _, s := range c.All {
			s.walk(f)
		}
		for _, s := range c.Any {
			s.walk(f)
		}
	}
}

// Args is the arguments of c's predicates on fact, in their order, each
// once (the places of every residents(…) of a law's tests of application).
func (c Cond) Args(fact string) []string {
	var out []string
	c.walk(func(p *Pred) {
		if p.Fact == fact && !slices.Contains(out, p.Arg) {
			out = append(out, p.Arg)
		}
	})
	return out
}

var ops = []string{"==", "!=", ">=", "<=", ">", "<"}

// ParsePred parses one predicate string.
func ParsePred(src string) (*Pred, error) {
	s := strings.TrimSpace(src)
	p := &Pred{Src: s}
	if s == "" {
		return nil, fmt.Errorf("empty predicate")
	}
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("predicate %q is not valid UTF-8", s)
	}
	i := 0
	for i < len(s) && (isIdent(s[i]) || s[i] == '.' || s[i] == '*') {
		i++
	}
	p.Fact = s[:i]
	if p.Fact == "" {
		return nil, fmt.Errorf("predicate %q: want a fact name first", src)
	}
	rest := strings.TrimSpace(s[i:])
	if strings.HasPrefix(rest, "(") {
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return nil, fmt.Errorf("predicate %q: missing )", src)
		}
		p.Arg = strings.TrimSpace(rest[1:end])
		if p.Arg == "" {
			return nil, fmt.Errorf("predicate %q: empty argument", src)
		}
		rest = strings.TrimSpace(rest[end+1:])
	} else if flag, ok := strings.CutPrefix(p.Fact, "category."); ok {
		p.Fact, p.Arg = "category.*", flag
	}
	if rest == "" {
		return p, nil
	}
	if after, ok := strings.CutPrefix(rest, "in "); ok {
		after = strings.TrimSpace(after)
		if !strings.HasPrefix(after, "[") || !strings.HasSuffix(after, "]") {
			return nil, fmt.Errorf("predicate %q: want in [a, b, ...]", src)
		}
		p.Op = "in"
		for _, v := range strings.Split(after[1:len(after)-1], ",") {
			v = strings.TrimSpace(v)
			if v == "" {
				return nil, fmt.Errorf("predicate %q: empty value in list", src)
			}
			p.Values = append(p.Values, v)
		}
		return p, nil
	}
	for _, op := range ops {
		if after, ok := strings.CutPrefix(rest, op); ok {
			v := strings.TrimSpace(after)
			if v == "" || strings.ContainsAny(v, " []()") {
				return nil, fmt.Errorf("predicate %q: bad value %q", src, v)
			}
			p.Op, p.Values = op, []string{v}
			return p, nil
		}
	}
	return nil, fmt.Errorf("predicate %q: cannot read %q (operators: == != > >= < <= in)", src, rest)
}

func isIdent(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// Truth is a three-valued answer: a fact that was not entered yet makes a
// condition Unknown rather than false.
type Truth int8

const (
	False Truth = iota
	True
	Unknown
)

func (t Truth) String() string {
	switch t {
	case True:
		return "yes"
	case False:
		return "no"
	}
	return "unknown"
}

// FactRef names a fact (with its argument) that is needed to decide.
type FactRef struct {
	Fact string `json:"fact"`
	Arg  string `json:"arg,omitempty"`
}

func (r FactRef) String() string {
	if r.Arg == "" {
		return r.Fact
	}
	return r.Fact + "(" + r.Arg + ")"
}

// Value is the value of a fact for one incident.
type Value struct {
	Known bool
	Num   int64 // number facts
	// AtLeast: Num is only a lower bound (a sum some of whose parts are not
	// known yet): a comparison answers only what the bound already settles.
	AtLeast bool
	// AtMost, with AtLeast: the sum cannot exceed Max either (the parts not
	// known yet are each known to be at most a count: persons in the US
	// whose state is not given, 14 of them, may live in California but
	// cannot make more than 500 Californians of 53).
	AtMost bool
	Max    int64
	Str    string // enum and tri facts ("yes"/"no")
	Bool   bool   // bool facts
	// Needs lists what to enter when Known is false, if not the fact itself.
	Needs []FactRef
}

// Env gives the value of a fact for one incident.
type Env interface {
	Value(p *Pred) Value
}

// Outcome is the answer of a condition and, when Unknown, what is needed.
type Outcome struct {
	Truth Truth
	Needs []FactRef
}

// Eval evaluates the condition with three-valued logic: all is false if any
// part is false, any is true if any part is true, else unknown parts make the
// whole unknown.
func (c Cond) Eval(env Env) Outcome {
	switch {
	case c.Pred != nil:
		return c.Pred.Eval(env)
	case c.Not != nil:
		o := c.Not.Eval(env)
		switch o.Truth {
		case True:
			o.Truth = False
		case False:
			o.Truth = True
		}
		return o
	case c.Any != nil:
		out := Outcome{Truth: False}
		for _, s := range c.Any {
			o := s.Eval(env)
			if o.Truth == True {
				return Outcome{Truth: True}
			}
			if o.Truth == Unknown {
				out.Truth = Unknown
				out.Needs = mergeNeeds(out.Needs, o.Needs)
			}
		}
		return out
	default:
		out := Outcome{Truth: True}
		for _, s := range c.All {
			o := s.Eval(env)
			if o.Truth == False {
				return Outcome{Truth: False}
			}
			if o.Truth == Unknown {
				out.Truth = Unknown
				out.Needs = mergeNeeds(out.Needs, o.Needs)
			}
		}
		return out
	}
}

func mergeNeeds(a, b []FactRef) []FactRef {
	for _, r := range b {
		dup := false
		for _, x := range a {
			if x == r {
				dup = true
				break
			}
		}
		if !dup {
			a = append(a, r)
		}
	}
	return a
}

// Eval evaluates one predicate.
func (p *Pred) Eval(env Env) Outcome {
	if p.Fact == "always" {
		return Outcome{Truth: True}
	}
	v := env.Value(p)
	if !v.Known {
		needs := v.Needs
		if len(needs) == 0 {
			needs = []FactRef{{Fact: p.Fact, Arg: p.Arg}}
		}
		return Outcome{Truth: Unknown, Needs: needs}
	}
	if v.AtLeast && p.Type == TypeNumber {
		return p.bound(v)
	}
	if p.compare(v) {
		return Outcome{Truth: True}
	}
	return Outcome{Truth: False}
}

// bound compares a lower bound: "> n" is true once the bound exceeds n, and
// "< n" false; anything the bound does not settle is unknown, with the fact
// (or the value's own needs) as what is needed.
func (p *Pred) bound(v Value) Outcome {
	n, _ := strconv.ParseInt(p.Values[0], 10, 64)
	unknown := Outcome{Truth: Unknown, Needs: v.Needs}
	if len(unknown.Needs) == 0 {
		unknown.Needs = []FactRef{{Fact: p.Fact, Arg: p.Arg}}
	}
	switch p.Op {
	case ">", ">=", "!=":
		if p.compare(v) && (p.Op != "!=" || v.Num > n) {
			return Outcome{Truth: True}
		}
	case "<", "<=", "==":
		if !p.compare(v) && v.Num > n || p.Op == "<" && v.Num >= n {
			return Outcome{Truth: False}
		}
	}
	if v.AtMost {
		// The upper bound settles what the lower one left open.
		switch hi := v.Max; p.Op {
		case ">":
			if hi <= n {
				return Outcome{Truth: False}
			}
		case ">=":
			if hi < n {
				return Outcome{Truth: False}
			}
		case "<":
			if hi < n {
				return Outcome{Truth: True}
			}
		case "<=":
			if hi <= n {
				return Outcome{Truth: True}
			}
		case "==":
			if hi < n {
				return Outcome{Truth: False}
			}
		case "!=":
			if hi < n {
				return Outcome{Truth: True}
			}
		}
	}
	return unknown
}

func (p *Pred) compare(v Value) bool {
	switch p.Op {
	case "":
		return v.Bool
	case "in":
		for _, x := range p.Values {
			if x == v.Str {
				return true
			}
		}
		return false
	}
	want := p.Values[0]
	if p.Type == TypeNumber {
		n, _ := strconv.ParseInt(want, 10, 64)
		switch p.Op {
		case "==":
			return v.Num == n
		case "!=":
			return v.Num != n
		case ">":
			return v.Num > n
		case ">=":
			return v.Num >= n
		case "<":
			return v.Num < n
		case "<=":
			return v.Num <= n
		}
	}
	switch p.Op {
	case "==":
		return v.Str == want
	case "!=":
		return v.Str != want
	}
	return false
}
