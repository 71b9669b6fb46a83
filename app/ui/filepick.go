package ui

import (
	"breachdesk/app/browser"
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// filePick is the import of a file, as the Share page imports a change
// packet and Data & security an export: the file input, the passphrase a
// sealed file asks for, the line while it runs, and why it was refused.
// Each page keeps one in its state and says what differs (pickSpec): the
// ids, the words, how large a file it reads, how it knows a sealed one, and
// what it does with the file; it calls ended when its import ends.
type filePick struct {
	importing bool
	pending   []byte // a sealed file waiting for its passphrase
	fileName  string
	readErr   string
	// ctx is the owning component's (its OnMount sets it): the import's
	// result is dispatched through it. An event handler's context is its
	// element's, and a render that replaces the element while the import
	// runs (the first incidents added put the list before the form) drops
	// what is dispatched through it.
	ctx app.Context
	// gc releases the collector held while the file is read and imported
	// (holdGC), once its result is painted.
	gc func()
}

// hold holds the collector for the import under way (one at a time).
func (f *filePick) hold() {
	f.release()
	f.gc = holdGC()
}

// release lets the collector run again just after the next paint.
func (f *filePick) release() {
	releaseAfterPaint(f.gc)
	f.gc = nil
}

// on is the owning component's context, or ctx before it is mounted.
func (f *filePick) on(ctx app.Context) app.Context { return mine(f.ctx, ctx) }

// pickSpec is what a page's file pick reads and says.
type pickSpec struct {
	lang catalog.Lang
	// id prefixes the ids of the elements: <id>-file, <id>-pass-form,
	// <id>-pass, <id>-open, <id>-cancel, <id>-busy.
	id string
	// The catalog keys of the file's label and hint ("" for none), the
	// passphrase's label, the button that opens a sealed file and the line
	// while the import runs.
	label, hint, pass, open, busy string
	limit                         int64             // the largest file read
	sealed                        func([]byte) bool // the file must be opened with a passphrase
	start                         func(ctx app.Context, data []byte, pass string)
	reset                         func() // forgets the page's last result
}

// render returns the file input, the passphrase form of a sealed file and
// the line while the import runs, in that order.
func (f *filePick) render(s pickSpec) []app.UI {
	l := s.lang
	hint := ""
	if s.hint != "" {
		hint = catalog.T(l, s.hint)
	}
	return []app.UI{
		field(s.id+"-file", catalog.T(l, s.label), hint, "",
			void("input[type=file][accept=.json,application/json]", "id", s.id+"-file").
				Attr("disabled", f.importing).On("change", f.onFile(s))),
		app.If(f.pending != nil, func() app.UI {
			return el("div[role=group]", "id", s.id+"-pass-form").Body(
				elt("p[role=status]", catalog.T(l, "safety.import.sealed", f.fileName)),
				field(s.id+"-pass", catalog.T(l, s.pass), "", "",
					void("input[type=password][autocomplete=off]", "id", s.id+"-pass").Attr("disabled", f.importing).On("keydown", f.onPassKey(s))),
				el("button[type=button].bd-primary", "id", s.id+"-open").Attr("disabled", f.importing).
					Text(catalog.T(l, s.open)).On("click", f.onOpen(s)),
				el("button[type=button]", "id", s.id+"-cancel").Text(catalog.T(l, "action.cancel")).On("click", f.onCancel(s)),
			)
		}),
		app.If(f.importing, func() app.UI {
			return elt("p[role=status]", catalog.T(l, s.busy), "id", s.id+"-busy")
		}),
	}
}

// onFile reads the file picked: a sealed one waits for its passphrase,
// another is imported at once.
func (f *filePick) onFile(s pickSpec) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		app.Window().Set(browser.FileHandoff, e.Value)
		file, err := browser.TakeFile()
		f.readErr, f.pending = "", nil
		s.reset()
		if err != nil {
			return // nothing picked (the dialog was cancelled)
		}
		stopWarm()
		f.fileName = file.Name
		f.importing = true
		f.hold()
		ctx = f.on(ctx)
		ctx.Async(func() {
			data, err := browser.ReadFile(file, s.limit)
			ctx.Dispatch(func(ctx app.Context) {
				browser.SetValue(s.id+"-file", "") // the same file can be picked again
				if err != nil {
					f.importing = false
					f.release()
					f.readErr = browser.Text(err, string(s.lang))
					return
				}
				if s.sealed(data) {
					f.importing = false
					f.release()
					f.pending = data
					focusID(s.id + "-pass")
					return
				}
				s.start(ctx, data, "")
			})
		})
	}
}

// onOpen imports the sealed file with the passphrase typed.
func (f *filePick) onOpen(s pickSpec) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		if f.pending == nil || f.importing {
			return
		}
		pass := inputValue(s.id+"-pass", true)
		if pass == "" {
			f.readErr = catalog.T(s.lang, "safety.pass.empty")
			return
		}
		f.importing, f.readErr = true, ""
		f.hold()
		s.start(f.on(ctx), f.pending, pass)
	}
}

func (f *filePick) onPassKey(s pickSpec) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if e.Get("key").String() == "Enter" {
			f.onOpen(s)(ctx, e)
		}
	}
}

func (f *filePick) onCancel(s pickSpec) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		f.pending, f.readErr = nil, ""
		s.reset()
	}
}

// ended records the end of an import: refused with the message problem
// (then the passphrase is asked again for a sealed file), or done ("").
// It reports whether it was done.
func (f *filePick) ended(s pickSpec, problem string) bool {
	f.importing = false
	f.release()
	if problem != "" {
		f.readErr = problem
		if f.pending != nil {
			focusID(s.id + "-pass")
		}
		return false
	}
	f.pending = nil
	return true
}
