//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftsIncident puts an incident with 1,234 persons on the desk.
func draftsIncident(t *testing.T) *incident.Incident {
	t.Helper()
	now := time.Now()
	inc := incident.New("drafts-test-"+theDesk.NewID(), now)
	inc.Title = "顧客情報の漏えい"
	inc.Org.Name = "テスト株式会社"
	inc.Org.Establishments = []string{"JP"}
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1234})
	inc.Main().Records = incident.FigureOf(incident.Count{Known: true, N: 1500})
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "email"}}
	testDesk(t, nil, inc)
	return inc
}

// personsParagraph is the customer notice paragraph that states the persons count.
func personsParagraph(t *testing.T, inc *incident.Incident, count string) draft.Paragraph {
	t.Helper()
	now := time.Now()
	rs, err := theDesk.Rules()
	if err != nil {
		t.Fatal(err)
	}
	d, err := draft.Build(draft.Spec{Kind: draft.KindNotice, Lang: draft.JA, Variant: draft.VariantEmail, Date: now},
		inc, assess.Evaluate(inc, rs, now), rs)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range d.Paragraphs() {
		if strings.Contains(pr.Text, count) {
			return pr
		}
	}
	t.Fatalf("no paragraph of the notice says %q", count)
	return draft.Paragraph{}
}

func query(t *testing.T, p app.Composer, sel string) app.Value {
	t.Helper()
	v := p.JSValue().Call("querySelector", sel)
	if !v.Truthy() {
		t.Fatalf("no element %s", sel)
	}
	return v
}

func paraSel(id string) string { return `[data-para="` + id + `"]` }

// Editing a paragraph stores it; a fact changed afterwards marks it with both
// texts; "keep mine" and "use the new text" resolve the conflict.
func TestDraftsEditConflictKeepAndUseNew(t *testing.T) {
	resetLang(t)
	inc := draftsIncident(t)
	pr := personsParagraph(t, inc, "1,234")
	p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	if got := query(t, p, "#draft").Get("dataset").Get("doc").String(); got != "notice-ja" {
		t.Fatalf("first document shown = %q, want notice-ja", got)
	}
	// Edit and save.
	query(t, p, "div"+paraSel(pr.ID)+" .bd-edit").Call("click")
	e.ConsumeAll()
	mine := "対象は1,234名です（編集済み）。"
	query(t, p, "#draft-edit").Set("value", mine)
	query(t, p, "#draft-save").Call("click")
	e.ConsumeAll()
	ed, ok := inc.Edits[pr.ID]
	if !ok || ed.Text != mine || ed.Base != pr.Text {
		t.Fatalf("edit stored = %+v (ok %v), want text %q base %q", ed, ok, mine, pr.Text)
	}
	box := query(t, p, "div"+paraSel(pr.ID))
	if !box.Get("classList").Call("contains", "bd-para-edited").Bool() {
		t.Errorf("edited paragraph not marked: class %q", box.Get("className").String())
	}
	if !strings.Contains(box.Get("textContent").String(), mine) {
		t.Errorf("edited paragraph does not show the user's text")
	}

	// The facts change under the edit.
	theDesk.Edit(inc.ID, func(inc *incident.Incident) {
		inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 2000})
	})
	newPr := personsParagraph(t, inc, "2,000")
	if newPr.ID != pr.ID {
		t.Fatalf("the persons paragraph moved: %s → %s", pr.ID, newPr.ID)
	}
	query(t, p, ".bd-doc-current").Call("click") // any re-render
	e.ConsumeAll()
	box = query(t, p, "div"+paraSel(pr.ID))
	if !box.Get("classList").Call("contains", "bd-para-conflict").Bool() {
		t.Fatalf("no conflict mark: class %q", box.Get("className").String())
	}
	if got := query(t, p, "div"+paraSel(pr.ID)+" .bd-conflict-mine .bd-para-text").Get("textContent").String(); got != mine {
		t.Errorf("user's text in conflict = %q", got)
	}
	if got := query(t, p, "div"+paraSel(pr.ID)+" .bd-conflict-new .bd-para-text").Get("textContent").String(); got != newPr.Text {
		t.Errorf("new text in conflict = %q, want %q", got, newPr.Text)
	}
	query(t, p, "#drafts-conflicts")
	if inc.Edits[pr.ID].Text != mine {
		t.Fatal("the user's text was overwritten")
	}

	// Keep mine: the base follows the new text, the mark goes, the text stays.
	query(t, p, "div"+paraSel(pr.ID)+" .bd-keep-mine").Call("click")
	e.ConsumeAll()
	if ed := inc.Edits[pr.ID]; ed.Text != mine || ed.Base != newPr.Text {
		t.Fatalf("after keep mine: %+v", ed)
	}
	box = query(t, p, "div"+paraSel(pr.ID))
	if box.Get("classList").Call("contains", "bd-para-conflict").Bool() ||
		!box.Get("classList").Call("contains", "bd-para-edited").Bool() {
		t.Fatalf("after keep mine: class %q", box.Get("className").String())
	}

	// Another change, then use the new text: the edit is gone.
	theDesk.Edit(inc.ID, func(inc *incident.Incident) {
		inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 3000})
	})
	newer := personsParagraph(t, inc, "3,000")
	query(t, p, ".bd-doc-current").Call("click")
	e.ConsumeAll()
	query(t, p, "div"+paraSel(pr.ID)+" .bd-use-new").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Edits[pr.ID]; ok {
		t.Fatal("use the new text kept the edit")
	}
	box = query(t, p, "div"+paraSel(pr.ID))
	if got := box.Get("className").String(); got != "bd-para" {
		t.Errorf("after use new: class %q", got)
	}
	if got := query(t, p, "div"+paraSel(pr.ID)+" .bd-para-text").Get("textContent").String(); got != newer.Text {
		t.Errorf("after use new: text %q, want %q", got, newer.Text)
	}
}

// An edit whose paragraph no document has any more is listed, not lost; a
// revert drops an edit.
func TestDraftsOrphansAndRevert(t *testing.T) {
	resetLang(t)
	inc := draftsIncident(t)
	pr := personsParagraph(t, inc, "1,234")
	inc.Edits = map[string]incident.ParagraphEdit{
		"notice-ja/gone/p9": {Text: "消えた段落の文", Base: "x", EditedAt: time.Now()},
		pr.ID:               {Text: "私の文", Base: pr.Text, EditedAt: time.Now()},
	}
	p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	orphan := query(t, p, "#drafts-orphans .bd-orphan")
	if !strings.Contains(orphan.Get("textContent").String(), "消えた段落の文") {
		t.Errorf("orphan not listed: %q", orphan.Get("textContent").String())
	}
	query(t, p, "div"+paraSel(pr.ID)+" .bd-revert").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Edits[pr.ID]; ok {
		t.Fatal("revert kept the edit")
	}
	if _, ok := inc.Edits["notice-ja/gone/p9"]; !ok {
		t.Fatal("the orphan went with the revert")
	}
	// Discarding an orphan takes two clicks.
	query(t, p, "#drafts-orphans .bd-orphan button:last-child").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Edits["notice-ja/gone/p9"]; !ok {
		t.Fatal("one click discarded the orphan")
	}
	query(t, p, "#drafts-orphans .bd-danger").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Edits["notice-ja/gone/p9"]; ok {
		t.Fatal("the confirmed discard kept the orphan")
	}
}

// The document language is separate from the interface's; the PPC view lists
// what changed since the 速報; lint findings are shown beside the document.
func TestDraftsPickerPPCAndLint(t *testing.T) {
	resetLang(t)
	inc := draftsIncident(t)
	p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	ppc := p.JSValue().Call("querySelector", `[data-kind="ppc"]`)
	if !ppc.Truthy() {
		t.Fatal("the PPC report does not apply to an incident of 1,234 persons in Japan")
	}
	ppc.Call("click")
	e.ConsumeAll()
	if got := query(t, p, "#draft").Get("dataset").Get("doc").String(); got != "ppc-prelim-ja" {
		t.Fatalf("after picking the PPC report: %q", got)
	}
	if n := p.JSValue().Call("querySelectorAll", ".bd-ppc-field .bd-copy").Get("length").Int(); n < 5 {
		t.Errorf("PPC fields with a copy button: %d", n)
	}
	query(t, p, "#drafts-diff")
	sel := query(t, p, "#draft-variant")
	sel.Set("value", "final")
	sel.Call("dispatchEvent", app.Window().Get("Event").New("change", map[string]any{"bubbles": true}))
	e.ConsumeAll()
	if got := query(t, p, "#draft").Get("dataset").Get("doc").String(); got != "ppc-final-ja" {
		t.Fatalf("after picking the 確報: %q", got)
	}
	query(t, p, "#drafts-lint h2")
	if n := p.JSValue().Call("querySelectorAll", "#drafts-lint .bd-finding").Get("length").Int(); n == 0 {
		t.Errorf("no lint finding shown for a draft full of placeholders")
	}
}

// Two entrustors get two notices: the picker offers both by name, and picking
// the second shows its own document.
func TestDraftsPickerSubject(t *testing.T) {
	resetLang(t)
	inc := draftsIncident(t)
	inc.Parties = append(inc.Parties,
		incident.Party{ID: "e1", Kind: incident.PartyEntrustor, Name: "委託元一株式会社"},
		incident.Party{ID: "e2", Kind: incident.PartyEntrustor, Name: "委託元二株式会社"})
	inc.DataSets = append(inc.DataSets,
		incident.DataSet{ID: "d2", Name: "委託元一の顧客", Role: incident.Processor, Entrustor: "e1", Categories: []incident.Category{{ID: "name"}}},
		incident.DataSet{ID: "d3", Name: "委託元二の顧客", Role: incident.Processor, Entrustor: "e2", Categories: []incident.Category{{ID: "name"}}})
	p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	query(t, p, `[data-kind="entrustor"]`).Call("click")
	e.ConsumeAll()
	if got := query(t, p, "#draft").Get("dataset").Get("doc").String(); got != "entrustor-e1-ja" {
		t.Fatalf("after picking the entrustor notice: %q", got)
	}
	sel := query(t, p, "#draft-subject")
	if text := sel.Get("textContent").String(); !strings.Contains(text, "委託元一株式会社") || !strings.Contains(text, "委託元二株式会社") {
		t.Fatalf("the picker offers %q", text)
	}
	sel.Set("value", "e2//0")
	sel.Call("dispatchEvent", app.Window().Get("Event").New("change", map[string]any{"bubbles": true}))
	e.ConsumeAll()
	if got := query(t, p, "#draft").Get("dataset").Get("doc").String(); got != "entrustor-e2-ja" {
		t.Fatalf("after picking the second entrustor: %q", got)
	}
	if text := query(t, p, "#draft").Get("textContent").String(); !strings.Contains(text, "委託元二株式会社　御中") || strings.Contains(text, "委託元一の顧客") {
		t.Errorf("the second entrustor's notice is not about its own data:\n%s", text)
	}
}

// A company that has announced once is offered the first announcement (as
// made) and the draft of the second (第2報), which tells what it follows.
func TestDraftsPickerAnnouncements(t *testing.T) {
	resetLang(t)
	inc := draftsIncident(t)
	inc.Events = append(inc.Events,
		incident.Event{ID: "aw", Kind: incident.EvAware, At: time.Now().Add(-72 * time.Hour)},
		incident.Event{ID: "pub1", Kind: incident.EvPublic, At: time.Now().Add(-48 * time.Hour)})
	p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	query(t, p, `[data-kind="public"]`).Call("click")
	e.ConsumeAll()
	sel := query(t, p, "#draft-subject")
	if text := sel.Get("textContent").String(); !strings.Contains(text, "第1報") || !strings.Contains(text, "第2報") {
		t.Fatalf("the picker offers %q; want the first announcement and the second", text)
	}
	sel.Set("value", "//1")
	sel.Call("dispatchEvent", app.Window().Get("Event").New("change", map[string]any{"bubbles": true}))
	e.ConsumeAll()
	if got := query(t, p, "#draft").Get("dataset").Get("doc").String(); got != "public-2-ja" {
		t.Fatalf("after picking the second announcement: %q", got)
	}
	if title := query(t, p, "#draft-title").Get("textContent").String(); !strings.HasSuffix(title, "（第2報）") {
		t.Errorf("the second announcement's title: %q", title)
	}
	if text := query(t, p, "#draft").Get("textContent").String(); !strings.Contains(text, "にお知らせいたしました本件につきまして") {
		t.Errorf("the second announcement does not say what it follows:\n%s", text)
	}
}

// The title is edited as a paragraph is (F1063): typed on two lines, kept
// as one, shown in the title's place marked as edited, and reverted.
func TestDraftsTitleEditable(t *testing.T) {
	resetLang(t)
	inc := draftsIncident(t)
	p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	id := "notice-ja/title"
	gen := query(t, p, "#draft-title").Get("textContent").String()
	query(t, p, "div"+paraSel(id)+" .bd-edit").Call("click")
	e.ConsumeAll()
	if got := query(t, p, "label[for=draft-edit]").Get("textContent").String(); got != "表題を編集" {
		t.Errorf("editor label = %q", got)
	}
	query(t, p, "#draft-edit").Set("value", "顧客情報に関する\nお知らせ")
	query(t, p, "#draft-save").Call("click")
	e.ConsumeAll()
	if ed, ok := inc.Edits[id]; !ok || ed.Text != "顧客情報に関する お知らせ" || ed.Base != gen {
		t.Fatalf("title edit stored = %+v (ok %v), base want %q", ed, ok, gen)
	}
	if got := query(t, p, "#draft-title").Get("textContent").String(); got != "顧客情報に関する お知らせ" {
		t.Errorf("title shown = %q", got)
	}
	if !query(t, p, "div"+paraSel(id)).Get("classList").Call("contains", "bd-para-edited").Bool() {
		t.Error("the edited title is not marked as edited")
	}
	query(t, p, "div"+paraSel(id)+" .bd-revert").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Edits[id]; ok {
		t.Fatal("revert kept the title's edit")
	}
	if got := query(t, p, "#draft-title").Get("textContent").String(); got != gen {
		t.Errorf("title after revert = %q, want %q", got, gen)
	}
}
