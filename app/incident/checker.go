package incident

import (
	"slices"
	"time"
)

// A Checker validates incidents exactly as Validate does, remembering the
// problems of the last time line it checked: while a user types into any
// other field, the time line is the same on every keystroke and is not
// checked again (1,000 events took ~9 ms per keystroke in the browser).
// Whether it is the same is decided by comparing every event with a copy
// kept of the last one, never by a version number someone must remember to
// bump, so the problems can never be stale. The zero Checker is ready to use;
// it is not safe for concurrent use.
type Checker struct {
	line    []Event  // a copy of the last time line checked
	parties []Party  // and of the parties its events named then
	sets    []string // and the ids of the data sets then
	loc     *time.Location
	ps      Problems
	valid   bool
}

// Validate returns what Validate(inc) returns.
func (c *Checker) Validate(inc *Incident) Problems { return validate(inc, c) }

// events returns the problems of inc's time line, checking it only when it
// differs from the last one.
func (c *Checker) events(inc *Incident, loc *time.Location) Problems {
	if c.valid && c.loc == loc && sameEvents(c.line, inc.Events) && slices.Equal(c.parties, inc.Parties) && sameSetIDs(c.sets, inc) {
		return c.ps
	}
	v := &validator{loc: loc}
	v.events(inc)
	c.line = append(c.line[:0], inc.Events...)
	c.parties = append(c.parties[:0], inc.Parties...)
	c.sets = c.sets[:0]
	for _, d := range inc.DataSets {
		c.sets = append(c.sets, d.ID)
	}
	for i := range c.line {
		c.line[i] = ownEvent(c.line[i]) // a copy: the incident's may be changed in place
	}
	c.loc, c.ps, c.valid = loc, v.ps, true
	return c.ps
}

// sameEvents reports whether two time lines are identical, field for field.
func sameEvents(a, b []Event) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameEvent(&a[i], &b[i]) {
			return false
		}
	}
	return true
}

// sameEvent reports whether two events are identical, field for field.
func sameEvent(x, y *Event) bool {
	if x.ID != y.ID || x.Kind != y.Kind || x.At != y.At || x.Jurisdiction != y.Jurisdiction || x.Note != y.Note || x.Planned != y.Planned ||
		x.Precision != y.Precision || x.Party != y.Party || x.Source != y.Source || x.Police != y.Police || x.By != y.By || x.Step != y.Step || !slices.Equal(x.Sets, y.Sets) ||
		x.Recipients != y.Recipients || x.Confirmed != y.Confirmed || x.OrderBasis != y.OrderBasis || x.OrderKind != y.OrderKind || x.OrderLaw != y.OrderLaw ||
		!slices.Equal(x.Was, y.Was) || x.Learned != y.Learned || x.ForNotice != y.ForNotice || x.entered != y.entered {
		return false
	}
	return (x.Due == nil) == (y.Due == nil) && (x.Due == nil || *x.Due == *y.Due)
}

// sameSetIDs reports whether the incident's data sets have the ids ids, in order.
func sameSetIDs(ids []string, inc *Incident) bool {
	if len(ids) != len(inc.DataSets) {
		return false
	}
	for i, d := range inc.DataSets {
		if ids[i] != d.ID {
			return false
		}
	}
	return true
}
