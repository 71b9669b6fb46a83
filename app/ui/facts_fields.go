package ui

import (
	"strconv"
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

// textFacts are the free-text facts of this page, by path.
var textFacts = map[string]textFact{
	"org.name":                 str(func(i *incident.Incident) *string { return &i.Org.Name }, false),
	"org.sector":               str(func(i *incident.Incident) *string { return &i.Org.Sector }, false),
	"org.ministry":             str(func(i *incident.Incident) *string { return &i.Org.Ministry }, false),
	"org.entrustor":            str(func(i *incident.Incident) *string { return &i.Org.Entrustor }, false),
	"org.nameEn":               str(func(i *incident.Incident) *string { return &i.Org.NameEn }, false),
	"card.acquirer":            str(func(i *incident.Incident) *string { return &i.Card.Acquirer }, false),
	"card.contact":             str(func(i *incident.Incident) *string { return &i.Card.Contact }, false),
	"police.station":           str(func(i *incident.Incident) *string { return &i.Police.Station }, false),
	"police.contact":           str(func(i *incident.Incident) *string { return &i.Police.Contact }, false),
	"police.reference":         str(func(i *incident.Incident) *string { return &i.Police.Reference }, false),
	"cause.description":        str(func(i *incident.Incident) *string { return &i.Cause.Description }, true),
	"risk.secondaryHarmNote":   str(func(i *incident.Incident) *string { return &i.Risk.SecondaryHarmNote }, true),
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
	tf.set(inc, value(ctx))
	if problemsKey(p.checker.Validate(inc)) == p.shown {
		desk.TouchQuietly(ctx, inc, time.Now())
		return
	}
	desk.Touch(ctx, inc, time.Now())
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
	"data.recovered":           func(i *incident.Incident) *incident.Tri { return &i.Data.Recovered },
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
	p.edit(ctx, func(inc *incident.Incident) { *get(inc) = v })
}

// choiceFact is an enumerated fact shown as a select.
type choiceFact struct {
	values []string // without the blank value
	prefix string   // catalog prefix of the values' labels
	blank  string   // catalog id of the blank value's label; radios have none
	get    func(*incident.Incident) *string
	radio  bool // radio buttons, the first value standing for ""
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
	"cause.kind": {enumValues(incident.CauseKinds), "cause.", "unknownYet",
		func(i *incident.Incident) *string { return (*string)(&i.Cause.Kind) }, false},
	"data.status": {enumValues(incident.Statuses), "status.", "unknownYet",
		func(i *incident.Incident) *string { return (*string)(&i.Data.Status) }, false},
	"data.encryption": {enumValues(incident.Encryptions), "enc.", "unknownYet",
		func(i *incident.Incident) *string { return (*string)(&i.Data.Encryption) }, false},
	"risk.level": {incident.RiskLevels, "facts.level.", "facts.notAssessed",
		func(i *incident.Incident) *string { return &i.Risk.Level }, false},
	"story.compensationScope": {incident.CompensationScopes, "facts.scope.", "facts.notDecided",
		func(i *incident.Incident) *string { return &i.Story.CompensationScope }, false},
	"org.kind": {enumValues(incident.OrgKinds), "facts.kind.", "",
		func(i *incident.Incident) *string { return (*string)(&i.Org.Kind) }, true},
	"org.role": {enumValues(incident.Roles), "role.", "",
		func(i *incident.Incident) *string { return (*string)(&i.Org.Role) }, true},
}

func (f *factsForm) choice(path string) app.UI {
	cf := choiceFacts[path]
	cur := *cf.get(f.inc)
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
	p.edit(ctx, func(inc *incident.Incident) { *cf.get(inc) = v })
}

// countFacts are the counts with a field of their own, by path.
var countFacts = map[string]func(*incident.Incident) *incident.Count{
	"data.persons":                 func(i *incident.Incident) *incident.Count { return &i.Data.Persons },
	"data.records":                 func(i *incident.Incident) *incident.Count { return &i.Data.Records },
	"data.retention.formerPersons": func(i *incident.Incident) *incident.Count { return &i.Data.Retention.FormerPersons },
}

// countInput is a text input for a count (約1,200, 1.2万, approx. 1200, 不明).
func (f *factsForm) countInput(path string, c incident.Count) app.HTMLInput {
	return app.Input().ID(fieldID(path)).Type("text").Attr("inputmode", "numeric").MaxLength(60).
		Aria("describedby", f.describedBy(path)).Value(countText(f.l, c))
}

func (f *factsForm) count(path string) app.UI {
	return f.field(path, f.countInput(path, *countFacts[path](f.inc)).DataSet("fact", path).OnChange(f.p.onCount))
}

// parseCountFor reads a typed count; on error the field says so and ok is false.
func (p *FactsPage) parseCountFor(path, s string) (incident.Count, bool) {
	c, err := incident.ParseCount(s)
	if err != nil {
		p.setInputProblem(fieldID(path), catalog.T(p.lang, "f.badCount"))
		return incident.Count{}, false
	}
	p.setInputProblem(fieldID(path), "")
	return c, true
}

func (p *FactsPage) onCount(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	get, ok := countFacts[path]
	if !ok {
		return
	}
	if c, ok := p.parseCountFor(path, value(ctx)); ok {
		p.edit(ctx, func(inc *incident.Incident) { *get(inc) = c })
	}
}

// yearFacts are whole numbers of years, by path.
var yearFacts = map[string]func(*incident.Incident) *int{
	"data.retention.yearsSinceLeft": func(i *incident.Incident) *int { return &i.Data.Retention.YearsSinceLeft },
	"data.retention.retentionYears": func(i *incident.Incident) *int { return &i.Data.Retention.RetentionYears },
}

func (f *factsForm) years(path string) app.UI {
	v := ""
	if n := *yearFacts[path](f.inc); n != 0 {
		v = strconv.Itoa(n)
	}
	return f.field(path, app.Input().ID(fieldID(path)).Type("text").Attr("inputmode", "numeric").MaxLength(4).
		Aria("describedby", f.describedBy(path)).Value(v).DataSet("fact", path).OnChange(f.p.onYears))
}

// parseYears reads a whole number of years from 0 to 200; "" is 0 (not set).
func parseYears(s string) (int, bool) {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if 0xFF10 <= r && r <= 0xFF19 {
			return r - 0xFF10 + '0'
		}
		return r
	}, s))
	for _, suffix := range []string{"年", "years", "year"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 200 {
		return 0, false
	}
	return n, true
}

func (p *FactsPage) onYears(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	get, ok := yearFacts[path]
	if !ok {
		return
	}
	n, ok := parseYears(value(ctx))
	if !ok {
		p.setInputProblem(fieldID(path), catalog.T(p.lang, "facts.badYears"))
		return
	}
	p.setInputProblem(fieldID(path), "")
	p.edit(ctx, func(inc *incident.Incident) { *get(inc) = n })
}
