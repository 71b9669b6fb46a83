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
	return app.Div().Body(
		field("f-persons", catalog.T(l, "f.persons"), catalog.T(l, "f.persons.hint"), p.problems["f-persons"],
			app.Input().ID("f-persons").Type("text").Attr("inputmode", "numeric").Value(countText(l, inc.Main().Persons.Latest())).
				DataSet("count", "persons").OnChange(p.onCount)),
		field("f-records", catalog.T(l, "f.records"), catalog.T(l, "f.records.hint"), p.problems["f-records"],
			app.Input().ID("f-records").Type("text").Attr("inputmode", "numeric").Value(countText(l, inc.Main().Records.Latest())).
				DataSet("count", "records").OnChange(p.onCount)),
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
	{"JP", ""}, {"US", "CA"}, {"US", "NY"}, {"GB", ""}, {"DE", ""}, {"FR", ""}, {"AU", ""}, {"SG", ""}, {"KR", ""}, {"CA", ""},
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
			app.Input().ID(id).Type("text").Attr("inputmode", "numeric").Value(v).
				DataSet("country", pl.country).DataSet("region", pl.region).OnChange(p.onResidence)))
	}
	return app.Div().Class("bd-residence").Body(rows...)
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
		return app.Div().Class("bd-check").Body(
			app.Input().Type("radio").Name("role").ID(id).Value(string(r)).
				Checked(role == r || (r == incident.Controller && role == "")).OnChange(p.onRole),
			app.Label().For(id).Text(label),
		)
	}
	return app.Div().Body(
		field("f-org", catalog.T(l, "f.org"), "", "",
			app.Input().ID("f-org").Type("text").MaxLength(200).Value(inc.Org.Name).OnInput(p.onOrg)),
		field("f-org-en", catalog.T(l, "f.orgEn"), catalog.T(l, "f.orgEn.hint"), p.problems["f-org-en"],
			app.Input().ID("f-org-en").Type("text").MaxLength(200).Attr("lang", "en").Value(inc.Org.NameEn).OnInput(p.onOrgEn)),
		field("f-establishments", catalog.T(l, "f.establishments"), catalog.T(l, "f.establishments.hint"), p.problems["f-establishments"],
			app.Input().ID("f-establishments").Type("text").MaxLength(200).
				Value(typedOr(inc, "f-establishments", strings.Join(inc.Org.Establishments, ", "))).
				OnInput(p.keepTyping).OnChange(p.onEstablishments)),
		app.FieldSet().Body(
			app.Legend().Text(catalog.T(l, "f.role")),
			radio(incident.Controller, catalog.T(l, "role.controller")),
			radio(incident.Processor, catalog.T(l, "role.processor")),
		),
		app.If(role == incident.Processor, func() app.UI {
			return field("f-entrustor", catalog.T(l, "f.entrustor"), catalog.T(l, "f.entrustor.hint"), "",
				app.Input().ID("f-entrustor").Type("text").MaxLength(200).Value(desk.PartyName(inc, incident.PartyEntrustor)).OnInput(p.onEntrustor))
		}),
		app.Div().Class("bd-check").Body(
			app.Input().Type("checkbox").ID("f-public").Checked(inc.Org.Kind == incident.Public).OnChange(p.onPublic),
			app.Label().For("f-public").Text(catalog.T(l, "f.public")),
		),
		app.Div().Class("bd-wiz-more-sets").Body(
			app.P().Class("bd-hint").ID("wiz-add-set-hint").Text(catalog.T(l, "wiz.addSet.hint")),
			app.Button().Type("button").ID("wiz-add-set").Aria("describedby", "wiz-add-set-hint").
				Text(catalog.T(l, "wiz.addSet")).OnClick(p.onAddSet),
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
			inc.Org.Kind = incident.Public
		} else {
			inc.Org.Kind = incident.Private
		}
	})
}
