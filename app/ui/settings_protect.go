package ui

import (
	"math"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// minPassphraseRunes is the shortest passphrase accepted.
const minPassphraseRunes = 10

// idleChoices are the idle lock times offered, in minutes (0: never).
var idleChoices = []int{0, 5, 15, 30, 60, 240}

// strength rates a passphrase from 0 (too short) to 4 (strong) by a rough
// estimate of its entropy: its length times the size of the alphabets it
// draws from, discounted for repeated characters. It is a hint for the user,
// not a guarantee.
func strength(s string) int {
	n := utf8.RuneCountInString(s)
	if n < minPassphraseRunes {
		return 0
	}
	var lower, upper, digit, symbol, other bool
	distinct := map[rune]bool{}
	for _, r := range s {
		distinct[r] = true
		switch {
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= '0' && r <= '9':
			digit = true
		case r < 128 && unicode.IsPrint(r):
			symbol = true
		default:
			other = true
		}
	}
	alphabet := 0
	for _, a := range []struct {
		on   bool
		size int
	}{{lower, 26}, {upper, 26}, {digit, 10}, {symbol, 33}, {other, 2000}} {
		if a.on {
			alphabet += a.size
		}
	}
	// Repetition ("aaaaaaaaaa", "abababab") counts the distinct characters only once more.
	effective := float64(len(distinct)) + float64(n-len(distinct))*0.25
	bits := effective * math.Log2(float64(alphabet))
	switch {
	case bits < 45:
		return 1
	case bits < 65:
		return 2
	case bits < 85:
		return 3
	}
	return 4
}

// protectPanel sets, changes or removes the passphrase, locks, and sets the
// idle lock time.
type protectPanel struct {
	app.Compo
	Lang string

	rev     int
	level   int  // strength of the new passphrase as typed
	typed   bool // something is typed as the new passphrase (before, no strength is shown)
	problem string
	status  string
	busy    bool
}

func (p *protectPanel) OnMount(ctx app.Context) { observeDesk(ctx, &p.rev) }

func (p *protectPanel) Render() app.UI {
	l := catalog.Parse(p.Lang)
	if err := browser.CheckWebCrypto(); err != nil && app.IsClient {
		return section("protect", catalog.T(l, "safety.protect.title"),
			app.P().Class("bd-warning").Role("alert").ID("no-webcrypto").Text(browser.Text(err, string(l))),
			app.P().Text(catalog.T(l, "safety.protect.noCryptoMeans")),
		)
	}
	var body []app.UI
	if !desk.Protected() {
		body = []app.UI{
			app.P().ID("protect-state").Text(catalog.T(l, "safety.protect.off")),
			app.P().Class("bd-hint").Text(catalog.T(l, "safety.protect.explain")),
			app.Div().ID("protect-form").Role("group").Body(
				p.newFields(l),
				p.idleField(l, desk.IdleTimeout()),
				app.Button().Type("button").Class("bd-primary").ID("protect-button").Disabled(p.busy).
					Text(catalog.T(l, "safety.protect.button")).OnClick(p.onProtect),
			),
		}
	} else {
		body = []app.UI{
			app.P().ID("protect-state").Text(catalog.T(l, "safety.protect.on", idleText(l, desk.IdleTimeout()))),
			app.Button().Type("button").Class("bd-primary").ID("lock-now").Text(catalog.T(l, "safety.protect.lockNow")).OnClick(p.onLock),
			app.Div().ID("idle-form").Role("group").Body(
				p.idleField(l, desk.IdleTimeout()),
				app.Button().Type("button").ID("idle-button").Disabled(p.busy).Text(catalog.T(l, "safety.protect.idleSave")).OnClick(p.onIdle),
			),
			app.H3().Text(catalog.T(l, "safety.change.title")),
			app.Div().ID("change-form").Role("group").Body(
				field("pass-current", catalog.T(l, "safety.pass.current"), "", "",
					app.Input().ID("pass-current").Type("password").Attr("autocomplete", "current-password").Disabled(p.busy)),
				p.newFields(l),
				app.Button().Type("button").ID("change-button").Disabled(p.busy).Text(catalog.T(l, "safety.change.button")).OnClick(p.onChange),
			),
			app.H3().Text(catalog.T(l, "safety.remove.title")),
			app.P().Class("bd-hint").Text(catalog.T(l, "safety.remove.explain")),
			app.Div().ID("remove-form").Role("group").Body(
				field("pass-remove", catalog.T(l, "safety.pass.current"), "", "",
					app.Input().ID("pass-remove").Type("password").Attr("autocomplete", "current-password").Disabled(p.busy)),
				app.Button().Type("button").Class("bd-destroy").ID("remove-button").Disabled(p.busy).Text(catalog.T(l, "safety.remove.button")).OnClick(p.onRemove),
			),
		}
	}
	if p.busy {
		body = append(body, app.P().Role("status").ID("protect-busy").Text(catalog.T(l, "safety.protect.busy")))
	}
	if p.problem != "" {
		body = append(body, app.P().Class("bd-problem").Role("alert").ID("protect-problem").Text(p.problem))
	}
	if p.status != "" {
		body = append(body, app.P().Class("bd-ok").Role("status").ID("protect-status").Text(p.status))
	}
	return section("protect", catalog.T(l, "safety.protect.title"), body...)
}

// newFields are the new passphrase, typed twice, with its strength.
func (p *protectPanel) newFields(l catalog.Lang) app.UI {
	return app.Div().Body(
		field("pass-new", catalog.T(l, "safety.pass.new"), catalog.T(l, "safety.pass.rules", minPassphraseRunes), "",
			app.Input().ID("pass-new").Type("password").Attr("autocomplete", "new-password").Disabled(p.busy).
				Aria("describedby", "pass-new-hint pass-strength").OnInput(p.onTyping)),
		app.P().ID("pass-strength").Class("bd-strength bd-strength-"+p.strengthKey()).Aria("live", "polite").
			Text(catalog.T(l, "safety.strength."+p.strengthKey())),
		field("pass-repeat", catalog.T(l, "safety.pass.repeat"), "", "",
			app.Input().ID("pass-repeat").Type("password").Attr("autocomplete", "new-password").Disabled(p.busy)),
	)
}

func (p *protectPanel) idleField(l catalog.Lang, cur time.Duration) app.UI {
	opts := make([]app.UI, len(idleChoices))
	for i, m := range idleChoices {
		opts[i] = app.Option().Value(strconv.Itoa(m)).Selected(time.Duration(m)*time.Minute == cur).
			Text(idleText(l, time.Duration(m)*time.Minute))
	}
	return field("idle", catalog.T(l, "safety.idle.label"), catalog.T(l, "safety.idle.hint"), "",
		app.Select().ID("idle").Disabled(p.busy).Body(opts...))
}

// idleText names an idle lock time.
func idleText(l catalog.Lang, d time.Duration) string {
	if d == 0 {
		return catalog.T(l, "safety.idle.never")
	}
	return catalog.T(l, "safety.idle.minutes", int(d/time.Minute))
}

func (p *protectPanel) onTyping(ctx app.Context, e app.Event) {
	v := value(ctx)
	p.level, p.typed = strength(v), v != ""
}

// strengthKey names the strength line: "none" until something is typed.
func (p *protectPanel) strengthKey() string {
	if !p.typed {
		return "none"
	}
	return strconv.Itoa(p.level)
}

// newPassphrase reads the new passphrase twice and checks it.
func (p *protectPanel) newPassphrase() (string, bool) {
	l := catalog.Parse(p.Lang)
	pass, again := inputValue("pass-new", false), inputValue("pass-repeat", false)
	switch {
	case utf8.RuneCountInString(pass) < minPassphraseRunes:
		p.problem = catalog.T(l, "safety.pass.short", minPassphraseRunes)
		focusID("pass-new")
		return "", false
	case pass != again:
		p.problem = catalog.T(l, "safety.pass.mismatch")
		focusID("pass-repeat")
		return "", false
	}
	return pass, true
}

func (p *protectPanel) idleChoice() time.Duration {
	m, err := strconv.Atoi(inputValue("idle", false))
	if err != nil {
		return vault.DefaultIdleTimeout
	}
	return time.Duration(m) * time.Minute
}

func (p *protectPanel) clear() {
	for _, id := range []string{"pass-new", "pass-repeat", "pass-current", "pass-remove"} {
		inputValue(id, true)
	}
	p.level, p.typed = 0, false
}

func (p *protectPanel) onProtect(ctx app.Context, e app.Event) {
	e.PreventDefault()
	pass, ok := p.newPassphrase()
	if !ok || p.busy {
		return
	}
	p.busy, p.problem, p.status = true, "", ""
	desk.Protect(ctx, pass, p.idleChoice(), p.done("safety.protect.done"))
	p.clear()
}

func (p *protectPanel) onChange(ctx app.Context, e app.Event) {
	e.PreventDefault()
	cur, ok := p.currentPassphrase("pass-current")
	if !ok {
		return
	}
	pass, ok := p.newPassphrase()
	if !ok || p.busy {
		return
	}
	p.busy, p.problem, p.status = true, "", ""
	desk.ChangePassphrase(ctx, cur, pass, p.done("safety.change.done"))
	p.clear()
}

func (p *protectPanel) onRemove(ctx app.Context, e app.Event) {
	e.PreventDefault()
	cur, ok := p.currentPassphrase("pass-remove")
	if !ok || p.busy {
		return
	}
	p.busy, p.problem, p.status = true, "", ""
	desk.RemoveProtection(ctx, cur, p.done("safety.remove.done"))
	p.clear()
}

// currentPassphrase reads the passphrase typed as the current one in the
// field id; an empty field is named as the problem and gets the cursor.
func (p *protectPanel) currentPassphrase(id string) (string, bool) {
	cur := inputValue(id, false)
	if cur == "" {
		p.problem = catalog.T(catalog.Parse(p.Lang), "safety.pass.currentMissing")
		focusID(id)
		return "", false
	}
	return cur, true
}

func (p *protectPanel) onIdle(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.busy, p.problem, p.status = true, "", ""
	desk.SetIdleTimeout(ctx, p.idleChoice(), p.done("safety.idle.done"))
}

func (p *protectPanel) onLock(ctx app.Context, e app.Event) { desk.Lock(ctx) }

// done returns the callback that reports a protection change.
func (p *protectPanel) done(okKey string) func(ctx app.Context, err error) {
	return func(ctx app.Context, err error) {
		l := catalog.Parse(p.Lang)
		p.busy = false
		if err != nil {
			p.problem = passError(l, err)
			return
		}
		p.status = catalog.T(l, okKey)
	}
}
