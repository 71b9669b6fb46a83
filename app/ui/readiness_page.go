package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ReadinessPage is the checklist an organisation fills in before any
// incident; every new incident starts from it.
type ReadinessPage struct {
	app.Compo
	lang     catalog.Lang
	rev      int
	problems map[string]string
}

func (p *ReadinessPage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
	theDesk.SetBeforeLock(func() { p.saveFocused() })
}

func (p *ReadinessPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "drill.ready.title"), catalog.T(p.lang, "app.name"))
}

func (p *ReadinessPage) OnDismount() { theDesk.SetBeforeLock(nil) }

// onText saves a text field as it is left (change), reading its id at event time.
func (p *ReadinessPage) onText(ctx app.Context, e app.Event) {
	p.saveText(strings.TrimPrefix(ctx.JSSrc().Get("id").String(), "r-"), value(ctx))
}

// onTyping keeps what is typed into a text field before it is left.
func (p *ReadinessPage) onTyping(ctx app.Context, e app.Event) {
	r, st := theDesk.Readiness()
	if !st.Loaded || st.Err != nil {
		return
	}
	r.Keep(strings.TrimPrefix(ctx.JSSrc().Get("id").String(), "r-"), value(ctx))
	ctx.PreventUpdate()
	theDesk.SaveReadiness(r)
}

func (p *ReadinessPage) onYears(ctx app.Context, e app.Event) { p.saveYears(value(ctx)) }

// saveFocused saves the field that has the focus, typed in but not left: a
// lock (the idle lock while the user is away) would otherwise lose it.
func (p *ReadinessPage) saveFocused() {
	focused, v := browser.Focused()
	id, ok := strings.CutPrefix(focused, "r-")
	if !ok {
		return
	}
	if id == "retentionYears" {
		p.saveYears(v)
		return
	}
	if r, _ := theDesk.Readiness(); v != r.Get(id) {
		p.saveText(id, v)
	}
}

func (p *ReadinessPage) saveText(id, v string) {
	r, _ := theDesk.Readiness()
	if err := r.Set(id, v); err != nil {
		p.problem(id, catalog.T(p.lang, "drill.ready.tooLong", desk.MaxReadinessRunes))
		return
	}
	p.problem(id, "")
	theDesk.SaveReadiness(r)
}

func (p *ReadinessPage) saveYears(v string) {
	v = strings.TrimSpace(v)
	n := 0
	if v != "" {
		var err error
		n, err = strconv.Atoi(v)
		if err != nil || n < 0 || n > 100 {
			p.problem("retentionYears", catalog.T(p.lang, "drill.ready.badYears"))
			return
		}
	}
	p.problem("retentionYears", "")
	r, _ := theDesk.Readiness()
	if n == r.RetentionYears {
		return
	}
	r.RetentionYears = n
	theDesk.SaveReadiness(r)
}

func (p *ReadinessPage) problem(id, msg string) {
	if p.problems == nil {
		p.problems = map[string]string{}
	}
	if msg == "" {
		delete(p.problems, id)
	} else {
		p.problems[id] = msg
	}
}

// readinessGroups are the sections of the checklist and their fields.
var readinessGroups = []struct {
	ID     string
	Fields []string
}{
	{"org", []string{"orgName", "ministry"}},
	{"decide", []string{"networkCut", "decider", "csirt"}},
	{"contacts", []string{"ppc", "ministryContact", "police", "acquirer", "forensic", "lawyer"}},
	{"keep", []string{"logRetention", "retentionYears", "retentionNote", "rehearsals"}},
	{"desk", []string{"contactName", "contactPhone", "contactHours", "contactEmail", "contactWeb", "contactWebEn"}},
	{"people", []string{"cisoName", "cisoContact", "privacyName", "privacyContact", "prName", "prContact",
		"legalName", "legalContact", "repName", "repContact"}},
}

func (p *ReadinessPage) Render() app.UI {
	l := p.lang
	r, st := theDesk.Readiness()
	if !st.Loaded && app.IsClient {
		return shell(l, PathReadiness, elt("h1", catalog.T(l, "drill.ready.title")),
			elt("p[role=status]", catalog.T(l, "home.loading")))
	}
	filled, total := 0, 0
	sections := make([]app.UI, 0, len(readinessGroups))
	for _, g := range readinessGroups {
		fields := make([]app.UI, 0, len(g.Fields))
		for _, id := range g.Fields {
			total++
			fid := "r-" + id
			label := catalog.T(l, "drill.ready.f."+id)
			hint := catalog.T(l, "drill.ready.h."+id)
			if hint == "-" {
				hint = ""
			}
			var control app.UI
			if id == "retentionYears" {
				v := ""
				if r.RetentionYears > 0 {
					v = strconv.Itoa(r.RetentionYears)
					filled++
				}
				control = void("input[type=number]", "id", fid, "value", v).Attr("min", 0).Attr("max", 100).On("change", p.onYears)
			} else {
				if r.Get(id) != "" {
					filled++
				}
				control = void("input[type=text]", "id", fid, "value", r.Shown(id)).Attr("maxlength", desk.MaxReadinessRunes).
					On("input", p.onTyping).On("change", p.onText)
			}
			fields = append(fields, field(fid, label, hint, p.problems[id], control))
		}
		sections = append(sections, el("fieldset.bd-ready-group", "id", "ready-"+g.ID).Body(
			elt("legend", catalog.T(l, "drill.ready.g."+g.ID)),
			elt("p.bd-hint", catalog.T(l, "drill.ready.gh."+g.ID)),
			el("div.bd-ready-fields").Body(fields...),
		))
	}
	var status app.UI
	switch {
	case st.Err != nil:
		status = el("p.bd-warning[role=alert]#ready-status").Text(catalog.T(l, "drill.ready.loadFailed", st.Err.Error()))
	case st.SaveErr != nil:
		status = el("p.bd-warning[role=alert]#ready-status").Text(catalog.T(l, "drill.ready.saveFailed", passError(l, st.SaveErr)))
	case st.Saving:
		status = el("p.bd-muted[role=status]#ready-status").Text(catalog.T(l, "drill.ready.saving"))
	case !r.UpdatedAt.IsZero():
		status = el("p.bd-muted[role=status]#ready-status").Text(catalog.T(l, "drill.ready.saved", r.UpdatedAt.Format("2006/01/02 15:04")))
	default:
		status = el("p.bd-muted[role=status]#ready-status").Text(catalog.T(l, "drill.ready.notYet"))
	}
	return shell(l, PathReadiness,
		elt("h1", catalog.T(l, "drill.ready.title")),
		elt("p.bd-lead", catalog.T(l, "drill.ready.lead")),
		elt("p.bd-progress#ready-progress", catalog.T(l, "drill.ready.progress", filled, total)),
		status,
		el("form.bd-form.bd-drill-form.bd-ready#readiness-form").On("submit", p.onSubmit).Body(sections...),
		elt("p.bd-hint", catalog.T(l, "drill.ready.after")),
	)
}

func (p *ReadinessPage) onSubmit(ctx app.Context, e app.Event) { e.PreventDefault() }
