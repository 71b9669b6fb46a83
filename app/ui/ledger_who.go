package ui

import (
	"strings"

	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateWho is the go-app state holding the name this browser records as the
// author of decisions, filings and attached files: persisted
// (localStorage), so that it is typed once. (A person's identity that signs
// changes is issue 12's other part; until then, this name.)
const stateWho = "ui.who"

// whoOf is the person this browser records as the author: the name of the
// identity that signs its changes (Share page, Data & security) when set,
// else the name typed here; "" when none.
func whoOf(ctx app.Context) string {
	if me := strings.TrimSpace(theDesk.Identity().Name); me != "" {
		return me
	}
	var s string
	ctx.GetState(stateWho, &s)
	return s
}

// WhoField is the input of that name.
type WhoField struct {
	app.Compo
	lang catalog.Lang
	who  string
}

func (c *WhoField) OnMount(ctx app.Context) {
	observeLang(ctx, &c.lang)
	ctx.ObserveState(stateWho, &c.who)
}

func (c *WhoField) Render() app.UI {
	l := c.lang
	return el("div.bd-who").Body(field("who", catalog.T(l, "ledger.who"), catalog.T(l, "ledger.whoHint"), "",
		void("input#who[type=text]", "value", c.who).Attr("maxlength", 200).On("change", c.onChange)))
}

func (c *WhoField) onChange(ctx app.Context, e app.Event) {
	ctx.SetState(stateWho, e.Get("target").Get("value").String()).Persist()
}
