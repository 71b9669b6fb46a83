package rules

import "breachdesk/app/incident"

// Phase is a phase of the response (General Guidelines 3-5-2).
type Phase struct {
	ID       string   `json:"id"`
	Title    Text     `json:"title"`
	Citation Citation `json:"citation"`
}

// Due is a step's practice target, relative to an event.
type Due struct {
	Start  incident.EventKind `json:"start"`
	Unit   string             `json:"unit"`
	Length int                `json:"length"`
	DayOne string             `json:"day_one,omitempty"`
	Limit  string             `json:"limit"`
}

// Step is one playbook step, shown when its condition holds.
type Step struct {
	ID     string               `json:"id"`
	Phase  string               `json:"phase"`
	When   Cond                 `json:"when"`
	Title  Text                 `json:"title"`
	Do     Text                 `json:"do"`
	Due    *Due                 `json:"due,omitempty"`
	DoneBy []incident.EventKind `json:"done_by,omitempty"`
	// LastedDoneBy, when given, replaces DoneBy for an incident whose
	// exposure lasted over days (incident.ExposureLasted): a sending that
	// went on for days is contained when it stops, and the recipients'
	// deletion is another act (141: the step "ask the recipients to
	// delete" was done by the stop of the sending).
	LastedDoneBy []incident.EventKind `json:"lasted_done_by,omitempty"`
	// DoneBySource: who, telling the company of the case (a detection's
	// source), was thereby in contact with it as the step asks (the police
	// who began the case need no first consultation).
	DoneBySource []string `json:"done_by_source,omitempty"`
	// DoneOnceApplies: the DoneBy events are the whole incident's acts (its
	// containment), not the step's own; they count for the step only once
	// the step applies. While whether it applies cannot be told, the step
	// stays undetermined and names the event: a containment of the whole is
	// no proof that the data the step is about (card numbers) was closed.
	DoneOnceApplies bool `json:"done_once_applies,omitempty"`
	// Duty is the obligation the step carries out in practice. When that
	// duty's clock starts after the step's (its data sets were found after
	// the knowing), a step late or overdue by its own start names the
	// duty's reading too: the two count from different days.
	Duty     string   `json:"duty,omitempty"`
	Citation Citation `json:"citation"`
	// Bases are the law of particular jurisdictions behind the step: shown
	// (their citation, and what they add to Do) only for an incident to
	// which that jurisdiction applies, so that a domestic case never cites
	// foreign law.
	Bases []Basis `json:"bases,omitempty"`
	// Also is what is added to Do in the cases a condition picks out (a
	// cause that arose at a contractor: the contractor does the step, the
	// organisation confirms it and records when).
	Also []Also `json:"also,omitempty"`
	// Replaces are the steps this one stands for under other facts (a
	// public body's retention step for a business's): what the user wrote
	// of one of them, which no longer applies, is carried to this one while
	// it has nothing of its own (assess.CarrySteps).
	Replaces []string `json:"replaces,omitempty"`
	Effective
	ReliedOn *Text `json:"relied_on,omitempty"`
}

// Also is a sentence added to a step's Do when its condition holds.
type Also struct {
	When Cond `json:"when"`
	Do   Text `json:"do"`
}

// Basis is one jurisdiction's law behind a step.
type Basis struct {
	Jurisdiction string   `json:"jurisdiction"`
	Do           *Text    `json:"do,omitempty"` // added to the step's Do
	Citation     Citation `json:"citation"`
}

// Limit is one jurisdiction's deadline that a finding measures against,
// when that jurisdiction applies to the incident.
type Limit struct {
	Jurisdiction string   `json:"jurisdiction"`
	Length       int      `json:"length"`
	Unit         string   `json:"unit"`
	Text         Text     `json:"text"`
	Citation     Citation `json:"citation"`
	// Effective is when that deadline is the law: a finding about facts of
	// another date (the jurisdiction's law date) does not measure against it.
	Effective
}

// Bases of timeline findings.
const (
	BasisLaw      = "law"      // measured against an obligation's deadline
	BasisPractice = "practice" // measured against a good-practice benchmark
	BasisInfo     = "info"     // only reported
)

// Finding measures the time between two events of the timeline.
type Finding struct {
	ID   string             `json:"id"`
	From incident.EventKind `json:"from"`
	To   incident.EventKind `json:"to"`
	// ToAlso are other kinds of event that end the measure as well, the
	// earliest of all counting (a misdirected letter fetched back is its
	// containment: the retrieval is recorded as "retrieved").
	ToAlso     []incident.EventKind `json:"to_also,omitempty"`
	When       *Cond                `json:"when,omitempty"` // measured only when it holds (default: always)
	Basis      string               `json:"basis"`
	Obligation string               `json:"obligation,omitempty"` // for BasisLaw
	// RequiredBy (for BasisPractice): measured only once the end event is on
	// the timeline or while one of these obligations is required (it applies
	// or may apply, and is neither exempt nor lifted by an exception), so that
	// a benchmark is not shown for a step the law does not ask of this case.
	RequiredBy []string `json:"required_by,omitempty"`
	Length     int      `json:"length,omitempty"` // for BasisPractice
	Unit       string   `json:"unit,omitempty"`
	// Limits (for BasisPractice) are deadlines of particular jurisdictions:
	// the first whose jurisdiction applies is the benchmark, with its own
	// text and citation; none applying, the finding is measured against
	// Length when set, else only measured (Text says why there is no limit).
	Limits   []Limit  `json:"limits,omitempty"`
	Label    Text     `json:"label"`
	Text     Text     `json:"text"`
	Citation Citation `json:"citation"`
	Effective
	ReliedOn *Text `json:"relied_on,omitempty"`
}

// Playbook is the response playbook (playbook.json).
type Playbook struct {
	About    Text      `json:"about"`
	Phases   []Phase   `json:"phases"`
	Steps    []Step    `json:"steps"`
	Findings []Finding `json:"findings"`
}
