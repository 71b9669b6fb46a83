package draft

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/incident"
)

// A company announces a breach more than once: a first announcement (第1報)
// while it investigates, then updates (第2報, 第3報 …) as counts are revised,
// statuses confirmed, dates corrected. Each announcement already made is a
// document dated at its own event; the one after the last made is the draft
// of the next, dated today, telling what changed since the last.

// followUps are the specs of the later announcements like s: one for each
// made after the first (dated at its event), and the next one.
func followUps(s Spec, inc *incident.Incident, now time.Time) []Spec {
	return laterSpecs(s, len(sentOwnEvents(s, inc, now))+1)
}

// laterSpecs are the specs like s of the documents after the first, of n in all.
func laterSpecs(s Spec, n int) []Spec {
	var out []Spec
	for k := 1; k < n; k++ {
		f := s
		f.Follow = k
		out = append(out, f)
	}
	return out
}

// A written report to an authority is followed by others: the answer to an
// order that came after it (134: a telephone report on 7/14, the report
// order of 7/22 answered on 8/29, the improvement order of 9/18 answered by
// a plan), or a later report of the investigation's results. Each report
// made is a document dated at its own event; an order of the authority
// after the last report made is answered by the next, dated today.

// ministryFollowUps are the specs of the later reports to the authority of
// s: one for each made after the first (dated at its event), and the next
// one when an order of that authority came after the last report made.
func ministryFollowUps(s Spec, inc *incident.Incident, now time.Time) []Spec {
	sent := sentOwnEvents(s, inc, now)
	n := len(sent)
	if n > 0 {
		if _, ok := orderSince(inc, s.Party, sent[n-1].At, now); ok {
			n++
		}
	}
	return laterSpecs(s, n)
}

// orderSince is the latest dated order of the authority party (or of none
// named) after the instant after and by by.
func orderSince(inc *incident.Incident, party string, after, by time.Time) (incident.Event, bool) {
	var out incident.Event
	found := false
	for _, e := range inc.EventsOf(incident.EvMinistryOrder) {
		if e.Dated() && (e.Party == "" || party == "" || e.Party == party) && e.At.After(after) && !e.At.After(by) && (!found || !e.At.Before(out.At)) {
			out, found = e, true
		}
	}
	return out, found
}

// previous is the instant of the announcement before this one (a later
// announcement's), on the facts as known at the document's date.
func (v *view) previous() (time.Time, bool) {
	if v.follow == 0 {
		return time.Time{}, false
	}
	e, ok := v.previousEvent()
	if !ok {
		return time.Time{}, false
	}
	return e.DayEnd(v.loc), true
}

// previousEvent is the event of the document of this kind (to this party)
// made before this one, a later document's.
func (v *view) previousEvent() (incident.Event, bool) {
	if v.follow == 0 {
		return incident.Event{}, false
	}
	return ownEvent(Spec{Kind: v.kind, Lang: v.lang, Party: v.party, Follow: v.follow - 1}, v.inc, v.date)
}

// followTitleJA numbers a later announcement: 「（第2報）」.
func (v *view) followTitleJA() string {
	if v.follow == 0 {
		return ""
	}
	return "（第" + strconv.Itoa(v.follow+1) + "報）"
}

// followTitleEN numbers a later announcement: " (Update 1)" for the second.
func (v *view) followTitleEN() string {
	if v.follow == 0 {
		return ""
	}
	return " (Update " + strconv.Itoa(v.follow) + ")"
}

// since is what changed between the previous announcement and this one:
// the count of persons (before and now, when both are known and differ),
// the data sets confirmed meanwhile, the event dates corrected meanwhile.
type since struct {
	prev          time.Time
	before, now   incident.Count
	countChanged  bool
	added         []*setView // found involved after the previous announcement (41)
	confirmed     []*setView
	corrected     []incident.Event // as dated now
	correctedFrom []incident.Event // the same, as dated at the previous announcement
}

// changesSince finds what changed since the previous announcement; ok is
// false for the first announcement.
func (v *view) changesSince() (c since, ok bool) {
	if c.prev, ok = v.previous(); !ok {
		return c, false
	}
	then, now := incident.DateOf(c.prev.In(v.loc)), incident.DateOf(v.date)
	c.before, _ = v.inc.Total(then)
	c.now, _ = v.inc.Total(now)
	c.countChanged = c.before.Known && c.now.Known && c.before != c.now
	knew := incident.Date("")
	if k := v.knew(); k != nil {
		knew = incident.DateOf(k.In(v.loc))
	}
	for _, s := range v.sets {
		if foundLater(*s.DataSet, knew) && !s.Found.OnOrBefore(then) {
			c.added = append(c.added, s) // not in the previous announcement (asOf)
		}
	}
	for _, s := range v.sets {
		if slices.Contains(c.added, s) {
			continue // its sentence says when it was confirmed
		}
		if s.StatusOn(then) != incident.Confirmed && s.StatusOn(now) == incident.Confirmed {
			c.confirmed = append(c.confirmed, s)
		}
	}
	for _, e := range v.inc.Events {
		if old, ok := correctedSince(e, then, now); ok {
			c.corrected, c.correctedFrom = append(c.corrected, e), append(c.correctedFrom, old)
		}
	}
	return c, true
}

// sinceJA opens a later announcement: what it follows, and what changed
// since (changesSince). Nothing is claimed unchanged.
func (v *view) sinceJA() []para {
	c, ok := v.changesSince()
	if !ok {
		return nil
	}
	ps := []para{p("follows", v.dateJA(c.prev)+"にお知らせいたしました本件につきまして、その後の調査により判明した事項を含め、現在の状況をお知らせいたします。")}
	for _, s := range c.added {
		what := v.setNameJA(s) + "の情報（" + v.itemsJA(s.Categories, s.persons) + "）"
		text := what + "についても" + v.leakJA() + "したおそれがあることが判明いたしました。"
		switch {
		case s.StatusOn(s.Found) == incident.Confirmed:
			text = what + "についても" + v.leakJA() + "したことが判明いたしました。"
		case s.StatusOn(incident.DateOf(v.date)) == incident.Confirmed:
			text = what + "も対象となることが判明し、" + dayJA(s.StatusSince()) + "に" + v.leakJA() + "を確認いたしました。"
		}
		ps = append(ps, p("since-added-"+s.ID, "前回のお知らせの後、"+dayJA(s.Found)+"に、"+text))
	}

	if c.countChanged {
		ps = append(ps, p("since-persons", "対象となる方の数は、前回のお知らせ時点の"+countJA(c.before)+"名から、"+countJA(c.now)+"名となりました。"+v.revisionReasons(c.prev, JA)))
	}
	for _, s := range c.confirmed {
		on := ""
		if d := s.StatusSince(); d != "" {
			on = dayJA(d) + "に"
		}
		ps = append(ps, p("since-confirmed-"+s.ID, v.setNameJA(s)+"の情報について、"+on+v.leakJA()+"を確認いたしました。"))
	}
	for i, e := range c.corrected {
		what := v.eventJA(e)
		if what == "" {
			what = e.Kind.Label("ja")
		}
		ps = append(ps, p("since-date-"+e.ID, "前回のお知らせで"+v.evDateWJA(c.correctedFrom[i])+"としておりました「"+what+"」の日付は、調査の結果、"+v.evDateWJA(e)+"でした。訂正いたします。"))
	}
	return ps
}

// sinceEN is sinceJA in English.
func (v *view) sinceEN() []para {
	c, ok := v.changesSince()
	if !ok {
		return nil
	}
	ps := []para{p("follows", "This update follows our announcement of "+v.dateEN(c.prev)+" and includes what our investigation has found since.")}
	for _, s := range c.added {
		text := "may also have been affected."
		switch {
		case s.StatusOn(s.Found) == incident.Confirmed:
			text = "was also affected."
		case s.StatusOn(incident.DateOf(v.date)) == incident.Confirmed:
			text = "is also involved; on " + dayEN(s.StatusSince()) + " we confirmed that it was affected."
		}
		ps = append(ps, p("since-added-"+s.ID, "After our last announcement, on "+dayEN(s.Found)+", we found that the information of "+v.setRefEN(s)+" ("+joinEN(v.itemNamesEN(s.Categories), "")+") "+text))
	}

	if c.countChanged {
		ps = append(ps, p("since-persons", "The number of people affected, "+countEN(c.before, "person", "people")+" at our last announcement, is now "+countEN(c.now, "person", "people")+"."+v.revisionReasons(c.prev, EN)))
	}
	for _, s := range c.confirmed {
		on := ""
		if d := s.StatusSince(); d != "" {
			on = " on " + dayEN(d)
		}
		ps = append(ps, p("since-confirmed-"+s.ID, "For "+v.setRefEN(s)+", we confirmed"+on+" that the information was affected."))
	}
	for i, e := range c.corrected {
		ps = append(ps, p("since-date-"+e.ID, "We correct the date of the "+e.Kind.Label("en")+": we announced "+v.evDateEN(c.correctedFrom[i])+"; our investigation found it was "+v.evDateEN(e)+"."))
	}
	return ps
}

// correctedSince: the event's date was corrected after then and by now, and
// the date it had then (dated: an event dated only now was not announced
// with a date, so nothing is corrected).
func correctedSince(e incident.Event, then, now incident.Date) (incident.Event, bool) {
	old := e.AsOf(then)
	if !old.Dated() || !e.Dated() || old.At.Equal(e.At) && old.Precision == e.Precision {
		return incident.Event{}, false
	}
	return old, true
}

// revisionReasons are the reasons for the readers (Revision.Reason, or
// ReasonEn in English) of the revisions of the persons' counts established
// after the previous announcement and by this one's date, each once, as
// sentences to follow the new count ("" when none is given). An English
// update whose revision has a Japanese reason only asks for it in English.
func (v *view) revisionReasons(prev time.Time, lang string) string {
	then, now := incident.DateOf(prev.In(v.loc)), incident.DateOf(v.date)
	figs := []incident.Figure{v.inc.Persons}
	for _, d := range v.inc.Affected("") {
		figs = append(figs, d.Persons)
	}
	var out []string
	for _, f := range figs {
		for _, r := range f {
			if r.On == "" || r.On.OnOrBefore(then) || !r.On.OnOrBefore(now) {
				continue
			}
			why := strings.TrimSpace(r.Reason)
			if lang == EN {
				why = strings.TrimSpace(r.ReasonEn)
				if why == "" {
					why = englishText(r.Reason)
				}
				if why == "" && strings.TrimSpace(r.Reason) != "" {
					why = v.fill("人数が変わった理由（英語）", "why the count changed")
				}
			}
			if why == "" {
				continue
			}
			if lang == JA && !strings.HasSuffix(why, "。") {
				why += "。"
			}
			if lang == EN && !strings.HasSuffix(why, ".") && !strings.HasSuffix(why, "]") {
				why += "."
			}
			if !slices.Contains(out, why) {
				out = append(out, why)
			}
		}
	}
	if lang == JA || len(out) == 0 {
		return strings.Join(out, "")
	}
	return " " + strings.Join(out, " ")
}
