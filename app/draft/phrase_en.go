package draft

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/incident"
)

// dateEN writes "May 13, 2026" in the incident's time zone.
func (v *view) dateEN(t time.Time) string { return t.In(v.loc).Format("January 2, 2006") }

// evDateEN writes an event's date as it is known: "May 13, 2026", "about
// May 13, 2026", "May 2026", "about 2014". Like evDateJA it gives no time
// of day, for an exact event nor for one about a time (AboutTime): a
// sentence that gave the approximate time and not the exact one would make
// the approximate look the better known (F1122). Times are the timing
// lines' (onTimeEN, dateTimeUTCEN).
func (v *view) evDateEN(e incident.Event) string {
	t := e.At.In(v.eventLoc(e))
	switch e.Precision {
	case incident.Approx:
		return "about " + t.Format("January 2, 2006")
	case incident.Month:
		return t.Format("January 2006")
	case incident.Year:
		return "about " + t.Format("2006")
	}
	return t.Format("January 2, 2006")
}

// onDateEN is "on " and evDateEN's date ("on May 13, 2026", "on about May
// 13, 2026"), but onEN's "around May 13, 2026" for an event about a time
// of day.
func (v *view) onDateEN(e incident.Event) string {
	if e.AboutTime() {
		return v.onEN(e)
	}
	return "on " + v.evDateEN(e)
}

// onCapEN is onEN opening a sentence: "On May 13, 2026", "Around May 13,
// 2026", "In May 2026" (never "On about May 13").
func (v *view) onCapEN(e incident.Event) string {
	s := v.onEN(e)
	return strings.ToUpper(s[:1]) + s[1:]
}

// onEN is an event's date as a sentence's adverbial, as well as it is
// known: "on May 13, 2026", "around May 13, 2026" (also for an event about a
// time of day: onTimeEN), "in May 2026", "around 2014" (never "on" a month,
// or a day that was not given).
func (v *view) onEN(e incident.Event) string {
	t := e.At.In(v.eventLoc(e))
	switch e.Precision {
	case incident.Approx:
		return "around " + t.Format("January 2, 2006") // no time of day, as for an exact event (F1122)
	case incident.Month:
		return "in " + t.Format("January 2006")
	case incident.Year:
		return "around " + t.Format("2006")
	}
	return "on " + t.Format("January 2, 2006")
}

// onTimeEN is onEN with the time of an event about a time of day: "around
// 14:10 JST on May 13, 2026", for the timing lines that give an exact
// event's time (the Art. 33 filings and the 72 hours' start).
func (v *view) onTimeEN(e incident.Event) string {
	if e.AboutTime() {
		return "around " + e.At.In(v.eventLoc(e)).Format("15:04 MST on January 2, 2006")
	}
	return v.onEN(e)
}

// knewOnEN is onEN of the instant the organisation knew, at the precision
// it is known; "" when it did not know yet.
func (v *view) knewOnEN() string {
	k := v.knew()
	if k == nil {
		return ""
	}
	return v.onEN(incident.Event{At: *k, Precision: v.a.KnewPrecision})
}

// capitalEN puts an English sentence's first letter in capitals.
func capitalEN(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// dateTimeEN writes "May 13, 2026, 16:00 JST".
func (v *view) dateTimeEN(t time.Time) string {
	return t.In(v.loc).Format("January 2, 2006, 15:04 MST")
}

// dayEN writes a date as people know it: "2013", "April 2013", "April 1, 2013".
func dayEN(d incident.Date) string {
	t, ok := d.First(time.UTC)
	if !ok {
		return string(d)
	}
	switch len(d) {
	case 4:
		return t.Format("2006")
	case 7:
		return t.Format("January 2006")
	}
	return t.Format("January 2, 2006")
}

// countEN writes a count with a noun in the singular or plural.
func countEN(c incident.Count, one, many string) string {
	if c.Known && c.N == 1 && !c.Approx {
		return "1 " + one
	}
	return countWordsEN(c) + " " + many
}

// personsEN: "6,788,443 people (7,930,000 records; one person may appear in more than one record)".
func (v *view) personsEN() string {
	persons, partial := v.persons()
	records, _ := v.records()
	var s string
	switch {
	case persons.Known && partial:
		// Some sets not counted yet: the sum is of those counted (in
		// Japanese 「現時点で判明している分で」), not the case's size.
		s = "at least " + countEN(persons, "person", "people") + " (the number of people is still under investigation)"
	case persons.Known:
		s = countEN(persons, "person", "people")
	default:
		s = "a number of people still under investigation"
	}
	switch {
	case records.Known && persons.Known && records.N < persons.N:
		s += " (" + countEN(records, "record", "records") + "; one record may hold the information of more than one person)"
	case records.Known && (!persons.Known || records.N != persons.N):
		s += " (" + countEN(records, "record", "records") + "; one person may appear in more than one record)"
	}
	return s
}

// categoryEN names a category for the reader.
func (v *view) categoryEN(c incident.Category) string {
	if c.ID == "other" || v.rs.Category(c.ID) == nil {
		if o := strings.TrimSpace(c.Other); o != "" && nonLatin(o) {
			return v.fill("項目の名称（英語）", "name in English of the item "+o)
		}
		return v.orFill(c.Other, "項目の名称", "name of the item")
	}
	if c.ID == "salary" && !v.salaryOfJapan() {
		return "salary and bonuses" // as categoryJA
	}
	if c.ID == "grades" {
		switch v.gradesOf() {
		case "pupils":
			return "grades"
		case "staff":
			return "performance ratings"
		}
	}
	if c.ID == "customer_id" {
		if o := strings.TrimSpace(c.Other); o != "" && nonLatin(o) {
			return v.fill("項目の名称（英語）", "name in English of the item "+o)
		} else if o != "" {
			return o
		}
		switch v.numberOf() { // as categoryJA
		case "staff":
			return "employee number"
		case "pupils":
			return "student number"
		case "patients":
			return "patient ID"
		}
	}
	return v.rs.Category(c.ID).ReaderEN()
}

// categoriesEN lists the items the document speaks of: "name, postal address
// and passport number (for 4,300 of the people involved)".
func (v *view) categoriesEN() string {
	persons, _ := v.persons()
	var out []string
	seen := map[string]bool{}
	for _, c := range v.categoriesOf() {
		n := v.itemEN(c)
		if seen[n] {
			continue
		}
		seen[n] = true
		if c.Persons.Known && persons.Known && c.Persons.N < persons.N {
			// Only some of the persons: "(for 22,239 of the people
			// involved)"; "(22,239 people)" at the list's end read as
			// everyone's count (as 「うち22,239名」 in Japanese).
			n += " (for " + countWordsEN(c.Persons) + " of the people involved)"
		}
		out = append(out, n)
	}
	return joinEN(out, "still under investigation")
}

// itemNamesEN names categories, each once.
func (v *view) itemNamesEN(cs []incident.Category) []string {
	var out []string
	for _, c := range cs {
		if n := v.itemEN(c); !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// notInvolvedEN names what was not involved for the persons the document
// speaks of (notInvolved), each name once.
func (v *view) notInvolvedEN() string {
	var out []string
	for _, id := range v.notInvolved() {
		n := strings.TrimSpace(id)
		if c := v.rs.Category(id); c != nil {
			n = c.AbsentEN()
		}
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return joinWithEN(out, "", "or") // "did not involve your address, phone number, or …" (F136)
}

// joinEN joins "a", "b and c"; none when empty.
func joinEN(xs []string, none string) string {
	return joinWithEN(xs, none, "and")
}

// joinWithEN joins "a", "b" and "c" with a conjunction: "a, b, or c".
func joinWithEN(xs []string, none, conj string) string {
	switch len(xs) {
	case 0:
		return none
	case 1:
		return xs[0]
	}
	if len(xs) == 2 {
		return xs[0] + " " + conj + " " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + ", " + conj + " " + xs[len(xs)-1]
}

// causeEN names the cause, and the contractor it arose at when it did, or
// the contractor it came through into our systems ("unauthorized access to
// our systems through one of our contractors", F195).
func (v *view) causeEN() string {
	s := v.causeAtEN()
	if s != "" && v.inc.Cause.ViaProcessor() && v.cyber() {
		s += " through " + v.viaEN()
	}
	return s
}

// causeAtEN is causeEN without the way in.
func (v *view) causeAtEN() string {
	at := v.contractorEN()
	systems := "our systems"
	if at != "" {
		systems = "the systems of " + at
	}
	if v.inc.Cause.OnPlatform() {
		systems = "our account on " + v.platformEN()
	}
	with := func(s, prep string) string {
		if at == "" {
			return s
		}
		return s + " " + prep + " " + at
	}

	switch v.cause() {
	case incident.CauseUnauthorizedAccess:
		return "unauthorized access to " + systems
	case incident.CauseCredentialStuffing:
		if v.phishedLogin() { // F1582
			return "logins to our service by someone using user IDs and passwords captured on a fake copy of our website (phishing)"
		}
		return "logins to our service by someone using user IDs and passwords apparently obtained elsewhere (credential stuffing)"
	case incident.CauseMalware:
		return "malware on " + systems
	case incident.CauseTargetedEmail:
		if v.phishedPassword() {
			return with("a targeted phishing e-mail that captured an employee's password (then used to log in)", "at")
		}
		if v.deceivedSender() {
			// No malware ran: an employee sent the data to the impersonator.
			return with("an impostor's e-mail that deceived an employee into sending the information out", "at")
		}
		return with("a targeted e-mail attack that installed malware", "at")
	case incident.CauseWebSkimming:
		page := "our payment page"
		if at != "" {
			page = "the payment page run for us by " + at
		}
		return "an alteration of " + page + " that captured what customers typed (web skimming)"
	case incident.CauseInsider:
		who := "an employee"
		if v.formerInsider() {
			who = "a former employee" // who had left before taking it (70)
		}
		did := " who took data without authorization"
		if v.insiderDestroyed() {
			did = " who deleted or destroyed data without authorization" // nothing taken (173)
		}
		if v.lookedUpAndUsed() {
			did = " who looked up information for no business reason and used it for their own purposes"
		}
		if at != "" {
			return who + " of " + at + did
		}
		return who + did
	case incident.CauseMisdelivery:
		// Whoever sent it, a misdelivery that arose at a contractor is told
		// as its failure, not as its sending (F865: a city's staff sent the
		// mails whose addresses the contractor's system should have hidden).
		with := func(s, _ string) string { return with(s, "through a failure at") }
		switch v.misdeliveryBy() {
		case "fax":
			return with("a fax sent to the wrong number", "by")
		case "email":
			if v.addressesShown() {
				return with("e-mails sent with the recipients' addresses visible to one another", "by") // 141 (F863)
			}
			return with("an e-mail sent to the wrong recipient", "by")
		case "message":
			return with("a message sent through an app to the wrong recipients", "by")
		case "handed":
			return with("a document handed to the wrong person", "by")
		}
		return with("a document sent to the wrong recipient", "by")
	case incident.CauseLoss:
		if v.lostDevice() {
			return with("the loss of a device", "by")
		}
		return with("the loss of documents, a device or a storage medium", "by")
	case incident.CauseTheft:
		return with("a theft", "at")
	case incident.CauseRansomware:
		return with("a ransomware attack", "on")
	case incident.CauseMisconfiguration, incident.CauseDefect:
		s := "a configuration error in " + systems
		if v.cause() == incident.CauseDefect {
			s = "a software defect in " + systems
		}
		if v.misusedFault() {
			s += ", which people without access rights used to view the information for an improper purpose" // as causeWordsOfJA
		}
		return s
	case incident.CauseMispublication:
		if v.postedOnline() {
			return with("a file published online by mistake", "by")
		}
		return with("a file shared by mistake with people who should not have had access to it", "by")
	case incident.CauseInsiderViewing:
		return with("viewing of records by a member of staff without a business reason", "at")
	case incident.CauseDisaster:
		return with("a natural disaster or accident", "at")
	case incident.CauseOutsideService:
		return with("work information typed into an outside online service (such as a translation or AI service)", "by")
	case incident.CauseOther:
		return v.fill("原因", "the cause")
	}
	return ""
}

// contractorEN is the contractor a cause arose at, as an English document
// names it: "a company we entrusted with the data", with its name first when
// the name is in Latin letters ("Acme Print (a company we entrusted with the
// data)"); a processor's own contractor is "a subcontractor of ours"; a
// business the company had provided the data to is "a business we had
// provided the data to" (F607). "" when the cause arose at the company
// itself.
func (v *view) contractorEN() string {
	switch {
	case v.inc.Cause.AtCarrier():
		return v.nameFirstEN("a carrier we had engaged for transport") // no contractor (F946)
	case v.inc.Cause.AtRecipient():
		return v.nameFirstEN("a business we had provided the data to")
	case v.inc.Cause.AtProcessor():
		return v.contractorNameEN("a company we entrusted with the data")
	}
	return ""
}

// platformEN names the outside service the company's account is on: its
// name when in Latin letters, else "an outside service we use".
func (v *view) platformEN() string {
	if n := strings.TrimSpace(v.inc.Cause.AtName); n != "" && !nonLatin(n) {
		return n
	}
	return "an outside service we use"
}

// viaEN names the contractor that was the way into our systems: a
// contractor, not one entrusted with the data.
func (v *view) viaEN() string { return v.contractorNameEN("one of our contractors") }

// contractorNameEN names the contractor of the cause as what (a
// processor's own contractor is a subcontractor), its name first when in
// Latin letters.
func (v *view) contractorNameEN(what string) string {
	if v.entrusted() {
		what = "a subcontractor of ours"
	}
	return v.nameFirstEN(what)
}

// nameFirstEN is what, with the cause's AtName first when it is in Latin
// letters: "Acme Print (a company we entrusted with the data)".
func (v *view) nameFirstEN(what string) string {
	if n := strings.TrimSpace(v.inc.Cause.AtName); n != "" && !nonLatin(n) {
		return n + " (" + what + ")"
	}
	return what
}

// happenedEN: "was accessed without authorization" / "may have been accessed without authorization".
func (v *view) happenedEN() string { return v.happenedAsEN(v.possible()) }

// happenedAsEN is happenedEN told as possible or as a fact: the day of
// knowing, of a set confirmed only later, is told as possible (see
// confirmedLaterEN).
func (v *view) happenedAsEN(possible bool) string {
	verb := "acquired by an unauthorized person"
	if v.cyber() {
		verb = "acquired by an outside party"
	}
	switch v.cause() {
	case incident.CauseMisdelivery:
		verb = "sent to a person who should not have received it"
	case incident.CauseLoss:
		verb = "exposed through the loss of documents, a device or a storage medium that held it"
		if v.lostDevice() {
			verb = "exposed through the loss of a device that held it"
		}
		if at := v.contractorEN(); at != "" {
			verb += ", lost by " + at
		}
	case incident.CauseMispublication:
		verb = "made viewable by mistake to people who should not have seen it"
		if v.postedOnline() {
			verb = "made viewable on the internet by mistake"
		}
		if at := v.contractorEN(); at != "" {
			verb += " by " + at
		}
	case incident.CauseDisaster:
		// Data that may also have gone out (papers washed away): the
		// event is still no one's act.
		verb = "exposed through a natural disaster or accident that damaged the documents or systems that held it"
	case incident.CauseInsiderViewing:
		verb = "viewed by a member of staff without a business reason"
		if at := v.contractorEN(); at != "" {
			verb += " at " + at
		}
	case incident.CauseOutsideService:
		verb = "typed into an outside online service, whose operator may have kept it"
		if v.postedOnline() {
			verb = "typed into an outside online service that made it viewable on the internet"
		}
		if at := v.contractorEN(); at != "" {
			verb += ", by " + at
		}
	case incident.CauseTheft:
		verb = "exposed through the theft of documents, a device or a storage medium that held it"
		if v.lostDevice() {
			verb = "exposed through the theft of a device that held it"
		}
		if at := v.contractorEN(); at != "" {
			verb += ", stolen at " + at
		}
	}
	// Data only lost or damaged was not acquired by anyone: a database
	// encrypted by ransomware with its backup is damaged, slips shredded by
	// mistake are lost.
	if leak, loss, _ := v.kinds(); !leak && len(v.data()) > 0 {
		in := ""
		if v.cause() == incident.CauseDisaster {
			in = " in a natural disaster or accident" // the verb says how (171)
		}
		verb = "damaged" + in + " so that it can no longer be used"
		if loss {
			verb = "lost" + in + ": it no longer exists in our records"
		}
		if v.handlingOnly() {
			verb = "handled wrongly" // kept elsewhere: neither lost nor damaged (as happenedJA)
		}
	}
	if possible {
		return "may have been " + verb
	}
	return "was " + verb
}
