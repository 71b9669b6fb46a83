package draft

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// The English sentences the notices, announcements and the GDPR documents
// share, under the same rule as the Japanese ones: what persons and the
// public read comes from the facts and from Public; Story reaches the reports
// to authorities only; notes reach nothing.

// regulatorEN names the authority a report went to, by the event's jurisdiction.
func (v *view) regulatorEN(jur string) string {
	if jur == "" {
		jur = "JP"
	}
	if jur == "JP" {
		return v.recipientEN()
	}
	if j := v.jur(jur); j != nil && j.Regulator.EN != "" {
		switch jur {
		case "EU":
			return "the lead data protection supervisory authority in the EU"
		case "KR":
			return "Korea's Personal Information Protection Commission (through KISA)"
		case "CN": // PIPL Art. 57 names no single authority; the event's party names it
			return "the authorities responsible for personal information protection in China"
		}
		n := j.Regulator.EN
		if i := strings.Index(n, " (and "); i > 0 && strings.HasSuffix(n, ")") {
			// A recipient only for some businesses (New York's "(and the
			// Department of Financial Services for DFS-regulated
			// entities)") is no recipient of this report: 108's staff were
			// told a manufacturer reported to DFS "for DFS-regulated
			// entities".
			n = n[:i]
		}
		return "the " + strings.TrimPrefix(n, "the ")
	}
	return "the authority of " + jur
}

// reportedToEN names the authority a 速報 event went to: by its
// jurisdiction; an event with none is Japan's report, unless Japan's law
// does not apply to the case at all, when it is the party the event names
// (88: a Thai subsidiary's filing with Thailand's PDPC was told to its staff
// as "We reported the incident to Japan's Personal Information Protection
// Commission"; the Japanese text used the party's name).
func (v *view) reportedToEN(e incident.Event) string {
	// An EU report names no lead authority where the event names the one it
	// went to (107: a German subsidiary's only establishment reported to
	// its Land's authority, told as "the lead data protection supervisory
	// authority in the EU"; Art. 56's lead authority is for cross-border
	// processing). A report to a place whose law the rules do not hold names
	// the party it went to as well (167: a Vietnamese subsidiary's filing
	// with the Ministry of Public Security was told to its staff as "We
	// reported the incident to the authority of VN", F1322).
	if e.Jurisdiction == "" && v.jur("JP") == nil || e.Jurisdiction == "EU" || e.Jurisdiction != "" && v.jur(e.Jurisdiction) == nil {
		if pt, ok := v.inc.Party(e.Party); ok {
			if n := authorityEN(pt); n != "" {
				return n
			}
		}
		if e.Jurisdiction == "" {
			return "the data protection authority"
		}
	}
	return v.regulatorEN(e.Jurisdiction)
}

// theEN puts "the" before a body's name that takes it in a sentence
// ("to the Office of the Privacy Commissioner (NZ)", "the Royal Thai
// Police"); an acronym or a name with a country first stays as it is
// ("PDPC Thailand", "OAIC").
func theEN(n string) string {
	first, _, _ := strings.Cut(n, " ")
	switch first {
	case "Office", "Ministry", "Department", "Bureau", "Agency", "Authority", "Commission", "Commissioner",
		"Information", "Personal", "National", "Federal", "Royal", "State", "Data", "Privacy", "Central", "Metropolitan":
		return "the " + n
	}
	return n
}

// recipientEN names the recipient of Japan's report: the PPC, or the
// ministry the assessment routes it to by delegation.
func (v *view) recipientEN() string {
	for _, id := range []string{"jp.report.prelim", "jp.report.final", "jp.report.final.60", "jp.report.2017"} {
		if ob := v.obligation(id); ob != nil && ob.Route != nil && ob.To.EN != "" {
			n := ob.To.EN
			if i := strings.IndexAny(n, "(,"); i > 0 {
				n = n[:i]
			}
			if n = strings.TrimSpace(n); nonLatin(n) {
				// A ministry the user entered in Japanese (a delegated
				// route's {party}): its English name when it is one of
				// the ministries reports are delegated to, else a
				// description, never Japanese in an English document.
				return ministryEN(n)
			}
			return n + " of Japan"
		}
	}
	return "Japan's Personal Information Protection Commission"
}

// ministriesEN are the English names of the ministries and agencies breach
// reports are delegated to, by a word of their Japanese name; a more
// specific one first (観光庁 is part of 国土交通省, a 財務局 of 財務省 but
// receiving the FSA's delegation).
var ministriesEN = []struct{ ja, en string }{
	{"総合通信局", "the regional Bureau of Telecommunications of Japan's Ministry of Internal Affairs and Communications"},
	{"総務省", "Japan's Ministry of Internal Affairs and Communications"},
	{"財務局", "the Local Finance Bureau (for Japan's Financial Services Agency)"},
	{"金融庁", "Japan's Financial Services Agency"},
	{"観光庁", "the Japan Tourism Agency"},
	{"国土交通省", "Japan's Ministry of Land, Infrastructure, Transport and Tourism"},
	{"経済産業省", "Japan's Ministry of Economy, Trade and Industry"},
	{"厚生労働省", "Japan's Ministry of Health, Labour and Welfare"},
	{"文部科学省", "Japan's Ministry of Education, Culture, Sports, Science and Technology"},
	{"農林水産省", "Japan's Ministry of Agriculture, Forestry and Fisheries"},
}

// ministryEN names, in English, a Japanese ministry's name as entered.
func ministryEN(ja string) string {
	for _, m := range ministriesEN {
		if strings.Contains(ja, m.ja) {
			return m.en
		}
	}
	return "the ministry that receives breach reports for our sector in Japan"
}

// ourDataEN is the data the persons' information was part of: "personal
// information we hold"; for a cause at a business the company had provided
// it to, "personal information we had provided to" that business (126,
// F607): the copy that leaked was the recipient's.
func (v *view) ourDataEN() string {
	if v.inc.Cause.AtRecipient() {
		if n := strings.TrimSpace(v.inc.Cause.AtName); n != "" && !nonLatin(n) {
			return "personal information we had provided to " + n
		}
		return "personal information we had provided to another business"
	}
	return "personal information we hold"
}

// sourceEN says who told the company of a detection.
func (v *view) sourceEN(det incident.Event) string {
	switch det.Source {
	case "self":
		if at := v.contractorEN(); at != "" && v.cyber() {
			return "we noticed a problem with the systems of " + at
		}
		if !v.cyber() {
			// A box of slips found missing, a laptop left on a train: no
			// system showed anything (F173), as the Japanese 「当社において
			// 本件を把握し」.
			return "we became aware of the matter ourselves"
		}
		if v.inc.Cause.OnPlatform() {
			return "we detected unusual activity on our account on " + v.platformEN()
		}
		return "we detected unusual activity on our systems"
	case "staff":
		return "a member of our staff alerted us"
	case "card_company":
		return "a payment card company contacted us"
	case "payment_provider":
		return "our payment service provider contacted us"
	case "police":
		return "the police contacted us"
	case "regulator":
		return v.regulatorToldEN(det) + " contacted us"
	case "affected":
		switch {
		case v.toldByReader(det):
			return "you contacted us"
		case v.callerElsewhere(det):
			return "another of the people affected contacted us" // not one of the readers (F1561)
		case v.formal():
			return "an affected individual contacted us"
		}
		return "one of the people affected contacted us"
	case "customer":
		if v.group != "お客様" {
			// A student, a patient, a resident: not a customer (137).
			return "one of the people concerned contacted us"
		}
		return "a customer contacted us"
	case "entrustor":
		return "the company that entrusted the data to us contacted us"
	case "vendor":
		if v.toldByContractor(det) {
			if c := v.contractorEN(); c != "" {
				return c + " contacted us"
			}
		}
		return "a business partner contacted us"
	case "researcher":
		return "an outside security researcher alerted us"
	case "public_post":
		return "posts on social media brought it to our attention" // F664
	case "media":
		return "a news organization asked us about it"
	case "news":
		return "a news report brought it to our attention"
	case "attacker":
		return "someone claiming to be the attacker contacted us"
	case "other":
		if n := v.detectionPartyName(det); n != "" && !nonLatin(n) {
			return n + " contacted us"
		}
		return "we received a report of a possible incident" // "other" need not be outside
	}
	return "we became aware of signs of an incident"
}

// regulatorToldEN names the regulator that told the organisation, as
// regulatorToldJA: the party the detection names, when it is an authority
// with a name in Latin letters (authorityEN, as reportedToEN names it), else
// "a data protection authority".
func (v *view) regulatorToldEN(det incident.Event) string {
	if pt, ok := v.authorityOf(det); ok {
		if n := authorityEN(pt); n != "" {
			return n
		}
	}
	return "a data protection authority"
}

// authorityEN is an authority's name as entered, for an English sentence:
// without a bracket in another script ("PDPC Thailand (สคส.)"), "" when
// what is left is not in Latin letters.
func authorityEN(pt incident.Party) string {
	n := strings.TrimSpace(pt.Name)
	if i := strings.Index(n, " ("); i > 0 && nonLatin(n[i:]) {
		n = strings.TrimSpace(n[:i])
	}
	if n == "" || nonLatin(n) {
		return ""
	}
	return theEN(n)
}

// summaryEN: how the organisation came to know, when, and how it happened.
func (v *view) summaryEN() string {
	det, hasDet := v.trigger()
	knew := v.knew()
	if knew == nil {
		if hasDet {
			return capitalEN(v.onEN(det)) + ", " + v.sourceEN(det) + ". We are investigating whether personal information " + v.happenedEN() + "."
		}
		return "We are investigating an incident on our systems; whether personal information " + v.happenedEN() + " is not yet known."
	}
	s := ""
	if hasDet && det.At.Before(*knew) && v.dateEN(det.At) != v.dateEN(*knew) {
		s = capitalEN(v.onEN(det)) + ", " + v.sourceEN(det) + ". "
		if v.readLate(det) {
			// A message nobody read until later (F1144), as readLateJA.
			s = capitalEN(v.onEN(det)) + ", " + v.sourceEN(det) + ", but the message was not read until " + dayEN(det.Learned) + ". "
		}
		if v.investigated(det) {
			s += "After investigating, we learned " + v.knewOnEN() + " that "
		} else {
			s += capitalEN(v.knewOnEN()) + ", we learned that " // nothing recorded between (F1086)
		}
	} else {
		s = capitalEN(v.knewOnEN()) + ", we learned that "
	}
	if e, ok := v.earlierWord(det); ok && hasDet {
		s = capitalEN(v.onEN(e)) + ", " + v.sourceEN(e) + ". " + s // the earlier word first (F1423)
	}
	// The document's sets all confirmed, one of them after the day of
	// knowing: on that day it was possible (154: "On February 23, 2026, we
	// learned that personal information we hold was acquired", told to the
	// 37 whose logins the fragments sent on March 20 showed), as the
	// Japanese says (summaryJA's allFrom).
	later, laterOn := v.confirmedLaterEN()
	possible := v.possible() || later != ""
	may := ""
	if possible && !v.systemFault() { // a setting that let anyone view is a fact (36)
		may = "may have "
	}
	switch v.cause() {
	case incident.CauseUnauthorizedAccess, incident.CauseCredentialStuffing, incident.CauseMalware, incident.CauseTargetedEmail, incident.CauseRansomware, incident.CauseWebSkimming:
		s += v.ourDataEN() + " " + v.happenedAsEN(possible) + " as a result of " + v.causeEN() + "."
	case incident.CauseInsider:
		who := "an employee "
		if v.formerInsider() {
			who = "a former employee " // who had left before (70)
		}
		if at := v.contractorEN(); at != "" {
			who += "of " + at + " "
		}
		if may == "" {
			may = "has "
		}
		if v.lookedUpAndUsed() {
			// As in Japanese (causeWordsOfJA): read and used, not taken.
			s += who + may + "looked up " + v.ourDataEN() + " for no business reason and used it for their own purposes."
			break
		}
		if v.insiderDestroyed() {
			s += who + may + "deleted or destroyed " + v.ourDataEN() + " without authorization." // as in Japanese (173)
			break
		}
		s += who + may + "taken " + v.ourDataEN() + " without authorization."
	case "", incident.CauseLoss, incident.CauseTheft, incident.CauseMispublication, incident.CauseOutsideService, incident.CauseInsiderViewing, incident.CauseDisaster: // the verb already says how
		s += v.ourDataEN() + " " + v.happenedAsEN(possible) + "."
	default:
		if v.systemFault() && v.shownToStaff() {
			// Our own staff, not an outsider (137, F770).
			viewed := "could be viewed"
			if possible {
				viewed = "may have been viewable"
			}
			s += v.ourDataEN() + " " + viewed + " by members of our staff with no business need to see it because of " + v.causeEN() + "."
			break
		}
		if v.systemFault() && v.shownToUsers() {
			// Other users' screens, not an outsider's acquiring (130, F720).
			shown := "was shown"
			if possible {
				shown = "may have been shown"
			}
			s += v.ourDataEN() + " " + shown + " to other users of our service because of " + v.causeEN() + "."
			break
		}
		s += v.ourDataEN() + " " + v.happenedAsEN(possible) + " because of " + v.causeEN() + "."
	}
	return s + v.confirmedSinceEN() + v.postedEN(later, laterOn)
}

// postedEN tells the day data of the organisation was found published (a
// posted event: a leak site, a forum) with later, confirmedLaterEN's
// sentence, whose first day is laterOn: on the day every set of the
// document was confirmed, as what confirmed it; else a sentence of its
// own, in the order of the days. "Some of our data": the post need not
// show the readers' own (113: passport scans posted, the guests' bookings
// confirmed a week later). Never as a step the organisation took: it
// found the data out, it asked nobody to remove it.
func (v *view) postedEN(later string, laterOn incident.Date) string {
	e, ok := v.postedOf()
	if !ok {
		return later
	}
	day := incident.DateOf(e.At.In(v.eventLoc(e)))
	if later == " On "+dayEN(day)+", we confirmed that it was." {
		return " On " + dayEN(day) + ", we confirmed that it was: some of our data was found posted on the internet."
	}
	s := " " + v.onCapEN(e) + ", some of our data was found posted on the internet."
	if later != "" && day.OnOrBefore(laterOn) {
		return s + later
	}
	return later + s
}

// confirmedLaterEN: when every set of the document is confirmed and one of
// them only after the day of knowing, the day or days each was confirmed
// (" On March 20, 2026, we confirmed that it was."), and the first of
// them; "" else.
func (v *view) confirmedLaterEN() (string, incident.Date) {
	knew := v.knew()
	if knew == nil || v.possible() {
		return "", ""
	}
	day := incident.DateOf(knew.In(v.loc))
	days, byDay := v.setsBySince(func(x *setView) bool { return x.since != "" && !x.since.OnOrBefore(day) })
	if len(days) == 0 {
		return "", ""
	}
	if len(days) == 1 && len(byDay[days[0]]) == len(v.data()) {
		return " On " + dayEN(days[0]) + ", we confirmed that it was.", days[0]
	}
	var parts []string
	for _, d := range days {
		parts = append(parts, "the information of "+v.whoEN(byDay[d])+" on "+dayEN(d))
	}
	return " We confirmed this for " + joinEN(parts, "") + ".", days[0]
}

// confirmedSinceEN: which sets were confirmed later, and when.
func (v *view) confirmedSinceEN() string {
	if !v.possible() {
		return ""
	}
	var yes []*setView
	for _, s := range v.data() {
		if s.confirmed() {
			yes = append(yes, s)
		}
	}
	if len(yes) == 0 {
		return ""
	}
	return " We have since confirmed that the information of " + v.whoEN(yes) + " was affected."
}

// periodEN: the period the data lay open, and that the data affected is not
// limited to those who used the service then (but for web skimming).
func (v *view) periodEN() string {
	s, a := v.periodSpanEN(), v.accessEN()
	if s != "" {
		s += v.lastActEN() + v.setPeriodsEN()
	}
	if s != "" && a != "" {
		return s + " " + a
	}
	return s + a
}

// lastActEN tells the last unauthorised act found, after the period the
// systems lay open, as the Japanese steps list it (159: the IR firm's 18
// May, the account disabled on 24 May; F1202): " The last unauthorized act
// found took place on <day>." "" when none is recorded (or known by the
// document's date), or one dated before the first intrusion (an entry the
// lint names). The US notices end their breach period there instead
// (breachDateEN).
func (v *view) lastActEN() string {
	last, ok := v.first(incident.EvLastAct)
	if !ok {
		return ""
	}
	if in, ok := v.first(incident.EvIntrusion); ok && last.At.Before(in.At) {
		return ""
	}
	return " The last unauthorized act found took place " + v.endOnEN(last) + "."
}

// accessEN is accessJA in English.
func (v *view) accessEN() string {
	if sets, from := v.accessSeen(); len(sets) > 0 {
		did := "viewed or downloaded"
		if viewedOnly(sets) {
			did = "viewed" // see accessJA (148)
		}
		what := "someone not entitled " + did + " the information"
		if v.insiderCause() {
			what = "the information was " + did + " without a business need" // see accessJA (153)
		} else if v.inc.Cause.Kind == incident.CauseMispublication {
			what = "the information was " + did + " from outside while it was published" // see accessJA (165)
		}
		s := "The access logs we hold show that " + what
		if len(sets) < len(v.data()) {
			s = "For " + v.whoEN(sets) + ", the access logs we hold show that " + what
		}
		if v.logsBeginLate(from, sets) {
			s += " (they begin on " + dayEN(from) + "; nothing can be told of the time before)"
		}
		return s + "."
	}
	from, ok := v.noAccessSeen()
	if !ok {
		return ""
	}
	if !v.possible() && !v.knownRecipients() {
		// See accessJA (150).
		s := "The access logs we hold do not show this leak"
		if from != "" {
			s += " (they begin on " + dayEN(from) + ")"
		}
		return s + "."
	}
	s := "The access logs we hold show no one viewing the information"
	if v.knownRecipients() {
		s = "The access logs we hold show no one other than the recipient identified viewing the information"
	}
	if from != "" {
		s += " (they begin on " + dayEN(from) + "; nothing can be told of the time before)"
	}
	return s + "."
}

// setPeriodsEN is setPeriodsJA in English.
func (v *view) setPeriodsEN() string {
	var out []string
	for _, sp := range v.setPeriods() {
		out = append(out, v.setRefEN(sp.set)+": "+windowEN(sp.w))
	}
	if len(out) == 0 {
		return ""
	}
	return " By data: " + strings.Join(out, "; ") + "."
}

// periodSpanEN is the period the data lay open (periodEN without the logs).
func (v *view) periodSpanEN() string {
	if !v.cyber() && !v.openedOrTaken() && v.enteredWindow().Empty() {
		return ""
	}
	w, ok := v.exposure()
	if !ok {
		return ""
	}
	if v.stillMissing() {
		w.To = "" // see periodSpanJA
	}
	span := windowEN(w)
	if w.From == "" && w.To != "" {
		span += " (when it began is still under investigation)" // as the Japanese says (F767)
	}
	var typed, held []*setView
	for _, x := range v.data() {
		if v.acquiring(x) {
			typed = append(typed, x)
		} else {
			held = append(held, x)
		}
	}
	if v.cause() == incident.CauseWebSkimming || len(typed) > 0 {
		s := "The people affected are those who entered card details on our payment page " + span
		if w.Approx {
			s += " (a period estimated by our investigation)"
		}
		if len(typed) == 0 || len(held) == 0 || v.cause() == incident.CauseWebSkimming {
			return s + "."
		}
		// Card details typed in while the page was altered, and data held
		// (41: the members' records): the held data is not limited to the
		// period, as the Japanese says.
		var names []string
		for _, x := range held {
			names = append(names, v.setRefEN(x))
		}
		return "Card details entered on our payment page " + span + " are affected. The information of " + joinEN(names, "") +
			" is not limited to what we received in that period: it is the information our systems held at the time."
	}
	systems, heldBy := "our systems", "our systems held"
	if at := v.contractorEN(); at != "" {
		systems, heldBy = "the systems of "+at, "held by "+at
	}
	what := systems + " were exposed "
	if v.possible() && !v.systemFault() { // a setting that let anyone view is a fact (36)
		what = systems + " may have been exposed " // the leak is not established (18: an English notice of a possible leak asserted it)
	}
	if v.inc.Cause.OnPlatform() {
		what = "our account on " + v.platformEN() + " was open to unauthorized access " // its systems are another company's (F262)
	}
	switch v.cause() {
	case incident.CauseCredentialStuffing:
		what = "unauthorized logins to accounts may have taken place " // the accounts, not the systems (57, F176)
	case incident.CauseInsider:
		what = "the information may have been taken " // not "our systems were exposed": someone with access took it (37)
		if v.insiderDestroyed() {
			what = "the information may have been deleted or destroyed " // nothing taken (173)
		}
		if v.lookedUpAndUsed() {
			what = "the information may have been looked up for no business reason "
		}
		if v.postedOnline() {
			// The window of its being online, the taking before it (F668).
			what = "the information was accessible on the internet "
			if v.possible() {
				what = "the information may have been accessible on the internet "
			}
		}
	case incident.CauseMisdelivery:
		what = "information was sent to the wrong recipient " // nothing lay open to access (68)
		if v.addressesShown() {
			what = "e-mails were sent in which the recipients could see one another's e-mail addresses " // 141 (F863)
		}
	case incident.CauseMisconfiguration, incident.CauseDefect:
		if v.sentOut() && v.cause() == incident.CauseDefect {
			what = "information was sent to an outside party because of a software defect "
		} else if v.sentOut() {
			what = "information was sent to an outside company by a wrong setting " // see periodJA (104)
		} else if v.shownToUsers() {
			what = "the information could be shown on other users' screens " // 130 (F665)
		} else if v.shownToStaff() {
			what = "the information could be viewed by members of our staff with no business need to see it " // 137 (F770)
		} else if v.openToKnown() {
			what = "the information could be viewed by people without access rights " // see periodJA (78, 149)
		} else if v.harvested() {
			what = "the information could be obtained by others without authorization " // see periodJA (150)
		} else {
			// 「外部から閲覧できる状態にあった期間」: the information lay open,
			// not the systems (154: "The systems of <the CDN> were exposed"
			// for a parser defect that put fragments of traffic into cached
			// pages; 144).
			what = "the information could be viewed by outsiders "
		}
	case incident.CauseMispublication:
		what = "the information could be viewed by people without access rights " // 49
		if v.postedOnline() {
			what = "the information could be viewed on the internet " // 48
		}
	case incident.CauseLoss, incident.CauseTheft:
		what = v.lostSpanEN() // nothing lay open to access (146, F941)
	case incident.CauseInsiderViewing:
		what = "the records may have been viewed without a business reason "
	case incident.CauseOutsideService:
		what = "the information typed in may have been kept by the outside service "
		if v.postedOnline() {
			what = "the information typed in could be viewed on the internet " // 71
		}
	}
	s := upperFirst(what) + span
	if w.Approx {
		s = "We estimate that " + what + span
	}
	if strings.HasPrefix(what, systems) && systems != "our systems" {
		// The contractor named once in the paragraph (126: "the systems of
		// <name> (a company we entrusted with the data)" three times, F610).
		heldBy = "held by that company"
	}
	if _, none := v.ruledOut(); none || heldSinceWindow(held, w) {
		return s + "."
	}
	if v.narrowTaking() && v.heldJA(held) == "" {
		return s + "." // what the data sets describe, not all our systems held (see periodJA)
	}
	if v.systemFault() && v.inc.Exposure.Empty() && v.heldJA(held) == "" {
		if v.sentOut() {
			return s + ". The information involved is what was sent during that period." // see periodJA (104)
		}
		if v.imagesOnly() {
			return s + ". The information involved is the cameras' images during that period (live images and the recordings kept at the time)." // see periodJA (86)
		}
		// "what our systems held", "what was held by <the contractor>"
		// (122: "what held by a company we entrusted with the data").
		return s + ". The information involved is what " + strings.Replace(heldBy, "held by ", "was held by ", 1) + " during that period." // see periodJA (35, 36)
	}
	if hs := v.heldEN(held); hs != "" && heldBeforeWindow(held, w) {
		return s + ". The information involved is " + hs + "." // all received before the window (see periodJA)
	}
	if hs := v.heldEN(held); hs != "" {
		// The sets' own periods, as the Japanese tells them (53: 「2017年7月以降
		// に当社がお預かりした情報」 was "the information held by a company we
		// entrusted with the data at the time", F159).
		return s + ". The information involved is not limited to what we received in that period: it is " + hs + "."
	}
	return s + ". The information involved is not limited to what we received in that period: it is the information " + heldBy + " at the time."
}

// heldEN names the sets' held periods as heldJA: "the information we
// received since July 2017"; "" when no set gives one.
func (v *view) heldEN(sets []*setView) string {
	var out []string
	for _, s := range sets {
		if w := windowEN(s.Held); w != "" {
			n := "the information we received " + w
			if len(sets) > 1 || v.several() || v.reader != nil && len(v.data()) > 1 {
				n = "the information of " + v.setRefEN(s) + " we received " + w
			}
			out = append(out, n)
		}
	}
	return joinEN(out, "")
}

// windowEN writes a period: "from April 1, 2024 to September 22, 2025".
func windowEN(w incident.Window) string {
	switch {
	case w.From != "" && w.From == w.To:
		return "on " + dayEN(w.From) // one day (F100)
	case w.From != "" && w.To != "":
		return "from " + dayEN(w.From) + " to " + dayEN(w.To)
	case w.From != "":
		return "since " + dayEN(w.From)
	case w.To != "":
		return "until " + dayEN(w.To)
	}
	return ""
}

// itemsLeadEN introduces the items: "The following information was
// involved: ", or, when they differ from person to person, "Some or all of
// the following information was involved, depending on the person: ".
func (v *view) itemsLeadEN(verb string) string {
	if v.itemsVary() {
		return "Some or all of the following information " + verb + ", depending on the person: "
	}
	return "The following information " + verb + ": "
}

// dataEN: the items and numbers: the reader's, what was not involved, and
// that a part of them had more affected; for everyone, set by set. Before
// the organisation knew, no item is listed (as dataJA).
func (v *view) dataEN() []para {
	if on, ok := v.ruledOut(); ok {
		return v.ruledOutDataEN(on)
	}
	if v.knowsLater() {
		return []para{p("items", "Whether personal information is involved, and if so which, is still under investigation. We will tell you as soon as we know.")}
	}
	verb := "was involved"
	if v.possible() && !v.systemFault() { // a setting that let anyone view is a fact (36)
		verb = "may have been involved"
	}
	if v.kind == KindPublic && v.oneOnly() {
		told := "will be told"
		if _, ok := v.first(incident.EvNoticePersons); ok {
			told = "has been told"
		}
		return []para{p("persons", "The incident affects one person, who "+told+" individually what information was involved.")}
	}
	if v.several() {
		var lines []string
		for _, s := range v.scope {
			name := v.setNameEN(s)
			if s.persons.Known {
				name += " (" + countEN(s.persons, "person", "people") + ")"
			}
			lines = append(lines, "- "+name+": "+joinEN(v.itemNamesEN(s.Categories), "still under investigation"))
		}
		ps := []para{p("items", "The information that "+verb+" differs by group of people:\n"+strings.Join(lines, "\n")), p("persons", v.affectedCountEN())}
		if ni := v.notInvolvedEN(); ni != "" {
			ps = append(ps, p("not-involved", "The incident did not involve "+ni+"."))
		}
		return ps
	}
	ps := []para{
		p("items", v.itemsLeadEN(verb)+v.categoriesEN()+"."),
		p("persons", v.affectedCountEN()),
	}
	if s := v.subsetsEN(); s != "" {
		ps = append(ps, p("subsets", s))
	}
	if ni := v.notInvolvedEN(); ni != "" {
		ps = append(ps, p("not-involved", "The incident did not involve your "+ni+"."))
	}
	for _, s := range v.data() {
		f := s.Former
		if !f.HasLeft() {
			continue
		}
		t := "The information includes that of people whose relationship with us had ended"
		if f.LeftFrom != "" {
			t += " since " + dayEN(f.LeftFrom)
		}
		if f.Persons.Known {
			t += " (" + countEN(f.Persons, "person", "people") + ")"
		}
		t += "."
		if exceeded, _ := v.retention(s); exceeded {
			if f.RetentionYears > 0 {
				t += " Our own rules required us to delete such information " + itoa(f.RetentionYears) + " years after the relationship ended, and we had not."
			} else {
				t += " Our own rules required us to delete such information once we no longer needed it for its purpose, and we had not."
			}
			t += " We apologize for having kept it."
		}
		ps = append(ps, p("former-"+s.ID, t))
	}
	return ps
}

// subsetsEN tells the persons of a set that a part of them had more affected.
func (v *view) subsetsEN() string {
	var out []string
	for _, sub := range v.readerSubsets() {
		s, extra := sub.set, sub.extra
		who := "some of the people affected"
		if s.persons.Known {
			who += " (" + countEN(s.persons, "person", "people") + ")"
		}
		told := "we are writing to them separately."
		if e, ok := v.toldApart(s); ok {
			told = "we wrote to them separately " + v.onDateEN(e) + "."
		}
		out = append(out, "For "+who+", "+joinEN(v.itemNamesEN(extra), "")+" may also have been involved; "+told)
	}
	return strings.Join(out, " ")
}

// containedOfEN is containedEN naming the data the measure was for, as
// containedOfJA.
func (v *view) containedOfEN(e incident.Event) string {
	s := v.containedEN(e)
	day := v.onCapEN(e) + ", "
	if rest, ok := strings.CutPrefix(s, day); ok && v.othersToo(e) {
		var sets []string
		for _, id := range e.Sets {
			if x := v.setByID(id); x != nil {
				sets = append(sets, v.setRefEN(x))
			}
		}
		return day + "for " + joinEN(sets, "") + ", " + rest
	}
	return s
}

// containedEN is what was done to stop the harm (see containedJA).
func (v *view) containedEN(e incident.Event) string {
	s := v.onCapEN(e) + ", "
	who := "we"
	if v.containedByContractor(e) {
		who = v.contractorEN() // done by the contractor before we knew (40)
	}
	switch {
	case v.takenDownBy(e) != "" && v.cause() == incident.CauseOutsideService && !v.postedOnline():
		s += "the operator of the service deleted the information typed in, as we confirmed."
	case v.takenDownBy(e) != "":
		// Not us (71); the party is named in the Japanese only, as typed.
		s += "the information was removed by the party where it appeared, and we confirmed that it can no longer be viewed."
	case v.cause() == incident.CauseMisdelivery:
		if v.sendingLasted() && v.addressesShown() {
			s += who + " stopped sending e-mails in which the recipients could see one another's addresses." // 141 (F863)
			break
		}
		if v.sendingLasted() {
			s += who + " stopped the sending to the wrong recipient." // see containedJA (68)
			break
		}
		if v.askedRecipients() {
			s += who + " took steps to stop the incident and limit the harm." // the asking has its own line (see containedJA)
			break
		}
		s += who + " contacted the recipient and asked for the information to be returned or deleted."
	case v.systemFault():
		if v.sentOut() {
			s += who + " corrected " + v.fixedEN() + " and stopped the sending." // see containedJA (104)
		} else if v.shownToUsers() {
			s += who + " corrected " + v.fixedEN() + " so that the information is no longer shown to other users." // 130 (F665)
		} else if v.shownToStaff() {
			s += who + " corrected " + v.fixedEN() + " so that staff with no business need can no longer view the information." // 137 (F770)
		} else if v.openToKnown() {
			s += who + " corrected " + v.fixedEN() + " so that people without access rights can no longer view the information."
		} else if v.harvested() {
			s += who + " corrected " + v.fixedEN() + " so that others can no longer obtain the information." // see containedJA (150)
		} else {
			s += who + " corrected " + v.fixedEN() + " so that the information could no longer be viewed from outside."
		}
	case v.cause() == incident.CauseMispublication:
		if v.postedOnline() {
			s += who + " took the file down so that it can no longer be viewed."
		} else {
			s += who + " restricted access so that people without the right to see the information can no longer view it."
		}
	case v.cause() == incident.CauseOutsideService:
		switch {
		case v.askedTakedown():
			s += who + " took steps to stop the incident and limit the harm." // the asking has its own line (see containedJA)
		case v.postedOnline() && who == "we":
			s += "we asked the service's operator to delete the information and confirmed that it can no longer be viewed."
		case v.postedOnline():
			s += "the information on the outside service was deleted at the request of " + who + ", and it can no longer be viewed."
		default:
			s += who + " asked the service's operator to delete the information typed in, among other steps to limit the harm."
		}
	default:
		s += who + " took steps to stop the incident and limit the harm."
	}
	return s
}

// responseEN: containment, investigation, reports, the company's own account.
func (v *view) responseEN() []para {
	var ps []para
	if e, ok := v.first(incident.EvContained); ok {
		ps = append(ps, p("contained", v.containedOfEN(e)))
		for i, x := range v.ownContainments(e) {
			ps = append(ps, p("contained-"+strconv.Itoa(i+2), v.containedOfEN(x)))
		}
	}
	if e, ok := v.first(incident.EvRetrieved); ok {
		what, rest := "the "+v.lostItemEN(), ""
		if c, n, some := e.RetrievedSome(); some {
			// Only part came back (see retrievedJA).
			what = fmt.Sprintf("%d of the %d %s", c, n, v.lostItemEN())
			rest = fmt.Sprintf(" The other %d have not been found.", n-c)
			if v.retrievedNotFound() {
				rest = fmt.Sprintf(" The other %d have not been retrieved.", n-c)
			}
		}
		elsewhere := v.retrievedElsewhere(e)
		if elsewhere {
			// Another set's data came back, not the readers' (see retrievedJA).
			what, rest = "some of the "+v.lostItemEN(), " Those holding your information have not been found."
			if v.retrievedNotFound() {
				rest = " Those holding your information have not been retrieved."
			}
		}
		s := v.onCapEN(e) + ", " + what + " were found and returned to "
		switch {
		case v.retrievedNotFound():
			s = v.onCapEN(e) + ", " + what + " were retrieved."
		case v.retrievedFromOther(e):
			s = v.onCapEN(e) + ", " + what + " were found and recovered."
		case v.atOther():
			s += v.contractorEN() + "."
		default:
			s += "us."
		}
		s += rest
		if v.seenUnknown() && !elsewhere {
			s += " We have not been able to confirm whether anyone looked at them before they were found."
		}
		ps = append(ps, p("retrieved", s))
	}
	if e, ok := v.first(incident.EvTakedown); ok {
		s := v.onCapEN(e) + ", we asked the operators of the websites or services where the information was posted to remove it."
		if n := v.deletedByName(e); n != "" {
			s = v.onCapEN(e) + ", we asked " + n + " to delete the information." // see stepsTakenJA
		}
		if v.cause() == incident.CauseMisdelivery {
			s = v.onCapEN(e) + ", we asked those who received the information by mistake to delete it."
			if v.papersMisdelivered() {
				s = v.onCapEN(e) + ", we asked those who received the documents by mistake to return or destroy them." // papers (see stepsTakenJA)
			}
		}
		ps = append(ps, p("takedown", s))
		for i, x := range v.laterTakedowns(e) {
			ps = append(ps, p("takedown-"+strconv.Itoa(i+2), v.onCapEN(x)+", we asked "+v.deletedByName(x)+" to delete the information.")) // see stepsTakenJA
		}
	}
	if e, ok := v.first(incident.EvDeleted); ok {
		who := "those who received the information by mistake"
		if v.cause() != incident.CauseMisdelivery {
			who = "those who received the information"
			if n := v.deletedByName(e); n != "" {
				who = n
			}
		}
		// Papers are returned or destroyed, not deleted (see stepsTakenJA).
		done, doneBy, ask := "had deleted it", "deleted the information", "to delete it"
		if v.papersMisdelivered() {
			who = "those who received the documents by mistake"
			done, doneBy, ask = "had returned or destroyed them", "returned or destroyed the documents", "to return or destroy them"
		}
		s := v.onCapEN(e) + ", we confirmed that " + who + " " + done + "."
		last := v.lastDeletion()
		if c, n, some := last.DeletedBySome(); some {
			s = "By " + v.evDateEN(last) + ", " + grouped(int64(c)) + " of the " + grouped(int64(n)) + " recipients had confirmed that they " + doneBy + "; we continue to ask the remaining " + grouped(int64(n-c)) + " " + ask + "."
		}
		ps = append(ps, p("deleted", s))
	}
	if e, ok := v.forensicOf(); ok && v.forensicByContractor(e) {
		s := capitalEN(v.contractorEN()) + " has begun investigating." // its own investigation (see stepsTakenJA)
		if e.Dated() {
			s = v.onCapEN(e) + ", " + v.contractorEN() + " began investigating."
		}
		ps = append(ps, p("forensic", s))
	} else if e, ok := v.first(incident.EvForensic); ok {
		ps = append(ps, p("forensic", v.onCapEN(e)+", we engaged an outside forensic firm to investigate."))
	} else if _, ok := v.undated(incident.EvForensic); ok {
		ps = append(ps, p("forensic", "We have engaged an outside forensic firm to investigate."))
	} else if v.planned[incident.EvForensic] {
		ps = append(ps, p("forensic_planned", "We will engage an outside forensic firm to investigate."))
	}
	var reps []string
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if !e.Dated() || v.kind == KindGDPR33 && (e.Jurisdiction == "EU" || e.Jurisdiction == "UK") {
			continue // the Art. 33 report does not report to its own addressee
		}
		reps = append(reps, "to "+v.reportedToEN(e)+" "+v.onEN(e))
	}
	if len(reps) > 0 {
		s := "We reported the incident " + joinEN(reps, "") + "."
		if f := v.foundAfterReportEN(); f != "" {
			s += " " + f
		}
		ps = append(ps, p("reports", s))
	}
	if e, ok := v.first(incident.EvPolice); ok {
		ps = append(ps, p("police", v.policeSentenceEN(e)))
	}
	own := v.inc.Public.Measures
	if v.formal() {
		own = v.storyResponse()
	}
	if s := englishText(own); s != "" {
		ps = append(ps, p("story", s))
	}
	prev := v.inc.Public.Prevention
	if v.formal() {
		prev = v.inc.Story.Prevention
	}
	pr := "We are reviewing how this happened and will put measures in place to prevent it from happening again."
	switch s := englishText(prev); {
	case s != "":
		pr = "We are taking the following steps to prevent this from happening again: " + s
	case strings.TrimSpace(prev) == "":
		pr = "We are taking the following steps to prevent this from happening again: " + v.fill("再発防止策", "preventive measures")
	}
	ps = append(ps, p("prevention", pr))
	return ps
}

// englishText is a text the company wrote, for an English document: as
// written when it is in Latin script; "" when it is in Japanese (or empty),
// so that an English document never carries a Japanese sentence.
func englishText(s string) string {
	s = strings.TrimSpace(s)
	if nonLatin(s) {
		return ""
	}
	return s
}

// forWhomEN qualifies a sentence that concerns only some of the persons.
func (v *view) forWhomEN(flag string) string {
	return v.forWhomOfEN(v.flagged(flag), "card details")
}

// forWhomOfEN is forWhomEN for the items that pass is; what names them for
// a reader of one data set ("card details").
func (v *view) forWhomOfEN(is func(incident.Category) bool, what string) string {
	sets, all := v.holders(is)
	if all || len(sets) == 0 {
		return ""
	}
	if len(v.scope) > 1 || v.reader != nil && len(v.data()) > 1 {
		// A set whose persons had the items in part is named with that
		// part, as the Japanese does (F766).
		var out []string
		for _, h := range sets {
			switch part, whole, apart := partOf(h, is); {
			case whole:
				out = append(out, v.whoEN([]*setView{h}))
			case apart:
				out = append(out, "those concerned among "+v.setRefEN(h))
			default:
				out = append(out, countEN(part, "person", "people")+" among "+v.setRefEN(h))
			}
		}
		return "For " + joinEN(out, "") + ": "
	}
	return "For the people whose " + what + " were involved: "
}

// neverAskEN is what the organisation will never ask for, whatever data was
// affected; a bank account number and My Number only where it has no
// business asking the readers for them (asksForAccounts: an employer asks
// its staff for both), and Japan's My Number only where readers may live in
// Japan (a US subsidiary's employees, the EU contacts of a branch in Germany
// have none).
func (v *view) neverAskEN() string {
	if v.asksForAccounts() {
		return "card number, security code, PIN, or user ID or password"
	}
	s := "card number, security code, bank account number, PIN, user ID or password"
	if v.readersMayLiveInJapan() {
		return s + ", or My Number (Japan's Individual Number)"
	}
	return strings.Replace(s, ", user ID or password", ", or user ID or password", 1)
}

// obligationPlaces are the places of the law an obligation belongs to.
func (v *view) obligationPlaces(id string) []rules.Place {
	if j, _ := v.obligationIn(id); j != nil {
		return v.placesOf(j.ID)
	}
	return nil
}

// readersIn tells whether some of the persons of the document's sets may
// live in one of places (some live there, or a set states no residence),
// and whether all of them do (every set states residence, all of it there).
// A place with a region (a US state) is that region of its country.
func (v *view) readersIn(places []rules.Place) (some, all bool) {
	in := func(r incident.Residence) bool {
		return slices.ContainsFunc(places, func(p rules.Place) bool {
			return p.Country == r.Country && (p.Region == "" || p.Region == r.Region)
		})
	}
	all = len(v.scope) > 0
	for _, s := range v.scope {
		if len(s.Residence) == 0 {
			some, all = true, false
			continue
		}
		for _, r := range s.Residence {
			if r.Country == incident.OtherCountries {
				// Countries the set does not list: maybe places, unless
				// the set lists one of them by itself.
				some, all = some || !slices.ContainsFunc(s.Residence, in), false
				continue
			}
			if in(r) {
				some = true
			} else {
				all = false
			}
		}
	}
	return some, all
}

// ifLivingIn is "If you live in Korea, " when some of the readers live
// outside places (or where is not stated), "" when all live there.
func (v *view) ifLivingIn(places []rules.Place, where string) string {
	if _, all := v.readersIn(places); all {
		return ""
	}
	return "If you live in " + where + ", "
}

// placesOf are the places of a jurisdiction of the rules.
func (v *view) placesOf(jurisdiction string) []rules.Place {
	if j := v.rs.Jurisdiction(jurisdiction); j != nil {
		return j.Places
	}
	return nil
}

// upperFirst capitalises a sentence's first letter.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// readersMayLiveInJapan: some persons of the document's sets live in Japan,
// or where they live is not stated.
func (v *view) readersMayLiveInJapan() bool {
	stated := false
	for _, s := range v.scope {
		for _, r := range s.Residence {
			if r.Country == "JP" {
				return true
			}
			stated = stated || r.Country != ""
		}
	}
	return !stated
}

// requestEN: what the reader can do.
func (v *view) requestEN() []para {
	who := "us or a public agency"
	if v.hasFlag("card") {
		who = "us, a public agency or a card company"
	}
	var ps []para
	extorted := false
	if lost := v.unrestorableSets(); len(lost) > 0 {
		// Data destroyed with no copy kept (129): see requestJA.
		what := "The information we held"
		if len(lost) < len(v.data()) {
			var names []string
			for _, s := range lost {
				names = append(names, v.setRefEN(s))
			}
			what = "Of the information we held, that of " + joinEN(names, "")
		}
		ps = append(ps, p("unrestorable", what+" cannot be restored. "+
			v.fill("", "what you ask the persons to do since the data cannot be restored (e.g. show documents or records they hold, register their details again), and how")))
	}
	if on, sure := v.exposedOnline(); on {
		was := "was"
		if !sure {
			was = "may have been"
		}
		ps = append(ps, p("online", "The information "+was+" made viewable by anyone on the internet; messages that use it may look genuine."))
	}
	if v.imagesOnly() {
		ps = append(ps,
			p("images", "If you find images or video of yourself on the internet that come from us, please tell us at the contact below; we will ask the site to remove them."),
			p("never-ask", "We will never ask you for your "+v.neverAskEN()+" by phone, e-mail or text message."))
	} else if !v.knownRecipients() && (v.noWayToReach() || v.lossOnly()) {
		// Nothing in the data reaches the persons, or nobody holds it
		// (see requestJA).
		ps = append(ps, p("never-ask", "We will never ask you for your "+v.neverAskEN()+" by phone, e-mail or text message."))
		if v.hasFlag("sensitive") {
			ps = append(ps, p("concerns", "If you have any concern about this incident, such as unkind remarks or unfair treatment of the person concerned, please contact us at the contact below."))
		} else {
			ps = append(ps, p("concerns", "If you have any concern about this incident or notice anything related to it, please contact us at the contact below."))
		}
	} else if !v.knownRecipients() {
		warn := p("phishing", "Be careful with unexpected e-mails, text messages, calls or letters that claim to come from "+who+". Do not open links or attachments in messages you did not expect.")
		if v.extortion() {
			// As in Japanese (requestJA).
			warn, extorted = v.extortionEN(), true
		}
		ps = append(ps, warn,
			p("never-ask", "We will never ask you for your "+v.neverAskEN()+" by phone, e-mail or text message."))
		if v.businessMail() {
			ps = append(ps, p("bec", "Be wary of e-mails that appear to come from our staff and ask you to change the bank account for payments or to pay an invoice (business e-mail compromise). If you receive such a request, check it with your usual contact at our company by a means other than e-mail."))
		}
	}
	if v.inc.Cause.OnPlatform() && v.accountCause() {
		// The account misused can message them in our name (72: guests
		// sent phishing links through the booking site's messaging).
		ps = append(ps, p("platform", "A message sent from our account on "+v.platformEN()+" may also have come from the outside party: do not follow a link in it that asks for your card details or other information, and if in doubt, ask us at the contact below."))
	}
	if v.hasFlag("card") && v.inc.CardIssuer() {
		// The organisation issued the cards (see requestJA).
		ps = append(ps, p("card", v.forWhomEN("card")+"Please review your card statements for charges you do not recognize, and report any such charge to us at the contact below."))
	} else if v.hasFlag("card") {
		ps = append(ps,
			p("card", v.forWhomEN("card")+"Please review your card statements for charges you do not recognize, and report any such charge to your card issuer at the number on the back of your card."),
			p("reissue", "If you want your card reissued, please contact your card issuer; we will bear any reissue fee."))
	}
	if v.extortion() && !extorted {
		ps = append(ps, v.extortionEN())
	}
	if v.safetyAtRisk() {
		ps = append(ps, v.safetyEN()...)
	} else if v.childrenFindable() {
		ps = append(ps, p("safety", "If you notice anyone suspicious approaching your child, or unexpected contact, please talk to the police and let us know at the contact below."))
	} else if v.paperAddressesOut() {
		ps = append(ps, p("visits", "If someone you do not expect calls at your home, or contacts you claiming to be from us, do not deal with them on the spot: check with us at the contact below, or talk to the police."))
	}
	if v.identityDocsJA() != "" {
		ps = append(ps, p("identity", v.forWhomOfEN(v.identityDoc, "identity document details")+"If you are contacted about contracts or bills you do not recognize, or receive cards or goods you did not apply for, do not respond; talk to the police or to us at the contact below."))
	}
	if slices.ContainsFunc(v.categoriesOf(), isPassport) {
		ps = append(ps, p("passport", v.forWhomOfEN(isPassport, "passport numbers")+"If you are concerned about misuse of your passport details, you may ask the authority that issued your passport (for a Japanese passport, a prefectural passport office or a Japanese embassy or consulate; for another country's passport, its passport authority or its embassy or consulate) whether to report it or apply for a new one."))
	}
	if v.healthInsuranceInJapan() {
		ps = append(ps, p("health-insurance", v.forWhomOfEN(isHealthInsurance, "health insurance numbers")+"Please check the medical expense notices your health insurer sends you (医療費のお知らせ), or the medical expense information in Mynaportal, for any treatment or prescription you did not receive; if you find one, contact your insurer."))
	}
	if v.myNumberOut() {
		ps = append(ps, p("mynumber", v.forWhomOfEN(v.flagged("mynumber"), "My Numbers")+"If your My Number may be misused, you can ask the municipality where you live to change it (My Number Act Art. 7(2))."))
	}
	if slices.ContainsFunc(v.categoriesOf(), v.paymentLogin) && !v.ownBank() {
		ps = append(ps, p("charges", v.forWhomOfEN(v.paymentLogin, "login details")+"Please check your history of use of our service, and the statements of the cards or bank accounts registered with it, for payments you do not recognize, and tell us at the contact below if you find any."))
	}
	if slices.ContainsFunc(v.categoriesOf(), v.bankAccountOut) {
		// As in Japanese (bankRequestJA).
		whom, where, what := "your bank", "your bank account statements", "bank account details"
		if v.ownBank() {
			whom = "us at the contact below"
			if slices.ContainsFunc(v.categoriesOf(), v.paymentLogin) {
				where = "your history of use of our service and your statements of the accounts you hold with us"
				what = "account or login details"
			}
		}
		s := "Please check " + where + " for withdrawals, transfers or direct debits you do not recognize, and tell " + whom + " if you find any."
		if slices.ContainsFunc(v.categoriesOf(), func(c incident.Category) bool { return c.ID == "bank_account_pin" }) {
			s += " Please also ask " + whom + " about changing your PIN."
		}
		ps = append(ps, p("bank", v.forWhomOfEN(v.bankAccountOut, what)+s))
	}
	if slices.ContainsFunc(v.categoriesOf(), isFinanceAccount) {
		// As in Japanese (requestJA).
		ps = append(ps, p("finance-account", v.forWhomOfEN(isFinanceAccount, "financial account numbers")+"Please check the statements of your loan, lease or other financial account for payments, transactions or changes to your account or contact details that you did not make, and tell the company that manages the account (for an account with us, us at the contact below) if you find any."))
	}
	if v.hasFlag("password") || v.credentialsConcern() {
		ps = append(ps, p("password", v.forWhomOfEN(v.flagged("password"), "login details")+"Please change the password you use for our service, and for any other service where you use the same password."))
	}
	if len(ps) == 0 {
		// As in Japanese (requestJA): the section is never empty.
		ps = append(ps, p("tell-us", "If you notice anything unusual concerning your information, such as contact you did not expect, please tell us at the contact below."))
	}
	return ps
}

// extortionEN: as extortionJA. Where the crime was reported abroad to a
// body named in Latin letters, the reader is told which one, so that their
// own report can point to it (151: patients in Finland, the report made to
// the National Bureau of Investigation, KRP; F1101); the Japanese keeps
// 「最寄りの警察署」, right wherever the reader lives.
func (v *view) extortionEN() para {
	police := "the police"
	if e, ok := v.complaintFiled(); ok && v.policeFiling(e) {
		if n := v.policeNameEN(e); n != "" {
			police += ", referring to our report of the crime (" + n + "),"
		}
	}
	return p("extortion", "You may receive e-mails, text messages, calls or letters demanding money, for example in return for not publishing your information. If you do, do not pay and do not reply, and do not open links or attachments in them; keep the message as it is, report it to "+police+" and tell us at the contact below.")
}

// safetyEN: as safetyJA.
func (v *view) safetyEN() []para {
	s := "If you feel you are in danger, call the police at once. If you are worried about being followed, watched or contacted, talk to your local police."
	if v.readersMayLiveInJapan() {
		s = "If you feel you are in danger, call the police at once (110 in Japan). If you are worried about being followed, watched or contacted, talk to your local police (in Japan, also the police consultation line #9110)."
	}
	if v.kind != KindNotice {
		return []para{p("safety", s)} // as in Japanese (safetyJA)
	}
	return []para{
		p("safety", s),
		p("safety-measures", "For your safety, we "+v.fill("本人の安全のために講じた措置（例：関係者と本人との接触の禁止、警察との連携、連絡先・住所の変更への協力）", "what you did for the person's safety (e.g. barred the person involved from any contact with them, worked with the police, helped with changing their contact details or address)")+". If you are worried about anything or would like us to do more, please contact us at the contact below."),
	}
}

// contactEN: the desk, with hours in the incident's time zone.
func (v *view) contactEN() string {
	c := v.inc.Contact
	// The desk's name as typed is Japanese more often than not: an English
	// document uses its English name, or asks for it rather than carry it.
	name := strings.TrimSpace(c.NameEn)
	if name == "" {
		name = englishText(c.Name)
	}
	lines := []string{"If you have questions, please contact " + v.orFill(name, "窓口の名称（英語）", "name of the desk in English") + "."}
	if c.Phone == "" && c.Email == "" {
		lines = append(lines, "Phone: "+v.fill("電話番号", "phone number"))
	}
	if c.Phone != "" {
		lines = append(lines, "Phone: "+v.phoneEN(c.Phone))
	}
	if c.Email != "" {
		lines = append(lines, "E-mail: "+c.Email)
	}
	// Hours typed in Japanese are put into English when every part of
	// them is known, else asked for (they went in as typed: 「Hours: 24時間・
	// 年中無休 (Japan time)」).
	hours := v.orFill(c.Hours, "受付時間", "hours")
	if c.Hours != "" {
		hours = v.orFill(hoursEN(c.Hours), "受付時間（英語）", "hours in English")
	}
	switch {
	case hoursZoned(c.Hours):
		// The user named the zone (「AEDT」): not named twice.
		lines = append(lines, "Hours: "+hours)
	case deskAbroad(c.Phone, v.loc.String()):
		// The desk's number is another country's than the case's zone
		// (97: a UK branch's HR desk, +44, in a case kept in Tokyo time
		// was told "Mon–Fri 9:00–17:00 (Japan time)").
		lines = append(lines, "Hours: "+hours+" ("+v.fill("受付時間の時間帯", "the desk's time zone")+")")
	default:
		lines = append(lines, "Hours: "+hours+" ("+v.zoneEN()+")")
	}
	return strings.Join(lines, "\n")
}

// zoneAbbrevs are time-zone names a desk's hours may carry already; the US
// generic names (ET, CT, MT, PT, AKT, HT: "9am-9pm ET") are the usual ones
// on a US desk's hours.
var zoneAbbrevs = []string{"JST", "KST", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "GMT", "BST", "UTC", "CET", "CEST",
	"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "SGT", "HKT", "ICT", "IST",
	"ET", "CT", "MT", "PT", "AKT", "AKST", "AKDT", "HT", "HST"}

// hoursZoned: the hours as typed name their time zone ("8:00–18:00 AEDT",
// "9:00-17:00 UK time", 「日本時間」).
func hoursZoned(h string) bool {
	if strings.Contains(h, "時間)") || strings.Contains(h, "日本時間") || strings.Contains(strings.ToLower(h), " time") {
		return true
	}
	for _, f := range strings.FieldsFunc(h, func(r rune) bool { return !(r >= 'A' && r <= 'Z') }) {
		if slices.Contains(zoneAbbrevs, f) {
			return true
		}
	}
	return false
}

// callingCodes are the international calling codes of the zones cases are
// kept in, by the zone name's start; a zone not listed is not checked.
var callingCodes = []struct{ zone, code string }{
	{"Asia/Tokyo", "+81"}, {"Asia/Seoul", "+82"}, {"Asia/Singapore", "+65"}, {"Asia/Bangkok", "+66"}, {"Asia/Shanghai", "+86"},
	{"Asia/Hong_Kong", "+852"}, {"Asia/Taipei", "+886"}, {"Australia/", "+61"}, {"Pacific/Auckland", "+64"}, {"Europe/London", "+44"},
	{"Europe/Berlin", "+49"}, {"Europe/Paris", "+33"}, {"America/", "+1"},
}

// deskAbroad: the desk's phone number is written in international form
// with another country's code than the case's zone's.
// phoneEN is the desk's number as an English document gives it: a Japanese
// number as typed for dialling in Japan (03-0000-0106) is given with the
// country code (+81 3-0000-0106), for readers abroad (106: a crypto
// exchange's users in Singapore, the UK, Australia); a number that cannot
// be called from abroad (0120 and 0800 toll-free, 0570 navigation dial) is
// said to be for calls within Japan, and a number that can be called from
// abroad is asked for unless the desk has an e-mail address. Other zones'
// numbers, and any number already with a country code, stay as typed.
func (v *view) phoneEN(phone string) string {
	ph := strings.TrimSpace(phone)
	if strings.HasPrefix(ph, "+") || v.loc.String() != "Asia/Tokyo" || !strings.HasPrefix(ph, "0") || strings.HasPrefix(ph, "00") {
		return ph
	}
	for _, pre := range []string{"0120", "0800", "0570"} {
		if strings.HasPrefix(ph, pre) {
			if strings.TrimSpace(v.inc.Contact.Email) != "" {
				return ph + " (from within Japan only)" // the e-mail serves readers abroad
			}
			return ph + " (from within Japan only; from abroad: " + v.fill("海外からかけられる電話番号", "a number that can be called from abroad") + ")"
		}
	}
	return "+81 " + ph[1:]
}

func deskAbroad(phone, zone string) bool {
	ph := strings.ReplaceAll(strings.TrimSpace(phone), " ", "")
	if !strings.HasPrefix(ph, "+") {
		return false
	}
	for _, c := range callingCodes {
		if strings.HasPrefix(zone, c.zone) {
			return !strings.HasPrefix(ph, c.code)
		}
	}
	return false
}

// affectedCountEN: "The incident affects 5,200 people in total (6,100 records, ...)".
func (v *view) affectedCountEN() string {
	persons, partial := v.persons()
	records, _ := v.records()
	if !persons.Known {
		if records.Known && !v.toOne() {
			// The rows counted before the persons (90: three files, about
			// 420,000 rows): the size known, told as records.
			return "The information involved comprises " + countEN(records, "record", "records") + " (records and people are counted differently); the number of people affected is still under investigation."
		}
		return "The number of people affected is still under investigation."
	}
	if v.toOne() {
		return ""
	}
	s := "The incident affects " + countEN(persons, "person", "people") + " in total"
	if partial && v.reader == nil {
		// Some sets not counted yet (in Japanese 「現時点で判明している分で」):
		// the sum is not the case's size.
		s = "The incident affects at least " + countEN(persons, "person", "people") + " (those counted so far; the number is still under investigation)"
	}
	if v.reader != nil && len(v.sets) > 1 {
		s = "This notice goes to the " + countEN(persons, "person", "people") + " whose information is described above"
	}
	if records.Known && records.N != persons.N {
		s += " (" + countEN(records, "record", "records") + "; records and people are counted differently)"
	}
	return s + "."
}

// zoneEN names the incident's time zone for hours: "Japan time".
func (v *view) zoneEN() string {
	if v.loc.String() == "Asia/Tokyo" {
		return "Japan time"
	}
	// "America/New_York" → "New York time"
	name := v.loc.String()
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return strings.ReplaceAll(name, "_", " ") + " time"
}

// signatureEN: representative and organisation, and the date unless a letterhead carries it.
func (v *view) signatureEN(dated bool) string {
	rep := v.inc.People.Representative
	en := nameEN(rep)
	who := v.orFill(en, "代表者の役職・氏名", "representative's name and title")
	if en == "" && strings.TrimSpace(rep.Name) != "" {
		who = v.fill("代表者の役職・氏名（英語）", "representative's name and title in English")
	}
	s := "Sincerely,\n" + who + "\n" + v.orgName()
	if dated {
		s += "\n" + v.dateEN(v.date)
	}
	return s
}

// lostSpanEN is the subject of a loss's or a theft's period with its verb:
// the things "were missing" ("have been", still missing), "the stolen …
// were out of our hands", a device in the singular (F1585).
func (v *view) lostSpanEN() string {
	thing, state := "the "+v.lostThingEN(), "missing"
	if v.cause() == incident.CauseTheft {
		thing, state = "the stolen "+v.lostThingEN(), "out of our hands"
	}
	were, have := "were", "have"
	if v.lostDevice() {
		were, have = "was", "has"
	}
	if v.stillMissing() {
		return thing + " " + have + " been " + state + " "
	}
	return thing + " " + were + " " + state + " "
}

// lostThingEN is lostThingJA in English.
func (v *view) lostThingEN() string {
	if v.lostDevice() {
		return "device"
	}
	return "documents or media"
}

// lostItemEN names what was lost or stolen as the facts allow.
func (v *view) lostItemEN() string {
	switch v.cause() {
	case incident.CauseLoss:
		return "lost documents or devices"
	case incident.CauseTheft:
		return "stolen documents or devices"
	case incident.CauseInsider:
		return "documents or devices that were taken out"
	case incident.CauseMisdelivery:
		if v.misdeliveryBy() == "handed" {
			return "documents handed to the wrong person"
		}
		return "documents sent to the wrong recipient"
	}
	// Nothing was lost or stolen (162: a copier's hard drive handed on with
	// the lease, given back by the station that bought it, F1183).
	return "documents or devices that held the information"
}

// searchEN is where an English notice says updates are published, as the
// Japanese notice's search sentence does (the e-mail carries no link: it
// names the words to search for). The words are the English ones entered
// (contact.webEn); else those for the Japanese notice when they are in
// Latin letters; else the organisation's English name, without its legal
// form, with "notice" (not a name with a bracketed remark, which no reader
// types); else a blank. A
// notice to the organisation's own staff promises no public page, as the
// Japanese one.
func (v *view) searchEN() para {
	if v.toStaff() {
		return p("later", "We will let you know of anything further we learn about this incident.")
	}
	c := v.inc.Contact
	words := searchNameEN(c.WebEn)
	if words == "" {
		words = englishText(searchNameEN(c.Web))
	}
	if n := strings.TrimSpace(v.inc.Org.NameEn); words == "" && n != "" && !strings.ContainsAny(n, "(（") {
		words = withoutLegalFormEN(n) + " notice"
	}
	if words == "" {
		words = v.fill("自社ページを探すための英語の検索語", "words to search for in English to find our website's notice")
	}
	words = strings.NewReplacer(`"`, "'", "“", "'", "”", "'").Replace(words)
	return p("search", "We will post updates on this incident on our website. To find them, search the web for \""+words+"\".")
}

// legalFormsEN are the legal forms an English company name ends with, as
// readers leave them out when they search ("Example Co., Ltd." is found as
// "Example"): the longer of two that end alike first. A bare "Co." is not
// one ("Smith & Co." is the name).
var legalFormsEN = []string{
	"Co., Ltd.", "Co.,Ltd.", "Co. Ltd.", "Co., Ltd", "Company Limited", "Company, Limited",
	"Pte. Ltd.", "Pte Ltd", "Pty. Ltd.", "Pty Ltd", "Sdn. Bhd.", "Sdn Bhd",
	"Ltd.", "Ltd", "Limited", "Inc.", "Inc", "Incorporated", "Corp.", "Corporation",
	"K.K.", "G.K.", "Y.K.", "LLC", "L.L.C.", "LLP", "PLC", "GmbH", "AG", "S.A.", "SAS", "B.V.", "N.V.",
}

// withoutLegalFormEN is an English company name without the legal form it
// ends with ("Kaku Games Co., Ltd." → "Kaku Games"); the name as given when
// it ends with none, or when what is left would not name it (nothing, or
// a name ending in "&", "and" or "the": "Example & Co. Ltd.").
func withoutLegalFormEN(n string) string {
	for _, f := range legalFormsEN {
		if len(n) <= len(f) || !strings.EqualFold(n[len(n)-len(f):], f) {
			continue
		}
		rest := n[:len(n)-len(f)]
		if r := rest[len(rest)-1]; r != ' ' && r != ',' {
			continue // part of a word ("Kag" does not end in "AG")
		}
		rest = strings.TrimRight(rest, " ,")
		low := strings.ToLower(rest)
		if rest == "" || strings.HasSuffix(low, "&") || strings.HasSuffix(low, " and") || strings.HasSuffix(low, " the") || strings.EqualFold(rest, "the") {
			return n
		}
		return rest
	}
	return n
}

// searchNameEN is searchNameJA for words typed for the English documents:
// the words alone, without a "search for" around them.
func searchNameEN(s string) string {
	s = searchNameJA(s)
	for changed := true; changed; {
		changed = false
		if t, ok := strings.CutSuffix(s, "."); ok {
			s, changed = strings.TrimSpace(t), true
		}
		low := strings.ToLower(s)
		for _, pre := range []string{"search the web for ", "search for ", "search "} {
			if strings.HasPrefix(low, pre) {
				s, changed = strings.TrimSpace(s[len(pre):]), true
				break
			}
		}
		for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"'", "'"}} {
			if strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) && len(s) > len(q[0])+len(q[1]) {
				s, changed = strings.TrimSpace(s[len(q[0]):len(s)-len(q[1])]), true
			}
		}
	}
	return s
}
