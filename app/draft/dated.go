package draft

import (
	"slices"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// A document is dated at its own event — the filing of a report, the
// sending of a notice — once that event is on the timeline, and says only
// what the company knew then: the events up to that instant, the counts and
// statuses valid on that day, the law's answer at that instant. A document
// not sent yet is dated at the instant the caller gives (today).

// ownKind is, for each kind of document (and variant), the event that
// records it was sent or filed.
func ownKind(s Spec) incident.EventKind {
	switch s.Kind {
	case KindNotice, KindGDPR34:
		return incident.EvNoticePersons
	case KindPPC:
		if s.Variant == VariantFinal {
			return incident.EvReportFinal
		}
		return incident.EvReportPrelim
	case KindGDPR33:
		return incident.EvReportFinal // the initial notification is a report_prelim; this one completes it
	case KindNDB:
		return incident.EvReportPrelim // the statement is the one filing (au.notify.oaic)
	case KindMinistry:
		return incident.EvMinistryReport
	case KindEntrustor:
		return incident.EvEntrustorNotice
	case KindPolice:
		return incident.EvPolice
	case KindCard:
		return incident.EvCardAcquirer
	case KindPublic:
		return incident.EvPublic
	}
	return ""
}

// ownJurisdiction reports whether an event naming jurisdiction j (""
// names none and always fits) can be the document's own: the PPC report's
// is Japan's, the GDPR documents' the EU's or the UK's, the Japanese notice
// and announcement Japan's, the English ones any other law's.
func ownJurisdiction(s Spec, j string) bool {
	if s.Place != "" {
		// A place's own version goes out as such: a notice recorded for
		// everyone is the common one (lint: CodeOwnVersionNotSent).
		return j == s.Place
	}
	if j == "" {
		return true
	}
	switch s.Kind {
	case KindPPC:
		return j == "JP"
	case KindGDPR33, KindGDPR34:
		return j == "EU" || j == "UK"
	case KindNDB:
		return j == "AU"
	case KindNotice:
		if ownVersion(j) {
			return false // the residents' own version went out, not this one
		}
		return (s.Lang == JA) == (j == "JP")
	case KindPublic:
		return (s.Lang == JA) == (j == "JP")
	}
	return true
}

// DatedAt is the instant the document of s was sent or filed, by the
// timeline of inc as known at by: the first dated event of its kind (for its
// jurisdiction, for its party) not after by. A date-only event counts as
// the end of its day: the day the user gave, in the incident's time zone
// (AnchoredDays), as the engine and Build read it. ok is false while the
// document has not gone out.
func DatedAt(s Spec, inc *incident.Incident, by time.Time) (time.Time, bool) {
	inc = inc.AnchoredDays()
	e, ok := ownEvent(s, inc, by)
	if !ok {
		return time.Time{}, false
	}
	at := e.DayEnd(inc.Location())
	if at.After(by) {
		at = by
	}
	return at.In(inc.Location()), true
}

// ownEvent is the event that records the document of s went out, by by:
// the first dated one (for a later announcement, the Follow-th after it).
func ownEvent(s Spec, inc *incident.Incident, by time.Time) (incident.Event, bool) {
	if sent := sentOwnEvents(s, inc, by); s.Follow < len(sent) {
		return sent[s.Follow], true
	}
	return incident.Event{}, false
}

// sentOwnEvents are the dated events by by that record a document like s
// (whatever its Follow) went out, in time order: the announcements made.
func sentOwnEvents(s Spec, inc *incident.Incident, by time.Time) []incident.Event {
	var out []incident.Event
	for _, e := range inc.EventsOf(ownKind(s)) {
		if e.Dated() && !e.At.After(by) && isOwn(s, inc, e) {
			out = append(out, e)
		}
	}
	return out
}

// undatedOwnEvent is an event without a date that records the document of s
// went out, when there is one (the first announcement only: a later one
// stands apart by its date).
func undatedOwnEvent(s Spec, inc *incident.Incident) (incident.Event, bool) {
	if s.Follow > 0 {
		return incident.Event{}, false
	}
	for _, e := range inc.EventsOf(ownKind(s)) {
		if !e.Dated() && isOwn(s, inc, e) {
			return e, true
		}
	}
	return incident.Event{}, false
}

// isOwn: the event (of the document's kind) is the document of s going out:
// for its jurisdiction, its party, its data set.
func isOwn(s Spec, inc *incident.Incident, e incident.Event) bool {
	if ownKind(s) == "" || e.Kind != ownKind(s) || !ownJurisdiction(s, e.Jurisdiction) {
		return false
	}
	party := s.Party
	if party == "" {
		party = soleParty(inc, s.Kind)
	}
	if (s.Kind == KindEntrustor || s.Kind == KindMinistry) && e.Party != "" && party != "" && e.Party != party {
		return false
	}
	if _, theirs := inc.EntrustorsAnnouncement(e); s.Kind == KindPublic && theirs {
		return false // the entrustor's own announcement (94: the city's), not the company's
	}
	if (s.Kind == KindGDPR33 || s.Kind == KindNDB) && e.Jurisdiction == "" && japaneseAuthority(inc, e.Party) {
		// A report naming no law, filed with a Japanese ministry or a
		// regulator named in Japanese, is the report under APPI, not the
		// notification to a European or Australian authority (106: the
		// GDPR notification dated at the 確報 to the FSA, the OAIC
		// statement at its 速報, neither filed).
		return false
	}
	if s.Kind == KindPolice && e.By != "" {
		// Another's visit (the carrier's 遺失届, an entrustor's 被害届, a
		// staff member's call the night before the company knew) is not the
		// company's consultation: the memo is one still to be made (146:
		// dated the day of the carrier's filing, 「相談者：架空越後銀行」, F955).
		return false
	}
	if s.Kind == KindEntrustor && beforeKnowing(inc, e) {
		return false // a message before the company knew is not this notice (assess: beforeKnowing)
	}
	if s.Kind == KindEntrustor && beforeItsSetsFound(inc, e, party) {
		return false // nor one before any of its data was found (assess: foundAfter)
	}
	return s.Set == "" || len(e.Sets) == 0 || slices.Contains(e.Sets, s.Set) // not a notice sent to other data sets
}

// beforeItsSetsFound: e, a message to the entrustor party naming no data
// set, was sent before every one of that entrustor's sets was found to be
// part of the case (DataSet.Found): it could tell of none of them (136: a
// first word to a hospital on 12/10, its trial subjects' records found on
// 3/10 and told on 3/12).
func beforeItsSetsFound(inc *incident.Incident, e incident.Event, party string) bool {
	if len(e.Sets) > 0 || !e.Dated() {
		return false
	}
	day := incident.DateOf(e.DayEnd(inc.Location()).In(inc.Location()))
	n := 0
	for _, d := range inc.DataSets {
		if d.Role != incident.Processor || party != "" && d.Entrustor != party {
			continue
		}
		if d.Found == "" || d.Found.OnOrBefore(day) {
			return false
		}
		n++
	}
	return n > 0
}

// japaneseAuthority: the party is a Japanese ministry (the model's
// ministries are Japan's) or a regulator named in Japanese.
func japaneseAuthority(inc *incident.Incident, id string) bool {
	pt, ok := inc.Party(id)
	if !ok {
		return false
	}
	return pt.Kind == incident.PartyMinistry || pt.Kind == incident.PartyRegulator && firstNonLatin(pt.Name) != ""
}

// soleParty is the only party a document of kind can be addressed to, ""
// when there are none or several.
func soleParty(inc *incident.Incident, k Kind) string {
	var kind incident.PartyKind
	switch k {
	case KindEntrustor:
		ids := entrustorsOf(inc, "")
		if len(ids) == 1 {
			return ids[0]
		}
		return ""
	case KindMinistry:
		kind = incident.PartyMinistry
	case KindPolice:
		kind = incident.PartyPolice
	case KindCard:
		kind = incident.PartyCard
	default:
		return ""
	}
	if ps := inc.PartiesOf(kind); len(ps) == 1 {
		return ps[0].ID
	}
	return ""
}

// entrustorsOf are the distinct entrustors of the processor data sets
// affected on day ("" = the latest), in order.
func entrustorsOf(inc *incident.Incident, day incident.Date) []string {
	var out []string
	for _, d := range inc.Affected(day) {
		if d.Role == incident.Processor && !slices.Contains(out, d.Entrustor) {
			out = append(out, d.Entrustor)
		}
	}
	return out
}

// dateFor is the date BuildAll gives a document: its own event's instant
// when it went out by date, else date.
func dateFor(s Spec, inc *incident.Incident, date time.Time) time.Time {
	if at, ok := DatedAt(s, inc, date); ok {
		return at
	}
	return date
}

// asOf is the incident as the company knew it at cut: the events learned of
// by cut's day (Event.KnownOn), each with
// the date it was given then (Event.AsOf), dated up to cut (the undated ones too when undated is set: they are known, only not
// when), the revisions of every count and the status changes established by
// cut's day, the reason for the knowing instant if recorded by then, the
// steps done by then. Nothing else changes; the result shares nothing with
// inc.
func asOf(inc *incident.Incident, cut time.Time, undated bool) *incident.Incident {
	c := inc.Clone()
	loc := inc.Location()
	day := incident.DateOf(cut.In(loc))
	evs := c.Events[:0]
	for _, e := range c.Events {
		e = e.AsOf(day) // dated as it was known on the day
		if !e.KnownOn(day) {
			continue // learned of after the day (F1043)
		}
		if e.Dated() && !e.At.After(cut) || !e.Dated() && undated {
			evs = append(evs, e)
		}
	}
	c.Events = evs
	c.Persons = figureAsOf(c.Persons, day)
	knew := incident.Date("")
	if e, ok := inc.FirstEvent(incident.EvAware); ok && e.Dated() {
		knew = incident.DateOf(e.At.In(loc))
	}
	sets := c.DataSets[:0]
	for i := range c.DataSets {
		d := c.DataSets[i]
		latest := d.Persons.Latest()
		d.Persons = figureAsOf(d.Persons, day)
		d.Records = figureAsOf(d.Records, day)
		if then := d.Persons.Latest(); then != latest {
			// The set's count was revised after the day: its residence
			// rows and the count of those who had left carry no date and
			// may be the later knowledge (97: a 速報 of 4/20 told the PPC
			// 約767名 in the UK and 約450名 former staff, counted on 5/6,
			// beside 「合計：約320名以上」). Where the set was not counted
			// then, or they exceed its count of then, their counts were
			// not known then; the places stay.
			var sum int64
			for _, r := range d.Residence {
				if r.Persons.Known {
					sum += r.Persons.N
				}
			}
			if !then.Known || sum > then.N {
				res := make([]incident.Residence, len(d.Residence))
				for k, r := range d.Residence {
					r.Persons = incident.Count{}
					res[k] = r
				}
				d.Residence = res
			}
			if f := d.Former.Persons; !then.Known || f.Known && f.N > then.N {
				d.Former.Persons = incident.Count{}
			}
		}
		if d.Former.On != "" && !d.Former.On.OnOrBefore(day) {
			// Those who had left were counted after the day (Former.On,
			// F358): not known then.
			d.Former.Persons = incident.Count{}
		}
		for j := range d.Categories {
			switch c := &d.Categories[j]; {
			case c.On != "" && !c.On.OnOrBefore(day):
				// The item's own counts were established after the day
				// (Category.On, F68): not known then.
				c.Persons, c.Records = incident.Count{}, incident.Count{}
			case c.On == "" && c.Persons.Known && latest.Known && c.Persons.N >= latest.N && d.Persons.Latest().Known:
				// An undated item counted as many as the set's latest
				// figure concerns all of the set's persons; on an earlier
				// day, all of those counted then (an estimate of about
				// 10,000 replaced by 9,812, each item entered as 9,812,
				// is not "9,812 of about 10,000").
				c.Persons = d.Persons.Latest()
			}
		}
		st := d.Status[:0]
		for _, x := range d.Status {
			if x.On.OnOrBefore(day) {
				st = append(st, x)
			}
		}
		if foundLater(d, knew) && !d.Found.OnOrBefore(day) {
			// The set was found to be involved after the day, as the user
			// recorded (Found): the company did not know of it then (41:
			// the card payers, found a month after the first announcement,
			// were listed in it; 27: an entrustor's pupils found in July
			// were in June's 速報).
			continue
		}
		d.Status = st
		if w := d.OwnExposure(); w.To != "" && !w.To.OnOrBefore(day) {
			w.To = ""       // as the incident's window below
			d.Exposure = &w // a copy: the incident's is not changed
		}
		sets = append(sets, d)
	}
	c.DataSets = sets
	if c.Exposure.To != "" && !c.Exposure.To.OnOrBefore(day) {
		c.Exposure.To = "" // the window had not closed yet, as far as anyone knew
	}
	if !c.Exposure.Empty() && knew != "" && !knew.OnOrBefore(day) && !hasIntrusion(c.Events) {
		// Before the knowing, with no cause known on the day (no intrusion
		// then, or one learned of later): the period the data lay open to
		// the cause was not known either (142: a warning of 1/13 said
		// 「漏えいした可能性のある期間は、2022年12月から2023年1月まで」 of an
		// insider's downloads found on 1/24; F1120).
		c.Exposure = incident.Window{}
	}
	if on := c.Risk.SecondaryHarmNoteOn; on != "" && !on.OnOrBefore(day) {
		c.Risk.SecondaryHarmNote = "" // it tells what was known later (F182)
	}
	// A summary written as of a later day (161: after the evacuation plans'
	// data was found on 6/29) is not the story of an earlier document: the
	// facts of its day tell what happened instead (F1191).
	if on := c.Story.SummaryOn; on != "" && !on.OnOrBefore(day) {
		c.Story.Summary = ""
	}
	if on := c.Public.SummaryOn; on != "" && !on.OnOrBefore(day) {
		c.Public.Summary = ""
	}
	if on := c.Public.CauseOn; on != "" && !on.OnOrBefore(day) {
		c.Public.Cause = "" // the cause's kind as the facts give it instead (F1360)
	}
	if c.AwareWhy.At != nil && c.AwareWhy.At.After(cut) {
		c.AwareWhy = incident.Statement{}
	}
	for k, st := range c.Steps {
		if st.DoneAt != nil && st.DoneAt.After(cut) {
			delete(c.Steps, k)
		}
	}
	return c
}

// foundLater: the user recorded that the set was found to be part of the
// case (Found) after the day of knowing (knew); the set enters the case that
// day. Nothing else says so: a status is dated the day the user picks it,
// which for a case entered late is after knowing for every set (F88).
func foundLater(d incident.DataSet, knew incident.Date) bool {
	return knew != "" && d.Found != "" && !d.Found.OnOrBefore(knew)
}

// figureAsOf keeps the revisions of f established by day.
func figureAsOf(f incident.Figure, day incident.Date) incident.Figure {
	var out incident.Figure
	for _, r := range f {
		if r.On.OnOrBefore(day) {
			out = append(out, r)
		}
	}
	return out
}

// knownAt returns the facts as known at cut and the assessment at that
// instant: a's own when cut is not before a.Now, else the engine's answer
// on those facts at cut (what it would have said that day). The event of
// the document itself (own, "" for none) is not among the facts it tells:
// a report does not list its own filing.
func knownAt(inc *incident.Incident, a assess.Assessment, rs *rules.Set, cut time.Time, own string) (*incident.Incident, assess.Assessment) {
	past := cut.Before(a.Now)
	snap := asOf(inc, cut, !past)
	if !past {
		return dropEvent(snap, own), a
	}
	then := assess.Evaluate(snap, rs, cut)
	return dropEvent(snap, own), then
}

// dropEvent removes the event with id from inc's timeline (in place).
func dropEvent(inc *incident.Incident, id string) *incident.Incident {
	if id == "" {
		return inc
	}
	inc.Events = slices.DeleteFunc(inc.Events, func(e incident.Event) bool { return e.ID == id })
	return inc
}

// knownMemo keeps the facts as known at an instant, and the assessment then,
// for the documents of one BuildAll: most are dated alike (today, or the day
// of one event), and each knownAt copies the whole incident and may run the
// engine. A document's own event is left out of a copy of the events, never
// of the facts kept.
type knownMemo map[time.Time]knownThen

type knownThen struct {
	inc  *incident.Incident
	then assess.Assessment
}

// knownAt is knownAt, kept in m (a nil m keeps nothing).
func (m knownMemo) knownAt(inc *incident.Incident, a assess.Assessment, rs *rules.Set, cut time.Time, own string) (*incident.Incident, assess.Assessment) {
	if m == nil {
		return knownAt(inc, a, rs, cut, own)
	}
	k, ok := m[cut]
	if !ok {
		k.inc, k.then = knownAt(inc, a, rs, cut, "")
		m[cut] = k
	}
	if own == "" || !slices.ContainsFunc(k.inc.Events, func(e incident.Event) bool { return e.ID == own }) {
		return k.inc, k.then
	}
	c := *k.inc
	c.Events = slices.DeleteFunc(slices.Clone(k.inc.Events), func(e incident.Event) bool { return e.ID == own })
	return &c, k.then
}

// beforeKnowing: e certainly happened before the company knew (the first
// knowing event), as the engine reads a message to the entrustor sent then:
// not the notice of the 事態, so not the document of the notice either.
func beforeKnowing(inc *incident.Incident, e incident.Event) bool {
	k, ok := inc.FirstEvent(incident.EvAware)
	return ok && e.Dated() && e.Last(inc.Location()).Before(k.At)
}

// hasIntrusion: evs hold a dated intrusion (the cause's first act).
func hasIntrusion(evs []incident.Event) bool {
	for _, e := range evs {
		if e.Kind == incident.EvIntrusion && e.Dated() {
			return true
		}
	}
	return false
}
