package ui

import (
	"strings"

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
