package ui

import (
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathLedger is the page of decisions and filings of one incident.
const PathLedger = "/incident/ledger"

// LedgerPage lists every obligation of the assessment with what the company
// decided about it and why, and what it filed: each row records a decision
// (with its reason) or a filing (with its reference number and a frozen copy
// of the document sent).
type LedgerPage struct {
	app.Compo
	incidentPage
}

func (p *LedgerPage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }
func (p *LedgerPage) OnNav(ctx app.Context)   { p.navIncident(ctx, "ledger.title") }

func (p *LedgerPage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathLedger)
	}
	rows := desk.Ledger(b.Incident, b.Assessment)
	items := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		items = append(items, &ledgerRow{IncID: b.Incident.ID, Lang: string(l), Row: r, TimeZone: b.Incident.TimeZone, Now: b.Now, Real: b.Real})
	}
	return p.frame(PathLedger,
		elt("h1", catalog.T(l, "ledger.title")),
		elt("p.bd-lead", catalog.T(l, "ledger.lead")),
		&WhoField{},
		app.If(len(rows) == 0, func() app.UI { return elt("p#ledger-empty", catalog.T(l, "ledger.empty")) }),
		el("div#ledger.bd-ledger").Body(items...),
	)
}

// ledgerRow is one obligation's record. Its handlers read the exported
// fields when they run (see checklistStep) and the form's values from the
// page at that moment.
type ledgerRow struct {
	app.Compo
	IncID    string
	Lang     string
	Row      desk.LedgerRow
	TimeZone string
	Now      time.Time // the incident's instant (a drill's simulated one)
	Real     time.Time // the device's instant of the page's board

	shown  string // the key the state below is about (a row may be reused for another)
	filing bool   // the filing form is open
	by     string // who filed, as the form opened with
	msg    string // what the last action did
	issue  string // why it did nothing
}

func (r *ledgerRow) OnUpdate(ctx app.Context) {
	if r.shown != r.Row.Key {
		r.shown, r.filing, r.by, r.msg, r.issue = r.Row.Key, false, "", "", ""
	}
}

func (r *ledgerRow) lang() catalog.Lang { return catalog.Parse(r.Lang) }

// fid is the id of one of the row's controls.
func (r *ledgerRow) fid(name string) string { return "lg-" + ledgerDOMID(r.Row.Key) + "-" + name }

// ledgerDOMID makes a key usable in element ids and selectors.
func ledgerDOMID(s string) string {
	return strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			return c
		}
		return '-'
	}, s)
}

// obligationName is the obligation's title and recipient, in l.
func obligationName(l catalog.Lang, row desk.LedgerRow) (title, to string) {
	if row.Orphan {
		return row.Ob.ID, row.Ob.Party
	}
	to = tx(l, row.Ob.To)
	if row.Ob.PartyName != "" {
		to += " — " + row.Ob.PartyName
	}
	return tx(l, row.Ob.Title), to
}

func (r *ledgerRow) Render() app.UI {
	l := r.lang()
	row := r.Row
	loc := loadLocation(r.TimeZone)
	title, to := obligationName(l, row)
	jur := row.Jur.ID
	if n := tx(l, row.Jur.Name); n != "" {
		jur = n
	}
	d, decided := row.Decision()
	current := catalog.T(l, "ledger.decision.none")
	if decided {
		current = catalog.T(l, "ledger.decision."+string(d.Decision))
	}
	var history []app.UI
	if row.Entry != nil && len(row.Entry.Decisions) > 1 {
		for i := len(row.Entry.Decisions) - 2; i >= 0; i-- {
			h := row.Entry.Decisions[i]
			history = append(history, elt("li", catalog.T(l, "ledger.decision."+string(h.Decision))+
				reasonText(h.Reason)+" — "+catalog.T(l, "ledger.by", h.By, when(h.At, loc, r.Now))))
		}
	}
	options := make([]app.UI, 0, len(incident.Decisions))
	for _, x := range incident.Decisions {
		// The decision standing, else "not yet": recording the form as it
		// opens never puts "report" or "do not report" on record unasked.
		sel := (decided && d.Decision == x) || (!decided && x == incident.DecideNotYet)
		options = append(options, el("option", "value", string(x)).Text(catalog.T(l, "ledger.decision."+string(x))).Attr("selected", sel))
	}
	var filings []app.UI
	if row.Entry != nil {
		for _, f := range row.Entry.Filings {
			filings = append(filings, filingItem(l, f, loc, r.Now))
		}
	}
	verdict := el("span.bd-muted").Text(catalog.T(l, "ledger.orphan"))
	if !row.Orphan {
		verdict = el("span").Body(
			elt("span", catalog.T(l, "state."+string(row.Ob.State)), "class", "bd-state bd-state-"+string(row.Ob.State)),
			app.Text(" "),
			elt("span", catalog.T(l, "verdict."+string(row.Ob.Applies)), "class", "bd-verdict bd-verdict-"+string(row.Ob.Applies)),
		)
	}
	return el("section.bd-card.bd-ledger-row", "id", r.fid("row"), "data-ledger", row.Key).Body(
		el("h2").Body(elt("span.bd-jur", jur), app.Text(" "+title)),
		elt("p.bd-muted", "→ "+to),
		el("dl.bd-ledger-dl").Body(
			elt("dt", catalog.T(l, "ledger.col.verdict")), el("dd.lg-verdict").Body(verdict),
			elt("dt", catalog.T(l, "ledger.col.decision")), el("dd.lg-decision").Body(
				elt("strong.lg-current", current, "data-decision", string(d.Decision)),
				app.If(decided, func() app.UI {
					return elt("span", reasonText(d.Reason)+" — "+catalog.T(l, "ledger.by", d.By, when(d.At, loc, r.Now)))
				}),
				app.If(row.NeedsReason(), func() app.UI {
					return elt("p.bd-problem.lg-needs-reason[role=alert]", catalog.T(l, "ledger.reasonNeeded"))
				}),
				app.If(len(history) > 0, func() app.UI {
					return el("details").Body(elt("summary", catalog.T(l, "ledger.history", len(history))), el("ul").Body(history...))
				}),
			),
			elt("dt", catalog.T(l, "ledger.col.filing")), el("dd.lg-filings").Body(
				app.If(len(filings) == 0, func() app.UI { return elt("span", catalog.T(l, "ledger.none")) }),
				el("ul").Body(filings...),
			),
		),
		el("form.bd-ledger-form.no-print").On("submit", r.onDecide).Body(
			field(r.fid("decision"), catalog.T(l, "ledger.decide"), "", "",
				el("select", "id", r.fid("decision")).Body(options...)),
			field(r.fid("reason"), catalog.T(l, "ledger.reason"), catalog.T(l, "ledger.reasonHint"), "",
				el("textarea", "id", r.fid("reason")).Attr("rows", 2).Attr("maxlength", 4000)),
			elt("button[type=submit].bd-primary", catalog.T(l, "ledger.record"), "id", r.fid("decide")),
		),
		app.If(!r.filing, func() app.UI {
			return el("div.bd-buttons.no-print").Body(
				el("button[type=button].bd-secondary", "id", r.fid("open-filing")).Text(catalog.T(l, "ledger.file")).On("click", r.onOpenFiling))
		}).Else(func() app.UI { return r.filingForm(l, loc) }),
		app.If(r.msg != "", func() app.UI { return elt("p.bd-ok[role=status]", r.msg) }),
		app.If(r.issue != "", func() app.UI { return elt("p.bd-problem[role=alert]", r.issue) }),
	)
}

func reasonText(reason string) string {
	if reason == "" {
		return ""
	}
	return "：" + reason
}

// filingItem is one filing: when, by whom, the reference, and the version
// sent (its hash, and the frozen copy to unfold).
func filingItem(l catalog.Lang, f incident.Filing, loc *time.Location, now time.Time) app.UI {
	line := when(f.At, loc, now) + " — " + f.By
	if f.Reference != "" {
		line += " — " + catalog.T(l, "ledger.reference") + " " + f.Reference
	}
	if f.Title != "" {
		line += " — " + f.Title
	}
	return el("li.lg-filing", "data-reference", f.Reference).Body(
		app.Text(line),
		app.If(f.SHA256 != "", func() app.UI {
			return el("details.lg-frozen").Body(
				elt("summary", catalog.T(l, "ledger.frozen", f.SHA256)),
				elt("pre.lg-frozen-text", f.Text),
			)
		}),
	)
}

// filingForm asks when it was filed, by whom, under which reference, and
// which document was sent (its text is frozen as it is now).
func (r *ledgerRow) filingForm(l catalog.Lang, loc *time.Location) app.UI {
	docs := []app.UI{elt("option", catalog.T(l, "ledger.documentNone"), "value", "")}
	if b := theDesk.Board(r.IncID, r.Real); b != nil {
		for _, d := range b.Drafts().Docs {
			docs = append(docs, elt("option", docLabel(l, d), "value", docKey(d)))
		}
	}
	return el("form.bd-ledger-form.bd-ledger-filing.no-print").On("submit", r.onFile).Body(
		field(r.fid("at"), catalog.T(l, "ledger.filedAt"), "", "",
			void("input[type=datetime-local]", "id", r.fid("at"), "value", r.Now.In(loc).Format("2006-01-02T15:04"))),
		field(r.fid("by"), catalog.T(l, "ledger.filedBy"), "", "",
			void("input[type=text]", "id", r.fid("by"), "value", r.by).Attr("maxlength", 200)),
		field(r.fid("ref"), catalog.T(l, "ledger.reference"), "", "",
			void("input[type=text]", "id", r.fid("ref")).Attr("maxlength", 200)),
		field(r.fid("doc"), catalog.T(l, "ledger.document"), "", "",
			el("select", "id", r.fid("doc")).Body(docs...)),
		r.eventChoice(l),
		elt("button[type=submit].bd-primary", catalog.T(l, "ledger.record"), "id", r.fid("file")),
	)
}

// eventChoice offers, checked, to put the filing's event on the timeline
// too (desk.FilingEvent), when an event fulfils the obligation.
func (r *ledgerRow) eventChoice(l catalog.Lang) app.UI {
	rs, _ := theDesk.Rules()
	kind := desk.FilingKind(rs, r.Row)
	if kind == "" {
		return app.Text("")
	}
	return el("div.bd-check").Body(
		void("input[type=checkbox]", "id", r.fid("event")).Attr("checked", true),
		elt("label", catalog.T(l, "ledger.addEvent", catalog.T(l, "ev."+string(kind))), "for", r.fid("event")),
	)
}

func (r *ledgerRow) onOpenFiling(ctx app.Context, e app.Event) {
	r.shown, r.filing, r.by, r.msg, r.issue = r.Row.Key, true, whoOf(ctx), "", ""
}

func (r *ledgerRow) onDecide(ctx app.Context, e app.Event) {
	e.PreventDefault()
	l := r.lang()
	dec := incident.Decision(browser.Value(r.fid("decision")))
	reason := inputValue(r.fid("reason"), true)
	row, who, id, at := r.Row, whoOf(ctx), theDesk.NewID(), nowOf(r.IncID)
	theDesk.Edit(r.IncID, func(inc *incident.Incident) { desk.RecordDecision(inc, row, id, dec, reason, who, at) })
	r.shown, r.msg, r.issue = row.Key, catalog.T(l, "ledger.recorded"), ""
}

func (r *ledgerRow) onFile(ctx app.Context, e app.Event) {
	e.PreventDefault()
	l := r.lang()
	loc := loadLocation(r.TimeZone)
	at, err := time.ParseInLocation("2006-01-02T15:04", browser.Value(r.fid("at")), loc)
	if err != nil {
		r.issue = catalog.T(l, "ledger.badTime")
		return
	}
	f := incident.Filing{ID: theDesk.NewID(), At: at, By: browser.Value(r.fid("by")), Reference: browser.Value(r.fid("ref"))}
	if docID := browser.Value(r.fid("doc")); docID != "" {
		if b := theDesk.Board(r.IncID, r.Real); b != nil {
			for _, d := range b.Drafts().Docs {
				if docKey(d) == docID {
					f.Document, f.Title, f.Text = docID, d.Title, draft.Text(d)
				}
			}
		}
	}
	row, who, now := r.Row, whoOf(ctx), nowOf(r.IncID)
	withEvent := checkedID(r.fid("event"))
	rs, _ := theDesk.Rules()
	msg := catalog.T(l, "ledger.recorded")
	theDesk.Edit(r.IncID, func(inc *incident.Incident) {
		desk.RecordFiling(inc, row, f, who, now)
		if !withEvent {
			return
		}
		if ev, ok := desk.FilingEvent(rs, inc, row, at); ok {
			desk.AddFilingEvent(inc, ev)
			msg = catalog.T(l, "ledger.eventAdded", catalog.T(l, "ev."+string(ev.Kind)))
		} else if desk.FilingKind(rs, row) != "" {
			msg = catalog.T(l, "ledger.eventThere")
		}
	})
	r.filing, r.msg, r.issue = false, msg, ""
}

// nowOf is the incident id's instant now (incidentNow).
func nowOf(id string) time.Time {
	if inc := theDesk.Get(id); inc != nil {
		return incidentNow(inc, time.Time{})
	}
	return time.Now()
}

// checkedID reports whether the checkbox with id is checked.
func checkedID(id string) bool {
	el := app.Window().GetElementByID(id)
	return el.Truthy() && el.Get("checked").Bool()
}
