package rules

import "breachdesk/app/incident"

// Place is a country (ISO 3166-1 alpha-2) and, for US states, a region.
type Place struct {
	Country string `json:"country"`
	Region  string `json:"region,omitempty"`
}

// Jurisdiction is one file of checklists/: a law, when it applies, when a
// case is reportable under it, and the obligations that follow.
type Jurisdiction struct {
	ID        string  `json:"id"`
	Order     int     `json:"order"` // position in results: lower first
	Name      Text    `json:"name"`
	Law       Text    `json:"law"`
	Regulator Text    `json:"regulator"`
	Places    []Place `json:"places"`
	// Clock is the event kind whose date selects the rules in force.
	Clock     incident.EventKind `json:"clock"`
	ClockText Text               `json:"clock_text"`
	// Calendar is the holiday calendar for business days ("" = weekends only).
	Calendar string `json:"calendar,omitempty"`
	// Zone is the IANA time zone of the law's place, when it has one
	// ("America/Los_Angeles" for California): a period of days ends at the
	// end of a day there as well as in the incident's zone, and the earlier
	// end is the deadline ("" = the incident's zone only).
	Zone string `json:"zone,omitempty"`

	Applies     []Rule       `json:"applies"`     // any true: the law applies
	Triggers    []Rule       `json:"triggers"`    // any true: reportable
	Exclusions  []Rule       `json:"exclusions"`  // any established: not reportable
	Obligations []Obligation `json:"obligations"` // what follows
	// Routes send obligations to another recipient when their condition
	// holds (a sector whose reports the PPC delegated to a ministry).
	Routes []Route `json:"routes,omitempty"`
	Note   *Text   `json:"note,omitempty"`
	// Versions names the versions of the law (the Act as amended) by the
	// date each took effect, oldest first, so that a result can say which
	// version it applied. Optional; the rules themselves carry their own
	// periods (effective_from, effective_until).
	Versions []LawVersion `json:"versions,omitempty"`
	// RegionsNotHeld are regions of the law's places that have a law of
	// their own beside this one, which the rule set does not hold (Canada's
	// provinces with private-sector privacy acts): persons living there are
	// named among the places whose law the tool does not hold, while this
	// law still judges them as its own.
	RegionsNotHeld *RegionsNotHeld `json:"regions_not_held,omitempty"`
}

// RegionsNotHeld lists regions with a law of their own not held, and where
// that list comes from.
type RegionsNotHeld struct {
	Places []Place  `json:"places"`
	Source Citation `json:"source"`
	Note   *Text    `json:"note,omitempty"`
}

// LawVersion is one version of a jurisdiction's law: the amendment (or the
// original Act) in force from Since until the next version's Since.
type LawVersion struct {
	Since  Date     `json:"since"`
	Name   Text     `json:"name"`
	Source Citation `json:"source"`
}

// VersionOn returns the version of the law in force on day d, or nil when
// the jurisdiction names no versions or d is before the first one.
func (j *Jurisdiction) VersionOn(d Date) *LawVersion {
	var v *LawVersion
	for i := range j.Versions {
		if j.Versions[i].Since <= d {
			v = &j.Versions[i]
		}
	}
	return v
}

// Rule is a condition with its meaning and source.
type Rule struct {
	ID   string `json:"id"`
	When Cond   `json:"when"`
	Text Text   `json:"text"`
	// Short names the rule in a sentence ("more than 1,000 persons"), for the
	// reportability summary; without it the summary names the citation.
	Short *Text `json:"short,omitempty"`
	// ShortPublic is Short for a public body (行政機関等), whose situations
	// APPI's Rules number apart from a business's (Art. 43, not Art. 7).
	ShortPublic *Text    `json:"short_public,omitempty"`
	Citation    Citation `json:"citation"`
	Effective
	ReliedOn *Text `json:"relied_on,omitempty"`
}

// Levels of obligations.
const (
	Required    = "required"
	Recommended = "recommended"
)

// Limits of deadlines.
const (
	LimitHard   = "hard"   // a legal (or contractual) limit
	LimitTarget = "target" // a guideline target, not a hard limit
	LimitNone   = "none"   // "promptly", "without undue delay": no fixed time
)

// PerEntrustor is Obligation.Per for duties owed to each entrustor.
const PerEntrustor = "entrustor"

// PerOrder is Obligation.Per for duties owed to each order: one instance per
// dated event of the deadline's start kind (each order of a ministry to
// report), owed to the party that event names, counted from it.
const PerOrder = "order"

// OrderLaw in the citation of an obligation owed to each order stands for
// the provision the order states, as the user entered it from the order
// (Event.OrderLaw): a sector's law this rule set does not hold.
const OrderLaw = "{order_law}"

// Units of deadlines.
const (
	UnitHours        = "hours"         // elapsed time: 72 hours is 72 hours, across DST too
	UnitCalendarDays = "calendar_days" // ends at the end of a day in the incident's time zone
	UnitBusinessDays = "business_days" // skips weekends and the calendar's holidays
	UnitEventDue     = "event_due"     // the Due the start event carries (a ministry's order)
	UnitNone         = "none"          // no fixed time
	// UnitImmediately is a duty the law wants done at once ("immediately",
	// 立即) without a number of hours or days: no due instant, and the state
	// says "immediately" rather than "no fixed time".
	UnitImmediately = "immediately"
)

// Counting of the first day for day units.
const (
	DayOneNext  = "next_day"  // the day after the start is day 1 (default)
	DayOneStart = "start_day" // the day of the start is day 1
)

// Deadline says when an obligation falls due.
type Deadline struct {
	Start  incident.EventKind `json:"start"`
	Unit   string             `json:"unit"`
	Length int                `json:"length,omitempty"`
	// From is the start of a target range ("about 3–5 days": From 3, Length 5).
	From   int    `json:"from,omitempty"`
	DayOne string `json:"day_one,omitempty"`
	Limit  string `json:"limit"`
	// Roll moves a day-counted deadline that ends on a day off of the
	// jurisdiction's calendar to the next business day, where the authority
	// itself counts so (the PPC for the My Number Act's 確報). Absent: the
	// deadline stays where it falls.
	Roll string `json:"roll,omitempty"`
	Text Text   `json:"text"`
	// Alt is the other way of counting, where the law's counting is not
	// settled: the engine uses the conservative count above and shows this
	// one beside it with its source.
	Alt *AltCount `json:"alt,omitempty"`
	// After is the event whose deed the obligation closes (the preliminary
	// report a final report closes): when that deed came after the due
	// counted from Start, the same period runs from it instead. A report
	// cannot be due to be closed before it was filed (169: a 速報 filed 82
	// days after the knowing, for a case not reportable, was closed by a
	// 確報 shown overdue by 63 days the day the 速報 went in).
	After incident.EventKind `json:"after,omitempty"`
}

// Rolling of a deadline that falls on a day off.
const (
	RollNone = ""                  // the deadline stays where it falls (the conservative reading)
	RollNext = "next_business_day" // to the next business day (民法142条)
)

// AltCount is another reading of a deadline's counting.
type AltCount struct {
	DayOne string `json:"day_one,omitempty"`
	Roll   string `json:"roll,omitempty"`
	// Calendar is the calendar whose days off the reading rolls past when
	// it differs from the jurisdiction's ("" = the jurisdiction's): a
	// report to a Japanese authority whose period ends on a day its
	// offices are closed (29 December to 3 January included) is due the
	// next day they are open (行政機関の休日に関する法律 Art. 2), while the
	// company's own steps keep the national calendar.
	Calendar string   `json:"calendar,omitempty"`
	Text     Text     `json:"text"`
	Source   Citation `json:"source"`
}

// Exemption lifts an obligation, data set by data set, once another
// obligation is done in time (the processor's notice to its entrustor lifts
// its own report for the data it was entrusted with, never for its own).
type Exemption struct {
	When Cond   `json:"when"`
	By   string `json:"by"` // obligation id of the same jurisdiction
	Text Text   `json:"text"`
}

// Order says that an obligation may be done only at the same time as or
// after another obligation (By, an obligation id of the same jurisdiction).
// Text says why, with its source in the obligation's citation.
type Order struct {
	By   string `json:"by"`
	Text Text   `json:"text"`
}

// Obligation is something the organisation must (or should) do.
type Obligation struct {
	ID       string   `json:"id"`
	Level    string   `json:"level"`
	Title    Text     `json:"title"`
	To       Text     `json:"to"`
	When     Cond     `json:"when"`
	Unless   []Rule   `json:"unless,omitempty"` // established exceptions lift it
	Deadline Deadline `json:"deadline"`
	// DoneBy lists the event kinds that fulfil it (with the jurisdiction's id,
	// or no jurisdiction when AnyJurisdictionEvent, or for the home jurisdiction).
	DoneBy               []incident.EventKind `json:"done_by"`
	AnyJurisdictionEvent bool                 `json:"any_jurisdiction_event,omitempty"`
	// ForNotice: done only by an announcement that may stand as the notice
	// to the persons (an alternative measure): one the user marked as not
	// telling the persons of their data (Event.ForNotice No) does not count.
	ForNotice bool `json:"for_notice,omitempty"`
	// DoneByStep: a playbook step whose status "done" fulfils it.
	DoneByStep string `json:"done_by_step,omitempty"`
	// DoneBySource: a detection told by one of these (Event.Source) fulfils
	// it: the police who began the case are already in contact.
	DoneBySource []string `json:"done_by_source,omitempty"`
	// DoneWhen: a condition on the facts that fulfils it (e.g. an assessment answered).
	DoneWhen *Cond `json:"done_when,omitempty"`
	// Exempt lifts the obligation for each data set it covers whose exempt
	// condition holds once the obligation By — for that set's entrustor, when
	// By is per entrustor — was done in time; covering no other set, the
	// obligation is lifted as a whole.
	Exempt *Exemption `json:"exempt,omitempty"`
	// Per is "entrustor" for an obligation owed to each entrustor separately
	// (one instance per entrustor of the data sets it covers), "order" for one
	// owed to each order (PerOrder); "" for one.
	Per string `json:"per,omitempty"`
	// NotBefore: this obligation must not be done before another obligation
	// of the same jurisdiction is done (Singapore: persons are told at the
	// same time as or after the PDPC, PDPA s26D(2)).
	NotBefore *Order   `json:"not_before,omitempty"`
	Text      Text     `json:"text"`
	Citation  Citation `json:"citation"`
	Effective
	ReliedOn *Text `json:"relied_on,omitempty"`
}

// ObligationByID is the version of obligation id in force on day, or nil.
func (j *Jurisdiction) ObligationByID(id string, day Date) *Obligation {
	for i := range j.Obligations {
		if o := &j.Obligations[i]; o.ID == id && o.InForce(day) {
			return o
		}
	}
	return nil
}

// Route names, for the obligations it lists, the recipient that receives
// them when its condition holds: where a regulator delegated its power to
// receive reports (権限委任), the law's "to" is not where they go.
type Route struct {
	ID          string   `json:"id"`
	When        Cond     `json:"when"`
	Obligations []string `json:"obligations"`
	To          Text     `json:"to"`
	Citation    Citation `json:"citation"`
	Effective
	ReliedOn *Text `json:"relied_on,omitempty"`
}

// ShortFor is the rule's short name for an organisation that is a public
// body or not: ShortPublic for a public body when the rule has one, else
// Short (nil when the rule has neither).
func (r Rule) ShortFor(public bool) *Text {
	if public && r.ShortPublic != nil {
		return r.ShortPublic
	}
	return r.Short
}
