package rules

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// problems collects validation errors, each prefixed with where it was found.
type problems struct{ errs []error }

func (p *problems) add(where, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
}

// scope says which engine facts a condition may use.
type scope struct {
	jur     *Jurisdiction // nil outside a jurisdiction
	derived bool          // triggered(...) and reportable allowed
	per     string        // the obligation's Per: facts of that instance allowed
}

// The shapes of codes and ids, checked by hand rather than by regular
// expressions compiled at start-up (the app loads this package before its
// first screen).

// isCountry reports whether s is two capital letters (ISO 3166-1 alpha-2
// shape): `^[A-Z]{2}$`.
func isCountry(s string) bool {
	return len(s) == 2 && isUpper(s[0]) && isUpper(s[1])
}

// isRegion reports whether s is a country and a subdivision code of one to
// three capital letters or digits (ISO 3166-2 shape): `^[A-Z]{2}-[A-Z0-9]{1,3}$`.
func isRegion(s string) bool {
	if len(s) < 4 || len(s) > 6 || !isCountry(s[:2]) || s[2] != '-' {
		return false
	}
	for i := 3; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isID reports whether s is an id: a lowercase letter or digit, then
// lowercase letters, digits, '.', '_' or '-': `^[a-z0-9][a-z0-9._-]*$`.
func isID(s string) bool {
	if s == "" || !isLower(s[0]) && !isDigit(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isLower(c) && !isDigit(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func (s *Set) validate() error {
	var p problems
	s.indexAndCheckVocabulary(&p)
	seenJur := map[string]bool{}
	for _, j := range s.Jurisdictions {
		if j.ID == "" || seenJur[j.ID] {
			p.add("jurisdiction "+j.ID, "missing or duplicate id")
		}
		seenJur[j.ID] = true
		s.jurByID[j.ID] = j
	}
	for _, j := range s.Jurisdictions {
		s.checkJurisdiction(&p, j)
	}
	s.checkPlaybook(&p)
	s.checkPending(&p)
	return errors.Join(p.errs...)
}

func (s *Set) indexAndCheckVocabulary(p *problems) {
	s.jurByID = map[string]*Jurisdiction{}
	s.catByID = map[string]*Category{}
	s.flagByID = map[string]*Flag{}
	s.factByID = map[string]*Fact{}
	s.stepByID = map[string]*Step{}
	for i := range s.Flags {
		f := &s.Flags[i]
		w := "categories.json: flag " + f.ID
		if f.ID == "" || s.flagByID[f.ID] != nil {
			p.add(w, "missing or duplicate id")
		}
		if f.JA == "" || f.EN == "" || f.Source.JA == "" || f.Source.EN == "" {
			p.add(w, "needs ja, en and a source")
		}
		s.flagByID[f.ID] = f
	}
	if s.SimpleEP.JA == "" || s.SimpleEP.EN == "" {
		p.add("categories.json", "simple_ep_source is missing")
	}
	for i := range s.Categories {
		c := &s.Categories[i]
		w := "categories.json: category " + c.ID
		if !isID(c.ID) || s.catByID[c.ID] != nil {
			p.add(w, "missing, malformed or duplicate id")
		}
		if c.JA == "" || c.EN == "" {
			p.add(w, "needs ja and en labels")
		}
		for _, f := range c.Flags {
			if s.flagByID[f] == nil {
				p.add(w, "unknown flag %q", f)
			}
		}
		if m := c.Masked; m != nil {
			if len(m.Drops) == 0 || m.Source.JA == "" || m.Source.EN == "" {
				p.add(w, "masked needs the flags it drops and a source")
			}
			for _, f := range m.Drops {
				if !c.Has(f) {
					p.add(w, "masked drops %q, which the category does not carry", f)
				}
			}
		}
		if c.SimpleEP[0] < 1 || c.SimpleEP[0] > 3 || c.SimpleEP[1] < 1 || c.SimpleEP[1] > 3 {
			p.add(w, "simple_ep %v: each level must be 1–3", c.SimpleEP)
		}
		s.catByID[c.ID] = c
	}
	if s.catByID["other"] == nil {
		p.add("categories.json", `the category "other" is required (incident.Category uses it)`)
	}
	for i := range s.Facts {
		f := &s.Facts[i]
		w := "facts.json: fact " + f.Name
		if f.Name == "" || s.factByID[f.Name] != nil {
			p.add(w, "missing or duplicate name")
		}
		switch f.Type {
		case TypeNumber, TypeBool, TypeTri:
		case TypeEnum:
			if len(f.Values) == 0 {
				p.add(w, "an enum needs values")
			}
		default:
			p.add(w, "unknown type %q", f.Type)
		}
		switch f.Arg {
		case "", ArgPlace, ArgFlag, ArgCategory, ArgEvent, ArgRule, ArgDate:
		default:
			p.add(w, "unknown argument kind %q", f.Arg)
		}
		if f.Field == "" || f.Need.JA == "" || f.Need.EN == "" {
			p.add(w, "needs field and need (ja, en)")
		}
		if f.Per != "" && f.Per != PerOrder {
			p.add(w, "per must be %q or absent", PerOrder)
		}
		s.factByID[f.Name] = f
	}
	for i := range s.Playbook.Steps {
		st := &s.Playbook.Steps[i]
		if s.stepByID[st.ID] != nil {
			p.add("playbook.json: step "+st.ID, "duplicate id")
		}
		s.stepByID[st.ID] = st
	}
}

func (s *Set) checkJurisdiction(p *problems, j *Jurisdiction) {
	w := "jurisdiction " + j.ID
	if j.Name.JA == "" || j.Name.EN == "" || j.Law.JA == "" || j.Law.EN == "" || j.Regulator.JA == "" || j.Regulator.EN == "" {
		p.add(w, "needs name, law and regulator in ja and en")
	}
	for _, pl := range j.Places {
		if !isCountry(pl.Country) {
			p.add(w, "place %q is not an ISO country code", pl.Country)
		}
	}
	if !validEvent(j.Clock) {
		p.add(w, "clock: unknown event kind %q", j.Clock)
	}
	if j.ClockText.JA == "" || j.ClockText.EN == "" {
		p.add(w, "clock_text needs ja and en")
	}
	if j.Calendar != "" && s.Calendars[j.Calendar] == nil {
		p.add(w, "calendar %q is not defined", j.Calendar)
	}
	if j.Zone != "" {
		if _, err := incident.LoadZone(j.Zone); err != nil {
			p.add(w, "zone %q is not a time zone the tool holds", j.Zone)
		}
	}
	if len(j.Applies) == 0 {
		p.add(w, "applies: at least one rule is needed")
	}
	for i, v := range j.Versions {
		vw := fmt.Sprintf("%s: versions[%d]", w, i)
		if err := v.Since.check(false); err != nil {
			p.add(vw, "since: %v", err)
		}
		if i > 0 && v.Since <= j.Versions[i-1].Since {
			p.add(vw, "versions must be in order of their since dates, one version a date")
		}
		if v.Name.JA == "" || v.Name.EN == "" || v.Source.JA == "" || v.Source.EN == "" {
			p.add(vw, "needs name and source in ja and en")
		}
	}
	plain := scope{jur: j}
	s.checkRules(p, w+": applies", j.Applies, plain)
	s.checkRules(p, w+": triggers", j.Triggers, plain)
	s.checkRules(p, w+": exclusions", j.Exclusions, plain)
	derived := scope{jur: j, derived: true}
	seen := map[string][]Effective{}
	for i := range j.Obligations {
		o := &j.Obligations[i]
		ow := w + ": obligation " + o.ID
		if !isID(o.ID) {
			p.add(ow, "missing or malformed id")
		}
		for _, e := range seen[o.ID] {
			if e.overlaps(o.Effective) {
				p.add(ow, "two versions in force at the same time")
			}
		}
		seen[o.ID] = append(seen[o.ID], o.Effective)
		if o.Level != Required && o.Level != Recommended {
			p.add(ow, "level must be %q or %q", Required, Recommended)
		}
		if o.Title.JA == "" || o.Title.EN == "" || o.To.JA == "" || o.To.EN == "" || o.Text.JA == "" || o.Text.EN == "" {
			p.add(ow, "needs title, to and text in ja and en")
		}
		own := derived
		own.per = o.Per
		s.checkCond(p, ow+": when", o.When, own)
		s.checkRules(p, ow+": unless", o.Unless, own)
		s.checkDeadline(p, ow+": deadline", o.Deadline)
		for _, k := range o.DoneBy {
			if !validEvent(k) {
				p.add(ow, "done_by: unknown event kind %q", k)
			}
		}
		checkDoneBySource(p, ow, o.DoneBySource)
		if o.DoneByStep != "" && s.stepByID[o.DoneByStep] == nil {
			p.add(ow, "done_by_step: unknown playbook step %q", o.DoneByStep)
		}
		if o.DoneWhen != nil {
			s.checkCond(p, ow+": done_when", *o.DoneWhen, plain)
		}
		if o.Per != "" && o.Per != PerEntrustor && o.Per != PerOrder {
			p.add(ow, "per must be %q, %q or absent", PerEntrustor, PerOrder)
		}
		if o.Exempt != nil {
			s.checkCond(p, ow+": exempt.when", o.Exempt.When, derived)
			if !hasObligation(j, o.Exempt.By) {
				p.add(ow, "exempt.by: unknown obligation %q in %s", o.Exempt.By, j.ID)
			}
			if o.Exempt.Text.JA == "" || o.Exempt.Text.EN == "" {
				p.add(ow, "exempt.text needs ja and en")
			}
		}
		if o.NotBefore != nil {
			if o.NotBefore.By == o.ID || !hasObligation(j, o.NotBefore.By) {
				p.add(ow, "not_before.by: %q is not another obligation of %s", o.NotBefore.By, j.ID)
			}
			if o.NotBefore.Text.JA == "" || o.NotBefore.Text.EN == "" {
				p.add(ow, "not_before.text needs ja and en")
			}
		}
		checkSource(p, ow, o.Citation, o.Effective)
		if o.Per != PerOrder && (strings.Contains(o.Citation.JA, OrderLaw) || strings.Contains(o.Citation.EN, OrderLaw)) {
			p.add(ow, "citation: %s names the order's provision: only in an obligation with per %q", OrderLaw, PerOrder)
		}
	}
	seenRoute := map[string]bool{}
	for _, r := range j.Routes {
		rw := w + ": route " + r.ID
		if !isID(r.ID) || seenRoute[r.ID] {
			p.add(rw, "missing, malformed or duplicate id")
		}
		seenRoute[r.ID] = true
		s.checkCond(p, rw+": when", r.When, plain)
		if len(r.Obligations) == 0 {
			p.add(rw, "names no obligation")
		}
		for _, id := range r.Obligations {
			if !hasObligation(j, id) {
				p.add(rw, "unknown obligation %q in %s", id, j.ID)
			}
		}
		if r.To.JA == "" || r.To.EN == "" {
			p.add(rw, "to needs ja and en")
		}
		checkSource(p, rw, r.Citation, r.Effective)
	}
}

func hasObligation(j *Jurisdiction, id string) bool {
	for _, o := range j.Obligations {
		if o.ID == id {
			return true
		}
	}
	return false
}

func (s *Set) checkRules(p *problems, where string, rs []Rule, sc scope) {
	seen := map[string][]Effective{}
	for _, r := range rs {
		w := where + " " + r.ID
		if !isID(r.ID) {
			p.add(w, "missing or malformed id")
		}
		for _, e := range seen[r.ID] {
			if e.overlaps(r.Effective) {
				p.add(w, "two versions in force at the same time")
			}
		}
		seen[r.ID] = append(seen[r.ID], r.Effective)
		if r.Text.JA == "" || r.Text.EN == "" {
			p.add(w, "text needs ja and en")
		}
		if r.Short != nil && (r.Short.JA == "" || r.Short.EN == "") {
			p.add(w, "short needs ja and en")
		}
		if r.ShortPublic != nil && (r.ShortPublic.JA == "" || r.ShortPublic.EN == "") {
			p.add(w, "short_public needs ja and en")
		}
		s.checkCond(p, w+": when", r.When, sc)
		checkSource(p, w, r.Citation, r.Effective)
	}
}

func checkSource(p *problems, where string, c Citation, e Effective) {
	if c.JA == "" || c.EN == "" {
		p.add(where, "citation needs ja and en")
	}
	if err := e.check(); err != nil {
		p.add(where, "%v", err)
	}
}

func validEvent(k incident.EventKind) bool { return slices.Contains(incident.EventKinds, k) }

// knownUnit reports whether u is one of the deadline units.
func knownUnit(u string) bool {
	switch u {
	case UnitHours, UnitCalendarDays, UnitBusinessDays, UnitEventDue, UnitNone, UnitImmediately:
		return true
	}
	return false
}

func (s *Set) checkDeadline(p *problems, w string, d Deadline) {
	if !validEvent(d.Start) {
		p.add(w, "start: unknown event kind %q", d.Start)
	}
	if d.After != "" && (!validEvent(d.After) || d.Unit == UnitNone || d.Unit == UnitImmediately || d.Unit == UnitEventDue) {
		p.add(w, "after: an event kind, on a deadline counted in hours or days")
	}
	if !knownUnit(d.Unit) {
		p.add(w, "unknown unit %q", d.Unit)
	}
	needLength := d.Unit == UnitHours || d.Unit == UnitCalendarDays || d.Unit == UnitBusinessDays
	if needLength != (d.Length > 0) {
		p.add(w, "length must be set exactly for hours and days units")
	}
	if d.From < 0 || (d.From > 0 && d.From >= d.Length) {
		p.add(w, "from must be below length")
	}
	if d.DayOne != "" && d.DayOne != DayOneNext && d.DayOne != DayOneStart {
		p.add(w, "day_one must be %q or %q", DayOneNext, DayOneStart)
	}
	switch d.Limit {
	case LimitHard, LimitTarget:
		if d.Unit == UnitNone || d.Unit == UnitImmediately {
			p.add(w, "a %s limit needs a unit", d.Limit)
		}
	case LimitNone:
		if d.Unit != UnitNone && d.Unit != UnitImmediately {
			p.add(w, "limit none goes with unit none or immediately")
		}
	default:
		p.add(w, "unknown limit %q", d.Limit)
	}
	if d.Text.JA == "" || d.Text.EN == "" {
		p.add(w, "text needs ja and en")
	}
	if d.Roll != RollNone && (d.Roll != RollNext || d.Unit != UnitCalendarDays) {
		p.add(w, "roll must be %q, on a calendar_days deadline", RollNext)
	}
	if a := d.Alt; a != nil {
		if d.Unit != UnitCalendarDays && d.Unit != UnitBusinessDays {
			p.add(w, "alt counting is for day units only")
		}
		if a.DayOne != "" && a.DayOne != DayOneNext && a.DayOne != DayOneStart {
			p.add(w, "alt.day_one must be %q or %q", DayOneNext, DayOneStart)
		}
		if a.Roll != RollNone && a.Roll != RollNext {
			p.add(w, "alt.roll must be %q or absent", RollNext)
		}
		if a.Calendar != "" && (s.Calendars[a.Calendar] == nil || a.Roll != RollNext) {
			p.add(w, "alt.calendar %q must be a defined calendar, with alt.roll %q", a.Calendar, RollNext)
		}
		if a.Text.JA == "" || a.Text.EN == "" || a.Source.JA == "" || a.Source.EN == "" {
			p.add(w, "alt needs text and source in ja and en")
		}
	}
}

// checkDoneBySource: each source one a detection may name (incident.Sources).
func checkDoneBySource(p *problems, w string, srcs []string) {
	for _, src := range srcs {
		if !slices.Contains(incident.Sources, src) {
			p.add(w, "done_by_source: unknown source %q", src)
		}
	}
}
