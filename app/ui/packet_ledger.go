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
		return k.frame("pk-ledger", k.t("ledger.printTitle"), elt("p", k.t("ledger.empty")))
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
				elt("strong", k.t("ledger.decision."+string(d.Decision))),
				app.Text(reasonText(d.Reason) + " — " + d.By + " "),
				k.stamp(d.At),
			}
			if r.NeedsReason() {
				decision = append(decision, void("br"), elt("strong.bd-pk-overdue", k.t("ledger.reasonNeeded")))
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
					line = append(line, void("br"), elt("code.bd-pk-hash", "SHA-256 "+f.SHA256))
				}
				filings = append(filings, el("li").Body(line...))
			}
		}
		d := desk.DutyOf(r, k.now) // what makes the duty stand out on the dashboard
		for _, f := range d.Flags {
			filings = append(filings, el("li.bd-pk-flag", "data-flag", string(f)).Body(
				elt("strong", flagMark(f)+dutyFlagText(k.l, d, f, k.loc, k.now))))
		}
		trs = append(trs, el("tr.bd-pk-row", "data-ledger", r.Key).Body(
			el("td").Body(elt("strong", title), void("br"), elt("span.bd-pk-to", to)),
			elt("td.bd-pk-jur", jur),
			elt("td", verdict),
			el("td").Body(decision...),
			el("td").Body(app.If(len(filings) == 0, func() app.UI { return app.Text(k.t("ledger.none")) }),
				el("ul.bd-pk-filings").Body(filings...)),
		))
	}
	return k.frame("pk-ledger", k.t("ledger.printTitle"),
		el("table.bd-pk-table").Body(
			el("thead").Body(el("tr").Body(
				elt("th[scope=col].bd-pk-p23", k.t("ledger.col.obligation")),
				elt("th[scope=col].bd-pk-p13", k.t("print.col.jurisdiction")),
				elt("th[scope=col].bd-pk-p13", k.t("ledger.col.verdict")),
				elt("th[scope=col].bd-pk-p29", k.t("ledger.col.decision")),
				elt("th[scope=col].bd-pk-p21", k.t("ledger.col.filing")),
			)),
			el("tbody").Body(trs...),
		),
	)
}
