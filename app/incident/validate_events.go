package incident

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// eventOrder lists pairs of kinds where the first event of the first kind before the
// first event of the second is implausible, though possible (a date typed wrong, or
// a timeline still being pieced together): a warning, never an error.
var eventOrder = []struct{ later, earlier EventKind }{
	{EvDetected, EvIntrusion},
	{EvContained, EvIntrusion},
	{EvAware, EvIntrusion},
	{EvScopeConfirmed, EvAware},
	{EvAssessed, EvAware},
	{EvReportPrelim, EvAware},
	{EvReportFinal, EvReportPrelim},
	{EvNoticePersons, EvAware},
}

// clockKinds are the kinds of events deadlines are counted from: undated,
// they leave a deadline uncomputed, which the user is told.
var clockKinds = map[EventKind]bool{EvAware: true, EvAssessed: true, EvMinistryOrder: true, EvDetected: true}

// partyOf are the kinds of party an event of a kind may name (none = any):
// an order to report comes from a ministry or from the regulator itself
// (the PPC's 報告徴収).
var partyOf = map[EventKind][]PartyKind{
	EvEntrustorNotice: {PartyEntrustor}, EvPolice: {PartyPolice}, EvCardAcquirer: {PartyCard},
	EvMinistryOrder: {PartyMinistry, PartyRegulator}, EvMinistryReport: {PartyMinistry, PartyRegulator},
}

// startOfPeriod: t is the start of its day (Day, Approx), month or year in
// its zone, as an event of that precision is stored.
func startOfPeriod(t time.Time, p Precision) bool {
	if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		return false
	}
	switch p {
	case Month:
		return t.Day() == 1
	case Year:
		return t.Day() == 1 && t.Month() == time.January
	}
	return true
}

func (v *validator) events(inc *Incident) {
	n := v.limit("events", len(inc.Events), MaxEvents)
	ids := make(map[string]int, n)
	first := map[EventKind]int{} // index of the earliest dated event of each kind
	for i, e := range inc.Events[:n] {
		p := "events[" + strconv.Itoa(i) + "]"
		v.id(p+".id", e.ID)
		if j, dup := ids[e.ID]; dup && e.ID != "" {
			v.ps.add(SeverityError, p+".id", CodeDuplicateID, quoteShort(e.ID), "events["+strconv.Itoa(j)+"]")
		} else {
			ids[e.ID] = i
		}
		known(v, p+".kind", e.Kind, EventKinds, false)
		known(v, p+".precision", e.Precision, Precisions, true)
		if e.Precision != Exact && e.Precision != Approx && slices.Contains(Precisions, e.Precision) && e.Dated() && !startOfPeriod(e.At.In(v.loc), e.Precision) {
			// The form stores such an event at the start of its day, month
			// or year; a file may not (140 as first entered: 2/5 at 19:40
			// was printed "date only" and measured at 19:40, F873). An
			// approximate event with a time is about that time (AboutTime).
			v.ps.add(SeverityWarning, p+".at", CodeTimeOfImprecise, v.when(e.At))
		}
		if e.Source != "" {
			known(v, p+".source", e.Source, Sources, true)
		}
		if e.Police != "" {
			known(v, p+".police", e.Police, PoliceActs, true)
		}
		if e.By != "" {
			known(v, p+".by", e.By, Filers, true)
		}
		if e.Step != "" {
			v.name(p+".step", e.Step)
		}
		v.orderFields(p, e)
		if e.Party != "" {
			v.party(inc, p+".party", e.Party, partyOf[e.Kind]...)
		}
		for k, id := range e.Sets {
			if _, ok := inc.DataSet(id); !ok {
				v.ps.add(SeverityError, p+".sets["+strconv.Itoa(k)+"]", CodeUnknownDataSet, quoteShort(id))
			}
		}
		if e.Planned && !e.At.IsZero() {
			v.ps.add(SeverityError, p+".planned", CodePlannedDated)
		}
		if e.At.IsZero() {
			if clockKinds[e.Kind] && !e.Planned {
				v.ps.add(SeverityWarning, p+".at", CodeUndated)
			}
		} else {
			v.plausible(p+".at", e.At)
			if j, ok := first[e.Kind]; !ok || e.At.Before(inc.Events[j].At) {
				first[e.Kind] = i
			}
		}
		if e.Due != nil && !e.Due.IsZero() {
			v.plausible(p+".due", *e.Due)
			if !e.At.IsZero() && e.Due.Before(e.At) {
				v.ps.add(SeverityWarning, p+".due", CodeDueBeforeEvent, v.when(*e.Due), v.when(e.At))
			}
		}
		if e.Recipients < 0 {
			v.ps.add(SeverityError, p+".recipients", CodeNegative, strconv.Itoa(e.Recipients))
		}
		if e.Confirmed < 0 {
			v.ps.add(SeverityError, p+".confirmed", CodeNegative, strconv.Itoa(e.Confirmed))
		}
		if e.Recipients > 0 && e.Confirmed > e.Recipients {
			v.ps.add(SeverityWarning, p+".confirmed", CodePartOverTotal, strconv.Itoa(e.Confirmed), strconv.Itoa(e.Recipients))
		}
		v.jurisdiction(p+".jurisdiction", e.Jurisdiction)
		v.text(p+".note", e.Note)
		v.was(p+".was", e.Was)
		known(v, p+".forNotice", e.ForNotice, Tris, true)
		if e.ForNotice != Unknown && e.Kind != EvPublic {
			v.ps.add(SeverityError, p+".forNotice", CodePublicOnly, string(EvPublic))
		}
		v.date(p+".learned", e.Learned)
		if day := DateOf(e.At.In(v.loc)); e.Dated() && e.Learned.Valid() && !day.OnOrBefore(e.Learned) {
			v.ps.add(SeverityWarning, p+".learned", CodeLearnedBefore, string(e.Learned), string(day))
		}
	}
	for _, o := range eventOrder {
		i, ok1 := first[o.later]
		j, ok2 := first[o.earlier]
		// Implausible only when the later kind's latest possible instant
		// is before the earlier's: a notice recorded by its day (6/6) is
		// not before a knowing at 10:30 that day (47).
		if ok1 && ok2 && inc.Events[i].Last(v.loc).Before(inc.Events[j].At) {
			v.ps.add(SeverityWarning, "events["+strconv.Itoa(i)+"].at", CodeEventOrder,
				string(o.later), v.when(inc.Events[i].At), string(o.earlier), v.when(inc.Events[j].At))
		}
	}
}

// was checks an event's earlier dates: each plausible, known precision, the
// day it was replaced given and in order.
func (v *validator) was(path string, was []EventDate) {
	n := v.limit(path, len(was), MaxRevisions)
	prev := Date("")
	for i, w := range was[:n] {
		p := path + "[" + strconv.Itoa(i) + "]"
		if !w.At.IsZero() {
			v.plausible(p+".at", w.At)
		}
		known(v, p+".precision", w.Precision, Precisions, true)
		if w.Until == "" {
			v.ps.add(SeverityError, p+".until", CodeRequired)
		}
		v.date(p+".until", w.Until)
		v.order(p+".until", prev, w.Until)
		if w.Until != "" {
			prev = w.Until
		}
		v.name(p+".source", w.Source)
	}
}

// guidanceWord: a note calling an order administrative guidance. Not a
// package-level regular expression: compiling one at start-up put the
// regexp package's compiler among the functions run before the first
// screen.
func guidanceWord(note string) bool {
	return strings.Contains(note, "行政指導") || strings.Contains(strings.ToLower(note), "administrative guidance")
}

// orderFields checks an order's basis, kind and law: known values, on an
// authority's order only, and the law only under a sector's law (under the
// APPI the rules give its articles; not entered, nothing reads it).
func (v *validator) orderFields(p string, e Event) {
	for _, f := range []struct{ name, value string }{{"orderBasis", e.OrderBasis}, {"orderKind", e.OrderKind}, {"orderLaw", e.OrderLaw}} {
		if f.value != "" && e.Kind != EvMinistryOrder {
			v.ps.add(SeverityError, p+"."+f.name, CodeOrderOnly, string(EvMinistryOrder))
		}
	}
	if e.OrderBasis != "" {
		known(v, p+".orderBasis", e.OrderBasis, OrderBases, true)
	} else if e.Kind == EvMinistryOrder && guidanceWord(e.Note) {
		// Read without a basis as a demand under the APPI, with its
		// penalties: say what the note says it is.
		v.ps.add(SeverityWarning, p+".orderBasis", CodeOrderGuidance)
	}
	if e.OrderKind != "" {
		known(v, p+".orderKind", e.OrderKind, OrderKinds, true)
	}
	if e.OrderLaw != "" {
		v.name(p+".orderLaw", e.OrderLaw)
		if e.Kind == EvMinistryOrder && e.OrderBasis != "sector" {
			v.ps.add(SeverityError, p+".orderLaw", CodeOrderLawBasis)
		}
	}
}
