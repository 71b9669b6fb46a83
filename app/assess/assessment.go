package assess

import (
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Verdict is a three-valued answer: "yes", "no" or "unknown" (cannot tell yet).
type Verdict string

const (
	Yes     Verdict = "yes"
	No      Verdict = "no"
	Unknown Verdict = "unknown"
)

func verdictOf(t rules.Truth) Verdict {
	switch t {
	case rules.True:
		return Yes
	case rules.False:
		return No
	}
	return Unknown
}

// Need is a fact the user must enter before something can be decided.
type Need struct {
	Fact string     `json:"fact"`
	Arg  string     `json:"arg,omitempty"`
	Text rules.Text `json:"text"`
}

// Assessment is everything Evaluate derives from the facts at one instant.
type Assessment struct {
	Now      time.Time `json:"now"`
	TimeZone string    `json:"timeZone"`
	// Knew is when the company knew (事態を知った時): the first dated knowing
	// event not after Now (of several at one instant, the smallest id),
	// whatever jurisdiction it names, as every view and document must take
	// it, and every clock that starts when the company knew starts there;
	// nil before it. Its precision says whether only the day is known.
	Knew          *time.Time         `json:"knew,omitempty"`
	KnewEvent     string             `json:"knewEvent,omitempty"`
	KnewPrecision incident.Precision `json:"knewPrecision,omitempty"`
	// Jurisdictions that apply (Applies yes) or may apply (unknown), in rule-set order.
	Jurisdictions []Jurisdiction `json:"jurisdictions"`
	// NotApplicable lists the jurisdictions that do not apply, each with why.
	NotApplicable []NotApplicable `json:"notApplicable,omitempty"`
	// Unheld are the places of the case whose law the tool does not hold
	// (an office in Vietnam, employees in Washington), UnheldText says so in a line.
	Unheld     []Unheld    `json:"unheld,omitempty"`
	UnheldText *rules.Text `json:"unheldText,omitempty"`
	Steps      []Step      `json:"steps"`
	Findings   []Finding   `json:"findings"`
	// Needs is every fact still missing, in the order first met.
	Needs []Need `json:"needs,omitempty"`
	// Problems are things the engine had to work around (bad time zone, calendar range).
	Problems []rules.Text `json:"problems,omitempty"`
}

// NotApplicable is a law that does not apply, and why: its tests of
// application all failed, or no rule of it is encoded for the date of the facts.
type NotApplicable struct {
	ID   string     `json:"id"`
	Name rules.Text `json:"name"`
	Why  rules.Text `json:"why"`
	// NoRules is true when the tool holds no rule of the law for the date of
	// the facts: the law may well have applied (Japan before 2017-05-30),
	// the tool cannot say, and a view must not file it under "does not apply".
	NoRules bool `json:"noRules,omitempty"`
}

// SetVerdict is what a law says of one data set.
type SetVerdict struct {
	ID         string        `json:"id"`
	Name       string        `json:"name,omitempty"`
	Role       incident.Role `json:"role"`
	Entrustor  string        `json:"entrustor,omitempty"`
	Reportable Verdict       `json:"reportable"`
	Triggers   []string      `json:"triggers,omitempty"` // the triggers that hold for it
	Excluded   string        `json:"excluded,omitempty"` // the exclusion established for it
	// Elsewhere: none of its persons lives in the law's places, and the law
	// reaches the organisation only through those who do; not reportable
	// under it, and none of its duties is owed for the set.
	Elsewhere bool   `json:"elsewhere,omitempty"`
	Needs     []Need `json:"needs,omitempty"`
}

// Reason is one rule's answer, with its source: why a law applies, why a case
// is (not) reportable, or an exception.
type Reason struct {
	RuleID   string         `json:"rule"`
	Verdict  Verdict        `json:"verdict"`
	Text     rules.Text     `json:"text"`
	Citation rules.Citation `json:"citation"`
	ReliedOn *rules.Text    `json:"reliedOn,omitempty"`
	Needs    []Need         `json:"needs,omitempty"`
	// Sets are the data sets the rule holds for (triggers and exclusions).
	Sets []string `json:"sets,omitempty"`
}

// Jurisdiction is the result for one law.
type Jurisdiction struct {
	ID         string     `json:"id"`
	Name       rules.Text `json:"name"`
	Law        rules.Text `json:"law"`
	Regulator  rules.Text `json:"regulator"`
	Applies    Verdict    `json:"applies"`
	AppliesWhy []Reason   `json:"appliesWhy"`
	// LawDate is the date whose rules were applied: the date the clock started,
	// or today's date while the clock has not started (LawDateFromNow).
	LawDate        rules.Date `json:"lawDate"`
	LawDateFromNow bool       `json:"lawDateFromNow,omitempty"`
	// LawVersion is the version of the law in force on LawDate (name, the
	// date it took effect and its source), when the rule set names versions;
	// nil when it names none or LawDate is before the first.
	LawVersion *rules.LawVersion  `json:"lawVersion,omitempty"`
	Clock      incident.EventKind `json:"clock"`
	ClockAt    *time.Time         `json:"clockAt,omitempty"`
	ClockText  rules.Text         `json:"clockText"`

	Reportable  Verdict      `json:"reportable"`
	Summary     rules.Text   `json:"summary"`
	Triggers    []Reason     `json:"triggers"`             // every trigger in force, with its answer
	Exclusions  []Reason     `json:"exclusions,omitempty"` // established or still open exclusions
	Obligations []Obligation `json:"obligations,omitempty"`
	Needs       []Need       `json:"needs,omitempty"`
	// Sets is each affected data set's answer, in the incident's order.
	Sets []SetVerdict `json:"sets,omitempty"`
}

// State is where an obligation or step stands at "now".
type State string

const (
	StateDone     State = "done"      // fulfilled in time (or with no deadline)
	StateDoneLate State = "done_late" // fulfilled after its deadline
	// StateDoneOutOfOrder: done, but before an obligation the law says must
	// come first (Singapore: persons told before the PDPC).
	StateDoneOutOfOrder State = "done_out_of_order"
	StateDue            State = "due"          // open, deadline ahead
	StateOverdue        State = "overdue"      // open, deadline passed
	StateOpen           State = "open"         // open, no fixed deadline ("promptly")
	StateWaiting        State = "waiting"      // its start event is not on the timeline yet
	StateExempt         State = "exempt"       // lifted (processor's notice to its entrustor)
	StateNotRequired    State = "not_required" // an established exception lifts it
	StateUndetermined   State = "undetermined" // cannot tell yet whether it applies
	StateNA             State = "na"           // step marked not applicable by the user
)

// Settled reports whether nothing more is to be done under this state: done
// (in time or late), lifted, or marked not applicable. Open, due, overdue,
// waiting and undetermined are not settled.
func (s State) Settled() bool {
	switch s {
	case StateDone, StateDoneLate, StateDoneOutOfOrder, StateNA, StateExempt, StateNotRequired:
		return true
	}
	return false
}

// Obligation is one duty (or recommendation) and where it stands.
type Obligation struct {
	ID    string     `json:"id"`
	Level string     `json:"level"` // required / recommended
	Title rules.Text `json:"title"`
	To    rules.Text `json:"to"`
	// Route is the routing rule that sent it to To instead of the law's
	// recipient (a delegated ministry), with its source; nil when not routed.
	Route   *Reason `json:"route,omitempty"`
	Applies Verdict `json:"applies"`
	Needs   []Need  `json:"needs,omitempty"`
	State   State   `json:"state"`

	// Party is the party an instance is owed to (the entrustor, for a duty
	// owed to each entrustor), PartyName its name; "" for one instance.
	Party     string `json:"party,omitempty"`
	PartyName string `json:"partyName,omitempty"`
	// Order is, for a duty owed to each order, the event of the order this
	// instance answers; "" otherwise. (ID, Party, Order) name the instance
	// in its jurisdiction (incident.LedgerKey).
	Order string `json:"order,omitempty"`
	// Sets are the data sets it is owed for; LiftedSets those an established
	// exception lifts, ExemptSets those the notice to their entrustor exempts.
	Sets       []string `json:"sets,omitempty"`
	LiftedSets []string `json:"liftedSets,omitempty"`
	ExemptSets []string `json:"exemptSets,omitempty"`
	// DoneSets are the sets already covered by events that name the sets
	// they concern, while others are not yet.
	DoneSets []string `json:"doneSets,omitempty"`

	Start          incident.EventKind `json:"start"`
	StartAt        *time.Time         `json:"startAt,omitempty"`
	StartPrecision incident.Precision `json:"startPrecision,omitempty"` // the start event is dated by day only, or approximately
	// DueFrom is the start of a target range ("about 3–5 days"), Due its end or the deadline.
	DueFrom      *time.Time `json:"dueFrom,omitempty"`
	Due          *time.Time `json:"due,omitempty"`
	Limit        string     `json:"limit"` // hard / target / none
	DeadlineText rules.Text `json:"deadlineText"`
	// Immediately is a duty the law wants done at once without a number of
	// hours or days (PIPL Art. 57 "立即"): it has no Due, and its state says
	// "immediately", never "no fixed time".
	Immediately bool `json:"immediately,omitempty"`
	// DueAlt is the deadline under the other reading of the count (the day of
	// knowing not counted, a day off rolled over), which Counting explains;
	// Due is always the conservative one.
	DueAlt   *time.Time   `json:"dueAlt,omitempty"`
	Counting *AltCounting `json:"counting,omitempty"`
	// Early is the same deadline counted from the first detection, when that
	// came before the instant the company took as knowing.
	Early *Counted `json:"early,omitempty"`
	// Later is the same deadline counted from the day the dated figures
	// first made it owed, when they did not on the day of knowing (a count
	// that passed 1,000 later): the lenient reading (see run.later).
	Later *Counted `json:"later,omitempty"`
	// Left is Due minus now while open (negative: overdue); for a done
	// obligation, Due minus the time it was done (negative: late).
	Left   *time.Duration `json:"left,omitempty"`
	DoneAt *time.Time     `json:"doneAt,omitempty"`
	DoneBy string         `json:"doneBy,omitempty"` // event id, "step:<id>" or "facts"

	Explanation rules.Text     `json:"explanation"`
	Exemption   *rules.Text    `json:"exemption,omitempty"`
	Unless      []Reason       `json:"unless,omitempty"`
	Text        rules.Text     `json:"text"`
	Citation    rules.Citation `json:"citation"`
	ReliedOn    *rules.Text    `json:"reliedOn,omitempty"`
}

// AltCounting explains the other reading of a deadline's count.
type AltCounting struct {
	Text   rules.Text     `json:"text"`
	Source rules.Citation `json:"source"`
}

// Counted is a deadline counted from another start: an event's (Early),
// or a day's (Later: From and Event empty).
type Counted struct {
	From    incident.EventKind `json:"from,omitempty"`
	Event   string             `json:"event,omitempty"`
	StartAt time.Time          `json:"startAt"`
	DueFrom *time.Time         `json:"dueFrom,omitempty"`
	Due     time.Time          `json:"due"`
}

// Step is one playbook step that applies (or may apply).
type Step struct {
	ID          string              `json:"id"`
	Phase       string              `json:"phase"`
	PhaseTitle  rules.Text          `json:"phaseTitle"`
	Title       rules.Text          `json:"title"`
	Do          rules.Text          `json:"do"`
	Applies     Verdict             `json:"applies"`
	Needs       []Need              `json:"needs,omitempty"`
	State       State               `json:"state"`
	Status      incident.StepStatus `json:"status,omitempty"` // as the user set it
	Owner       string              `json:"owner,omitempty"`
	Due         *time.Time          `json:"due,omitempty"`
	Left        *time.Duration      `json:"left,omitempty"`
	DoneAt      *time.Time          `json:"doneAt,omitempty"`
	DoneBy      string              `json:"doneBy,omitempty"`
	Explanation rules.Text          `json:"explanation"`
	Citation    rules.Citation      `json:"citation"`
	ReliedOn    *rules.Text         `json:"reliedOn,omitempty"`
	Start       incident.EventKind  `json:"start,omitempty"`
}

// Verdicts of findings.
const (
	FindingOK      = "ok"      // done within the limit
	FindingLate    = "late"    // done after the limit
	FindingPending = "pending" // not done yet, limit ahead
	FindingOverdue = "overdue" // not done yet, limit passed
	FindingInfo    = "info"    // measured only
)

// Finding is a measured delay on the timeline.
type Finding struct {
	ID      string             `json:"id"`
	From    incident.EventKind `json:"from"`
	To      incident.EventKind `json:"to"`
	FromAt  time.Time          `json:"fromAt"`
	ToAt    *time.Time         `json:"toAt,omitempty"`
	Elapsed time.Duration      `json:"elapsed"` // to (or now) minus from
	Basis   string             `json:"basis"`   // law / practice / info
	Limit   *time.Time         `json:"limit,omitempty"`
	Verdict string             `json:"verdict"`
	// Undated is the event that did it when that event has no date: the
	// delay was not measured (Elapsed is zero, Verdict info).
	Undated string `json:"undated,omitempty"`
	// Explanation is the plain-language finding; Text the rule's background.
	Explanation rules.Text     `json:"explanation"`
	Text        rules.Text     `json:"text"`
	Citation    rules.Citation `json:"citation"`
	ReliedOn    *rules.Text    `json:"reliedOn,omitempty"`
}
