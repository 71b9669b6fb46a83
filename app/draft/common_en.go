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
		switch jur {
		case "JP":
			return "Japan's Personal Information Protection Commission"
		case "EU":
			return "the lead data protection supervisory authority in the EU"
		case "KR":
			return "Korea's Personal Information Protection Commission (through KISA)"
		}
		return "the " + strings.TrimPrefix(j.Regulator.EN, "the ")
	}
	return "the authority of " + jur
}

// summaryEN: when the organisation learned what, and how it happened.
func (v *view) summaryEN() string {
	aw, ok := v.first(incident.EvAware)
	if !ok {
		return "We are investigating an incident on our systems; whether personal information " + v.happenedEN() + " is not yet known."
	}
	s := "On " + v.dateEN(aw.At) + ", we learned that "
	may := ""
	if v.possible() {
		may = "may have "
	}
	switch v.cause() {
	case incident.CauseUnauthorizedAccess, incident.CauseMalware, incident.CauseTargetedEmail, incident.CauseRansomware, incident.CauseWebSkimming:
		return s + "personal information we hold " + v.happenedEN() + " as a result of " + v.causeEN() + "."
	case incident.CauseInsider:
		return s + "an employee " + may + "taken personal information we hold without authorization."
	case "":
		return s + "personal information we hold " + v.happenedEN() + "."
	}
	return s + "personal information we hold " + v.happenedEN() + " because of " + v.causeEN() + "."
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
	return "The unauthorized activity took place between " + v.dateEN(in.At) + " and " + v.dateEN(end.At) + ", when we stopped it."
}

// dataEN: the items and numbers.
func (v *view) dataEN() []para {
	verb := "was involved"
	if v.possible() {
		verb = "may have been involved"
	}
	ps := []para{
		p("items", "The following information "+verb+": "+v.categoriesEN()+"."),
		p("persons", v.affectedCountEN()),
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
		if e.At.IsZero() || v.kind == KindGDPR33 && (e.Jurisdiction == "EU" || e.Jurisdiction == "UK") {
			continue // the Art. 33 report does not report to its own addressee
		}
		reps = append(reps, "to "+v.regulatorEN(e.Jurisdiction)+" on "+v.dateEN(e.At))
	}
	if len(reps) > 0 {
		ps = append(ps, p("reports", "We have reported the incident "+joinEN(reps, "")+"."))
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
	who := "us or a public agency"
	never := "password"
	if v.hasFlag("card") {
		who = "us, a public agency or a card company"
		never = "card number, security code or password"
	}
	ps := []para{
		p("phishing", "Be careful with unexpected e-mails, text messages, calls or letters that claim to come from "+who+". Do not open links or attachments in messages you did not expect."),
		p("never-ask", "We will never ask you for your "+never+" by phone, e-mail or text message."),
	}
	if v.hasFlag("card") {
		ps = append(ps, p("card", "Please review your card statements for charges you do not recognize, and report any such charge to your card issuer at the number on the back of your card."))
	}
	if v.hasFlag("password") {
		ps = append(ps, p("password", "Please change the password you use for our service, and for any other service where you use the same password."))
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

// affectedCountEN: "The incident affects 5,200 people in total (6,100 records, ...)".
func (v *view) affectedCountEN() string {
	d := v.data
	if !d.Persons.Known {
		return "The number of people affected is still under investigation."
	}
	s := "The incident affects " + countEN(d.Persons, "person", "people") + " in total"
	if d.Records.Known && d.Records.N != d.Persons.N {
		s += " (" + countEN(d.Records, "record", "records") + ", as some people appear in more than one record)"
	}
	return s + "."
}

// zoneEN names the incident's time zone for hours: "Japan time".
func (v *view) zoneEN() string {
	if v.loc.String() == "Asia/Tokyo" {
		return "Japan time"
	}
	return v.loc.String() + " time"
}

// signatureEN: representative and organisation, and the date unless a letterhead carries it.
func (v *view) signatureEN(dated bool) string {
	s := "Sincerely,\n" + v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative's name and title") + "\n" + v.orgName()
	if dated {
		s += "\n" + v.dateEN(v.date)
	}
	return s
}
