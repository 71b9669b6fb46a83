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
	mark := elb("p", a("class", "bd-drill-banner-mark"),
		elt("strong", catalog.T(l, "drill.bannerMark")),
		app.Text(" "+catalog.T(l, "drill.bannerWarn")),
	)
	banner := func(body ...app.UI) app.UI {
		return elb("section", a("class", "bd-drill-banner", "id", "drill-banner", "aria-label", catalog.T(l, "drill.bannerMark")), body...)
	}
	if inc == nil {
		return elb("section", a("class", "bd-drill-banner", "id", "drill-banner"), mark)
	}
	r, err := drill.RunOf(inc)
	if err != nil {
		msg := catalog.T(l, "drill.bannerNoClock")
		if err != drill.ErrNoDrill {
			msg = catalog.T(l, "drill.stateFailed", err.Error())
		}
		return banner(mark, elt("p.bd-drill-banner-line", msg))
	}
	now := c.now
	if now.IsZero() {
		now = time.Now()
	}
	room := func(key string, class ...string) app.UI {
		return elt("a", catalog.T(l, key), append([]string{"href", incidentHref(PathDrills, inc.ID), "id", "drill-room-link"}, class...)...)
	}
	if r.Ended() {
		return banner(mark,
			elb("p", a("class", "bd-drill-banner-line"),
				app.Text(catalog.T(l, "drill.bannerEnded")+" "),
				room("drill.toScore", "class", "no-print"),
			),
		)
	}
	loc := inc.Location()
	sim := r.Sim(now)
	news := r.News(inc)
	latest := elt("p.bd-drill-latest#drill-latest", catalog.T(l, "drill.noNotices"))
	if len(news) > 0 {
		in := news[0]
		latest = elb("p", a("class", "bd-drill-latest", "id", "drill-latest", "data-inject", in.ID),
			elt("strong", catalog.T(l, "drill.latest", in.At.Day())+" "+tx(l, in.Title)+": "),
			app.Text(tx(l, in.Text)),
		)
	}
	nextLine := catalog.T(l, "drill.nextEnd", when(r.Script.End(), loc, sim))
	if in, ok := drill.Next(r.Script, sim); ok {
		nextLine = catalog.T(l, "drill.nextAt", in.At.Day(), when(r.Script.At(in.At), loc, sim))
	}
	speeds := make([]app.UI, 0, len(drill.Speeds))
	cur := drill.SpeedID(r.State.Clock.Speed)
	for _, s := range drill.Speeds {
		speeds = append(speeds, option(s.ID, catalog.T(l, "drill.speed."+s.ID), s.ID == cur))
	}
	controls := elb("div", a("class", "bd-drill-controls no-print"),
		button(catalog.T(l, "drill.advance"), c.advance, "class", "bd-primary", "id", "drill-advance"),
		elt("label[for=drill-speed].bd-drill-speed-label", catalog.T(l, "drill.speedLabel")),
		el("select#drill-speed").Body(speeds...).On("change", c.onSpeed),
		room("drill.toRoom"),
		button(catalog.T(l, "drill.end"), c.askEnd, "id", "drill-end"),
	)
	if c.confirming {
		controls = elb("div", a("class", "bd-drill-controls no-print", "role", "alert"),
			elt("span", catalog.T(l, "drill.endConfirm")),
			button(catalog.T(l, "drill.endYes"), c.end, "class", "bd-primary", "id", "drill-end-yes"),
			button(catalog.T(l, "action.cancel"), c.cancelEnd),
		)
	}
	var problem app.UI
	if c.err != "" {
		problem = elt("p.bd-problem[role=alert]", c.err)
	}
	return banner(
		mark,
		elb("p", a("class", "bd-drill-banner-line"),
			elt("span", catalog.T(l, "drill.clock")+" "),
			elt("strong#drill-clock", when(sim, loc, sim)),
			app.Text(" · "),
			elt("strong#drill-day", catalog.T(l, "drill.day", r.Day(sim))),
			app.Text(" · "+catalog.T(l, "drill.speed."+cur)+" · "+nextLine),
		),
		elb("div", a("aria-live", "polite"), latest),
		problem,
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
