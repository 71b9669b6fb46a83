package ui

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// packet holds what the sections of the meeting packet show, in the
// packet's language l.
type packet struct {
	l        catalog.Lang
	b        *desk.Board
	inc      *incident.Incident
	a        assess.Assessment
	loc      *time.Location
	now      time.Time
	docs     []draft.Document
	findings []draft.Finding
}

func (k packet) t(id string, args ...any) string { return catalog.T(k.l, id, args...) }

// frame wraps a section of the packet in a table whose header row repeats on
// every printed page it runs over (thead is a table-header-group): the
// incident's name, "packet" and the time it is as of. The table is layout
// only (role=presentation); the section's own heading follows.
func (k packet) frame(id, heading string, body ...app.UI) app.UI {
	return app.Section().Class("bd-pk-section").ID(id).Aria("labelledby", id+"-h").Body(
		app.Table().Class("bd-pk-frame").Role("presentation").Body(
			app.THead().Body(app.Tr().Body(app.Td().Class("bd-pk-running").Body(
				app.Span().Class("bd-pk-running-name").Text(k.name()),
				app.Span().Class("bd-pk-running-asof").Text(k.t("print.runningAsOf", stamp(k.l, k.now, k.loc))),
			))),
			app.TBody().Body(app.Tr().Body(app.Td().Body(
				append([]app.UI{app.H2().ID(id + "-h").Text(heading)}, body...)...,
			))),
		),
	)
}

// name is the incident's name, marked when it is a drill.
func (k packet) name() string {
	n := titleOf(k.l, k.inc)
	if k.inc.Drill {
		n = k.t("print.drillMark") + " " + n
	}
	return n
}

// cover is the first page: what happened, where we stand, as of when.
func (k packet) cover() app.UI {
	inc, l := k.inc, string(k.l)
	summary := strings.TrimSpace(inc.Story.Summary)
	var next app.UI = app.Text(k.t("print.noDeadline"))
	if o, ok := k.b.Nearest(); ok && o.Ob.Due != nil {
		next = app.Span().Body(app.Text(tx(k.l, o.Ob.Title)+" — "), k.stamp(*o.Ob.Due),
			app.Text(k.t("duty.paren", relative(k.l, *o.Ob.Due, k.now))))
	}
	facts := []struct {
		id, label string
		value     string
	}{
		{"org", "print.org", packetOrg(k.l, inc)},
		{"cause", "print.cause", causeText(k.l, inc.Cause.Kind)},
		{"persons", "print.persons", k.t("print.personsValue", incident.FormatCount(first(inc.Total("")), l))},
		{"records", "print.records", k.t("print.recordsValue", incident.FormatCount(first(inc.Records("")), l))},
		{"categories", "print.categories", categoriesText(k.l, inc)},
		{"status", "print.status", statusText(k.l, incidentStatus(inc))},
		{"aware", "print.aware", knewStamp(k.l, k.b.Assessment.Knew, k.loc)},
	}
	rows := make([]app.UI, 0, 2*len(facts))
	for _, f := range facts {
		rows = append(rows, app.Dt().Text(k.t(f.label)), app.Dd().ID("pk-fact-"+f.id).Text(f.value))
	}
	sections := []string{"print.law", "print.deadlines", "ledger.printTitle", "print.timeline", "print.checklist", "print.lint"}
	toc := make([]app.UI, len(sections))
	for i, s := range sections {
		toc[i] = app.Li().Text(k.t(s))
	}
	return app.Section().Class("bd-pk-cover").ID("pk-cover").Aria("labelledby", "pk-cover-h").Body(
		app.P().Class("bd-pk-kicker").Text(k.t("print.kicker")),
		app.If(k.inc.Drill, func() app.UI { return app.P().Class("bd-pk-drill").Text(k.t("print.drillBanner")) }),
		app.H2().ID("pk-cover-h").Class("bd-pk-title").Text(titleOf(k.l, inc)),
		app.Dl().Class("bd-pk-status").Body(append([]app.UI{
			app.Dt().Text(k.t("print.stage")), app.Dd().ID("pk-stage").Text(stageOf(k.l, k.b)),
			app.Dt().Text(k.t("print.asOf")), app.Dd().ID("pk-asof").Text(stamp(k.l, k.now, k.loc)),
			app.Dt().Text(k.t("print.next")), app.Dd().ID("pk-next").Body(next),
		}, k.clock()...)...),
		app.H3().Text(k.t("print.summary")),
		app.If(summary != "", func() app.UI { return app.P().Class("bd-pk-summary").Text(summary) }).
			Else(func() app.UI { return app.P().Class("bd-pk-summary bd-muted").Text(k.t("print.noSummary")) }),
		app.H3().Text(k.t("print.facts")),
		app.Dl().Class("bd-pk-facts").Body(rows...),
		app.H3().Text(k.t("print.contents")),
		app.Ol().Class("bd-pk-toc").Body(toc...),
		app.P().Class("bd-pk-disclaimer").Text(k.t("print.disclaimer")),
	)
}

// deadlines is the table of every obligation that applies, overdue first.
func (k packet) deadlines() app.UI {
	list := desk.Deadlines(k.a)
	if len(list) == 0 {
		return k.frame("pk-deadlines", k.t("print.deadlines"), app.P().Text(k.t("print.noObligations")))
	}
	rows := make([]app.UI, len(list))
	for i, o := range list {
		ob := o.Ob
		due := []app.UI{app.Text(tx(k.l, ob.DeadlineText))}
		if ob.Due != nil {
			due = []app.UI{k.stamp(*ob.Due)}
			if ob.State == assess.StateDue || ob.State == assess.StateOverdue {
				due = append(due, app.Text(k.t("duty.paren", relative(k.l, *ob.Due, k.now))))
			}
			if ob.Limit == "target" {
				due = append(due, app.Text(k.t("due.target")))
			}
		}
		if ob.DoneAt != nil {
			due = append(due, app.Text(" — "))
			due = append(due, k.around("print.doneAt", *ob.DoneAt)...)
		}
		cls := "bd-pk-row"
		if ob.State == assess.StateOverdue {
			cls += " bd-pk-overdue"
		}
		rows[i] = app.Tr().Class(cls).DataSet("obligation", ob.ID).Body(
			app.Td().Body(append([]app.UI{app.Strong().Text(tx(k.l, ob.Title)), app.Br(), app.Span().Class("bd-pk-to").Text(tx(k.l, ob.To))},
				obligationDetails(k.l, k.inc, withoutTo(ob), k.loc, k.now)...)...),
			app.Td().Class("bd-pk-jur").Text(tx(k.l, o.Jur.Name)),
			app.Td().Class("bd-pk-due").Body(due...),
			app.Td().Class("bd-pk-state").Text(stateMark(ob.State)+k.t("state."+string(ob.State))),
			app.Td().Class("bd-pk-basis").Text(tx(k.l, ob.Citation.Text())),
		)
	}
	return k.frame("pk-deadlines", k.t("print.deadlines"),
		app.P().Class("bd-pk-note").Text(k.t("print.deadlinesNote", k.inc.TimeZone)),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p29").Text(k.t("print.col.obligation")),
				app.Th().Scope("col").Class("bd-pk-p14").Text(k.t("print.col.jurisdiction")),
				app.Th().Scope("col").Class("bd-pk-p21").Text(k.t("print.col.due")),
				app.Th().Scope("col").Class("bd-pk-p13").Text(k.t("print.col.state")),
				app.Th().Scope("col").Class("bd-pk-p23").Text(k.t("print.col.basis")),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// timeline is the dated facts, then the delays measured between them.
func (k packet) timeline() app.UI {
	events := make([]app.UI, 0, len(k.inc.Events))
	for _, ev := range k.inc.Events {
		// An instant as it is known (a day, "about", undated: never an
		// invented time); the facts of the event, never its note (written
		// for the record, not for a meeting's paper).
		var at app.UI = app.Text(eventWhen(k.l, ev, k.loc, k.now))
		if ev.Dated() && ev.Precision == incident.Exact {
			at = k.stamp(ev.At)
		}
		events = append(events, app.Tr().Class("bd-pk-row").Body(
			app.Td().Class("bd-pk-when").Body(at),
			app.Td().Text(k.t("ev."+string(ev.Kind))),
			app.Td().Text(orDash(ev.Jurisdiction)),
			app.Td().Class("bd-pk-text").Body(eventFacts(k.l, k.inc, ev)),
		))
	}
	findings := make([]app.UI, 0, len(k.a.Findings))
	for _, f := range k.a.Findings {
		var limit app.UI = app.Text("—")
		if f.Limit != nil {
			limit = k.stamp(*f.Limit)
		}
		cls := "bd-pk-row"
		if f.Verdict == assess.FindingLate || f.Verdict == assess.FindingOverdue {
			cls += " bd-pk-overdue"
		}
		findings = append(findings, app.Tr().Class(cls).Body(
			app.Td().Body(app.Strong().Text(tx(k.l, f.Explanation)), app.Br(), app.Span().Class("bd-pk-explain").Text(tx(k.l, f.Text))),
			app.Td().Class("bd-pk-state").Text(findingElapsed(k.l, f)),
			app.Td().Body(limit),
			app.Td().Class("bd-pk-state").Text(findingMark(f.Verdict)+k.t("print.finding."+f.Verdict)),
			app.Td().Class("bd-pk-basis").Text(tx(k.l, f.Citation.Text())),
		))
	}
	return k.frame("pk-timeline", k.t("print.timeline"),
		app.If(len(events) == 0, func() app.UI { return app.P().Text(k.t("print.noEvents")) }).
			Else(func() app.UI {
				return app.Table().Class("bd-pk-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Class("bd-pk-p18").Text(k.t("print.col.when")),
						app.Th().Scope("col").Class("bd-pk-p23").Text(k.t("print.col.event")),
						app.Th().Scope("col").Class("bd-pk-p14").Text(k.t("print.col.jurisdiction")),
						app.Th().Scope("col").Class("bd-pk-p45").Text(k.t("print.col.details")),
					)),
					app.TBody().Body(events...),
				)
			}),
		app.H3().Text(k.t("print.delays")),
		app.If(len(findings) == 0, func() app.UI { return app.P().Text(k.t("print.noDelays")) }).
			Else(func() app.UI {
				return app.Table().Class("bd-pk-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Class("bd-pk-p35").Text(k.t("print.col.interval")),
						app.Th().Scope("col").Class("bd-pk-p12").Text(k.t("print.col.elapsed")),
						app.Th().Scope("col").Class("bd-pk-p18").Text(k.t("print.col.limit")),
						app.Th().Scope("col").Class("bd-pk-p13").Text(k.t("print.col.verdict")),
						app.Th().Scope("col").Class("bd-pk-p22").Text(k.t("print.col.basis")),
					)),
					app.TBody().Body(findings...),
				)
			}),
	)
}

// checklist is the playbook steps that apply, with owners and status.
func (k packet) checklist() app.UI {
	var rows []app.UI
	phase := ""
	for _, s := range k.a.Steps {
		if s.Applies == assess.No {
			continue
		}
		// The steps under their phase, named once in a row of its own.
		if p := tx(k.l, s.PhaseTitle); p != phase {
			phase = p
			rows = append(rows, app.Tr().Class("bd-pk-group").Body(
				app.Th().Scope("colgroup").ColSpan(4).Text(p)))
		}
		var due app.UI = app.Text("—")
		if s.Due != nil {
			due = k.stamp(*s.Due)
		}
		owner := s.Owner
		if owner == "" {
			owner = k.t("print.noOwner")
		}
		cls := "bd-pk-row"
		if s.State == assess.StateOverdue {
			cls += " bd-pk-overdue"
		}
		mark, state, _ := stepState(k.l, s)
		rows = append(rows, app.Tr().Class(cls).DataSet("step", s.ID).Body(
			app.Td().Text(tx(k.l, s.Title)),
			app.Td().Text(owner),
			app.Td().Class("bd-pk-state").Text(mark+state),
			app.Td().Class("bd-pk-due").Body(due),
		))
	}
	if len(rows) == 0 {
		return k.frame("pk-checklist", k.t("print.checklist"), app.P().Text(k.t("print.noSteps")))
	}
	return k.frame("pk-checklist", k.t("print.checklist"),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p46").Text(k.t("print.col.step")),
				app.Th().Scope("col").Class("bd-pk-p18").Text(k.t("print.col.owner")),
				app.Th().Scope("col").Class("bd-pk-p14").Text(k.t("print.col.state")),
				app.Th().Scope("col").Class("bd-pk-p22").Text(k.t("print.col.due")),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// lint lists the open findings of the drafts (draft.Lint over every draft).
func (k packet) lint() app.UI {
	if len(k.findings) == 0 {
		return k.frame("pk-lint", k.t("print.lint"), app.P().Text(k.t("print.noFindings")))
	}
	docs := map[string]draft.Document{}
	for _, d := range k.docs {
		if _, ok := docs[d.ID]; !ok {
			docs[d.ID] = d
		}
	}
	rows := make([]app.UI, len(k.findings))
	for i, f := range sortFindings(k.findings) {
		// The document is named in the packet's language, with the
		// language it is written in; what the message quotes from it is
		// in that language and marked so.
		doc, docLang := k.t("print.factsDoc"), string(k.l)
		if d, ok := docs[f.DocID]; ok {
			doc, docLang = docName(k.l, d, false), d.Lang
		} else if f.DocID != "" {
			doc = f.DocID
		}
		rows[i] = app.Tr().Class("bd-pk-row bd-pk-sev-"+f.Severity).Body(
			app.Td().Class("bd-pk-state").Text(severityMark(f.Severity)+k.t("print.severity."+f.Severity)),
			app.Td().Text(doc),
			app.Td().Class("bd-pk-text").Body(quoted(k.l, docLang, tx(k.l, f.Message))...),
		)
	}
	return k.frame("pk-lint", k.t("print.lint"),
		app.P().Class("bd-pk-note").Text(k.t("print.lintNote", len(k.findings))),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p12").Text(k.t("print.col.severity")),
				app.Th().Scope("col").Class("bd-pk-p26").Text(k.t("print.col.document")),
				app.Th().Scope("col").Class("bd-pk-p62").Text(k.t("print.col.finding")),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// findingElapsed is the delay a finding measured, or "—" when the event that
// ended it has no date (nothing was measured: 0 would read as "at once").
func findingElapsed(l catalog.Lang, f assess.Finding) string {
	if f.Undated != "" {
		return "—"
	}
	return span(l, f.Elapsed)
}
