package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// What a police event was and who made it (Event.Police, Event.By): a
// consultation, a 被害届, a 告訴 or a 遺失届, by the organisation, one of its
// own people on their own (the nurse whose car was broken into, the night
// before the hospital knew: scenario 32), the entrustor or a processor. The
// documents say what was recorded, never more: an event that does not say
// what it was is a consultation, or a 遺失届 when the cause is a loss.

// policeAct is what the police event was, as recorded, else as the cause
// suggests it (a loss: a 遺失届), else a consultation.
func (v *view) policeAct(e incident.Event) string {
	if e.Police != "" {
		return e.Police
	}
	if v.cause() == incident.CauseLoss {
		return "lost_property"
	}
	return ""
}

// policeAbroad reports whether the police event was made to an authority
// outside Japan: its jurisdiction says so, or, with none given, the
// organisation is established only abroad (147: a US subsidiary's complaint
// to the FBI's Internet Crime Complaint Center). A 被害届 and a 告訴 are acts
// of Japan's criminal procedure (犯罪捜査規範61条, 刑事訴訟法230条); a filing
// abroad is told as what it surely was, a report of the crime to the
// authority, 「被害の届出」.
func (v *view) policeAbroad(e incident.Event) bool {
	if j := e.Jurisdiction; j != "" {
		return j != "JP" && !strings.HasPrefix(j, "JP-")
	}
	est := v.inc.Org.Establishments
	return len(est) > 0 && !slices.Contains(est, "JP")
}

// policeFiling reports whether the event is a 被害届 or a 告訴 made abroad
// (policeAbroad): told as 「被害の届出」 / "reported the crime".
func (v *view) policeFiling(e incident.Event) bool {
	act := v.policeAct(e)
	return (act == "damage_report" || act == "complaint") && v.policeAbroad(e)
}

// policeToJA is whom the event went to, after which 「へ」 follows: 「警察」,
// or abroad 「捜査機関」 (the FBI, a prosecutor or a police force alike; a
// lost property report abroad is still the police's).
func (v *view) policeToJA(e incident.Event) string {
	if v.policeLaw(e) {
		return "捜査機関"
	}
	return "警察"
}

// policeLaw reports whether the event went to an authority abroad for
// anything but a lost property report, one whose name does not say it is a
// police force: told as "law enforcement", not "the police" (F1001: a
// consultation with the FBI; the Singapore Police Force stays the police).
func (v *view) policeLaw(e incident.Event) bool {
	if v.policeAct(e) == "lost_property" || !v.policeAbroad(e) {
		return false
	}
	if pd, ok := v.inc.Party(e.Party); ok && policeWord.MatchString(pd.Name) {
		return false
	}
	return true
}

// policeWord: a name saying the authority is a police force.
var policeWord = &lazyRegexp{expr: `警察|(?i)\bpolic[ei]|\bpolizei|\bpolis\b|\bgendarmerie`}

// policeDeedJA is policeActJA for the event: a filing abroad is 「被害の届出」.
func (v *view) policeDeedJA(e incident.Event) string {
	if v.policeFiling(e) {
		return "被害の届出"
	}
	return policeActJA(v.policeAct(e))
}

// policeActJA is the deed after 「警察へ」: 「相談」, 「被害届を提出」, ...
func policeActJA(act string) string {
	switch act {
	case "damage_report":
		return "被害届を提出"
	case "complaint":
		return "告訴"
	case "lost_property":
		return "遺失届を提出"
	}
	return "相談"
}

// policeFilerJA names who went to the police when not the organisation
// itself (「当院の職員」, 「当社の従業者」, 「委託元」), "" when it did.
func (v *view) policeFilerJA(by string) string {
	switch by {
	case "staff":
		return v.weJA() + "の" + v.staffJA()
	case "entrustor":
		return "委託元"
	case "carrier":
		return "運送会社"
	case "processor":
		if v.inc.Cause.AtCarrier() {
			return "運送会社" // the business carrying the papers, no contractor (F946)
		}
		if v.entrusted() {
			return "再委託先" // the contractor of a processor: "委託先" would read as the processor itself
		}
		return "委託先"
	}
	return ""
}

// policeLineJA is the event as a line of the steps of the case:
// 「警察へ被害届を提出」, 「当院の従業者が警察へ被害届を提出」.
func (v *view) policeLineJA(e incident.Event) string {
	s := v.policeToJA(e) + "へ" + v.policeDeedJA(e)
	if who := v.policeFilerJA(e.By); who != "" {
		s = who + "が" + s
	}
	return s
}

// policeSentenceJA is the event told in a sentence of what was done: the
// organisation's own deed (and its own people's) humbly, 「…いたしました。」,
// another business's as a fact, 「委託元から警察へ被害届が提出されております。」.
func (v *view) policeSentenceJA(e incident.Event) string {
	act := v.policeAct(e)
	day := ""
	if e.Dated() {
		day = v.evDateJA(e) + "に"
	}
	to, deed := v.policeToJA(e), v.policeDeedJA(e)
	if v.policeFiling(e) {
		deed += "を" // 「被害の届出をいたしました」
	}
	switch e.By {
	case "entrustor", "processor", "carrier":
		if v.policeFiling(e) {
			return day + v.policeFilerJA(e.By) + "から" + to + "へ被害の届出がなされております。"
		}
		switch act {
		case "damage_report":
			return day + v.policeFilerJA(e.By) + "から警察へ被害届が提出されております。"
		case "complaint":
			return day + v.policeFilerJA(e.By) + "から警察へ告訴がなされております。"
		case "lost_property":
			return day + v.policeFilerJA(e.By) + "から警察へ遺失届が提出されております。"
		}
		return day + v.policeFilerJA(e.By) + "から警察へ相談がなされております。"
	case "staff":
		return day + v.policeFilerJA(e.By) + "が" + to + "へ" + deed + "いたしました。"
	}
	return day + to + "へ" + deed + "いたしました。"
}

// policeSentenceEN is policeSentenceJA in English. An event that does not
// say what it was keeps the plain "reported the incident to the police".
func (v *view) policeSentenceEN(e incident.Event) string {
	verb := "reported the incident to the police"
	switch e.Police {
	case "consultation":
		verb = "consulted the police about the incident"
	case "damage_report":
		verb = "filed a report of the damage with the police"
	case "complaint":
		verb = "filed a criminal complaint with the police"
	case "lost_property":
		verb = "filed a lost property report with the police"
	}
	if filing, law := v.policeFiling(e), v.policeLaw(e); filing || law {
		// Abroad, not a "criminal complaint" (a prosecutor's charging
		// document) nor, for an authority that is no police force (a
		// federal agency), "the police": law enforcement, named when its
		// name can be read.
		to := "the police"
		if law {
			to = "law enforcement"
		}
		if n := v.policeNameEN(e); n != "" {
			to += " (" + n + ")"
		}
		switch {
		case filing:
			verb = "reported the crime to " + to
		case e.Police == "consultation":
			verb = "consulted " + to + " about the incident"
		default:
			verb = "reported the incident to " + to
		}
	}
	who := "We"
	switch e.By {
	case "staff":
		who = "A member of our staff"
	case "entrustor":
		who = "The company that entrusted the data to us"
	case "processor":
		who = "Our contractor handling the data"
		if v.inc.Cause.AtCarrier() {
			who = "The carrier we had engaged for transport"
		}
	case "carrier":
		who = "The carrier we had engaged for transport"
	}
	return who + " " + verb + " " + v.onEN(e) + "."
}

// policeNameEN is the name of the party the police event went to when
// written in Latin letters, with any brackets of its own made commas
// ("FBI (Columbia field office)" → "FBI, Columbia field office") so that it
// can stand in brackets; "" when there is none or it is not in Latin letters.
func (v *view) policeNameEN(e incident.Event) string {
	pd, ok := v.inc.Party(e.Party)
	if !ok {
		return ""
	}
	n := strings.TrimSpace(pd.Name)
	if n == "" || nonLatin(n) {
		return ""
	}
	n = strings.NewReplacer(" (", ", ", "（", ", ", "(", ", ", ")", "", "）", "").Replace(n)
	return strings.TrimSpace(n)
}

// policeFiledJA is, for the police memo, the 被害届 or 告訴 already made on
// the case (the first recorded), told as done — 「本件については、2025年10月12日に
// 当院の従業者が被害届を提出いたしました。」, without a day when none was
// recorded — so that the memo does not ask whether to file one; "" when
// none is recorded.
func (v *view) policeFiledJA() string {
	if e, ok := v.complaintFiled(); ok {
		return "本件については、" + v.policeSentenceJA(e)
	}
	return ""
}

// complaintFiled is the police event recording a 被害届 or a criminal
// complaint already made: the dated first, then any without a date.
func (v *view) complaintFiled() (incident.Event, bool) {
	for _, e := range v.policeEvents() {
		if e.Police == "damage_report" || e.Police == "complaint" {
			return e, true
		}
	}
	return incident.Event{}, false
}

// policeEvents are the police events made (not planned): those of the
// time line known on the document's date first, in its order, then every
// one recorded (those without a date among them).
func (v *view) policeEvents() []incident.Event {
	var out []incident.Event
	for _, e := range append(v.timeline(), v.inc.EventsOf(incident.EvPolice)...) {
		if e.Kind == incident.EvPolice && !e.Planned {
			out = append(out, e)
		}
	}
	return out
}
