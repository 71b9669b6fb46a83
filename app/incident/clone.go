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
	c.Events = slices.Clone(inc.Events)
	for i := range c.Events {
		c.Events[i].Due = cloneTime(c.Events[i].Due)
	}
	c.Data.Categories = slices.Clone(inc.Data.Categories)
	c.Data.Residence = slices.Clone(inc.Data.Residence)
	c.Data.NotInvolved = slices.Clone(inc.Data.NotInvolved)
	c.Steps = maps.Clone(inc.Steps)
	for k, s := range c.Steps {
		s.DoneAt = cloneTime(s.DoneAt)
		c.Steps[k] = s
	}
	c.Edits = maps.Clone(inc.Edits)
	c.Estimate = inc.Estimate.clone()
	return &c
}

func cloneTime(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	c := *t
	return &c
}
