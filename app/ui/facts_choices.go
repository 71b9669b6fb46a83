package ui

import (
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The facts chosen among a few answers: yes / no / not known yet, and
// enumerated facts (a select or radio buttons), of the incident or of one
// data set or party. Each control carries data-fact (which fact) and, for a
// fact of a data set or a party, data-set or data-party (its id): the
// handler reads them when it runs.

// triFacts are the yes / no / not known yet facts of the incident, by path.
var triFacts = map[string]func(*incident.Incident) *incident.Tri{
	"cause.unlawfulPurpose":    func(i *incident.Incident) *incident.Tri { return &i.Cause.UnlawfulPurpose },
	"cause.recipientKnown":     func(i *incident.Incident) *incident.Tri { return &i.Cause.RecipientKnown },
	"cause.copiedOut":          func(i *incident.Incident) *incident.Tri { return &i.Cause.CopiedOut },
	"org.targetsEU":            func(i *incident.Incident) *incident.Tri { return &i.Org.TargetsEU },
	"org.localLanguage":        func(i *incident.Incident) *incident.Tri { return &i.Org.LocalLanguage },
	"org.art57Body":            func(i *incident.Incident) *incident.Tri { return &i.Org.Art57Body },
	"org.targetsJP":            func(i *incident.Incident) *incident.Tri { return &i.Org.TargetsJP },
	"org.targetsUK":            func(i *incident.Incident) *incident.Tri { return &i.Org.TargetsUK },
	"risk.secondaryHarm":       func(i *incident.Incident) *incident.Tri { return &i.Risk.SecondaryHarm },
	"risk.seriousHarm":         func(i *incident.Incident) *incident.Tri { return &i.Risk.SeriousHarm },
	"risk.lawEnforcementDelay": func(i *incident.Incident) *incident.Tri { return &i.Risk.LawEnforcementDelay },
	"risk.noticeUnreachable":   func(i *incident.Incident) *incident.Tri { return &i.Risk.NoticeUnreachable },
	"risk.extortion":           func(i *incident.Incident) *incident.Tri { return &i.Risk.Extortion },
	"risk.safetyAtRisk":        func(i *incident.Incident) *incident.Tri { return &i.Risk.SafetyAtRisk },
}

// triValue is the radio value of a Tri ("" has none of its own).
func triValue(t incident.Tri) string {
	if t == incident.Unknown {
		return "unknown"
	}
	return string(t)
}

// readTri reads a radio value back.
func readTri(v string) incident.Tri {
	if v == "unknown" {
		return incident.Unknown
	}
	return incident.Tri(v)
}

// owner names what a control's fact belongs to: the incident (zero), a data
// set or a party, by id.
type owner struct{ set, party string }

// tag gives a control the data attributes that name its fact.
func (o owner) tag(key string, in app.HTMLElemSelfClosing) app.HTMLElemSelfClosing {
	in = in.DataSet("fact", key)
	if o.set != "" {
		in = in.DataSet("set", o.set)
	}
	if o.party != "" {
		in = in.DataSet("party", o.party)
	}
	return in
}

func (o owner) tagSelect(key string, s app.HTMLElem) app.HTMLElem {
	s = s.DataSet("fact", key)
	if o.set != "" {
		s = s.DataSet("set", o.set)
	}
	if o.party != "" {
		s = s.DataSet("party", o.party)
	}
	return s
}

// dataAttr reads a data attribute of the element that fired the event, ""
// when it has none (go-app writes no empty attribute).
func dataAttr(ctx app.Context, name string) string {
	v := ctx.JSSrc().Get("dataset").Get(name)
	if !v.Truthy() {
		return ""
	}
	return v.String()
}

// tri is an incident's yes / no / not known yet fact.
func (f *factsForm) tri(path string) app.UI {
	return f.triGroup(path, *triFacts[path](f.inc), owner{}, path, f.p.onTri)
}

// triGroup is three radio buttons in a fieldset: yes, no, not known yet.
func (f *factsForm) triGroup(path string, cur incident.Tri, o owner, key string, h app.EventHandler) app.UI {
	return f.triGroupAs(catalog.T(f.l, labelKey(path)), path, cur, o, key, h)
}

// triGroupAs is triGroup under the legend given.
func (f *factsForm) triGroupAs(legend, path string, cur incident.Tri, o owner, key string, h app.EventHandler) app.UI {
	opts := []choiceOpt{
		{"yes", catalog.T(f.l, "facts.tri.yes")},
		{"no", catalog.T(f.l, "facts.tri.no")},
		{"unknown", catalog.T(f.l, "facts.tri.unknown")},
	}
	return f.radioGroupAs(legend, path, opts, triValue(cur), o, key, h)
}

func (p *FactsPage) onTri(ctx app.Context, e app.Event) {
	get, ok := triFacts[dataAttr(ctx, "fact")]
	if !ok {
		return
	}
	v := readTri(value(ctx))
	p.change(func(inc *incident.Incident) { *get(inc) = v })
}

// choiceOpt is one answer of a choice.
type choiceOpt struct{ value, label string }

// radioGroup is a choice as radio buttons in a fieldset.
func (f *factsForm) radioGroup(path string, opts []choiceOpt, cur string, o owner, key string, h app.EventHandler) app.UI {
	return f.radioGroupAs(catalog.T(f.l, labelKey(path)), path, opts, cur, o, key, h)
}

// radioGroupAs is radioGroup under the legend given.
func (f *factsForm) radioGroupAs(legend, path string, opts []choiceOpt, cur string, o owner, key string, h app.EventHandler) app.UI {
	id := fieldID(path)
	radios := make([]app.UI, 0, len(opts))
	for _, op := range opts {
		rid := id + "-" + op.value
		radios = append(radios, el("div.bd-check").Body(
			o.tag(key, void("input[type=radio]", "name", id, "id", rid, "value", op.value)).Attr("checked", cur == op.value).OnChange(h),
			elt("label", op.label, "for", rid),
		))
	}
	return el("fieldset.bd-tri", "id", id, "aria-describedby", f.describedBy(path)).Body(
		elt("legend", legend),
		el("div.bd-tri-options").Body(radios...),
		f.notes(path),
	)
}

// selectField is a choice as a labelled select.
func (f *factsForm) selectField(path string, opts []choiceOpt, cur string, o owner, key string, h app.EventHandler) app.UI {
	items := make([]app.UI, 0, len(opts))
	for _, op := range opts {
		items = append(items, el("option", "value", op.value).Text(op.label).Attr("selected", cur == op.value))
	}
	return f.field(path, o.tagSelect(key, el("select", "id", fieldID(path))).
		Aria("describedby", f.describedBy(path)).Body(items...).OnChange(h))
}

// enumOpts are the answers of an enumerated fact: the blank one (labelled by
// the catalog id blank, none when ""), then each value labelled by prefix+value.
func enumOpts[T ~string](l catalog.Lang, vs []T, prefix, blank string) []choiceOpt {
	var out []choiceOpt
	if blank != "" {
		out = append(out, choiceOpt{"", catalog.T(l, blank)})
	}
	for _, v := range vs {
		if v != "" {
			out = append(out, choiceOpt{string(v), catalog.T(l, prefix+string(v))})
		}
	}
	return out
}

// choiceFact is an enumerated fact of the incident.
type choiceFact struct {
	opts  func(catalog.Lang) []choiceOpt
	get   func(*incident.Incident) *string
	radio bool
}

// choiceFacts are the enumerated facts of the incident, by path. The
// *string views of typed strings are safe: each type's underlying type is
// string.
var choiceFacts = map[string]choiceFact{
	"cause.kind": {opts: func(l catalog.Lang) []choiceOpt { return enumOpts(l, incident.CauseKinds, "cause.", "unknownYet") },
		get: func(i *incident.Incident) *string { return (*string)(&i.Cause.Kind) }},
	"risk.level": {opts: func(l catalog.Lang) []choiceOpt {
		return enumOpts(l, incident.RiskLevels, "facts.level.", "facts.notAssessed")
	}, get: func(i *incident.Incident) *string { return &i.Risk.Level }},
	"story.compensationScope": {opts: func(l catalog.Lang) []choiceOpt {
		return enumOpts(l, incident.CompensationScopes, "facts.scope.", "facts.notDecided")
	}, get: func(i *incident.Incident) *string { return &i.Story.CompensationScope }},
	"cause.at": {opts: func(l catalog.Lang) []choiceOpt { return enumOpts(l, incident.CauseAts, "facts.at.", "") },
		get: func(i *incident.Incident) *string { return (*string)(&i.Cause.At) }, radio: true},
	"org.kind": {opts: func(l catalog.Lang) []choiceOpt { return enumOpts(l, incident.OrgKinds, "facts.kind.", "") },
		get: func(i *incident.Incident) *string { return (*string)(&i.Org.Kind) }, radio: true},
}

func (f *factsForm) choice(path string) app.UI {
	cf := choiceFacts[path]
	cur := *cf.get(f.inc)
	if cf.radio {
		if cur == "" {
			cur = cf.opts(f.l)[0].value // the first answer stands for none
		}
		return f.radioGroup(path, cf.opts(f.l), cur, owner{}, path, f.p.onChoice)
	}
	return f.selectField(path, cf.opts(f.l), cur, owner{}, path, f.p.onChoice)
}

func (p *FactsPage) onChoice(ctx app.Context, e app.Event) {
	cf, ok := choiceFacts[dataAttr(ctx, "fact")]
	if !ok {
		return
	}
	v := value(ctx)
	p.change(func(inc *incident.Incident) { *cf.get(inc) = v })
}
