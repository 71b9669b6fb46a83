package ui

import (
	"errors"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// identityPanel sets the name and role under which this browser records
// changes, and shows the device key's id.
type identityPanel struct {
	app.Compo
	Lang string

	rev     int
	saving  bool
	msg     string
	problem string
	own     app.Context // its own (mine)
}

func (p *identityPanel) OnMount(ctx app.Context) { p.own = ctx; observeDesk(ctx, &p.rev) }

func (p *identityPanel) Render() app.UI {
	l := catalog.Parse(p.Lang)
	me := theDesk.Identity()
	dev := theDesk.Device()
	status := catalog.T(l, "share.who.current", authorText(me.Name, me.Role))
	if me.Name == "" {
		status = catalog.T(l, "share.who.unset", theDesk.AuthorName())
	}
	return section("identity", catalog.T(l, "share.who.title"),
		elt("p.bd-hint", catalog.T(l, "share.who.explain")),
		elt("p#identity-status[role=status]", status),
		el("div#identity-form[role=group]").Body(
			field("identity-name", catalog.T(l, "share.who.name"), "", p.problem,
				void("input#identity-name[type=text][autocomplete=name]", "value", me.Name).Attr("maxlength", 200)),
			field("identity-role", catalog.T(l, "share.who.role"), "", "",
				void("input#identity-role[type=text][autocomplete=organization-title]", "value", me.Role).Attr("maxlength", 200)),
			el("button[type=button].bd-primary#identity-save").Attr("disabled", p.saving).
				Text(catalog.T(l, "share.who.save")).On("click", p.onSave),
			app.If(p.msg != "", func() app.UI {
				return elt("p.bd-ok[role=status]#identity-saved", p.msg)
			}),
		),
		app.If(dev != "", func() app.UI {
			return elt("p.bd-hint#identity-device", catalog.T(l, "share.who.device", dev))
		}),
		app.If(dev == "" && app.IsClient, func() app.UI {
			return elt("p.bd-warning#identity-device", catalog.T(l, "share.who.noDevice"))
		}),
	)
}

func (p *identityPanel) onSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	id := desk.Identity{Name: browser.Value("identity-name"), Role: browser.Value("identity-role")}
	p.saving, p.msg, p.problem = true, "", ""
	theDesk.SetIdentity(id, within(mine(p.own, ctx), func(ctx app.Context, err error) {
		l := catalog.Parse(p.Lang)
		p.saving = false
		switch {
		case errors.Is(err, desk.ErrNoName):
			p.problem = catalog.T(l, "share.err.noName")
			focusID("identity-name")
		case errors.Is(err, desk.ErrNameTooLong):
			p.problem = catalog.T(l, "share.err.long")
			focusID("identity-name")
		case err != nil:
			p.problem = passError(l, err)
		default:
			me := theDesk.Identity()
			p.msg = catalog.T(l, "share.who.saved", authorText(me.Name, me.Role))
		}
	}))
}

// authorText is a name with its role, as the change log shows them.
func authorText(name, role string) string {
	if role == "" {
		return name
	}
	return name + " (" + role + ")"
}
