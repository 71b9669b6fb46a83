package ui

import (
	"errors"
	"html"
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/ics"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the printing and sharing pages.
const (
	PathPacket   = "/incident/packet"
	PathPrintDoc = "/incident/print-doc"
	PathEstimate = "/incident/estimate"
)

// PacketPage is the meeting packet: an A4 print view of where the incident
// stands (cover, deadlines, timeline with delay findings, checklist, open
// findings of the drafts and, on request, drafts), printed or saved as PDF
// from the browser's print dialog, plus the deadlines as a calendar file.
// Everything on it is derived from the facts on every render.
type PacketPage struct {
	app.Compo
	incidentPage
	// docLang is the language of the packet ("" = the interface's).
	docLang string
	// include lists the drafts to print with the packet, by docKey.
	include map[string]bool
	notice  string // what the last action did (role=status)
	problem string // what went wrong (role=alert)
	framed  bool   // shown inside a frame of another page
	ignored bool   // the browser ignored the last Print (a sandboxed frame)
	// shown are the drafts the packet shows (kept by Render for the Word
	// file, which takes them from their model, not from the page).
	shown []draft.Document
}

func (p *PacketPage) OnMount(ctx app.Context) {
	p.framed = browser.InFrame()
	p.mountIncident(ctx, true)
}

func (p *PacketPage) OnNav(ctx app.Context) {
	p.id = incidentID(ctx)
	p.notice, p.problem = "", ""
	p.setTitle(ctx)
}

// setTitle names the page; the title is what a PDF saved from the print
// dialog is called by default, and what Chromium prints in its own header.
func (p *PacketPage) setTitle(ctx app.Context) {
	name := ""
	if inc := theDesk.Get(p.id); inc != nil {
		name = titleOf(p.packetLang(), inc) + " — "
	}
	ctx.Page().SetTitle("%s%s — %s", name, catalog.T(p.packetLang(), "print.title"), catalog.T(p.lang, "app.name"))
}

// packetLang is the language the packet is printed in.
func (p *PacketPage) packetLang() catalog.Lang {
	if p.docLang != "" {
		return catalog.Parse(p.docLang)
	}
	return p.lang
}

// clock is the incident's "now" (drill time for a drill): the packet's "as of".
func (p *PacketPage) clock() time.Time { return incidentNow(theDesk.Get(p.id), p.now) }

func (p *PacketPage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathPacket)
	}
	inc, now, a := b.Incident, b.Now, b.Assessment
	pl := p.packetLang()
	set := b.Drafts()
	docs, docsErr, findings := set.Docs, set.Err, set.Findings
	pk := packet{l: pl, b: b, inc: inc, a: a, loc: inc.Location(), now: now, docs: docs, findings: findings}

	var chosen []draft.Document
	for _, d := range docs {
		if p.include[docKey(d)] {
			chosen = append(chosen, d)
		}
	}
	p.shown = chosen
	return p.frame(PathPacket,
		p.controls(l, inc, docs, docsErr),
		el("article.bd-packet.bd-print-page#packet", "lang", string(pl)).Body(
			pk.cover(),
			pk.law(),
			pk.deadlines(),
			pk.ledger(),
			pk.timeline(),
			pk.checklist(),
			pk.lint(),
			app.Range(chosen).Slice(func(i int) app.UI { return pk.document(chosen[i]) }),
		),
	)
}

// controls are the screen-only part: what the page is, the language, the
// drafts to add, and the buttons. None of it reaches paper.
func (p *PacketPage) controls(l catalog.Lang, inc *incident.Incident, docs []draft.Document, docsErr error) app.UI {
	pl := p.packetLang()
	langs := make([]app.UI, 0, len(catalog.Langs))
	for _, x := range catalog.Langs {
		langs = append(langs, el("option", "value", string(x)).Text(catalog.T(l, "print.lang."+string(x))).Attr("selected", x == pl))
	}
	boxes := make([]app.UI, 0, len(docs))
	for _, d := range docs {
		k := docKey(d)
		id := "pk-doc-" + domID(k)
		boxes = append(boxes, el("li.bd-check").Body(
			void("input[type=checkbox]", "id", id, "data-doc", k).Attr("checked", p.include[k]).On("change", p.onInclude),
			elt("label", docLabel(l, d), "for", id),
			app.Text(" "),
			elt("a.bd-pk-letter", catalog.T(l, "print.letterLink"), "href", incidentHref(PathPrintDoc, inc.ID+"/"+k)),
		))
	}
	return el("div.bd-pk-controls.no-print").Body(
		elt("h1", catalog.T(l, "print.title")),
		elt("p.bd-lead", catalog.T(l, "print.lead")),
		el("div.bd-buttons").Body(
			el("button[type=button].bd-primary#packet-print").Text(catalog.T(l, "print.print")).
				On("click", p.onPrint),
			el("button[type=button]#packet-word.bd-secondary").Text(catalog.T(l, "print.word")).
				On("click", p.onWord),
			el("button[type=button]#packet-ics.bd-secondary").Text(catalog.T(l, "print.ics")).
				On("click", p.onICS),
			app.If(p.framed || p.ignored, func() app.UI {
				return el("button[type=button]#packet-save.bd-secondary").Text(catalog.T(l, "print.save")).
					On("click", p.onSave)
			}),
		),
		app.If(p.framed, func() app.UI {
			return elt("p.bd-hint#packet-frame-hint", catalog.T(l, "print.frameHint"))
		}),
		app.If(p.problem != "", func() app.UI {
			return elt("p.bd-problem#packet-problem[role=alert]", p.problem)
		}),
		elt("p.bd-pk-notice#packet-notice[role=status]", p.notice),
		elt("p.bd-hint", catalog.T(l, "print.icsHint")),
		field("packet-lang", catalog.T(l, "print.langLabel"), catalog.T(l, "print.langHint"), "",
			el("select#packet-lang").Body(langs...).On("change", p.onLang)),
		el("fieldset.bd-pk-docs").Body(
			elt("legend", catalog.T(l, "print.docsLegend")),
			elt("p.bd-hint", catalog.T(l, "print.docsHint")),
			app.If(docsErr != nil, func() app.UI {
				return elt("p.bd-warning", catalog.T(l, "print.docsFailed", errText(docsErr)))
			}),
			app.If(docsErr == nil && len(docs) == 0, func() app.UI {
				return elt("p", catalog.T(l, "print.noDocs"))
			}),
			el("ul.bd-pk-doclist").Body(boxes...),
		),
		el("details.bd-pk-paper").Body(
			elt("summary", catalog.T(l, "print.paperTitle")),
			el("ul").Body(
				elt("li", catalog.T(l, "print.paperA4")),
				elt("li", catalog.T(l, "print.paperPages")),
				elt("li", catalog.T(l, "print.paperFrame")),
			),
		),
	)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func (p *PacketPage) onLang(ctx app.Context, e app.Event) {
	p.docLang = string(catalog.Parse(value(ctx)))
	p.setTitle(ctx)
}

func (p *PacketPage) onInclude(ctx app.Context, e app.Event) {
	k := ctx.JSSrc().Get("dataset").Get("doc").String()
	if p.include == nil {
		p.include = map[string]bool{}
	}
	if checked(ctx) {
		p.include[k] = true
	} else {
		delete(p.include, k)
	}
}

// onPrint puts the time of printing on the packet ("as of"), lets the page
// render it, then opens the browser's print dialog (which also saves as PDF).
func (p *PacketPage) onPrint(ctx app.Context, e app.Event) {
	p.now = time.Now()
	p.problem, p.notice = "", ""
	p.setTitle(ctx)
	ctx.Defer(func(ctx app.Context) {
		switch err := browser.Print(); {
		case err == nil: // the dialog has been shown (print blocks until it closes)
			if inc := theDesk.Get(p.id); inc != nil {
				p.notice = catalog.T(p.lang, "print.printed", stamp(p.lang, p.clock(), inc.Location()))
				ctx.Update()
			}
		case errors.Is(err, browser.ErrPrintIgnored):
			p.ignored = true
			p.problem = catalog.T(p.lang, "print.printIgnored")
			ctx.Update()
		case err != nil:
			p.problem = catalog.T(p.lang, "print.printFailed", err.Error())
			ctx.Update()
		}
	})
}

// onSave downloads the packet as it is on the page (language, drafts
// chosen) as one HTML file with its styles: opened in the browser, it prints
// exactly as the packet does. For a frame whose page forbids printing.
func (p *PacketPage) onSave(ctx app.Context, e app.Event) {
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	p.problem, p.notice = "", ""
	name := "breachdesk-" + inc.ID + "-packet-" + string(p.packetLang()) + ".html"
	page := packetFile(p.packetLang(), titleOf(p.packetLang(), inc)+" — "+catalog.T(p.packetLang(), "print.title"),
		browser.StyleText(), browser.ElementHTML("packet"))
	if err := browser.Download(name, "text/html;charset=utf-8", []byte(page)); err != nil {
		p.problem = catalog.T(p.lang, "print.saveFailed", err.Error())
		return
	}
	p.notice = catalog.T(p.lang, "print.saveDone", name)
}

// onWord downloads the packet as it is on the page (language, drafts
// chosen, as of the time it shows) as a Word file, made here in the browser.
func (p *PacketPage) onWord(ctx app.Context, e app.Event) {
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	p.problem, p.notice = "", ""
	pl := p.packetLang()
	name := "breachdesk-" + inc.ID + "-packet-" + string(pl) + ".docx"
	data, err := packetWord(pl, titleOf(pl, inc)+" — "+catalog.T(pl, "print.title"), browser.ElementHTML("packet"), p.shown, p.clock())
	if err == nil {
		err = browser.Download(name, mimeDOCX, data)
	}
	if err != nil {
		p.problem = catalog.T(p.lang, "print.wordFailed", browser.Text(err, string(p.lang)))
		return
	}
	p.notice = catalog.T(p.lang, "print.wordDone", name)
}

// packetFile is a page holding the packet's HTML (as the browser serialized
// it, so already escaped) with the app's styles, to open and print alone.
func packetFile(l catalog.Lang, title, css, packet string) string {
	return "<!doctype html>\n<html lang=\"" + string(l) + "\"><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) +
		"</title><style>\n" + strings.ReplaceAll(css, "</", "<\\/") + "</style></head>\n<body><div class=\"bd-app\"><main class=\"bd-main\">" +
		packet + "</main></div></body></html>\n"
}

// onICS downloads the deadlines as an iCalendar file, made here in the browser.
func (p *PacketPage) onICS(ctx app.Context, e app.Event) {
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	b := theDesk.Board(p.id, time.Now())
	now, a := b.Now, b.Assessment
	opt := ics.Options{Lang: string(p.packetLang()), Now: now}
	n := len(ics.Entries(inc, a, opt))
	p.problem, p.notice = "", ""
	if n == 0 {
		p.notice = catalog.T(p.lang, "print.icsNone")
		return
	}
	name := ics.Filename(inc)
	if err := browser.Download(name, "text/calendar;charset=utf-8", ics.Export(inc, a, opt)); err != nil {
		p.problem = catalog.T(p.lang, "print.icsFailed", err.Error())
		return
	}
	p.notice = catalog.T(p.lang, "print.icsDone", n, name)
}
