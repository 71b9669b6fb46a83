package ui

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// An order asks its basis and what it asks for, and under a sector's law
// its provision; nothing of it shows on another kind, and a basis changed
// from a sector's law drops the provision (F743).
func TestTimelineOrderBasisKindLaw(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	inc.Parties = []incident.Party{{ID: "p-fsa", Kind: incident.PartyMinistry, Name: "関東財務局"}}
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	has := func(sel string) bool { return p.JSValue().Call("querySelector", sel).Truthy() }

	clType(clQuery(t, p, "#tl-add-kind"), "police", "change")
	e.ConsumeAll()
	if has("#tl-add-orderBasis") || has("#tl-add-orderKind") || has("#tl-add-orderLaw") {
		t.Fatal("a police event asks an order's basis")
	}
	clType(clQuery(t, p, "#tl-add-kind"), "ministry_order", "change")
	e.ConsumeAll()
	if !has("#tl-add-orderBasis") || !has("#tl-add-orderKind") || has("#tl-add-orderLaw") {
		t.Fatal("an order: the basis and kind asked, the provision only under a sector's law")
	}
	clType(clQuery(t, p, "#tl-add-orderBasis"), "sector", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-orderKind"), "improvement", "change")
	clType(clQuery(t, p, "#tl-add-orderLaw"), " 金融商品取引法第51条 ", "input")
	clType(clQuery(t, p, "#tl-add-party"), "p-fsa", "change")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvMinistryOrder)
	if !ok || ev.OrderBasis != "sector" || ev.OrderKind != "improvement" || ev.OrderLaw != "金融商品取引法第51条" {
		t.Fatalf("order %+v", ev)
	}
	item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String()
	for _, want := range []string{"命令：金融商品取引法第51条、業務改善計画とその実行"} {
		if !strings.Contains(item, want) {
			t.Errorf("the order does not say %q: %q", want, item)
		}
	}

	// Edited to the APPI: the provision goes.
	clQuery(t, p, `.tl-edit[data-id="`+ev.ID+`"]`).Call("click")
	e.ConsumeAll()
	if got := clQuery(t, p, "#tl-edit-orderLaw").Get("value").String(); got != "金融商品取引法第51条" {
		t.Fatalf("edit form's provision %q", got)
	}
	clType(clQuery(t, p, "#tl-edit-orderBasis"), "appi", "change")
	e.ConsumeAll()
	if has("#tl-edit-orderLaw") {
		t.Error("the provision is asked under the APPI")
	}
	tlSubmit(t, p, "#tl-edit")
	e.ConsumeAll()
	got, _ := inc.Event(ev.ID)
	if got.OrderBasis != "appi" || got.OrderLaw != "" || got.OrderKind != "improvement" {
		t.Fatalf("after the edit: %+v", got)
	}
}

// Administrative guidance is one of an order's bases (F822): chosen in the
// form, it is stored and the event says so.
func TestTimelineOrderAsGuidance(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	clType(clQuery(t, p, "#tl-add-kind"), "ministry_order", "change")
	e.ConsumeAll()
	opt := clQuery(t, p, `#tl-add-orderBasis option[value="guidance"]`)
	if got := opt.Get("textContent").String(); !strings.Contains(got, "行政指導") {
		t.Fatalf("the guidance option reads %q", got)
	}
	clType(clQuery(t, p, "#tl-add-orderBasis"), "guidance", "change")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvMinistryOrder)
	if !ok || ev.OrderBasis != "guidance" {
		t.Fatalf("order %+v", ev)
	}
	if item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String(); !strings.Contains(item, "行政指導") {
		t.Errorf("the event does not say it is guidance: %q", item)
	}
}
