package ui

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// section is one group of facts: a heading, a short hint, the fields.
func (f *factsForm) section(id string, body ...app.UI) app.UI {
	hid := "sec-" + id + "-h"
	head := []app.UI{
		elt("h2", catalog.T(f.l, "facts.sec."+id), "id", hid),
		elt("p.bd-hint.bd-section-hint", catalog.T(f.l, "facts.sec."+id+".hint")),
	}
	return el("section.bd-facts-section", "id", "sec-"+id, "aria-labelledby", hid).Body(append(head, body...)...)
}

func (f *factsForm) orgSection() app.UI {
	return f.section("org",
		f.text("org.name"),
		f.text("org.nameEn"),
		f.sector(),
		f.choice("org.kind"),
		f.establishments(),
		el("div.bd-check.bd-field").Body(
			void("input[type=checkbox]", "id", fieldID("org.cardMerchant"), "aria-describedby", f.describedBy("org.cardMerchant")).
				Attr("checked", f.inc.Org.CardMerchant).On("change", f.p.onCardMerchant),
			elt("label", catalog.T(f.l, labelKey("org.cardMerchant")), "for", fieldID("org.cardMerchant")),
			f.notes("org.cardMerchant"),
		),
		// APPI Art. 57(1) is for businesses: a public body is not asked,
		// unless an answer is already stored.
		app.If(!f.inc.Org.Kind.IsPublic() || f.inc.Org.Art57Body != incident.Unknown, func() app.UI { return f.tri("org.art57Body") }),
		// Asked once persons are recorded where the language is neither
		// Japanese nor English (or once answered).
		app.If(len(f.inc.OtherLanguageResidence()) > 0 || f.inc.Org.LocalLanguage != incident.Unknown, func() app.UI { return f.tri("org.localLanguage") }),
		f.tri("org.targetsJP"),
		f.tri("org.targetsEU"),
		f.tri("org.targetsUK"),
		f.targetsAsked(),
	)
}

// targetsAsked asks, for each country whose law reaches an organisation
// without an establishment there only when it supplies goods or services
// there (rules.Set.AsksTargets), whether it does: once data of that
// country's residents is recorded and the organisation is not established
// there (or once answered, so an answer is never hidden).
func (f *factsForm) targetsAsked() app.UI {
	rs, err := theDesk.Rules()
	if err != nil {
		return nil
	}
	var out []app.UI
	for _, arg := range rs.AsksTargets() {
		country, name := arg, arg
		if j := rs.Jurisdiction(arg); j != nil {
			if len(j.Places) == 1 {
				country = j.Places[0].Country
			}
			name = tx(f.l, j.Name)
		}
		cur, answered := f.inc.Org.Targets[country]
		if !answered && (slices.Contains(f.inc.Org.Establishments, country) || !residentsOf(f.inc, country)) {
			continue
		}
		path := "org.targets." + country
		out = append(out, f.triGroupAs(catalog.T(f.l, "facts.f.org.targets", name), path, cur, owner{}, country, f.p.onTargets))
	}
	if len(out) == 0 {
		return nil
	}
	return el("div#fx-targets").Body(
		elt("p.bd-hint", catalog.T(f.l, "facts.f.org.targets.hint")),
		el("div").Body(out...),
	)
}

// residentsOf tells whether any data set records residents of country.
func residentsOf(inc *incident.Incident, country string) bool {
	for _, d := range inc.DataSets {
		for _, r := range d.Residence {
			if r.Country == country {
				return true
			}
		}
	}
	return false
}

func (p *FactsPage) onTargets(ctx app.Context, e app.Event) {
	country := dataAttr(ctx, "fact")
	if len(country) != 2 {
		return
	}
	v := readTri(value(ctx))
	p.change(func(inc *incident.Incident) {
		if v == incident.Unknown {
			delete(inc.Org.Targets, country)
			return
		}
		if inc.Org.Targets == nil {
			inc.Org.Targets = map[string]incident.Tri{}
		}
		inc.Org.Targets[country] = v
	})
}

// sector is a select of the sectors the rules know (checklists/facts.json),
// in the page's language; a value stored that they do not know is kept and
// shown as it is.
func (f *factsForm) sector() app.UI {
	cur := f.inc.Org.Sector
	opts := []choiceOpt{{"", catalog.T(f.l, "unknownYet")}}
	known := false
	if rs, err := theDesk.Rules(); err == nil {
		if fact := rs.Fact("org.sector"); fact != nil {
			for _, v := range fact.Values {
				opts = append(opts, choiceOpt{v, catalog.T(f.l, "sector."+v)})
				known = known || v == cur
			}
		}
	}
	if cur != "" && !known {
		opts = append(opts, choiceOpt{cur, cur})
	}
	return f.selectField("org.sector", opts, cur, owner{}, "org.sector", f.p.onSector)
}

func (p *FactsPage) onSector(ctx app.Context, e app.Event) {
	v := value(ctx)
	p.change(func(inc *incident.Incident) { inc.Org.Sector = v })
}

func (f *factsForm) establishments() app.UI {
	const path = "org.establishments"
	return f.textField(path, void("input[type=text]", "id", fieldID(path), "aria-describedby", f.describedBy(path), "value", strings.Join(f.inc.Org.Establishments, ", ")).
		Attr("maxlength", 400).On("change", f.p.onEstablishments))
}

// splitCodes reads "jp, DE、fr" as ["JP" "DE" "FR"], dropping repeats.
func splitCodes(s string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '、' || r == '，' || r == ' ' || r == '　' || r == ';' || r == '/'
	}) {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func (p *FactsPage) onEstablishments(ctx app.Context, e app.Event) {
	codes := splitCodes(value(ctx))
	p.tryEdit(ctx, "org.establishments", func(inc *incident.Incident) { inc.Org.Establishments = codes })
}

func (p *FactsPage) onCardMerchant(ctx app.Context, e app.Event) {
	on := checked(ctx)
	p.change(func(inc *incident.Incident) { inc.Org.CardMerchant = on })
}

func (f *factsForm) riskSection() app.UI {
	return f.section("risk",
		f.tri("risk.secondaryHarm"),
		f.text("risk.secondaryHarmNote"),
		f.day("risk.secondaryHarmNoteOn"),
		f.choice("risk.level"),
		f.tri("risk.seriousHarm"),
		f.tri("risk.lawEnforcementDelay"),
		f.tri("risk.noticeUnreachable"),
		f.tri("risk.extortion"),
		f.tri("risk.safetyAtRisk"),
	)
}

func (f *factsForm) causeSection() app.UI {
	return f.section("cause",
		f.choice("cause.kind"),
		f.choice("cause.at"),
		f.text("cause.atName"),
		f.tri("cause.unlawfulPurpose"),
		f.tri("cause.recipientKnown"),
		// Asked of an insider's taking or using (or once answered).
		app.If(f.inc.Cause.Kind == incident.CauseInsider || f.inc.Cause.CopiedOut != incident.Unknown, func() app.UI { return f.tri("cause.copiedOut") }),
		f.text("cause.description"),
		f.day("cause.descriptionOn"),
	)
}

func (f *factsForm) contactSection() app.UI {
	return f.section("contact",
		f.text("contact.name"),
		f.text("contact.nameEn"),
		f.text("contact.phone"),
		f.text("contact.hours"),
		f.text("contact.email"),
		f.text("contact.web"),
		f.text("contact.webEn"),
	)
}

func (f *factsForm) peopleSection() app.UI {
	groups := make([]app.UI, 0, len(peopleRoles))
	for _, r := range peopleRoles {
		groups = append(groups, el("fieldset.bd-person").Body(
			elt("legend", catalog.T(f.l, "facts.role."+r)),
			f.text("people."+r+".name"),
			f.text("people."+r+".nameEn"),
			f.text("people."+r+".contact"),
		))
	}
	return f.section("people", groups...)
}

// commonZones are offered while typing a time zone; any IANA name is accepted.
var commonZones = []string{
	"Asia/Tokyo", "UTC", "Asia/Seoul", "Asia/Singapore", "Asia/Shanghai", "Asia/Taipei", "Asia/Bangkok",
	"Australia/Sydney", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York",
	"America/Chicago", "America/Los_Angeles", "America/Toronto",
}

func (f *factsForm) zoneSection() app.UI {
	const path = "timeZone"
	opts := make([]app.UI, 0, len(commonZones))
	for _, z := range commonZones {
		opts = append(opts, el("option", "value", z))
	}
	now := incidentNow(f.inc, time.Time{}).In(f.inc.Location())
	return f.section("zone",
		f.textField(path, void("input[type=text][list=fx-zones][spellcheck=false][autocomplete=off]", "id", fieldID(path), "aria-describedby", f.describedBy(path), "value", f.inc.TimeZone).
			Attr("maxlength", 64).On("change", f.p.onZone)),
		el("datalist#fx-zones").Body(opts...),
		elt("p.bd-hint#fx-zone-now", catalog.T(f.l, "facts.zoneNow", now.Format("2006-01-02 15:04 MST (-07:00)"))),
	)
}

// checkZone is incident.LoadZone for a zone typed by the user (the one
// resolver: a zone accepted here is the zone the deadlines are computed in);
// "" and "Local" (the device's zone, which differs between colleagues) are refused.
func checkZone(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" || name == "Local" {
		return "", errNoZone
	}
	if _, err := incident.LoadZone(name); err != nil {
		return "", err
	}
	return name, nil
}

type zoneError struct{}

func (zoneError) Error() string { return "not an IANA time zone name" }

var errNoZone error = zoneError{}

func (p *FactsPage) onZone(ctx app.Context, e app.Event) {
	name, err := checkZone(value(ctx))
	if err != nil {
		p.setInputProblem(fieldID("timeZone"), catalog.T(p.lang, "facts.badZone", strings.TrimSpace(value(ctx))))
		return
	}
	p.setInputProblem(fieldID("timeZone"), "")
	p.change(func(inc *incident.Incident) { inc.TimeZone = name })
}
