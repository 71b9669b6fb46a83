package assess

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// doneEvent is the earliest dated event (or, undated, the first event
// recorded without a date) that fulfils an obligation: of its kinds,
// for the jurisdiction (or for none when unspecified); for an obligation owed
// to one party, an event naming that party, or naming none when it is the
// only party the obligation is owed to.
func (r *run) doneEvent(o *rules.Obligation, jur string, unspecified bool, party string, undated bool) *incident.Event {
	events := r.tl.byKind
	if undated {
		events = r.tl.undated
	}
	if o.Per != rules.PerEntrustor {
		if undated {
			return r.tl.firstUndated(o.DoneBy, jur, unspecified, r.skipped)
		}
		return r.firstOfKnown(o.DoneBy, jur, unspecified)
	}
	only := len(r.entrustors()) <= 1
	var best *incident.Event
	for _, k := range o.DoneBy {
		for _, ev := range events[k] {
			if ev.Jurisdiction != jur && (ev.Jurisdiction != "" || !unspecified) {
				continue
			}
			if ev.Party != party && (ev.Party != "" || !only) {
				continue
			}
			if r.beforeKnowing(ev) {
				continue // a message before the company knew is no notice of the 事態 (earlyMessage)
			}
			if best == nil || ev.At.Before(best.At) {
				best = ev
			}
			break
		}
	}
	return best
}

// beforeKnowing: the event certainly happened before the company knew (its
// latest instant is before the knowing instant). What a processor told its
// entrustor then — that it was attacked, that the entrustor's data was not
// found affected — is not the notice that the 事態 occurred (APPI Art. 26(1)
// proviso: 当該事態が発生した旨を通知; Rules Art. 9: the items known at
// the time of the notice): a processor that told its clients of a
// ransomware attack on 5/29 and of a leak of their data on 6/26 (scenario
// 24) notified them on 6/26.
func (r *run) beforeKnowing(ev *incident.Event) bool {
	k := r.tl.knowing()
	return k != nil && ev.Dated() && ev.Last(r.loc).Before(k.At)
}

// earlyMessage is the first event that would have done a per-entrustor
// obligation but for having been before the company knew (beforeKnowing).
func (r *run) earlyMessage(o *rules.Obligation, jur string, unspecified bool, party string) *incident.Event {
	only := len(r.entrustors()) <= 1
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if (ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified) && (ev.Party == party || ev.Party == "" && only) && r.beforeKnowing(ev) {
				return ev
			}
		}
	}
	return nil
}

// answer is the event that fulfils an obligation owed to one order: the
// earliest of its kinds dated at or after the order and naming the order's
// party (or naming none, when every order names the same party); failing
// that, one recorded without a date, when the party gave no other order.
func (r *run) answer(o *rules.Obligation, jur string, unspecified bool, order *incident.Event) *incident.Event {
	orders := r.tl.byKind[o.Deadline.Start]
	oneParty, fromParty := true, 0
	for _, x := range orders {
		oneParty = oneParty && x.Party == orders[0].Party
		if x.Party == order.Party {
			fromParty++
		}
	}
	match := func(ev *incident.Event) bool {
		return (ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified) &&
			(ev.Party == order.Party || ev.Party == "" && oneParty)
	}
	var best *incident.Event
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if !ev.At.Before(order.At) && match(ev) && (best == nil || ev.At.Before(best.At)) {
				best = ev
				break
			}
		}
	}
	if best != nil || fromParty > 1 {
		return best
	}
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.undated[k] {
			if match(ev) {
				return ev
			}
		}
	}
	return nil
}

// entrustors are the distinct entrustors of the affected processor sets.
func (r *run) entrustors() []string {
	var out []string
	for _, d := range r.inc.Affected("") {
		if d.Role == incident.Processor && !slices.Contains(out, d.Entrustor) {
			out = append(out, d.Entrustor)
		}
	}
	return out
}

func (r *run) doneState(ob *Obligation) {
	by := same(ob.DoneBy)
	at := rules.Text{JA: "日時未記録", EN: "time not recorded"}
	if ob.DoneAt != nil {
		at = when(*ob.DoneAt, r.loc)
	}
	ev, ok := r.inc.Event(ob.DoneBy)
	byDay := ok && ev.Precision != incident.Exact && ev.Dated()
	if byDay {
		at = dayText(ev, r.loc)
	}
	ob.State = StateDone
	ob.Explanation = msg("done", vars{"at": at, "by": by})
	if ob.Due == nil || ob.DoneAt == nil {
		return
	}
	if byDay {
		r.doneByDay(ob, ev, by)
		return
	}
	left := ob.Due.Sub(*ob.DoneAt)
	ob.Left = &left
	if left < 0 {
		ob.State = StateDoneLate
		ob.Explanation = msg(doneLateID(ob), vars{"at": at, "by": by, "d": span(left), "due": when(*ob.Due, r.loc)})
	}
}

// doneLateID is the message of a duty or step done after its due: past a
// deadline or past a target.
func doneLateID(ob *Obligation) string {
	if ob.Limit == rules.LimitTarget {
		return "done.late.tgt"
	}
	return "done.late"
}

// doneByDay: a duty or a step done by an event known only by its day (or
// about then, or its month): the time in that day is not known, so neither
// its start nor its end stands for it (F153: 54's police consultation of
// 12/2 was done at 23:59 for the duty and "0 min after" the target of 12/1
// 23:59 for the step; 56's retrieval 頃 9/22 "1 d 14 h after" a target of
// 9/20 09:40). Done in time if even the day's end is; late only if even
// its start is, by whole calendar days; on the target's own day, done.
func (r *run) doneByDay(ob *Obligation, ev incident.Event, by rules.Text) {
	earliest, latest := ev.At.In(r.loc), ev.Last(r.loc)
	at := dayText(ev, r.loc)
	due := ob.Due.In(r.loc)
	ob.State = StateDone
	switch {
	case !latest.After(due):
		left := due.Sub(latest)
		ob.Left = &left
		ob.Explanation = msg("done", vars{"at": at, "by": by})
	case earliest.After(due):
		n := calendarDays(due, earliest, r.loc)
		left := -time.Duration(n) * 24 * time.Hour
		ob.Left = &left
		ob.State = StateDoneLate
		ob.Explanation = msg(doneLateID(ob), vars{"at": at, "by": by, "d": overDays(n), "due": when(due, r.loc)})
	default:
		left := time.Duration(0)
		ob.Left = &left
		ob.Explanation = msg("done.sameday", vars{"at": at, "by": by, "due": when(due, r.loc)})
	}
}

// dayText is when an event not known to the minute happened, as known:
// 「2025-12-02（日付のみ）」, 「2025-09-22頃」, 「2025-09中（月のみ）」.
func dayText(ev incident.Event, loc *time.Location) rules.Text {
	at := ev.At.In(loc)
	switch ev.Precision {
	case incident.Approx:
		return msg("at.approx", vars{"day": same(at.Format("2006-01-02"))})
	case incident.Month:
		return msg("at.month", vars{"month": same(at.Format("2006-01"))})
	case incident.Year:
		return msg("at.year", vars{"year": same(at.Format("2006"))})
	}
	return msg("at.day", vars{"day": same(at.Format("2006-01-02"))})
}

func (r *run) openState(ob *Obligation) {
	switch {
	case ob.StartAt == nil:
		ob.State = StateWaiting
		ob.Explanation = msg("waiting", vars{"event": eventLabel(ob.Start)})
		if (ob.Start == incident.EvReportPrelim || ob.Start == incident.EvReportFinal) && len(r.tl.byKind[ob.Start]) > 0 {
			// Events of its kind made under other laws only (F1430, 170:
			// Massachusetts' agencies waited for "the preliminary report"
			// beside the reports to the PPC, the ICO and the AP).
			ob.Explanation = msg("waiting.jur", vars{"event": eventLabel(ob.Start)})
		}
	case ob.Due == nil:
		ob.State = StateOpen
		id := "open"
		if ob.Immediately {
			id = "open.now"
		}
		ob.Explanation = msg(id, vars{"event": eventLabel(ob.Start), "d": span(r.now.Sub(*ob.StartAt))})
	default:
		left := ob.Due.Sub(r.now)
		ob.Left = &left
		target := ob.Limit == rules.LimitTarget
		switch {
		case left < 0 && target:
			ob.State, ob.Explanation = StateOverdue, msg("overdue.tgt", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		case left < 0:
			ob.State, ob.Explanation = StateOverdue, msg("overdue", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		case ob.DueFrom != nil:
			ob.State, ob.Explanation = StateDue, msg("due.range", vars{"d": span(left), "from": when(*ob.DueFrom, r.loc), "due": when(*ob.Due, r.loc)})
		case target:
			ob.State, ob.Explanation = StateDue, msg("due.tgt", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		default:
			ob.State, ob.Explanation = StateDue, msg("due", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		}
	}
}

// bySet reports whether any event that could fulfil o names data sets:
// then each set the obligation is owed for must be covered.
func (r *run) bySet(o *rules.Obligation, jur string, unspecified bool, party string) bool {
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if len(ev.Sets) > 0 && r.matches(o, ev, jur, unspecified, party) {
				return true
			}
		}
	}
	return false
}

// matches: is ev, of one of o's kinds, for the jurisdiction and the party?
func (r *run) matches(o *rules.Obligation, ev *incident.Event, jur string, unspecified bool, party string) bool {
	if ev.Jurisdiction != jur && (ev.Jurisdiction != "" || !unspecified) {
		return false
	}
	if o.Per == rules.PerEntrustor && ev.Party != party && (ev.Party != "" || len(r.entrustors()) > 1) {
		return false
	}
	return o.Per != rules.PerEntrustor || !r.beforeKnowing(ev)
}

// foundAfter: ev, a message to an entrustor, a notice to the persons or an
// announcement standing for it that names no data set, was made before the
// set id was found to be part of the case (DataSet.Found): it told of the
// sets known on its day, not of that one (136: a first word to a hospital on
// 12/10 that its research "may" be involved, its trial subjects' records
// found on 3/10 and told on 3/12; 161: a city's announcement of 6/5 on its
// tax data, the evacuation plans' data found on the attackers' site on 6/29,
// F1181). A report to an authority is not read so: a later set goes into the
// final report.
func (r *run) foundAfter(o *rules.Obligation, ev *incident.Event, id string) bool {
	if !tellsPersons(o) || len(ev.Sets) > 0 || !ev.Dated() {
		return false
	}
	d, ok := r.inc.DataSet(id)
	return ok && d.Found != "" && !d.Found.OnOrBefore(incident.DateOf(ev.Last(r.loc).In(r.loc)))
}

// tellsPersons: o is owed to an entrustor, or done by telling the persons
// (a notice, or an announcement that stands for it).
func tellsPersons(o *rules.Obligation) bool {
	return o.Per == rules.PerEntrustor || o.ForNotice || slices.Contains(o.DoneBy, incident.EvNoticePersons)
}

// foundAfterAny: foundAfter for one of sets.
func (r *run) foundAfterAny(o *rules.Obligation, ev *incident.Event, sets []string) bool {
	return slices.ContainsFunc(sets, func(id string) bool { return r.foundAfter(o, ev, id) })
}

// owed are the data sets an obligation is owed for, those an exception lifts left out.
func owed(ob *Obligation) []string {
	var out []string
	for _, id := range ob.Sets {
		if !slices.Contains(ob.LiftedSets, id) {
			out = append(out, id)
		}
	}
	return out
}

// coverage walks the dated events that fulfil o in time order and marks the
// sets each covers (its Sets, or all when it names none): last is the event
// that covered the last of sets, nil while some are not covered; covered
// lists those that are, in sets' order.
func (r *run) coverage(o *rules.Obligation, jur string, unspecified bool, party string, sets []string) (last *incident.Event, covered []string) {
	var evs []*incident.Event
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if r.matches(o, ev, jur, unspecified, party) && !r.skipped(ev) {
				evs = append(evs, ev)
			}
		}
	}
	if r.unreachableOwed(o, sets) {
		// A set none of whose persons can be told individually (DataSet.
		// Unreachable: faces on camera footage, a list of names with no
		// address) is told by the publication that stands as their notice
		// (APPI Art. 26(2) proviso; General Guidelines 3-5-4-5): no
		// letter will ever cover it, and the notice was shown as never
		// done for it (103: a tasting survey's visitors).
		for _, ev := range r.tl.byKind[incident.EvPublic] {
			if (ev.Jurisdiction == "" || ev.Jurisdiction == jur) && ev.ForNotice != incident.No {
				evs = append(evs, &incident.Event{ID: ev.ID, Kind: ev.Kind, At: ev.At, Precision: ev.Precision, Sets: r.unreachableSets(sets)})
			}
		}
	}
	slices.SortStableFunc(evs, func(a, b *incident.Event) int { return a.At.Compare(b.At) })
	done := map[string]bool{}
	for _, ev := range evs {
		for _, id := range sets {
			if !done[id] && (len(ev.Sets) == 0 && !r.foundAfter(o, ev, id) || slices.Contains(ev.Sets, id)) {
				done[id] = true
				last = ev
			}
		}
		if len(done) == len(sets) {
			break
		}
	}
	for _, id := range sets {
		if done[id] {
			covered = append(covered, id)
		}
	}
	if len(covered) < len(sets) {
		return nil, covered
	}
	return last, covered
}

// skipped: ev does not fulfil the duty being decided, though of its kinds:
// a notice to some of the persons only (short), an announcement marked as
// not standing for the notice (unfit).
func (r *run) skipped(ev *incident.Event) bool { return r.short[ev] || r.unfit[ev] }

// unfitAnnouncements are, for a duty done only by an announcement that
// stands for the notice (an alternative measure, APPI Art. 26(2) proviso),
// the announcements the user marked as not telling the persons of their
// data (139: the first announcement said the outage was an attack, the
// persons' data under investigation).
func (r *run) unfitAnnouncements(o *rules.Obligation) map[*incident.Event]bool {
	if !o.ForNotice {
		return nil
	}
	var out map[*incident.Event]bool
	for _, l := range [][]*incident.Event{r.tl.byKind[incident.EvPublic], r.tl.undated[incident.EvPublic]} {
		for _, ev := range l {
			if ev.ForNotice == incident.No {
				if out == nil {
					out = map[*incident.Event]bool{}
				}
				out[ev] = true
			}
		}
	}
	return out
}

// unreachableOwed tells whether o is the notice to the persons and some of
// the sets it is owed for have no person who can be told individually.
func (r *run) unreachableOwed(o *rules.Obligation, sets []string) bool {
	return slices.Contains(o.DoneBy, incident.EvNoticePersons) && len(r.unreachableSets(sets)) > 0
}

// unreachableSets are those of sets whose persons none can be told
// individually.
func (r *run) unreachableSets(sets []string) []string {
	var out []string
	for _, id := range sets {
		if d, ok := r.inc.DataSet(id); ok && d.Unreachable == incident.Yes {
			out = append(out, id)
		}
	}
	return out
}

// setNames names data sets for a sentence, by their names (their ids when unnamed).
func setNames(inc *incident.Incident, ids []string) rules.Text {
	var names []string
	for _, id := range ids {
		name := id
		if d, ok := inc.DataSet(id); ok && d.Name != "" {
			name = d.Name
		}
		names = append(names, name)
	}
	return rules.Text{JA: strings.Join(names, "、"), EN: strings.Join(names, ", ")}
}

// whenAt is when, for a function whose own variable is named when.
func whenAt(t time.Time, loc *time.Location) rules.Text { return when(t, loc) }

// firstOfKnown is the first event of the kinds ks that concerns jurisdiction
// jur (timeline.firstOf), but a public announcement or a notice to the persons
// made before the company knew (beforeKnowing) does not count: it could not
// tell of the 事態. A warning of spoofed mails posted before the leak was
// known (45, F106) or an announcement of the attack a week before the leak
// was known (18: 11/4, knowing 11/12) is not the publication of the leak.
func (r *run) firstOfKnown(ks []incident.EventKind, jur string, unspecified bool) *incident.Event {
	var best *incident.Event
	for _, k := range ks {
		for _, ev := range r.tl.byKind[k] {
			if ev.Jurisdiction != jur && (ev.Jurisdiction != "" || !unspecified) {
				continue
			}
			if (k == incident.EvPublic || k == incident.EvNoticePersons) && r.beforeKnowing(ev) || r.skipped(ev) {
				continue
			}
			if best == nil || ev.At.Before(best.At) {
				best = ev
			}
			break
		}
	}
	return best
}

// earlyAnnouncement is the first public announcement or notice to the
// persons that would have done obligation o but for having been made before
// the company knew (firstOfKnown), or nil.
func (r *run) earlyAnnouncement(o *rules.Obligation, jur string, unspecified bool) *incident.Event {
	for _, k := range o.DoneBy {
		if k != incident.EvPublic && k != incident.EvNoticePersons {
			continue
		}
		for _, ev := range r.tl.byKind[k] {
			if (ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified) && r.beforeKnowing(ev) {
				return ev
			}
		}
	}
	return nil
}
