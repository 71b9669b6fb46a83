package ui

import (
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
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
	// anchors are the fields rendered so far, by the path whose problems
	// they show (anchor): the list at the top links to them.
	anchors map[string]string
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
	return f.fieldAs(catalog.T(f.l, labelKey(path)), path, control)
}

// fieldAs is field under another label than the path's.
func (f *factsForm) fieldAs(label, path string, control app.UI) app.UI {
	return fieldWith(label, path, control, f.notes(path))
}

// fieldWith is a labelled control with the notes given.
func fieldWith(label, path string, control, notes app.UI) app.UI {
	return fieldIn(el("div.bd-field"), label, path, control, notes)
}

// fieldIn is fieldWith in the element box (div.bd-field, or fieldForm's).
func fieldIn(box app.HTMLElem, label, path string, control, notes app.UI) app.UI {
	return box.Body(
		elt("label", label, "for", fieldID(path)),
		control,
		notes,
	)
}

// notes are a field's hint and problems; the field is where the list at the
// top sends the focus for a problem of path.
func (f *factsForm) notes(path string) app.UI { return f.notesOf(path, f.problemsAt(path)) }

// notesExact are the notes of a field that holds others (a list): only the
// problems of path itself, those of its items showing beside them.
func (f *factsForm) notesExact(path string) app.UI {
	var ps incident.Problems
	for _, pr := range f.problemsAt(path) {
		if pr.Path == path {
			ps = append(ps, pr)
		}
	}
	return f.notesOf(path, ps)
}

func (f *factsForm) notesOf(path string, ps incident.Problems) app.UI {
	id := fieldID(path)
	f.anchor(path, id)
	hint := catalog.T(f.l, labelKey(path)+".hint")
	hasHint := !strings.HasPrefix(hint, "[")
	input := f.p.inputProblems[id]
	items := make([]app.UI, 0, len(ps))
	for _, pr := range ps {
		items = append(items, elt("li", severityLabel(f.l, pr)+" "+pr.Message(string(f.l)), "class", severityClass(pr)))
	}
	return el("div.bd-field-notes").Body(
		app.If(hasHint, func() app.UI { return elt("p.bd-hint", hint, "id", id+"-hint") }),
		app.If(input != "", func() app.UI {
			return elt("p.bd-problem[role=alert]", catalog.T(f.l, labelKey(path))+": "+input, "id", id+"-problem")
		}),
		app.If(len(items) > 0, func() app.UI { return el("ul.bd-field-problems", "id", id+"-check").Body(items...) }),
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
	max       int  // characters of a one-line field
	stamps    bool // the first text dates the statement: the page shows the date
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
	"title":                    str(func(i *incident.Incident) *string { return &i.Title }, false),
	"org.name":                 str(func(i *incident.Incident) *string { return &i.Org.Name }, false),
	"org.nameEn":               str(func(i *incident.Incident) *string { return &i.Org.NameEn }, false),
	"cause.description":        str(func(i *incident.Incident) *string { return &i.Cause.Description }, true),
	"cause.atName":             str(func(i *incident.Incident) *string { return &i.Cause.AtName }, false),
	"risk.secondaryHarmNote":   str(func(i *incident.Incident) *string { return &i.Risk.SecondaryHarmNote }, true),
	"contact.name":             str(func(i *incident.Incident) *string { return &i.Contact.Name }, false),
	"contact.nameEn":           str(func(i *incident.Incident) *string { return &i.Contact.NameEn }, false),
	"contact.phone":            str(func(i *incident.Incident) *string { return &i.Contact.Phone }, false),
	"contact.hours":            str(func(i *incident.Incident) *string { return &i.Contact.Hours }, false),
	"contact.email":            str(func(i *incident.Incident) *string { return &i.Contact.Email }, false),
	"contact.web":              str(func(i *incident.Incident) *string { return &i.Contact.Web }, false),
	"contact.webEn":            str(func(i *incident.Incident) *string { return &i.Contact.WebEn }, false),
	"story.summary":            str(func(i *incident.Incident) *string { return &i.Story.Summary }, true),
	"story.howDiscovered":      str(func(i *incident.Incident) *string { return &i.Story.HowDiscovered }, true),
	"story.measuresBefore":     str(func(i *incident.Incident) *string { return &i.Story.MeasuresBefore }, true),
	"story.response":           str(func(i *incident.Incident) *string { return &i.Story.Response }, true),
	"story.currentState":       str(func(i *incident.Incident) *string { return &i.Story.CurrentState }, true),
	"story.prevention":         str(func(i *incident.Incident) *string { return &i.Story.Prevention }, true),
	"story.compensation":       str(func(i *incident.Incident) *string { return &i.Story.Compensation }, true),
	"story.compensationReason": str(func(i *incident.Incident) *string { return &i.Story.CompensationReason }, true),
	"story.other":              str(func(i *incident.Incident) *string { return &i.Story.Other }, true),
	"public.summary":           str(func(i *incident.Incident) *string { return &i.Public.Summary }, true),
	"public.cause":             str(func(i *incident.Incident) *string { return &i.Public.Cause }, true),
	"public.measures":          str(func(i *incident.Incident) *string { return &i.Public.Measures }, true),
	"public.prevention":        str(func(i *incident.Incident) *string { return &i.Public.Prevention }, true),
	"public.harm":              str(func(i *incident.Incident) *string { return &i.Public.Harm }, true),
	"public.noticeDelay":       str(func(i *incident.Incident) *string { return &i.Public.NoticeDelay }, true),
	"awareWhy.text":            stamped(str(func(i *incident.Incident) *string { return &i.AwareWhy.Text }, true)),
	"awareWhy.by":              str(func(i *incident.Incident) *string { return &i.AwareWhy.By }, false),
	"notes":                    str(func(i *incident.Incident) *string { return &i.Notes }, true),
}

// stamped is a text of a statement (AwareWhy): written while the statement
// has no time yet, it is dated now (the incident's now), which the user may
// then correct.
func stamped(tf textFact) textFact {
	set := tf.set
	tf.set = func(inc *incident.Incident, s string) {
		set(inc, s)
		if inc.AwareWhy.At == nil && strings.TrimSpace(s) != "" {
			at := incidentNow(inc, time.Time{}).In(inc.Location()).Truncate(time.Minute)
			inc.AwareWhy.At = &at
		}
	}
	tf.stamps = true
	return tf
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
		textFacts["people."+r+".nameEn"] = str(func(i *incident.Incident) *string { return &personOf(i, r).NameEn }, false)
	}
	// Each keystroke into one of them is written at once (desk.TypeText).
	for path, tf := range textFacts {
		desk.RegisterText(path, tf.set)
	}
}

// text is the field of a free-text fact, in a form of its own (textField).
func (f *factsForm) text(path string) app.UI {
	tf := textFacts[path]
	id := fieldID(path)
	if tf.multiline {
		return f.textField(path, el("textarea", "id", id, "data-fact", path, "aria-describedby", f.describedBy(path), "value", tf.get(f.inc)).
			Attr("rows", 4).On("input", f.p.onText))
	}
	in := void("input[type=text]", "id", id, "data-fact", path, "aria-describedby", f.describedBy(path), "value", tf.get(f.inc)).
		Attr("maxlength", tf.max).On("input", f.p.onText)
	switch path {
	case "contact.email":
		in = in.Attr("inputmode", "email").Attr("autocomplete", "off")
	case "contact.phone":
		in = in.Attr("inputmode", "tel").Attr("autocomplete", "off")
	case "org.nameEn", "contact.nameEn", "contact.webEn":
		in = in.Attr("lang", "en")
	}
	return f.textField(path, in)
}

// textField is field for a control typed into, in a form of its own
// (fieldForm) instead of a div.
func (f *factsForm) textField(path string, control app.UI) app.UI {
	return f.textFieldAs(catalog.T(f.l, labelKey(path)), path, control)
}

// textFieldAs is textField under another label than the path's.
func (f *factsForm) textFieldAs(label, path string, control app.UI) app.UI {
	return fieldIn(fieldForm("bd-field"), label, path, control, f.notes(path))
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
	dated := inc.AwareWhy.At != nil
	theDesk.TypeText(p.id, path, v)
	if problemsKey(p.problems(inc)) == p.shown && (!tf.stamps || dated == (inc.AwareWhy.At != nil)) {
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
