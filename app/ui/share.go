package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathShare is the page that shares an incident's changes: the person's
// name, sending a change packet, importing one, and the conflicts. Without
// an incident in the URL it offers the import alone (a packet of an
// incident not yet on this browser adds it).
const PathShare = "/incident/share"

// SharePage is the share page.
type SharePage struct {
	app.Compo
	incidentPage

	sharing  bool
	shareMsg string
	shareErr string

	filePick
	result *desk.PacketResult

	settleMsg string
	settleErr string
}

func (p *SharePage) OnMount(ctx app.Context) {
	p.filePick.ctx = ctx
	p.mountIncident(ctx, false)
	warmMerge()
}

func (p *SharePage) OnNav(ctx app.Context) {
	warmMerge()
	if p.navIncident(ctx, "share.title") {
		p.shareMsg, p.shareErr, p.result, p.readErr, p.pending = "", "", nil, "", nil
		p.settleMsg, p.settleErr = "", ""
	}
}

func (p *SharePage) Render() app.UI {
	l := p.lang
	lang := string(l)
	inc := p.inc()
	if !theDesk.Loaded() && app.IsClient {
		return shell(l, "", elt("h1", catalog.T(l, "share.title")),
			elt("p[role=status]", catalog.T(l, "home.loading")))
	}
	if theDesk.Locked() {
		return shell(l, "", elt("h1", catalog.T(l, "share.title")), &UnlockPanel{Sub: true})
	}
	if inc == nil {
		// No incident: who you are and the import of a packet.
		return shell(l, "",
			elt("h1", catalog.T(l, "share.title")),
			elt("p.bd-lead", catalog.T(l, "share.lead")),
			storageStatus(l),
			&identityPanel{Lang: lang},
			p.importSection(l),
		)
	}
	return p.frame(PathShare,
		elt("h1", catalog.T(l, "share.title")),
		elt("p.bd-lead", catalog.T(l, "share.lead")),
		opsProblem(l, p.id),
		&identityPanel{Lang: lang},
		p.conflicts(l),
		p.shareSection(l),
		p.importSection(l),
	)
}

// opsProblem says when the incident's changes are not being recorded.
func opsProblem(l catalog.Lang, id string) app.UI {
	if err := theDesk.LogError(id); err != nil {
		return elt("p.bd-warning[role=alert]#ops-problem", catalog.T(l, "changes.unreadable", packetErrText(l, err)))
	}
	if err := theDesk.OpsError(); err != nil {
		return elt("p.bd-warning[role=alert]#ops-problem", catalog.T(l, "changes.err", browser.Text(err, string(l))))
	}
	return app.Text("")
}

func (p *SharePage) shareSection(l catalog.Lang) app.UI {
	return section("share-out", catalog.T(l, "share.out.title"),
		elt("p.bd-hint", catalog.T(l, "share.out.explain")),
		el("div#share-form[role=group]").Body(
			p.recipientField(l),
			field("share-pass", catalog.T(l, "share.out.pass"), catalog.T(l, "safety.export.passHint"), "",
				void("input#share-pass[type=password][autocomplete=new-password]")),
			field("share-repeat", catalog.T(l, "share.out.repeat"), "", "",
				void("input#share-repeat[type=password][autocomplete=new-password]")),
			el("button[type=button].bd-primary#share-button").Attr("disabled", p.sharing).
				Text(catalog.T(l, "share.out.button")).On("click", p.onShare),
			app.If(p.sharing, func() app.UI { return elt("p[role=status]", catalog.T(l, "share.out.busy")) }),
			app.If(p.shareErr != "", func() app.UI {
				return elt("p.bd-problem[role=alert]#share-problem", p.shareErr)
			}),
			app.If(p.shareMsg != "", func() app.UI {
				return elt("p.bd-ok[role=status]#share-done", p.shareMsg)
			}),
		),
	)
}

// recipientField chooses who the packet is for: everyone (the whole log),
// or one colleague whose changes this browser has, then only what their
// browser has not shown it has (desk.Peers). Without colleagues' changes
// here there is nothing to choose: the packet is the whole log.
func (p *SharePage) recipientField(l catalog.Lang) app.UI {
	peers := theDesk.Peers(p.id)
	if len(peers) == 0 {
		return app.Text("")
	}
	opts := []app.UI{elt("option", catalog.T(l, "share.out.forAll"), "value", "")}
	for _, peer := range peers {
		who := peer.Author
		if who == "" {
			who = catalog.T(l, "share.out.unnamed")
		}
		if peer.Role != "" {
			who = catalog.T(l, "share.out.withRole", who, peer.Role)
		}
		opts = append(opts, elt("option", catalog.T(l, "share.out.forPeer", who, peer.Lacks), "value", peer.Device))
	}
	return field("share-for", catalog.T(l, "share.out.for"), catalog.T(l, "share.out.forHint"), "",
		el("select#share-for").Body(opts...))
}

func (p *SharePage) onShare(ctx app.Context, e app.Event) {
	e.PreventDefault()
	l := p.lang
	pass := inputValue("share-pass", false)
	again := inputValue("share-repeat", false)
	switch weak := weakPassphrase(l, pass); {
	case weak != "":
		p.shareErr = weak
		focusID("share-pass")
		return
	case pass != again:
		p.shareErr = catalog.T(l, "safety.pass.mismatch")
		focusID("share-repeat")
		return
	}
	inputValue("share-pass", true)
	inputValue("share-repeat", true)
	p.sharing, p.shareErr, p.shareMsg = true, "", ""
	ctx = p.filePick.on(ctx) // the page's: a lock meanwhile replaces the button
	theDesk.SharePacketFor(p.id, inputValue("share-for", false), pass, func(name string, data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			p.sharing = false
			if err == nil {
				err = downloadJSON(name, data)
			}
			if err != nil {
				p.shareErr = catalog.T(l, "share.out.failed", passError(l, err))
				return
			}
			p.shareMsg = catalog.T(l, "share.out.done", name)
		})
	})
}

func (p *SharePage) importSection(l catalog.Lang) app.UI {
	body := append([]app.UI{elt("p.bd-hint", catalog.T(l, "share.in.explain"))}, p.filePick.render(p.pick())...)
	return section("share-in", catalog.T(l, "share.in.title"), append(body, p.importResult(l))...)
}

// pick is what the packet's file pick reads and says.
func (p *SharePage) pick() pickSpec {
	return pickSpec{
		lang: p.lang, id: "packet",
		label: "share.in.file", pass: "share.in.pass", open: "share.in.open", busy: "share.in.busy",
		limit:  oplog.MaxPacketBytes,
		sealed: vault.IsSealed,
		start: func(ctx app.Context, data []byte, pass string) {
			theDesk.ImportPacket(data, pass, within(ctx, p.imported))
		},
		reset: func() { p.result = nil },
	}
}

func (p *SharePage) importResult(l catalog.Lang) app.UI {
	switch {
	case p.readErr != "":
		return el("div.bd-problem[role=alert]#packet-result").Body(
			elt("p", catalog.T(l, "share.in.refused", p.fileName)),
			elt("p#packet-problem", p.readErr),
		)
	case p.result == nil:
		return app.Text("")
	}
	r := p.result
	msg := catalog.T(l, "share.in.merged", r.Added, p.fileName)
	switch {
	case r.New:
		msg = catalog.T(l, "share.in.added", r.Title, p.fileName)
	case r.Added == 0:
		msg = catalog.T(l, "share.in.nothing", p.fileName)
	}
	return el("div.bd-ok[role=status]#packet-result").Body(
		elt("p#packet-done", msg),
		app.If(r.New || r.Added > 0, func() app.UI { return mergeSaved(l, "packet", r.ID) }),
		app.If(r.Conflicts > 0, func() app.UI {
			return elt("p#packet-conflicts", catalog.T(l, "share.in.conflicts", r.Conflicts))
		}),
		app.If(r.ID != p.id, func() app.UI {
			return el("p").Body(elt("a#packet-goto", catalog.T(l, "share.in.goto"), "href", incidentHref(PathShare, r.ID)))
		}),
	)
}

func (p *SharePage) imported(ctx app.Context, r desk.PacketResult) {
	problem := ""
	if r.Err != nil {
		problem = packetErrText(p.lang, r.Err)
		if errors.Is(r.Err, vault.ErrWrongPassphrase) {
			problem = catalog.T(p.lang, "share.in.wrongPass")
		}
	}
	if p.ended(p.pick(), problem) {
		p.result = &r
	}
	warmMerge() // another packet may come: the rounds a pick paused go on
}

// packetErrText is the message of a packet's problem: oplog's own, naming
// the problem and the change, or the error's text.
func packetErrText(l catalog.Lang, err error) string {
	var pe *oplog.Error
	if errors.As(err, &pe) {
		return pe.Text(string(l))
	}
	return passError(l, err)
}

// conflicts shows each conflict side by side with its choices.
func (p *SharePage) conflicts(l catalog.Lang) app.UI {
	cs := theDesk.Conflicts(p.id)
	body := []app.UI{
		elt("p.bd-hint", catalog.T(l, "share.conf.explain")),
	}
	if len(cs) == 0 {
		body = append(body, elt("p#conflicts-none", catalog.T(l, "share.conf.none")))
	}
	me := theDesk.Device()
	for i, c := range cs {
		sides := make([]app.UI, 0, len(c.Sides))
		for j, s := range c.Sides {
			mine := s.Device == me
			var button app.UI
			if mine {
				button = el("button[type=button].conf-keep").DataSet("side", j).Text(catalog.T(l, "share.conf.keep")).
					On("click", p.onSettle(c.Path, desk.Settle{Keep: true}))
			} else {
				button = el("button[type=button].conf-take").DataSet("side", j).Text(catalog.T(l, "share.conf.take")).
					On("click", p.onSettle(c.Path, desk.Settle{Take: j}))
			}
			who := authorText(s.Author, s.Role)
			if mine {
				who += " " + catalog.T(l, "share.conf.mine")
			}
			sides = append(sides, el("div.bd-card.bd-conf-side", "data-author", s.Author).Body(
				elt("p.bd-conf-who", who),
				elt("p.bd-hint", s.At.Local().Format("2006-01-02 15:04")),
				elt("pre.bd-conf-value", valueText(l, s.Value, 2000)),
				button,
			))
		}
		newID := "conf-new-" + strconv.Itoa(i)
		body = append(body, el("div.bd-conflict", "data-path", c.Path).Body(
			elt("h3", catalog.T(l, "share.conf.field", c.Path)),
			elt("p.bd-hint", catalog.T(l, "share.conf.now", valueText(l, c.Current, 200))),
			el("div.bd-conf-sides").Body(sides...),
			p.newValueForm(l, c, newID),
		))
	}
	body = append(body,
		app.If(p.settleMsg != "", func() app.UI {
			return elt("p.bd-ok[role=status]#conflict-settled", p.settleMsg)
		}),
		app.If(p.settleErr != "", func() app.UI {
			return elt("p.bd-problem[role=alert]#conflict-problem", p.settleErr)
		}),
	)
	return section("conflicts", catalog.T(l, "share.conf.title"), body...)
}

func (p *SharePage) onSettle(path string, s desk.Settle) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		p.settle(ctx, path, s)
	}
}

// newValueForm asks for a new value of the conflict's field with the input
// its type needs (desk.ValueInputOf), starting from the value shown now.
func (p *SharePage) newValueForm(l catalog.Lang, c oplog.Conflict, id string) app.UI {
	in := desk.ValueInputOf(c.Path)
	loc := time.Local
	if inc := p.inc(); inc != nil {
		loc = inc.Location()
	}
	init := in.Initial(c.Current, loc)
	label := catalog.T(l, "share.conf.new")
	var input app.UI
	hint := ""
	switch in.Kind {
	case desk.ValueLongText:
		input = el("textarea", "id", id, "value", init.Text).Attr("rows", 4)
	case desk.ValueInt:
		input = void("input[type=text][inputmode=numeric]", "id", id, "value", init.Text)
		hint = catalog.T(l, "share.conf.hint.int")
	case desk.ValueBool:
		input = el("select", "id", id).Body(
			el("option[value=true]").Attr("selected", init.Text == "true").Text(catalog.T(l, "share.conf.yes")),
			el("option[value=false]").Attr("selected", init.Text != "true").Text(catalog.T(l, "share.conf.no")),
		)
	case desk.ValueChoice:
		opts := make([]app.UI, len(in.Options))
		for k, o := range in.Options {
			text := o
			switch {
			case o == "":
				text = catalog.T(l, "share.conf.notStated")
			case in.Labels != "" && catalog.Has(l, in.Labels+o):
				text = catalog.T(l, in.Labels+o)
			}
			opts[k] = el("option", "value", o).Attr("selected", o == init.Text).Text(text)
		}
		input = el("select", "id", id).Body(opts...)
	case desk.ValueTime:
		input = void("input[type=datetime-local]", "id", id, "value", init.Text)
		hint = catalog.T(l, "share.conf.hint.time")
	case desk.ValueDate:
		input = void("input[type=text][placeholder=2019-04-01]", "id", id, "value", init.Text)
		hint = catalog.T(l, "share.conf.hint.date")
	case desk.ValueList:
		input = el("textarea", "id", id, "value", init.Text).Attr("rows", 4)
		hint = catalog.T(l, "share.conf.hint.list")
	case desk.ValueCount:
		return el("div.bd-conf-new[data-kind=count]").Body(
			el("div.bd-check").Body(
				void("input[type=checkbox]", "id", id+"-known").Attr("checked", init.Known),
				elt("label", catalog.T(l, "share.conf.known"), "for", id+"-known")),
			field(id, catalog.T(l, "share.conf.number"), "", "",
				void("input[type=text][inputmode=numeric]", "id", id, "value", init.Text)),
			el("div.bd-check").Body(
				void("input[type=checkbox]", "id", id+"-approx").Attr("checked", init.Approx),
				elt("label", catalog.T(l, "share.conf.approx"), "for", id+"-approx")),
			el("button[type=button].conf-write").Text(catalog.T(l, "share.conf.write")).On("click", p.onWrite(c.Path, id)),
		)
	case desk.ValueJSON:
		input = el("textarea.bd-mono", "id", id, "value", init.Text).Attr("rows", 6)
		hint = catalog.T(l, "share.conf.hint.json")
	default:
		input = void("input[type=text]", "id", id, "value", init.Text)
	}
	return el("div.bd-conf-new", "data-kind", strconv.Itoa(int(in.Kind))).Body(
		field(id, label, hint, "", input),
		el("button[type=button].conf-write").Text(catalog.T(l, "share.conf.write")).On("click", p.onWrite(c.Path, id)),
	)
}

func (p *SharePage) onWrite(path, inputID string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		inc := p.inc()
		if inc == nil {
			return
		}
		in := desk.ValueInputOf(path)
		nv := desk.NewValue{Text: browser.Value(inputID)}
		if in.Kind == desk.ValueCount {
			nv.Known, nv.Approx = checkedID(inputID+"-known"), checkedID(inputID+"-approx")
		}
		v, err := desk.ReadValue(inc, path, in, nv)
		if err != nil {
			p.settleMsg, p.settleErr = "", valueErrText(p.lang, err)
			focusID(inputID)
			return
		}
		p.settle(ctx, path, desk.Settle{New: true, Value: v})
	}
}

// valueErrText says why a value typed was refused.
func valueErrText(l catalog.Lang, err error) string {
	var ve *desk.ValueError
	if !errors.As(err, &ve) {
		return browser.Text(err, string(l))
	}
	if ve.Code == "value.invalid" {
		return catalog.T(l, "share.conf.bad.invalid", ve.Problem.Text(string(l)))
	}
	return catalog.T(l, "share.conf.bad."+strings.TrimPrefix(ve.Code, "value."))
}

func (p *SharePage) settle(ctx app.Context, path string, s desk.Settle) {
	p.settleMsg, p.settleErr = "", ""
	// The page's context: the settled conflict's buttons go with it.
	theDesk.SettleConflict(p.id, path, s, within(p.filePick.on(ctx), func(ctx app.Context, err error) {
		if err != nil {
			p.settleErr = catalog.T(p.lang, "share.conf.failed", browser.Text(err, string(p.lang)))
			return
		}
		p.settleMsg = catalog.T(p.lang, "share.conf.settled")
	}))
}

// valueText is a value as a person reads it, cut at max characters.
func valueText(l catalog.Lang, v []byte, max int) string {
	if v == nil {
		return catalog.T(l, "share.conf.empty")
	}
	s := oplog.Display(v)
	if s == "" {
		return catalog.T(l, "share.conf.empty")
	}
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

// mergeSaved says whether a merge into the incident id is stored yet
// (desk.MergePending): it is written just after its result is shown, and a
// page left before that loses it. idPrefix names the line (…-saving,
// …-saved).
func mergeSaved(l catalog.Lang, idPrefix, id string) app.UI {
	if theDesk.MergePending(id) {
		return elt("p#"+idPrefix+"-saving", catalog.T(l, "share.in.saving")) // within the result's live region
	}
	return elt("p#"+idPrefix+"-saved", catalog.T(l, "share.in.saved"))
}
