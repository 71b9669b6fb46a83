package ui

import (
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// factsForm renders the facts page for one render: the incident and what
// Validate found in it.
type factsForm struct {
	p   *FactsPage
	l   catalog.Lang
	inc *incident.Incident
	ps  incident.Problems
}

// problemsAt are Validate's problems for a field, errors first.
func (f *factsForm) problemsAt(path string) incident.Problems {
	at := f.ps.At(path)
	return append(at.Errors(), at.Warnings()...)
}

// field is a labelled control with its hint, the problem of what was typed
// (role=alert) and Validate's problems for path. The control must carry the
// id fieldID(path) and describedBy(path).
func (f *factsForm) field(path string, control app.UI) app.UI {
	id := fieldID(path)
	return app.Div().Class("bd-field").Body(
		app.Label().For(id).Text(catalog.T(f.l, labelKey(path))),
		control,
		f.notes(path),
	)
}

// notes are a field's hint and problems.
func (f *factsForm) notes(path string) app.UI {
	id := fieldID(path)
	hint := catalog.T(f.l, labelKey(path)+".hint")
	hasHint := !strings.HasPrefix(hint, "[")
	input := f.p.inputProblems[id]
	ps := f.problemsAt(path)
	items := make([]app.UI, 0, len(ps))
	for _, pr := range ps {
		items = append(items, app.Li().Class(severityClass(pr)).Text(severityLabel(f.l, pr)+" "+pr.Message(string(f.l))))
	}
	return app.Div().Class("bd-field-notes").Body(
		app.If(hasHint, func() app.UI { return app.P().Class("bd-hint").ID(id + "-hint").Text(hint) }),
		app.If(input != "", func() app.UI {
			return app.P().Class("bd-problem").ID(id + "-problem").Role("alert").
				Text(catalog.T(f.l, labelKey(path)) + ": " + input)
		}),
		app.If(len(items) > 0, func() app.UI { return app.Ul().Class("bd-field-problems").ID(id + "-check").Body(items...) }),
	)
}

// describedBy lists the ids of the notes shown for path.
func (f *factsForm) describedBy(path string) string {
	id := fieldID(path)
	var ids []string
	if !strings.HasPrefix(catalog.T(f.l, labelKey(path)+".hint"), "[") {
		ids = append(ids, id+"-hint")
	}
	if f.p.inputProblems[id] != "" {
		ids = append(ids, id+"-problem")
	}
	if len(f.ps.At(path)) > 0 {
		ids = append(ids, id+"-check")
	}
	return strings.Join(ids, " ")
}

// textFact is a free-text fact.
type textFact struct {
	get       func(*incident.Incident) string
	set       func(*incident.Incident, string)
	multiline bool
	max       int // characters of a one-line field
}

func str(get func(*incident.Incident) *string, multiline bool) textFact {
	max := incident.MaxNameRunes
	return textFact{
		get:       func(inc *incident.Incident) string { return *get(inc) },
		set:       func(inc *incident.Incident, s string) { *get(inc) = s },
		multiline: multiline, max: max,
	}
}

// partyText is a field of the first party of a kind: read without adding
// one, written into it (added when there is none).
func partyText(kind incident.PartyKind, field func(*incident.Party) *string) textFact {
	return textFact{
		get: func(inc *incident.Incident) string {
			if ps := inc.PartiesOf(kind); len(ps) > 0 {
				return *field(&ps[0])
			}
			return ""
		},
		set: func(inc *incident.Incident, s string) { *field(inc.PartyFor(kind)) = s },
		max: incident.MaxNameRunes,
	}
}

// formerText is a text field about the main data set's former persons.
func formerText(field func(*incident.Former) *string) textFact {
	return textFact{
		get: func(inc *incident.Incident) string { return *field(&inc.Main().Former) },
		set: func(inc *incident.Incident, s string) { *field(&inc.Main().Former) = s },
		max: incident.MaxNameRunes,
	}
}

// entrustorText is the name of the entrustor of the main data set, which
// that set then names.
func entrustorText() textFact {
	name := partyText(incident.PartyEntrustor, func(p *incident.Party) *string { return &p.Name })
	return textFact{get: name.get, max: name.max, set: func(inc *incident.Incident, s string) {
		name.set(inc, s)
		inc.Main().Entrustor = inc.PartyFor(incident.PartyEntrustor).ID
	}}
}

// textFacts are the free-text facts of this page, by path.
var textFacts = map[string]textFact{
	"org.name":                 str(func(i *incident.Incident) *string { return &i.Org.Name }, false),
	"org.sector":               str(func(i *incident.Incident) *string { return &i.Org.Sector }, false),
	"org.ministry":             partyText(incident.PartyMinistry, func(p *incident.Party) *string { return &p.Name }),
	"org.entrustor":            entrustorText(),
	"org.nameEn":               str(func(i *incident.Incident) *string { return &i.Org.NameEn }, false),
	"card.acquirer":            partyText(incident.PartyCard, func(p *incident.Party) *string { return &p.Name }),
	"card.contact":             partyText(incident.PartyCard, func(p *incident.Party) *string { return &p.Contact }),
	"police.station":           partyText(incident.PartyPolice, func(p *incident.Party) *string { return &p.Name }),
	"police.contact":           partyText(incident.PartyPolice, func(p *incident.Party) *string { return &p.Contact }),
	"police.reference":         partyText(incident.PartyPolice, func(p *incident.Party) *string { return &p.Reference }),
	"cause.description":        str(func(i *incident.Incident) *string { return &i.Cause.Description }, true),
	"risk.secondaryHarmNote":   str(func(i *incident.Incident) *string { return &i.Risk.SecondaryHarmNote }, true),
	"data.former.leftFrom":     formerText(func(f *incident.Former) *string { return (*string)(&f.LeftFrom) }),
	"data.former.rule":         formerText(func(f *incident.Former) *string { return &f.Rule }),
	"contact.name":             str(func(i *incident.Incident) *string { return &i.Contact.Name }, false),
	"contact.phone":            str(func(i *incident.Incident) *string { return &i.Contact.Phone }, false),
	"contact.hours":            str(func(i *incident.Incident) *string { return &i.Contact.Hours }, false),
	"contact.email":            str(func(i *incident.Incident) *string { return &i.Contact.Email }, false),
	"contact.web":              str(func(i *incident.Incident) *string { return &i.Contact.Web }, false),
	"story.summary":            str(func(i *incident.Incident) *string { return &i.Story.Summary }, true),
	"story.howDiscovered":      str(func(i *incident.Incident) *string { return &i.Story.HowDiscovered }, true),
	"story.measuresBefore":     str(func(i *incident.Incident) *string { return &i.Story.MeasuresBefore }, true),
	"story.response":           str(func(i *incident.Incident) *string { return &i.Story.Response }, true),
	"story.currentState":       str(func(i *incident.Incident) *string { return &i.Story.CurrentState }, true),
	"story.prevention":         str(func(i *incident.Incident) *string { return &i.Story.Prevention }, true),
	"story.compensation":       str(func(i *incident.Incident) *string { return &i.Story.Compensation }, true),
	"story.compensationReason": str(func(i *incident.Incident) *string { return &i.Story.CompensationReason }, true),
	"story.other":              str(func(i *incident.Incident) *string { return &i.Story.Other }, true),
}

// peopleRoles are the people responsible, in the order shown.
var peopleRoles = []string{"representative", "privacyOfficer", "ciso", "legal", "pr"}

func personOf(inc *incident.Incident, role string) *incident.Person {
	switch role {
	case "ciso":
		return &inc.People.CISO
	case "privacyOfficer":
		return &inc.People.PrivacyOfficer
	case "pr":
		return &inc.People.PR
	case "legal":
		return &inc.People.Legal
	}
	return &inc.People.Representative
}

func init() {
	for _, r := range peopleRoles {
		textFacts["people."+r+".name"] = str(func(i *incident.Incident) *string { return &personOf(i, r).Name }, false)
		textFacts["people."+r+".contact"] = str(func(i *incident.Incident) *string { return &personOf(i, r).Contact }, false)
	}
}

// text is the field of a free-text fact.
func (f *factsForm) text(path string) app.UI {
	tf := textFacts[path]
	id := fieldID(path)
	if tf.multiline {
		return f.field(path, app.Textarea().ID(id).Rows(4).DataSet("fact", path).
			Aria("describedby", f.describedBy(path)).Text(tf.get(f.inc)).OnInput(f.p.onText))
	}
	in := app.Input().ID(id).Type("text").MaxLength(tf.max).DataSet("fact", path).
		Aria("describedby", f.describedBy(path)).Value(tf.get(f.inc)).OnInput(f.p.onText)
	switch path {
	case "contact.email":
		in = in.Attr("inputmode", "email").AutoComplete(false)
	case "contact.phone":
		in = in.Attr("inputmode", "tel").AutoComplete(false)
	case "org.nameEn":
		in = in.Attr("lang", "en")
	}
	return f.field(path, in)
}

// onText stores a free-text fact as it is typed. The field already shows what
// was typed (the browser's own echo), and nothing else on this page shows a
// free-text fact but the problems Validate finds: when those are still the
// ones on screen after the keystroke, the page is not rendered again (rebuilding the whole
// form of a 1,000-event incident cost ~40 ms a keystroke) and the edit is
// saved as any other. Any other page derives from the stored facts when it
// renders; when the problems change, the page renders them at once.
func (p *FactsPage) onText(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	tf, ok := textFacts[path]
	inc := p.inc()
	if !ok || inc == nil {
		return
	}
	v := value(ctx)
	theDesk.EditQuietly(p.id, func(inc *incident.Incident) { tf.set(inc, v) })
	if problemsKey(p.problems(inc)) == p.shown {
		ctx.PreventUpdate()
		return
	}
	theDesk.Notify()
}

// problemsKey is what the page shows of a set of problems, as one string.
func problemsKey(ps incident.Problems) string {
	var b strings.Builder
	for _, pr := range ps {
		b.WriteString(pr.Path)
		b.WriteByte(0)
		b.WriteString(pr.Severity.String())
		b.WriteByte(0)
		b.WriteString(string(pr.Code))
		for _, a := range pr.Args {
			b.WriteByte(0)
			b.WriteString(a)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

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
