package ui

import (
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the controls of a data set's card do. Each reads the set's id from
// the control (data-set) and its fact (data-fact) when it runs, and edits
// that set by id: the set is found again in the facts of the moment.

// eventSet is the data set the control that fired belongs to, and its
// index, in the incident as it is now.
func (p *FactsPage) eventSet(ctx app.Context) (string, int, bool) {
	id := dataAttr(ctx, "set")
	inc := p.inc()
	if inc == nil || id == "" {
		return "", 0, false
	}
	for i := range inc.DataSets {
		if inc.DataSets[i].ID == id {
			return id, i, true
		}
	}
	return "", 0, false
}

// onSet changes the data set id with fn.
func onSet(id string, fn func(d *incident.DataSet)) func(inc *incident.Incident) {
	return func(inc *incident.Incident) {
		if d, ok := inc.DataSet(id); ok {
			fn(d)
		}
	}
}

// setTexts are the one-line texts of a data set, by key.
var setTexts = map[string]func(*incident.DataSet) *string{
	"name":        func(d *incident.DataSet) *string { return &d.Name },
	"former.rule": func(d *incident.DataSet) *string { return &d.Former.Rule },
}

// onSetText records a data set's text as it is typed, without rendering the
// page (a 1,000-event incident's facts page took 30-60 ms a key to render):
// the field shows what was typed, and a name is written at once into its
// set's heading (showSetTitle). What else shows the name (the list of sets,
// the other sets' "part of" choices, the remove button's label, the list of
// problems) follows when the field is left (onSetTextDone) or at the page's
// next render. The page renders at once when Validate's problems change or
// the text is refused: a text that would be an error at its path (a control
// character) is not kept, as tryEdit does, and the field says why.
func (p *FactsPage) onSetText(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	key := dataAttr(ctx, "fact")
	get, known := setTexts[key]
	inc := p.inc()
	if !ok || !known || inc == nil {
		return
	}
	v, was := value(ctx), *get(&inc.DataSets[i])
	path := setPath(i) + "." + key
	fid := fieldID(path)
	refused := p.inputProblems[fid] != ""
	theDesk.EditQuietly(p.id, onSet(id, func(d *incident.DataSet) { *get(d) = v }))
	ps := p.problems(inc)
	if errs := ps.At(path).Errors(); len(errs) > 0 {
		theDesk.EditQuietly(p.id, onSet(id, func(d *incident.DataSet) { *get(d) = was }))
		p.setInputProblem(fid, errs[0].Message(string(p.lang)))
		return // the page renders, showing why
	}
	p.setInputProblem(fid, "")
	if refused || problemsKey(ps) != p.shown {
		theDesk.Notify()
		return
	}
	ctx.PreventUpdate()
	if key == "name" {
		showSetTitle(ctx.JSSrc(), setTitle(p.lang, &inc.DataSets[i], i))
	}
}

// onSetTextDone renders the page once a data set's name is left changed:
// everything else that shows the name follows it then.
func (p *FactsPage) onSetTextDone(ctx app.Context, e app.Event) {}

// setTris are the yes / no / not known yet facts of a data set, by key.
var setTris = map[string]func(*incident.DataSet) *incident.Tri{
	"pseudonymised":   func(d *incident.DataSet) *incident.Tri { return &d.Pseudonymised },
	"former.included": func(d *incident.DataSet) *incident.Tri { return &d.Former.Included },
	"exemptPurpose":   func(d *incident.DataSet) *incident.Tri { return &d.ExemptPurpose },
	"deceased":        func(d *incident.DataSet) *incident.Tri { return &d.Deceased },
	"unreachable":     func(d *incident.DataSet) *incident.Tri { return &d.Unreachable },
	"itemsVary":       func(d *incident.DataSet) *incident.Tri { return &d.ItemsVary },
	"direct":          func(d *incident.DataSet) *incident.Tri { return &d.Direct },
	"accessSeen":      func(d *incident.DataSet) *incident.Tri { return &d.AccessSeen },
	"recovered":       func(d *incident.DataSet) *incident.Tri { return &d.Recovered },
	"acquiring":       func(d *incident.DataSet) *incident.Tri { return &d.Acquiring },
	"copyHeld":        func(d *incident.DataSet) *incident.Tri { return &d.CopyHeld },
	"mnSystem":        func(d *incident.DataSet) *incident.Tri { return &d.MNSystem },
	"exposedOnline":   func(d *incident.DataSet) *incident.Tri { return &d.ExposedOnline },
	"safetyAtRisk":    func(d *incident.DataSet) *incident.Tri { return &d.SafetyAtRisk },
}

// setKinds are what happened to a set's data, by key (facts_sets.go kindsField).
var setKinds = map[string]func(*incident.DataSet) *bool{
	"leak":   func(d *incident.DataSet) *bool { return &d.Leak },
	"loss":   func(d *incident.DataSet) *bool { return &d.Loss },
	"damage": func(d *incident.DataSet) *bool { return &d.Damage },
}

func (p *FactsPage) onSetKind(ctx app.Context, e app.Event) {
	id, _, ok := p.eventSet(ctx)
	get, known := setKinds[dataAttr(ctx, "fact")]
	if !ok || !known {
		return
	}
	on := checked(ctx)
	p.change(onSet(id, func(d *incident.DataSet) { *get(d) = on }))
}

func (p *FactsPage) onSetTri(ctx app.Context, e app.Event) {
	id, _, ok := p.eventSet(ctx)
	get, known := setTris[dataAttr(ctx, "fact")]
	if !ok || !known {
		return
	}
	v := readTri(value(ctx))
	p.change(onSet(id, func(d *incident.DataSet) { *get(d) = v }))
}

// onSetChoice sets a select of a set read as is: the encryption, who could
// see the data.
func (p *FactsPage) onSetChoice(ctx app.Context, e app.Event) {
	id, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	switch dataAttr(ctx, "fact") {
	case "encryption":
		v := incident.Encryption(value(ctx))
		p.change(onSet(id, func(d *incident.DataSet) { d.Encryption = v }))
	case "seenBy":
		v := incident.SeenBy(value(ctx))
		p.change(onSet(id, func(d *incident.DataSet) { d.SeenBy = v }))
	case "accessHow":
		v := incident.AccessHow(value(ctx))
		p.change(onSet(id, func(d *incident.DataSet) { d.AccessHow = v }))
	}
}

func (p *FactsPage) onSetRole(ctx app.Context, e app.Event) {
	id, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	v := incident.Role(value(ctx))
	p.change(onSet(id, func(d *incident.DataSet) { d.Role = v }))
}

// onSetWithin makes the set part of another; one that would make a set part
// of itself is refused, with the reason beside the field.
func (p *FactsPage) onSetWithin(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	v := value(ctx)
	if !p.tryEdit(ctx, setPath(i)+".within", onSet(id, func(d *incident.DataSet) { d.Within = v })) {
		if inc := p.inc(); inc != nil {
			if d, ok := inc.DataSet(id); ok {
				setField(fieldID(setPath(i)+".within"), d.Within) // the select shows what is stored
			}
		}
	}
}

// setDays are the dates of a data set, by key.
var setDays = map[string]func(*incident.DataSet) *incident.Date{
	"held.from":       func(d *incident.DataSet) *incident.Date { return &d.Held.From },
	"held.to":         func(d *incident.DataSet) *incident.Date { return &d.Held.To },
	"former.leftFrom": func(d *incident.DataSet) *incident.Date { return &d.Former.LeftFrom },
	"former.on":       func(d *incident.DataSet) *incident.Date { return &d.Former.On },
	"found":           func(d *incident.DataSet) *incident.Date { return &d.Found },
	"exposure.from":   func(d *incident.DataSet) *incident.Date { return &ownExposure(d).From },
	"exposure.to":     func(d *incident.DataSet) *incident.Date { return &ownExposure(d).To },
	"logsFrom":        func(d *incident.DataSet) *incident.Date { return &d.LogsFrom },
}

func (p *FactsPage) onSetDay(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	key := dataAttr(ctx, "fact")
	get, known := setDays[key]
	if !ok || !known {
		return
	}
	path := setPath(i) + "." + key
	if v, ok := p.readDay(ctx, fieldID(path)); ok {
		p.tryEdit(ctx, path, onSet(id, func(d *incident.DataSet) {
			*get(d) = v
			d.TidyExposure()
		}))
	}
}

func (p *FactsPage) onSetDayToday(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	key := dataAttr(ctx, "fact")
	get, known := setDays[key]
	inc := p.inc()
	if !ok || !known || inc == nil {
		return
	}
	path, v := setPath(i)+"."+key, today(inc)
	p.setInputProblem(fieldID(path), "")
	if p.tryEdit(ctx, path, onSet(id, func(d *incident.DataSet) { *get(d) = v })) {
		setField(fieldID(path), string(v))
	}
}

func (p *FactsPage) onSetHeldApprox(ctx app.Context, e app.Event) {
	p.setApprox(ctx, func(d *incident.DataSet) *incident.Window { return &d.Held })
}

func (p *FactsPage) onSetExposureApprox(ctx app.Context, e app.Event) {
	p.setApprox(ctx, ownExposure)
}

// ownExposure is the set's own period, made when it has none yet, to be
// set (onSetDay and setApprox tidy it away again when left empty).
func ownExposure(d *incident.DataSet) *incident.Window {
	if d.Exposure == nil {
		d.Exposure = &incident.Window{}
	}
	return d.Exposure
}

// setApprox sets whether a period of the event's data set is approximate.
func (p *FactsPage) setApprox(ctx app.Context, w func(*incident.DataSet) *incident.Window) {
	id, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	on := checked(ctx)
	p.change(onSet(id, func(d *incident.DataSet) {
		w(d).Approx = on
		d.TidyExposure()
	}))
}

// onSetCount sets the number of the set's former persons.
func (p *FactsPage) onSetCount(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	if !ok || dataAttr(ctx, "fact") != "former.persons" {
		return
	}
	if c, ok := p.parseCountFor(setPath(i)+".former.persons", value(ctx)); ok {
		p.change(onSet(id, func(d *incident.DataSet) { d.Former.Persons = c }))
	}
}

// onSetUntilPurpose records that the company's rule is to erase the data
// once its purpose is met (no number of years).
func (p *FactsPage) onSetUntilPurpose(ctx app.Context, e app.Event) {
	id, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	on := checked(ctx)
	p.change(onSet(id, func(d *incident.DataSet) { d.Former.UntilPurpose = on }))
}

// onSetYears sets the company's retention limit for the set's former persons.
func (p *FactsPage) onSetYears(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	path := setPath(i) + ".former.retentionYears"
	n, ok := parseYears(value(ctx))
	if !ok {
		p.setInputProblem(fieldID(path), catalog.T(p.lang, "facts.badYears"))
		return
	}
	p.setInputProblem(fieldID(path), "")
	p.change(onSet(id, func(d *incident.DataSet) { d.Former.RetentionYears = n }))
}

// onSetAdd adds a data set and moves the focus to its name.
func (p *FactsPage) onSetAdd(ctx app.Context, e app.Event) {
	inc := p.inc()
	if inc == nil {
		return
	}
	n := len(inc.DataSets)
	if n >= incident.MaxDataSets {
		p.setsStatus = catalog.T(p.lang, "sets.tooMany", incident.MaxDataSets)
		return
	}
	p.change(func(inc *incident.Incident) { desk.AddDataSet(inc, "") })
	p.setsStatus = catalog.T(p.lang, "sets.added", n+1)
	ctx.Defer(func(app.Context) { factsFocus(fieldID(setPath(n) + ".name")) })
}

func (p *FactsPage) onSetRemove(ctx app.Context, e app.Event) {
	p.confirmSet = dataAttr(ctx, "set")
	ctx.Defer(func(app.Context) { focusID("fx-set-remove-yes") })
}

func (p *FactsPage) onSetRemoveNo(ctx app.Context, e app.Event) {
	id := p.confirmSet
	p.confirmSet = ""
	ctx.Defer(func(app.Context) { focusID("fx-set-remove-" + id) })
}

// onSetRemoveYes removes the set once the user said yes. The last set is
// never removed: an incident has at least one.
func (p *FactsPage) onSetRemoveYes(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	p.confirmSet = ""
	inc := p.inc()
	if !ok || inc == nil {
		return
	}
	if len(inc.DataSets) == 1 {
		p.setsStatus = catalog.T(p.lang, "sets.keepOne")
		return
	}
	name := setTitle(p.lang, &inc.DataSets[i], i)
	p.change(func(inc *incident.Incident) { desk.RemoveDataSet(inc, id) })
	p.clearInputProblems("fx-dataSets-")
	p.setsStatus = catalog.T(p.lang, "sets.removed", name)
	ctx.Defer(func(app.Context) { focusID("fx-set-add") })
}
