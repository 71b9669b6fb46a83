package rules

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"breachdesk/app/incident"
)

func (s *Set) checkCond(p *problems, w string, c Cond, sc scope) {
	if c.IsZero() {
		p.add(w, "missing condition")
		return
	}
	c.walk(func(pr *Pred) { s.checkPred(p, w, pr, sc) })
}

func (s *Set) checkPred(p *problems, w string, pr *Pred, sc scope) {
	w = fmt.Sprintf("%s: %q", w, pr.Src)
	f := s.factByID[pr.Fact]
	if f == nil {
		p.add(w, "unknown fact %q", pr.Fact)
		return
	}
	pr.Type = f.Type
	if (pr.Fact == "triggered" || pr.Fact == "reportable") && !sc.derived {
		p.add(w, "%s may only be used in an obligation's conditions", pr.Fact)
	}
	if f.Per != "" && sc.per != f.Per {
		p.add(w, "%s is read of each %s: only in the conditions of an obligation with per %q", pr.Fact, f.Per, f.Per)
	}
	if (f.Arg == "") != (pr.Arg == "") {
		p.add(w, "fact %s takes %s", f.Name, argWord(f.Arg))
		return
	}
	switch f.Arg {
	case ArgPlace:
		if s.jurByID[pr.Arg] == nil && !isCountry(pr.Arg) && !isRegion(pr.Arg) {
			p.add(w, "unknown place %q (a jurisdiction id, ISO country, or CC-REGION)", pr.Arg)
		}
	case ArgFlag:
		if s.flagByID[pr.Arg] == nil {
			p.add(w, "unknown category flag %q", pr.Arg)
		}
	case ArgCategory:
		if s.catByID[pr.Arg] == nil {
			p.add(w, "unknown category %q", pr.Arg)
		}
	case ArgEvent:
		if !validEvent(incident.EventKind(pr.Arg)) {
			p.add(w, "unknown event kind %q", pr.Arg)
		}
	case ArgRule:
		if sc.jur == nil || !hasTrigger(sc.jur, pr.Arg) {
			p.add(w, "unknown trigger %q", pr.Arg)
		}
	case ArgDate:
		if _, err := time.Parse("2006-01-02", pr.Arg); err != nil {
			p.add(w, "%q is not a day (2006-01-02)", pr.Arg)
		}
	}
	switch f.Type {
	case TypeBool:
		if pr.Op != "" {
			p.add(w, "a yes/no fact is tested alone, without an operator")
		}
	case TypeNumber:
		if pr.Op == "" || pr.Op == "in" {
			p.add(w, "a number needs a comparison (== != > >= < <=)")
		}
		for _, v := range pr.Values {
			if _, err := strconv.ParseInt(v, 10, 64); err != nil {
				p.add(w, "%q is not an integer", v)
			}
		}
	case TypeEnum, TypeTri:
		allowed := f.Values
		if f.Type == TypeTri {
			allowed = []string{string(incident.Yes), string(incident.No)}
		}
		if pr.Op != "==" && pr.Op != "!=" && pr.Op != "in" {
			p.add(w, "use ==, != or in with %s", f.Name)
		}
		for _, v := range pr.Values {
			if !slices.Contains(allowed, v) {
				p.add(w, "%q is not one of %v", v, allowed)
			}
		}
	}
}

func argWord(a string) string {
	if a == "" {
		return "no argument"
	}
	return "an argument (" + a + ")"
}

func hasTrigger(j *Jurisdiction, id string) bool {
	for _, r := range j.Triggers {
		if r.ID == id {
			return true
		}
	}
	return false
}
