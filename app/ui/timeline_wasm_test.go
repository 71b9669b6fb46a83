//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tlSubmit fires the form's submit event the way pressing its submit button
// does, without the browser's own submission: go-app runs handlers after the
// event returns, so in the test page (which has no form-action CSP, unlike the
// app) clicking would navigate away. The e2e test clicks the real button.
func tlSubmit(t *testing.T, p *TimelinePage, form string) {
	t.Helper()
	clQuery(t, p, form).Call("dispatchEvent", app.Window().Get("Event").New("submit", map[string]any{"bubbles": true, "cancelable": true}))
}

// tlIndexOf is the position of the first element matching sel among the time line's items, or -1.
func tlIndexOf(p *TimelinePage, sel string) int {
	items := p.JSValue().Call("querySelectorAll", "#tl-line > li")
	for i := 0; i < items.Length(); i++ {
		if items.Index(i).Call("matches", sel).Bool() {
			return i
		}
	}
	return -1
}

func TestTimelineAddingContainmentShowsTheFinding(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	// Not contained yet: the detection→containment delay runs, shown at "now".
	if i, now := tlIndexOf(p, `[data-finding="tl.contain"]`), tlIndexOf(p, "#tl-now"); i < 0 || i < now {
		t.Fatalf("running finding at %d, now at %d", i, now)
	}
	clQuery(t, p, `[data-finding="tl.contain"].tl-finding-pending`)

	contained := time.Now().Add(-30 * time.Minute).In(inc.Location())
	clType(clQuery(t, p, "#tl-add-kind"), "contained", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-at"), contained.Format("2006-01-02T15:04"), "input")
	clType(clQuery(t, p, "#tl-add-jur"), "jp", "input")
	clType(clQuery(t, p, "#tl-add-note"), "外部通信を遮断", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()

	ev, ok := inc.FirstEvent(incident.EvContained)
	if !ok || ev.Note != "外部通信を遮断" || ev.Jurisdiction != "JP" || !ev.At.Equal(contained.Truncate(time.Minute)) {
		t.Fatalf("contained event = %+v, %v", ev, ok)
	}
	// The finding now sits between detection and containment, within the target.
	f := clQuery(t, p, `[data-finding="tl.contain"]`)
	if cls := f.Get("className").String(); !strings.Contains(cls, "tl-finding-ok") {
		t.Errorf("finding class = %q", cls)
	}
	if text := f.Get("textContent").String(); !strings.Contains(text, "検知から封じ込めまで") {
		t.Errorf("finding text = %q", text)
	}
	fi, ci, di := tlIndexOf(p, `[data-finding="tl.contain"]`), tlIndexOf(p, "#ev-"+ev.ID), tlIndexOf(p, `[data-kind="detected"]`)
	if !(di < fi && fi < ci) {
		t.Errorf("order: detected %d, finding %d, contained %d", di, fi, ci)
	}
	if got := clQuery(t, p, "#tl-notice").Get("textContent").String(); got != catalog.T(catalog.JA, "tl.added") {
		t.Errorf("notice = %q", got)
	}
	// The next event defaults to now again, not to what was typed.
	if got := clQuery(t, p, "#tl-add-at").Get("value").String(); got == contained.Format("2006-01-02T15:04") ||
		got != datetimeLocal(time.Now(), inc.Location()) && got != datetimeLocal(time.Now().Add(-time.Minute), inc.Location()) {
		t.Errorf("after adding, the form's time is %q, want now", got)
	}
}

func TestTimelineRefusesAnUnreadableTime(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	n := len(inc.Events)

	clType(clQuery(t, p, "#tl-add-kind"), "contained", "change")
	e.ConsumeAll()
	at := clQuery(t, p, "#tl-add-at")
	at.Set("type", "text") // as in a browser without a date picker
	clType(at, "22/11 9時", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()

	if len(inc.Events) != n {
		t.Fatalf("an event was added from an unreadable time: %+v", inc.Events)
	}
	msg := clQuery(t, p, "#tl-add-at-problem")
	if text := msg.Get("textContent").String(); !strings.Contains(text, "「日時」") || msg.Call("getAttribute", "role").String() != "alert" {
		t.Errorf("message = %q", text)
	}
}

func TestTimelineDeleteAsksFirst(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	ev, _ := inc.FirstEvent(incident.EvAware)

	clQuery(t, p, `.tl-delete[data-id="`+ev.ID+`"]`).Call("click")
	e.ConsumeAll()
	if _, ok := inc.Event(ev.ID); !ok {
		t.Fatal("deleted without asking")
	}
	confirm := clQuery(t, p, "#ev-"+ev.ID+" .tl-confirm")
	if confirm.Call("getAttribute", "role").String() != "alert" || !strings.Contains(confirm.Get("textContent").String(), "削除しますか") {
		t.Errorf("question = %q", confirm.Get("textContent").String())
	}
	clQuery(t, p, "#tl-cancel-delete").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Event(ev.ID); !ok || p.JSValue().Call("querySelector", ".tl-confirm").Truthy() {
		t.Fatal("cancel did not keep the event or did not close the question")
	}

	clQuery(t, p, `.tl-delete[data-id="`+ev.ID+`"]`).Call("click")
	e.ConsumeAll()
	clQuery(t, p, "#tl-confirm-delete").Call("click")
	e.ConsumeAll()
	if _, ok := inc.Event(ev.ID); ok {
		t.Fatal("the event is still there after confirming")
	}
	if p.JSValue().Call("querySelector", "#ev-"+ev.ID).Truthy() {
		t.Error("the event is still shown")
	}
}

func TestTimelineEditMovesTheEvent(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	ev, _ := inc.FirstEvent(incident.EvDetected)

	clQuery(t, p, `.tl-edit[data-id="`+ev.ID+`"]`).Call("click")
	e.ConsumeAll()
	if got := clQuery(t, p, "#tl-edit-at").Get("value").String(); got != datetimeLocal(ev.At, inc.Location()) {
		t.Fatalf("edit form at = %q", got)
	}
	earlier := ev.At.Add(-6 * 24 * time.Hour)
	clType(clQuery(t, p, "#tl-edit-at"), datetimeLocal(earlier, inc.Location()), "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-edit")
	e.ConsumeAll()
	got, _ := inc.Event(ev.ID)
	if !got.At.Equal(earlier) || got.Kind != incident.EvDetected {
		t.Fatalf("after edit: %+v", got)
	}
	if p.JSValue().Call("querySelector", "#tl-edit").Truthy() {
		t.Error("the edit form is still open")
	}
	// Six days without containment: overdue against the 24-hour benchmark.
	clQuery(t, p, `[data-finding="tl.contain"].tl-finding-overdue`)
}

// An event with no date yet is added and shown without an invented date;
// an event dated by month is shown under its month, never a day; a
// detection says who told the company; an event names its party and sets.
func TestTimelineUndatedPartySourceSets(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	inc.Parties = []incident.Party{{ID: "p-police", Kind: incident.PartyPolice, Name: "警視庁"}}
	inc.DataSets = append(inc.DataSets, incident.DataSet{ID: "d2", Name: "退会済み会員"})
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	n := len(inc.Events)

	clType(clQuery(t, p, "#tl-add-kind"), "police", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-prec"), precUndated, "change")
	e.ConsumeAll()
	if p.JSValue().Call("querySelector", "#tl-add-at").Truthy() {
		t.Error("an undated event still asks for its time")
	}
	clType(clQuery(t, p, "#tl-add-party"), "p-police", "change")
	clQuery(t, p, "#tl-add-set-d2").Call("click")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	if len(inc.Events) != n+1 {
		t.Fatalf("events %d, want %d", len(inc.Events), n+1)
	}
	var ev incident.Event
	for _, x := range inc.Events {
		if x.Kind == incident.EvPolice {
			ev = x
		}
	}
	if ev.Dated() || ev.Party != "p-police" || len(ev.Sets) != 1 || ev.Sets[0] != "d2" {
		t.Fatalf("police event %+v", ev)
	}
	item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String()
	for _, want := range []string{"日時なし", "警視庁", "退会済み会員"} {
		if !strings.Contains(item, want) {
			t.Errorf("the undated event does not say %q: %q", want, item)
		}
	}
	if strings.Contains(item, "0001") || strings.Contains(item, "1970") {
		t.Errorf("an invented date: %q", item)
	}

	// A bad date at the precision chosen is named, nothing added.
	clType(clQuery(t, p, "#tl-add-kind"), "intrusion", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-prec"), "month", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-at"), "去年", "input")
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	if len(inc.Events) != n+1 || !p.JSValue().Call("querySelector", "#tl-add-at-problem").Truthy() {
		t.Fatalf("a bad month: %d events, message %v", len(inc.Events), p.JSValue().Call("querySelector", "#tl-add-at-problem").Truthy())
	}
	clType(clQuery(t, p, "#tl-add-at"), "2025-11", "input")
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	intr, ok := inc.FirstEvent(incident.EvIntrusion)
	if !ok || intr.Precision != incident.Month {
		t.Fatalf("intrusion %+v, %v", intr, ok)
	}
	if got := clQuery(t, p, "#tl-line").Get("textContent").String(); !strings.Contains(got, "2025年11月中") {
		t.Errorf("the month is not the heading: %q", got)
	}

	// A detection asks who told the company.
	clType(clQuery(t, p, "#tl-add-kind"), "detected", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-source"), "card_company", "change")
	clType(clQuery(t, p, "#tl-add-prec"), "", "change")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	found := false
	for _, x := range inc.EventsOf(incident.EvDetected) {
		found = found || x.Source == "card_company"
	}
	if !found {
		t.Errorf("no detection told by a card company: %+v", inc.EventsOf(incident.EvDetected))
	}
}

// A deletion confirmed by some recipients only is recorded with its counts
// (「488件のうち486件」): the form asks for them on a deletion, refuses a
// count that is not a number or is more than the recipients, and stores
// them (F378).
func TestTimelineDeletionCounts(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	n := len(inc.Events)

	if p.JSValue().Call("querySelector", "#tl-add-recipients").Truthy() {
		t.Fatal("the counts are asked of an event that is no deletion")
	}
	clType(clQuery(t, p, "#tl-add-kind"), "deleted", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-at"), time.Now().Add(-time.Hour).In(inc.Location()).Format("2006-01-02T15:04"), "input")
	clType(clQuery(t, p, "#tl-add-recipients"), "４８８社", "input")
	clType(clQuery(t, p, "#tl-add-confirmed"), "たくさん", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	if len(inc.Events) != n || !p.JSValue().Call("querySelector", "#tl-add-confirmed-problem").Truthy() {
		t.Fatalf("an unreadable count: %d events (want %d), message %v", len(inc.Events), n, p.JSValue().Call("querySelector", "#tl-add-confirmed-problem").Truthy())
	}
	clType(clQuery(t, p, "#tl-add-confirmed"), "489", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	if len(inc.Events) != n {
		t.Fatalf("more confirmed than recipients was stored: %+v", inc.Events)
	}
	clType(clQuery(t, p, "#tl-add-confirmed"), "486", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvDeleted)
	if !ok || ev.Recipients != 488 || ev.Confirmed != 486 {
		t.Fatalf("deletion event %+v, %v", ev, ok)
	}
	if c, of, some := ev.DeletedBySome(); !some || c != 486 || of != 488 {
		t.Errorf("DeletedBySome = %d, %d, %v", c, of, some)
	}
	if item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String(); !strings.Contains(item, "488件のうち486件で削除を確認") {
		t.Errorf("the time line does not show the counts: %q", item)
	}
}

// A retrieval that brought back only part of what went is recorded with
// its counts (「842件のうち521件」): the form asks for them on a retrieval,
// with its own words, refuses more back than went, and stores them (F491).
func TestTimelineRetrievalCounts(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	n := len(inc.Events)

	clType(clQuery(t, p, "#tl-add-kind"), "retrieved", "change")
	e.ConsumeAll()
	if label := clQuery(t, p, "label[for=tl-add-recipients]").Get("textContent").String(); !strings.Contains(label, "紛失・盗難・誤送付") {
		t.Errorf("the count of a retrieval is labelled %q", label)
	}
	clType(clQuery(t, p, "#tl-add-at"), time.Now().Add(-time.Hour).In(inc.Location()).Format("2006-01-02T15:04"), "input")
	clType(clQuery(t, p, "#tl-add-recipients"), "842", "input")
	clType(clQuery(t, p, "#tl-add-confirmed"), "843", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	if len(inc.Events) != n || !p.JSValue().Call("querySelector", "#tl-add-confirmed-problem").Truthy() {
		t.Fatalf("more back than went was stored: %+v", inc.Events)
	}
	clType(clQuery(t, p, "#tl-add-confirmed"), "521", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvRetrieved)
	if !ok || ev.Recipients != 842 || ev.Confirmed != 521 {
		t.Fatalf("retrieval event %+v, %v", ev, ok)
	}
	if item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String(); !strings.Contains(item, "842件のうち521件が戻った") {
		t.Errorf("the time line does not show the counts: %q", item)
	}
}

// A notice that went to only some of the persons is recorded with how many
// it went to: the form asks for that one count on a notice (no count of
// confirmations), stores it, and the time line shows it (F870).
func TestTimelineNoticeToSome(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	clType(clQuery(t, p, "#tl-add-kind"), "notice_persons", "change")
	e.ConsumeAll()
	if label := clQuery(t, p, "label[for=tl-add-recipients]").Get("textContent").String(); !strings.Contains(label, "通知した本人の数") {
		t.Errorf("the count of a notice is labelled %q", label)
	}
	if p.JSValue().Call("querySelector", "#tl-add-confirmed").Truthy() {
		t.Error("a notice asks for a count of confirmations")
	}
	clType(clQuery(t, p, "#tl-add-at"), time.Now().Add(-time.Hour).In(inc.Location()).Format("2006-01-02T15:04"), "input")
	clType(clQuery(t, p, "#tl-add-recipients"), "29,000", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvNoticePersons)
	if !ok || ev.Recipients != 29000 {
		t.Fatalf("notice event %+v, %v", ev, ok)
	}
	if item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String(); !strings.Contains(item, "29,000名に通知") {
		t.Errorf("the time line does not show the count: %q", item)
	}
}

// F1040: an event about a time of day is entered in the form (about a
// date, with its time), shown with the time, and kept when edited again;
// F1043: so is the day it was learned of.
func TestTimelineApproxTime(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	if p.JSValue().Call("querySelector", "#tl-add-time").Truthy() {
		t.Error("an exact time asks for a time of day apart")
	}
	clType(clQuery(t, p, "#tl-add-kind"), "intrusion", "change")
	clType(clQuery(t, p, "#tl-add-prec"), "approx", "change")
	e.ConsumeAll()
	day := time.Now().Add(-72 * time.Hour).In(inc.Location())
	clType(clQuery(t, p, "#tl-add-at"), day.Format("2006-01-02"), "input")
	clType(clQuery(t, p, "#tl-add-time"), "14:10", "input")
	learned := day.Add(48 * time.Hour).Format("2006-01-02")
	if clQuery(t, p, "#tl-add-learned").Call("closest", "details").Get("open").Bool() {
		t.Error("the day learned of is not folded in an empty form (F1124)")
	}
	clType(clQuery(t, p, "#tl-add-learned"), learned, "input") // F1043
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvIntrusion)
	want := time.Date(day.Year(), day.Month(), day.Day(), 14, 10, 0, 0, inc.Location())
	if !ok || !ev.At.Equal(want) || ev.Precision != incident.Approx {
		t.Fatalf("intrusion %+v, want about %v", ev, want)
	}
	if got := clQuery(t, p, "#ev-"+ev.ID+" .tl-time").Get("textContent").String(); got != "14:10頃" {
		t.Errorf("the time line shows %q", got)
	}
	if string(ev.Learned) != learned || !strings.Contains(clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String(), "に判明") {
		t.Errorf("the day learned: %q, want %q, shown: %q", ev.Learned, learned, clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String())
	}
	clQuery(t, p, `.tl-edit[data-id="`+ev.ID+`"]`).Call("click")
	e.ConsumeAll()
	if got := clQuery(t, p, "#tl-edit-time").Get("value").String(); got != "14:10" {
		t.Fatalf("the edit form's time is %q", got)
	}
	if !clQuery(t, p, "#tl-edit-learned").Call("closest", "details").Get("open").Bool() {
		t.Error("the edit form of an event learned of later folds its day")
	}
	clType(clQuery(t, p, "#tl-edit-note"), "防犯カメラの映像から", "input")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-edit")
	e.ConsumeAll()
	if got, _ := inc.Event(ev.ID); !got.At.Equal(want) || !got.AboutTime() || string(got.Learned) != learned {
		t.Errorf("saved from the form: %v (about a time: %v), want %v", got.At, got.AboutTime(), want)
	}
}

// F771: an announcement is answered as not standing for the notice in the
// form, and kept so.
func TestTimelineAnnouncementForNotice(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	if p.JSValue().Call("querySelector", "#tl-add-forNotice").Truthy() {
		t.Error("the question is asked before the kind is an announcement")
	}
	clType(clQuery(t, p, "#tl-add-kind"), "public", "change")
	e.ConsumeAll()
	clType(clQuery(t, p, "#tl-add-at"), time.Now().Add(-time.Hour).In(inc.Location()).Format("2006-01-02T15:04"), "input")
	clType(clQuery(t, p, "#tl-add-forNotice"), "no", "change")
	e.ConsumeAll()
	tlSubmit(t, p, "#tl-add")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvPublic)
	if !ok || ev.ForNotice != incident.No {
		t.Fatalf("announcement %+v, %v", ev, ok)
	}
	if item := clQuery(t, p, "#ev-"+ev.ID).Get("textContent").String(); !strings.Contains(item, "本人への通知に代わるものではない") {
		t.Errorf("the time line does not show the answer: %q", item)
	}
}
