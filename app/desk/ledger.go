package desk

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// LedgerRow is one line of the ledger of decisions and filings: an instance
// of an obligation as the engine sees it now, beside what the company put on
// record about it. A record whose obligation the engine no longer finds (the
// facts changed since) stays, as a row with Orphan set: a decision on record
// is never dropped from view.
type LedgerRow struct {
	Key string // incident.LedgerKey of the instance
	Jur assess.Jurisdiction
	Ob  assess.Obligation // zero for an orphan
	// Orphan: the record of an obligation that the assessment no longer holds.
	Orphan bool
	// Entry is what is on record; nil when nothing is.
	Entry *incident.LedgerEntry
}

// LedgerKeyOf is the ledger key of an obligation's instance in jurisdiction j.
func LedgerKeyOf(j string, ob assess.Obligation) string {
	return incident.LedgerKey(j, ob.ID, ob.Party, ob.Order)
}

// Decision is the decision that stands, and whether there is one.
func (r LedgerRow) Decision() (incident.DecisionRecord, bool) { return r.Entry.Current() }

// Filing is the last filing recorded, and whether there is one.
func (r LedgerRow) Filing() (incident.Filing, bool) { return r.Entry.LastFiling() }

// NeedsReason reports that the decision standing is "not reportable" with no reason.
func (r LedgerRow) NeedsReason() bool {
	d, ok := r.Decision()
	return ok && d.NeedsReason()
}

// Ledger lists a row for every obligation the assessment holds that applies
// or may apply (in the assessment's order: jurisdiction by jurisdiction),
// then the orphans in the order recorded.
func Ledger(inc *incident.Incident, a assess.Assessment) []LedgerRow {
	var out []LedgerRow
	seen := map[string]bool{}
	for _, j := range a.Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.Applies == assess.No {
				continue
			}
			k := LedgerKeyOf(j.ID, ob)
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, LedgerRow{Key: k, Jur: j, Ob: ob, Entry: inc.LedgerOf(k)})
		}
	}
	for i := range inc.Ledger {
		e := &inc.Ledger[i]
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		row := LedgerRow{Key: e.ID, Orphan: true, Entry: e}
		row.Jur.ID = e.Jurisdiction
		row.Ob.ID, row.Ob.Party, row.Ob.Order = e.Obligation, e.Party, e.Order
		out = append(out, row)
	}
	return out
}

// entry returns the ledger entry of row in inc, adding it when missing.
func entry(inc *incident.Incident, row LedgerRow) *incident.LedgerEntry {
	if e := inc.LedgerOf(row.Key); e != nil {
		return e
	}
	inc.Ledger = append(inc.Ledger, incident.LedgerEntry{
		ID: row.Key, Jurisdiction: row.Jur.ID, Obligation: row.Ob.ID, Party: row.Ob.Party, Order: row.Ob.Order,
	})
	return &inc.Ledger[len(inc.Ledger)-1]
}

// RecordDecision puts a decision on record for the row's obligation, with
// the engine's verdict and the obligation's state as they are now. The id
// is the new record's (Desk.NewID), by the person's name ("—" when none is
// set: see Who), at the incident's time. A reason is trimmed; "not
// reportable" without one is recorded all the same (what was decided is
// what happened) and draft.Lint reports it as an error.
func RecordDecision(inc *incident.Incident, row LedgerRow, id string, d incident.Decision, reason, by string, at time.Time) {
	e := entry(inc, row)
	rec := incident.DecisionRecord{ID: id, Decision: d, Reason: strings.TrimSpace(reason), By: Who(by), At: at}
	if !row.Orphan {
		rec.Verdict, rec.State = string(row.Ob.Applies), string(row.Ob.State)
	}
	e.Decisions = append(e.Decisions, rec)
}

// RecordFiling puts a filing on record: the text as sent is frozen with its
// SHA-256. f.ID, At, By, Reference, Document and Title are the caller's;
// the hash, who recorded it and when are set here.
func RecordFiling(inc *incident.Incident, row LedgerRow, f incident.Filing, recordedBy string, now time.Time) {
	e := entry(inc, row)
	f.By = Who(f.By)
	f.Reference = strings.TrimSpace(f.Reference)
	f.SHA256 = ""
	if f.Text != "" {
		f.SHA256 = incident.HashText(f.Text)
	}
	f.RecordedBy, f.RecordedAt = Who(recordedBy), now
	e.Filings = append(e.Filings, f)
}

// Who is the name recorded as the author of a decision, a filing or an
// attached file: the name typed in the settings, or "—" when none is.
func Who(name string) string {
	if n := strings.TrimSpace(name); n != "" {
		return n
	}
	return "—"
}

// AddEvidence records a file attached to a step or an event.
func AddEvidence(inc *incident.Incident, e incident.Evidence) {
	e.AddedBy = Who(e.AddedBy)
	inc.Evidence = append(inc.Evidence, e)
}

// RemoveEvidence removes the record of the file id; false when there is none.
func RemoveEvidence(inc *incident.Incident, id string) bool {
	i := slices.IndexFunc(inc.Evidence, func(e incident.Evidence) bool { return e.ID == id })
	if i < 0 {
		return false
	}
	inc.Evidence = slices.Delete(inc.Evidence, i, i+1)
	if len(inc.Evidence) == 0 {
		inc.Evidence = nil
	}
	return true
}

// EvidenceKey is the name the browser stores an attached file under.
func EvidenceKey(incID, evidenceID string) string { return incID + "/" + evidenceID }
