package ui

import (
	"strings"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PrintDocPage prints one draft in a clean letter layout (for a legal review,
// a signature, the post): the document alone, no incident frame, no packet.
// Its fragment is "<incident id>/<document id>[/<variant>]" (a docKey).
type PrintDocPage struct {
	app.Compo
	incidentPage
	key     string
	problem string
	drafts  bool // opened from the drafts page (?from=drafts): the way back goes there
}

// printDocAuto is the fragment of the document whose page prints itself as
// soon as it shows (the drafts page's PDF button); "" for none. It is kept
// here, not in the address, so that reloading the page never prints.
var printDocAuto string

// printDocHref is the address of the page printing one document: key is a
// docKey; fromDrafts sends the way back to the drafts.
func printDocHref(incID, key string, fromDrafts bool) string {
	q := ""
	if fromDrafts {
		q = "?from=drafts"
	}
	return Href(PathPrintDoc) + q + "#" + incID + "/" + key
}

func (p *PrintDocPage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }

func (p *PrintDocPage) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	p.id, p.key = splitDocFragment(u.Fragment)
	p.drafts = u.Query().Get("from") == "drafts"
	p.problem = ""
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "print.docTitle"), catalog.T(p.lang, "app.name"))
	if printDocAuto != "" && printDocAuto == u.Fragment {
		printDocAuto = ""
		p.onPrint(ctx, app.Event{})
	}
}

// splitDocFragment reads "<incident id>/<docKey>".
func splitDocFragment(frag string) (id, key string) {
	id, key, _ = strings.Cut(frag, "/")
	return id, key
}

// findDoc returns the draft named by key (a docKey, or a document id alone:
// its first variant).
func findDoc(docs []draft.Document, key string) (draft.Document, bool) {
	for _, d := range docs {
		if docKey(d) == key {
			return d, true
		}
	}
	for _, d := range docs {
		if d.ID == key {
			return d, true
		}
	}
	return draft.Document{}, false
}

func (p *PrintDocPage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathPrintDoc)
	}
	inc, a := b.Incident, b.Assessment
	set := b.Drafts()
	docs, err := set.Docs, set.Err
	d, ok := findDoc(docs, p.key)
	back := el("a.bd-back#printdoc-back", "href", incidentHref(PathPacket, inc.ID)).Text(catalog.T(l, "print.backToPacket"))
	if p.drafts {
		back = el("a.bd-back#printdoc-back", "href", incidentHref(PathDrafts, inc.ID)).Text(catalog.T(l, "print.backToDrafts"))
	}
	if err != nil || !ok {
		msg := catalog.T(l, "print.docMissing")
		if err != nil {
			msg = catalog.T(l, "print.docsFailed", err.Error())
		}
		return shell(l, "",
			elt("h1", catalog.T(l, "print.docTitle")),
			elt("p.bd-warning[role=alert]", msg),
			el("p").Body(back),
		)
	}
	var findings []app.UI
	for _, f := range sortFindings(draft.Lint(inc, a, []draft.Document{d})) {
		if f.DocID == d.ID {
			findings = append(findings, elt("li", severityMark(f.Severity)+catalog.T(l, "print.severity."+f.Severity)+": "+tx(l, f.Message)))
		}
	}
	return shell(l, "",
		el("div.bd-pk-controls.no-print").Body(
			el("p").Body(back),
			elt("h1", catalog.T(l, "print.docTitle")),
			elt("p.bd-lead", catalog.T(l, "print.docLead", docLabel(l, d))),
			el("div.bd-buttons").Body(
				el("button[type=button].bd-primary#printdoc-print").
					Text(catalog.T(l, "print.print")).On("click", p.onPrint),
			),
			app.If(p.problem != "", func() app.UI {
				return elt("p.bd-problem[role=alert]", p.problem)
			}),
			app.If(len(findings) > 0, func() app.UI {
				return el("div.bd-warning#printdoc-findings").Body(
					elt("p", catalog.T(l, "print.docFindings", len(findings))),
					el("ul").Body(findings...),
				)
			}),
		),
		el("article.bd-letter.bd-print-page#letter", "lang", d.Lang).Body(draftBody(d)),
	)
}

func (p *PrintDocPage) onPrint(ctx app.Context, e app.Event) {
	p.problem = ""
	ctx.Defer(func(ctx app.Context) {
		if err := browser.Print(); err != nil {
			p.problem = catalog.T(p.lang, "print.printFailed", browser.Text(err, string(p.lang)))
			ctx.Update()
		}
	})
}
