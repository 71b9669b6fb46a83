package ui

import (
	"errors"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lockGate is what <main> shows: the page's content, or the unlock screen
// while the incidents are locked (except on the pages that show no incident).
func lockGate(current string, content []app.UI) []app.UI {
	if theDesk.Locked() && current != PathSettings && current != PathAbout {
		return []app.UI{&UnlockPanel{}}
	}
	return content
}

// inputValue reads and clears a password input: passphrases are read at the
// moment they are used and never kept in a component.
func inputValue(id string, clear bool) string {
	v := browser.Value(id)
	if clear {
		browser.SetValue(id, "")
	}
	return v
}

// UnlockPanel asks for the passphrase of a locked device.
type UnlockPanel struct {
	app.Compo
	// Sub is set where the panel is a section of a page with its own title
	// (settings): its heading is then an h2, not a second h1.
	Sub bool

	lang    catalog.Lang
	rev     int
	busy    bool
	problem string // set when no passphrase was typed
	err     error  // of the last attempt, worded at render time in the current language
}

func (p *UnlockPanel) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
	focusID("unlock-passphrase")
}

func (p *UnlockPanel) Render() app.UI {
	l := p.lang
	if p.err != nil {
		p.problem = passError(l, p.err)
	}
	return el("section.bd-unlock#unlock[aria-labelledby=unlock-title]").Body(
		p.heading(catalog.T(l, "safety.unlock.title")),
		elt("p", catalog.T(l, "safety.unlock.why")),
		el("div#unlock-form[role=group]").Body(
			field("unlock-passphrase", catalog.T(l, "safety.unlock.label"), "", p.problem,
				void("input#unlock-passphrase[type=password][autocomplete=current-password]").
					Attr("required", true).Attr("disabled", p.busy).Aria("invalid", p.problem != "").On("keydown", p.onKey)),
			el("button[type=button].bd-primary#unlock-button").Attr("disabled", p.busy).
				Text(catalog.T(l, "safety.unlock.button")).On("click", p.onSubmit),
			app.If(p.busy, func() app.UI {
				return elt("p[role=status].bd-hint", catalog.T(l, "safety.unlock.busy"))
			}),
		),
		elt("p.bd-hint", catalog.T(l, "safety.unlock.forgot")),
		el("p").Body(elt("a", catalog.T(l, "safety.unlock.settings"), "href", Href(PathSettings))),
	)
}

func (p *UnlockPanel) heading(title string) app.UI {
	if p.Sub {
		return elt("h2#unlock-title", title)
	}
	return elt("h1#unlock-title", title)
}

func (p *UnlockPanel) onKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() == "Enter" {
		p.onSubmit(ctx, e)
	}
}

func (p *UnlockPanel) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if p.busy {
		return
	}
	pass := inputValue("unlock-passphrase", true)
	if pass == "" {
		p.err, p.problem = nil, catalog.T(p.lang, "safety.pass.empty")
		return
	}
	p.busy, p.problem, p.err = true, "", nil
	theDesk.Unlock(pass, func(err error, took time.Duration) {
		ctx.Dispatch(func(ctx app.Context) { p.unlocked(ctx, err, took) })
	})
}

func (p *UnlockPanel) unlocked(ctx app.Context, err error, took time.Duration) {
	p.busy = false
	if err != nil {
		p.err = err
		focusID("unlock-passphrase")
		return
	}
	browser.SetGlobal("__breachdeskUnlockMs", took.Milliseconds())
}

// passError is the message of a passphrase operation's error.
func passError(l catalog.Lang, err error) string {
	switch {
	case errors.Is(err, vault.ErrWrongPassphrase):
		return catalog.T(l, "safety.pass.wrong")
	case errors.Is(err, desk.ErrBusy):
		return catalog.T(l, "safety.busy")
	case errors.Is(err, desk.ErrLocked):
		return catalog.T(l, "safety.locked")
	case errors.Is(err, desk.ErrTabConflict):
		return catalog.T(l, "share.tabConflict")
	}
	return browser.Text(err, string(l))
}

// SafetyNotice is the line under the header that says what needs doing about
// the data: storage full, another tab's change, changes not backed up, and on
// an incident's pages the button to export it.
type SafetyNotice struct {
	app.Compo
	Page string // the shell's current path

	lang   catalog.Lang
	rev    int
	id     string // the incident in the URL fragment
	status string
	// passOffered: the offer to protect the data with a passphrase was
	// answered (set up, or "not now") in this browser; it is made once.
	passOffered bool
	own         app.Context // its own (mine): an export ends the reminder whose button started it
}

// passOfferKey is the localStorage item that records that the passphrase
// was offered and answered (no user data: "1").
const passOfferKey = "breachdesk.passOffered"

func (n *SafetyNotice) OnMount(ctx app.Context) {
	n.own = ctx
	observeLang(ctx, &n.lang)
	observeDesk(ctx, &n.rev)
	n.id = ctx.Page().URL().Fragment
	var v string
	_ = ctx.LocalStorage().Get(passOfferKey, &v)
	n.passOffered = v == "1"
}

// offersPassphrase: once the first incident holds something (it is past
// the wizard's first keystrokes) on an unprotected desk, the incident's
// pages offer to protect the data with a passphrase, until the offer is
// answered.
func (n *SafetyNotice) offersPassphrase(inc *incident.Incident) bool {
	return !n.passOffered && !theDesk.Protected() && !inc.Drill && !theDesk.Untouched(inc)
}

func (n *SafetyNotice) answerPassOffer(ctx app.Context) {
	n.passOffered = true
	_ = ctx.LocalStorage().Set(passOfferKey, "1")
}

func (n *SafetyNotice) onPassLater(ctx app.Context, e app.Event) { n.answerPassOffer(ctx) }

func (n *SafetyNotice) onPassSet(ctx app.Context, e app.Event) { n.answerPassOffer(ctx) }

func (n *SafetyNotice) OnNav(ctx app.Context) { n.id = ctx.Page().URL().Fragment }

func (n *SafetyNotice) Render() app.UI {
	l := n.lang
	if !app.IsClient || !theDesk.Loaded() {
		return el("div.bd-notices")
	}
	var items []app.UI
	switch theDesk.Stale() {
	case "protection":
		items = append(items, notice("bd-warning", "notice-stale", catalog.T(l, "safety.notice.staleProtection"),
			el("button[type=button]#notice-reload-page").Text(catalog.T(l, "safety.notice.reloadPage")).On("click", n.reloadPage)))
	case "wipe":
		items = append(items, notice("bd-warning", "notice-stale", catalog.T(l, "safety.notice.staleWipe"),
			el("button[type=button]#notice-reload-page").Text(catalog.T(l, "safety.notice.reloadPage")).On("click", n.reloadPage)))
	}
	if theDesk.Status().Full {
		items = append(items, notice("bd-warning", "notice-full", catalog.T(l, "safety.notice.full"),
			el("button[type=button].bd-primary#notice-export-now").Text(catalog.T(l, "safety.notice.exportNow")).On("click", n.exportAll)))
	}
	if !theDesk.Locked() {
		for _, id := range theDesk.Changed() {
			items = append(items, &changedNotice{ID: id, Lang: string(l)})
		}
	}
	if n.Page == PathHome && !theDesk.Locked() {
		if nb := theDesk.NotBackedUp(); len(nb) > 0 {
			items = append(items, notice("bd-reminder", "notice-backup", backupReminder(l, len(nb), theDesk.Backups().LastAny()),
				el("button[type=button]#notice-export-all").Text(catalog.T(l, "safety.notice.exportAll")).On("click", n.exportAll),
				elt("a", catalog.T(l, "safety.notice.settings"), "href", Href(PathSettings))))
		}
	}
	if n.Page == "" && n.id != "" && !theDesk.Locked() && theDesk.Get(n.id) != nil {
		inc := theDesk.Get(n.id)
		last := theDesk.Backups().Last(inc.ID)
		msg := catalog.T(l, "safety.notice.backedUp", ago(l, last, time.Now()))
		switch {
		case theDesk.NeedsBackup(inc):
			msg = catalog.T(l, "safety.notice.notBackedUpOne")
			if !last.IsZero() {
				msg += " " + catalog.T(l, "safety.notice.lastBackup", ago(l, last, time.Now()))
			}
		case last.IsZero():
			msg = catalog.T(l, "safety.notice.nothingYet") // a new incident, nothing entered
		}
		items = append(items, notice("bd-backupline", "notice-incident-backup", msg,
			el("button[type=button]#export-incident").Text(catalog.T(l, "safety.notice.exportThis")).On("click", n.exportOne)))
		if n.offersPassphrase(inc) {
			items = append(items, el("div.bd-notice.bd-reminder#notice-pass-offer[role=status]").Body(
				elt("span", catalog.T(l, "safety.notice.offerPass")),
				el("a#pass-offer-set", "href", Href(PathSettings)+"#protect").Text(catalog.T(l, "safety.notice.offerPassSet")).On("click", n.onPassSet),
				el("button[type=button]#pass-offer-later").Text(catalog.T(l, "safety.notice.offerPassLater")).On("click", n.onPassLater),
			))
		}
	}
	if n.status != "" {
		items = append(items, elt("p.bd-notice[role=alert]#notice-status", n.status))
	}
	return el("div.bd-notices.no-print").Body(items...)
}

// notice is one line of the notices: a message and its buttons.
func notice(class, id, msg string, actions ...app.UI) app.UI {
	return el("div[role=alert]", "class", "bd-notice "+class, "id", id).Body(
		append([]app.UI{elt("span", msg)}, actions...)...,
	)
}

// backupReminder says how many incidents changed since the last backup.
func backupReminder(l catalog.Lang, n int, last time.Time) string {
	if last.IsZero() {
		return catalog.T(l, "safety.notice.neverBackedUp", n)
	}
	return catalog.T(l, "safety.notice.notBackedUp", n, ago(l, last, time.Now()))
}

// ago says how long ago t was ("never" for a zero time).
func ago(l catalog.Lang, t, now time.Time) string {
	if t.IsZero() {
		return catalog.T(l, "safety.never")
	}
	d := now.Sub(t)
	if d < time.Minute {
		return catalog.T(l, "safety.justNow")
	}
	return catalog.T(l, "safety.ago", span(l, d))
}

func (n *SafetyNotice) reloadPage(ctx app.Context, e app.Event) { ctx.Reload() }

func (n *SafetyNotice) exportAll(ctx app.Context, e app.Event) {
	theDesk.ExportThen("", "", downloadJSON, within(mine(n.own, ctx), n.exported))
}

func (n *SafetyNotice) exportOne(ctx app.Context, e app.Event) {
	if inc := theDesk.Get(n.id); inc != nil {
		theDesk.ExportThen(inc.ID, "", downloadJSON, within(mine(n.own, ctx), n.exported))
	}
}

func (n *SafetyNotice) exported(ctx app.Context, r desk.ExportResult) {
	if r.Err != nil {
		n.status = catalog.T(n.lang, "safety.export.failed", browser.Text(r.Err, string(n.lang)))
		return
	}
	n.status = leftOutText(n.lang, r.LogsLeftOut)
}

// changedNotice says that another tab changed an incident, and lets the user
// reload it or keep this tab's version. A component, so that its buttons read
// the current id when clicked.
type changedNotice struct {
	app.Compo
	ID   string
	Lang string

	rev int
}

func (c *changedNotice) OnMount(ctx app.Context) { observeDesk(ctx, &c.rev) }

func (c *changedNotice) Render() app.UI {
	l := catalog.Parse(c.Lang)
	title := catalog.T(l, "incident.untitled")
	if inc := theDesk.Get(c.ID); inc != nil {
		title = titleOf(l, inc)
	}
	msg := catalog.T(l, "safety.notice.changed", title)
	switch theDesk.Conflict(c.ID) {
	case "changed":
		msg = catalog.T(l, "safety.notice.conflict", title)
	case "deleted":
		msg = catalog.T(l, "safety.notice.deleted", title)
	}
	return notice("bd-warning", "notice-changed-"+c.ID, msg,
		el("button[type=button].bd-primary.notice-reload").Text(catalog.T(l, "safety.notice.reload")).On("click", c.reload),
		app.If(theDesk.Get(c.ID) != nil, func() app.UI {
			return el("button[type=button].notice-keep").Text(catalog.T(l, "safety.notice.keepMine")).On("click", c.keep)
		}),
	)
}

func (c *changedNotice) reload(ctx app.Context, e app.Event) { theDesk.Reload(c.ID) }
func (c *changedNotice) keep(ctx app.Context, e app.Event)   { theDesk.KeepMine(c.ID) }
