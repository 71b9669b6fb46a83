package incident

import (
	"slices"
	"strings"
	"time"
)

// The ledger and the evidence are records kept beside the facts: what the
// company decided about each obligation and why, what it filed, when, under
// which reference and in which words; and which files prove what was done,
// known by their SHA-256 and size (the files themselves stay in the browser
// that attached them). Both are lists of elements with ids, so that a change
// packet (app/oplog) names what it adds, and both are optional: an incident
// without them reads as before (no schema bump).

// Decision is the user's answer to "do we report (or notify)?" for one
// obligation.
type Decision string

const (
	DecideReport    Decision = "report"     // it will be (or was) reported
	DecideNotReport Decision = "not_report" // it will not be reported: a reason is required
	DecideNotYet    Decision = "not_yet"    // not decided yet
)

// Decisions lists every decision, in the order a form offers them.
var Decisions = []Decision{DecideReport, DecideNotReport, DecideNotYet}

// LedgerEntry is the record of one instance of an obligation: one law's duty
// (Obligation, its rule id in checklists/) in one jurisdiction, owed once, to
// one entrustor (Party) or for one order (Order, the event that ordered it).
// Its ID is LedgerKey of those. Decisions and filings are only ever added:
// the last decision stands, the earlier ones stay as its history.
type LedgerEntry struct {
	ID           string           `json:"id"`
	Jurisdiction string           `json:"jurisdiction"`
	Obligation   string           `json:"obligation"`
	Party        string           `json:"party,omitempty"`
	Order        string           `json:"order,omitempty"`
	Decisions    []DecisionRecord `json:"decisions,omitempty"` // oldest first
	Filings      []Filing         `json:"filings,omitempty"`   // in the order recorded
}

// DecisionRecord is one decision put on record: what, why, who and when,
// and what the engine said at that moment (so that a later change of the
// facts does not rewrite what the decision was made against).
type DecisionRecord struct {
	ID       string    `json:"id"`
	Decision Decision  `json:"decision"`
	Reason   string    `json:"reason,omitempty"`
	By       string    `json:"by,omitempty"`
	At       time.Time `json:"at"`
	Verdict  string    `json:"verdict,omitempty"` // the engine's "yes", "no" or "unknown" then
	State    string    `json:"state,omitempty"`   // the obligation's state then (assess.State)
}

// Filing is one document sent to the obligation's recipient: when and by
// whom, the receipt or reference number the recipient gave, and the version
// sent — the text exactly as sent, frozen, with its SHA-256 (hex), so that
// anyone can check later that a copy is the one filed.
type Filing struct {
	ID        string    `json:"id"`
	At        time.Time `json:"at"` // when it was filed (sent, submitted)
	By        string    `json:"by,omitempty"`
	Reference string    `json:"reference,omitempty"` // 受付番号 / receipt or reference number
	Document  string    `json:"document,omitempty"`  // the draft's id (app/draft), "" for a document written elsewhere
	Title     string    `json:"title,omitempty"`     // the document's title as sent
	SHA256    string    `json:"sha256,omitempty"`    // of Text in UTF-8, lower-case hex
	Text      string    `json:"text,omitempty"`      // the frozen copy
	// RecordedBy and RecordedAt say who put the filing on record, and when.
	RecordedBy string    `json:"recordedBy,omitempty"`
	RecordedAt time.Time `json:"recordedAt"`
}

// Evidence is a file that shows something was done or known: a log
// excerpt, a receipt, a screenshot. The file stays in the browser that
// attached it; the facts hold its name, type, size and SHA-256 (lower-case
// hex), so that an export or a packet shows custody without carrying it.
// It is attached to a playbook step (Step) or a timeline event (Event).
type Evidence struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Type    string    `json:"type,omitempty"` // MIME type, as the browser guessed it
	Size    int64     `json:"size"`
	SHA256  string    `json:"sha256"`
	Step    string    `json:"step,omitempty"`
	Event   string    `json:"event,omitempty"`
	Note    string    `json:"note,omitempty"`
	AddedBy string    `json:"addedBy,omitempty"`
	AddedAt time.Time `json:"addedAt"`
}

// LedgerKey is the id of the ledger entry of an obligation's instance:
// "JP/jp.ppc.prelim", "JP/jp.entrustor/p2" (owed to the entrustor p2),
// "JP/jp.ministry.report/p4@e9" (for the order e9 of the ministry p4).
func LedgerKey(jurisdiction, obligation, party, order string) string {
	k := jurisdiction + "/" + obligation
	if party != "" {
		k += "/" + party
	}
	if order != "" {
		k += "@" + order
	}
	return k
}

// LedgerOf returns the entry with that key, or nil.
func (inc *Incident) LedgerOf(key string) *LedgerEntry {
	for i := range inc.Ledger {
		if inc.Ledger[i].ID == key {
			return &inc.Ledger[i]
		}
	}
	return nil
}

// Current is the decision that stands (the last recorded), and whether there is one.
func (e *LedgerEntry) Current() (DecisionRecord, bool) {
	if e == nil || len(e.Decisions) == 0 {
		return DecisionRecord{}, false
	}
	return e.Decisions[len(e.Decisions)-1], true
}

// LastFiling is the filing recorded last, and whether there is one.
func (e *LedgerEntry) LastFiling() (Filing, bool) {
	if e == nil || len(e.Filings) == 0 {
		return Filing{}, false
	}
	return e.Filings[len(e.Filings)-1], true
}

// NeedsReason reports whether the decision is "not reportable" with no
// reason written: a decision that must not stand as it is.
func (d DecisionRecord) NeedsReason() bool {
	return d.Decision == DecideNotReport && strings.TrimSpace(d.Reason) == ""
}

// EvidenceFor lists the evidence attached to a step (step != "") or an
// event (event != ""), in the order attached.
func (inc *Incident) EvidenceFor(step, event string) []Evidence {
	var out []Evidence
	for _, e := range inc.Evidence {
		if (step != "" && e.Step == step) || (event != "" && e.Event == event) {
			out = append(out, e)
		}
	}
	return out
}

func (e LedgerEntry) clone() LedgerEntry {
	e.Decisions = slices.Clone(e.Decisions)
	e.Filings = slices.Clone(e.Filings)
	return e
}
