package rules

import (
	"fmt"
	"slices"
)

func (s *Set) checkPlaybook(p *problems) {
	pb := &s.Playbook
	phases := map[string]bool{}
	for _, ph := range pb.Phases {
		if ph.ID == "" || phases[ph.ID] {
			p.add("playbook.json: phase "+ph.ID, "missing or duplicate id")
		}
		phases[ph.ID] = true
		if ph.Title.JA == "" || ph.Title.EN == "" || ph.Citation.JA == "" || ph.Citation.EN == "" {
			p.add("playbook.json: phase "+ph.ID, "needs title and citation in ja and en")
		}
	}
	for i := range pb.Steps {
		st := &pb.Steps[i]
		w := "playbook.json: step " + st.ID
		if !isID(st.ID) {
			p.add(w, "malformed id")
		}
		if !phases[st.Phase] {
			p.add(w, "unknown phase %q", st.Phase)
		}
		if st.Title.JA == "" || st.Title.EN == "" || st.Do.JA == "" || st.Do.EN == "" {
			p.add(w, "needs title and do in ja and en")
		}
		s.checkCond(p, w+": when", st.When, scope{})
		if st.Due != nil {
			s.checkDeadline(p, w+": due", Deadline{Start: st.Due.Start, Unit: st.Due.Unit, Length: st.Due.Length,
				DayOne: st.Due.DayOne, Limit: st.Due.Limit, Text: Text{JA: "-", EN: "-"}})
		}
		for _, k := range st.DoneBy {
			if !validEvent(k) {
				p.add(w, "done_by: unknown event kind %q", k)
			}
		}
		for _, k := range st.LastedDoneBy {
			if !validEvent(k) {
				p.add(w, "lasted_done_by: unknown event kind %q", k)
			}
		}
		checkDoneBySource(p, w, st.DoneBySource)
		if st.DoneOnceApplies && len(st.DoneBy) == 0 && len(st.LastedDoneBy) == 0 {
			p.add(w, "done_once_applies: no done_by events")
		}
		if st.Duty != "" && s.obligationAnywhere(st.Duty) == nil {
			p.add(w, "duty: unknown obligation %q", st.Duty)
		}
		checkSource(p, w, st.Citation, st.Effective)
		for j, a := range st.Also {
			s.checkCond(p, fmt.Sprintf("%s: also[%d].when", w, j), a.When, scope{})
			if a.Do.JA == "" || a.Do.EN == "" {
				p.add(w, "also[%d]: needs do in ja and en", j)
			}
		}
		for _, r := range st.Replaces {
			if r == st.ID || !slices.ContainsFunc(pb.Steps, func(o Step) bool { return o.ID == r }) {
				p.add(w, "replaces: unknown step %q", r)
			}
		}
		for _, b := range st.Bases {
			if s.jurByID[b.Jurisdiction] == nil {
				p.add(w, "bases: unknown jurisdiction %q", b.Jurisdiction)
			}
			if b.Citation.JA == "" || b.Citation.EN == "" || b.Do != nil && (b.Do.JA == "" || b.Do.EN == "") {
				p.add(w, "bases: %s needs a citation (and do, when given) in ja and en", b.Jurisdiction)
			}
		}
	}
	seen := map[string]bool{}
	for _, f := range pb.Findings {
		w := "playbook.json: finding " + f.ID
		if f.ID == "" || seen[f.ID] {
			p.add(w, "missing or duplicate id")
		}
		seen[f.ID] = true
		if f.When != nil {
			s.checkCond(p, w+": when", *f.When, scope{})
		}
		if !validEvent(f.From) || !validEvent(f.To) {
			p.add(w, "from/to: unknown event kind")
		}
		for _, k := range f.ToAlso {
			if !validEvent(k) || k == f.To || k == f.From {
				p.add(w, "to_also: %q is not another known event kind", k)
			}
		}
		if len(f.ToAlso) > 0 && f.Basis == BasisLaw {
			p.add(w, "to_also: a finding measured against a duty ends with the duty's own event")
		}
		switch f.Basis {
		case BasisLaw:
			if s.obligationAnywhere(f.Obligation) == nil {
				p.add(w, "unknown obligation %q", f.Obligation)
			}
		case BasisPractice:
			if len(f.Limits) == 0 && f.Length <= 0 || f.Length > 0 && f.Unit != UnitHours && f.Unit != UnitCalendarDays {
				p.add(w, "a practice benchmark needs length and unit hours or calendar_days, or limits")
			}
			for _, l := range f.Limits {
				if s.jurByID[l.Jurisdiction] == nil {
					p.add(w, "limits: unknown jurisdiction %q", l.Jurisdiction)
				}
				if l.Length <= 0 || l.Unit != UnitHours && l.Unit != UnitCalendarDays {
					p.add(w, "limits: %s needs length and unit hours or calendar_days", l.Jurisdiction)
				}
				if l.Text.JA == "" || l.Text.EN == "" || l.Citation.JA == "" || l.Citation.EN == "" {
					p.add(w, "limits: %s needs text and citation in ja and en", l.Jurisdiction)
				}
				if err := l.Effective.check(); err != nil {
					p.add(w, "limits: %s: %v", l.Jurisdiction, err)
				}
			}
			for _, id := range f.RequiredBy {
				if s.obligationAnywhere(id) == nil {
					p.add(w, "required_by: unknown obligation %q", id)
				}
			}
		case BasisInfo:
		default:
			p.add(w, "unknown basis %q", f.Basis)
		}
		if f.Basis != BasisPractice && len(f.RequiredBy) > 0 {
			p.add(w, "required_by is for practice benchmarks only")
		}
		if f.Label.JA == "" || f.Label.EN == "" || f.Text.JA == "" || f.Text.EN == "" {
			p.add(w, "needs label and text in ja and en")
		}
		checkSource(p, w, f.Citation, f.Effective)
	}
}

func (s *Set) obligationAnywhere(id string) *Jurisdiction {
	for _, j := range s.Jurisdictions {
		if hasObligation(j, id) {
			return j
		}
	}
	return nil
}
