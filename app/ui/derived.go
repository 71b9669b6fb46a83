package ui

import (
	"sort"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Assess derives where an incident stands at now. It is computed on every
// render from the facts (a fraction of a millisecond), never stored, so what a
// page shows can never be stale. For a drill, now (real) is read on the
// drill's simulated clock (Desk.Now), so every page shows the drill's state.
func (d *Desk) Assess(inc *incident.Incident, now time.Time) assess.Assessment {
	rs, err := d.Rules()
	if err != nil {
		return assess.Assessment{}
	}
	return assess.Evaluate(inc, rs, d.Now(inc, now))
}

// tick keeps *now current, re-rendering the component every 30 seconds so
// countdowns move while the page is open. It returns the function that stops
// it (call it from OnDismount). A plain goroutine is used, not ctx.After:
// go-app's test engine waits for every ctx.After to finish.
func tick(ctx app.Context, now *time.Time) (stop func()) {
	*now = time.Now()
	t := time.NewTicker(30 * time.Second)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t.C:
				ctx.Dispatch(func(app.Context) { *now = time.Now() })
			}
		}
	}()
	return func() { t.Stop(); close(done) }
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
