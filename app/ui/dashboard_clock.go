package ui

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the dashboard says beside a verdict and a deadline: the contested
// clock, the party and the recipient of a duty, the other reading of its
// count, the data sets done or exempt; each law's answer per data set, the
// version of the law applied, the laws that do not apply and why, and the
// changes of the law pending. All of it comes from the board.

// contestedCard puts the deadline counted from the first detection beside
// the one counted from knowing, and asks for the reason the later instant
// was taken when none is recorded.
func contestedCard(l catalog.Lang, b *desk.Board) app.UI {
	c, ok := b.Contested()
	if !ok {
		return nil
	}
	inc, loc, now := b.Incident, b.Incident.Location(), b.Now
	a := b.Assessment
	knew := catalog.T(l, "aware.notYet")
	if a.Knew != nil {
		knew = startWhen(l, *a.Knew, a.KnewPrecision, loc, now)
	}
	cls := "bd-card bd-clock bd-card-warn"
	if c.WhyMissing {
		cls = "bd-card bd-clock bd-card-bad"
	}
	row := func(id, label, start string, due time.Time) app.UI {
		return el("tr", "id", id).Body(
			elt("th[scope=row]", label),
			elt("td", start),
			el("td").Body(elt("strong", when(due, loc, now)), app.Text(" "), elt("span.bd-countdown", leftText(l, due, now))),
		)
	}
	var why app.UI
	if c.WhyMissing {
		why = el("div.bd-clock-ask[role=alert]").Body(
			elt("p", catalog.T(l, "clock.ask")),
			el("p").Body(elt("a#clock-record-why", catalog.T(l, "clock.record"), "href", incidentHref(PathFacts, inc.ID))),
		)
	} else {
		by := strings.TrimSpace(inc.AwareWhy.By)
		stamp := ""
		if inc.AwareWhy.At != nil {
			stamp = when(*inc.AwareWhy.At, loc, now)
		}
		why = el("div.bd-clock-why").Body(
			el("p").Body(elt("strong", catalog.T(l, "clock.why")), app.Text(" "+inc.AwareWhy.Text)),
			app.If(by != "" || stamp != "", func() app.UI {
				return elt("p.bd-muted", catalog.T(l, "clock.recorded", orDash(by), orDash(stamp)))
			}),
		)
	}
	return el("section#contested-clock[aria-labelledby=contested-clock-h]", "class", cls).Body(
		elt("h2#contested-clock-h", catalog.T(l, "clock.title")),
		elt("p", catalog.T(l, "clock.lead", tx(l, c.Jur.Name), tx(l, c.Ob.Title))),
		el("div.bd-table-wrap").Body(el("table.bd-clock-table").Body(
			el("thead").Body(el("tr").Body(
				elt("th[scope=col]", catalog.T(l, "clock.col.from")),
				elt("th[scope=col]", catalog.T(l, "clock.col.start")),
				elt("th[scope=col]", catalog.T(l, "clock.col.due")),
			)),
			el("tbody").Body(
				row("clock-early", catalog.T(l, "clock.fromDetected"), startWhen(l, c.Early.StartAt, eventPrecision(inc, c.Early.Event), loc, now), c.Early.Due),
				app.If(c.Ob.Due != nil, func() app.UI {
					return row("clock-knew", catalog.T(l, "clock.fromKnew"), knew, *c.Ob.Due)
				}),
			),
		)),
		why,
	)
}

// leftText is "あと2日4時間" or "3時間超過" from now to t.
func leftText(l catalog.Lang, t, now time.Time) string {
	if left := t.Sub(now); left < 0 {
		return catalog.T(l, "due.overdue", span(l, left))
	}
	return catalog.T(l, "due.in", span(l, t.Sub(now)))
}

// obligationDetails are the lines under a duty: whom it is owed to and who
// receives it (and by which routing rule), the other reading of its count,
// its deadline counted from the detection, and the data sets done or exempt.
func obligationDetails(l catalog.Lang, inc *incident.Incident, ob assess.Obligation, loc *time.Location, now time.Time) []app.UI {
	var out []app.UI
	line := func(cls, text string) { out = append(out, elt("p", text, "class", "bd-ob-detail "+cls)) }
	if ob.PartyName != "" {
		line("bd-ob-party", catalog.T(l, "ob.party", ob.PartyName))
	}
	if to := tx(l, ob.To); to != "" {
		line("bd-ob-to", catalog.T(l, "ob.to", to))
	}
	if ob.Route != nil {
		line("bd-ob-route", catalog.T(l, "ob.route", tx(l, ob.Route.Text), tx(l, ob.Route.Citation.Text())))
	}
	if ob.DueAlt != nil && ob.Counting != nil {
		// The counting's text ends its sentence; inside the parentheses it must not ("…used here.; source:").
		how := strings.TrimSuffix(strings.TrimSuffix(tx(l, ob.Counting.Text), "。"), ".")
		line("bd-ob-alt", catalog.T(l, "ob.alt", when(*ob.DueAlt, loc, now), how, tx(l, ob.Counting.Source.Text())))
	}
	if ob.Later != nil {
		line("bd-ob-later", catalog.T(l, "ob.later", startWhen(l, ob.Later.StartAt, incident.Day, loc, now), when(ob.Later.Due, loc, now)))
	}
	if ob.Early != nil {
		line("bd-ob-early", catalog.T(l, "ob.early", startWhen(l, ob.Early.StartAt, eventPrecision(inc, ob.Early.Event), loc, now), when(ob.Early.Due, loc, now)))
	}
	if names := desk.SetNames(inc, ob.DoneSets); len(names) > 0 {
		line("bd-ob-done", catalog.T(l, "ob.doneSets", strings.Join(names, catalog.T(l, "list.sep"))))
	}
	if names := desk.SetNames(inc, ob.ExemptSets); len(names) > 0 {
		line("bd-ob-exempt", catalog.T(l, "ob.exemptSets", strings.Join(names, catalog.T(l, "list.sep"))))
	}
	return out
}

// setVerdicts is a law's answer for each data set, with the reasons it
// carries (the triggers that hold for it) or the exclusion established.
func setVerdicts(l catalog.Lang, inc *incident.Incident, j assess.Jurisdiction) app.UI {
	if len(j.Sets) < 2 && (len(j.Sets) == 0 || len(j.Sets[0].Triggers) == 0 && j.Sets[0].Excluded == "" && !j.Sets[0].Elsewhere) {
		return nil // one set with nothing of its own: the law's answer says it all
	}
	reason := func(rs []assess.Reason, id string) string {
		for _, r := range rs {
			if r.RuleID == id {
				return tx(l, r.Text)
			}
		}
		return id
	}
	items := make([]app.UI, 0, len(j.Sets))
	for _, s := range j.Sets {
		name := s.Name
		if name == "" {
			name = s.ID
			// An unnamed set is called as the facts page calls it ("Data set 1"), not by its id.
			for i := range inc.DataSets {
				if inc.DataSets[i].ID == s.ID {
					name = setTitle(l, &inc.DataSets[i], i)
				}
			}
		}
		role := catalog.T(l, "sets.own")
		if s.Role == incident.Processor {
			role = catalog.T(l, "sets.entrusted")
			if p, ok := inc.Party(s.Entrustor); ok && p.Name != "" {
				role = catalog.T(l, "sets.entrustedBy", p.Name)
			}
		}
		var why []app.UI
		for _, t := range s.Triggers {
			why = append(why, elt("li", reason(j.Triggers, t)))
		}
		if s.Excluded != "" {
			why = append(why, elt("li.bd-excluded", catalog.T(l, "jur.excluded", reason(j.Exclusions, s.Excluded))))
		}
		if s.Elsewhere {
			why = append(why, elt("li.bd-elsewhere", catalog.T(l, "jur.elsewhere")))
		}
		items = append(items, el("li", "data-set", s.ID).Body(
			elt("strong", name), app.Text(catalog.T(l, "duty.paren", role)+" — "),
			elt("span", catalog.T(l, "reportable."+string(s.Reportable)), "class", "bd-verdict bd-verdict-"+string(s.Reportable)),
			app.If(len(why) > 0, func() app.UI { return el("ul").Body(why...) }),
		))
	}
	return el("div.bd-set-verdicts").Body(
		elt("h4", catalog.T(l, "jur.sets")),
		el("ul").Body(items...),
	)
}

// lawVersionText names the version of the law applied and when it took effect.
func lawVersionText(l catalog.Lang, v *rules.LawVersion) string {
	if v == nil {
		return ""
	}
	return catalog.T(l, "jur.version", tx(l, v.Name), string(v.Since))
}

// notApplicable lists the laws that do not apply with their reason, and
// apart from them those the tool holds no rule of for the date of the facts.
func notApplicable(l catalog.Lang, a assess.Assessment) app.UI {
	if len(a.NotApplicable) == 0 && a.UnheldText == nil {
		return nil
	}
	var no, none []app.UI
	for _, n := range a.NotApplicable {
		li := el("li", "data-jurisdiction", n.ID).Body(elt("strong", tx(l, n.Name)), app.Text(" — "+tx(l, n.Why)))
		if n.NoRules {
			none = append(none, li)
		} else {
			no = append(no, li)
		}
	}
	return el("div.bd-not-applicable").Body(
		// Places of the case whose law the tool does not hold (an office in
		// Vietnam, employees in Washington): never read as "no law applies".
		app.If(a.UnheldText != nil, func() app.UI {
			return el("div#no-law-held.bd-card-warn").Body(elt("p", tx(l, *a.UnheldText)))
		}),
		app.If(len(none) > 0, func() app.UI {
			return el("div#no-rules.bd-card-warn").Body(
				elt("h3", catalog.T(l, "jur.noRules")),
				el("ul").Body(none...),
			)
		}),
		app.If(len(no) > 0, func() app.UI {
			return el("details#not-applicable").Body(
				elt("summary", catalog.T(l, "dash.notApplicable", len(no))),
				el("ul").Body(no...),
			)
		}),
	)
}

// pendingLine says in one line that changes of the law are pending, with
// the way to the About page that lists them.
func pendingLine(l catalog.Lang, b *desk.Board) app.UI {
	ps := b.Pending()
	if len(ps) == 0 {
		return nil
	}
	return el("p#pending-law.bd-muted").Body(
		app.Text(catalog.T(l, "pending.line", len(ps))+" "),
		elt("a", catalog.T(l, "pending.more"), "href", Href(PathAbout)),
	)
}

// pendingList is the About page's list of pending changes.
func pendingList(l catalog.Lang, ps []rules.PendingChange) app.UI {
	items := make([]app.UI, 0, len(ps))
	for _, c := range ps {
		items = append(items, el("li", "data-pending", c.ID).Body(
			elt("strong", c.Jurisdiction+" — "+tx(l, c.Title)),
			elt("p", tx(l, c.Summary)),
			elt("p.bd-muted", tx(l, c.StatusText)),
			elt("p.bd-cite", catalog.T(l, "pending.source", tx(l, c.Source.Text()), string(c.Checked))),
		))
	}
	return el("ul.bd-pending").Body(items...)
}

// withoutTo is ob without its recipient (a view that shows it already).
func withoutTo(ob assess.Obligation) assess.Obligation {
	ob.To = rules.Text{}
	return ob
}

// clock is the packet's line on a contested clock (a term and its
// description): the deadline counted from the detection, and why the
// company took the later instant (or that it has not said); nothing when
// the start is not in question.
func (k packet) clock() []app.UI {
	c, ok := k.b.Contested()
	if !ok {
		return nil
	}
	why := []app.UI{app.Text(k.t("print.clockNoWhy"))}
	if !c.WhyMissing {
		why = []app.UI{app.Text(k.t("clock.why") + " " + strings.TrimSpace(k.inc.AwareWhy.Text))}
		by, at := strings.TrimSpace(k.inc.AwareWhy.By), ""
		if k.inc.AwareWhy.At != nil {
			at = stamp(k.l, *k.inc.AwareWhy.At, k.loc)
		}
		if by != "" || at != "" {
			why = append(why, app.Text(" "+k.t("clock.recorded", orDash(by), orDash(at))))
		}
	}
	body := []app.UI{
		app.Text(tx(k.l, c.Ob.Title)), void("br"),
		elt("span#pk-clock-early", k.t("print.clockEarly", stampAs(k.l, c.Early.StartAt, eventPrecision(k.inc, c.Early.Event), k.loc, k.now), stamp(k.l, c.Early.Due, k.loc),
			relative(k.l, c.Early.Due, k.now))), void("br"),
	}
	if c.Ob.Due != nil {
		knew := k.t("aware.notYet")
		if k.a.Knew != nil {
			knew = stampAs(k.l, *k.a.Knew, k.a.KnewPrecision, k.loc, k.now)
		}
		body = append(body, elt("span#pk-clock-knew", k.t("print.clockKnew", knew, stamp(k.l, *c.Ob.Due, k.loc),
			relative(k.l, *c.Ob.Due, k.now))), void("br"))
	}
	return []app.UI{
		elt("dt", k.t("clock.title")),
		el("dd#pk-clock").Body(append(body, el("span#pk-clock-why").Body(why...))...),
	}
}
