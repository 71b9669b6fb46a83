package desk

import (
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// A duty is one instance of an obligation (a jurisdiction's duty, owed to one
// recipient) seen twice: by the engine (does it apply, by when, is the clock
// running) and by the ledger (what the company put on record: decided to
// report, decided not to and why, not decided yet; filed when, by whom,
// under which reference). The dashboard shows both side by side; a duty
// whose record disagrees with its clock stands out.

// DutyRecord is a duty's state as the ledger records it.
type DutyRecord string

const (
	RecordNone      DutyRecord = "none"       // nothing on record
	RecordNotYet    DutyRecord = "not_yet"    // recorded as not decided yet
	RecordReport    DutyRecord = "report"     // decided to report, nothing filed yet
	RecordNotReport DutyRecord = "not_report" // decided not to report
	RecordFiled     DutyRecord = "filed"      // a filing is on record
)

// DutyFlag is a reason a duty must stand out.
type DutyFlag string

const (
	// FlagFiledLate: filed after its deadline (the first filing on record,
	// else the timeline's event that fulfilled it).
	FlagFiledLate DutyFlag = "filed_late"
	// FlagUndecided: no decision on record and the deadline is near
	// (NearDue) or passed.
	FlagUndecided DutyFlag = "undecided"
	// FlagNotFiled: decided to report, the deadline has passed, nothing filed.
	FlagNotFiled DutyFlag = "not_filed"
	// FlagNoReason: decided not to report, without the reason.
	FlagNoReason DutyFlag = "no_reason"
	// FlagLateFromDetection: filed by the deadline counted from knowing but
	// after the one counted from the first detection (the contested clock).
	FlagLateFromDetection DutyFlag = "late_from_detection"
	// FlagAgainstVerdict: decided not to report while the engine says the
	// duty applies.
	FlagAgainstVerdict DutyFlag = "against_verdict"
	// FlagNotOnTimeline: a filing is on record but no event on the timeline
	// fulfils the duty, so the engine's clock still runs.
	FlagNotOnTimeline DutyFlag = "not_on_timeline"
)

// Severe reports whether the flag is a problem of the record (shown as an
// error), not a point to check (a warning).
func (f DutyFlag) Severe() bool {
	switch f {
	case FlagFiledLate, FlagUndecided, FlagNotFiled, FlagNoReason:
		return true
	}
	return false
}

// Duty is one row of the dashboard's duties: the ledger's row, what is on
// record about it, its deadline and what makes it stand out.
type Duty struct {
	LedgerRow
	Record DutyRecord
	// Decision is the decision standing (Decided false: none).
	Decision incident.DecisionRecord
	Decided  bool
	// Filing is the first filing on record (the one that met the duty or
	// missed it), Filings how many there are.
	Filing  incident.Filing
	Filings int
	// Due is the deadline the countdown aims at (Aim), nil when there is none.
	Due   *time.Time
	Flags []DutyFlag
}

// Has reports whether the duty carries flag f.
func (d Duty) Has(f DutyFlag) bool {
	for _, x := range d.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// Severe reports whether one of the duty's flags is severe.
func (d Duty) Severe() bool {
	for _, x := range d.Flags {
		if x.Severe() {
			return true
		}
	}
	return false
}

// nearMin is the least time before a deadline that counts as near.
const nearMin = 24 * time.Hour

// NearDue reports whether the duty's deadline (Aim) is near at now: a third
// of the time the law allows is left (at least a day; a day when the start
// is not known), or less, or it has passed. False for a duty with no deadline.
func NearDue(ob assess.Obligation, now time.Time) bool {
	due := Aim(ob, now)
	if due == nil {
		return false
	}
	window := nearMin
	if ob.StartAt != nil {
		if w := due.Sub(*ob.StartAt) / 3; w > window {
			window = w
		}
	}
	return !now.Before(due.Add(-window))
}

// Duties lists the duties of the incident (Ledger's rows, in its order) with
// what the ledger records for each and what makes it stand out at now.
func Duties(inc *incident.Incident, a assess.Assessment, now time.Time) []Duty {
	rows := Ledger(inc, a)
	out := make([]Duty, 0, len(rows))
	for _, r := range rows {
		out = append(out, DutyOf(r, now))
	}
	return out
}

// DutyOfObligation is the duty of one obligation of jurisdiction j in inc
// at now (a row of Duties, for a view that lists obligations).
func DutyOfObligation(inc *incident.Incident, j assess.Jurisdiction, ob assess.Obligation, now time.Time) Duty {
	k := LedgerKeyOf(j.ID, ob)
	return DutyOf(LedgerRow{Key: k, Jur: j, Ob: ob, Entry: inc.LedgerOf(k)}, now)
}

// Duties are the board's duties (see Duties).
func (b *Board) Duties() []Duty { return Duties(b.Incident, b.Assessment, b.Now) }

// DutyOf is the duty of one ledger row at now.
func DutyOf(r LedgerRow, now time.Time) Duty {
	d := Duty{LedgerRow: r, Record: RecordNone}
	d.Decision, d.Decided = r.Decision()
	if r.Entry != nil && len(r.Entry.Filings) > 0 {
		d.Filing, d.Filings = r.Entry.Filings[0], len(r.Entry.Filings)
	}
	switch {
	case d.Filings > 0:
		d.Record = RecordFiled
	case d.Decided:
		d.Record = DutyRecord(d.Decision.Decision)
	}
	if r.Orphan {
		if r.NeedsReason() {
			d.Flags = append(d.Flags, FlagNoReason)
		}
		return d
	}
	ob := r.Ob
	d.Due = Aim(ob, now)
	settled := ob.State.Settled()
	undecided := d.Record == RecordNone || d.Record == RecordNotYet
	if d.Filings > 0 {
		switch {
		case ob.Due != nil && d.Filing.At.After(*ob.Due):
			d.Flags = append(d.Flags, FlagFiledLate)
		case ob.Early != nil && d.Filing.At.After(ob.Early.Due):
			d.Flags = append(d.Flags, FlagLateFromDetection)
		}
		if !settled {
			d.Flags = append(d.Flags, FlagNotOnTimeline)
		}
	} else if ob.State == assess.StateDoneLate {
		d.Flags = append(d.Flags, FlagFiledLate)
	}
	if undecided && !settled && NearDue(ob, now) {
		d.Flags = append(d.Flags, FlagUndecided)
	}
	if d.Record == RecordReport && !settled && ob.Due != nil && now.After(*ob.Due) {
		d.Flags = append(d.Flags, FlagNotFiled)
	}
	if d.Decided && d.Decision.Decision == incident.DecideNotReport {
		if r.NeedsReason() {
			d.Flags = append(d.Flags, FlagNoReason)
		}
		if ob.Applies == assess.Yes {
			d.Flags = append(d.Flags, FlagAgainstVerdict)
		}
	}
	return d
}
