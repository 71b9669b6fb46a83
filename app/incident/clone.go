package incident

import (
	"maps"
	"slices"
	"time"
)

// Clone returns a deep copy of the incident, sharing nothing with it (for
// "duplicate as a drill", and for editing a copy). Clone(nil) is nil.
func (inc *Incident) Clone() *Incident {
	if inc == nil {
		return nil
	}
	c := *inc
	c.Org.Establishments = slices.Clone(inc.Org.Establishments)
	c.Org.Targets = maps.Clone(inc.Org.Targets)
	c.Parties = slices.Clone(inc.Parties)
	c.Events = slices.Clone(inc.Events)
	for i := range c.Events {
		c.Events[i].Due = cloneTime(c.Events[i].Due)
		c.Events[i].Sets = slices.Clone(c.Events[i].Sets)
		c.Events[i].Was = slices.Clone(c.Events[i].Was)
	}
	c.DataSets = slices.Clone(inc.DataSets)
	for i := range c.DataSets {
		d := &c.DataSets[i]
		d.Categories = slices.Clone(d.Categories)
		for k := range d.Categories {
			d.Categories[k].Flags = slices.Clone(d.Categories[k].Flags)
		}
		d.NotInvolved = slices.Clone(d.NotInvolved)
		d.Persons = slices.Clone(d.Persons)
		d.Records = slices.Clone(d.Records)
		d.Residence = slices.Clone(d.Residence)
		d.Status = slices.Clone(d.Status)
		if d.Exposure != nil {
			w := *d.Exposure
			d.Exposure = &w
		}
	}
	c.Persons = slices.Clone(inc.Persons)
	c.AwareWhy.At = cloneTime(inc.AwareWhy.At)
	c.Steps = maps.Clone(inc.Steps)
	for k, s := range c.Steps {
		s.DoneAt = cloneTime(s.DoneAt)
		s.EnteredAt = cloneTime(s.EnteredAt)
		c.Steps[k] = s
	}
	c.Edits = maps.Clone(inc.Edits)
	c.Unsubmitted = maps.Clone(inc.Unsubmitted)
	c.Estimate = inc.Estimate.Clone()
	c.Ledger = slices.Clone(inc.Ledger)
	for i := range c.Ledger {
		c.Ledger[i] = c.Ledger[i].clone()
	}
	c.Evidence = slices.Clone(inc.Evidence)
	return &c
}

func cloneTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	c := *t
	return &c
}
