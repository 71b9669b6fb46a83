package ui

import (
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ledger is the packet's table of decisions and filings: for each duty, the
// assessment, the decision standing with its reason and author, and each
// filing with its reference number and the SHA-256 of the version sent.
func (k packet) ledger() app.UI {
	rows := desk.Ledger(k.inc, k.a)
	if len(rows) == 0 {
		return k.frame("pk-ledger", k.t("ledger.printTitle"), app.P().Text(k.t("ledger.empty")))
	}
	trs := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		title, to := obligationName(k.l, r)
		jur := r.Jur.ID
		if n := tx(k.l, r.Jur.Name); n != "" {
			jur = n
		}
		verdict := k.t("ledger.orphan")
		if !r.Orphan {
			verdict = stateMark(r.Ob.State) + k.t("state."+string(r.Ob.State)) + " / " + k.t("verdict."+string(r.Ob.Applies))
		}
		decision := []app.UI{app.Text(k.t("ledger.decision.none"))}
		if d, ok := r.Decision(); ok {
			decision = []app.UI{
				app.Strong().Text(k.t("ledger.decision." + string(d.Decision))),
				app.Text(reasonText(d.Reason) + " — " + d.By + " "),
				k.stamp(d.At),
			}
			if r.NeedsReason() {
				decision = append(decision, app.Br(), app.Strong().Class("bd-pk-overdue").Text(k.t("ledger.reasonNeeded")))
			}
		}
		var filings []app.UI
		if r.Entry != nil {
			for _, f := range r.Entry.Filings {
				line := []app.UI{k.stamp(f.At), app.Text(" " + f.By)}
				if f.Reference != "" {
					line = append(line, app.Text(" — "+k.t("ledger.reference")+" "+f.Reference))
				}
				if f.Title != "" {
					line = append(line, app.Text(" — "+f.Title))
				}
				if f.SHA256 != "" {
					line = append(line, app.Br(), app.Code().Class("bd-pk-hash").Text("SHA-256 "+f.SHA256))
				}
				filings = append(filings, app.Li().Body(line...))
			}
		}
		d := desk.DutyOf(r, k.now) // what makes the duty stand out on the dashboard
		for _, f := range d.Flags {
			filings = append(filings, app.Li().Class("bd-pk-flag").DataSet("flag", string(f)).Body(
				app.Strong().Text(flagMark(f)+dutyFlagText(k.l, d, f, k.loc, k.now))))
		}
		trs = append(trs, app.Tr().Class("bd-pk-row").DataSet("ledger", r.Key).Body(
			app.Td().Body(app.Strong().Text(title), app.Br(), app.Span().Class("bd-pk-to").Text(to)),
			app.Td().Class("bd-pk-jur").Text(jur),
			app.Td().Text(verdict),
			app.Td().Body(decision...),
			app.Td().Body(app.If(len(filings) == 0, func() app.UI { return app.Text(k.t("ledger.none")) }),
				app.Ul().Class("bd-pk-filings").Body(filings...)),
		))
	}
	return k.frame("pk-ledger", k.t("ledger.printTitle"),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p23").Text(k.t("ledger.col.obligation")),
				app.Th().Scope("col").Class("bd-pk-p13").Text(k.t("print.col.jurisdiction")),
				app.Th().Scope("col").Class("bd-pk-p13").Text(k.t("ledger.col.verdict")),
				app.Th().Scope("col").Class("bd-pk-p29").Text(k.t("ledger.col.decision")),
				app.Th().Scope("col").Class("bd-pk-p21").Text(k.t("ledger.col.filing")),
			)),
			app.TBody().Body(trs...),
		),
	)
}
