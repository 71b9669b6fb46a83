package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The facts chosen among a few answers: yes / no / not known yet, and
// enumerated facts (a select or radio buttons).

// triFacts are the yes / no / not known yet facts, by path.
var triFacts = map[string]func(*incident.Incident) *incident.Tri{
	"data.recovered":           func(i *incident.Incident) *incident.Tri { return &i.Main().Recovered },
	"cause.unlawfulPurpose":    func(i *incident.Incident) *incident.Tri { return &i.Cause.UnlawfulPurpose },
	"risk.secondaryHarm":       func(i *incident.Incident) *incident.Tri { return &i.Risk.SecondaryHarm },
	"risk.seriousHarm":         func(i *incident.Incident) *incident.Tri { return &i.Risk.SeriousHarm },
	"risk.lawEnforcementDelay": func(i *incident.Incident) *incident.Tri { return &i.Risk.LawEnforcementDelay },
}

// triValue is the radio value of a Tri ("" has none of its own).
func triValue(t incident.Tri) string {
	if t == incident.Unknown {
		return "unknown"
	}
	return string(t)
}

// tri is three radio buttons in a fieldset: yes, no, not known yet.
func (f *factsForm) tri(path string) app.UI {
	id := fieldID(path)
	cur := *triFacts[path](f.inc)
	radios := make([]app.UI, 0, 3)
	for _, t := range []incident.Tri{incident.Yes, incident.No, incident.Unknown} {
		rid := id + "-" + triValue(t)
		radios = append(radios, app.Div().Class("bd-check").Body(
			app.Input().Type("radio").Name(id).ID(rid).Value(triValue(t)).DataSet("fact", path).
				Checked(cur == t).OnChange(f.p.onTri),
			app.Label().For(rid).Text(catalog.T(f.l, "facts.tri."+triValue(t))),
		))
	}
	return app.FieldSet().Class("bd-tri").ID(id).Aria("describedby", f.describedBy(path)).Body(
		app.Legend().Text(catalog.T(f.l, labelKey(path))),
		app.Div().Class("bd-tri-options").Body(radios...),
		f.notes(path),
	)
}

func (p *FactsPage) onTri(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	get, ok := triFacts[path]
	if !ok {
		return
	}
	v := incident.Tri(value(ctx))
	if v == "unknown" {
		v = incident.Unknown
	}
	p.change(func(inc *incident.Incident) { *get(inc) = v })
}

// choiceFact is an enumerated fact shown as a select.
type choiceFact struct {
	values []string // without the blank value
	prefix string   // catalog prefix of the values' labels
	blank  string   // catalog id of the blank value's label; radios have none
	get    func(*incident.Incident) *string
	radio  bool // radio buttons, the first value standing for ""
	// read and write, when set, stand for get (a fact that is not one field).
	read  func(*incident.Incident) string
	write func(*incident.Incident, string)
}

func (cf choiceFact) value(inc *incident.Incident) string {
	if cf.read != nil {
		return cf.read(inc)
	}
	return *cf.get(inc)
}

func (cf choiceFact) set(inc *incident.Incident, v string) {
	if cf.write != nil {
		cf.write(inc, v)
		return
	}
	*cf.get(inc) = v
}

func enumValues[T ~string](vs []T) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if v != "" {
			out = append(out, string(v))
		}
	}
	return out
}

// choiceFacts are the enumerated facts, by path. The *string views of typed
// strings are safe: each type's underlying type is string.
var choiceFacts = map[string]choiceFact{
	"cause.kind": {values: enumValues(incident.CauseKinds), prefix: "cause.", blank: "unknownYet",
		get: func(i *incident.Incident) *string { return (*string)(&i.Cause.Kind) }, radio: false},
	"data.status": {values: enumValues(incident.Statuses), prefix: "status.", blank: "unknownYet",
		read: func(i *incident.Incident) string {
			if len(i.Main().Status) == 0 {
				return ""
			}
			return string(i.Main().StatusOn(""))
		},
		// A change of status is dated today in the incident's zone, so that
		// documents dated earlier keep the status of their day.
		write: func(i *incident.Incident, v string) {
			i.Main().SetStatus(incident.Status(v), incident.DateOf(incidentNow(i, time.Time{}).In(i.Location())))
		}},
	"data.encryption": {values: enumValues(incident.Encryptions), prefix: "enc.", blank: "unknownYet",
		get: func(i *incident.Incident) *string { return (*string)(&i.Main().Encryption) }, radio: false},
	"risk.level": {values: incident.RiskLevels, prefix: "facts.level.", blank: "facts.notAssessed",
		get: func(i *incident.Incident) *string { return &i.Risk.Level }, radio: false},
	"story.compensationScope": {values: incident.CompensationScopes, prefix: "facts.scope.", blank: "facts.notDecided",
		get: func(i *incident.Incident) *string { return &i.Story.CompensationScope }, radio: false},
	"org.kind": {values: enumValues(incident.OrgKinds), prefix: "facts.kind.", blank: "",
		get: func(i *incident.Incident) *string { return (*string)(&i.Org.Kind) }, radio: true},
	"org.role": {values: enumValues(incident.Roles), prefix: "role.", blank: "",
		get: func(i *incident.Incident) *string { return (*string)(&i.Main().Role) }, radio: true},
}

func (f *factsForm) choice(path string) app.UI {
	cf := choiceFacts[path]
	cur := cf.value(f.inc)
	if cf.radio {
		return f.radios(path, cf, cur)
	}
	opts := make([]app.UI, 0, len(cf.values)+1)
	opts = append(opts, app.Option().Value("").Text(catalog.T(f.l, cf.blank)).Selected(cur == ""))
	for _, v := range cf.values {
		opts = append(opts, app.Option().Value(v).Text(catalog.T(f.l, cf.prefix+v)).Selected(cur == v))
	}
	return f.field(path, app.Select().ID(fieldID(path)).DataSet("fact", path).
		Aria("describedby", f.describedBy(path)).Body(opts...).OnChange(f.p.onChoice))
}

// radios are a choice as radio buttons in a fieldset.
func (f *factsForm) radios(path string, cf choiceFact, cur string) app.UI {
	id := fieldID(path)
	radios := make([]app.UI, 0, len(cf.values))
	for i, v := range cf.values {
		rid := id + "-" + v
		radios = append(radios, app.Div().Class("bd-check").Body(
			app.Input().Type("radio").Name(id).ID(rid).Value(v).DataSet("fact", path).
				Checked(cur == v || (cur == "" && i == 0)).OnChange(f.p.onChoice),
			app.Label().For(rid).Text(catalog.T(f.l, cf.prefix+v)),
		))
	}
	return app.FieldSet().Class("bd-tri").ID(id).Aria("describedby", f.describedBy(path)).Body(
		app.Legend().Text(catalog.T(f.l, labelKey(path))),
		app.Div().Class("bd-tri-options").Body(radios...),
		f.notes(path),
	)
}

func (p *FactsPage) onChoice(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	cf, ok := choiceFacts[path]
	if !ok {
		return
	}
	v := value(ctx)
	p.change(func(inc *incident.Incident) { cf.set(inc, v) })
}
