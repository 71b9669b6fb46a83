package assess

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// A notice to the persons may go to some of them only: the letters of one
// day to the ~29,000 whose data was put online, of ~270,000 taken (142), or
// a mailing sent in batches. The event then gives the number of persons it
// went to (Event.Recipients). Such a notice does not discharge the duty for
// its sets: the others are still owed one, by a later notice (or by the
// announcement that stands for it where they cannot be reached, counsel's
// call). Batches of notices to the same sets add up: the one that brings the
// total to the sets' exactly counted persons completes the notice (F902).

// shortNotices are the notices to the persons, among the events that could
// fulfil o, that went to only some of the persons of the sets they concern
// (their Sets among sets, or sets when they name none): their Recipients,
// with the earlier batches to the same sets, fall short of those sets'
// persons, or those persons are not counted exactly. Nil for a duty no
// notice to the persons fulfils.
func (r *run) shortNotices(o *rules.Obligation, sets []string) map[*incident.Event]bool {
	if !slices.Contains(o.DoneBy, incident.EvNoticePersons) {
		return nil
	}
	var short map[*incident.Event]bool
	told := map[string]int{} // persons told so far, by the sets a notice concerns
	for _, evs := range [][]*incident.Event{r.tl.byKind[incident.EvNoticePersons], r.tl.undated[incident.EvNoticePersons]} {
		for _, ev := range evs {
			if ev.Recipients <= 0 {
				continue
			}
			scope := sets
			if len(ev.Sets) > 0 {
				scope = nil
				for _, id := range ev.Sets {
					if slices.Contains(sets, id) {
						scope = append(scope, id)
					}
				}
			}
			key := strings.Join(scope, "\x00")
			told[key] += ev.Recipients
			if n, exact := r.personsOf(scope, len(ev.Sets) == 0); exact && int64(told[key]) >= n {
				continue
			}
			if short == nil {
				short = map[*incident.Event]bool{}
			}
			short[ev] = true
		}
	}
	return short
}

// personsOf is the number of persons of the sets ids, and whether each is
// counted exactly (not about, not at most, not unknown). With all, a set
// within another of ids counts with that one (its persons are among them).
func (r *run) personsOf(ids []string, all bool) (n int64, exact bool) {
	for _, id := range ids {
		d, ok := r.inc.DataSet(id)
		if !ok {
			return 0, false
		}
		if all && d.Within != "" && slices.Contains(ids, d.Within) {
			continue
		}
		c := d.Persons.Latest()
		if !c.Known || c.Approx || c.Max {
			return 0, false
		}
		n += c.N
	}
	return n, len(ids) > 0
}

// toldSomeText: the notices that went to some of the persons, for the
// explanation of a duty still open: 「2023-02-24 に本人のうち29,000名へ通知済み。」.
func (r *run) toldSomeText(short map[*incident.Event]bool) rules.Text {
	var evs []*incident.Event
	for ev := range short {
		evs = append(evs, ev)
	}
	slices.SortFunc(evs, func(a, b *incident.Event) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	var out rules.Text
	for _, ev := range evs {
		at := rules.Text{JA: "日付未記録", EN: "date not recorded"}
		if ev.Dated() {
			at = dayText(*ev, r.loc)
			if ev.Precision == incident.Exact {
				at = when(ev.At, r.loc)
			}
		}
		t := msg("done.some", vars{"at": at, "n": same(incident.FormatCount(incident.Count{Known: true, N: int64(ev.Recipients)}, "ja"))})
		out.JA += t.JA
		out.EN += t.EN
	}
	rest := msg("done.some.rest", nil)
	return rules.Text{JA: out.JA + rest.JA, EN: out.EN + rest.EN}
}
