package assess

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// findings measures the delays of the timeline against the law (an
// obligation's deadline) and against good practice (a benchmark).
func (r *run) findings(js []Jurisdiction) []Finding {
	day, _, _ := r.lawDate(incident.EvAware, "")
	e := r.env(r.inc.Affected(""), nil)
	var out []Finding
	for i := range r.set.Playbook.Findings {
		f := &r.set.Playbook.Findings[i]
		if !f.InForce(day) || f.When != nil && f.When.Eval(e).Truth != rules.True {
			continue
		}
		if fd, ok := r.finding(f, js, nil); ok {
			fd = r.foundLaterUntold(f, js, fd)
			r.earlyToo(&fd)
			r.setsTold(&fd, f)
			r.toldElsewhere(&fd, f, js)
			r.knewAfterOutside(&fd, f, js)
			out = append(out, fd)
		}
	}
	return out
}

// earlyToo adds to a finding measured from the knowing to an announcement
// or a notice that one was made before the company knew: it did not tell
// of the leak and is not counted, but the company was not silent (95: an
// announcement of the attack the day after it, the leak known 16 days
// later, read only as 51 days past the benchmark).
func (r *run) earlyToo(fd *Finding) {
	if fd.From != incident.EvAware || fd.To != incident.EvPublic && fd.To != incident.EvNoticePersons {
		return
	}
	for _, ev := range r.tl.byKind[fd.To] {
		if r.beforeKnowing(ev) {
			fd.Explanation = thenSentence(fd.Explanation, msg("announcement.early", vars{"by": same(ev.ID), "at": whenAt(ev.DayEnd(r.loc), r.loc)}))
			return
		}
	}
}

// firstEnd is the event that ends a finding's measure from from: the first
// of its own kind, or of its other kinds (ToAlso) when one comes earlier.
func (r *run) firstEnd(f *rules.Finding, from *incident.Event) *incident.Event {
	to := r.tl.firstFrom(f.To, from, r.loc)
	if to == nil && f.To == incident.EvDetected {
		// No detection entered, yet someone knew (80: the processor found
		// the cloud storage public; "not detected yet" after ten years is
		// false): the case was noticed when it was first known (detection).
		if d := r.tl.detection(); d != nil && !d.At.Before(from.At) {
			to = d
		}
	}
	for _, k := range f.ToAlso {
		// Another kind ends the measure only when it comes after its
		// start: a customer's call before the processor knew does not end
		// the processor's delay (94).
		if ev := r.tl.firstFrom(k, from, r.loc); ev != nil && !ev.Last(r.loc).Before(from.At) && (to == nil || endsBefore(ev, to, r.loc)) {
			to = ev
		}
	}
	return to
}

// lastSetNotice: with the persons told set by set (each notice naming its
// sets), they were all told only when the last set named was first told
// (134: 750 told on 7/17, 37,276 on 9/8; the measure ended at the first).
// A notice naming no set tells every set from its day. A set found after
// the knowing (Found) is left out: its notice is measured from its finding
// (F683), not from the case's knowing. The sets first told by the last
// notice are returned with it (none when it is the first).
func (r *run) lastSetNotice(first, from *incident.Event) (*incident.Event, []string) {
	if first == nil || len(first.Sets) == 0 {
		return first, nil
	}
	told := map[string]*incident.Event{}
	var all *incident.Event
	for _, ev := range r.tl.byKind[incident.EvNoticePersons] {
		if ev.Last(r.loc).Before(from.At) {
			continue
		}
		if len(ev.Sets) == 0 {
			if all == nil {
				all = ev
			}
			continue
		}
		for _, id := range ev.Sets {
			if told[id] == nil {
				told[id] = ev
			}
		}
	}
	last := first
	by := map[string]*incident.Event{}
	for id, ev := range told {
		if d, ok := r.inc.DataSet(id); !ok || d.Found != "" {
			continue
		}
		if all != nil && endsBefore(all, ev, r.loc) {
			ev = all
		}
		by[id] = ev
		if endsBefore(last, ev, r.loc) {
			last = ev
		}
	}
	if last == first {
		return first, nil
	}
	var sets []string
	for _, d := range r.inc.DataSets {
		if by[d.ID] == last {
			sets = append(sets, d.ID)
		}
	}
	return last, sets
}

// setsTold names, in a finding measured to the last set told (F746), the
// first notice and the last set's: 134's 「56日」 ran to the notice of 9/8,
// while the timeline's first notice to persons is of 7/17.
func (r *run) setsTold(fd *Finding, f *rules.Finding) {
	if f.To != incident.EvNoticePersons || f.Basis != rules.BasisPractice || fd.ToAt == nil {
		return
	}
	from := r.tl.first(f.From)
	first := r.firstEnd(f, from)
	last, sets := r.lastSetNotice(first, from)
	if len(sets) == 0 {
		return
	}
	at := func(ev *incident.Event) rules.Text {
		if ev.Precision != incident.Exact {
			return dayText(*ev, r.loc)
		}
		return when(ev.At, r.loc)
	}
	fd.Explanation = thenSentence(fd.Explanation, msg("f.sets", vars{
		"at1": at(first), "by1": same(first.ID), "sets1": r.setNames(first.Sets),
		"at2": at(last), "by2": same(last.ID), "sets2": r.setNames(sets)}))
}

// FoundLater is the earliest day one of sets was found to be part of the
// case (DataSet.Found), when every one of them was found after the day of
// knowing knew: their persons could not be told before (161: the
// evacuation plans' data found on 6/29, the knowing of 6/4 the tax data's;
// F1184). false when a set was in the case by the knowing, or sets is empty.
func FoundLater(inc *incident.Incident, sets []string, knew time.Time, loc *time.Location) (incident.Date, bool) {
	day := incident.DateOf(knew.In(loc))
	var first incident.Date
	for _, id := range sets {
		d, ok := inc.DataSet(id)
		if !ok || d.Found == "" || d.Found.OnOrBefore(day) {
			return "", false
		}
		if first == "" || !first.OnOrBefore(d.Found) {
			first = d.Found
		}
	}
	return first, first != ""
}

// foundLaterFrom: the notice to that ends the measure from the knowing
// (from) told only data sets found after the day of knowing (FoundLater):
// it is measured from the earliest of those days, that day's first instant
// known by its day; note says so in the finding.
func (r *run) foundLaterFrom(to, from *incident.Event) (*incident.Event, rules.Text, bool) {
	if to == nil || from == nil {
		return nil, rules.Text{}, false
	}
	first, ok := FoundLater(r.inc, to.Sets, from.At, r.loc)
	at, dated := first.First(r.loc)
	if !ok || !dated {
		return nil, rules.Text{}, false
	}
	ev := &incident.Event{ID: from.ID, Kind: from.Kind, At: at, Precision: incident.Day}
	return ev, msg("f.foundLater", vars{"by": same(to.ID), "sets": r.setNames(to.Sets), "day": same(string(first))}), true
}

// openNotice is a notice measured as still owed from the day of from (a
// set found later and never told), note naming the sets.
type openNotice struct {
	from *incident.Event
	note rules.Text
}

// foundLaterUntold: a notice measure that ended at a notice (fd.ToAt) while
// a set found after the knowing, owed a notice, was told by none (125: the
// expatriates' passports found 5/12, the measure "ok" at the staff's
// notices; F1361). Where that measure was within its limit, the notice is
// measured as not done from the earliest day such a set was found; where it
// was already past, it stays, and the sets are named after it: the worse of
// the two is said.
func (r *run) foundLaterUntold(f *rules.Finding, js []Jurisdiction, fd Finding) Finding {
	if f.To != incident.EvNoticePersons || f.Basis != rules.BasisPractice || fd.ToAt == nil {
		return fd
	}
	from := r.tl.first(f.From)
	_, later := r.untold(f, js, from)
	first, ok := FoundLater(r.inc, later, from.At, r.loc)
	at, dated := first.First(r.loc)
	if !ok || !dated {
		return fd
	}
	v := vars{"sets": r.setNames(later), "day": same(string(first))}
	if fd.Verdict != FindingOK {
		fd.Explanation = thenSentence(fd.Explanation, msg("f.setsUntoldAlso", v))
		return fd
	}
	note := msg("f.setsUntoldLater", v)
	ev := &incident.Event{ID: from.ID, Kind: from.Kind, At: at, Precision: incident.Day}
	if open, ok := r.finding(f, js, &openNotice{from: ev, note: note}); ok {
		return open
	}
	return fd
}

// untold are the data sets a notice duty the finding measures
// (f.RequiredBy) applies to and is still open for, and that no notice to
// persons names, nor one naming no set tells: owed a notice and never told.
// Sets an exception lifts, a processor's notice exempts, or the publication
// covers (persons who cannot be told individually) are not among them.
// known are those in the case by the knowing; later, those found after it
// (FoundLater).
func (r *run) untold(f *rules.Finding, js []Jurisdiction, from *incident.Event) (known, later []string) {
	told := map[string]bool{}
	for _, ev := range append(slices.Clone(r.tl.byKind[incident.EvNoticePersons]), r.tl.undated[incident.EvNoticePersons]...) {
		// A notice recorded without a date told its sets, on a day not
		// known (the finding then says so: f.undated).
		if len(ev.Sets) == 0 && (!ev.Dated() || !ev.Last(r.loc).Before(from.At)) {
			return nil, nil // a notice to every set
		}
		for _, id := range ev.Sets {
			told[id] = true
		}
	}
	for _, id := range f.RequiredBy {
		for i := range js {
			for k := range js[i].Obligations {
				ob := &js[i].Obligations[k]
				if ob.ID != id || ob.Applies != Yes || ob.DoneBy != "" || ob.State.Settled() || ob.State == StateUndetermined || ob.State == StateWaiting {
					continue
				}
				for _, set := range owed(ob) {
					if told[set] || slices.Contains(ob.DoneSets, set) || slices.Contains(ob.ExemptSets, set) || slices.Contains(known, set) || slices.Contains(later, set) {
						continue
					}
					if _, found := FoundLater(r.inc, []string{set}, from.At, r.loc); found {
						later = append(later, set)
					} else {
						known = append(known, set)
					}
				}
			}
		}
	}
	return known, later
}

// setNames names data sets in a finding: 「A」「B」, “A”, “B” (the id
// for a set with no name).
func (r *run) setNames(ids []string) rules.Text {
	var ns []string
	for _, id := range ids {
		if d, ok := r.inc.DataSet(id); ok && strings.TrimSpace(d.Name) != "" {
			ns = append(ns, strings.TrimSpace(d.Name))
		} else {
			ns = append(ns, id)
		}
	}
	return rules.Text{JA: "「" + strings.Join(ns, "」「") + "」", EN: "\u201c" + strings.Join(ns, "\u201d, \u201c") + "\u201d"}
}

// detectedIntrusion is the first intrusion the first detection can concern:
// one tied to no data set (Event.Sets), or to a set part of the case by the
// detection's day (DataSet.Found) and among the detection's own sets when it
// names any. A posting tied to a set found later was
// not what was detected (165: the petitioners' file of December, found on
// 5/7, beside the appellant's of 4/23, which her call of 4/28 told; F1560).
// With none such, or no dated detection, the first intrusion.
func (r *run) detectedIntrusion() *incident.Event {
	first := r.tl.first(incident.EvIntrusion)
	det := r.tl.first(incident.EvDetected)
	if first == nil || det == nil {
		return first
	}
	day := incident.DateOf(det.At.In(r.loc))
	for _, ev := range r.tl.byKind[incident.EvIntrusion] {
		if len(ev.Sets) == 0 || slices.ContainsFunc(ev.Sets, func(id string) bool {
			d, ok := r.inc.DataSet(id)
			return ok && (d.Found == "" || d.Found.OnOrBefore(day)) && (len(det.Sets) == 0 || slices.Contains(det.Sets, id))
		}) {
			return ev
		}
	}
	return first
}

// finding measures f. open, when given, is a notice to persons still owed
// from its day (foundLaterUntold): the measure runs from it, not done.
func (r *run) finding(f *rules.Finding, js []Jurisdiction, open *openNotice) (fd Finding, _ bool) {
	from := r.tl.first(f.From)
	if f.From == incident.EvIntrusion {
		from = r.detectedIntrusion()
	}
	if from == nil {
		return Finding{}, false
	}
	fromAt := from.At.In(r.loc)
	fd = Finding{ID: f.ID, From: f.From, To: f.To, FromAt: fromAt, Basis: f.Basis,
		Text: f.Text, Citation: f.Citation, ReliedOn: f.ReliedOn}
	var to *incident.Event
	var limitText, foundNote, untoldNote rules.Text
	basis := f.Basis
	defer func() {
		for _, note := range []rules.Text{foundNote, untoldNote} {
			if note.EN != "" && fd.Explanation.EN != "" {
				fd.Explanation = thenSentence(fd.Explanation, note)
			}
		}
	}()
	switch basis {
	case rules.BasisLaw:
		ob, jur := findObligation(js, f.Obligation)
		if ob == nil || ob.Due == nil || ob.State == StateExempt || ob.State == StateNotRequired || ob.Applies != Yes {
			return Finding{}, false
		}
		to = r.tl.firstForFrom(f.To, jur, jur == r.home, from, r.loc)
		fd.Limit = ob.Due
		id := "limit.law"
		if ob.Limit == rules.LimitTarget {
			id = "limit.target"
		}
		limitText = msg(id, vars{"due": when(*ob.Due, r.loc)})
	case rules.BasisPractice:
		to = r.firstEnd(f, from)
		if f.To == incident.EvNoticePersons {
			to, _ = r.lastSetNotice(to, from)
			if open != nil {
				from, fromAt, to, untoldNote = open.from, open.from.At.In(r.loc), nil, open.note
				fd.FromAt = fromAt
			} else if untold, _ := r.untold(f, js, from); to != nil && len(untold) > 0 {
				// A set known from the knowing that no notice has told
				// yet: the notice is not done, whatever told the others
				// (161: the tax data's persons, while the letters of 7/8
				// told the evacuation plans' data found on 6/29; F1260).
				to, untoldNote = nil, msg("f.setsUntold", vars{"sets": r.setNames(untold)})
			} else if later, note, ok := r.foundLaterFrom(to, from); ok {
				// The notice told only sets found after the knowing: it
				// is measured from their finding (F1184).
				from, fromAt, foundNote = later, later.At.In(r.loc), note
				fd.FromAt = fromAt
			}
		}
		if to == nil && len(f.RequiredBy) > 0 && !anyRequired(js, f.RequiredBy) {
			return Finding{}, false // nothing the law asks of this case to measure
		}
		n, unit := f.Length, f.Unit
		var of *Jurisdiction
		// That law's own deadline, where the law applies (or may) and the
		// deadline was law on the date of its facts: one that applies
		// first, then one that only may (162: New York's applied, and
		// "30 days of California, if that law applies" was named for 1,583
		// members with no state, F1192).
		// A law not known to apply counts only when some persons are
		// recorded as living in its place: persons whose residence
		// nobody entered do not bring every law abroad's deadline into
		// a Japanese city's measure (its tax notices told "30 days of
		// New York, if that law applies").
	limits:
		for _, may := range []bool{false, true} {
			for _, l := range f.Limits {
				if lj := jurisdictionOf(js, l.Jurisdiction); lj != nil && (lj.Applies == Yes && !may || may && lj.Applies == Unknown && r.livingIn(l.Jurisdiction)) && l.InForce(lj.LawDate) {
					n, unit, fd.Text, fd.Citation = l.Length, l.Unit, l.Text, l.Citation
					fd.ReliedOn, basis = nil, rules.BasisLaw
					of = lj
					break limits
				}
			}
		}
		if n == 0 {
			basis = rules.BasisInfo // no deadline of a law that applies: measured only
			break
		}
		lim, _ := dueAfter(fromAt, unit, n, rules.DayOneNext, nil, r.loc)
		if of != nil {
			// The law's days end where its obligations' do (Zone).
			lim = *earlier(&lim, r.lawZone(r.set.Jurisdiction(of.ID), unit), func(z *time.Location) (time.Time, bool) {
				return dueAfter(fromAt, unit, n, rules.DayOneNext, nil, z)
			}, r.loc)
		}
		if unit == rules.UnitCalendarDays && of == nil {
			lim = fromAt.AddDate(0, 0, n) // a benchmark of N days is N×24 hours of the clock; a law's days end at the end of a day, as its obligation's do
		}
		fd.Limit = &lim
		limitText = msg("limit.practice", vars{"n": length(n, unit)})
		if of != nil {
			id := "limit.jur"
			if of.Applies == Unknown {
				id = "limit.jur.if" // whether that law applies is not known yet
			}
			limitText = msg(id, vars{"n": length(n, unit), "jur": of.Name})
		}
	default:
		to = r.firstEnd(f, from)
	}
	if to == nil && untoldNote.EN == "" {
		// A step recorded without a date (the 速報 filed on a day nobody wrote
		// down) was done: the delay cannot be measured, and it is neither
		// "not yet" nor "overdue" (issue 13: undated events are shown, never
		// given an invented date).
		jur, unspecified := "", true
		if basis == rules.BasisLaw {
			_, jur = findObligation(js, f.Obligation)
			unspecified = jur == r.home
		}
		if ev := r.tl.firstUndated(append([]incident.EventKind{f.To}, f.ToAlso...), jur, unspecified, nil); ev != nil {
			fd.Basis, fd.Undated, fd.Verdict = basis, ev.ID, FindingInfo
			fd.Explanation = msg("f.undated", vars{"label": f.Label, "id": same(ev.ID)})
			fd.Explanation.EN = upperFirst(fd.Explanation.EN)
			return fd, true
		}
	}
	end := r.now
	if to != nil {
		at := to.At.In(r.loc)
		fd.ToAt, end = &at, at
	}
	fd.Elapsed = end.Sub(fromAt)
	v := vars{"label": f.Label, "d": span(fd.Elapsed), "limit": limitText}
	fd.Basis = basis
	if to != nil && (from.Precision != incident.Exact || to.Precision != incident.Exact) {
		// A benchmark counted from an event known by its day may end as late
		// as that day's end plus the benchmark (a law's deadline is its own).
		var slack time.Duration
		if f.Basis == rules.BasisPractice {
			slack = from.Last(r.loc).Sub(from.At)
		}
		return r.byDays(fd, from, to, v, slack)
	}
	switch {
	case basis == rules.BasisInfo && to != nil:
		fd.Verdict, fd.Explanation = FindingInfo, msg("f.info", v)
	case basis == rules.BasisInfo:
		fd.Verdict, fd.Explanation = FindingInfo, msg("f.info.open", v)
	case to != nil && !end.After(*fd.Limit):
		fd.Verdict, fd.Explanation = FindingOK, msg("f.ok", v)
	case to != nil:
		v["over"] = span(end.Sub(*fd.Limit))
		fd.Verdict, fd.Explanation = FindingLate, msg("f.late", v)
	case !r.now.After(*fd.Limit):
		v["left"] = span(fd.Limit.Sub(r.now))
		fd.Verdict, fd.Explanation = FindingPending, msg("f.pending", v)
	default:
		v["over"] = span(r.now.Sub(*fd.Limit))
		fd.Verdict, fd.Explanation = FindingOverdue, msg("f.overdue", v)
	}
	// The label starts the sentence: "Detection to containment: …", not "detection".
	fd.Explanation.EN = upperFirst(fd.Explanation.EN)
	return fd, true
}

func findObligation(js []Jurisdiction, id string) (*Obligation, string) {
	for i := range js {
		for k := range js[i].Obligations {
			if js[i].Obligations[k].ID == id {
				return &js[i].Obligations[k], js[i].ID
			}
		}
	}
	return nil, ""
}

// anyRequired: does one of the obligations ids apply (or may apply) without
// being exempt or lifted by an exception?
func anyRequired(js []Jurisdiction, ids []string) bool {
	for _, id := range ids {
		for i := range js {
			for k := range js[i].Obligations {
				ob := &js[i].Obligations[k]
				if ob.ID == id && ob.Applies != No && ob.State != StateExempt && ob.State != StateNotRequired {
					return true
				}
			}
		}
	}
	return false
}

func jurisdictionOf(js []Jurisdiction, id string) *Jurisdiction {
	for i := range js {
		if js[i].ID == id {
			return &js[i]
		}
	}
	return nil
}

// byDays measures a delay one end of which was recorded by its day only
// (detected at 15:00, contained "on the 25th"): the start of that day would
// put a containment on the day of the detection hours before it, its end
// would make a same-day step a day long. The delay is told in calendar
// days, and it is within the limit only if it is even at the end of the
// day, late only if it is even at its start (and a benchmark counted from
// a day-only start, from that day's end); between, it cannot be told.
// calendarDays is the number of calendar days in loc from a's date to b's.
func calendarDays(a, b time.Time, loc *time.Location) int {
	a, b = a.In(loc), b.In(loc)
	return int(time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC).Sub(
		time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)) / (24 * time.Hour))
}

// overDays says n calendar days past: "1 calendar day", "3 calendar days".
func overDays(n int) rules.Text {
	if n == 1 {
		return msg("f.overDay", nil)
	}
	return msg("f.overDays", vars{"n": same(fmt.Sprint(n))})
}

func (r *run) byDays(fd Finding, from, to *incident.Event, v vars, slack time.Duration) (Finding, bool) {
	days := calendarDays(from.At, to.At, r.loc)
	// An end known by its month or year only ("some time in March") is not
	// its first day: the delay is told as the days it can be, from the
	// latest start to the earliest end to the other way round.
	lo, hi := max(calendarDays(from.Last(r.loc), to.At, r.loc), 0), calendarDays(from.At, to.Last(r.loc), r.loc)
	byMonth := func(p incident.Precision) bool { return p == incident.Month || p == incident.Year }
	ranged := (byMonth(from.Precision) || byMonth(to.Precision)) && lo != hi && hi >= 0
	switch {
	case days < 0 || days == 0 && from.Precision == incident.Exact && to.Precision == incident.Exact && to.At.Before(from.At):
		fd.Verdict, fd.Elapsed = FindingInfo, 0
		fd.Explanation = msg("f.order", vars{"label": v["label"], "from": same(from.ID), "to": same(to.ID)})
		if from.Kind == incident.EvAware && toldOfSituation(to.Kind) {
			// A report or notice of the leak dated before the knowing
			// entered (132: a 速報 of 「漏えいのおそれ」 about 6/14, the
			// knowing entered as 6/28, when the attacker's data was
			// matched) shows the company knew of the situation, as a
			// possibility at least, by then: "no delay to measure" hid
			// that the clocks may run from an earlier day.
			fd.Explanation = msg("f.orderKnew", vars{"label": v["label"], "from": same(from.ID), "to": same(to.ID)})
		}
		fd.Explanation.EN = upperFirst(fd.Explanation.EN)
		return fd, true
	case days == 0:
		v["d"] = msg("f.sameday", nil)
	case days == 1:
		v["d"] = msg("f.day", nil)
	default:
		v["d"] = msg("f.days", vars{"n": same(fmt.Sprint(days))})
	}
	if ranged {
		v["d"] = msg("f.daysBetween", vars{"lo": same(fmt.Sprint(lo)), "hi": same(fmt.Sprint(hi))})
	}
	fd.Elapsed = time.Duration(days) * 24 * time.Hour
	earliest, latest := to.At.In(r.loc), to.Last(r.loc).In(r.loc)
	switch {
	case fd.Basis == rules.BasisInfo:
		fd.Verdict, fd.Explanation = FindingInfo, msg("f.info", v)
	case !latest.After(*fd.Limit):
		fd.Verdict, fd.Explanation = FindingOK, msg("f.ok", v)
	case earliest.After(fd.Limit.Add(slack)):
		limit := fd.Limit.Add(slack).In(r.loc)
		if to.Precision != incident.Exact && limit.Add(time.Second).Day() != limit.Day() {
			// A limit at the end of its day, an end known by its day: past by
			// whole calendar days (46: a 速報 of 6/14 against 6/13 23:59 was
			// "at least 0 min past", the 1 s from 23:59:59 to midnight).
			v["over"] = overDays(calendarDays(limit, earliest, r.loc))
		} else {
			v["over"] = msg("f.atleast", vars{"d": span(earliest.Sub(limit))})
		}
		fd.Verdict, fd.Explanation = FindingLate, msg("f.late", v)
	default:
		fd.Verdict, fd.Explanation = FindingInfo, msg("f.untold", v)
	}
	fd.Explanation.EN = upperFirst(fd.Explanation.EN)
	return fd, true
}

// livingIn reports whether some data set records persons who live, or may
// live, in jurisdiction id's place, as the engine reads residence rows
// (env.residents): a row in the place or in its country with no state
// given, or a row of "other countries" in a set that does not list the
// place (107: 150 persons in other countries may include New Yorkers).
func (r *run) livingIn(id string) bool {
	e := r.env(nil, nil)
	for _, d := range r.inc.DataSets {
		for _, res := range d.Residence {
			switch {
			case res.Country == incident.OtherCountries:
				if !e.listed(id, d.Residence) {
					return true
				}
			case e.inPlace(id, res.Country, res.Region), e.regionOpen(id, res.Country, res.Region):
				return true
			}
		}
	}
	return false
}

// toldOfSituation: an event of this kind tells someone of the leak itself (a
// report to an authority, a notice to the persons or to the entrustor), so
// that the company knew of it, at least as a possibility, when it was made.
func toldOfSituation(k incident.EventKind) bool {
	switch k {
	case incident.EvReportPrelim, incident.EvReportFinal, incident.EvNoticePersons, incident.EvEntrustorNotice:
		return true
	}
	return false
}

// authority: party id is a ministry or a data-protection authority.
func (r *run) authority(id string) bool {
	p, ok := r.inc.Party(id)
	return ok && (p.Kind == incident.PartyMinistry || p.Kind == incident.PartyRegulator)
}

// toldElsewhere adds to a late report's finding that another authority was
// told of the case before the report (F685, 131: a ministry told about 10/1,
// the PPC's 速報 on 1/20): a company that could tell one authority could
// tell the one the report is owed to; the JTB precedent's minister said it
// should report 「把握した時点で速やかに」 (legal.md 1.9). A ministry told, or
// a report filed with another jurisdiction's authority, after the knowing
// and before the late report (or before now, while it is not filed); an
// event of kind "other" made with a ministry or a regulator (a call to its
// desk) is named as a contact (F704); the police, told of a crime, are not.
func (r *run) toldElsewhere(fd *Finding, f *rules.Finding, js []Jurisdiction) {
	if f.Basis != rules.BasisLaw || fd.Verdict != FindingLate && fd.Verdict != FindingOverdue ||
		f.To != incident.EvReportPrelim && f.To != incident.EvReportFinal {
		return
	}
	_, jur := findObligation(js, f.Obligation)
	end := r.now
	if fd.ToAt != nil {
		end = *fd.ToAt
	}
	k := r.tl.knowing()
	var first *incident.Event
	for _, kind := range []incident.EventKind{incident.EvMinistryReport, incident.EvReportPrelim, incident.EvReportFinal, incident.EvOther} {
		for _, ev := range r.tl.byKind[kind] {
			if (kind == incident.EvReportPrelim || kind == incident.EvReportFinal) && (ev.Jurisdiction == "" || ev.Jurisdiction == jur) {
				continue // the report owed, not another authority's
			}
			if kind == incident.EvOther && !r.authority(ev.Party) {
				continue // an event of another kind tells an authority only when made with one (F704)
			}
			if k != nil && ev.Last(r.loc).Before(k.At) || !ev.Last(r.loc).Before(end) {
				continue
			}
			if first == nil || ev.At.Before(first.At) {
				first = ev
			}
			break
		}
	}
	if first == nil {
		return
	}
	to := rules.Text{JA: "他の行政機関", EN: "another authority"}
	if pt, ok := r.inc.Party(first.Party); ok && pt.Name != "" {
		to = same(pt.Name)
	}
	at := when(first.At, r.loc)
	if first.Precision != incident.Exact {
		at = dayText(*first, r.loc)
	}
	id := "f.elsewhere"
	if first.Kind == incident.EvOther {
		id = "f.contact" // a call to a ministry's desk is a contact, not a report
	}
	if fd.ToAt == nil {
		id += ".open"
	}
	fd.Explanation = thenSentence(fd.Explanation, msg(id, vars{"to": to, "at": at, "by": same(first.ID)}))
}

// OutsideSources are the sources of a detection whose word a company cannot
// leave unread: the attacker's demand, a regulator's or the police's call,
// the affected persons' complaint, a security researcher's report (150: a
// researcher's report of 1/5 unheeded until the press asked in July). The
// findings (knewAfterOutside) and the documents' leads (draft) read the same
// list.
var OutsideSources = []string{"attacker", "regulator", "police", "affected", "researcher"}

// knewAfterOutside grades the measure from detection to the knowing a
// warning (late) when a detection told by one of OutsideSources came before
// the knowing by more than the shortest hard deadline of a law that applies,
// counted from that detection (Obligation.Early): the guideline takes a
// business to know when any of its departments knew (通則編 3-5-3-3, [U] in
// the reference), GDPR when the controller "becomes aware" (F1427, 170: the
// attackers' demand with sample rows held by the security team for ten
// months, graded "info"). It names the detection and the deadline counted
// from it; the obligations show each such reading.
func (r *run) knewAfterOutside(fd *Finding, f *rules.Finding, js []Jurisdiction) {
	k := r.tl.knowing()
	if f.To != incident.EvAware || fd.Verdict != FindingInfo || fd.ToAt == nil || k == nil {
		return
	}
	var det *incident.Event
	for _, ev := range r.tl.byKind[incident.EvDetected] {
		if ev.Last(r.loc).Before(k.At) && slices.Contains(OutsideSources, ev.Source) {
			det = ev
			break
		}
	}
	if det == nil {
		return
	}
	first, in, ok := PassedBeforeKnowing(js, det.ID, k.At)
	if !ok {
		return
	}
	due := first.Early.Due.In(r.loc)
	fd.Verdict, fd.Limit = FindingLate, &due
	at := when(det.At, r.loc)
	if det.Precision != incident.Exact {
		at = dayText(*det, r.loc)
	}
	fd.Explanation = thenSentence(fd.Explanation, msg("f.outside", vars{
		"by": same(det.ID), "at": at, "src": sourceText(det.Source), "jur": in, "title": first.Title, "due": when(due, r.loc)}))
}

// sourceText names one of OutsideSources.
func sourceText(src string) rules.Text {
	switch src {
	case "attacker":
		return rules.Text{JA: "攻撃者", EN: "the attacker"}
	case "regulator":
		return rules.Text{JA: "監督当局", EN: "a regulator"}
	case "police":
		return rules.Text{JA: "警察", EN: "the police"}
	case "researcher":
		return rules.Text{JA: "セキュリティ研究者", EN: "a security researcher"}
	}
	return rules.Text{JA: "本人", EN: "the affected persons"}
}

// PassedBeforeKnowing is the required obligation of a law that applies with
// the shortest hard deadline counted from the knowing, when that deadline
// counted from the detection det instead (Obligation.Early) had passed by
// knew, and its jurisdiction's name: the detection came before the knowing
// by more than that law's report period (F1427, F1423).
func PassedBeforeKnowing(js []Jurisdiction, det string, knew time.Time) (*Obligation, rules.Text, bool) {
	var first *Obligation
	var in rules.Text
	for i := range js {
		if js[i].Applies != Yes {
			continue
		}
		for j := range js[i].Obligations {
			ob := &js[i].Obligations[j]
			if ob.Applies != Yes || ob.Level != "required" || ob.Limit != rules.LimitHard || ob.State == StateExempt || ob.State == StateNotRequired ||
				ob.Start != incident.EvAware || ob.Early == nil || ob.Early.Event != det {
				continue
			}
			if first == nil || ob.Early.Due.Before(first.Early.Due) {
				first, in = ob, js[i].Name
			}
		}
	}
	if first == nil || !knew.After(first.Early.Due) {
		return nil, rules.Text{}, false
	}
	return first, in, true
}
