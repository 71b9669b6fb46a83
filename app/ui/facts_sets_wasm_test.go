//go:build js && wasm

package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func factsClick(t *testing.T, e app.TestEngine, p *FactsPage, sel string) {
	t.Helper()
	factsQuery(t, p, sel).Call("click")
	e.ConsumeAll()
}

func factsHas(p *FactsPage, sel string) bool {
	return p.JSValue().Call("querySelector", sel).Truthy()
}

// A data set is added, named and made part of another; removed after a
// question (cancelled once), the events that named it no longer do, and
// the last set cannot be removed.
func TestFactsSetsAddNameWithinRemove(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-set-add")
	if len(inc.DataSets) != 2 {
		t.Fatalf("sets after adding: %d", len(inc.DataSets))
	}
	id := inc.DataSets[1].ID
	if got := app.Window().Get("document").Get("activeElement").Get("id").String(); got != "fx-dataSets-1-name" {
		t.Errorf("focus on %q after adding, want the new set's name", got)
	}
	factsType(t, e, p, "#fx-dataSets-1-name", "カード情報を登録していた会員", "input")
	factsType(t, e, p, "#fx-dataSets-1-within", inc.DataSets[0].ID, "change")
	if d := inc.DataSets[1]; d.Name != "カード情報を登録していた会員" || d.Within != inc.DataSets[0].ID {
		t.Fatalf("set 2: %+v", d)
	}
	if got := factsQuery(t, p, "#fx-set-list").Get("textContent").String(); !strings.Contains(got, "カード情報を登録していた会員") {
		t.Errorf("the list of sets does not name the new set: %q", got)
	}
	inc.Events = append(inc.Events, incident.Event{ID: "e1", Kind: incident.EvNoticePersons, Sets: []string{id}})

	factsClick(t, e, p, "#fx-set-remove-"+id)
	if !factsHas(p, "#fx-set-remove-yes") {
		t.Fatal("no question before removing")
	}
	if got := factsQuery(t, p, ".bd-confirm").Get("textContent").String(); !strings.Contains(got, "1件") {
		t.Errorf("the question does not say an event names the set: %q", got)
	}
	factsClick(t, e, p, "#fx-set-remove-no")
	if len(inc.DataSets) != 2 {
		t.Fatal("cancelled, the set was removed all the same")
	}
	factsClick(t, e, p, "#fx-set-remove-"+id)
	factsClick(t, e, p, "#fx-set-remove-yes")
	if len(inc.DataSets) != 1 || inc.Events[len(inc.Events)-1].Sets != nil {
		t.Fatalf("after removing: %d sets, event sets %v", len(inc.DataSets), inc.Events[len(inc.Events)-1].Sets)
	}
	if got := factsQuery(t, p, "#fx-sets-status").Get("textContent").String(); !strings.Contains(got, "カード情報を登録していた会員") {
		t.Errorf("the status line does not say what was removed: %q", got)
	}
	factsClick(t, e, p, "#fx-set-remove-"+inc.DataSets[0].ID)
	factsClick(t, e, p, "#fx-set-remove-yes")
	if len(inc.DataSets) != 1 {
		t.Fatal("the last data set was removed")
	}
}

// A revised figure is added with its date and source; a bad value is
// refused with a message and what was typed stays; the earlier value is
// listed and can be removed.
// A data set's name is stored as it is typed and shown at once in its
// card's heading, without rendering the page; the list of sets, the other
// set's "part of" choice and the remove button follow once the field is
// left (change). A name with a control character is refused, and said so.
func TestFactsSetNameTyped(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-set-add")
	id, first := inc.DataSets[1].ID, inc.DataSets[0].ID
	list := func() string { return factsQuery(t, p, "#fx-set-list").Get("textContent").String() }
	// What the add asked for renders before the keystroke: go-app renders an
	// update from a frame timer of its own, which on a loaded machine (a CI
	// run at load ~20) fired after the first key and showed its name.
	settle := func() {
		time.Sleep(50 * time.Millisecond)
		e.ConsumeAll()
	}
	settle()
	before := list()
	ver := theDesk.Version(inc.ID)
	factsType(t, e, p, "#fx-dataSets-1-name", "予約者", "input")
	settle() // a render the key asked for late is one too
	if inc.DataSets[1].Name != "予約者" || theDesk.Version(inc.ID) == ver || !theDesk.Status().Saving {
		t.Fatalf("typed name not recorded as an edit: %q, ver %d→%d", inc.DataSets[1].Name, ver, theDesk.Version(inc.ID))
	}
	if got := factsQuery(t, p, "#set-"+id+"-h").Get("textContent").String(); !strings.Contains(got, "予約者") {
		t.Errorf("the heading does not follow the name: %q", got)
	}
	if got := list(); got != before {
		t.Errorf("the page rendered for a keystroke (the list changed: %q → %q)", before, got)
	}
	factsType(t, e, p, "#fx-dataSets-1-name", "予約者一覧", "input")
	if got := list(); got != before {
		t.Errorf("the page rendered for a keystroke (the list changed: %q → %q)", before, got)
	}
	factsType(t, e, p, "#fx-dataSets-1-name", "予約者一覧", "change")
	if got := list(); !strings.Contains(got, "予約者一覧") {
		t.Errorf("the list of sets does not name the set once the field is left: %q", got)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-within option[value='"+id+"']").Get("textContent").String(); got != "予約者一覧" {
		t.Errorf("the other set's 'part of' choice says %q", got)
	}
	if got := factsQuery(t, p, "#fx-set-remove-"+id).Call("getAttribute", "aria-label").String(); !strings.Contains(got, "予約者一覧") {
		t.Errorf("the remove button's label says %q", got)
	}
	if factsHas(p, "#fx-dataSets-1-name-problem") {
		t.Fatal("precondition: a problem beside the name")
	}
	factsType(t, e, p, "#fx-dataSets-1-name", "予約\u0007者", "input")
	if inc.DataSets[1].Name != "予約者一覧" {
		t.Errorf("a name with a control character was kept: %q", inc.DataSets[1].Name)
	}
	if !factsHas(p, "#fx-dataSets-1-name-problem") {
		t.Error("the refused name is not explained beside the field")
	}
	factsType(t, e, p, "#fx-dataSets-1-name", "予約者", "input")
	settle() // a render the key asked for late is one too
	if inc.DataSets[1].Name != "予約者" || factsHas(p, "#fx-dataSets-1-name-problem") {
		t.Errorf("after mending: name %q, problem shown %v", inc.DataSets[1].Name, factsHas(p, "#fx-dataSets-1-name-problem"))
	}
	if inc.DataSets[0].ID != first || inc.DataSets[0].Name != "" {
		t.Errorf("the first set changed: %+v", inc.DataSets[0])
	}
	factsType(t, e, p, "#fx-dataSets-0-former-rule", "5年で消去", "input")
	if inc.DataSets[0].Former.Rule != "5年で消去" {
		t.Errorf("rule = %q", inc.DataSets[0].Former.Rule)
	}
	// The day the count of those who left was established (a report
	// dated before it does not state it), as any day field: typed, or
	// refused with the reason beside it.
	factsType(t, e, p, "#fx-dataSets-0-former-on", "7月7日ごろ", "change")
	if inc.DataSets[0].Former.On != "" || !factsHas(p, "#fx-dataSets-0-former-on-problem") {
		t.Errorf("a day that is no day: on %q, problem shown %v", inc.DataSets[0].Former.On, factsHas(p, "#fx-dataSets-0-former-on-problem"))
	}
	factsType(t, e, p, "#fx-dataSets-0-former-on", "2026-03-20", "change")
	if inc.DataSets[0].Former.On != "2026-03-20" {
		t.Errorf("former.on = %q, want 2026-03-20", inc.DataSets[0].Former.On)
	}
}

func TestFactsFigureRevision(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-dataSets-0-persons-rev-open")
	factsType(t, e, p, "#fx-dataSets-0-persons-rev-n", "たくさん", "input")
	factsType(t, e, p, "#fx-dataSets-0-persons-rev-on", "2026-03-15", "input")
	factsType(t, e, p, "#fx-dataSets-0-persons-rev-source", "名寄せ後", "input")
	factsType(t, e, p, "#fx-dataSets-0-persons-rev-reason", "重複を除きました。", "input")
	factsType(t, e, p, "#fx-dataSets-0-persons-rev-reasonEn", "Duplicates were removed.", "input")
	factsClick(t, e, p, "#fx-dataSets-0-persons-rev-save")
	if len(inc.Main().Persons) != 1 {
		t.Fatalf("a bad value was added: %+v", inc.Main().Persons)
	}
	if !factsHas(p, "#fx-dataSets-0-persons-rev-problem") {
		t.Error("no message for the bad value")
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-persons-rev-source").Get("value").String(); got != "名寄せ後" {
		t.Errorf("what was typed was lost: source %q", got)
	}
	factsType(t, e, p, "#fx-dataSets-0-persons-rev-n", "約1,200", "input")
	factsClick(t, e, p, "#fx-dataSets-0-persons-rev-save")
	fig := inc.Main().Persons
	if len(fig) != 2 || fig.Latest() != (incident.Count{Known: true, N: 1200, Approx: true}) || fig[1].On != "2026-03-15" || fig[1].Source != "名寄せ後" {
		t.Fatalf("figure after the revision: %+v", fig)
	}
	if fig[1].Reason != "重複を除きました。" || fig[1].ReasonEn != "Duplicates were removed." {
		t.Errorf("the reasons for the readers: %q, %q", fig[1].Reason, fig[1].ReasonEn)
	}
	if fig.AsOf("2026-03-14").N != 100 {
		t.Errorf("the day before the revision reads %+v, want the first value", fig.AsOf("2026-03-14"))
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-persons").Get("value").String(); got != "約1,200" {
		t.Errorf("the current value shows %q", got)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-persons-box .bd-earlier").Get("textContent").String(); !strings.Contains(got, "100") {
		t.Errorf("the earlier value is not listed: %q", got)
	}
	factsClick(t, e, p, "#fx-dataSets-0-persons-0-remove")
	if len(inc.Main().Persons) != 1 || inc.Main().Persons[0].Source != "名寄せ後" {
		t.Fatalf("after removing the earlier value: %+v", inc.Main().Persons)
	}
}

// A change of status is added to the history dated today; its date can be
// corrected, a bad date is refused with a message; an entry can be removed
// but never the last.
func TestFactsStatusHistory(t *testing.T) {
	p, e, inc := mountFacts(t)
	d := inc.Main()
	d.Status = []incident.StatusChange{{Status: incident.Possible, On: "2026-03-01"}}
	factsType(t, e, p, "#fx-dataSets-0-status", string(incident.Confirmed), "change")
	day := incident.DateOf(time.Now().In(inc.Location()))
	if len(d.Status) != 2 || d.Status[1].Status != incident.Confirmed || d.Status[1].On != day {
		t.Fatalf("history after the change: %+v", d.Status)
	}
	factsType(t, e, p, "#fx-dataSets-0-status-1-on", "2026-03-10", "change")
	if d.Status[1].On != "2026-03-10" || d.StatusOn("2026-03-09") != incident.Possible {
		t.Fatalf("history after correcting the date: %+v", d.Status)
	}
	factsType(t, e, p, "#fx-dataSets-0-status-1-on", "3月のどこか", "change")
	if d.Status[1].On != "2026-03-10" || !factsHas(p, "#fx-dataSets-0-status-1-on-problem") {
		t.Fatalf("a bad date: %+v, message shown %v", d.Status, factsHas(p, "#fx-dataSets-0-status-1-on-problem"))
	}
	factsClick(t, e, p, "#fx-dataSets-0-status-0-remove")
	if len(d.Status) != 1 || d.Status[0].Status != incident.Confirmed {
		t.Fatalf("after removing the first entry: %+v", d.Status)
	}
	if factsHas(p, "#fx-dataSets-0-status-0-remove") {
		t.Error("the last entry offers to be removed")
	}
}

// Entrusted data names its entrustor: one added on the spot (a name is
// needed) becomes a party.
func TestFactsEntrustorAddedOnTheSpot(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-dataSets-0-role-processor")
	if inc.Main().Role != incident.Processor {
		t.Fatalf("role %q", inc.Main().Role)
	}
	factsType(t, e, p, "#fx-dataSets-0-entrustor", newEntrustorValue, "change")
	factsClick(t, e, p, "#fx-dataSets-0-entrustor-new-add")
	if len(inc.Parties) != 0 || !factsHas(p, "#fx-dataSets-0-entrustor-new-problem") {
		t.Fatalf("an entrustor without a name: parties %+v", inc.Parties)
	}
	factsType(t, e, p, "#fx-dataSets-0-entrustor-new", "架空トラベル株式会社", "input")
	factsClick(t, e, p, "#fx-dataSets-0-entrustor-new-add")
	ents := inc.PartiesOf(incident.PartyEntrustor)
	if len(ents) != 1 || ents[0].Name != "架空トラベル株式会社" || inc.Main().Entrustor != ents[0].ID {
		t.Fatalf("entrustors %+v, set's %q", ents, inc.Main().Entrustor)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-entrustor").Get("value").String(); got != ents[0].ID {
		t.Errorf("the select shows %q", got)
	}
}

// A ministry is added, marked as receiving the reports by delegation, and
// removed after a question; the data sets it entrusted no longer name it.
func TestFactsPartiesAddEditRemove(t *testing.T) {
	p, e, inc := mountFacts(t)
	if !factsHas(p, "#fx-parties-empty") {
		t.Error("no word that there are no parties")
	}
	factsType(t, e, p, "#fx-party-kind", string(incident.PartyMinistry), "change")
	factsClick(t, e, p, "#fx-party-add")
	if len(inc.Parties) != 1 || inc.Parties[0].Kind != incident.PartyMinistry {
		t.Fatalf("parties %+v", inc.Parties)
	}
	if got := app.Window().Get("document").Get("activeElement").Get("id").String(); got != "fx-parties-0-name" {
		t.Errorf("focus on %q after adding, want the new party's name", got)
	}
	factsType(t, e, p, "#fx-parties-0-name", "総務省 総合通信基盤局", "input")
	factsClick(t, e, p, "#fx-parties-0-delegated-yes")
	if pt := inc.Parties[0]; pt.Name != "総務省 総合通信基盤局" || pt.Delegated != incident.Yes {
		t.Fatalf("ministry %+v", pt)
	}
	// Its kind changed, the delegation goes with it.
	factsType(t, e, p, "#fx-parties-0-kind", string(incident.PartyEntrustor), "change")
	if pt := inc.Parties[0]; pt.Kind != incident.PartyEntrustor || pt.Delegated != incident.Unknown {
		t.Fatalf("after the kind changed: %+v", pt)
	}
	inc.Main().Role, inc.Main().Entrustor = incident.Processor, inc.Parties[0].ID
	id := inc.Parties[0].ID
	factsClick(t, e, p, "#fx-party-remove-"+id)
	if got := factsQuery(t, p, ".bd-confirm").Get("textContent").String(); !strings.Contains(got, "1個") {
		t.Errorf("the question does not say a data set names the party: %q", got)
	}
	factsClick(t, e, p, "#fx-party-remove-yes")
	if len(inc.Parties) != 0 || inc.Main().Entrustor != "" {
		t.Fatalf("after removing: parties %+v, entrustor %q", inc.Parties, inc.Main().Entrustor)
	}
}

// The sector is chosen among the sectors the rules know, by name.
func TestFactsSectorSelect(t *testing.T) {
	p, e, inc := mountFacts(t)
	opts := factsQuery(t, p, "#fx-org-sector").Get("options")
	var labels []string
	for i := 0; i < opts.Length(); i++ {
		labels = append(labels, opts.Index(i).Get("textContent").String())
	}
	if !slices.Contains(labels, "電気通信事業") || slices.Contains(labels, "telecom") {
		t.Fatalf("sector answers %q", labels)
	}
	factsType(t, e, p, "#fx-org-sector", "telecom", "change")
	if inc.Org.Sector != "telecom" {
		t.Fatalf("sector %q", inc.Org.Sector)
	}
}

var missingText = regexp.MustCompile(`\[[a-zA-Z]+\.[a-zA-Z0-9_.]+\]`)

// The page of an incident using every part of the facts shows no message id
// where a text should be, in either language.
func TestFactsEveryTextExists(t *testing.T) {
	p, e, inc := mountFacts(t)
	inc.Parties = []incident.Party{{ID: "p1", Kind: incident.PartyEntrustor, Name: "架空旅行"}}
	for _, k := range incident.PartyKinds[1:] {
		inc.Parties = append(inc.Parties, incident.Party{ID: "p-" + string(k), Kind: k})
	}
	d := inc.Main()
	d.Status = []incident.StatusChange{{Status: incident.Possible}, {Status: incident.Confirmed, On: "2026-03-02"}}
	d.Persons = append(d.Persons, incident.Revision{Known: true, N: 90, On: "2026-03-03", Source: "名寄せ後"})
	d.Categories = []incident.Category{{ID: "other", Other: "会員ランク"}}
	d.Residence = []incident.Residence{{Country: "JP"}}
	inc.DataSets = append(inc.DataSets, incident.DataSet{ID: "d2", Role: incident.Processor, Entrustor: "p1", Within: d.ID})
	inc.Events = append(inc.Events, incident.Event{ID: "e1", Kind: incident.EvDetected, At: time.Date(2026, 3, 1, 0, 0, 0, 0, inc.Location()), Precision: incident.Approx})
	theDesk.Notify()
	e.ConsumeAll()
	for _, lang := range []string{"ja", "en"} {
		if lang == "en" {
			factsClick(t, e, p, "#lang-switch")
			if got := factsQuery(t, p, "h1").Get("textContent").String(); got == "" || strings.ContainsAny(got, "事実") {
				t.Fatalf("not in English: %q", got)
			}
		}
		root := p.JSValue()
		texts := []string{root.Get("textContent").String()}
		els := root.Call("querySelectorAll", "[aria-label], [placeholder], input[type=button]")
		for i := 0; i < els.Length(); i++ {
			el := els.Index(i)
			for _, a := range []string{"aria-label", "placeholder", "value"} {
				if v := el.Call("getAttribute", a); v.Truthy() {
					texts = append(texts, v.String())
				}
			}
		}
		for _, s := range texts {
			if m := missingText.FindAllString(s, -1); len(m) > 0 {
				t.Errorf("%s: message ids shown: %q", lang, m)
			}
		}
	}
}

// Why the company took the later instant as knowing is written on the facts
// page: the first words date the statement (the incident's now), the "now"
// button dates it again, and who wrote it is kept; detection and knowing
// show beside it, a day-only detection as a day.
func TestFactsAwareWhy(t *testing.T) {
	p, e, inc := mountFacts(t)
	loc := inc.Location()
	inc.Events = append(inc.Events,
		incident.Event{ID: "det", Kind: incident.EvDetected, At: time.Date(2026, 3, 1, 0, 0, 0, 0, loc), Precision: incident.Day},
		incident.Event{ID: "aw", Kind: incident.EvAware, At: time.Date(2026, 3, 3, 9, 30, 0, 0, loc)})
	theDesk.Notify()
	e.ConsumeAll()
	if got := factsQuery(t, p, "#fx-aware-detected").Get("textContent").String(); got != "2026/03/01" {
		t.Errorf("a day-only detection shows as %q", got)
	}
	before := time.Now().Add(-time.Minute)
	factsType(t, e, p, "#fx-awareWhy-text", "検知時点では個人データへの影響を示す事実がなかった", "input")
	factsType(t, e, p, "#fx-awareWhy-by", "情報管理部長", "input")
	w := inc.AwareWhy
	if w.Text == "" || w.By != "情報管理部長" || w.At == nil || w.At.Before(before) {
		t.Fatalf("statement %+v", w)
	}
	if got := factsQuery(t, p, "#fx-awareWhy-at").Get("value").String(); got != datetimeLocal(*w.At, loc) {
		t.Errorf("the time shown is %q, want %q", got, datetimeLocal(*w.At, loc))
	}
	factsType(t, e, p, "#fx-awareWhy-at", "2026-03-04T10:00", "change")
	if want := time.Date(2026, 3, 4, 10, 0, 0, 0, loc); inc.AwareWhy.At == nil || !inc.AwareWhy.At.Equal(want) {
		t.Fatalf("corrected time %v, want %v", inc.AwareWhy.At, want)
	}
	factsClick(t, e, p, "#fx-awareWhy-at-now")
	if inc.AwareWhy.At == nil || inc.AwareWhy.At.Before(before) {
		t.Errorf("after 'now': %v", inc.AwareWhy.At)
	}
}

// What happened to the data: ticking loss asks whether a copy is kept
// elsewhere, and the answer is stored on the set; unticking loss hides the
// question again.
func TestFactsSetKindsAndCopyHeld(t *testing.T) {
	p, e, inc := mountFacts(t)
	if factsHas(p, "#fx-dataSets-0-copyHeld") {
		t.Fatal("the copy question is asked before loss or damage is ticked")
	}
	factsClick(t, e, p, "#fx-dataSets-0-loss")
	if d := inc.DataSets[0]; !d.Loss || d.Leak || d.Damage {
		t.Fatalf("after ticking loss: leak %v loss %v damage %v", d.Leak, d.Loss, d.Damage)
	}
	if !factsHas(p, "#fx-dataSets-0-copyHeld") {
		t.Fatal("loss ticked, the copy question is not asked")
	}
	factsClick(t, e, p, "#fx-dataSets-0-copyHeld-yes")
	if inc.DataSets[0].CopyHeld != incident.Yes {
		t.Fatalf("copy held: %q", inc.DataSets[0].CopyHeld)
	}
	factsClick(t, e, p, "#fx-dataSets-0-loss")
	if inc.DataSets[0].Loss || factsHas(p, "#fx-dataSets-0-copyHeld") {
		t.Errorf("after unticking loss: loss %v, question still shown %v", inc.DataSets[0].Loss, factsHas(p, "#fx-dataSets-0-copyHeld"))
	}
}

// The day a set was found to be involved is typed, or today; blank at first
// (known from the start); a bad date is refused with a message.
func TestFactsSetFoundDate(t *testing.T) {
	p, e, inc := mountFacts(t)
	if inc.DataSets[0].Found != "" || !factsHas(p, "#fx-dataSets-0-found-hint") {
		t.Fatalf("found %q, hint shown %v", inc.DataSets[0].Found, factsHas(p, "#fx-dataSets-0-found-hint"))
	}
	factsType(t, e, p, "#fx-dataSets-0-found", "2026-03-10", "change")
	if inc.DataSets[0].Found != "2026-03-10" {
		t.Fatalf("found after typing: %q", inc.DataSets[0].Found)
	}
	factsType(t, e, p, "#fx-dataSets-0-found", "3月のどこか", "change")
	if inc.DataSets[0].Found != "2026-03-10" || !factsHas(p, "#fx-dataSets-0-found-problem") {
		t.Fatalf("a bad date: %q, message shown %v", inc.DataSets[0].Found, factsHas(p, "#fx-dataSets-0-found-problem"))
	}
	factsClick(t, e, p, "#fx-dataSets-0-found-today")
	if day := incident.DateOf(time.Now().In(inc.Location())); inc.DataSets[0].Found != day {
		t.Errorf("found after today: %q, want %q", inc.DataSets[0].Found, day)
	}
}

// A set's own period (when its data lay open on days of its own) is typed
// like the incident's window: from, to, approximate; blank at first.
func TestFactsSetOwnPeriod(t *testing.T) {
	p, e, inc := mountFacts(t)
	if inc.DataSets[0].Exposure != nil || !factsHas(p, "#fx-dataSets-0-exposure") {
		t.Fatalf("own period %+v, asked %v", inc.DataSets[0].Exposure, factsHas(p, "#fx-dataSets-0-exposure"))
	}
	factsType(t, e, p, "#fx-dataSets-0-exposure-from", "2025-12-02", "change")
	factsType(t, e, p, "#fx-dataSets-0-exposure-to", "2026-05-07", "change")
	factsClick(t, e, p, "#fx-dataSets-0-exposure-approx")
	if w := inc.DataSets[0].OwnExposure(); w != (incident.Window{From: "2025-12-02", To: "2026-05-07", Approx: true}) {
		t.Fatalf("own period after typing: %+v", w)
	}
	factsType(t, e, p, "#fx-dataSets-0-exposure-to", "5月のどこか", "change")
	if inc.DataSets[0].OwnExposure().To != "2026-05-07" || !factsHas(p, "#fx-dataSets-0-exposure-to-problem") {
		t.Errorf("a bad date: %q, message shown %v", inc.DataSets[0].OwnExposure().To, factsHas(p, "#fx-dataSets-0-exposure-to-problem"))
	}
	// Cleared again: the set has no period of its own, as before.
	factsClick(t, e, p, "#fx-dataSets-0-exposure-approx")
	factsType(t, e, p, "#fx-dataSets-0-exposure-from", "", "change")
	factsType(t, e, p, "#fx-dataSets-0-exposure-to", "", "change")
	if inc.DataSets[0].Exposure != nil {
		t.Errorf("cleared, the own period stays: %+v", *inc.DataSets[0].Exposure)
	}
}

// Whether a set's persons are deceased is asked of every set and stored on
// it: the deceased are not persons under APPI (Art. 2(1)), and the engine
// leaves such a set out (F270).
func TestFactsSetDeceased(t *testing.T) {
	p, e, inc := mountFacts(t)
	if !factsHas(p, "#fx-dataSets-0-deceased") {
		t.Fatal("the deceased question is not asked")
	}
	factsClick(t, e, p, "#fx-dataSets-0-deceased-yes")
	if inc.DataSets[0].Deceased != incident.Yes {
		t.Fatalf("deceased after yes: %q", inc.DataSets[0].Deceased)
	}
	factsClick(t, e, p, "#fx-dataSets-0-deceased-no")
	if inc.DataSets[0].Deceased != incident.No {
		t.Errorf("deceased after no: %q", inc.DataSets[0].Deceased)
	}
}

// Whether a set's items differ from person to person (一部又は全部) is asked
// of every set and stored on it: the notices then say so (F316).
func TestFactsSetItemsVary(t *testing.T) {
	p, e, inc := mountFacts(t)
	if !factsHas(p, "#fx-dataSets-0-itemsVary") {
		t.Fatal("the question is not asked")
	}
	factsClick(t, e, p, "#fx-dataSets-0-itemsVary-yes")
	if inc.DataSets[0].ItemsVary != incident.Yes {
		t.Fatalf("itemsVary after yes: %q", inc.DataSets[0].ItemsVary)
	}
	factsClick(t, e, p, "#fx-dataSets-0-itemsVary-unknown")
	if inc.DataSets[0].ItemsVary != incident.Unknown {
		t.Errorf("itemsVary after unknown: %q", inc.DataSets[0].ItemsVary)
	}
}

// Whether the logs show anyone viewing the set, and the first day they
// cover, are asked of every set and stored on it (F300).
func TestFactsSetAccessSeenAndLogs(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-dataSets-0-accessSeen-no")
	if inc.DataSets[0].AccessSeen != incident.No {
		t.Fatalf("accessSeen after no: %q", inc.DataSets[0].AccessSeen)
	}
	factsType(t, e, p, "#fx-dataSets-0-logsFrom", "2022-11-01", "change")
	if inc.DataSets[0].LogsFrom != "2022-11-01" {
		t.Fatalf("logsFrom after typing: %q", inc.DataSets[0].LogsFrom)
	}
}

// Whether none of a set's persons can be told individually is asked of
// every set and stored on it: no notice is drafted for such a set, the
// announcement stands as theirs (F336).
func TestFactsSetUnreachable(t *testing.T) {
	p, e, inc := mountFacts(t)
	if !factsHas(p, "#fx-dataSets-0-unreachable") {
		t.Fatal("the question is not asked")
	}
	factsClick(t, e, p, "#fx-dataSets-0-unreachable-yes")
	if inc.DataSets[0].Unreachable != incident.Yes || inc.NoticeUnreachable() != incident.Yes {
		t.Fatalf("unreachable after yes: %q (incident: %q)", inc.DataSets[0].Unreachable, inc.NoticeUnreachable())
	}
	factsClick(t, e, p, "#fx-dataSets-0-unreachable-no")
	if inc.DataSets[0].Unreachable != incident.No {
		t.Errorf("unreachable after no: %q", inc.DataSets[0].Unreachable)
	}
}

// Whether a set's persons deal with the company directly is asked of a set
// held for an entrustor and stored on it: a letter to them then greets them
// as people who know the company (F539).
func TestFactsSetDirect(t *testing.T) {
	p, e, inc := mountFacts(t)
	const q = "#fx-dataSets-0-direct"
	if inc.DataSets[0].Role != incident.Processor && factsHas(p, q) {
		t.Fatal("asked of the company's own data")
	}
	factsClick(t, e, p, "#fx-dataSets-0-role-processor")
	if !factsHas(p, q) {
		t.Fatal("not asked of a set held for an entrustor")
	}
	factsClick(t, e, p, q+"-yes")
	if inc.DataSets[0].Direct != incident.Yes {
		t.Fatalf("direct after yes: %q", inc.DataSets[0].Direct)
	}
	factsClick(t, e, p, "#fx-dataSets-0-role-controller")
	if !factsHas(p, q) {
		t.Error("a stored answer is hidden")
	}
}

// Whether persons who had left are among a set's (F465) is asked in the
// former-persons box and stored on the set; answered no, then unknown, it
// is stored so.
func TestFactsFormerIncluded(t *testing.T) {
	p, e, inc := mountFacts(t)
	if !factsHas(p, "#fx-dataSets-0-former-included") {
		t.Fatal("the question is not asked")
	}
	factsClick(t, e, p, "#fx-dataSets-0-former-included-yes")
	if got := inc.DataSets[0].Former.Included; got != incident.Yes {
		t.Fatalf("after yes: stored %q", got)
	}
	factsClick(t, e, p, "#fx-dataSets-0-former-included-no")
	if got := inc.DataSets[0].Former.Included; got != incident.No {
		t.Fatalf("after no: stored %q", got)
	}
	factsClick(t, e, p, "#fx-dataSets-0-former-included-unknown")
	if got := inc.DataSets[0].Former.Included; got != incident.Unknown {
		t.Fatalf("after not known: stored %q", got)
	}
}

// A count typed as 0 (for "not known yet") is kept as typed, and the field
// says at once that the documents would print it, and how to say unknown.
func TestFactsCountTypedAsZero(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-persons", "0", "change")
	if got := inc.Main().Persons.Latest(); got != (incident.Count{Known: true}) {
		t.Fatalf("persons after typing 0: %+v", got)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-persons-check").Get("textContent").String(); !strings.Contains(got, "0になっています") || !strings.Contains(got, "不明") {
		t.Errorf("the field does not warn of a count of 0: %q", got)
	}
	factsType(t, e, p, "#fx-dataSets-0-persons", "不明", "change")
	if inc.Main().Persons.Latest().Known {
		t.Fatalf("「不明」 read as a count: %+v", inc.Main().Persons)
	}
	if factsHas(p, "#fx-dataSets-0-persons-check") {
		t.Errorf("the warning stays once the count is unknown: %q", factsQuery(t, p, "#fx-dataSets-0-persons-check").Get("textContent").String())
	}
}

// F953: what the logs show was done with the data (viewed only, or taken)
// is asked once they show access, and stored on the set.
func TestFactsSetAccessHow(t *testing.T) {
	p, e, inc := mountFacts(t)
	if factsHas(p, "#fx-dataSets-0-accessHow") {
		t.Fatal("asked before the logs show access")
	}
	factsClick(t, e, p, "#fx-dataSets-0-accessSeen-yes")
	if !factsHas(p, "#fx-dataSets-0-accessHow") {
		t.Fatal("the logs show access, and what they show is not asked")
	}
	factsType(t, e, p, "#fx-dataSets-0-accessHow", "viewed", "change")
	if d := inc.DataSets[0]; d.AccessHow != incident.AccessViewed || !d.ViewedOnly() {
		t.Errorf("after choosing viewed only: %q", d.AccessHow)
	}
}
