package ui

import (
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Steps 4 to 6: how many, where they live, whose data it is.

func (p *WizardPage) renderCount(l catalog.Lang, inc *incident.Incident) app.UI {
	return el("div").Body(
		field("f-persons", catalog.T(l, "f.persons"), catalog.T(l, "f.persons.hint"), p.problems["f-persons"],
			void("input#f-persons[type=text][inputmode=numeric][data-count=persons]", "value", countText(l, inc.Main().Persons.Latest())).
				On("change", p.onCount)),
		field("f-records", catalog.T(l, "f.records"), catalog.T(l, "f.records.hint"), p.problems["f-records"],
			void("input#f-records[type=text][inputmode=numeric][data-count=records]", "value", countText(l, inc.Main().Records.Latest())).
				On("change", p.onCount)),
	)
}

func (p *WizardPage) onCount(ctx app.Context, e app.Event) {
	which := ctx.JSSrc().Get("dataset").Get("count").String()
	id := "f-" + which
	c, err := incident.ParseCount(value(ctx))
	if err != nil {
		p.problem(id, catalog.T(p.lang, "f.badCount"))
		return
	}
	p.problem(id, "")
	p.change(func(inc *incident.Incident) {
		if which == "records" {
			inc.Main().Records = inc.Main().Records.Set(c)
		} else {
			inc.Main().Persons = inc.Main().Persons.Set(c)
		}
	})
}

// residenceRows are the places asked for in the wizard: Japan first, then
// the places other laws turn on.
var residencePlaces = []struct{ country, region string }{
	{"JP", ""}, {"US", "CA"}, {"US", "NY"}, {"US", "TX"}, {"US", "FL"}, {"US", "MA"}, {"GB", ""}, {"DE", ""}, {"FR", ""}, {"AU", ""}, {"SG", ""}, {"KR", ""}, {"CN", ""}, {"CA", ""},
}

func placeKey(country, region string) string {
	if region != "" {
		return country + "-" + region
	}
	return country
}

func (p *WizardPage) renderWhere(l catalog.Lang, inc *incident.Incident) app.UI {
	rows := make([]app.UI, 0, len(residencePlaces))
	for _, pl := range residencePlaces {
		key := placeKey(pl.country, pl.region)
		id := "f-res-" + key
		v := ""
		for _, r := range inc.Main().Residence {
			if r.Country == pl.country && r.Region == pl.region {
				v = countText(l, r.Persons)
			}
		}
		rows = append(rows, field(id, catalog.T(l, "place."+key), "", p.problems[id],
			void("input[type=text][inputmode=numeric]", "id", id, "value", v, "data-country", pl.country, "data-region", pl.region).
				On("change", p.onResidence)))
	}
	return el("div.bd-residence").Body(rows...)
}

func (p *WizardPage) onResidence(ctx app.Context, e app.Event) {
	ds := ctx.JSSrc().Get("dataset")
	country, region := ds.Get("country").String(), ""
	if r := ds.Get("region"); r.Truthy() { // go-app writes no data-region="" (Japan's row): it reads undefined, "<undefined>" as a string
		region = r.String()
	}
	id := "f-res-" + placeKey(country, region)
	c, err := incident.ParseCount(value(ctx))
	if err != nil {
		p.problem(id, catalog.T(p.lang, "f.badCount"))
		return
	}
	p.problem(id, "")
	p.change(func(inc *incident.Incident) { setResidence(inc, country, region, c) })
}

// setResidence records how many affected persons live in a place; an unknown
// count removes the place.
func setResidence(inc *incident.Incident, country, region string, c incident.Count) {
	for i, r := range inc.Main().Residence {
		if r.Country == country && r.Region == region {
			if !c.Known {
				inc.Main().Residence = append(inc.Main().Residence[:i], inc.Main().Residence[i+1:]...)
			} else {
				inc.Main().Residence[i].Persons = c
			}
			return
		}
	}
	if c.Known {
		inc.Main().Residence = append(inc.Main().Residence, incident.Residence{Country: country, Region: region, Persons: c})
	}
}

func (p *WizardPage) renderRole(l catalog.Lang, inc *incident.Incident) app.UI {
	role := inc.Main().Role
	radio := func(r incident.Role, label string) app.UI {
		id := "f-role-" + string(r)
		return el("div.bd-check").Body(
			void("input[type=radio][name=role]", "id", id, "value", string(r)).
				Attr("checked", role == r || (r == incident.Controller && role == "")).On("change", p.onRole),
			elt("label", label, "for", id),
		)
	}
	return el("div").Body(
		field("f-org", catalog.T(l, "f.org"), "", "",
			void("input#f-org[type=text]", "value", inc.Org.Name).Attr("maxlength", 200).On("input", p.onOrg)),
		field("f-org-en", catalog.T(l, "f.orgEn"), catalog.T(l, "f.orgEn.hint"), p.problems["f-org-en"],
			void("input#f-org-en[type=text][lang=en]", "value", inc.Org.NameEn).Attr("maxlength", 200).On("input", p.onOrgEn)),
		field("f-establishments", catalog.T(l, "f.establishments"), catalog.T(l, "f.establishments.hint"), p.problems["f-establishments"],
			void("input#f-establishments[type=text]", "value", typedOr(inc, "f-establishments", strings.Join(inc.Org.Establishments, ", "))).
				Attr("maxlength", 200).On("input", p.keepTyping).On("change", p.onEstablishments)),
		el("fieldset").Body(
			elt("legend", catalog.T(l, "f.role")),
			radio(incident.Controller, catalog.T(l, "role.controller")),
			radio(incident.Processor, catalog.T(l, "role.processor")),
		),
		app.If(role == incident.Processor, func() app.UI {
			return field("f-entrustor", catalog.T(l, "f.entrustor"), catalog.T(l, "f.entrustor.hint"), "",
				void("input#f-entrustor[type=text]", "value", desk.PartyName(inc, incident.PartyEntrustor)).Attr("maxlength", 200).On("input", p.onEntrustor))
		}),
		el("div.bd-check").Body(
			void("input[type=checkbox]#f-public").Attr("checked", inc.Org.Kind.IsPublic()).On("change", p.onPublic),
			elt("label[for=f-public]", catalog.T(l, "f.public")),
		),
		el("div.bd-wiz-more-sets").Body(
			elt("p.bd-hint#wiz-add-set-hint", catalog.T(l, "wiz.addSet.hint")),
			el("button[type=button]#wiz-add-set[aria-describedby=wiz-add-set-hint]").
				Text(catalog.T(l, "wiz.addSet")).On("click", p.onAddSet),
		),
	)
}

// onAddSet adds a data set besides the main one and opens the facts page,
// where it is named and filled.
func (p *WizardPage) onAddSet(ctx app.Context, e app.Event) {
	p.change(func(inc *incident.Incident) { desk.AddDataSet(inc, "") })
	ctx.Navigate(incidentHref(PathFacts, p.id))
}

func (p *WizardPage) onRole(ctx app.Context, e app.Event) {
	v := incident.Role(value(ctx))
	p.change(func(inc *incident.Incident) { inc.Main().Role = v })
}
func (p *WizardPage) onOrg(ctx app.Context, e app.Event) {
	v := value(ctx)
	p.change(func(inc *incident.Incident) { inc.Org.Name = v })
}

// onOrgEn sets the English name unless Validate would refuse it (a
// control character, say): then the field says why and the fact stays.
func (p *WizardPage) onOrgEn(ctx app.Context, e app.Event) {
	v := value(ctx)
	probe := incident.Incident{Org: incident.Organisation{NameEn: v}}
	if errs := incident.Validate(&probe).At("org.nameEn").Errors(); len(errs) > 0 {
		p.problem("f-org-en", errs[0].Message(string(p.lang)))
		return
	}
	p.problem("f-org-en", "")
	p.change(func(inc *incident.Incident) { inc.Org.NameEn = v })
}
func (p *WizardPage) onEstablishments(ctx app.Context, e app.Event) {
	codes, ok := parseCountries(value(ctx))
	if !ok {
		p.problem("f-establishments", catalog.T(p.lang, "f.establishments.bad"))
		return
	}
	p.problem("f-establishments", "")
	p.change(func(inc *incident.Incident) {
		inc.Org.Establishments = codes
		desk.SetUnsubmitted(inc, keepField+"f-establishments", "")
	})
}

// parseCountries reads country codes typed as "JP, de US": two letters each,
// separated by commas, spaces or 、. An empty text means "not known yet".
func parseCountries(s string) ([]string, bool) {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '、' || r == '，' || r == '　' }) {
		c := strings.ToUpper(f)
		if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
			return nil, false
		}
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out, true
}

func (p *WizardPage) onEntrustor(ctx app.Context, e app.Event) {
	v := strings.TrimSpace(value(ctx))
	p.change(func(inc *incident.Incident) { textFacts["org.entrustor"].set(inc, v) })
}
func (p *WizardPage) onPublic(ctx app.Context, e app.Event) {
	on := checked(ctx)
	p.change(func(inc *incident.Incident) {
		if on {
			if !inc.Org.Kind.IsPublic() {
				inc.Org.Kind = incident.Public
			}
		} else {
			inc.Org.Kind = incident.Private
		}
	})
}
