package draft

import (
	"strings"

	"breachdesk/app/incident"
)

// regulatorEN names the authority a report went to, by the event's jurisdiction.
func (v *view) regulatorEN(jur string) string {
	if jur == "" {
		jur = "JP"
	}
	if j := v.jur(jur); j != nil && j.Regulator.EN != "" {
		if jur == "JP" {
			return "Japan's Personal Information Protection Commission"
		}
		return "the " + strings.TrimPrefix(j.Regulator.EN, "the ")
	}
	return "the authority of " + jur
}

// summaryEN: when the organisation learned what.
func (v *view) summaryEN() string {
	aw, ok := v.first(incident.EvAware)
	s := "personal information we hold " + v.happenedEN()
	if c := v.causeEN(); c != "" {
		s += " as a result of " + c
	}
	if !ok {
		return "We are investigating an incident on our systems; whether " + strings.TrimPrefix(s, "personal information we hold ") + " is not yet known."
	}
	return "On " + v.dateEN(aw.At) + ", we learned that " + s + "."
}

// periodEN: the window of an attack.
func (v *view) periodEN() string {
	if !v.cyber() && v.cause() != incident.CauseInsider {
		return ""
	}
	in, ok1 := v.first(incident.EvIntrusion)
	end, ok2 := v.first(incident.EvContained)
	if !ok1 || !ok2 || !end.At.After(in.At) {
		return ""
	}
	return "The activity took place between " + v.dateEN(in.At) + " and " + v.dateEN(end.At) + ", when we stopped it."
}

// dataEN: the items and numbers.
func (v *view) dataEN() []para {
	verb := "was involved"
	if v.possible() {
		verb = "may have been involved"
	}
	ps := []para{
		p("items", "The following information "+verb+": "+v.categoriesEN()+"."),
		p("persons", "In total, "+v.personsEN()+" are affected."),
	}
	if ni := v.notInvolvedEN(); ni != "" {
		ps = append(ps, p("not-involved", "The incident did not involve your "+ni+"."))
	}
	return ps
}

// responseEN: containment, investigation, reports.
func (v *view) responseEN() []para {
	var ps []para
	if e, ok := v.first(incident.EvContained); ok {
		s := "On " + v.dateEN(e.At) + ", "
		switch v.cause() {
		case incident.CauseMisdelivery:
			s += "we contacted the recipient and asked for the information to be returned or deleted."
		case incident.CauseInsider:
			s += "we revoked the employee's access."
		default:
			s += "we cut the affected systems off from outside access to stop the incident."
		}
		ps = append(ps, p("contained", s))
	}
	if e, ok := v.first(incident.EvForensic); ok {
		ps = append(ps, p("forensic", "On "+v.dateEN(e.At)+", we engaged an outside forensic firm to investigate."))
	}
	var reps []string
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if !e.At.IsZero() {
			reps = append(reps, v.regulatorEN(e.Jurisdiction)+" on "+v.dateEN(e.At))
		}
	}
	if len(reps) > 0 {
		ps = append(ps, p("reports", "We have reported the incident to "+joinEN(reps, "")+"."))
	}
	if e, ok := v.first(incident.EvPolice); ok {
		ps = append(ps, p("police", "We reported the incident to the police on "+v.dateEN(e.At)+"."))
	}
	pr := "We are taking the following steps to prevent this from happening again: " + v.fill("再発防止策", "preventive measures")
	if s := strings.TrimSpace(v.inc.Story.Prevention); s != "" {
		pr = "We are taking the following steps to prevent this from happening again: " + s
	}
	ps = append(ps, p("prevention", pr))
	return ps
}

// requestEN: what the reader can do.
func (v *view) requestEN() []para {
	ps := []para{
		p("phishing", "Be careful with unexpected e-mails, text messages, calls or letters that claim to come from us, a public agency or a card company. Do not open links or attachments in messages you did not expect."),
		p("never-ask", "We will never ask you for your card number, security code or password by phone, e-mail or text message."),
	}
	if v.hasFlag("card") {
		ps = append(ps, p("card", "Please review your card statements for charges you do not recognize, and report any such charge to your card issuer at the number on the back of your card."))
	}
	if v.hasFlag("password") {
		ps = append(ps, p("password", "Please change your password for "+v.orgName()+", and for any other service where you use the same password."))
	}
	return ps
}

// contactEN: the desk, with hours in the incident's time zone.
func (v *view) contactEN() string {
	c := v.inc.Contact
	lines := []string{"If you have questions, please contact " + v.orFill(c.Name, "窓口の名称", "name of the desk") + "."}
	if c.Phone == "" && c.Email == "" {
		lines = append(lines, "Phone: "+v.fill("電話番号", "phone number"))
	}
	if c.Phone != "" {
		lines = append(lines, "Phone: "+c.Phone)
	}
	if c.Email != "" {
		lines = append(lines, "E-mail: "+c.Email)
	}
	lines = append(lines, "Hours: "+v.orFill(c.Hours, "受付時間", "hours")+" ("+v.zoneEN()+")")
	return strings.Join(lines, "\n")
}

// zoneEN names the incident's time zone for hours: "Japan time".
func (v *view) zoneEN() string {
	if v.loc.String() == "Asia/Tokyo" {
		return "Japan time"
	}
	return v.loc.String() + " time"
}

// signatureEN: date, representative and organisation.
func (v *view) signatureEN() string {
	return "Sincerely,\n" + v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative's name and title") + "\n" + v.orgName() + "\n" + v.dateEN(v.date)
}
