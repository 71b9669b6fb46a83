package ui

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A data set's categories: one row per category of the law saying whether
// it is involved (with its own counts, when only some of the set's persons
// had it) or known not to be; "other" with what it is and how the law would
// class it (its flags).

// categoryRow is one row of the table: a category of the law, or one stored
// that the law does not list.
type categoryRow struct {
	id, label string
}

// categoryLabel names a category of the law in the page's language.
func (f *factsForm) categoryLabel(id string) string {
	if rs, err := theDesk.Rules(); err == nil {
		for _, c := range rs.Categories {
			if c.ID == id {
				if f.l == catalog.EN {
					return c.EN
				}
				return c.JA
			}
		}
	}
	return id
}

func (f *factsForm) categoryRows(d *incident.DataSet) []categoryRow {
	var rows []categoryRow
	seen := map[string]bool{}
	if rs, err := theDesk.Rules(); err == nil {
		for _, c := range rs.Categories {
			label := c.JA
			if f.l == catalog.EN {
				label = c.EN
			}
			rows = append(rows, categoryRow{c.ID, label})
			seen[c.ID] = true
		}
	}
	for _, c := range d.Categories {
		if !seen[c.ID] {
			rows = append(rows, categoryRow{c.ID, c.ID})
			seen[c.ID] = true
		}
	}
	for _, id := range d.NotInvolved {
		if !seen[id] {
			rows = append(rows, categoryRow{id, id})
			seen[id] = true
		}
	}
	return rows
}

// categoryIndex is the index of the first category with id in d, or -1.
func categoryIndex(d *incident.DataSet, id string) int {
	for i, c := range d.Categories {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// catSelectID is the id of a category's select in the set at index i.
func catSelectID(i int, cat string) string { return fieldID(setPath(i)) + "-cat-" + cat }

func (f *factsForm) categoryTable(d *incident.DataSet, i int) app.UI {
	l := f.l
	rows := f.categoryRows(d)
	trs := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		trs = append(trs, f.categoryTR(d, i, r))
	}
	base := setPath(i)
	hid := fieldID(base) + "-categories-h"
	f.anchor(base+".categories", catSelectID(i, rows[0].id))
	return el("div.bd-field", "id", fieldID(base+".notInvolved")).Body(
		elt("h4", catalog.T(l, "facts.categories"), "id", hid),
		elt("p.bd-hint", catalog.T(l, "facts.categories.hint"), "id", fieldID(base)+"-categories-hint"),
		elt("p.bd-hint", catalog.T(l, "facts.protection.hint"), "id", fieldID(base)+"-protection-hint"),
		f.notes(base+".notInvolved"),
		el("div.bd-table-wrap").Body(
			el("table.bd-categories-table", "aria-labelledby", hid).Body(
				headRow(l, 4, "facts.col.category", "facts.col.involved", "facts.col.persons", "facts.col.records"),
				el("tbody").Body(trs...),
			),
		),
	)
}

func (f *factsForm) categoryTR(d *incident.DataSet, i int, r categoryRow) app.UI {
	l := f.l
	j := categoryIndex(d, r.id)
	state := ""
	switch {
	case j >= 0:
		state = "yes"
	case slices.Contains(d.NotInvolved, r.id):
		state = "no"
	}
	sel := catSelectID(i, r.id)
	opts := options(involvedValues, []string{
		catalog.T(l, "facts.involved.unknown"), catalog.T(l, "facts.involved.yes"), catalog.T(l, "facts.involved.no"),
	}, state)
	nameCell := []app.UI{elt("label", r.label, "for", sel)}
	var persons, records app.UI = app.Text(""), app.Text("")
	if j >= 0 {
		c := d.Categories[j]
		base := setPath(i) + ".categories[" + strconv.Itoa(j) + "]"
		if r.id == "other" {
			op := base + ".other"
			nameCell = append(nameCell, fieldForm("bd-field.bd-field-inline").Body(
				elt("label.bd-sr", catalog.T(l, labelKey(op)), "for", fieldID(op)),
				void("input[type=text]", "id", fieldID(op), "maxlength", strconv.Itoa(incident.MaxNameRunes),
					"data-set", d.ID, "data-category", r.id, "aria-describedby", f.describedBy(op), "value", c.Other).
					On("change", f.p.onCategoryOther),
				f.notes(op),
			), f.flagsField(d, base, c))
		}
		if r.id == "face_image" && categoryIndex(d, "biometric") < 0 {
			// A face-recognition system keeps templates, an item of their
			// own (an identification code), beside the images (122).
			nameCell = append(nameCell, elt("p.bd-hint", catalog.T(l, "facts.categories.faceHint"), "id", fieldID(base)+"-face-hint"))
		}
		if r.id == "online_identifier" && categoryIndex(d, "customer_id") < 0 {
			// The notices explain the item as cookie IDs, IP addresses
			// and advertising IDs: a service's own account IDs chosen
			// here are told to their holders as those (F1062).
			nameCell = append(nameCell, elt("p.bd-hint", catalog.T(l, "facts.categories.onlineIdHint"), "id", fieldID(base)+"-online-id-hint"))
		}
		nameCell = append(nameCell, f.protectionField(d, i, base, r, c))
		if c.AccountNumber() {
			// New York counts an account number that opens the account
			// by itself as private information (F883).
			nameCell = append(nameCell, f.triGroup(base+".accessAlone", c.AccessAlone, owner{set: d.ID}, r.id, f.p.onCategoryAccessAlone))
		}
		if c.Persons.Known || c.Records.Known || c.On != "" {
			nameCell = append(nameCell, f.categoryOnField(d, base, r, c))
		}
		persons = f.categoryCount(d, r, base+".persons", "persons", c.Persons)
		records = f.categoryCount(d, r, base+".records", "records", c.Records)
	}
	return elb("tr", a("class", "bd-cat-"+stateClass(state)),
		elb("th", a("scope", "row"), nameCell...),
		elb("td", nil, el("select", "id", sel, "data-set", d.ID, "data-category", r.id).Body(opts...).On("change", f.p.onInvolved)),
		elb("td", nil, persons),
		elb("td", nil, records),
	)
}

// protectionField: how the item was kept when not as the whole set (F83:
// passwords kept as hashes), and the detail the authorities read.
func (f *factsForm) protectionField(d *incident.DataSet, i int, base string, r categoryRow, c incident.Category) app.UI {
	l := f.l
	path, dpath := base+".protection", base+".protectionDetail"
	values := []string{protectionUnset} // an option's blank value is left out: it would read its text
	texts := []string{catalog.T(l, "facts.protection.unset")}
	for _, v := range incident.ItemProtections {
		values = append(values, string(v))
		texts = append(texts, catalog.T(l, "facts.protection."+string(v)))
	}
	id, hint := fieldID(path), fieldID(setPath(i))+"-protection-hint"
	body := []app.UI{
		elt("label", catalog.T(l, labelKey(path)), "for", id),
		el("select", "id", id, "data-set", d.ID, "data-category", r.id, "aria-describedby", hint+" "+f.describedBy(path)).
			Body(options(values, texts, cmp.Or(string(c.Protection), protectionUnset))...).On("change", f.p.onCategoryProtection),
		f.notes(path),
	}
	if c.Protection != "" || c.ProtectionDetail != "" {
		did := fieldID(dpath)
		body = append(body,
			elt("label", catalog.T(l, labelKey(dpath)), "for", did),
			void("input[type=text]", "id", did, "maxlength", strconv.Itoa(incident.MaxNameRunes),
				"data-set", d.ID, "data-category", r.id, "aria-describedby", f.describedBy(dpath), "value", c.ProtectionDetail).
				On("change", f.p.onCategoryProtectionDetail),
			f.notes(dpath))
	}
	return fieldForm("bd-field.bd-field-inline.bd-protection").Body(body...)
}

// categoryOnField: the day the item's own counts were established, when
// later than the set's first figure (F68: a notice dated before it does not
// give them).
func (f *factsForm) categoryOnField(d *incident.DataSet, base string, r categoryRow, c incident.Category) app.UI {
	path := base + ".on"
	id := fieldID(path)
	return fieldForm("bd-field.bd-field-inline").Body(
		elt("label", catalog.T(f.l, labelKey(path)), "for", id),
		void("input[type=text][inputmode=numeric][autocomplete=off]", "id", id, "placeholder", catalog.T(f.l, "facts.datePlaceholder"),
			"data-set", d.ID, "data-category", r.id, "aria-describedby", f.describedBy(path), "value", string(c.On), "maxlength", "20").
			On("change", f.p.onCategoryOn),
		f.notes(path),
	)
}

func (p *FactsPage) onCategoryOn(ctx app.Context, e app.Event) {
	set, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	id := dataAttr(ctx, "category")
	j := categoryIndex(&p.inc().DataSets[i], id)
	if j < 0 {
		return
	}
	path := setPath(i) + ".categories[" + strconv.Itoa(j) + "].on"
	v := incident.Date("")
	if strings.TrimSpace(value(ctx)) != "" {
		var ok bool
		if v, ok = p.readDay(ctx, fieldID(path)); !ok {
			return
		}
	}
	p.setInputProblem(fieldID(path), "")
	p.tryEdit(ctx, path, onSet(set, func(d *incident.DataSet) {
		if j := categoryIndex(d, id); j >= 0 {
			d.Categories[j].On = v
		}
	}))
}

// protectionUnset is the choice of an item kept as its whole set.
const protectionUnset = "as_set"

func (p *FactsPage) onCategoryProtection(ctx app.Context, e app.Event) {
	set, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	id, v := dataAttr(ctx, "category"), incident.ItemProtection(value(ctx))
	if v == protectionUnset {
		v = ""
	} else if !slices.Contains(incident.ItemProtections, v) {
		return
	}
	p.change(onSet(set, func(d *incident.DataSet) {
		if j := categoryIndex(d, id); j >= 0 {
			d.Categories[j].Protection = v
		}
	}))
}

func (p *FactsPage) onCategoryProtectionDetail(ctx app.Context, e app.Event) {
	set, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	id, v := dataAttr(ctx, "category"), strings.TrimSpace(value(ctx))
	p.change(onSet(set, func(d *incident.DataSet) {
		if j := categoryIndex(d, id); j >= 0 {
			d.Categories[j].ProtectionDetail = v
		}
	}))
}

// onCategoryAccessAlone records whether an account number opens its account
// by itself (the radio's data-fact names the item).
func (p *FactsPage) onCategoryAccessAlone(ctx app.Context, e app.Event) {
	set, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	id, v := dataAttr(ctx, "fact"), readTri(value(ctx))
	p.change(onSet(set, func(d *incident.DataSet) {
		if j := categoryIndex(d, id); j >= 0 && d.Categories[j].AccountNumber() {
			d.Categories[j].AccessAlone = v
		}
	}))
}

// involvedValues are the choices of a category's involvement.
var involvedValues = []string{"", "yes", "no"}

// flagsField classes the "other" category as the law's are: each flag, or
// none of them.
func (f *factsForm) flagsField(d *incident.DataSet, base string, c incident.Category) app.UI {
	rs, err := theDesk.Rules()
	if err != nil {
		return app.Text("")
	}
	path := base + ".flags"
	boxes := make([]app.UI, 0, len(rs.Flags)+1)
	box := func(flag, label string) app.UI {
		id := fieldID(path) + "-" + flag
		return el("div.bd-check").Body(
			void("input[type=checkbox]", "id", id, "data-set", d.ID, "data-flag", flag).
				Attr("checked", slices.Contains(c.Flags, flag)).On("change", f.p.onCategoryFlag),
			elt("label", label, "for", id),
		)
	}
	for _, fl := range rs.Flags {
		boxes = append(boxes, box(fl.ID, tx(f.l, rules.Text{JA: fl.JA, EN: fl.EN})))
	}
	boxes = append(boxes, box("none", catalog.T(f.l, "facts.flags.none")))
	return el("fieldset.bd-flags", "id", fieldID(path)).Body(
		elt("legend", catalog.T(f.l, labelKey(path))),
		el("div").Body(boxes...),
		f.readAsNot(rs, path, c),
		f.namedAs(rs, path, c),
		f.notes(path),
	)
}

// readAsNot says, under an item typed as "other" and not yet classified,
// which kinds of data the assessment reads it as not holding because its
// words name none of them (rules.Flag.OtherWords: card data, My Number,
// passwords), so that the laws of those kinds stay closed: a card number
// typed as 「Kreditkarte」 or 「会員の支払情報」 is not card data until
// classified so.
func (f *factsForm) readAsNot(rs *rules.Set, path string, c incident.Category) app.UI {
	if len(c.Flags) > 0 || strings.TrimSpace(c.Other) == "" {
		return app.Text("")
	}
	var names []string
	for i := range rs.Flags {
		fl := &rs.Flags[i]
		if len(fl.OtherWords) == 0 || fl.MayBeIn(c.Other) {
			continue
		}
		names = append(names, tx(f.l, rules.Text{JA: fl.JA, EN: fl.EN}))
	}
	if len(names) == 0 {
		return app.Text("")
	}
	sep := "、"
	if f.l == catalog.EN {
		sep = "; "
	}
	return elt("p.bd-hint", catalog.T(f.l, "facts.flags.readAsNot", strings.Join(names, sep)), "id", fieldID(path)+"-read")
}

// namedAs says, under an item typed as "other" and not yet classified,
// that its words name a kind of data a flag marks (rules.Flag.NamedBy:
// 障害, 服薬, diagnosis for special-care information), as the documents'
// check asks (F1281): the tool does not classify it by its words.
func (f *factsForm) namedAs(rs *rules.Set, path string, c incident.Category) app.UI {
	if len(c.Flags) > 0 || strings.TrimSpace(c.Other) == "" {
		return app.Text("")
	}
	for i := range rs.Flags {
		fl := &rs.Flags[i]
		if w := fl.NamedIn(c.Other); w != "" {
			return elt("p.bd-hint", catalog.T(f.l, "facts.flags.named", w, tx(f.l, rules.Text{JA: fl.JA, EN: fl.EN})), "id", fieldID(path)+"-named")
		}
	}
	return app.Text("")
}

func stateClass(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func (f *factsForm) categoryCount(d *incident.DataSet, r categoryRow, path, which string, c incident.Count) app.UI {
	id := fieldID(path)
	return fieldForm("bd-field.bd-field-inline").Body(
		elt("label.bd-sr", catalog.T(f.l, "facts.catCount."+which, r.label), "for", id),
		f.countInput(path, c).DataSet("set", d.ID).DataSet("category", r.id).DataSet("count", which).OnChange(f.p.onCategoryCount),
		f.notes(path),
	)
}

func (p *FactsPage) onInvolved(ctx app.Context, e app.Event) {
	set, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	id, v := dataAttr(ctx, "category"), value(ctx)
	p.change(onSet(set, func(d *incident.DataSet) { setInvolved(d, id, v) }))
}

// setCategory adds or removes a data category, keeping counts entered for it.
func setCategory(d *incident.DataSet, id string, on bool) {
	for i, c := range d.Categories {
		if c.ID == id {
			if !on {
				d.Categories = slices.Delete(d.Categories, i, i+1)
			}
			return
		}
	}
	if on {
		d.Categories = append(d.Categories, incident.Category{ID: id})
	}
}

// setInvolved records whether a category is involved ("yes", keeping the
// counts entered for it), known not to be ("no") or not known ("").
func setInvolved(d *incident.DataSet, id, state string) {
	setCategory(d, id, state == "yes")
	d.NotInvolved = slices.DeleteFunc(d.NotInvolved, func(s string) bool { return s == id })
	if state == "no" {
		d.NotInvolved = append(d.NotInvolved, id)
	}
	if len(d.NotInvolved) == 0 {
		d.NotInvolved = nil
	}
}

func (p *FactsPage) onCategoryCount(ctx app.Context, e app.Event) {
	set, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	id, which := dataAttr(ctx, "category"), dataAttr(ctx, "count")
	j := categoryIndex(&p.inc().DataSets[i], id)
	if j < 0 {
		return
	}
	c, ok := p.parseCountFor(setPath(i)+".categories["+strconv.Itoa(j)+"]."+which, value(ctx))
	if !ok {
		return
	}
	p.change(onSet(set, func(d *incident.DataSet) {
		if j := categoryIndex(d, id); j >= 0 && which == "records" {
			d.Categories[j].Records = c
		} else if j >= 0 {
			d.Categories[j].Persons = c
		}
	}))
}

func (p *FactsPage) onCategoryOther(ctx app.Context, e app.Event) {
	set, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	v := strings.TrimSpace(value(ctx))
	p.change(onSet(set, func(d *incident.DataSet) {
		if j := categoryIndex(d, "other"); j >= 0 {
			d.Categories[j].Other = v
		}
	}))
}

// onCategoryFlag sets or clears a flag of the "other" category; "none"
// and the flags exclude each other.
func (p *FactsPage) onCategoryFlag(ctx app.Context, e app.Event) {
	set, _, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	flag, on := dataAttr(ctx, "flag"), checked(ctx)
	p.change(onSet(set, func(d *incident.DataSet) {
		j := categoryIndex(d, "other")
		if j < 0 {
			return
		}
		c := &d.Categories[j]
		c.Flags = slices.DeleteFunc(c.Flags, func(s string) bool { return s == flag || (on && (flag == "none") != (s == "none")) })
		if on {
			c.Flags = append(c.Flags, flag)
		}
		if len(c.Flags) == 0 {
			c.Flags = nil
		}
	}))
}
