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

func (p *SharePage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }

func (p *SharePage) OnNav(ctx app.Context) {
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
		return shell(l, "", app.H1().Text(catalog.T(l, "share.title")),
			app.P().Role("status").Text(catalog.T(l, "home.loading")))
	}
	if theDesk.Locked() {
		return shell(l, "", app.H1().Text(catalog.T(l, "share.title")), &UnlockPanel{Sub: true})
	}
	if inc == nil {
		// No incident: who you are and the import of a packet.
		return shell(l, "",
			app.H1().Text(catalog.T(l, "share.title")),
			app.P().Class("bd-lead").Text(catalog.T(l, "share.lead")),
			storageStatus(l),
			&identityPanel{Lang: lang},
			p.importSection(l),
		)
	}
	return p.frame(PathShare,
		app.H1().Text(catalog.T(l, "share.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "share.lead")),
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
		return app.P().Class("bd-warning").Role("alert").ID("ops-problem").Text(catalog.T(l, "changes.unreadable", packetErrText(l, err)))
	}
	if err := theDesk.OpsError(); err != nil {
		return app.P().Class("bd-warning").Role("alert").ID("ops-problem").Text(catalog.T(l, "changes.err", browser.Text(err, string(l))))
	}
	return app.Text("")
}

func (p *SharePage) shareSection(l catalog.Lang) app.UI {
	return section("share-out", catalog.T(l, "share.out.title"),
		app.P().Class("bd-hint").Text(catalog.T(l, "share.out.explain")),
		app.Div().ID("share-form").Role("group").Body(
			p.recipientField(l),
			field("share-pass", catalog.T(l, "share.out.pass"), catalog.T(l, "safety.export.passHint"), "",
				app.Input().ID("share-pass").Type("password").Attr("autocomplete", "new-password")),
			field("share-repeat", catalog.T(l, "share.out.repeat"), "", "",
				app.Input().ID("share-repeat").Type("password").Attr("autocomplete", "new-password")),
			app.Button().Type("button").Class("bd-primary").ID("share-button").Disabled(p.sharing).
				Text(catalog.T(l, "share.out.button")).OnClick(p.onShare),
			app.If(p.sharing, func() app.UI { return app.P().Role("status").Text(catalog.T(l, "share.out.busy")) }),
			app.If(p.shareErr != "", func() app.UI {
				return app.P().Class("bd-problem").Role("alert").ID("share-problem").Text(p.shareErr)
			}),
			app.If(p.shareMsg != "", func() app.UI {
				return app.P().Class("bd-ok").Role("status").ID("share-done").Text(p.shareMsg)
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
	opts := []app.UI{app.Option().Value("").Text(catalog.T(l, "share.out.forAll"))}
	for _, peer := range peers {
		who := peer.Author
		if who == "" {
			who = catalog.T(l, "share.out.unnamed")
		}
		if peer.Role != "" {
			who = catalog.T(l, "share.out.withRole", who, peer.Role)
		}
		opts = append(opts, app.Option().Value(peer.Device).Text(catalog.T(l, "share.out.forPeer", who, peer.Lacks)))
	}
	return field("share-for", catalog.T(l, "share.out.for"), catalog.T(l, "share.out.forHint"), "",
		app.Select().ID("share-for").Body(opts...))
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
	body := append([]app.UI{app.P().Class("bd-hint").Text(catalog.T(l, "share.in.explain"))}, p.filePick.render(p.pick())...)
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
		return app.Div().Class("bd-problem").Role("alert").ID("packet-result").Body(
			app.P().Text(catalog.T(l, "share.in.refused", p.fileName)),
			app.P().ID("packet-problem").Text(p.readErr),
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
	return app.Div().Class("bd-ok").Role("status").ID("packet-result").Body(
		app.P().ID("packet-done").Text(msg),
		app.If(r.Conflicts > 0, func() app.UI {
			return app.P().ID("packet-conflicts").Text(catalog.T(l, "share.in.conflicts", r.Conflicts))
		}),
		app.If(r.ID != p.id, func() app.UI {
			return app.P().Body(app.A().ID("packet-goto").Href(incidentHref(PathShare, r.ID)).Text(catalog.T(l, "share.in.goto")))
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
		app.P().Class("bd-hint").Text(catalog.T(l, "share.conf.explain")),
	}
	if len(cs) == 0 {
		body = append(body, app.P().ID("conflicts-none").Text(catalog.T(l, "share.conf.none")))
	}
	me := theDesk.Device()
	for i, c := range cs {
		sides := make([]app.UI, 0, len(c.Sides))
		for j, s := range c.Sides {
			mine := s.Device == me
			var button app.UI
			if mine {
				button = app.Button().Type("button").Class("conf-keep").DataSet("side", j).
					Text(catalog.T(l, "share.conf.keep")).OnClick(p.onSettle(c.Path, desk.Settle{Keep: true}))
			} else {
				button = app.Button().Type("button").Class("conf-take").DataSet("side", j).
					Text(catalog.T(l, "share.conf.take")).OnClick(p.onSettle(c.Path, desk.Settle{Take: j}))
			}
			who := authorText(s.Author, s.Role)
			if mine {
				who += " " + catalog.T(l, "share.conf.mine")
			}
			sides = append(sides, app.Div().Class("bd-card bd-conf-side").DataSet("author", s.Author).Body(
				app.P().Class("bd-conf-who").Text(who),
				app.P().Class("bd-hint").Text(s.At.Local().Format("2006-01-02 15:04")),
				app.Pre().Class("bd-conf-value").Text(valueText(l, s.Value, 2000)),
				button,
			))
		}
		newID := "conf-new-" + strconv.Itoa(i)
		body = append(body, app.Div().Class("bd-conflict").DataSet("path", c.Path).Body(
			app.H3().Text(catalog.T(l, "share.conf.field", c.Path)),
			app.P().Class("bd-hint").Text(catalog.T(l, "share.conf.now", valueText(l, c.Current, 200))),
			app.Div().Class("bd-conf-sides").Body(sides...),
			p.newValueForm(l, c, newID),
		))
	}
	body = append(body,
		app.If(p.settleMsg != "", func() app.UI {
			return app.P().Class("bd-ok").Role("status").ID("conflict-settled").Text(p.settleMsg)
		}),
		app.If(p.settleErr != "", func() app.UI {
			return app.P().Class("bd-problem").Role("alert").ID("conflict-problem").Text(p.settleErr)
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
		input = app.Textarea().ID(id).Rows(4).Text(init.Text)
	case desk.ValueInt:
		input = app.Input().ID(id).Type("text").Attr("inputmode", "numeric").Value(init.Text)
		hint = catalog.T(l, "share.conf.hint.int")
	case desk.ValueBool:
		input = app.Select().ID(id).Body(
			app.Option().Value("true").Selected(init.Text == "true").Text(catalog.T(l, "share.conf.yes")),
			app.Option().Value("false").Selected(init.Text != "true").Text(catalog.T(l, "share.conf.no")),
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
			opts[k] = app.Option().Value(o).Selected(o == init.Text).Text(text)
		}
		input = app.Select().ID(id).Body(opts...)
	case desk.ValueTime:
		input = app.Input().ID(id).Type("datetime-local").Value(init.Text)
		hint = catalog.T(l, "share.conf.hint.time")
	case desk.ValueDate:
		input = app.Input().ID(id).Type("text").Attr("placeholder", "2019-04-01").Value(init.Text)
		hint = catalog.T(l, "share.conf.hint.date")
	case desk.ValueList:
		input = app.Textarea().ID(id).Rows(4).Text(init.Text)
		hint = catalog.T(l, "share.conf.hint.list")
	case desk.ValueCount:
		return app.Div().Class("bd-conf-new").DataSet("kind", "count").Body(
			app.Div().Class("bd-check").Body(
				app.Input().Type("checkbox").ID(id+"-known").Checked(init.Known),
				app.Label().For(id+"-known").Text(catalog.T(l, "share.conf.known"))),
			field(id, catalog.T(l, "share.conf.number"), "", "",
				app.Input().ID(id).Type("text").Attr("inputmode", "numeric").Value(init.Text)),
			app.Div().Class("bd-check").Body(
				app.Input().Type("checkbox").ID(id+"-approx").Checked(init.Approx),
				app.Label().For(id+"-approx").Text(catalog.T(l, "share.conf.approx"))),
			app.Button().Type("button").Class("conf-write").Text(catalog.T(l, "share.conf.write")).OnClick(p.onWrite(c.Path, id)),
		)
	case desk.ValueJSON:
		input = app.Textarea().ID(id).Rows(6).Class("bd-mono").Text(init.Text)
		hint = catalog.T(l, "share.conf.hint.json")
	default:
		input = app.Input().ID(id).Type("text").Value(init.Text)
	}
	return app.Div().Class("bd-conf-new").DataSet("kind", strconv.Itoa(int(in.Kind))).Body(
		field(id, label, hint, "", input),
		app.Button().Type("button").Class("conf-write").Text(catalog.T(l, "share.conf.write")).OnClick(p.onWrite(c.Path, id)),
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
	theDesk.SettleConflict(p.id, path, s, within(ctx, func(ctx app.Context, err error) {
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
