package draft

import (
	"strings"
	"time"

	"breachdesk/app/incident"
)

// dateEN writes "May 13, 2026" in the incident's time zone.
func (v *view) dateEN(t time.Time) string { return t.In(v.loc).Format("January 2, 2006") }

// dateTimeEN writes "May 13, 2026, 16:00 JST".
func (v *view) dateTimeEN(t time.Time) string {
	return t.In(v.loc).Format("January 2, 2006, 15:04 MST")
}

// countEN writes a count with a noun in the singular or plural.
func countEN(c incident.Count, one, many string) string {
	if c.Known && c.N == 1 && !c.Approx {
		return "1 " + one
	}
	return incident.FormatCount(c, EN) + " " + many
}

// personsEN: "6,788,443 people (7,930,000 records; one person may appear in more than one record)".
func (v *view) personsEN() string {
	d := v.data
	var s string
	if d.Persons.Known {
		s = countEN(d.Persons, "person", "people")
	} else {
		s = "a number of people still under investigation"
	}
	if d.Records.Known && (!d.Persons.Known || d.Records.N != d.Persons.N) {
		s += " (" + countEN(d.Records, "record", "records") + "; one person may appear in more than one record)"
	}
	return s
}

// categoryEN names a category for the reader.
func (v *view) categoryEN(c incident.Category) string {
	if c.ID == "other" || v.rs.Category(c.ID) == nil {
		return v.orFill(c.Other, "項目の名称", "name of the item")
	}
	return parenTail.ReplaceAllString(v.rs.Category(c.ID).EN, "")
}

// categoriesEN lists the affected items: "name, postal address and passport number (4,300 people)".
func (v *view) categoriesEN() string {
	var out []string
	seen := map[string]bool{}
	for _, c := range v.data.Categories {
		n := v.categoryEN(c)
		if seen[n] {
			continue
		}
		seen[n] = true
		if c.Persons.Known && v.data.Persons.Known && c.Persons.N < v.data.Persons.N {
			n += " (" + countEN(c.Persons, "person", "people") + ")"
		}
		out = append(out, n)
	}
	return joinEN(out, "still under investigation")
}

// notInvolvedEN lists the items known not to be affected.
func (v *view) notInvolvedEN() string {
	var out []string
	for _, id := range v.data.NotInvolved {
		if c := v.rs.Category(id); c != nil {
			out = append(out, parenTail.ReplaceAllString(c.EN, ""))
		} else if strings.TrimSpace(id) != "" {
			out = append(out, id)
		}
	}
	return joinEN(out, "")
}

// joinEN joins "a", "b and c"; none when empty.
func joinEN(xs []string, none string) string {
	switch len(xs) {
	case 0:
		return none
	case 1:
		return xs[0]
	}
	if len(xs) == 2 {
		return xs[0] + " and " + xs[1]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + ", and " + xs[len(xs)-1]
}

// causeEN names the cause.
func (v *view) causeEN() string {
	switch v.cause() {
	case incident.CauseUnauthorizedAccess:
		return "unauthorized access to our systems"
	case incident.CauseMalware:
		return "malware on our systems"
	case incident.CauseTargetedEmail:
		return "a targeted e-mail attack that installed malware"
	case incident.CauseWebSkimming:
		return "an alteration of our payment page that captured what customers typed (web skimming)"
	case incident.CauseInsider:
		return "an employee who took data without authorization"
	case incident.CauseMisdelivery:
		return "a document or e-mail sent to the wrong recipient"
	case incident.CauseLoss:
		return "the loss of a device or storage medium"
	case incident.CauseTheft:
		return "a theft"
	case incident.CauseRansomware:
		return "a ransomware attack"
	case incident.CauseMisconfiguration:
		return "a configuration error in our systems"
	case incident.CauseOther:
		return v.fill("原因", "the cause")
	}
	return ""
}

// happenedEN: "was accessed without authorization" / "may have been accessed without authorization".
func (v *view) happenedEN() string {
	verb := "acquired by an unauthorized person"
	if v.cyber() {
		verb = "acquired by an outside party"
	}
	switch v.cause() {
	case incident.CauseMisdelivery:
		verb = "sent to a person who should not have received it"
	case incident.CauseLoss, incident.CauseTheft:
		verb = "exposed through the loss of the medium that held it"
	}
	if v.possible() {
		return "may have been " + verb
	}
	return "was " + verb
}
