package draft

import (
	"time"

	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// inEEA reports whether the GDPR applies in country c (EU and EEA).
func inEEA(c string) bool {
	switch c {
	case "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
		"FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
		"MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
		"IS", "LI", "NO":
		return true
	}
	return false
}

// gdprPlaces are the laws whose authorities each get an Art. 33
// notification of their own when both apply (Spec.Place): the GDPR's (the
// EU/EEA supervisory authority) and the UK GDPR's (the ICO).
var gdprPlaces = []string{"EU", "UK"}

// gdprArt33 is the notification to the supervisory authority, by the items of
// Art. 33(3), with the timing (reasons for a delay past 72 hours, phases).
// Where both the GDPR and the UK GDPR require it, each authority gets its
// own (v.place "EU" or "UK"), with its own law's title, representative,
// deadline and filing (157: a UK company with staff in Ireland filed with the
// ICO on June 9 and the Irish authority on June 11; one document for both
// told each of them the other's timing).
func gdprArt33(b *builder) {
	v := b.v
	b.doc.Title = "Personal Data Breach Notification (GDPR Article 33)"
	if v.place == "UK" || v.place == "" && v.jur("EU") == nil && v.jur("UK") != nil {
		// For the ICO alone: the UK GDPR's article (a UK branch whose
		// staff in Ireland do not bring the GDPR in).
		b.doc.Title = "Personal Data Breach Notification (UK GDPR Article 33)"
	}
	est := strings.Join(v.inc.Org.Establishments, ", ")
	b.section("controller", p("p1", "Controller: "+v.controllerEN()+"\nEstablishments: "+v.orFill(est, "拠点の国", "countries of establishment")+v.representativeEN()+"\nDate of this notification: "+v.dateEN(v.date)))
	b.section("nature",
		p("p1", v.summaryEN()),
		p("period", v.periodEN()),
		p("kind", "Type of breach: "+v.breachTypeEN()+"."),
		p("categories", "Categories of personal data: "+v.categoriesEN()+"."),
		p("numbers", "Approximate number of data subjects: "+v.personsEN()+"."),
		p("eea", v.eeaPersonsEN()),
		p("story", englishText(v.inc.Story.Summary)))
	b.section("contact", p("p1", "Data protection officer or contact point: "+v.personEN(v.inc.People.PrivacyOfficer, "DPO or contact point")))
	b.section("consequences", v.consequencesEN()...)
	b.section("measures", v.responseEN()...)
	b.section("timing", v.timingEN()...)
}

// gdprAuthoritySubject names, for a list of documents, the authority the
// notification under place's law goes to: the party its filing names
// ("Data Protection Commission (Ireland)"), else the law's authority, after
// the law ("UK GDPR — Information Commissioner's Office (ICO)").
func (v *view) gdprAuthoritySubject(place string) string {
	n := v.regulatorEN(place)
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if e.Jurisdiction == place {
			n = v.reportedToEN(e)
			break
		}
	}
	law := "GDPR"
	if place == "UK" {
		law = "UK GDPR"
	}
	return law + " — " + upperFirst(strings.TrimPrefix(n, "the "))
}

// representativeEN is the line of the representative a controller with no
// establishment in the Union designates (GDPR Art. 27(1), for processing
// under Art. 3(2)), and of the one in the United Kingdom a controller with
// none there designates (UK GDPR Art. 27): the authorities address it. The
// facts have no field for it, so the line is left to complete; "" when the
// controller is established there or its establishments are not entered.
// [U] Counsel to confirm whether a representative was owed at all (Art.
// 27(2): occasional processing without large-scale special categories, or
// a public authority) and whether the authority expects it named in the
// notification: Art. 33(3) does not list it. Sources: the rules data cites
// Art. 27 beside eu.art33.each (checklists/eu.json); the reference
// (legal.md) does not settle Art. 27.
func (v *view) representativeEN() string {
	if len(v.inc.Org.Establishments) == 0 {
		return ""
	}
	inEU, inUK := false, false
	for _, c := range v.inc.Org.Establishments {
		switch {
		case inEEA(c):
			inEU = true
		case c == "GB":
			inUK = true
			// Until the end of the transition period (2020-12-31) the
			// United Kingdom was under the GDPR as a member state.
			if v.date.Before(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)) {
				inEU = true
			}
		}
	}
	s := ""
	if j := v.jur("EU"); j != nil && j.Applies != assess.No && !inEU && v.place != "UK" {
		s += "\nRepresentative in the Union (GDPR Art. 27): " + v.fill("第27条の代理人の名称・連絡先（指定していない場合はその旨と理由）", "name and contact of the representative designated under Art. 27, or that none is designated and why")
	}
	if j := v.jur("UK"); j != nil && j.Applies != assess.No && !inUK && v.place != "EU" {
		s += "\nRepresentative in the United Kingdom (UK GDPR Art. 27): " + v.fill("英国GDPR第27条の代理人の名称・連絡先（指定していない場合はその旨と理由）", "name and contact of the representative designated under UK GDPR Art. 27, or that none is designated and why")
	}
	return s
}

// gdprArt34 is the communication to the persons in clear and plain language,
// with the items of Art. 33(3)(b)-(d).
func gdprArt34(b *builder) {
	v := b.v
	b.doc.Title = "Important information about your personal data"
	b.section("opening", p("lead", "We are writing to tell you that your personal data "+v.happenedEN()+". We sincerely apologize for the concern and inconvenience this causes you."))
	b.section("what-happened", p("p1", v.summaryEN()), p("period", v.periodEN()), p("items", strings.Join(paraTexts(v.dataEN()[:1]), "")), p("story", englishText(v.inc.Public.Summary)), p("took", v.noticeDelayEN()))
	b.section("consequences", v.consequencesEN()...)
	b.section("measures", v.responseEN()...)
	b.section("what-you-can-do", v.requestEN()...)
	b.section("contact", p("desk", v.contactEN()), p("dpo", "You can also contact our data protection officer: "+v.personEN(v.inc.People.PrivacyOfficer, "DPO or contact point")+"."), v.searchEN())
	b.section("closing", p("signature", v.signatureEN(true)))
}

// controllerEN names the controller for the authority: the English name and,
// when it differs, the registered (Japanese) name it can be looked up by.
func (v *view) controllerEN() string {
	en, ja := strings.TrimSpace(v.inc.Org.NameEn), strings.TrimSpace(v.inc.Org.Name)
	if en != "" && ja != "" && en != ja {
		return en + " (" + ja + ")"
	}
	return v.orgName()
}

// personEN: "name (contact)" or a placeholder.
func (v *view) personEN(pr incident.Person, what string) string {
	n := nameEN(pr)
	switch {
	case strings.TrimSpace(pr.Name) == "" && n == "":
		return v.fill(what, what)
	case n == "":
		return v.fill(what+"（英語）", what+" in English")
	}
	if c := strings.TrimSpace(pr.Contact); c != "" {
		n += " (" + c + ")"
	}
	return n
}

// nameEN is a person's name for an English document: the English name
// entered, or the name when it is in Latin letters; "" otherwise.
func nameEN(pr incident.Person) string {
	if n := strings.TrimSpace(pr.NameEn); n != "" {
		return n
	}
	return englishText(pr.Name)
}

// happenedSubjectEN: "personal information of some of our customers may have been ...".
// A company's staff are not its customers (F172: a subsidiary's announcement
// of its employees' records, told 従業員の皆さま in Japanese, said "some of our
// customers").
func (v *view) happenedSubjectEN() string {
	whose := "some of our customers"
	switch {
	case strings.HasSuffix(v.group, "従業員の皆さま") || strings.HasSuffix(v.group, "職員の皆さま"):
		whose = "people who work or have worked for us"
	case v.group == "患者さま":
		whose = "some of our patients"
	case v.group != "お客様":
		// Members and staff together (162: 関係者の皆さま), users, residents:
		// not customers (F1186).
		whose = "some of the people whose information we hold"
	}
	return "personal information of " + whose + " " + v.happenedEN()
}

// breachTypeEN: confidentiality (leak), availability (loss), integrity (damage).
func (v *view) breachTypeEN() string {
	leak, loss, damage := v.kinds()
	var ks []string
	if leak {
		ks = append(ks, "confidentiality (unauthorized disclosure or access)")
	}
	if loss {
		ks = append(ks, "availability (loss)")
	}
	if damage {
		ks = append(ks, "integrity or availability (data altered or made unusable)")
	}
	s := joinEN(ks, "under investigation")
	if v.possible() {
		s += "; not yet confirmed"
	}
	return s
}

// eeaPersonsEN: the data subjects living in the EU/EEA, by country.
func (v *view) eeaPersonsEN() string {
	var out []string
	var sum incident.Count
	sum.Known = true
	order, byCountry, atLeast := v.residentsAtLeast(inEEA)
	least := false
	for _, k := range order {
		least = least || atLeast[k]
		r := byCountry[k]
		out = append(out, k+": "+incident.FormatCount(r, EN))
		sum.N += r.N
		sum.Known = sum.Known && r.Known
		sum.Approx = sum.Approx || r.Approx
	}
	if len(out) == 0 {
		return ""
	}
	if !sum.Known {
		return "Data subjects living in the EU/EEA: " + strings.Join(out, "; ") + "."
	}
	if least {
		// Counted in a part of the data (the identity documents among the
		// accounts, 106): the whole may have more there.
		return "Of these, at least " + incident.FormatCount(sum, EN) + " live in the EU/EEA (" + strings.Join(out, "; ") + "; counted in part of the data so far)."
	}
	return "Of these, " + incident.FormatCount(sum, EN) + " live in the EU/EEA (" + strings.Join(out, "; ") + ")."
}

// residentsAtLeast sums, by country, the persons that the sets part of no
// other in the document record, with the counts a part of a set gives for a
// country its whole does not count there (106: the accounts "other
// countries", uncounted; the identity documents among them, 1,230 in
// Australia): the whole has at least those there (atLeast), as the engine
// reads it (assess: residents).
func (v *view) residentsAtLeast(accepts func(country string) bool) (order []string, by map[string]incident.Count, atLeast map[string]bool) {
	by, atLeast = map[string]incident.Count{}, map[string]bool{}
	add := func(country string, c incident.Count, least bool) {
		t, ok := by[country]
		if !ok {
			order = append(order, country)
			t = incident.Count{Known: true}
		}
		t.Known = t.Known && c.Known
		t.N += c.N
		t.Approx = t.Approx || c.Approx
		by[country], atLeast[country] = t, atLeast[country] || least
	}
	for _, s := range v.tops() {
		own := map[string]bool{}
		for _, r := range s.Residence {
			if r.Persons.Known {
				own[r.Country] = true
			}
		}
		fromParts := map[string]incident.Count{}
		var partOrder []string
		for _, part := range v.scope {
			if part == s || !v.partOf(part, s) {
				continue
			}
			for _, r := range part.Residence {
				if own[r.Country] || !r.Persons.Known || !accepts(r.Country) || r.Country == incident.OtherCountries {
					continue
				}
				c, ok := fromParts[r.Country]
				if !ok {
					partOrder = append(partOrder, r.Country)
				}
				if !ok || r.Persons.N > c.N {
					fromParts[r.Country] = r.Persons // parts may overlap: the largest
				}
			}
		}
		for _, r := range s.Residence {
			if _, counted := fromParts[r.Country]; (counted && !r.Persons.Known) || !accepts(r.Country) {
				continue // the part's count stands for the whole's uncounted row
			}
			add(r.Country, r.Persons, false)
		}
		for _, k := range partOrder {
			add(k, fromParts[k], true)
		}
	}
	return order, by, atLeast
}

// partOf: set p is part of set s, directly or through other parts.
func (v *view) partOf(p, s *setView) bool {
	for x, n := p.parent, 0; x != nil && n < len(v.scope)+1; x, n = x.parent, n+1 {
		if x == s {
			return true
		}
	}
	return false
}

// consequencesEN: the likely consequences (Art. 33(3)(c)).
func (v *view) consequencesEN() []para {
	var s string
	switch v.inc.Risk.SecondaryHarm {
	case incident.Yes:
		// The note on the harm is written for the authorities: the Art. 33
		// notification quotes it when it is in English, and asks for it in
		// English otherwise; the persons' communication (Art. 34) never
		// quotes it and asks for words for them, as the notices do.
		s = "Misuse of the data has been observed: "
		switch n := strings.TrimRight(strings.TrimSpace(v.inc.Risk.SecondaryHarmNote), "."); {
		case !v.formal():
			s += v.fill("", "what misuse has been seen, in words for the persons")
		case n != "" && !nonLatin(n):
			s += n
		default:
			s += v.fill("", "what misuse has been seen, in English")
		}
		s += "."
	case incident.No:
		s = "We have found no misuse of the data so far."
	default:
		s = "Whether the data has been misused is under investigation."
	}
	var risks []string
	if v.hasFlag("card") {
		risks = append(risks, "fraudulent card payments")
	}
	if v.hasFlag("password") {
		risks = append(risks, "someone logging in to "+map[bool]string{true: "the data subjects' accounts", false: "your account"}[v.formal()])
	}
	if v.hasCategory("email") || v.hasCategory("phone") || v.hasCategory("address") {
		risks = append(risks, "phishing messages or calls that use the data to seem genuine")
	}
	if v.hasFlag("sensitive") || v.hasFlag("health") || v.hasFlag("gdpr_special") {
		risks = append(risks, "distress or discrimination from the disclosure of sensitive data")
	}
	if v.identityDocsJA() != "" {
		who := map[bool]string{true: "the data subjects' names with their", false: "your name with your"}[v.formal()]
		risks = append(risks, "identity fraud: accounts, loans or contracts opened in "+who+" identity document details")
	}
	if v.extortion() {
		risks = append(risks, map[bool]string{true: "extortion of the data subjects: demands for money sent to them", false: "extortion: demands for money sent to you"}[v.formal()])
	}
	if v.safetyAtRisk() {
		risks = append(risks, map[bool]string{true: "a risk to the physical safety of the data subjects from someone who obtained the data", false: "a risk to your physical safety from someone who obtained the data"}[v.formal()])
	}
	ps := []para{p("p1", s)}
	if len(risks) > 0 {
		ps = append(ps, p("risks", "The likely consequences include "+joinEN(risks, "")+"."))
	}
	return ps
}

// initialEN tells the initial notification this one completes. Where both
// the EU's and the UK's Art. 33 apply, each authority gets a document of its
// own (v.place): it tells that authority's filing, then the other
// authority's ("We also notified"), or that the other is not yet notified
// (157: a UK company with staff in Ireland told the ICO on June 9 and the
// Irish authority on June 11; the one document both read said "We made an
// initial notification to the ICO on June 9 and to the Data Protection
// Commission on June 11").
func (v *view) initialEN() string {
	made := func(on string) string {
		return "We made an initial notification " + on + "; this notification sets out the information available on " + v.dateEN(v.date) + "."
	}
	on, to := map[string]string{}, map[string]string{}
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if e.At.IsZero() || e.Jurisdiction != "EU" && e.Jurisdiction != "UK" || on[e.Jurisdiction] != "" {
			continue
		}
		// A filing known by its day only is told by that day: its
		// midnight is no time of day, and in UTC it may fall on the day
		// before (a London day read in Tokyo).
		on[e.Jurisdiction], to[e.Jurisdiction] = "on "+v.dateTimeUTCEN(e.At), v.reportedToEN(e)
		if e.Precision != incident.Exact {
			on[e.Jurisdiction] = v.onTimeEN(e)
		}
		if v.place == "" {
			// The one document, to the authority of the one law that
			// requires it: its first filing.
			return made(on[e.Jurisdiction])
		}
	}
	other := "UK"
	if v.place == "UK" {
		other = "EU"
	}
	switch {
	case v.place == "" || on[v.place] == "" && on[other] == "":
		return ""
	case on[v.place] == "":
		return "We notified " + to[other] + " of this breach " + on[other] + "."
	}
	s := made(on[v.place])
	if on[other] != "" {
		return s + " We also notified " + to[other] + " " + on[other] + "."
	}
	return s + " We have not yet notified " + v.regulatorEN(other) + "."
}

// timingEN: when the controller became aware, whether within 72 hours, phases.
func (v *view) timingEN() []para {
	var ps []para
	if k := v.knew(); k != nil {
		when := "on " + v.dateTimeUTCEN(*k)
		if v.a.KnewPrecision != incident.Exact {
			when = v.knewOnEN()
		}
		ps = append(ps, p("aware", "We became aware of the breach "+when+"."))
	}
	// The deadline of the law the document is under: with one document
	// to each authority, its own (the other's filing is no answer to it).
	o := v.obligation("eu.art33.report")
	if v.place == "UK" || v.place == "" && o == nil {
		o = v.obligation("uk.art33.report")
	}
	if o != nil && (o.State == assess.StateDoneLate || o.State == assess.StateOverdue) {
		ps = append(ps, p("delay", "This notification is made more than 72 hours after we became aware of the breach. The reasons for the delay are: "+v.fill("72時間を超えた理由", "reasons for the delay")))
	} else if para := v.earlyDelayEN(o); para != "" {
		ps = append(ps, p("delay-early", para))
	}
	if para := v.initialEN(); para != "" {
		ps = append(ps, p("initial", para))
	}
	if v.possible() || !v.hasEvent(incident.EvScopeConfirmed) {
		ps = append(ps, p("phases", "Our investigation continues. As Article 33(4) allows, we will provide further information in phases as it becomes available."))
	}
	return ps
}

// hasEvent reports whether the timeline has an event of kind.
func (v *view) hasEvent(k incident.EventKind) bool {
	_, ok := v.first(k)
	return ok
}

// dateTimeUTCEN is an instant in the case's zone with UTC beside it, for an
// authority in another zone (a German authority reading a Tokyo desk's
// times): "November 2, 2026, 19:00 JST (10:00 UTC)".
func (v *view) dateTimeUTCEN(t time.Time) string {
	s := v.dateTimeEN(t)
	l, u := t.In(v.loc), t.UTC()
	if _, off := l.Zone(); off == 0 {
		return s
	}
	if l.Format("2006-01-02") == u.Format("2006-01-02") {
		return s + " (" + u.Format("15:04") + " UTC)"
	}
	return s + " (" + u.Format("January 2, 15:04") + " UTC)"
}

// earlyDelayEN: a notification in time from the awareness the company took
// but made (or, made on a day without its time, possibly made) more than 72
// hours after the first detection gives the reasons paragraph of Art. 33(1)
// for that reading, marked as such (F609, 125: ransomware's encryption on
// 5/4, the exfiltration found on 5/6, the filing about 5/7; an authority
// that takes the encryption as the awareness wants reasons). "" otherwise.
func (v *view) earlyDelayEN(o *assess.Obligation) string {
	if o == nil || o.Early == nil {
		return ""
	}
	if art33TimingEdited(v.inc.Edits, v.place, "delay-early") {
		// The timing written by the user (the awareness paragraph saying why
		// the detection was not yet it): as the check art33Early, nothing to
		// add.
		return ""
	}
	made, which := v.date, "this notification comes"
	switch {
	case o.DoneAt != nil:
		// A filing known by its day: its day's end, the conservative reading
		// (the check art33Early reads it so too).
		made, which = *o.DoneAt, "our first notification came"
	case o.DoneBy != "":
		return "" // done at a time not recorded
	}
	if !made.After(o.Early.Due) {
		return ""
	}
	on := "on " + v.dateTimeUTCEN(o.Early.StartAt)
	if e, ok := v.inc.Event(o.Early.Event); ok && e.Precision != incident.Exact {
		on = v.onTimeEN(e)
	}
	return "Should our awareness be counted from the first detection of the incident " + on +
		", " + which + " more than 72 hours after it. For that reading, the reasons for the delay are: " +
		v.fill("検知から72時間を超えた理由（検知の時点では個人データへの影響が分からなかった理由を含む）", "reasons for the delay counted from the detection, or why the detection did not yet show that personal data was affected")
}

// art33TimingEdited: the user wrote a paragraph (other than the one with
// id skip, "" none) of the timing of the Art. 33 notification to the
// authority of place: the one document's (its id without a place), or the
// place's own when each authority has one ("gdpr-art33-uk-en/timing/…").
func art33TimingEdited(edits map[string]incident.ParagraphEdit, place, skip string) bool {
	for _, doc := range []string{Spec{Kind: KindGDPR33, Lang: EN}.DocID(), Spec{Kind: KindGDPR33, Lang: EN, Place: place}.DocID()} {
		for id := range edits {
			if strings.HasPrefix(id, doc+"/timing/") && (skip == "" || id != doc+"/timing/"+skip) {
				return true
			}
		}
	}
	return false
}
