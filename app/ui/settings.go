package ui

import (
	"context"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathSettings is the "Data & security" page: passphrase protection, backup
// and restore, storage, and deleting everything.
const PathSettings = "/settings"

// SettingsPage is the "Data & security" page.
type SettingsPage struct {
	app.Compo
	lang catalog.Lang
	rev  int
}

func (p *SettingsPage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
}

func (p *SettingsPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "safety.title"), catalog.T(p.lang, "app.name"))
}

func (p *SettingsPage) Render() app.UI {
	l := p.lang
	lang := string(l)
	var body []app.UI
	switch {
	case !theDesk.Loaded() && app.IsClient:
		body = []app.UI{elt("p[role=status]", catalog.T(l, "home.loading"))}
	case theDesk.Locked():
		body = []app.UI{
			&UnlockPanel{Sub: true},
			&wipePanel{Lang: lang},
		}
	default:
		body = []app.UI{
			section("who-settings", catalog.T(l, "ledger.who"), &WhoField{}),
			&protectPanel{Lang: lang},
			&identityPanel{Lang: lang},
			&backupPanel{Lang: lang},
			&storagePanel{Lang: lang},
			&wipePanel{Lang: lang},
		}
	}
	head := []app.UI{
		elt("h1", catalog.T(l, "safety.title")),
		elt("p.bd-lead", catalog.T(l, "safety.lead")),
		storageStatus(l),
	}
	return shell(l, PathSettings, append(head, body...)...)
}

// section is a titled part of the settings page.
func section(id, title string, body ...app.UI) app.UI {
	return el("section.bd-section.bd-settings", "id", id, "aria-labelledby", id+"-title").Body(
		append([]app.UI{elt("h2", title, "id", id+"-title")}, body...)...,
	)
}

// storagePanel shows how much of the browser's storage is used, and asks the
// browser to keep the data when it is short of space.
type storagePanel struct {
	app.Compo
	Lang string

	rev          int
	usage, quota int64
	persisted    bool
	err          string
	asked        bool
}

func (s *storagePanel) OnMount(ctx app.Context) {
	observeDesk(ctx, &s.rev)
	s.refresh(ctx)
}

func (s *storagePanel) refresh(ctx app.Context) {
	ctx.Async(func() {
		u, q, err := browser.Estimate()
		p, _ := browser.Persisted()
		ctx.Dispatch(func(ctx app.Context) {
			s.usage, s.quota, s.persisted = u, q, p
			if err != nil {
				s.err = browser.Text(err, s.Lang)
			}
		})
	})
}

func (s *storagePanel) Render() app.UI {
	l := catalog.Parse(s.Lang)
	usage := catalog.T(l, "safety.storage.unknown")
	if s.err == "" && s.quota > 0 {
		usage = catalog.T(l, "safety.storage.usage", bytesText(s.usage), bytesText(s.quota),
			strconv.FormatFloat(float64(s.usage)*100/float64(s.quota), 'f', 1, 64))
	}
	persist := catalog.T(l, "safety.storage.notPersisted")
	if s.persisted {
		persist = catalog.T(l, "safety.storage.persisted")
	}
	return section("storage", catalog.T(l, "safety.storage.title"),
		elt("p#storage-usage", usage),
		elt("p", catalog.T(l, "safety.storage.count", len(theDesk.List()))),
		elt("p#storage-persist", persist),
		app.If(!s.persisted, func() app.UI {
			return el("button[type=button]#storage-persist-button").Text(catalog.T(l, "safety.storage.persist")).On("click", s.persist)
		}),
		app.If(s.asked && !s.persisted, func() app.UI {
			return elt("p.bd-hint[role=status]", catalog.T(l, "safety.storage.refused"))
		}),
		elt("p.bd-hint", catalog.T(l, "safety.storage.where")),
	)
}

func (s *storagePanel) persist(ctx app.Context, e app.Event) {
	ctx.Async(func() {
		ok, _ := browser.Persist()
		ctx.Dispatch(func(ctx app.Context) { s.persisted, s.asked = ok, true })
	})
}

// bytesText formats a size: "512 KB", "3.4 MB", "1.2 GB".
func bytesText(n int64) string {
	switch {
	case n >= 1<<30:
		return strconv.FormatFloat(float64(n)/(1<<30), 'f', 1, 64) + " GB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	}
	return strconv.FormatInt((n+1023)/1024, 10) + " KB"
}

// wipePanel deletes every piece of data of Breach Desk in this browser, after
// the user typed the confirmation word.
type wipePanel struct {
	app.Compo
	Lang string

	rev     int
	problem string
	busy    bool
	own     app.Context // its own (mine)
}

func (w *wipePanel) OnMount(ctx app.Context) { w.own = ctx; observeDesk(ctx, &w.rev) }

// wipeWords are the confirmation words, in either language.
func wipeWords() []string {
	return []string{catalog.T(catalog.JA, "safety.wipe.word"), catalog.T(catalog.EN, "safety.wipe.word")}
}

// wipeConfirmed reports whether typed is a confirmation word.
func wipeConfirmed(typed string) bool {
	typed = strings.TrimSpace(typed)
	for _, w := range wipeWords() {
		if typed != "" && strings.EqualFold(typed, w) {
			return true
		}
	}
	return false
}

func (w *wipePanel) Render() app.UI {
	l := catalog.Parse(w.Lang)
	return section("wipe", catalog.T(l, "safety.wipe.title"),
		elt("p", catalog.T(l, "safety.wipe.what")),
		elt("p.bd-warning-text", catalog.T(l, "safety.wipe.warn")),
		el("div#wipe-form[role=group]").Body(
			field("wipe-confirm", catalog.T(l, "safety.wipe.label", catalog.T(l, "safety.wipe.word")), "", w.problem,
				void("input#wipe-confirm[type=text][autocomplete=off]").Attr("disabled", w.busy)),
			el("button[type=button].bd-destroy#wipe-button").Attr("disabled", w.busy).
				Text(catalog.T(l, "safety.wipe.button")).On("click", w.onSubmit),
		),
	)
}

func (w *wipePanel) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	l := catalog.Parse(w.Lang)
	if !wipeConfirmed(inputValue("wipe-confirm", false)) {
		w.problem = catalog.T(l, "safety.wipe.mismatch", catalog.T(l, "safety.wipe.word"))
		focusID("wipe-confirm")
		return
	}
	w.busy, w.problem = true, ""
	theDesk.Wipe(wipeAll, within(mine(w.own, ctx), func(ctx app.Context, err error) {
		if err != nil {
			w.busy = false
			w.problem = catalog.T(l, "safety.wipe.failed", browser.Text(err, string(l)))
			return
		}
		ctx.Reload()
	}))
}

// wipeAll deletes the database, caches and local storage of Breach Desk
// (the desk writes nothing from the moment Wipe starts, and tells the other
// tabs).
func wipeAll() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return browser.WipeAll(ctx)
}
