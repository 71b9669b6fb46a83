package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The data sets of the incident: a short list of them, then one card per
// set with everything stated of it (its role and entrustor, the set it is
// part of, its status and counts with their history, categories, where its
// persons live, protection, former persons), and the way to add one or
// remove one (after a question).

// setPath is the path of the data set at index i.
func setPath(i int) string { return "dataSets[" + strconv.Itoa(i) + "]" }

// setTitle names a data set: its name, or "Data set 2" while it has none.
func setTitle(l catalog.Lang, d *incident.DataSet, i int) string {
	if strings.TrimSpace(d.Name) != "" {
		return d.Name
	}
	return catalog.T(l, "sets.unnamed", i+1)
}

func (f *factsForm) setsSection() app.UI {
	l := f.l
	items := make([]app.UI, 0, len(f.inc.DataSets))
	cards := make([]app.UI, 0, len(f.inc.DataSets))
	for i := range f.inc.DataSets {
		d := &f.inc.DataSets[i]
		items = append(items, f.setListItem(d, i))
		cards = append(cards, f.setCard(d, i))
	}
	// Each part keeps its place whether shown or not (a wrapper that stays),
	// so that the "add" button is not rendered anew when the list appears:
	// the handler's deferred focus runs only while its button is mounted.
	return f.section("sets",
		el("div").Body(app.If(len(items) > 1, func() app.UI {
			return el("ol.bd-set-list#fx-set-list", "aria-label", catalog.T(l, "sets.list")).Body(items...)
		})),
		el("div.bd-sets").Body(cards...),
		el("div.bd-set-add").Body(
			el("button[type=button]#fx-set-add").Text(catalog.T(l, "sets.add")).On("click", f.p.onSetAdd),
			elt("p.bd-hint#fx-set-add-hint", catalog.T(l, "sets.add.hint")),
		),
		elt("p.bd-sr#fx-sets-status[role=status]", f.p.setsStatus),
	)
}

// setListItem is one line of the list at the top of the section: name, role,
// status and persons, and a button to its card.
func (f *factsForm) setListItem(d *incident.DataSet, i int) app.UI {
	l := f.l
	parts := []string{f.roleText(d), catalog.T(l, "status."+string(d.StatusOn("")))}
	if c := d.Persons.Latest(); c.Known {
		parts = append(parts, catalog.T(l, "sets.personsN", countText(l, c)))
	}
	if d.Within != "" {
		if w, ok := f.inc.DataSet(d.Within); ok {
			parts = append(parts, catalog.T(l, "sets.withinShort", setTitle(l, w, f.indexOf(w.ID))))
		}
	}
	return el("li").Body(
		el("button[type=button].bd-link", "data-target", fieldID(setPath(i)+".name")).
			Text(setTitle(l, d, i)).On("click", f.p.onGoTo),
		elt("span.bd-muted", " — "+strings.Join(parts, " · ")),
	)
}

func (f *factsForm) indexOf(id string) int {
	for i := range f.inc.DataSets {
		if f.inc.DataSets[i].ID == id {
			return i
		}
	}
	return -1
}

// roleText says whose data a set is: "own data" or "entrusted by X".
func (f *factsForm) roleText(d *incident.DataSet) string {
	if d.Role != incident.Processor {
		return catalog.T(f.l, "sets.own")
	}
	if name := desk.EntrustorName(f.inc, d); name != "" {
		return catalog.T(f.l, "sets.entrustedBy", name)
	}
	return catalog.T(f.l, "sets.entrusted")
}

// setCard is everything stated of one data set.
func (f *factsForm) setCard(d *incident.DataSet, i int) app.UI {
	l, base := f.l, setPath(i)
	o := owner{set: d.ID}
	hid := "set-" + d.ID + "-h"
	head := setTitle(l, d, i)
	return el("section.bd-set", "id", "set-"+d.ID, "data-set", d.ID, "aria-labelledby", hid).Body(
		el("h3", "id", hid).Body(
			elt("span.bd-set-no", catalog.T(l, "sets.number", i+1)),
			app.Text(" "+head),
			app.If(i == 0, func() app.UI {
				return elt("span.bd-badge", catalog.T(l, "sets.main"))
			}),
		),
		app.If(i == 0, func() app.UI { return elt("p.bd-hint", catalog.T(l, "sets.main.hint")) }),
		el("div.bd-set-grid").Body(
			f.setText(base+".name", d.Name, o, "name"),
			f.roleField(d, i),
			app.If(d.Role == incident.Processor, func() app.UI { return f.entrustorField(d, i) }),
			// Asked of a set held for an entrustor (the letter's greeting),
			// or when an answer is stored: an answer is never hidden.
			app.If(d.Role == incident.Processor || d.Direct != incident.Unknown, func() app.UI {
				return f.triGroup(base+".direct", d.Direct, o, "direct", f.p.onSetTri)
			}),
			app.If(len(f.inc.DataSets) > 1, func() app.UI { return f.withinField(d, i) }),
		),
		f.statusField(d, i),
		f.dayInput(base+".found", d.Found, o, "found", f.p.onSetDay, f.p.onSetDayToday),
		f.window(base+".exposure", d.OwnExposure(), o, f.p.onSetDay, f.p.onSetDayToday, f.p.onSetExposureApprox),
		el("div.bd-set-grid").Body(
			f.triGroup(base+".accessSeen", d.AccessSeen, o, "accessSeen", f.p.onSetTri),
			app.If(d.AccessSeen == incident.Yes || d.AccessHow != "", func() app.UI {
				return f.selectField(base+".accessHow", enumOpts(l, incident.AccessHows, "accessHow.", "unknownYet"), string(d.AccessHow), o, "accessHow", f.p.onSetChoice)
			}),
			f.dayInput(base+".logsFrom", d.LogsFrom, o, "logsFrom", f.p.onSetDay, f.p.onSetDayToday),
		),
		el("div.bd-field-row").Body(
			f.figure(base+".persons", d.Persons, o, "persons"),
			f.figure(base+".records", d.Records, o, "records"),
		),
		f.categoryTable(d, i),
		el("div.bd-set-grid").Body(
			f.triGroup(base+".itemsVary", d.ItemsVary, o, "itemsVary", f.p.onSetTri),
			f.selectField(base+".encryption", enumOpts(l, incident.Encryptions, "enc.", "unknownYet"), string(d.Encryption), o, "encryption", f.p.onSetChoice),
			f.triGroup(base+".pseudonymised", d.Pseudonymised, o, "pseudonymised", f.p.onSetTri),
			// APPI Art. 57(1) is for businesses (the press, authors,
			// religious and political bodies): a public body is not asked,
			// unless an answer is already stored.
			// Asked only of an organisation that may be one of its bodies.
			app.If(!f.inc.Org.Kind.IsPublic() && f.inc.Org.Art57Body != incident.No || d.ExemptPurpose != incident.Unknown, func() app.UI {
				return f.triGroup(base+".exemptPurpose", d.ExemptPurpose, o, "exemptPurpose", f.p.onSetTri)
			}),
			f.triGroup(base+".deceased", d.Deceased, o, "deceased", f.p.onSetTri),
			f.triGroup(base+".unreachable", d.Unreachable, o, "unreachable", f.p.onSetTri),
			f.triGroup(base+".recovered", d.Recovered, o, "recovered", f.p.onSetTri),
			f.triGroup(base+".acquiring", d.Acquiring, o, "acquiring", f.p.onSetTri),
			// Asked of every set (the documents say the data was open to
			// anyone online: 誤掲載, a leak site), in the My Number box for a
			// set holding My Number, where it is also that law's 3号.
			app.If(!setHasFlag(d, "mynumber"), func() app.UI {
				return f.triGroup(base+".exposedOnline", d.ExposedOnline, o, "exposedOnline", f.p.onSetTri)
			}),
			// Who could see it: the service's other users only is told as
			// such (「他の利用者」), not as 「外部から」.
			f.selectField(base+".seenBy", enumOpts(l, incident.SeenBys, "seenBy.", "unknownYet"), string(d.SeenBy), o, "seenBy", f.p.onSetChoice),
			// Asked only when the incident's answer is yes: a set may
			// answer no (its notice then says nothing of danger).
			app.If(f.inc.Risk.SafetyAtRisk == incident.Yes, func() app.UI {
				return f.triGroup(base+".safetyAtRisk", d.SafetyAtRisk, o, "safetyAtRisk", f.p.onSetTri)
			}),
		),
		f.kindsField(d, i),
		app.If(setHasFlag(d, "mynumber"), func() app.UI { return f.myNumberField(d, i) }),
		f.window(base+".held", d.Held, o, f.p.onSetDay, f.p.onSetDayToday, f.p.onSetHeldApprox),
		f.residence(d, i),
		f.formerField(d, i),
		f.setRemove(d, i),
	)
}

// kindsField asks what happened to the data (漏えい, 滅失, 毀損) and, for
// data lost or damaged, whether the same data is kept elsewhere (then it
// is neither: jp.excl.copy_held).
func (f *factsForm) kindsField(d *incident.DataSet, i int) app.UI {
	base, o := setPath(i), owner{set: d.ID}
	box := func(key string, on bool) app.UI {
		path := base + "." + key
		return el("div.bd-check").Body(
			o.tag(key, void("input[type=checkbox]", "id", fieldID(path))).Attr("checked", on).OnChange(f.p.onSetKind),
			elt("label", catalog.T(f.l, labelKey(path)), "for", fieldID(path)),
		)
	}
	return el("fieldset.bd-kinds", "id", fieldID(base+".kinds")).Body(
		elt("legend", catalog.T(f.l, labelKey(base+".kinds"))),
		elt("p.bd-hint", catalog.T(f.l, labelKey(base+".kinds")+".hint")),
		el("div.bd-set-grid").Body(box("leak", d.Leak), box("loss", d.Loss), box("damage", d.Damage)),
		// A thing lost outside recorded as only lost (the warning is on
		// the leak box, which the list at the top focuses).
		app.If(len(f.problemsAt(base+".leak")) > 0, func() app.UI { return f.notes(base + ".leak") }),
		app.If(d.Loss || d.Damage, func() app.UI {
			return f.triGroup(base+".copyHeld", d.CopyHeld, o, "copyHeld", f.p.onSetTri)
		}),
	)
}

// setText is a one-line text of a data set. Other parts of the page show
// its name: they follow it once the field is left (onSetTextDone).
func (f *factsForm) setText(path, v string, o owner, key string) app.UI {
	in := o.tag(key, void("input[type=text]", "id", fieldID(path), "aria-describedby", f.describedBy(path), "value", v).
		Attr("maxlength", incident.MaxNameRunes)).OnInput(f.p.onSetText)
	if key == "name" {
		in = in.OnChange(f.p.onSetTextDone)
	}
	return f.textField(path, in)
}

// showSetTitle writes a data set's title into its card's heading, in the
// text node the card renders after the set's number, from the card's field
// typed in: the heading follows the name as it is typed without a render
// (onSetText). The next render writes the same text there.
func showSetTitle(from app.Value, title string) {
	h := from.Call("closest", "section.bd-set")
	if !h.Truthy() {
		return
	}
	if h = h.Call("querySelector", "h3"); !h.Truthy() {
		return
	}
	if n := h.Get("childNodes").Index(1); n.Truthy() && n.Get("nodeType").Int() == 3 {
		n.Set("nodeValue", " "+title)
	}
}

func (f *factsForm) roleField(d *incident.DataSet, i int) app.UI {
	cur := string(d.Role)
	if cur == "" {
		cur = string(incident.Controller)
	}
	return f.radioGroup(setPath(i)+".role", enumOpts(f.l, incident.Roles, "role.", ""), cur, owner{set: d.ID}, "role", f.p.onSetRole)
}

// withinField says which other set this one is part of.
func (f *factsForm) withinField(d *incident.DataSet, i int) app.UI {
	opts := []choiceOpt{{"", catalog.T(f.l, "sets.notWithin")}}
	for j := range f.inc.DataSets {
		if o := &f.inc.DataSets[j]; o.ID != d.ID {
			opts = append(opts, choiceOpt{o.ID, setTitle(f.l, o, j)})
		}
	}
	return f.selectField(setPath(i)+".within", opts, d.Within, owner{set: d.ID}, "within", f.p.onSetWithin)
}

// formerField is what is known of the set's former customers.
func (f *factsForm) formerField(d *incident.DataSet, i int) app.UI {
	base, o := setPath(i)+".former", owner{set: d.ID}
	return el("fieldset.bd-former", "id", fieldID(base)).Body(
		elt("legend", catalog.T(f.l, labelKey(base))),
		elt("p.bd-hint", catalog.T(f.l, labelKey(base)+".hint")),
		f.triGroup(base+".included", d.Former.Included, o, "former.included", f.p.onSetTri),
		el("div.bd-set-grid").Body(
			f.textField(base+".persons", o.tag("former.persons", f.countInput(base+".persons", d.Former.Persons)).OnChange(f.p.onSetCount)),
			f.dayInput(base+".on", d.Former.On, o, "former.on", f.p.onSetDay, f.p.onSetDayToday),
			f.dayInput(base+".leftFrom", d.Former.LeftFrom, o, "former.leftFrom", f.p.onSetDay, f.p.onSetDayToday),
			f.textField(base+".retentionYears", o.tag("former.retentionYears", void("input[type=text][inputmode=numeric]", "id", fieldID(base+".retentionYears"), "aria-describedby", f.describedBy(base+".retentionYears"), "value", yearsText(d.Former.RetentionYears)).
				Attr("maxlength", 4)).OnChange(f.p.onSetYears)),
			f.setText(base+".rule", d.Former.Rule, o, "former.rule"),
		),
		el("div.bd-check.bd-field").Body(
			o.tag("former.untilPurpose", void("input[type=checkbox]", "id", fieldID(base+".untilPurpose"))).
				Attr("checked", d.Former.UntilPurpose).Aria("describedby", f.describedBy(base+".untilPurpose")).OnChange(f.p.onSetUntilPurpose),
			elt("label", catalog.T(f.l, labelKey(base+".untilPurpose")), "for", fieldID(base+".untilPurpose")),
			f.notes(base+".untilPurpose"),
		),
	)
}

func yearsText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// setRemove is the button that removes the set, or the question first.
func (f *factsForm) setRemove(d *incident.DataSet, i int) app.UI {
	l := f.l
	name := setTitle(l, d, i)
	if f.p.confirmSet != d.ID {
		return el("div.bd-buttons").Body(
			el("button[type=button].bd-remove", "id", "fx-set-remove-"+d.ID, "data-set", d.ID, "aria-label", catalog.T(l, "sets.removeLabel", name)).
				Text(catalog.T(l, "sets.remove")).On("click", f.p.onSetRemove),
		)
	}
	within, events := desk.DataSetUses(f.inc, d.ID)
	return el("div.bd-confirm[role=alert]").Body(
		elt("p", catalog.T(l, "sets.removeConfirm", name)),
		app.If(within+events > 0, func() app.UI { return elt("p", catalog.T(l, "sets.removeUses", within, events)) }),
		el("div.bd-buttons").Body(
			el("button[type=button].bd-danger#fx-set-remove-yes", "data-set", d.ID).
				Text(catalog.T(l, "sets.removeYes")).On("click", f.p.onSetRemoveYes),
			el("button[type=button]#fx-set-remove-no").Text(catalog.T(l, "action.cancel")).On("click", f.p.onSetRemoveNo),
		),
	)
}
