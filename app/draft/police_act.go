package draft

import "breachdesk/app/incident"

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
	s := "警察へ" + policeActJA(v.policeAct(e))
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
	switch e.By {
	case "entrustor", "processor":
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
		return day + v.policeFilerJA(e.By) + "が" + "警察へ" + policeActJA(act) + "いたしました。"
	}
	return day + "警察へ" + policeActJA(act) + "いたしました。"
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
	}
	return who + " " + verb + " " + v.onEN(e) + "."
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
	for _, e := range append(v.timeline(), v.inc.EventsOf(incident.EvPolice)...) {
		if e.Kind == incident.EvPolice && !e.Planned && (e.Police == "damage_report" || e.Police == "complaint") {
			return e, true
		}
	}
	return incident.Event{}, false
}
