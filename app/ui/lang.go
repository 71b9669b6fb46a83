package ui

import (
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateLang is the go-app state holding the user's interface language. It is
// persisted (localStorage) so the choice survives a reload, and broadcast so
// other tabs follow.
const stateLang = "ui.lang"

// observeLang keeps *l equal to the user's language, re-rendering the
// component when it changes, and sets the document's lang attribute.
func observeLang(ctx app.Context, l *catalog.Lang) {
	var s string
	ctx.ObserveState(stateLang, &s).
		WithBroadcast().
		OnChange(func() {
			*l = catalog.Parse(s)
			ctx.Page().SetLang(string(*l))
		})
	*l = catalog.Parse(s)
	ctx.Page().SetLang(string(*l))
}

// setLang stores the user's language.
func setLang(ctx app.Context, l catalog.Lang) {
	ctx.SetState(stateLang, string(l)).Persist().Broadcast()
}

// LangSwitch is the button that switches the interface between Japanese and English.
type LangSwitch struct {
	app.Compo
	lang catalog.Lang
}

func (c *LangSwitch) OnMount(ctx app.Context) { observeLang(ctx, &c.lang) }

// Render reads the language at click time (onClick), never from a closure:
// go-app compares event handlers by their code pointer and keeps the first
// closure it was given, so values captured at render time go stale.
func (c *LangSwitch) Render() app.UI {
	l := catalog.Parse(string(c.lang))
	other := l.Other()
	return el("button.bd-lang#lang-switch[type=button]", "lang", string(other), "aria-label", catalog.T(l, "lang.label")+": "+catalog.T(l, "lang.switch")).
		Text(catalog.T(l, "lang.switch")).On("click", c.onClick)
}

func (c *LangSwitch) onClick(ctx app.Context, e app.Event) {
	setLang(ctx, catalog.Parse(string(c.lang)).Other())
}
