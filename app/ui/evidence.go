package ui

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// evidenceFiles is the browser's database of attached files, opened on
// first use (off the UI goroutine: it blocks).
var evidenceFiles = sync.OnceValues(func() (*browser.Files, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return browser.OpenFiles(ctx)
})

// openFiles is the store of attached files for the desk, which re-seals
// them when protection changes.
func openFiles() (desk.FileStore, error) {
	f, err := evidenceFiles()
	if err != nil {
		return nil, err
	}
	return f, nil
}

// evidenceBox lists the files attached to a step (Step) or an event
// (Event), each with its size and SHA-256, to save back or remove, and
// attaches a new one: its bytes stay in this browser (sealed when the desk
// is protected), its name, size and hash go in the facts.
type evidenceBox struct {
	app.Compo
	IncID string
	Lang  string
	Step  string
	Event string
	Items []incident.Evidence

	busy  bool
	msg   string
	issue string
}

func (c *evidenceBox) lang() catalog.Lang { return catalog.Parse(c.Lang) }

func (c *evidenceBox) scope() string {
	if c.Step != "" {
		return "st-" + ledgerDOMID(c.Step)
	}
	return "ev-" + ledgerDOMID(c.Event)
}

func (c *evidenceBox) Render() app.UI {
	l := c.lang()
	items := make([]app.UI, 0, len(c.Items))
	for _, e := range c.Items {
		id := e.ID
		items = append(items, el("li.bd-evidence-item", "data-evidence", e.ID, "data-sha256", e.SHA256).Body(
			elt("strong.ev-name", e.Name),
			app.Text(" "+catalog.T(l, "evidence.size", group(e.Size))+" "),
			elt("code.ev-sha256", "SHA-256 "+e.SHA256),
			app.Text(" "),
			el("button[type=button].bd-secondary.no-print", "id", "evd-"+ledgerDOMID(id)+"-save", "data-id", id).
				Text(catalog.T(l, "evidence.download")).On("click", c.onSave),
			el("button[type=button].bd-danger.no-print", "id", "evd-"+ledgerDOMID(id)+"-remove", "data-id", id).
				Text(catalog.T(l, "evidence.remove")).On("click", c.onRemove),
		))
	}
	input := c.scope() + "-file"
	return el("div.bd-evidence", "data-evidence-for", c.scope()).Body(
		app.If(len(items) > 0, func() app.UI { return el("ul.bd-evidence-list").Body(items...) }),
		el("div.bd-field.no-print").Body(
			elt("label", catalog.T(l, "evidence.attach"), "for", input),
			void("input[type=file]", "id", input).Attr("disabled", c.busy).On("change", c.onAttach),
			elt("p.bd-hint", catalog.T(l, "evidence.hint")),
		),
		app.If(c.msg != "", func() app.UI { return elt("p.bd-ok[role=status]", c.msg) }),
		app.If(c.issue != "", func() app.UI { return elt("p.bd-problem[role=alert]", c.issue) }),
	)
}

// group writes a byte count with thousands separators.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

func (c *evidenceBox) onAttach(ctx app.Context, e app.Event) {
	l := c.lang()
	app.Window().Set(browser.FileHandoff, e.Value)
	f, err := browser.TakeFile()
	if err != nil {
		return // nothing picked
	}
	c.msg, c.issue = "", ""
	if f.Size > browser.MaxEvidenceBytes {
		c.issue = catalog.T(l, "evidence.tooLarge", group(browser.MaxEvidenceBytes))
		return
	}
	key, err := theDesk.FileCipher()
	if err != nil {
		c.issue = catalog.T(l, "evidence.locked")
		return
	}
	incID, step, event, who, id := c.IncID, c.Step, c.Event, whoOf(ctx), theDesk.NewID()
	at := nowOf(incID)
	input := c.scope() + "-file"
	c.busy = true
	ctx.Async(func() {
		ev := incident.Evidence{ID: id, Name: f.Name, Type: f.Type, Step: step, Event: event, AddedBy: who, AddedAt: at}
		data, err := browser.ReadFile(f, browser.MaxEvidenceBytes)
		if err == nil {
			ev.Size = int64(len(data))
			ev.SHA256, err = browser.SHA256(data)
		}
		var stored []byte
		if err == nil {
			stored, err = desk.SealFile(key, data)
		}
		var files *browser.Files
		if err == nil {
			files, err = evidenceFiles()
		}
		if err == nil {
			err = files.Put(desk.EvidenceKey(incID, id), stored)
		}
		ctx.Dispatch(func(ctx app.Context) {
			c.busy = false
			browser.SetValue(input, "")
			if err != nil {
				c.issue = catalog.T(l, "evidence.failed", browser.Text(err, string(l)))
				return
			}
			theDesk.Edit(incID, func(inc *incident.Incident) { desk.AddEvidence(inc, ev) })
			c.msg = catalog.T(l, "evidence.added", ev.Name, ev.SHA256)
		})
	})
}

func (c *evidenceBox) item(id string) (incident.Evidence, bool) {
	if inc := theDesk.Get(c.IncID); inc != nil {
		for _, e := range inc.Evidence {
			if e.ID == id {
				return e, true
			}
		}
	}
	return incident.Evidence{}, false
}

// onSave offers the stored file back as a download, opened with the desk's
// key when it was sealed.
func (c *evidenceBox) onSave(ctx app.Context, e app.Event) {
	l := c.lang()
	ev, ok := c.item(ctx.JSSrc().Get("dataset").Get("id").String())
	if !ok {
		return
	}
	key, err := theDesk.FileCipher()
	if err != nil {
		c.msg, c.issue = "", catalog.T(l, "evidence.locked")
		return
	}
	k := desk.EvidenceKey(c.IncID, ev.ID)
	ctx.Async(func() {
		files, err := evidenceFiles()
		var stored, data []byte
		if err == nil {
			stored, err = files.Get(k)
		}
		if err == nil {
			data, err = desk.OpenFile(key, stored)
		}
		if err == nil {
			mime := ev.Type
			if mime == "" {
				mime = "application/octet-stream"
			}
			err = browser.Download(ev.Name, mime, data)
		}
		ctx.Dispatch(func(ctx app.Context) {
			c.msg, c.issue = "", ""
			switch {
			case errors.Is(err, browser.ErrNotFound):
				c.issue = catalog.T(l, "evidence.missing")
			case err != nil:
				c.issue = catalog.T(l, "evidence.failed", browser.Text(err, string(l)))
			}
		})
	})
}

// onRemove removes the file's record from the facts and its bytes from
// this browser.
func (c *evidenceBox) onRemove(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("id").String()
	if _, ok := c.item(id); !ok {
		return
	}
	k := desk.EvidenceKey(c.IncID, id)
	theDesk.Edit(c.IncID, func(inc *incident.Incident) { desk.RemoveEvidence(inc, id) })
	c.msg, c.issue = "", ""
	ctx.Async(func() {
		if files, err := evidenceFiles(); err == nil {
			_ = files.Delete(k) // a file left behind is only space: the record is gone
		}
	})
}

// stepEvidence is the files attached to a playbook step.
func stepEvidence(incID, lang, step string) app.UI {
	var items []incident.Evidence
	if inc := theDesk.Get(incID); inc != nil {
		items = inc.EvidenceFor(step, "")
	}
	return &evidenceBox{IncID: incID, Lang: lang, Step: step, Items: items}
}

// eventEvidence is the files attached to an event: listed when there are
// some, else a button that opens the box (a time line of thousands of
// events renders no file input for each).
func (p *TimelinePage) eventEvidence(l catalog.Lang, inc *incident.Incident, id string) app.UI {
	items := inc.EvidenceFor("", id)
	if len(items) == 0 && p.attaching != id {
		return el("button[type=button].tl-attach.bd-secondary.no-print", "data-id", id).
			Text(catalog.T(l, "evidence.attach")).On("click", p.onAttachOpen)
	}
	return &evidenceBox{IncID: inc.ID, Lang: string(l), Event: id, Items: items}
}

func (p *TimelinePage) onAttachOpen(ctx app.Context, e app.Event) {
	p.attaching = ctx.JSSrc().Get("dataset").Get("id").String()
}
