//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// The packet shows every section, switches its language on its own, and
// adds a draft when its box is checked.
func TestPacketSectionsLanguageAndDrafts(t *testing.T) {
	resetLang(t)
	now := time.Now()
	inc := incident.New(newID(), now)
	inc.Title = "packet test"
	inc.Story.Summary = "会員サイトへの不正アクセス"
	inc.Cause.Kind = incident.CauseUnauthorizedAccess
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1200})
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "email"}}
	inc.Main().Status = []incident.StatusChange{{Status: incident.Confirmed}}
	inc.Events = []incident.Event{{ID: "a", Kind: incident.EvAware, At: now.Add(-96 * time.Hour)}}
	desk.incidents[inc.ID] = inc
	t.Cleanup(func() { delete(desk.incidents, inc.ID) })
	p := &PacketPage{id: inc.ID}
	e := mount(t, p)

	for _, id := range []string{"#pk-cover", "#pk-deadlines", "#pk-timeline", "#pk-checklist", "#pk-lint"} {
		estEl(t, p, id)
	}
	if got := estText(t, p, "#pk-deadlines-h"); got != "期限一覧" {
		t.Errorf("deadlines heading = %q", got)
	}
	if got := estText(t, p, "#pk-fact-persons"); got != "1,200人" {
		t.Errorf("persons = %q", got)
	}
	if n := p.JSValue().Call("querySelectorAll", "#pk-deadlines tbody tr").Length(); n == 0 {
		t.Error("no deadline rows")
	}

	estSet(t, e, p, "#packet-lang", "en")
	if got := estText(t, p, "#pk-deadlines-h"); got != "Deadlines" {
		t.Errorf("deadlines heading in English = %q", got)
	}
	if got := estEl(t, p, "#packet").Get("lang").String(); got != "en" {
		t.Errorf("packet lang = %q", got)
	}
	if got := estText(t, p, "#packet-print"); !strings.Contains(got, "印刷") {
		t.Errorf("the controls left the interface language: %q", got)
	}

	box := p.JSValue().Call("querySelector", ".bd-pk-doclist input")
	if !box.Truthy() {
		t.Fatal("no draft offered")
	}
	box.Call("click")
	e.ConsumeAll()
	if n := p.JSValue().Call("querySelectorAll", `#packet section[id^="pk-doc-"]`).Length(); n != 1 {
		t.Errorf("%d drafts in the packet after one was checked", n)
	}
	box = p.JSValue().Call("querySelector", ".bd-pk-doclist input")
	box.Call("click")
	e.ConsumeAll()
	if n := p.JSValue().Call("querySelectorAll", `#packet section[id^="pk-doc-"]`).Length(); n != 0 {
		t.Errorf("%d drafts in the packet after it was unchecked", n)
	}
}
