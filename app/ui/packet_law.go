package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// law is the packet's section on which laws apply: each law's verdict with
// its reasons, its verdict per data set and the version of the law applied
// (jurisdictionItem, as the dashboard shows them), then every law that does
// not apply with its reason, unfolded for paper. All of it is the
// assessment's (assess.Evaluate): nothing is derived here.
func (k packet) law() app.UI {
	body := []app.UI{elt("p.bd-pk-note", k.t("print.lawNote"))}
	for _, j := range k.a.Jurisdictions {
		body = append(body, jurisdictionItem(k.l, k.inc, j))
	}
	var no, none []app.UI
	for _, n := range k.a.NotApplicable {
		li := el("li", "data-jurisdiction", n.ID).Body(elt("strong", tx(k.l, n.Name)), app.Text(" — "+tx(k.l, n.Why)))
		if n.NoRules {
			none = append(none, li)
		} else {
			no = append(no, li)
		}
	}
	body = append(body, elt("h3#pk-not-applicable", k.t("print.notApplicable")))
	if len(no) == 0 {
		body = append(body, elt("p", k.t("print.noNotApplicable")))
	} else {
		body = append(body, el("ul.bd-pk-na").Body(no...))
	}
	if len(none) > 0 {
		body = append(body, elt("h3#pk-no-rules", k.t("print.noRulesFor")), el("ul.bd-pk-na").Body(none...))
	}
	return k.frame("pk-law", k.t("print.law"), body...)
}
