package ui

import (
	"runtime"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file connects the desk (app/desk, which knows neither go-app nor the
// browser) to go-app: its loop runs on go-app's UI goroutine, its changes
// re-render every page that observes stateDesk, and the browser's page-hide
// and activity events reach it. bind_store.go adapts app/browser to the
// desk's Store, Keys and Tabs.

// stateDesk is the go-app state that pages observe: its value is a revision
// number, bumped whenever the desk tells of a change.
const stateDesk = "desk.rev"

// actionBind is the global action through which the desk gets a context whose
// source is the document's body: it never dismounts, so the desk's timers and
// storage results are never dropped when the user leaves the page that made
// the edit (a page's own ctx.Dispatch is ignored once the page is gone).
const actionBind = "desk.bind"

// theDesk is the one desk of the app.
var theDesk *desk.Desk

func init() {
	var d *desk.Desk
	d = desk.New(desk.Config{
		Open:     openStore,
		Keys:     webKeys{},
		Tabs:     openTabs(),
		Loop:     &loop,
		OnChange: func() { changedIfShown(d) },
		Files:    openFiles,
	})
	theDesk = d
}

// changedIfShown re-renders the pages for a change of d when d is the desk
// they show (theDesk). Only component tests put another desk in its place
// (testDesk); the one replaced keeps its timers and its tab channel, and must
// not render the page of a test it has nothing to do with.
func changedIfShown(d *desk.Desk) {
	if d == theDesk {
		deskChanged()
	}
}

// loop is the desk's Loop on go-app: the body's context once bound, else the
// context of the last page that mounted. Work asked for before any page
// mounted (a component test putting an incident on the desk) waits for the
// first one.
var loop goLoop

type goLoop struct {
	ctx     app.Context
	has     bool // ctx is set
	bound   bool
	started bool // the desk is loading or loaded
	hooked  bool // the test hooks are installed (or not asked for)
	rev     int
	waiting []func(app.Context)
	// busyUntil: work a page started after its paint (the dashboard's
	// drafts, a step at a time) runs until then; WhenIdle waits for it too.
	busyUntil time.Time
}

func init() {
	app.Handle(actionBind, func(ctx app.Context, a app.Action) {
		ctx.Dispatch(func(ctx app.Context) { loop.use(ctx, true) })
	})
}

// use takes ctx as the context to run on (bound: the body's, for good), and
// runs what waited for one.
func (l *goLoop) use(ctx app.Context, bound bool) {
	if l.bound {
		return
	}
	l.ctx, l.has, l.bound = ctx, true, bound
	w := l.waiting
	l.waiting = nil
	for _, fn := range w {
		fn(ctx)
	}
}

// on runs fn with the context, or once there is one.
func (l *goLoop) on(fn func(app.Context)) {
	if l.has {
		fn(l.ctx)
		return
	}
	l.waiting = append(l.waiting, fn)
}

func (l *goLoop) Now() time.Time { return time.Now() }

func (l *goLoop) Async(fn func()) { l.on(func(ctx app.Context) { ctx.Async(fn) }) }

// Dispatch runs fn on go-app's UI goroutine. go-app's Dispatch also renders
// the component of the context it is given (and those around it): the desk's
// work renders nothing by itself, as its pages render when it says it changed
// (OnChange). Before the loop is bound to the body, its context is a page's,
// and the desk's timers and jobs rendered that page (a save that went well,
// every 5-second tick).
func (l *goLoop) Dispatch(fn func()) {
	l.on(func(ctx app.Context) {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			fn()
		})
	})
}

func (l *goLoop) After(d time.Duration, fn func()) {
	l.on(func(ctx app.Context) {
		ctx.After(d, func(ctx app.Context) {
			ctx.PreventUpdate()
			fn()
		})
	})
}

// Soon runs fn on the desk's goroutine from a timer of 0 ms, in a task of
// its own (desk.Sooner: a save records its edits after a key pressed
// meanwhile).
func (l *goLoop) Soon(fn func()) {
	if err := browser.Soon(func() { l.Dispatch(fn) }); err != nil {
		l.Dispatch(fn)
	}
}

// AfterPaint runs fn on the desk's goroutine just after the browser's next
// paint that shows what go-app renders of the changes made so far
// (desk.Painter: the desk's save waits for a keystroke to be painted, a
// merged log's write for the merge's result). Not at a background priority
// (scheduler.postTask, tried as e1874b3): a background task may wait for as
// long as other tasks keep coming, and a save is what keeps typed text over
// a reload or a crash. With it, a clean-clone CI run at load ~12 lost text
// typed and reloaded at once (TestUnsubmittedWizardFields), which passed
// alone; that the late save caused it is likely, not shown.
func (l *goLoop) AfterPaint(fn func()) {
	l.afterRender(func() {
		if err := browser.AfterPaint(func() { l.Dispatch(fn) }); err != nil {
			l.Dispatch(fn)
		}
	})
}

// afterRender runs fn on go-app's UI goroutine once the dispatches queued
// now have run and go-app has rendered after them. go-app renders from a
// frame timer of its own (up to 8 ms after a dispatch), and when a long
// dispatch (a merge) lets that timer expire, the frame may come before the
// dispatches it queued (the import's result): a requestAnimationFrame asked
// for at once then fired before that render, and what was to wait for the
// paint (a merged log's write, ~90 ms in Chromium; the collector held during
// the import) ran first and delayed the paint of the result. Context.Defer
// runs after the next render; the dispatch puts it after those queued.
func (l *goLoop) afterRender(fn func()) {
	l.on(func(ctx app.Context) {
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate() // this dispatch changes nothing to render
			ctx.Defer(func(app.Context) { fn() })
		})
	})
}

// WhenIdle runs fn on the desk's goroutine once the browser is idle and no
// work a page started is under way (desk.Idler: the stored change logs are
// opened then, after the first screen and the drafts it derives: the browser
// is idle between two of their steps too), or 2 s from now where the
// browser cannot tell.
func (l *goLoop) WhenIdle(fn func()) {
	var try func()
	try = func() {
		if time.Now().Before(l.busyUntil) && browser.WhenIdle(func() { l.Dispatch(try) }) == nil {
			return
		}
		fn()
	}
	if err := browser.WhenIdle(func() { l.Dispatch(try) }); err != nil {
		l.After(2*time.Second, fn)
	}
}

// busyFor tells that work started after a paint goes on for d at most
// (0: it is done): what waits for the browser to be idle waits for it.
func (l *goLoop) busyFor(d time.Duration) { l.busyUntil = time.Now().Add(d) }

// Every ticks from a goroutine, never a loop of ctx.After: go-app's test
// engine would wait for it forever.
func (l *goLoop) Every(d time.Duration, fn func()) {
	go func() {
		t := time.NewTicker(d)
		defer t.Stop()
		for range t.C {
			l.Dispatch(fn)
		}
	}()
}

// deskChanged re-renders the pages that observe the desk. Once the desk has
// read the store, the test hooks are installed (when asked for): an import
// through them needs the store.
func deskChanged() {
	loop.rev++
	if loop.has {
		loop.ctx.SetState(stateDesk, loop.rev)
	}
	if !loop.hooked && loop.started && theDesk.Loaded() {
		loop.hooked = true
		installTestHooks()
	}
}

// observeDesk re-renders the component whenever the desk changes, and starts
// loading the stored incidents on first use.
func observeDesk(ctx app.Context, rev *int) {
	ctx.ObserveState(stateDesk, rev)
	bindDesk(ctx)
}

// bindDesk gives the desk a context to run on and loads it, once, in the
// browser: then the page-hide writes and the user's activity reach it.
func bindDesk(ctx app.Context) {
	loop.use(ctx, false)
	if theDesk.Loaded() || !app.IsClient || loop.started {
		return
	}
	loop.started = true
	ctx.NewAction(actionBind)
	theDesk.Load()
	// After the first paint, not before it: a wasm program keeps the page's
	// only thread until its goroutines block, so a warm-up started here ran
	// (decoding the law, readying the incident's codecs: hundreds of functions
	// V8 compiles on first call) before the browser could paint the page just
	// rendered. IndexedDB still reads meanwhile.
	if browser.AfterPaint(func() { go warmUp() }) != nil {
		go warmUp()
	}
	loadDevice(ctx)
	// The page is going away: the last keystroke's input event may have
	// been handed to go-app's loop and not yet run (its goroutine is ready,
	// ours runs first). Yielding lets it record the edit first.
	if _, err := browser.OnPageHide(func(leaving bool) {
		runtime.Gosched()
		theDesk.PageHide(leaving)
	}); err != nil {
		app.Log("page-hide writes are off:", err)
	}
	// A merge is shown before its log is stored (desk.MergePending): leaving
	// in that moment would lose it, so the browser asks first.
	if _, err := browser.OnBeforeUnload(theDesk.LeaveWouldLose); err != nil {
		app.Log("the question before leaving is off:", err)
	}
	for _, ev := range []string{"keydown", "pointerdown", "wheel"} {
		_, _ = browser.OnWindowEvent(ev, func() { theDesk.Active(time.Now()) })
	}
}

// within returns a callback for the desk that runs fn on the component of
// ctx, which then renders again (dropped if it has gone meanwhile).
func within[T any](ctx app.Context, fn func(ctx app.Context, v T)) func(T) {
	return func(v T) { ctx.Dispatch(func(ctx app.Context) { fn(ctx, v) }) }
}

// mine is the context to report through what an event handler starts and
// the desk ends later: own, the component's context (its OnMount keeps it),
// or ctx, the event's, before the component is mounted. An event handler's
// context is its element's, and go-app drops what is dispatched through an
// element that a render replaced meanwhile: a lock puts the unlock panel in
// every page's place (the page component stays, its form does not), and a
// protection set or removed, a conflict settled or an export that ends a
// reminder each replace the element that started it. The component outlives
// those renders; once it is unmounted, what it would show is moot.
func mine(own, ctx app.Context) app.Context {
	if own.Src() != nil {
		return own
	}
	return ctx
}

// downloadJSON offers an export file as a download.
func downloadJSON(name string, data []byte) error {
	return browser.Download(name, "application/json", data)
}

// warmUp readies, while IndexedDB reads the store (the page waits for it
// with nothing to do), what every incident's first screen needs next: the
// law (decoding the embedded checklists) and the incident's codecs (goccy
// compiles a decoder per type on first use; encoding/json caches an encoder
// per type). Both are made once for the program.
func warmUp() {
	_, _ = rules.Default()
	if b, err := incident.Encode(incident.New("warm-up", time.Now())); err == nil {
		_, _ = incident.Decode(b)
	}
}
