package ui

import (
	"sort"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Assess derives where an incident stands at the instant at, which is the
// incident's own time: take it from incidentNow (for a drill, its simulated
// clock). It is computed on every render from the facts (a fraction of a
// millisecond), never stored, so what a page shows can never be stale.
func (d *Desk) Assess(inc *incident.Incident, at time.Time) assess.Assessment {
	rs, err := d.Rules()
	if err != nil {
		return assess.Assessment{}
	}
	return assess.Evaluate(inc, rs, at)
}

// incidentNow is "now" for every view of inc and for what the user records
// in it (countdowns, due and overdue marks, "as of", done-at times, the
// default time of a new event, the date of drafts): the real instant real
// (time.Now() when zero), or for a drill the drill's simulated time at it.
// Views never read time.Now() for an incident by themselves; the real clock
// is left for what is about the device (saving, locking, backups).
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
	for id, inc := range desk.incidents {
		if inc.Drill && runningDrill(id) {
			return true
		}
	}
	return false
}

// runningDrill reports whether the incident with this id is a drill whose
// clock is running (not paused, not ended).
func runningDrill(id string) bool {
	r, err := drill.RunOf(desk.Get(id))
	return err == nil && !r.Ended() && r.State.Clock.Speed > 0
}

// openObligation is an obligation of one jurisdiction that still needs doing.
type openObligation struct {
	Jur assess.Jurisdiction
	Ob  assess.Obligation
}

// openObligations lists the obligations not yet done, overdue first, then by due instant.
func openObligations(a assess.Assessment) []openObligation {
	var out []openObligation
	for _, j := range a.Jurisdictions {
		for _, ob := range j.Obligations {
			switch ob.State {
			case assess.StateOverdue, assess.StateDue, assess.StateOpen, assess.StateWaiting, assess.StateUndetermined:
				if ob.Applies != assess.No {
					out = append(out, openObligation{Jur: j, Ob: ob})
				}
			}
		}
	}
	rank := func(s assess.State) int {
		switch s {
		case assess.StateOverdue:
			return 0
		case assess.StateDue:
			return 1
		case assess.StateOpen:
			return 2
		case assess.StateUndetermined:
			return 3
		}
		return 4
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Ob, out[j].Ob
		if rank(a.State) != rank(b.State) {
			return rank(a.State) < rank(b.State)
		}
		if a.Due != nil && b.Due != nil {
			return a.Due.Before(*b.Due)
		}
		return a.Due != nil
	})
	return out
}

// nearest returns the open obligation with the nearest deadline (overdue first).
func nearest(a assess.Assessment) (openObligation, bool) {
	for _, o := range openObligations(a) {
		if o.Ob.Due != nil {
			return o, true
		}
	}
	return openObligation{}, false
}

// deadlineText reads like "速報 to PPC: due in 2 days 4 h — 11/27 17:00 JST".
func deadlineText(l catalog.Lang, o openObligation, loc *time.Location, now time.Time) app.UI {
	ob := o.Ob
	if ob.Due == nil {
		return app.Span().Text(tx(l, ob.Title))
	}
	left := ob.Due.Sub(now)
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
	return app.Span().Class(cls).Body(
		app.Strong().Text(label+": "),
		app.Span().Class("bd-countdown").Text(rel),
		app.Span().Text(" — "+when(*ob.Due, loc, now)),
	)
}
