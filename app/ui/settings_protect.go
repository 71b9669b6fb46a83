package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/vault"
	"breachdesk/app/vault/strength"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// minPassphraseRunes is the shortest passphrase accepted.
const minPassphraseRunes = strength.MinRunes

// idleChoices are the idle lock times offered, in minutes (0: never).
var idleChoices = []int{0, 5, 15, 30, 60, 240}

// checker rates passphrases against what an attacker would try first for
// this desk: the company's names, the incidents' titles, the contact
// e-mail addresses. It is made again when they change.
var checker struct {
	c   *strength.Checker
	key string
}

// passphraseChecker returns the checker for the desk's current context.
func passphraseChecker() *strength.Checker {
	var hints []strength.Hint
	add := func(k strength.HintKind, texts ...string) {
		for _, t := range texts {
			if t != "" {
				hints = append(hints, strength.Hint{Kind: k, Text: t})
			}
		}
	}
	if r, st := theDesk.Readiness(); st.Loaded {
		add(strength.HintCompany, r.OrgName)
		add(strength.HintEmail, r.Contact.Email)
	}
	for _, inc := range theDesk.List() {
		add(strength.HintCompany, inc.Org.Name, inc.Org.NameEn)
		add(strength.HintEmail, inc.Contact.Email)
		add(strength.HintTitle, inc.Title)
	}
	var key strings.Builder
	for _, h := range hints {
		key.WriteString(h.Text)
		key.WriteByte(0)
	}
	if checker.c == nil || checker.key != key.String() {
		checker.c, checker.key = strength.New(time.Now().Year(), hints...), key.String()
	}
	return checker.c
}

// verdict is what is kept of a passphrase's estimate: never the passphrase
// or its parts.
type verdict struct {
	level   strength.Level
	reasons []strength.Reason
}

func rate(pass string) verdict {
	r := passphraseChecker().Estimate(pass)
	return verdict{level: r.Level, reasons: r.Reasons}
}

// reasonsText names what makes a passphrase guessable: "会社名＋年",
// "the company's name plus a year".
func reasonsText(l catalog.Lang, reasons []strength.Reason) string {
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = catalog.T(l, "safety.weak."+string(r))
	}
	return strings.Join(parts, catalog.T(l, "safety.weak.plus"))
}

// strengthText is the strength line for a verdict.
func strengthText(l catalog.Lang, v verdict) string {
	switch v.level {
	case strength.Weak, strength.Fair:
		return catalog.T(l, "safety.strength."+strconv.Itoa(int(v.level)), reasonsText(l, v.reasons))
	}
	return catalog.T(l, "safety.strength."+strconv.Itoa(int(v.level)))
}

// protectPanel sets, changes or removes the passphrase, locks, and sets the
// idle lock time.
type protectPanel struct {
	app.Compo
	Lang string

	rev     int
	verdict verdict // of the new passphrase as typed
	typed   bool    // something is typed as the new passphrase (before, no strength is shown)
	problem string
	status  string
	busy    bool
	own     app.Context // its own (mine): protecting or removing replaces the form
}

func (p *protectPanel) OnMount(ctx app.Context) { p.own = ctx; observeDesk(ctx, &p.rev) }

func (p *protectPanel) Render() app.UI {
	l := catalog.Parse(p.Lang)
	if err := browser.CheckWebCrypto(); err != nil && app.IsClient {
		return section("protect", catalog.T(l, "safety.protect.title"),
			elt("p.bd-warning[role=alert]#no-webcrypto", browser.Text(err, string(l))),
			elt("p", catalog.T(l, "safety.protect.noCryptoMeans")),
		)
	}
	var body []app.UI
	busy := p.busy
	// pass is a passphrase field of the form (the current passphrase).
	pass := func(id string) app.UI {
		return field(id, catalog.T(l, "safety.pass.current"), "", "",
			void("input[type=password][autocomplete=current-password]", "id", id).Attr("disabled", busy))
	}
	if !theDesk.Protected() {
		body = []app.UI{
			elt("p#protect-state", catalog.T(l, "safety.protect.off")),
			elt("p.bd-hint", catalog.T(l, "safety.protect.explain")),
			elb("div", a("id", "protect-form", "role", "group"),
				p.newFields(l),
				p.idleField(l, theDesk.IdleTimeout()),
				formButton(catalog.T(l, "safety.protect.button"), busy, p.onProtect, "class", "bd-primary", "id", "protect-button"),
			),
		}
	} else {
		body = []app.UI{
			elt("p#protect-state", catalog.T(l, "safety.protect.on", idleText(l, theDesk.IdleTimeout()))),
			button(catalog.T(l, "safety.protect.lockNow"), p.onLock, "class", "bd-primary", "id", "lock-now"),
			elb("div", a("id", "idle-form", "role", "group"),
				p.idleField(l, theDesk.IdleTimeout()),
				formButton(catalog.T(l, "safety.protect.idleSave"), busy, p.onIdle, "id", "idle-button"),
			),
			elt("h3", catalog.T(l, "safety.change.title")),
			elb("div", a("id", "change-form", "role", "group"),
				pass("pass-current"),
				p.newFields(l),
				formButton(catalog.T(l, "safety.change.button"), busy, p.onChange, "id", "change-button"),
			),
			elt("h3", catalog.T(l, "safety.remove.title")),
			elt("p.bd-hint", catalog.T(l, "safety.remove.explain")),
			elb("div", a("id", "remove-form", "role", "group"),
				pass("pass-remove"),
				formButton(catalog.T(l, "safety.remove.button"), busy, p.onRemove, "class", "bd-destroy", "id", "remove-button"),
			),
		}
	}
	// The lines under the form: busy, problem, status, each when it has a text.
	for _, ln := range [][]string{
		{p.busyLine(l), "", "status", "protect-busy"},
		{p.problem, "bd-problem", "alert", "protect-problem"},
		{p.status, "bd-ok", "status", "protect-status"},
	} {
		if ln[0] != "" {
			body = append(body, elt("p", ln[0], "class", ln[1], "role", ln[2], "id", ln[3]))
		}
	}
	return section("protect", catalog.T(l, "safety.protect.title"), body...)
}

// busyLine says the panel is working, "" when it is not.
func (p *protectPanel) busyLine(l catalog.Lang) string {
	if !p.busy {
		return ""
	}
	return catalog.T(l, "safety.protect.busy")
}

// formButton is a button of type button, disabled while busy (as go-app's
// Disabled sets it).
func formButton(text string, busy bool, h app.EventHandler, attrs ...string) app.UI {
	return el("button", append([]string{"type", "button"}, attrs...)...).Attr("disabled", busy).Text(text).On("click", h)
}

// newFields are the new passphrase, typed twice, with its strength.
func (p *protectPanel) newFields(l catalog.Lang) app.UI {
	return el("div").Body(
		field("pass-new", catalog.T(l, "safety.pass.new"), catalog.T(l, "safety.pass.rules", minPassphraseRunes), "",
			void("input#pass-new[type=password][autocomplete=new-password][aria-describedby=pass-new-hint pass-strength]").
				Attr("disabled", p.busy).On("input", p.onTyping)),
		elt("p#pass-strength[aria-live=polite]", p.strengthLine(l), "class", "bd-strength bd-strength-"+p.strengthKey()),
		field("pass-repeat", catalog.T(l, "safety.pass.repeat"), "", "",
			void("input#pass-repeat[type=password][autocomplete=new-password]").Attr("disabled", p.busy)),
	)
}

func (p *protectPanel) idleField(l catalog.Lang, cur time.Duration) app.UI {
	opts := make([]app.UI, len(idleChoices))
	for i, m := range idleChoices {
		opts[i] = el("option", "value", strconv.Itoa(m)).Attr("selected", time.Duration(m)*time.Minute == cur).
			Text(idleText(l, time.Duration(m)*time.Minute))
	}
	return field("idle", catalog.T(l, "safety.idle.label"), catalog.T(l, "safety.idle.hint"), "",
		el("select#idle").Attr("disabled", p.busy).Body(opts...))
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
	p.verdict, p.typed = rate(v), v != ""
}

// strengthKey names the strength line: "none" until something is typed.
func (p *protectPanel) strengthKey() string {
	if !p.typed {
		return "none"
	}
	return strconv.Itoa(int(p.verdict.level))
}

func (p *protectPanel) strengthLine(l catalog.Lang) string {
	if !p.typed {
		return catalog.T(l, "safety.strength.none")
	}
	return strengthText(l, p.verdict)
}

// weakPassphrase returns the message refusing pass, "" when it may be used.
func weakPassphrase(l catalog.Lang, pass string) string {
	v := rate(pass)
	switch {
	case v.level == strength.TooShort:
		return catalog.T(l, "safety.pass.short", minPassphraseRunes)
	case v.level.Refused():
		return catalog.T(l, "safety.pass.weak", reasonsText(l, v.reasons))
	}
	return ""
}

// newPassphrase reads the new passphrase twice and checks it.
func (p *protectPanel) newPassphrase() (string, bool) {
	l := catalog.Parse(p.Lang)
	pass, again := inputValue("pass-new", false), inputValue("pass-repeat", false)
	if weak := weakPassphrase(l, pass); weak != "" {
		p.problem = weak
		focusID("pass-new")
		return "", false
	}
	if pass != again {
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
	p.verdict, p.typed = verdict{}, false
}

func (p *protectPanel) onProtect(ctx app.Context, e app.Event) {
	e.PreventDefault()
	pass, ok := p.newPassphrase()
	if !ok || p.busy {
		return
	}
	p.busy, p.problem, p.status = true, "", ""
	theDesk.Protect(pass, p.idleChoice(), within(mine(p.own, ctx), p.done("safety.protect.done")))
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
	theDesk.ChangePassphrase(cur, pass, within(mine(p.own, ctx), p.done("safety.change.done")))
	p.clear()
}

func (p *protectPanel) onRemove(ctx app.Context, e app.Event) {
	e.PreventDefault()
	cur, ok := p.currentPassphrase("pass-remove")
	if !ok || p.busy {
		return
	}
	p.busy, p.problem, p.status = true, "", ""
	theDesk.RemoveProtection(cur, within(mine(p.own, ctx), p.done("safety.remove.done")))
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
	theDesk.SetIdleTimeout(p.idleChoice(), within(mine(p.own, ctx), p.done("safety.idle.done")))
}

func (p *protectPanel) onLock(ctx app.Context, e app.Event) { theDesk.Lock() }

// done returns the callback that reports a protection change.
func (p *protectPanel) done(okKey string) func(ctx app.Context, err error) {
	return func(ctx app.Context, err error) {
		l := catalog.Parse(p.Lang)
		p.busy = false
		if err != nil {
			p.problem = protectError(l, err)
			return
		}
		p.status = catalog.T(l, okKey)
		if left := theDesk.FileProblems(); len(left) > 0 && okKey != "safety.idle.done" {
			names := make([]string, len(left))
			for i, f := range left {
				names[i] = "「" + theDesk.EvidenceName(f.Key) + "」（" + fileErrText(l, f.Err) + "）"
				if l != catalog.JA {
					names[i] = "“" + theDesk.EvidenceName(f.Key) + "” (" + fileErrText(l, f.Err) + ")"
				}
			}
			p.problem = catalog.T(l, "safety.files.left", strings.Join(names, ", "))
		}
	}
}

// protectError is the message of a change of protection that changed
// nothing: for an attached file that could not be sealed anew, which one.
func protectError(l catalog.Lang, err error) string {
	var fe *desk.FileError
	if errors.Is(err, desk.ErrFilesNotResealed) && errors.As(err, &fe) {
		name := catalog.T(l, "safety.files.store")
		if fe.Key != "" {
			name = theDesk.EvidenceName(fe.Key)
		}
		return catalog.T(l, "safety.files.refused", name, fileErrText(l, fe.Err))
	}
	return passError(l, err)
}

func fileErrText(l catalog.Lang, err error) string {
	if errors.Is(err, desk.ErrFileOtherKey) {
		return catalog.T(l, "safety.files.otherKey")
	}
	return browser.Text(err, string(l))
}
