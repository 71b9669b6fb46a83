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
		knew = when(*a.Knew, loc, now)
	}
	cls := "bd-card bd-clock bd-card-warn"
	if c.WhyMissing {
		cls = "bd-card bd-clock bd-card-bad"
	}
	row := func(id, label, start string, due time.Time) app.UI {
		return app.Tr().ID(id).Body(
			app.Th().Scope("row").Text(label),
			app.Td().Text(start),
			app.Td().Body(app.Strong().Text(when(due, loc, now)), app.Text(" "), app.Span().Class("bd-countdown").Text(leftText(l, due, now))),
		)
	}
	var why app.UI
	if c.WhyMissing {
		why = app.Div().Class("bd-clock-ask").Role("alert").Body(
			app.P().Text(catalog.T(l, "clock.ask")),
			app.P().Body(app.A().ID("clock-record-why").Href(incidentHref(PathFacts, inc.ID)).Text(catalog.T(l, "clock.record"))),
		)
	} else {
		by := strings.TrimSpace(inc.AwareWhy.By)
		stamp := ""
		if inc.AwareWhy.At != nil {
			stamp = when(*inc.AwareWhy.At, loc, now)
		}
		why = app.Div().Class("bd-clock-why").Body(
			app.P().Body(app.Strong().Text(catalog.T(l, "clock.why")), app.Text(" "+inc.AwareWhy.Text)),
			app.If(by != "" || stamp != "", func() app.UI {
				return app.P().Class("bd-muted").Text(catalog.T(l, "clock.recorded", orDash(by), orDash(stamp)))
			}),
		)
	}
	return app.Section().ID("contested-clock").Class(cls).Aria("labelledby", "contested-clock-h").Body(
		app.H2().ID("contested-clock-h").Text(catalog.T(l, "clock.title")),
		app.P().Text(catalog.T(l, "clock.lead", tx(l, c.Jur.Name), tx(l, c.Ob.Title))),
		app.Div().Class("bd-table-wrap").Body(app.Table().Class("bd-clock-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(catalog.T(l, "clock.col.from")),
				app.Th().Scope("col").Text(catalog.T(l, "clock.col.start")),
				app.Th().Scope("col").Text(catalog.T(l, "clock.col.due")),
			)),
			app.TBody().Body(
				row("clock-early", catalog.T(l, "clock.fromDetected"), when(c.Early.StartAt, loc, now), c.Early.Due),
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
	line := func(cls, text string) { out = append(out, app.P().Class("bd-ob-detail "+cls).Text(text)) }
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
	if ob.Early != nil {
		line("bd-ob-early", catalog.T(l, "ob.early", when(ob.Early.StartAt, loc, now), when(ob.Early.Due, loc, now)))
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
	if len(j.Sets) < 2 && (len(j.Sets) == 0 || len(j.Sets[0].Triggers) == 0 && j.Sets[0].Excluded == "") {
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
			why = append(why, app.Li().Text(reason(j.Triggers, t)))
		}
		if s.Excluded != "" {
			why = append(why, app.Li().Class("bd-excluded").Text(catalog.T(l, "jur.excluded", reason(j.Exclusions, s.Excluded))))
		}
		items = append(items, app.Li().DataSet("set", s.ID).Body(
			app.Strong().Text(name), app.Text(catalog.T(l, "duty.paren", role)+" — "),
			app.Span().Class("bd-verdict bd-verdict-"+string(s.Reportable)).Text(catalog.T(l, "reportable."+string(s.Reportable))),
			app.If(len(why) > 0, func() app.UI { return app.Ul().Body(why...) }),
		))
	}
	return app.Div().Class("bd-set-verdicts").Body(
		app.H4().Text(catalog.T(l, "jur.sets")),
		app.Ul().Body(items...),
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
	if len(a.NotApplicable) == 0 {
		return nil
	}
	var no, none []app.UI
	for _, n := range a.NotApplicable {
		li := app.Li().DataSet("jurisdiction", n.ID).Body(app.Strong().Text(tx(l, n.Name)), app.Text(" — "+tx(l, n.Why)))
		if n.NoRules {
			none = append(none, li)
		} else {
			no = append(no, li)
		}
	}
	return app.Div().Class("bd-not-applicable").Body(
		app.If(len(none) > 0, func() app.UI {
			return app.Div().ID("no-rules").Class("bd-card-warn").Body(
				app.H3().Text(catalog.T(l, "jur.noRules")),
				app.Ul().Body(none...),
			)
		}),
		app.If(len(no) > 0, func() app.UI {
			return app.Details().ID("not-applicable").Body(
				app.Summary().Text(catalog.T(l, "dash.notApplicable", len(no))),
				app.Ul().Body(no...),
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
	return app.P().ID("pending-law").Class("bd-muted").Body(
		app.Text(catalog.T(l, "pending.line", len(ps))+" "),
		app.A().Href(Href(PathAbout)).Text(catalog.T(l, "pending.more")),
	)
}

// pendingList is the About page's list of pending changes.
func pendingList(l catalog.Lang, ps []rules.PendingChange) app.UI {
	items := make([]app.UI, 0, len(ps))
	for _, c := range ps {
		items = append(items, app.Li().DataSet("pending", c.ID).Body(
			app.Strong().Text(c.Jurisdiction+" — "+tx(l, c.Title)),
			app.P().Text(tx(l, c.Summary)),
			app.P().Class("bd-muted").Text(tx(l, c.StatusText)),
			app.P().Class("bd-cite").Text(catalog.T(l, "pending.source", tx(l, c.Source.Text()), string(c.Checked))),
		))
	}
	return app.Ul().Class("bd-pending").Body(items...)
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
		app.Text(tx(k.l, c.Ob.Title)), app.Br(),
		app.Span().ID("pk-clock-early").Text(k.t("print.clockEarly", stamp(k.l, c.Early.StartAt, k.loc), stamp(k.l, c.Early.Due, k.loc),
			relative(k.l, c.Early.Due, k.now))), app.Br(),
	}
	if c.Ob.Due != nil {
		knew := k.t("aware.notYet")
		if k.a.Knew != nil {
			knew = stamp(k.l, *k.a.Knew, k.loc)
		}
		body = append(body, app.Span().ID("pk-clock-knew").Text(k.t("print.clockKnew", knew, stamp(k.l, *c.Ob.Due, k.loc),
			relative(k.l, *c.Ob.Due, k.now))), app.Br())
	}
	return []app.UI{
		app.Dt().Text(k.t("clock.title")),
		app.Dd().ID("pk-clock").Body(append(body, app.Span().ID("pk-clock-why").Body(why...))...),
	}
}
