package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// incidentPage is what every page of one incident shares: the language, the
// incident's id (from the URL's fragment), the desk's revision it observes,
// and, on pages that count down, a clock that moves. A page embeds it,
// mounts it (mountIncident), names itself (navIncident) and shows its board.
type incidentPage struct {
	lang catalog.Lang
	rev  int
	now  time.Time // the device's instant, moved by tick (zero: not ticking)
	stop func()
	id   string
}

// mountIncident observes the language and the desk; with clock, the page's
// now moves (every second while a drill's clock runs).
func (p *incidentPage) mountIncident(ctx app.Context, clock bool) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
	if clock {
		p.stop = tick(ctx, &p.now, func() bool { return runningDrill(p.id) })
	}
}

// OnDismount stops the clock.
func (p *incidentPage) OnDismount() {
	if p.stop != nil {
		p.stop()
		p.stop = nil
	}
}

// navIncident reads the incident's id from the URL and titles the page with
// the catalog's titleKey; it reports whether the id changed.
func (p *incidentPage) navIncident(ctx app.Context, titleKey string) bool {
	id := incidentID(ctx)
	changed := id != p.id
	p.id = id
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, titleKey), catalog.T(p.lang, "app.name"))
	return changed
}

// inc is the incident shown, or nil.
func (p *incidentPage) inc() *incident.Incident { return theDesk.Get(p.id) }

// real is the device's instant the page shows.
func (p *incidentPage) real() time.Time {
	if p.now.IsZero() {
		return time.Now()
	}
	return p.now
}

// board is everything derived from the incident at the page's instant (nil
// when it is not here).
func (p *incidentPage) board() *desk.Board { return theDesk.Board(p.id, p.real()) }

// change changes the incident with fn and records it: every page renders again.
func (p *incidentPage) change(fn func(inc *incident.Incident)) { theDesk.Edit(p.id, fn) }

// typeUnsubmitted records a keystroke into a form not yet submitted, which
// the page shows already: nothing renders, and the typed record keeps it at
// once (desk.TypeUnsubmitted).
func (p *incidentPage) typeUnsubmitted(ctx app.Context, fn func(inc *incident.Incident)) {
	ctx.PreventUpdate()
	theDesk.TypeUnsubmitted(p.id, fn)
}

// frame frames the page's content with the incident's name and tabs, or
// says that the incident is not here.
//
// A page where the user edits opens the incident's stored change log for
// its first screen (the dashboard leaves it for when the browser is idle).
func (p *incidentPage) frame(current string, content ...app.UI) app.UI {
	if current != PathDashboard {
		theDesk.OpenLog(p.id)
	}
	return incidentFrame(p.lang, current, p.inc(), content...)
}
