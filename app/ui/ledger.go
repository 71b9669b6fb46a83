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
		app.H1().Text(catalog.T(l, "ledger.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "ledger.lead")),
		&WhoField{},
		app.If(len(rows) == 0, func() app.UI { return app.P().ID("ledger-empty").Text(catalog.T(l, "ledger.empty")) }),
		app.Div().ID("ledger").Class("bd-ledger").Body(items...),
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
			history = append(history, app.Li().Text(catalog.T(l, "ledger.decision."+string(h.Decision))+
				reasonText(h.Reason)+" — "+catalog.T(l, "ledger.by", h.By, when(h.At, loc, r.Now))))
		}
	}
	options := make([]app.UI, 0, len(incident.Decisions))
	for _, x := range incident.Decisions {
		// The decision standing, else "not yet": recording the form as it
		// opens never puts "report" or "do not report" on record unasked.
		sel := (decided && d.Decision == x) || (!decided && x == incident.DecideNotYet)
		options = append(options, app.Option().Value(string(x)).Text(catalog.T(l, "ledger.decision."+string(x))).Selected(sel))
	}
	var filings []app.UI
	if row.Entry != nil {
		for _, f := range row.Entry.Filings {
			filings = append(filings, filingItem(l, f, loc, r.Now))
		}
	}
	verdict := app.Span().Class("bd-muted").Text(catalog.T(l, "ledger.orphan"))
	if !row.Orphan {
		verdict = app.Span().Body(
			app.Span().Class("bd-state bd-state-"+string(row.Ob.State)).Text(catalog.T(l, "state."+string(row.Ob.State))),
			app.Text(" "),
			app.Span().Class("bd-verdict bd-verdict-"+string(row.Ob.Applies)).Text(catalog.T(l, "verdict."+string(row.Ob.Applies))),
		)
	}
	return app.Section().ID(r.fid("row")).Class("bd-card bd-ledger-row").DataSet("ledger", row.Key).Body(
		app.H2().Body(app.Span().Class("bd-jur").Text(jur), app.Text(" "+title)),
		app.P().Class("bd-muted").Text("→ "+to),
		app.Dl().Class("bd-ledger-dl").Body(
			app.Dt().Text(catalog.T(l, "ledger.col.verdict")), app.Dd().Class("lg-verdict").Body(verdict),
			app.Dt().Text(catalog.T(l, "ledger.col.decision")), app.Dd().Class("lg-decision").Body(
				app.Strong().Class("lg-current").DataSet("decision", string(d.Decision)).Text(current),
				app.If(decided, func() app.UI {
					return app.Span().Text(reasonText(d.Reason) + " — " + catalog.T(l, "ledger.by", d.By, when(d.At, loc, r.Now)))
				}),
				app.If(row.NeedsReason(), func() app.UI {
					return app.P().Class("bd-problem lg-needs-reason").Role("alert").Text(catalog.T(l, "ledger.reasonNeeded"))
				}),
				app.If(len(history) > 0, func() app.UI {
					return app.Details().Body(app.Summary().Text(catalog.T(l, "ledger.history", len(history))), app.Ul().Body(history...))
				}),
			),
			app.Dt().Text(catalog.T(l, "ledger.col.filing")), app.Dd().Class("lg-filings").Body(
				app.If(len(filings) == 0, func() app.UI { return app.Span().Text(catalog.T(l, "ledger.none")) }),
				app.Ul().Body(filings...),
			),
		),
		app.Form().Class("bd-ledger-form no-print").OnSubmit(r.onDecide).Body(
			field(r.fid("decision"), catalog.T(l, "ledger.decide"), "", "",
				app.Select().ID(r.fid("decision")).Body(options...)),
			field(r.fid("reason"), catalog.T(l, "ledger.reason"), catalog.T(l, "ledger.reasonHint"), "",
				app.Textarea().ID(r.fid("reason")).Rows(2).MaxLength(4000)),
			app.Button().Type("submit").Class("bd-primary").ID(r.fid("decide")).Text(catalog.T(l, "ledger.record")),
		),
		app.If(!r.filing, func() app.UI {
			return app.Div().Class("bd-buttons no-print").Body(
				app.Button().Type("button").Class("bd-secondary").ID(r.fid("open-filing")).Text(catalog.T(l, "ledger.file")).OnClick(r.onOpenFiling))
		}).Else(func() app.UI { return r.filingForm(l, loc) }),
		app.If(r.msg != "", func() app.UI { return app.P().Class("bd-ok").Role("status").Text(r.msg) }),
		app.If(r.issue != "", func() app.UI { return app.P().Class("bd-problem").Role("alert").Text(r.issue) }),
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
	return app.Li().Class("lg-filing").DataSet("reference", f.Reference).Body(
		app.Text(line),
		app.If(f.SHA256 != "", func() app.UI {
			return app.Details().Class("lg-frozen").Body(
				app.Summary().Text(catalog.T(l, "ledger.frozen", f.SHA256)),
				app.Pre().Class("lg-frozen-text").Text(f.Text),
			)
		}),
	)
}

// filingForm asks when it was filed, by whom, under which reference, and
// which document was sent (its text is frozen as it is now).
func (r *ledgerRow) filingForm(l catalog.Lang, loc *time.Location) app.UI {
	docs := []app.UI{app.Option().Value("").Text(catalog.T(l, "ledger.documentNone"))}
	if b := theDesk.Board(r.IncID, r.Real); b != nil {
		for _, d := range b.Drafts().Docs {
			docs = append(docs, app.Option().Value(docKey(d)).Text(docLabel(l, d)))
		}
	}
	return app.Form().Class("bd-ledger-form bd-ledger-filing no-print").OnSubmit(r.onFile).Body(
		field(r.fid("at"), catalog.T(l, "ledger.filedAt"), "", "",
			app.Input().ID(r.fid("at")).Type("datetime-local").Value(r.Now.In(loc).Format("2006-01-02T15:04"))),
		field(r.fid("by"), catalog.T(l, "ledger.filedBy"), "", "",
			app.Input().ID(r.fid("by")).Type("text").MaxLength(200).Value(r.by)),
		field(r.fid("ref"), catalog.T(l, "ledger.reference"), "", "",
			app.Input().ID(r.fid("ref")).Type("text").MaxLength(200)),
		field(r.fid("doc"), catalog.T(l, "ledger.document"), "", "",
			app.Select().ID(r.fid("doc")).Body(docs...)),
		r.eventChoice(l),
		app.Button().Type("submit").Class("bd-primary").ID(r.fid("file")).Text(catalog.T(l, "ledger.record")),
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
	return app.Div().Class("bd-check").Body(
		app.Input().Type("checkbox").ID(r.fid("event")).Checked(true),
		app.Label().For(r.fid("event")).Text(catalog.T(l, "ledger.addEvent", catalog.T(l, "ev."+string(kind)))),
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
