package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// drillBanner marks every page of a drill incident (on screen and on
// paper) and, while the drill runs, shows its clock and latest notice and
// fires its injects. Nothing for a real incident.
func drillBanner(l catalog.Lang, inc *incident.Incident) app.UI {
	if inc == nil || !inc.Drill {
		return nil
	}
	return &DrillBar{ID: inc.ID, Lang: string(l)}
}

// DrillBar is the drill banner. It runs the drill's clock while a page of
// the drill is open: every second it applies the injects that are due
// (idempotently: each leaves its marker event) and ends the drill at the end
// of its script. Its fields are exported so that go-app updates them.
type DrillBar struct {
	app.Compo
	ID   string
	Lang string

	now        time.Time
	stop       func()
	confirming bool
	err        string
}

func (c *DrillBar) OnMount(ctx app.Context) {
	c.now = time.Now()
	c.tick(ctx)
	t := time.NewTicker(time.Second)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t.C:
				ctx.Dispatch(c.tick)
			}
		}
	}()
	c.stop = func() { t.Stop(); close(done) }
}

func (c *DrillBar) OnDismount() {
	if c.stop != nil {
		c.stop()
		c.stop = nil
	}
}

// tick moves the clock and applies what fired.
func (c *DrillBar) tick(ctx app.Context) {
	c.now = time.Now()
	inc := theDesk.Get(c.ID)
	if inc == nil {
		return
	}
	next, _, err := drill.CatchUp(inc, c.now)
	if err != nil {
		if err != drill.ErrNoDrill {
			c.err = err.Error()
		}
		return
	}
	if next != nil {
		theDesk.Edit(c.ID, func(inc *incident.Incident) { *inc = *next })
	}
}

func (c *DrillBar) Render() app.UI {
	l := catalog.Parse(c.Lang)
	inc := theDesk.Get(c.ID)
	mark := app.P().Class("bd-drill-banner-mark").Body(
		app.Strong().Text(catalog.T(l, "drill.bannerMark")),
		app.Text(" "+catalog.T(l, "drill.bannerWarn")),
	)
	if inc == nil {
		return app.Section().Class("bd-drill-banner").ID("drill-banner").Body(mark)
	}
	r, err := drill.RunOf(inc)
	if err != nil {
		msg := catalog.T(l, "drill.bannerNoClock")
		if err != drill.ErrNoDrill {
			msg = catalog.T(l, "drill.stateFailed", err.Error())
		}
		return app.Section().Class("bd-drill-banner").ID("drill-banner").Aria("label", catalog.T(l, "drill.bannerMark")).Body(
			mark, app.P().Class("bd-drill-banner-line").Text(msg))
	}
	now := c.now
	if now.IsZero() {
		now = time.Now()
	}
	room := app.A().Href(incidentHref(PathDrills, inc.ID)).ID("drill-room-link")
	if r.Ended() {
		return app.Section().Class("bd-drill-banner").ID("drill-banner").Aria("label", catalog.T(l, "drill.bannerMark")).Body(
			mark,
			app.P().Class("bd-drill-banner-line").Body(
				app.Text(catalog.T(l, "drill.bannerEnded")+" "),
				room.Class("no-print").Text(catalog.T(l, "drill.toScore")),
			),
		)
	}
	loc := inc.Location()
	sim := r.Sim(now)
	news := r.News(inc)
	var latest app.UI
	if len(news) > 0 {
		in := news[0]
		latest = app.P().Class("bd-drill-latest").ID("drill-latest").DataSet("inject", in.ID).Body(
			app.Strong().Text(catalog.T(l, "drill.latest", in.At.Day())+" "+tx(l, in.Title)+": "),
			app.Text(tx(l, in.Text)),
		)
	} else {
		latest = app.P().Class("bd-drill-latest").ID("drill-latest").Text(catalog.T(l, "drill.noNotices"))
	}
	nextLine := catalog.T(l, "drill.nextEnd", when(r.Script.End(), loc, sim))
	if in, ok := drill.Next(r.Script, sim); ok {
		nextLine = catalog.T(l, "drill.nextAt", in.At.Day(), when(r.Script.At(in.At), loc, sim))
	}
	speeds := make([]app.UI, 0, len(drill.Speeds))
	cur := drill.SpeedID(r.State.Clock.Speed)
	for _, s := range drill.Speeds {
		speeds = append(speeds, app.Option().Value(s.ID).Text(catalog.T(l, "drill.speed."+s.ID)).Selected(s.ID == cur))
	}
	controls := app.Div().Class("bd-drill-controls no-print").Body(
		app.Button().Type("button").Class("bd-primary").ID("drill-advance").Text(catalog.T(l, "drill.advance")).OnClick(c.advance),
		app.Label().For("drill-speed").Class("bd-drill-speed-label").Text(catalog.T(l, "drill.speedLabel")),
		app.Select().ID("drill-speed").Body(speeds...).OnChange(c.onSpeed),
		room.Text(catalog.T(l, "drill.toRoom")),
		app.Button().Type("button").ID("drill-end").Text(catalog.T(l, "drill.end")).OnClick(c.askEnd),
	)
	if c.confirming {
		controls = app.Div().Class("bd-drill-controls no-print").Role("alert").Body(
			app.Span().Text(catalog.T(l, "drill.endConfirm")),
			app.Button().Type("button").Class("bd-primary").ID("drill-end-yes").Text(catalog.T(l, "drill.endYes")).OnClick(c.end),
			app.Button().Type("button").Text(catalog.T(l, "action.cancel")).OnClick(c.cancelEnd),
		)
	}
	return app.Section().Class("bd-drill-banner").ID("drill-banner").Aria("label", catalog.T(l, "drill.bannerMark")).Body(
		mark,
		app.P().Class("bd-drill-banner-line").Body(
			app.Span().Text(catalog.T(l, "drill.clock")+" "),
			app.Strong().ID("drill-clock").Text(when(sim, loc, sim)),
			app.Text(" · "),
			app.Strong().ID("drill-day").Text(catalog.T(l, "drill.day", r.Day(sim))),
			app.Text(" · "+catalog.T(l, "drill.speed."+cur)+" · "+nextLine),
		),
		app.Div().Aria("live", "polite").Body(latest),
		app.If(c.err != "", func() app.UI { return app.P().Class("bd-problem").Role("alert").Text(c.err) }),
		controls,
	)
}

func (c *DrillBar) advance(ctx app.Context, e app.Event) {
	inc := theDesk.Get(c.ID)
	if inc == nil {
		return
	}
	now := time.Now()
	next, _, err := drill.Advance(inc, now)
	if err != nil {
		c.err = err.Error()
		return
	}
	if next != nil {
		c.now = now
		theDesk.Edit(c.ID, func(inc *incident.Incident) { *inc = *next })
	}
}

func (c *DrillBar) onSpeed(ctx app.Context, e app.Event) {
	inc := theDesk.Get(c.ID)
	if inc == nil {
		return
	}
	if _, err := drill.RunOf(inc); err != nil {
		c.err = err.Error()
		return
	}
	now, speed := time.Now(), value(ctx)
	theDesk.Edit(c.ID, func(inc *incident.Incident) { _ = drill.Retime(inc, now, speed) })
}

func (c *DrillBar) askEnd(ctx app.Context, e app.Event)    { c.confirming = true }
func (c *DrillBar) cancelEnd(ctx app.Context, e app.Event) { c.confirming = false }

// end ends the drill at its current simulated time and opens the score.
func (c *DrillBar) end(ctx app.Context, e app.Event) {
	c.confirming = false
	inc := theDesk.Get(c.ID)
	if inc == nil {
		return
	}
	if _, err := drill.RunOf(inc); err != nil {
		c.err = err.Error()
		return
	}
	now := time.Now()
	theDesk.Edit(c.ID, func(inc *incident.Incident) { _ = drill.End(inc, now) })
	ctx.Navigate(incidentHref(PathDrills, inc.ID))
}
