package assess

import (
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Data of former persons kept past the company's own retention rule: the
// one judgement (KeptPastRule) the engine, the drafts and the lint ask.

// untilPurposeGrace: with a rule to erase "once the purpose is met", how many
// years after a person left their data is taken as kept past the rule. APPI
// Art. 22 asks for erasure without delay; a year is past any reading of
// that, while a shorter time is left to the company's judgement (the tool
// then says nothing rather than accuse).
const untilPurposeGrace = 1

// exceeded: were data of former persons of d kept beyond the company's own
// retention rule (KeptPastRule at the instant the engine judges)?
func (e *env) exceeded(d *incident.DataSet) rules.Value {
	past, ok := KeptPastRule(e.inc, d, e.ref)
	if !ok {
		return rules.Value{}
	}
	return boolean(past)
}

// KeptPastRule tells whether data of former persons of d were kept beyond the
// company's own retention rule at ref (the instant the company knew, or
// today): told from the years alone, even while their number is not known:
// the earliest left in LeftFrom, more than RetentionYears before ref; with
// the rule "erase once the purpose is met" (UntilPurpose), more than
// untilPurposeGrace years before. No former persons (none counted, or
// answered so): false. Data the set holds only from less than a year
// before ref (Held.From): false too, whatever the rule, as none of its
// persons can have left before the data began and no rule is shorter than
// a year (146: one month's direct-debit records on a tape lost the next
// month; 148: a video made that month, F954). ok is false
// while the year or the rule is missing. The engine's retention.exceeded
// and the drafts' lint both ask this one function.
func KeptPastRule(inc *incident.Incident, d *incident.DataSet, ref time.Time) (past, ok bool) {
	f := d.Former
	if f.Persons.Known && f.Persons.N == 0 || f.Included == incident.No {
		return false, true
	}
	years := f.RetentionYears
	if years == 0 && f.UntilPurpose {
		years = untilPurposeGrace
	}
	loc := inc.Location()
	if f.LeftFrom == "" || years == 0 {
		if from, ok := d.Held.From.First(loc); ok && ref.In(loc).Before(from.AddDate(1, 0, 0)) {
			return false, true
		}
		return false, false
	}
	end, ok := f.LeftFrom.Last(loc)
	if !ok {
		return false, false
	}
	return ref.In(loc).After(end.AddDate(years, 0, 1)), true
}
