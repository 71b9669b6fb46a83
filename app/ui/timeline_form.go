package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// eventDraft is the event form as typed: nothing reaches the incident until
// every field reads.
type eventDraft struct {
	Kind, At, Jurisdiction, Note, Due string
	// Precision is how well the time is known (incident.Precision, "" =
	// exact), precUndated: no date yet, or precPlanned: not done yet (no
	// date either: Event.Planned). At holds a date-time for an
	// exact event, a date typed as on the facts page otherwise.
	Precision string
	// Party is the id of the party the event concerns, Source who told the
	// company (a detection), Police what a police event was and By who
	// made it, Sets the data sets it concerns (none: all).
	Party, Source, Police, By string
	Sets                      []string
	// Step is the checklist step the event records as done (Event.Step).
	Step string
	// Recipients and Confirmed are a deletion's counts as typed
	// (Event.Recipients, Event.Confirmed; "" = not given).
	Recipients, Confirmed string
	// OrderBasis, OrderKind and OrderLaw are an order's basis, what it
	// asks for and its provision (Event.OrderBasis, …): the law is kept
	// only under a sector's law.
	OrderBasis, OrderKind, OrderLaw string
	// Time is, for an event about a day (incident.Approx), the time of day
	// it happened about, as typed ("14:10"; "" = about the day only).
	Time string
	// Learned is the day the event was learned of, when later than the
	// event (Event.Learned), as typed; "" = not entered.
	Learned string
	// ForNotice is, for an announcement, whether it stands as the notice
	// to the persons who cannot be told (Event.ForNotice: "yes", "no", "").
	ForNotice string
}

// precUndated is the precision answer of an event with no date yet.
const precUndated = "undated"

// precPlanned is the precision answer of a step only planned, not done yet.
const precPlanned = "planned"

// draftOf fills the form with an event, in the incident's time zone.
func draftOf(ev incident.Event, loc *time.Location) eventDraft {
	d := eventDraft{Kind: string(ev.Kind), At: datetimeLocal(ev.At, loc), Jurisdiction: ev.Jurisdiction, Note: ev.Note,
		Precision: string(ev.Precision), Party: ev.Party, Source: ev.Source, Police: ev.Police, By: ev.By, Step: ev.Step, Sets: append([]string(nil), ev.Sets...),
		Recipients: numberText(ev.Recipients), Confirmed: numberText(ev.Confirmed),
		OrderBasis: ev.OrderBasis, OrderKind: ev.OrderKind, OrderLaw: ev.OrderLaw, Learned: string(ev.Learned), ForNotice: string(ev.ForNotice)}
	switch {
	case ev.Planned:
		d.Precision, d.At = precPlanned, ""
	case !ev.Dated():
		d.Precision, d.At = precUndated, ""
	case ev.Precision != incident.Exact:
		d.At = dayText(ev.At.In(loc), ev.Precision)
		if ev.AboutTime() {
			d.Time = ev.At.In(loc).Format("15:04")
		}
	}
	if ev.Due != nil {
		d.Due = datetimeLocal(*ev.Due, loc)
	}
	return d
}

// parseClock reads a time of day as typed: "14:10", "9:05", full-width
// digits, 「14時10分」 or 「14時」; "" is none (0, 0, true).
func parseClock(s string) (h, m int, ok bool) {
	t := strings.TrimSpace(foldWidth(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "頃"), "分")
	t = strings.NewReplacer("時", ":", "：", ":").Replace(t)
	t = strings.TrimSuffix(t, ":")
	if t == "" {
		return 0, 0, true
	}
	hs, ms, _ := strings.Cut(t, ":")
	if ms == "" {
		ms = "0"
	}
	h, errH := strconv.Atoi(hs)
	m, errM := strconv.Atoi(ms)
	if errH != nil || errM != nil || len(hs) > 2 || len(ms) > 2 || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

// dayText is the date of t to the precision given: "2026-03-15",
// "2026-03", "2026".
func dayText(t time.Time, p incident.Precision) string {
	switch p {
	case incident.Month:
		return t.Format("2006-01")
	case incident.Year:
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}

// setPrecision changes the precision, carrying over what was typed as far
// as it reads at the new one (a date-time's day, a day's month).
func (d *eventDraft) setPrecision(v string, loc *time.Location) {
	old := d.Precision
	d.Precision = v
	at := strings.TrimSpace(d.At)
	if at == "" || v == precUndated || v == precPlanned {
		return
	}
	var t time.Time
	if old == "" {
		t, _ = parseDatetimeLocal(at, loc)
	} else if day, ok := parseDay(at); ok && day != "" {
		t, _ = dayStart(day, loc)
	}
	if t.IsZero() {
		return
	}
	if v == "" {
		d.At = datetimeLocal(t, loc)
	} else {
		d.At = dayText(t, incident.Precision(v))
	}
}

// dayStart is the first instant of a day, month or year in loc.
func dayStart(day incident.Date, loc *time.Location) (time.Time, bool) {
	s := string(day)
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			t, err := time.ParseInLocation(layout, s, loc)
			return t, err == nil
		}
	}
	return time.Time{}, false
}

// toggleSet adds the data set id to the event's sets, or takes it out.
func (d *eventDraft) toggleSet(id string, on bool) {
	d.Sets = slices.DeleteFunc(d.Sets, func(s string) bool { return s == id })
	if on {
		d.Sets = append(d.Sets, id)
	}
	if len(d.Sets) == 0 {
		d.Sets = nil
	}
}

// set changes one field of the form by its name (the data-field of its input).
func (d *eventDraft) set(name, v string) {
	switch name {
	case "kind":
		d.Kind = v
	case "at":
		d.At = v
	case "jur":
		d.Jurisdiction = v
	case "note":
		d.Note = v
	case "due":
		d.Due = v
	case "party":
		d.Party = v
	case "source":
		d.Source = v
	case "police":
		d.Police = v
	case "by":
		d.By = v
	case "step":
		d.Step = v
	case "recipients":
		d.Recipients = v
	case "confirmed":
		d.Confirmed = v
	case "orderBasis":
		d.OrderBasis = v
	case "orderKind":
		d.OrderKind = v
	case "orderLaw":
		d.OrderLaw = v
	case "time":
		d.Time = v
	case "learned":
		d.Learned = v
	case "forNotice":
		d.ForNotice = v
	}
}

// event reads the form into an event (without its id). When a field cannot be
// read it returns, by field name, the catalog id of the problem.
func (d eventDraft) event(loc *time.Location) (incident.Event, map[string]string) {
	probs := map[string]string{}
	var ev incident.Event
	kind := incident.EventKind(d.Kind)
	known := false
	for _, k := range incident.EventKinds {
		known = known || k == kind
	}
	if !known {
		probs["kind"] = "tl.err.kind"
	}
	ev.Kind = kind
	prec := incident.Precision(d.Precision)
	switch at := strings.TrimSpace(d.At); {
	case d.Precision == precUndated || d.Precision == precPlanned:
		prec = incident.Exact // no date: At stays zero
		ev.Planned = d.Precision == precPlanned
	case !slices.Contains(incident.Precisions, prec):
		probs["at"] = "tl.err.at"
	case at == "":
		probs["at"] = "tl.err.atMissing"
	case prec == incident.Exact:
		t, err := parseDatetimeLocal(at, loc)
		if err != nil {
			probs["at"] = "tl.err.at"
		}
		ev.At = t
	default:
		day, ok := parseDay(at)
		want := map[incident.Precision]int{incident.Day: 10, incident.Approx: 10, incident.Month: 7, incident.Year: 4}[prec]
		if ok && len(day) > want {
			day = day[:want] // a full date typed for a month: its month
		}
		t, read := dayStart(day, loc)
		if !ok || !read || len(day) != want {
			probs["at"] = "tl.err.day"
		}
		if prec == incident.Approx {
			h, m, ok := parseClock(d.Time)
			if !ok {
				probs["time"] = "tl.err.time"
			}
			t = t.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
		}
		ev.At = t
	}
	ev.Precision = prec
	ev.Party = d.Party
	if kind == incident.EvDetected {
		ev.Source = d.Source
	}
	if kind == incident.EvPolice {
		ev.Police, ev.By = d.Police, d.By
	}
	if kind == incident.EvMinistryOrder {
		ev.OrderBasis, ev.OrderKind = d.OrderBasis, d.OrderKind
		if ev.OrderBasis == "sector" {
			ev.OrderLaw = strings.Join(strings.Fields(d.OrderLaw), " ")
		}
	}
	if kind == incident.EvPublic && slices.Contains(incident.Tris, incident.Tri(d.ForNotice)) {
		ev.ForNotice = incident.Tri(d.ForNotice)
	}
	if kind.TakesTold() {
		n, ok := exactCount(d.Recipients)
		if !ok {
			probs["recipients"] = "tl.err.count"
		}
		ev.Recipients = n
	}
	if kind.Counted() {
		for _, f := range []struct {
			name, text string
			to         *int
		}{{"recipients", d.Recipients, &ev.Recipients}, {"confirmed", d.Confirmed, &ev.Confirmed}} {
			n, ok := exactCount(f.text)
			if !ok {
				probs[f.name] = "tl.err.count"
			}
			*f.to = n
		}
		if ev.Recipients > 0 && ev.Confirmed > ev.Recipients {
			probs["confirmed"] = "tl.err.confirmedOver"
			if kind == incident.EvRetrieved {
				probs["confirmed"] = "tl.err.backOver"
			}
		}
	}
	if d.Precision != precPlanned {
		day, ok := parseDay(d.Learned)
		if !ok || day != "" && len(day) != len("2006-01-02") {
			probs["learned"] = "tl.err.learned"
		}
		ev.Learned = day
	}
	ev.Step = d.Step
	ev.Sets = append([]string(nil), d.Sets...)
	j := strings.ToUpper(strings.TrimSpace(d.Jurisdiction))
	if !incident.JurisdictionShape(j) {
		probs["jur"] = "tl.err.jur"
	}
	ev.Jurisdiction = j
	ev.Note = strings.TrimSpace(d.Note)
	if kind == incident.EvMinistryOrder && strings.TrimSpace(d.Due) != "" {
		t, err := parseDatetimeLocal(strings.TrimSpace(d.Due), loc)
		switch {
		case err != nil:
			probs["due"] = "tl.err.due"
		case !ev.At.IsZero() && t.Before(ev.At):
			probs["due"] = "tl.err.dueBefore"
		default:
			ev.Due = &t
		}
	}
	if len(probs) > 0 {
		return incident.Event{}, probs
	}
	return ev, nil
}

// placeFindings puts each finding of the engine just before the event that
// ends the delay it measures (an event of its To kind at its ToAt), so that it
// shows between the events it spans. Findings still running (no end yet, or
// whose end is not among events) are returned apart, to show at "now".
func placeFindings(events []incident.Event, fs []assess.Finding) (before map[int][]assess.Finding, open []assess.Finding) {
	before = map[int][]assess.Finding{}
	for _, f := range fs {
		at := -1
		if f.ToAt != nil {
			for i, ev := range events {
				if ev.Kind == f.To && ev.At.Equal(*f.ToAt) {
					at = i
					break
				}
			}
		}
		if at < 0 {
			open = append(open, f)
			continue
		}
		before[at] = append(before[at], f)
	}
	return before, open
}

// precisionOptions are the answers to how well an event's time is known.
func precisionOptions(l catalog.Lang, cur string) []app.UI {
	out := precisionChoices(l, cur)
	for _, p := range []string{precUndated, precPlanned} {
		out = append(out, el("option", "value", p).Text(catalog.T(l, "prec.name."+p)).Attr("selected", cur == p))
	}
	return out
}

// precisionChoices are those answers of an event that has a date.
func precisionChoices(l catalog.Lang, cur string) []app.UI {
	out := make([]app.UI, 0, len(incident.Precisions)+2)
	for _, p := range incident.Precisions {
		out = append(out, el("option", "value", string(p)).Text(catalog.T(l, "prec.name."+precKey(string(p)))).Attr("selected", cur == string(p)))
	}
	return out
}

func precKey(p string) string {
	if p == "" {
		return "exact"
	}
	return p
}

// partyOptions are the parties an event may concern.
func partyOptions(l catalog.Lang, inc *incident.Incident, cur string) []app.UI {
	out := []app.UI{el("option", "value", "").Text(catalog.T(l, "tl.f.party.none")).Attr("selected", cur == "")}
	for _, p := range inc.Parties {
		out = append(out, el("option", "value", p.ID).Text(catalog.T(l, "party."+string(p.Kind))+": "+partyTitle(l, p)).Attr("selected", cur == p.ID))
	}
	return out
}

// sourceOptions are who may have told the company of a detection.
func sourceOptions(l catalog.Lang, cur string) []app.UI {
	out := []app.UI{el("option", "value", "").Text(catalog.T(l, "tl.f.source.none")).Attr("selected", cur == "")}
	for _, s := range incident.Sources {
		out = append(out, el("option", "value", s).Text(catalog.T(l, "src."+s)).Attr("selected", cur == s))
	}
	return out
}

// choiceOptions are the answers of a select whose values are labelled
// prefix+value in the catalog, after its "not entered" answer none.
func choiceOptions(l catalog.Lang, none, prefix string, values []string, cur string) []app.UI {
	out := []app.UI{el("option", "value", "").Text(catalog.T(l, none)).Attr("selected", cur == "")}
	for _, s := range values {
		out = append(out, el("option", "value", s).Text(catalog.T(l, prefix+s)).Attr("selected", cur == s))
	}
	return out
}

// stepOptions are the checklist steps an event may record as done: those
// of the playbook that apply, and the one already chosen even if it no
// longer does.
func stepOptions(l catalog.Lang, steps []assess.Step, cur string) []app.UI {
	out := []app.UI{el("option", "value", "").Text(catalog.T(l, "tl.f.step.none")).Attr("selected", cur == "")}
	seen := false
	for _, s := range steps {
		if s.State == assess.StateNA && s.ID != cur {
			continue
		}
		seen = seen || s.ID == cur
		out = append(out, el("option", "value", s.ID).Text(tx(l, s.Title)).Attr("selected", cur == s.ID))
	}
	if cur != "" && !seen {
		out = append(out, el("option", "value", cur).Text(cur).Attr("selected", true))
	}
	return out
}

// setsField are the data sets an event concerns (none ticked: all of
// them); shown when the incident has more than one.
func (p *TimelinePage) setsField(l catalog.Lang, form string, d eventDraft, inc *incident.Incident) app.UI {
	if len(inc.DataSets) < 2 {
		return nil
	}
	boxes := make([]app.UI, 0, len(inc.DataSets))
	for i := range inc.DataSets {
		s := &inc.DataSets[i]
		id := "tl-" + form + "-set-" + s.ID
		boxes = append(boxes, el("div.bd-check").Body(
			void("input[type=checkbox]", "id", id, "data-form", form, "data-set", s.ID).
				Attr("checked", slices.Contains(d.Sets, s.ID)).On("change", p.onSetBox),
			elt("label", setTitle(l, s, i), "for", id),
		))
	}
	return el("fieldset.tl-sets", "id", "tl-"+form+"-sets").Body(
		elt("legend", catalog.T(l, "tl.f.sets")),
		elt("p.bd-hint", catalog.T(l, "tl.f.sets.hint")),
		el("div.bd-checkgrid").Body(boxes...),
	)
}

// eventFacts say whom an event concerns, who told the company (a
// detection) and which data sets it concerns.
func eventFacts(l catalog.Lang, inc *incident.Incident, ev incident.Event) app.UI {
	var parts []string
	if p, ok := inc.Party(ev.Party); ok {
		parts = append(parts, catalog.T(l, "tl.about", catalog.T(l, "party."+string(p.Kind))+": "+partyTitle(l, p)))
	}
	if ev.Source != "" {
		parts = append(parts, catalog.T(l, "tl.told", catalog.T(l, "src."+ev.Source)))
	}
	if ev.Police != "" {
		parts = append(parts, catalog.T(l, "pol."+ev.Police))
	}
	if o := orderFacts(l, ev); o != "" {
		parts = append(parts, catalog.T(l, "tl.order", o))
	}
	if ev.Kind == incident.EvDeleted && ev.Recipients > 0 {
		parts = append(parts, catalog.T(l, "tl.deletedOf", ev.Confirmed, ev.Recipients))
	}
	if ev.Kind.TakesTold() && ev.Recipients > 0 {
		parts = append(parts, catalog.T(l, "tl.toldOf", countText(l, incident.Count{Known: true, N: int64(ev.Recipients)})))
	}
	if ev.Kind == incident.EvRetrieved && ev.Recipients > 0 {
		parts = append(parts, catalog.T(l, "tl.retrievedOf", ev.Confirmed, ev.Recipients))
	}
	if ev.By != "" {
		parts = append(parts, catalog.T(l, "tl.by", catalog.T(l, "by."+ev.By)))
	}
	if ev.ForNotice != incident.Unknown {
		parts = append(parts, catalog.T(l, "tl.forNotice."+string(ev.ForNotice)))
	}
	if ev.Learned != "" {
		if t, ok := ev.Learned.First(time.UTC); ok {
			parts = append(parts, catalog.T(l, "tl.learnedOn", t.Format(catalog.T(l, "prec.dayLayout"))))
		}
	}
	if names := desk.SetNames(inc, ev.Sets); len(names) > 0 {
		parts = append(parts, catalog.T(l, "tl.setsOf", strings.Join(names, catalog.T(l, "list.sep"))))
	}
	if len(parts) == 0 {
		return nil
	}
	return elt("p.tl-facts", strings.Join(parts, " · "))
}

// key is the draft as entered, to tell the same entry again.
func (d eventDraft) key() string {
	return d.Kind + "|" + d.At + "|" + d.Precision + "|" + d.Jurisdiction + "|" + d.Note + "|" + d.Due + "|" + d.Party + "|" + d.Source + "|" + d.Police + "|" + d.By + "|" + d.Step + "|" + strings.Join(d.Sets, ",") + "|" + d.Recipients + "|" + d.Confirmed + "|" + d.OrderBasis + "|" + d.OrderKind + "|" + d.OrderLaw + "|" + d.Time + "|" + d.Learned + "|" + d.ForNotice
}

// orderFacts say what was entered of an order: its basis (the provision
// under a sector's law, when entered) and what it asks for; "" when
// nothing was.
func orderFacts(l catalog.Lang, ev incident.Event) string {
	var parts []string
	switch {
	case ev.OrderLaw != "":
		parts = append(parts, ev.OrderLaw) // a sector's law, named
	case ev.OrderBasis != "":
		parts = append(parts, catalog.T(l, "ordb."+ev.OrderBasis))
	}
	if ev.OrderKind != "" {
		parts = append(parts, catalog.T(l, "ordk."+ev.OrderKind))
	}
	return strings.Join(parts, catalog.T(l, "list.sep"))
}

// numberText is a number for a form's field: "" for none.
func numberText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// exactCount reads a whole number as typed (half or full width, with
// separators, 「件」 or 「社」 after it); "" is none (0). An estimate or an
// upper bound is not a count of confirmations.
func exactCount(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	s = strings.TrimRight(s, "件社名人者か所箇所")
	c, err := incident.ParseCount(s)
	if err != nil || !c.Known || c.Approx || c.Max || c.N < 0 || c.N > 1<<30 {
		return 0, false
	}
	return int(c.N), true
}

// countKey is the catalog key of a count's label: a retrieval counts what
// was lost and what came back, a deletion the recipients and those that
// confirmed it.
func countKey(kind, field string) string {
	if incident.EventKind(kind) == incident.EvRetrieved {
		return map[string]string{"recipients": "tl.f.lost", "confirmed": "tl.f.back"}[field]
	}
	if incident.EventKind(kind).TakesTold() {
		return "tl.f.told"
	}
	return "tl.f." + field
}
