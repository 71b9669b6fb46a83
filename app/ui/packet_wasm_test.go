//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/docx/docxtest"
	"breachdesk/app/incident"
)

// The packet shows every section, switches its language on its own, and
// adds a draft when its box is checked.
func TestPacketSectionsLanguageAndDrafts(t *testing.T) {
	resetLang(t)
	now := time.Now()
	inc := incident.New(theDesk.NewID(), now)
	inc.Title = "packet test"
	inc.Story.Summary = "会員サイトへの不正アクセス"
	inc.Cause.Kind = incident.CauseUnauthorizedAccess
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1200})
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "email"}}
	inc.Main().Status = []incident.StatusChange{{Status: incident.Confirmed}}
	inc.Events = []incident.Event{{ID: "a", Kind: incident.EvAware, At: now.Add(-96 * time.Hour)}}
	testDesk(t, nil, inc)
	p := &PacketPage{incidentPage: incidentPage{id: inc.ID}}
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

// The packet's Word file is made from the page's own HTML, as Chromium
// serializes it: the sections, the tables, the draft added, a line break
// the user typed in the summary.
func TestPacketWordFromThePage(t *testing.T) {
	resetLang(t)
	now := time.Now()
	inc := incident.New(theDesk.NewID(), now)
	inc.Title = "word test"
	inc.Story.Summary = "一行目\n二行目 <w:p>&amp;"
	inc.Cause.Kind = incident.CauseUnauthorizedAccess
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1200})
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "email"}}
	inc.Main().Status = []incident.StatusChange{{Status: incident.Confirmed}}
	inc.Events = []incident.Event{{ID: "a", Kind: incident.EvAware, At: now.Add(-96 * time.Hour)}}
	testDesk(t, nil, inc)
	p := &PacketPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	box := p.JSValue().Call("querySelector", ".bd-pk-doclist input")
	if !box.Truthy() {
		t.Fatal("no draft offered")
	}
	box.Call("click")
	e.ConsumeAll()
	if len(p.shown) != 1 {
		t.Fatalf("%d drafts kept for the Word file", len(p.shown))
	}
	html := p.JSValue().Call("querySelector", "#packet").Get("outerHTML").String()
	data, err := packetWord(catalog.JA, inc.Title, html, p.shown, now)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docxtest.Read(data)
	if err != nil {
		t.Fatalf("the Word file does not read back: %v", err)
	}
	heads := map[string]bool{}
	for _, para := range f.Paragraphs {
		if para.Style == "Heading1" && para.PageBreakBefore {
			heads[para.Text] = true
		}
	}
	for _, want := range []string{"期限一覧", "時系列と遅れの確認", "チェックリスト（担当と状況）", "下書きの未解決の指摘", docLabel(catalog.JA, p.shown[0])} {
		if !heads[want] {
			t.Errorf("no section %q on a page of its own; headings %v", want, heads)
		}
	}
	if !strings.Contains(f.Text(), "一行目\n二行目 <w:p>&amp;") {
		t.Errorf("the summary is not in the file as typed:\n%s", f.Text())
	}
	if !strings.Contains(f.Text(), p.shown[0].Title) {
		t.Error("the draft's title is not in the file")
	}
	headed := 0
	for _, tb := range f.Tables {
		if tb.HeaderRows == 1 {
			headed++
		}
	}
	if headed < 3 {
		t.Errorf("%d tables with a repeating header row", headed)
	}
	if !strings.Contains(f.Header, "word test") {
		t.Errorf("running header %q", f.Header)
	}
}
