package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// incidentNow is "now" for every view of inc and for what the user records
// in it (countdowns, due and overdue marks, "as of", done-at times, the
// default time of a new event, the date of drafts): the real instant real
// (time.Now() when zero), or for a drill the drill's simulated time at it
// (drill.Now, as the board takes it). Views never read time.Now() for an
// incident by themselves; the real clock is left for what is about the
// device (saving, locking, backups).
func incidentNow(inc *incident.Incident, real time.Time) time.Time {
	if real.IsZero() {
		real = time.Now()
	}
	return drill.Now(inc, real)
}

// Intervals at which a page's "now" moves: every 30 seconds, or every second
// while it shows a drill whose clock runs (a simulated day can pass in a real
// minute, so a countdown must not lag by hours).
const (
	tickSlow = 30 * time.Second
	tickFast = time.Second
)

// tick keeps *now (real time) current, re-rendering the component every
// tickSlow so countdowns move while the page is open, or every tickFast while
// fast reports true (a running drill is shown; nil = never). It returns the
// function that stops it (call it from OnDismount). A plain goroutine is
// used, not ctx.After: go-app's test engine waits for every ctx.After to finish.
func tick(ctx app.Context, now *time.Time, fast func() bool) (stop func()) {
	*now = time.Now()
	t := time.NewTicker(tickFast)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t.C:
				ctx.Dispatch(func(ctx app.Context) {
					real := time.Now()
					if real.Sub(*now) < tickSlow && (fast == nil || !fast()) {
						ctx.PreventUpdate()
						return
					}
					*now = real
				})
			}
		}
	}()
	return func() { t.Stop(); close(done) }
}

// anyRunningDrill reports whether any stored drill's clock is running.
func anyRunningDrill() bool {
	for _, inc := range theDesk.List() {
		if inc.Drill && runningDrill(inc.ID) {
			return true
		}
	}
	return false
}

// runningDrill reports whether the incident with this id is a drill whose
// clock is running (not paused, not ended).
func runningDrill(id string) bool {
	r, err := drill.RunOf(theDesk.Get(id))
	return err == nil && !r.Ended() && r.State.Clock.Speed > 0
}

// deadlineText reads like "速報 to PPC: due in 2 days 4 h — 11/27 17:00 JST".
func deadlineText(l catalog.Lang, o desk.OpenObligation, loc *time.Location, now time.Time) app.UI {
	ob := o.Ob
	if ob.Due == nil {
		return elt("span", tx(l, ob.Title))
	}
	// A target window ("about 3–5 days") is counted down to its early end,
	// then, once inside it, to its late end.
	aim := desk.Aim(ob, now)
	left := aim.Sub(now)
	var rel string
	cls := "bd-due"
	if left < 0 {
		rel = catalog.T(l, "due.overdue", span(l, left))
		cls = "bd-overdue"
	} else {
		rel = catalog.T(l, "due.in", span(l, left))
		if left < 24*time.Hour {
			cls = "bd-due-soon"
		}
	}
	label := tx(l, ob.Title)
	if ob.Limit == "target" {
		rel += catalog.T(l, "due.target")
	}
	at := when(*ob.Due, loc, now)
	if ob.DueFrom != nil {
		at = catalog.T(l, "due.window", when(*ob.DueFrom, loc, now), at)
	}
	return el("span", "class", cls).Body(
		elt("strong", label+": "),
		elt("span.bd-countdown", rel),
		elt("span", " — "+at),
	)
}
