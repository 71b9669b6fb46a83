package rules

import "testing"

type mapEnv map[string]Value

func (m mapEnv) Value(p *Pred) Value {
	k := p.Fact
	if p.Arg != "" {
		k += "(" + p.Arg + ")"
	}
	return m[k]
}

func TestParsePred(t *testing.T) {
	cases := []struct{ src, fact, arg, op string }{
		{"persons > 1000", "persons", "", ">"},
		{"category.sensitive", "category.*", "sensitive", ""},
		{"residents(US-CA) > 500", "residents", "US-CA", ">"},
		{"cause in [insider, theft]", "cause", "", "in"},
		{"role == processor", "role", "", "=="},
	}
	for _, c := range cases {
		p, err := ParsePred(c.src)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if p.Fact != c.fact || p.Arg != c.arg || p.Op != c.op {
			t.Errorf("%s: got %+v", c.src, p)
		}
	}
	for _, bad := range []string{"", "> 3", "persons >", "cause in insider", "persons ~ 3", "residents(US > 1"} {
		if _, err := ParsePred(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestThreeValuedLogic(t *testing.T) {
	num := func(n int64) Value { return Value{Known: true, Num: n} }
	env := mapEnv{"persons": num(1001), "records": {}}
	p := func(s string) Cond {
		pr, err := ParsePred(s)
		if err != nil {
			t.Fatal(err)
		}
		pr.Type = TypeNumber
		return Cond{Pred: pr}
	}
	yes, no, unk := p("persons > 1000"), p("persons > 2000"), p("records > 1")
	cases := []struct {
		name string
		c    Cond
		want Truth
	}{
		{"true", yes, True},
		{"false", no, False},
		{"unknown", unk, Unknown},
		{"all with false", Cond{All: []Cond{yes, no, unk}}, False},
		{"all with unknown", Cond{All: []Cond{yes, unk}}, Unknown},
		{"any with true", Cond{Any: []Cond{no, unk, yes}}, True},
		{"any with unknown", Cond{Any: []Cond{no, unk}}, Unknown},
		{"not unknown", Cond{Not: &unk}, Unknown},
		{"not false", Cond{Not: &no}, True},
	}
	for _, c := range cases {
		o := c.c.Eval(env)
		if o.Truth != c.want {
			t.Errorf("%s: got %v, want %v", c.name, o.Truth, c.want)
		}
		if o.Truth == Unknown && (len(o.Needs) != 1 || o.Needs[0].Fact != "records") {
			t.Errorf("%s: needs %v, want records", c.name, o.Needs)
		}
	}
}

// A lower bound settles only what it can: 1,500 known persons and some sets
// still uncounted is more than 1,000 for sure, but not surely more than 2,000.
func TestLowerBound(t *testing.T) {
	for _, tc := range []struct {
		op    string
		n     string
		bound int64
		want  Truth
	}{
		{">", "1000", 1500, True}, {">", "1000", 1000, Unknown}, {">", "1000", 500, Unknown},
		{">=", "1000", 1000, True}, {">=", "1000", 999, Unknown},
		{"<", "1000", 1000, False}, {"<", "1000", 999, Unknown},
		{"<=", "1000", 1001, False}, {"<=", "1000", 1000, Unknown},
		{"==", "1000", 1001, False}, {"==", "1000", 1000, Unknown},
		{"!=", "1000", 1001, True}, {"!=", "1000", 1000, Unknown},
	} {
		p := &Pred{Fact: "persons", Type: TypeNumber, Op: tc.op, Values: []string{tc.n}}
		o := p.Eval(valueEnv{Value{Known: true, Num: tc.bound, AtLeast: true}})
		if o.Truth != tc.want {
			t.Errorf("at least %d %s %s = %v; want %v", tc.bound, tc.op, tc.n, o.Truth, tc.want)
		}
		if o.Truth == Unknown && (len(o.Needs) != 1 || o.Needs[0].Fact != "persons") {
			t.Errorf("at least %d %s %s needs %v", tc.bound, tc.op, tc.n, o.Needs)
		}
	}
}

// An upper bound settles what the lower one leaves open: 53 known residents
// and 14 whose state is not given are not more than 500 (F475).
func TestUpperBound(t *testing.T) {
	for _, tc := range []struct {
		op     string
		n      string
		lo, hi int64
		want   Truth
	}{
		{">", "500", 53, 67, False}, {">", "500", 53, 500, False}, {">", "500", 53, 501, Unknown}, {">", "500", 501, 600, True},
		{">=", "500", 53, 499, False}, {">=", "500", 53, 500, Unknown},
		{"<", "500", 53, 499, True}, {"<", "500", 53, 500, Unknown},
		{"<=", "500", 53, 500, True}, {"<=", "500", 53, 501, Unknown},
		{"==", "500", 53, 499, False}, {"==", "500", 53, 500, Unknown},
		{"!=", "500", 53, 499, True}, {"!=", "500", 53, 500, Unknown},
	} {
		p := &Pred{Fact: "persons", Type: TypeNumber, Op: tc.op, Values: []string{tc.n}}
		o := p.Eval(valueEnv{Value{Known: true, Num: tc.lo, AtLeast: true, AtMost: true, Max: tc.hi}})
		if o.Truth != tc.want {
			t.Errorf("%d..%d %s %s = %v; want %v", tc.lo, tc.hi, tc.op, tc.n, o.Truth, tc.want)
		}
	}
}

type valueEnv struct{ v Value }

func (e valueEnv) Value(*Pred) Value { return e.v }
