package incident

import "time"

// EventKind is the type of a timeline event.
type EventKind string

const (
	EvIntrusion EventKind = "intrusion" // first malicious act or cause (e.g. targeted e-mail opened): 発生日
	EvDetected  EventKind = "detected"  // something suspicious detected (by the company or told by someone: Event.Source)
	// EvProcessorAware: the processor (委託先) the company entrusted the data
	// to knew personal data was or may have been affected, before it told
	// the company (scenario 40: the contractor knew on 3/21, the society on
	// 7/1). It is not the company's knowing: no clock of the company's
	// starts at it; the delay to the company's knowing is measured (F84).
	EvProcessorAware EventKind = "processor_aware"
	// EvLastAct: the last unauthorised act found (the intruder's last
	// login, the last download), usually by an investigation (Learned: the
	// day it was found). The breach period the US letters give ends on it
	// ("the date range of the breach", Cal. Civ. Code §1798.82(d)(2)(C));
	// without it, at the containment, as the time access stayed possible
	// (F1150).
	EvLastAct         EventKind = "last_act"
	EvContained       EventKind = "contained"        // containment, e.g. external traffic cut off
	EvRetrieved       EventKind = "retrieved"        // what was lost or stolen was found and came back (Event.Note: where, from whom)
	EvDeleted         EventKind = "deleted"          // those who received the data by mistake deleted it, as confirmed (Event.Note: who, how)
	EvTakedown        EventKind = "takedown"         // deletion asked of those holding the data: the wrong recipients (a misdelivery), or the sites where it was posted (Event.Note: whom)
	EvAware           EventKind = "aware"            // the company knew personal data was or may have been affected (知った時)
	EvScopeConfirmed  EventKind = "scope_confirmed"  // scope confirmed
	EvAssessed        EventKind = "assessed"         // assessment of the breach completed (Singapore's 3-day clock starts at its end; Australia's 30-day assessment is done by it)
	EvReportPrelim    EventKind = "report_prelim"    // 速報 / initial report to a regulator (Party: which one)
	EvReportFinal     EventKind = "report_final"     // 確報 / final report to a regulator
	EvNoticePersons   EventKind = "notice_persons"   // notice to affected persons
	EvPublic          EventKind = "public"           // public announcement
	EvPolice          EventKind = "police"           // police consultation (Party: which police)
	EvCardAcquirer    EventKind = "card_acquirer"    // card company / acquirer contacted (Party)
	EvEntrustorNotice EventKind = "entrustor_notice" // notice to an entrustor (委託元; Party: which one)
	EvForensic        EventKind = "forensic"         // forensic vendor engaged
	EvMinistryOrder   EventKind = "ministry_order"   // an authority's order: a written report, or an improvement plan (Due holds its deadline; Party: which ministry or regulator; OrderBasis, OrderKind, OrderLaw: what it is)
	EvMinistryReport  EventKind = "ministry_report"  // report to a ministry submitted (Party)
	// EvPosted: the data was found published by the attacker or anyone
	// else (a leak site, a forum, a paste site, social media): the day the
	// organisation confirmed the data is out (Event.Note: where, who saw
	// it). Not a containment and not a request the organisation made: a
	// removal asked of the site is a takedown of its own (a leak site's
	// post entered as a takedown told every reader "we asked the operators
	// to remove it").
	EvPosted EventKind = "posted"
	// EvPress: the case was reported in the press or in online news, the
	// company's word or not (131: a morning paper's story at 06:00, the
	// company's first announcement at 11:00 "after the report"). The
	// regulators' time lines show it, without the outlet or the note (a
	// journalist's name has no place in a report), so that an announcement
	// made after it does not read as the company's own timing (F687).
	EvPress EventKind = "press"
	EvOther EventKind = "other" // free event
)

// EventKinds lists every kind, in timeline order of a typical case.
var EventKinds = []EventKind{
	EvIntrusion, EvDetected, EvProcessorAware, EvLastAct, EvContained, EvRetrieved, EvDeleted, EvAware, EvPosted, EvTakedown, EvScopeConfirmed, EvAssessed, EvForensic,
	EvReportPrelim, EvReportFinal, EvEntrustorNotice, EvCardAcquirer, EvPolice,
	EvNoticePersons, EvPress, EvPublic, EvMinistryOrder, EvMinistryReport, EvOther,
}

// DeletedBySome tells, of a deletion event, whether only some recipients
// had confirmed the deletion, and how many of how many.
func (e Event) DeletedBySome() (confirmed, of int, some bool) {
	if e.Kind != EvDeleted || e.Recipients <= 0 || e.Confirmed >= e.Recipients {
		return 0, 0, false
	}
	return max(e.Confirmed, 0), e.Recipients, true
}

// RetrievedSome tells, of a retrieval event, whether only some of what was
// lost, stolen or sent came back, and how many of how many.
func (e Event) RetrievedSome() (back, of int, some bool) {
	if e.Kind != EvRetrieved || e.Recipients <= 0 || e.Confirmed >= e.Recipients {
		return 0, 0, false
	}
	return max(e.Confirmed, 0), e.Recipients, true
}

// Counted: the event's kind takes counts (Recipients, Confirmed): a
// deletion or a retrieval.
func (k EventKind) Counted() bool { return k == EvDeleted || k == EvRetrieved }

// TakesTold: the event's kind takes the number of persons it reached
// (Recipients only): a notice to the persons.
func (k EventKind) TakesTold() bool { return k == EvNoticePersons }

// Precision says how well an event's time is known.
type Precision string

const (
	Exact  Precision = ""       // the date and the time of day
	Day    Precision = "day"    // the date only: At is the start of that day
	Approx Precision = "approx" // about that date (頃): At is the start of that day
	Month  Precision = "month"  // some time in that month: At is the start of the month
	Year   Precision = "year"   // some time in that year (2014年頃): At is the start of the year
)

// Precisions lists every precision, in the order a form shows them.
var Precisions = []Precision{Exact, Day, Approx, Month, Year}

// Sources are who told the company of a detection (Event.Source), "" when
// not stated: "self" the company found it (its systems, its checks),
// "staff" one of its own people told it (a colleague noticing a file never
// arrived), "public_post" posts on social media or elsewhere online (130:
// users' screenshots), "media" a journalist's inquiry, "news" a news report
// the company read (175: a rival's leak in the evening news; nobody asked it
// anything until the next morning),
// "affected" one of the persons whose data is concerned (a man calling to
// say he was fired because the city named him to his employer: the letter
// to him tells it as his own call, not a "related person's"), "regulator" a
// data protection authority or another regulator (Singapore's PDPC telling
// a subsidiary that its users' data is for sale), "other" someone not
// listed, inside or outside. "customer" is a customer or user who need not
// be one of the affected persons.
var Sources = []string{"self", "staff", "card_company", "payment_provider", "police", "regulator", "customer", "affected", "entrustor", "vendor", "researcher", "public_post", "media", "news", "attacker", "other"}

// PoliceActs are what a police event records (Event.Police), "" when not
// stated (told as a consultation, or as a 遺失届 when the cause is a loss):
// a consultation (相談), a report of damage (被害届), a criminal complaint
// (告訴), a report of lost property (遺失届).
var PoliceActs = []string{"consultation", "damage_report", "complaint", "lost_property"}

// Filers are who went to the police (Event.By), "" = the organisation
// itself: one of its own people on their own (the nurse whose car was
// broken into, the night before the hospital knew), the entrustor, a
// processor (委託先), or a carrier that only transported the papers or media
// (the courier that lost a contractor's tapes filing its 遺失届: no
// processor of the data, F982).
var Filers = []string{"staff", "entrustor", "processor", "carrier"}

// OrderBases are the legal bases of an authority's order (Event.OrderBasis,
// "" when not entered): "appi" the Personal Information Protection Act
// (the PPC's demand for a report, or a ministry's acting by delegation),
// "sector" a law governing the company's business (a securities firm's
// report order or business improvement order under the Financial
// Instruments and Exchange Act, a hospital's under the Medical Care Act),
// "guidance" administrative guidance (行政指導: a written request from a
// ministry to report the measures taken, with no law obliging an answer and
// no penalty; 総務省's to a telecommunications carrier).
var OrderBases = []string{"appi", "sector", "guidance"}

// OrderKinds are what an order asks for (Event.OrderKind, "" when not
// entered): "report" a report of facts, "improvement" a plan to improve
// the business and its execution (a business improvement order, or the
// measures the PPC recommends or orders).
var OrderKinds = []string{"report", "improvement"}

// Event is one fact on the timeline. An event may not be dated yet
// (At zero): it is shown, never given an invented date, and whatever needs
// its date says it is missing.
type Event struct {
	ID   string    `json:"id"`
	Kind EventKind `json:"kind"`
	// At is when it happened, with its offset; zero: not dated yet. For a
	// Day or Approx precision, the start of the day in the incident's zone.
	At        time.Time `json:"at"`
	Precision Precision `json:"precision,omitempty"`
	// Jurisdiction the event concerns, for reports and notices ("JP", "EU", "US-CA", ...); "" = all/not specific.
	Jurisdiction string     `json:"jurisdiction,omitempty"`
	Due          *time.Time `json:"due,omitempty"` // for orders: the deadline they set
	// Party is the id of the party the event concerns: the authority reported
	// to, the entrustor told, the police consulted; "" = not specific.
	Party string `json:"party,omitempty"`
	// Source is, for a detection, who told the company (one of Sources).
	Source string `json:"source,omitempty"`
	// Police is, for a police event, what it was (one of PoliceActs), and
	// By who made it (one of Filers; "" = the organisation).
	Police string `json:"police,omitempty"`
	By     string `json:"by,omitempty"`
	// Step is the playbook step this event records as done, beyond what its
	// kind does (the aware event that records the report to those
	// responsible; an "other" event, the search for a lost bag); "" = none.
	// The user says so: nothing infers it.
	Step string `json:"step,omitempty"`
	// Sets are the ids of the data sets the event concerns (the notice sent
	// to the persons of one set); empty: all of them.
	Sets []string `json:"sets,omitempty"`
	// Planned: not done yet, only meant to be (the forensic firm to be
	// engaged). A planned event has no date; no document states it as done
	// and no duty counts it as fulfilled (see Done).
	Planned bool `json:"planned,omitempty"`
	// Recipients and Confirmed, on a deletion event (EvDeleted): how many
	// recipients the data reached, and how many of them had confirmed its
	// deletion by the event's time (92: 486 of 488 companies; two never
	// answered). Zero: not given, and the deletion is told as everyone's.
	// On a retrieval (EvRetrieved), how many things were lost, stolen or
	// sent, and how many of them had come back by the event's time (110:
	// one file of two and no PC; 111: 521 of 842 cards): zero, not given,
	// and all of it is told as back.
	// On a notice to the persons (EvNoticePersons), Recipients is how many
	// persons it went to, when fewer than its sets hold (142: letters to
	// the ~29,000 whose data was put online, of ~270,000 taken): the
	// report then says the notice is done for them and not for the rest.
	// Zero: not given, and the notice is told as the sets' whole.
	Recipients int `json:"recipients,omitempty"`
	Confirmed  int `json:"confirmed,omitempty"`
	// OrderBasis, OrderKind and OrderLaw, on an authority's order
	// (EvMinistryOrder) only: the law it was made under (one of
	// OrderBases; "" not entered, read as a demand under the APPI, as
	// before these fields existed), what it asks for (one of OrderKinds; ""
	// not entered, read as a report) and, under a sector's law, the
	// provision as the order states it, one line (「金融商品取引法第51条」),
	// printed as typed.
	OrderBasis string `json:"orderBasis,omitempty"`
	OrderKind  string `json:"orderKind,omitempty"`
	OrderLaw   string `json:"orderLaw,omitempty"`
	// Note is for the record only: no document copies it.
	Note string `json:"note,omitempty"`
	// Was holds the dates the event was once believed to have, oldest first,
	// each until the day it was corrected (an intrusion first dated 10/9,
	// found by the forensic report of 11/20 to have begun 9/14): a document
	// dated before a correction tells the date known then.
	Was []EventDate `json:"was,omitempty"`
	// Learned is the day the organisation learned of the event, when that was
	// later than the event itself ("" = known as it happened, or not
	// entered): the insider's first download in December, found in the
	// logs on 24 January; an intrusion's start found by the forensic
	// report. A document dated before it does not tell the event (KnownOn).
	Learned Date `json:"learned,omitempty"`
	// ForNotice is, on a public announcement (EvPublic), whether it stands
	// as the notice to the persons who cannot be told individually: Yes,
	// it told them what of their data was involved and where to ask; No,
	// it did not (an announcement of an outage or an attack, the persons'
	// data "under investigation"), and no alternative measure is credited
	// to it; Unknown (not answered, as in every file before this field),
	// credited as before, and the lint asks.
	ForNotice Tri `json:"forNotice,omitempty"`
	// entered is, on an event AnchorDays re-anchored, the offset its date
	// was stored with: the day may have been that place's (Last). Not
	// stored; only the readers' anchored copy has it.
	entered *time.Location
}

// KnownOn reports whether the organisation knew of the event on day: no
// day learned is entered, or it was learned by day ("" = today: always).
func (e Event) KnownOn(day Date) bool {
	return day == "" || e.Learned == "" || e.Learned.OnOrBefore(day)
}

// EventDate is a date an event was once given, and the day a later one
// replaced it.
type EventDate struct {
	At        time.Time `json:"at"` // zero: it had no date yet
	Precision Precision `json:"precision,omitempty"`
	Until     Date      `json:"until"`            // the day the next date replaced it
	Source    string    `json:"source,omitempty"` // what corrected it (the forensic report), for the record
	entered   *time.Location
}

// AsOf is the event as it was dated on day ("" = today: its own date): the
// first of its earlier dates still held then, or its own.
func (e Event) AsOf(day Date) Event {
	if day == "" {
		return e
	}
	for _, w := range e.Was {
		if w.Until != "" && !w.Until.OnOrBefore(day) {
			e.At, e.Precision, e.entered = w.At, w.Precision, w.entered
			break
		}
	}
	return e
}

// Dated reports whether the event has a date.
func (e Event) Dated() bool { return !e.At.IsZero() }

// DayZone is the zone the event's calendar day is read in: for a day, a
// day "about" (with no time of day), a month or a year, the offset it was
// entered with (the day the user meant where it happened, stored as its
// first instant there); for an instant known to the minute or about a time
// of day (AboutTime), loc. The documents and the pages
// read a date so (F981: a loss in Frankfurt "about 20:40 on 1 November"
// was 「11月2日頃」 in Tokyo's reports).
func (e Event) DayZone(loc *time.Location) *time.Location {
	if e.Precision != Exact && !e.AboutTime() && !e.At.IsZero() && e.At.Location() != nil {
		return e.At.Location()
	}
	return loc
}

// AboutTime reports whether an approximate event was given a time of day
// (「14時10分頃」 typed as approx at 14:10): it happened about that time, as
// its clocks have always been measured. One at the start of its day, in the
// offset it was stored with (as anchorDay reads a date), is about that day.
func (e Event) AboutTime() bool {
	if e.Precision != Approx || !e.Dated() {
		return false
	}
	h, m, s := e.At.Clock()
	return h != 0 || m != 0 || s != 0 || e.At.Nanosecond() != 0
}

// DayOnly reports whether the event is known by its day, not by a time of
// it: Day, or Approx without a time (AboutTime).
func (e Event) DayOnly() bool {
	return e.Dated() && (e.Precision == Day || e.Precision == Approx && !e.AboutTime())
}

// Last is the latest instant the event may have happened at: At for an
// exact time, else the end of its day (or month, or year) as the user gave
// it. A deed that must be done by a deadline is judged by Last, a clock that
// starts with an event by At: both the conservative reading. (At of a month
// or a year is the start of that month or year.) A day stored in another
// offset than loc (a report to the PPC "on 6 March" typed in Tokyo's, or a
// letter "on 22 April" in London's, in a case kept in another zone) may have
// been that place's day or loc's: Last is the later end of the two, so a deed
// that day is never judged on time by hours it may not have had (F1064).
func (e Event) Last(loc *time.Location) time.Time {
	if e.Precision == Exact || e.At.IsZero() {
		return e.At
	}
	y, m, d := e.givenDate(loc)
	last := periodEnd(y, m, d, e.Precision, loc)
	for _, z := range [...]*time.Location{e.entered, e.DayZone(loc)} {
		if z != nil && z != loc {
			if t := periodEnd(y, m, d, e.Precision, z); t.After(last) {
				last = t
			}
		}
	}
	return last
}

// DayEnd is the end, in loc, of the event's day (or month, or year) as the
// user gave it, or At for an exact time: the day a document that went out
// then is dated by, where Last is the latest instant it may have gone out.
func (e Event) DayEnd(loc *time.Location) time.Time {
	if e.Precision == Exact || e.At.IsZero() {
		return e.At
	}
	y, m, d := e.givenDate(loc)
	return periodEnd(y, m, d, e.Precision, loc)
}

// givenDate is the date of a day, month or year event as the user gave it:
// At's date in the offset it was stored with (anchorDay), or in loc for one
// about a time of day.
func (e Event) givenDate(loc *time.Location) (int, time.Month, int) {
	return anchorDay(e.At, e.Precision, loc).In(loc).Date()
}

// periodEnd is the last second of the day y-m-d in loc, or of its month or
// year for those precisions.
func periodEnd(y int, m time.Month, d int, p Precision, loc *time.Location) time.Time {
	switch p {
	case Month:
		return time.Date(y, m+1, 1, 0, 0, 0, 0, loc).Add(-time.Second)
	case Year:
		return time.Date(y+1, 1, 1, 0, 0, 0, 0, loc).Add(-time.Second)
	}
	return time.Date(y, m, d, 23, 59, 59, 0, loc)
}

// Window is a period given by dates, either end possibly unknown.
type Window struct {
	From   Date `json:"from,omitempty"`
	To     Date `json:"to,omitempty"` // "" = not known yet, or still open
	Approx bool `json:"approx,omitempty"`
}

// Empty reports whether nothing of the window is known.
func (w Window) Empty() bool { return w.From == "" && w.To == "" }

// Improvement reports whether an order asks for a plan to improve and its
// execution, rather than a report of facts.
func (e Event) Improvement() bool { return e.Kind == EvMinistryOrder && e.OrderKind == "improvement" }

// SectorOrder reports whether an order was made under a sector's law, not
// under the APPI.
func (e Event) SectorOrder() bool { return e.Kind == EvMinistryOrder && e.OrderBasis == "sector" }
