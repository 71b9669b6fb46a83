package desk

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// What the dashboard and the packet show beside a deadline: the clock's
// start when it is contested, the instant a countdown aims at, and the data
// sets an obligation names.

// Contested is a deadline counted from the first detection beside the one
// counted from knowing (a company knows when any of its departments knows,
// 通則編 3-5-3-3, so the detection may be taken as the start), for the most
// urgent obligation that has both.
type Contested struct {
	OpenObligation
	Early assess.Counted
	// WhyMissing: the company has not recorded why it took the later instant
	// as the one it knew (Incident.AwareWhy).
	WhyMissing bool
}

// Contested is the first obligation, in the dashboard's order, whose
// deadline counted from the first detection differs from the one counted
// from knowing: an open one first, else one already settled (its date may
// still be questioned). False when the clock's start is not in question.
func (b *Board) Contested() (Contested, bool) {
	why := strings.TrimSpace(b.Incident.AwareWhy.Text) == ""
	for _, o := range b.Open {
		if o.Ob.Early != nil {
			return Contested{OpenObligation: o, Early: *o.Ob.Early, WhyMissing: why}, true
		}
	}
	for _, o := range Deadlines(b.Assessment) {
		if o.Ob.Early != nil {
			return Contested{OpenObligation: o, Early: *o.Ob.Early, WhyMissing: why}, true
		}
	}
	return Contested{}, false
}

// Aim is the instant a countdown to the obligation aims at, at now: the
// early end of a target window ("about 3–5 days": the 3rd day) until it is
// reached, then its late end (the deadline, which an overdue count is
// measured from); nil when it has none.
func Aim(ob assess.Obligation, now time.Time) *time.Time {
	if ob.DueFrom != nil && now.Before(*ob.DueFrom) {
		return ob.DueFrom
	}
	return ob.Due
}

// SetNames names the data sets ids as the company calls them (an unnamed
// set by its id), in the order given; ids no longer in the incident are
// left out.
func SetNames(inc *incident.Incident, ids []string) []string {
	var out []string
	for _, id := range ids {
		d, ok := inc.DataSet(id)
		if !ok {
			continue
		}
		if name := strings.TrimSpace(d.Name); name != "" {
			out = append(out, name)
		} else {
			out = append(out, d.ID)
		}
	}
	return out
}

// Pending are the changes of the law known but not in force (never applied).
func (b *Board) Pending() []rules.PendingChange {
	if b.drafts == nil || b.drafts.rules == nil {
		return nil
	}
	return b.drafts.rules.Pending
}
