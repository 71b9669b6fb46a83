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
	return el("section.bd-pk-section", "id", id, "aria-labelledby", id+"-h").Body(
		el("table.bd-pk-frame[role=presentation]").Body(
			el("thead").Body(el("tr").Body(el("td.bd-pk-running").Body(
				elt("span.bd-pk-running-name", k.name()),
				elt("span.bd-pk-running-asof", k.t("print.runningAsOf", stamp(k.l, k.now, k.loc))),
			))),
			el("tbody").Body(el("tr").Body(el("td").Body(
				append([]app.UI{elt("h2", heading, "id", id+"-h")}, body...)...,
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
		next = el("span").Body(app.Text(tx(k.l, o.Ob.Title)+" — "), k.stamp(*o.Ob.Due),
			app.Text(k.t("duty.paren", relative(k.l, *o.Ob.Due, k.now))))
	}
	facts := []struct {
		id, label string
		value     string
	}{
		{"org", "print.org", packetOrg(k.l, inc)},
		{"cause", "print.cause", causeText(k.l, inc.Cause)},
		{"persons", "print.persons", k.t("print.personsValue", incident.FormatCount(first(inc.Total("")), l))},
		{"records", "print.records", k.t("print.recordsValue", incident.FormatCount(first(inc.Records("")), l))},
		{"categories", "print.categories", categoriesText(k.l, inc)},
		{"status", "print.status", statusText(k.l, incidentStatus(inc))},
		{"aware", "print.aware", knewStamp(k.l, k.b.Assessment.Knew, k.b.Assessment.KnewPrecision, k.loc, k.now)},
	}
	rows := make([]app.UI, 0, 2*len(facts))
	for _, f := range facts {
		rows = append(rows, elt("dt", k.t(f.label)), elt("dd", f.value, "id", "pk-fact-"+f.id))
	}
	sections := []string{"print.law", "print.deadlines", "ledger.printTitle", "print.timeline", "print.checklist", "print.lint"}
	toc := make([]app.UI, len(sections))
	for i, s := range sections {
		toc[i] = el("li").Text(k.t(s))
	}
	return el("section.bd-pk-cover#pk-cover[aria-labelledby=pk-cover-h]").Body(
		elt("p.bd-pk-kicker", k.t("print.kicker")),
		app.If(k.inc.Drill, func() app.UI { return elt("p.bd-pk-drill", k.t("print.drillBanner")) }),
		elt("h2#pk-cover-h.bd-pk-title", titleOf(k.l, inc)),
		el("dl.bd-pk-status").Body(append([]app.UI{
			elt("dt", k.t("print.stage")), elt("dd#pk-stage", stageOf(k.l, k.b)),
			elt("dt", k.t("print.asOf")), elt("dd#pk-asof", stamp(k.l, k.now, k.loc)),
			elt("dt", k.t("print.next")), el("dd#pk-next").Body(next),
		}, k.clock()...)...),
		elt("h3", k.t("print.summary")),
		app.If(summary != "", func() app.UI { return elt("p.bd-pk-summary", summary) }).
			Else(func() app.UI { return elt("p.bd-pk-summary.bd-muted", k.t("print.noSummary")) }),
		elt("h3", k.t("print.facts")),
		el("dl.bd-pk-facts").Body(rows...),
		elt("h3", k.t("print.contents")),
		el("ol.bd-pk-toc").Body(toc...),
		elt("p.bd-pk-disclaimer", k.t("print.disclaimer")),
	)
}

// deadlines is the table of every obligation that applies, overdue first.
func (k packet) deadlines() app.UI {
	list := desk.Deadlines(k.a)
	if len(list) == 0 {
		return k.frame("pk-deadlines", k.t("print.deadlines"), elt("p", k.t("print.noObligations")))
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
		rows[i] = el("tr", "class", cls, "data-obligation", ob.ID).Body(
			el("td").Body(append([]app.UI{elt("strong", tx(k.l, ob.Title)), void("br"), elt("span.bd-pk-to", tx(k.l, ob.To))},
				obligationDetails(k.l, k.inc, withoutTo(ob), k.loc, k.now)...)...),
			elt("td.bd-pk-jur", tx(k.l, o.Jur.Name)),
			el("td.bd-pk-due").Body(due...),
			elt("td.bd-pk-state", stateMark(ob.State)+k.t("state."+string(ob.State))),
			elt("td.bd-pk-basis", tx(k.l, ob.Citation.Text())),
		)
	}
	return k.frame("pk-deadlines", k.t("print.deadlines"),
		elt("p.bd-pk-note", k.t("print.deadlinesNote", k.inc.TimeZone)),
		el("table.bd-pk-table").Body(
			el("thead").Body(el("tr").Body(
				elt("th[scope=col].bd-pk-p29", k.t("print.col.obligation")),
				elt("th[scope=col].bd-pk-p14", k.t("print.col.jurisdiction")),
				elt("th[scope=col].bd-pk-p21", k.t("print.col.due")),
				elt("th[scope=col].bd-pk-p13", k.t("print.col.state")),
				elt("th[scope=col].bd-pk-p23", k.t("print.col.basis")),
			)),
			el("tbody").Body(rows...),
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
		events = append(events, el("tr.bd-pk-row").Body(
			el("td.bd-pk-when").Body(at),
			elt("td", k.t("ev."+string(ev.Kind))),
			elt("td", orDash(ev.Jurisdiction)),
			el("td.bd-pk-text").Body(eventFacts(k.l, k.inc, ev)),
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
		findings = append(findings, el("tr", "class", cls).Body(
			el("td").Body(elt("strong", tx(k.l, f.Explanation)), void("br"), elt("span.bd-pk-explain", tx(k.l, f.Text))),
			elt("td.bd-pk-state", findingElapsed(k.l, f)),
			el("td").Body(limit),
			elt("td.bd-pk-state", findingMark(f.Verdict)+k.t("print.finding."+f.Verdict)),
			elt("td.bd-pk-basis", tx(k.l, f.Citation.Text())),
		))
	}
	return k.frame("pk-timeline", k.t("print.timeline"),
		app.If(len(events) == 0, func() app.UI { return elt("p", k.t("print.noEvents")) }).
			Else(func() app.UI {
				return el("table.bd-pk-table").Body(
					el("thead").Body(el("tr").Body(
						elt("th[scope=col].bd-pk-p18", k.t("print.col.when")),
						elt("th[scope=col].bd-pk-p23", k.t("print.col.event")),
						elt("th[scope=col].bd-pk-p14", k.t("print.col.jurisdiction")),
						elt("th[scope=col].bd-pk-p45", k.t("print.col.details")),
					)),
					el("tbody").Body(events...),
				)
			}),
		elt("h3", k.t("print.delays")),
		app.If(len(findings) == 0, func() app.UI { return elt("p", k.t("print.noDelays")) }).
			Else(func() app.UI {
				return el("table.bd-pk-table").Body(
					el("thead").Body(el("tr").Body(
						elt("th[scope=col].bd-pk-p35", k.t("print.col.interval")),
						elt("th[scope=col].bd-pk-p12", k.t("print.col.elapsed")),
						elt("th[scope=col].bd-pk-p18", k.t("print.col.limit")),
						elt("th[scope=col].bd-pk-p13", k.t("print.col.verdict")),
						elt("th[scope=col].bd-pk-p22", k.t("print.col.basis")),
					)),
					el("tbody").Body(findings...),
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
			rows = append(rows, el("tr.bd-pk-group").Body(
				el("th[scope=colgroup]").Attr("colspan", 4).Text(p)))
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
		rows = append(rows, el("tr", "class", cls, "data-step", s.ID).Body(
			elt("td", tx(k.l, s.Title)),
			elt("td", owner),
			elt("td.bd-pk-state", mark+state),
			el("td.bd-pk-due").Body(due),
		))
	}
	if len(rows) == 0 {
		return k.frame("pk-checklist", k.t("print.checklist"), elt("p", k.t("print.noSteps")))
	}
	return k.frame("pk-checklist", k.t("print.checklist"),
		el("table.bd-pk-table").Body(
			el("thead").Body(el("tr").Body(
				elt("th[scope=col].bd-pk-p46", k.t("print.col.step")),
				elt("th[scope=col].bd-pk-p18", k.t("print.col.owner")),
				elt("th[scope=col].bd-pk-p14", k.t("print.col.state")),
				elt("th[scope=col].bd-pk-p22", k.t("print.col.due")),
			)),
			el("tbody").Body(rows...),
		),
	)
}

// lint lists the open findings of the drafts (draft.Lint over every draft).
func (k packet) lint() app.UI {
	if len(k.findings) == 0 {
		return k.frame("pk-lint", k.t("print.lint"), elt("p", k.t("print.noFindings")))
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
		rows[i] = el("tr", "class", "bd-pk-row bd-pk-sev-"+f.Severity).Body(
			elt("td.bd-pk-state", severityMark(f.Severity)+k.t("print.severity."+f.Severity)),
			elt("td", doc),
			el("td.bd-pk-text").Body(quoted(k.l, docLang, tx(k.l, f.Message))...),
		)
	}
	return k.frame("pk-lint", k.t("print.lint"),
		elt("p.bd-pk-note", k.t("print.lintNote", len(k.findings))),
		el("table.bd-pk-table").Body(
			el("thead").Body(el("tr").Body(
				elt("th[scope=col].bd-pk-p12", k.t("print.col.severity")),
				elt("th[scope=col].bd-pk-p26", k.t("print.col.document")),
				elt("th[scope=col].bd-pk-p62", k.t("print.col.finding")),
			)),
			el("tbody").Body(rows...),
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
