package ui

import (
	"strings"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UpdateBanner offers a reload when a new version of the app has been
// installed by the service worker. go-app's own update detection is racy, so
// it also asks the worker to check for an update on start and whenever the
// window regains focus.
type UpdateBanner struct {
	app.Compo
	lang      catalog.Lang
	available bool
	release   func()
}

func (c *UpdateBanner) OnMount(ctx app.Context) {
	observeLang(ctx, &c.lang)
	app.TryUpdate()
	release, err := browser.OnWindowEvent("focus", app.TryUpdate)
	if err != nil {
		app.Log("update checks on focus are off:", err)
	}
	c.release = release
}

func (c *UpdateBanner) OnDismount() {
	if c.release != nil {
		c.release()
	}
}

// OnAppUpdate is called by go-app when a new worker has activated. On the
// very first install go-app reports an update too (the new worker claims the
// page); the cache names tell the two apart: after a real update the active
// cache belongs to another version than the running one.
func (c *UpdateBanner) OnAppUpdate(ctx app.Context) {
	running := "app-" + app.Getenv("GOAPP_VERSION")
	ctx.Async(func() {
		names, err := browser.CacheNames()
		if err != nil {
			return
		}
		newer := false
		for _, n := range names {
			if strings.HasPrefix(n, "app-") && n != running {
				newer = true
			}
		}
		if newer {
			ctx.Dispatch(func(ctx app.Context) { c.available = true })
		}
	})
}

func (c *UpdateBanner) Render() app.UI {
	if !c.available {
		return el("div.bd-update-none")
	}
	return el("div.bd-update.no-print#update-banner[aria-live=polite]").Body(
		elt("span", catalog.T(c.lang, "update.available")),
		el("button[type=button]#update-reload").Text(catalog.T(c.lang, "update.reload")).
			On("click", func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}
