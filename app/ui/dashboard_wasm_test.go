//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// clockIncident is a processor's incident in Japan: its own members and a
// partner's bookings, something suspicious detected two days before the
// company took itself to know.
func clockIncident(now time.Time) *incident.Incident {
	inc := incident.New(theDesk.NewID(), now.Add(-72*time.Hour))
	inc.Title = "clock test"
	inc.Org.Name = "架空トラベル株式会社"
	inc.Org.Establishments = []string{"JP"}
	inc.Cause = incident.Cause{Kind: incident.CauseUnauthorizedAccess, UnlawfulPurpose: incident.Yes}
	inc.Parties = []incident.Party{{ID: "p1", Kind: incident.PartyEntrustor, Name: "架空ホテルズ"}}
	d := inc.Main()
	d.Name = "自社会員"
	d.Persons = incident.FigureOf(incident.Count{Known: true, N: 800})
	d.Categories = []incident.Category{{ID: "name"}, {ID: "email"}}
	d.Residence = []incident.Residence{{Country: "JP", Persons: incident.Count{Known: true, N: 800}}}
	d.Status = []incident.StatusChange{{Status: incident.Confirmed}}
	inc.DataSets = append(inc.DataSets, incident.DataSet{ID: "d2", Name: "提携先から受託した予約者", Role: incident.Processor, Entrustor: "p1",
		Categories: []incident.Category{{ID: "name"}}, Persons: incident.FigureOf(incident.Count{Known: true, N: 300}),
		Residence: []incident.Residence{{Country: "JP", Persons: incident.Count{Known: true, N: 300}}},
		Status:    []incident.StatusChange{{Status: incident.Confirmed}}})
	inc.Events = []incident.Event{
		{ID: "det", Kind: incident.EvDetected, At: now.Add(-50 * time.Hour).Truncate(time.Minute)},
		{ID: "aw", Kind: incident.EvAware, At: now.Add(-2 * time.Hour).Truncate(time.Minute)},
	}
	return inc
}

// The dashboard puts the deadline counted from the detection beside the one
// counted from knowing, asks for the reason the later instant was taken
// until it is recorded, and then shows it; each law's answer is given per
// data set, with the version of the law applied; the laws that do not apply
// say why; pending changes of the law are one line.
func TestDashboardContestedClockAndSets(t *testing.T) {
	resetLang(t)
	inc := clockIncident(time.Now())
	testDesk(t, nil, inc)
	p := &DashboardPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	q := func(sel string) string {
		el := p.JSValue().Call("querySelector", sel)
		if !el.Truthy() {
			t.Fatalf("no %s on the dashboard:\n%s", sel, p.JSValue().Get("textContent").String())
		}
		return el.Get("textContent").String()
	}
	early, knew := q("#contested-clock #clock-early"), q("#contested-clock #clock-knew")
	if !strings.Contains(early, "超過") && !strings.Contains(early, "あと") || early == knew {
		t.Errorf("the two counts: early %q, knew %q", early, knew)
	}
	if !p.JSValue().Call("querySelector", "#clock-record-why").Truthy() {
		t.Error("no prompt to record why the later instant was taken")
	}
	if got := q("#due"); !strings.Contains(got, "検知（") {
		t.Errorf("the duty does not show its deadline counted from the detection: %q", got)
	}
	jp := q(`#jurisdictions [data-jurisdiction="JP"]`)
	for _, want := range []string{"自社会員", "提携先から受託した予約者", "架空ホテルズから委託", "適用した法令："} {
		if !strings.Contains(jp, want) {
			t.Errorf("Japan's verdict does not say %q: %q", want, jp)
		}
	}
	if got := q("#not-applicable"); !strings.Contains(got, "—") {
		t.Errorf("the laws that do not apply carry no reason: %q", got)
	}
	if got := q("#pending-law"); !strings.Contains(got, "件") {
		t.Errorf("pending line %q", got)
	}

	theDesk.Edit(inc.ID, func(inc *incident.Incident) {
		inc.AwareWhy = incident.Statement{Text: "検知時点では個人データへの影響を示す事実がなかった", By: "山田"}
	})
	e.ConsumeAll()
	if p.JSValue().Call("querySelector", "#clock-record-why").Truthy() {
		t.Error("the prompt stayed after the reason was recorded")
	}
	if got := q("#contested-clock"); !strings.Contains(got, "影響を示す事実がなかった") || !strings.Contains(got, "山田") {
		t.Errorf("the reason is not shown: %q", got)
	}
}

// The packet's cover carries the contested clock and says the reason is not
// recorded.
func TestPacketContestedClock(t *testing.T) {
	resetLang(t)
	inc := clockIncident(time.Now())
	testDesk(t, nil, inc)
	p := &PacketPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	early, knew := estText(t, p, "#pk-clock-early"), estText(t, p, "#pk-clock-knew")
	if !strings.HasPrefix(early, "検知から数えると：") || !strings.HasPrefix(knew, "知った時から数えると（採用）：") || early[len("検知から数えると："):] == knew[len("知った時から数えると（採用）："):] {
		t.Errorf("the packet's two counts: %q, %q", early, knew)
	}
	if got := estText(t, p, "#pk-clock-why"); !strings.Contains(got, "まだ記録されていません") {
		t.Errorf("the packet's reason line: %q", got)
	}
	theDesk.Edit(inc.ID, func(inc *incident.Incident) {
		at := time.Now().Add(-time.Hour)
		inc.AwareWhy = incident.Statement{Text: "検知時点では個人データへの影響を示す事実がなかった", By: "山田", At: &at}
	})
	e.ConsumeAll()
	if got := estText(t, p, "#pk-clock-why"); !strings.Contains(got, "影響を示す事実がなかった") || !strings.Contains(got, "山田") {
		t.Errorf("the packet's reason line once recorded: %q", got)
	}
}

// The dashboard's duties show what the ledger records beside the engine's
// verdict and the deadline: the duty filed late and the one undecided near
// its deadline stand out; the packet carries each law's verdict per data
// set, the version applied and the laws that do not apply with their reason.
func TestDashboardDutiesAndPacketLaw(t *testing.T) {
	resetLang(t)
	now := time.Now()
	inc := clockIncident(now)
	// Knew 50 days ago: the final report (60 days: unauthorised access) is
	// near and undecided.
	inc.Events[1].At = now.Add(-50 * 24 * time.Hour).Truncate(time.Minute)
	inc.Events[0].At = inc.Events[1].At.Add(-48 * time.Hour)
	filed := inc.Events[1].At.Add(8 * 24 * time.Hour)
	inc.Events = append(inc.Events, incident.Event{ID: "pre", Kind: incident.EvReportPrelim, At: filed, Jurisdiction: "JP"})
	inc.Ledger = []incident.LedgerEntry{{
		ID: "JP/jp.report.prelim", Jurisdiction: "JP", Obligation: "jp.report.prelim",
		Decisions: []incident.DecisionRecord{{ID: "d1", Decision: incident.DecideReport, By: "佐藤", At: filed.Add(-time.Hour)}},
		Filings:   []incident.Filing{{ID: "f1", At: filed, By: "佐藤", Reference: "PPC-123", RecordedAt: filed}},
	}}
	testDesk(t, nil, inc)
	p := &DashboardPage{incidentPage: incidentPage{id: inc.ID}}
	mount(t, p)
	q := func(sel string) string {
		el := p.JSValue().Call("querySelector", sel)
		if !el.Truthy() {
			t.Fatalf("no %s on the dashboard:\n%s", sel, p.JSValue().Get("textContent").String())
		}
		return el.Get("textContent").String()
	}
	if !p.JSValue().Call("querySelector", "#duties.bd-card-bad").Truthy() {
		t.Error("the duties card does not stand out")
	}
	prelim := `#duties [data-duty="JP/jp.report.prelim"]`
	if got := q(prelim + " .bd-duty-record"); !strings.Contains(got, "提出済み") || !strings.Contains(got, "PPC-123") || !strings.Contains(got, "佐藤") {
		t.Errorf("the preliminary report's record: %q", got)
	}
	if got := q(prelim + ` [data-flag="filed_late"]`); !strings.Contains(got, "過ぎて提出") {
		t.Errorf("the late filing: %q", got)
	}
	final := `#duties [data-duty="JP/jp.report.final.60"]`
	if got := q(final + " .bd-duty-record"); !strings.Contains(got, "判断の記録なし") {
		t.Errorf("the final report's record: %q", got)
	}
	if got := q(final + " .bd-duty-verdict"); !strings.Contains(got, "該当") || !strings.Contains(got, "期限の状況：") {
		t.Errorf("the final report's verdict: %q", got)
	}
	if got := q(final + ` [data-flag="undecided"]`); !strings.Contains(got, "判断が記録されていません") {
		t.Errorf("the final report undecided near its deadline: %q", got)
	}
	if !p.JSValue().Call("querySelector", final+".bd-duty-bad").Truthy() || !p.JSValue().Call("querySelector", prelim+".bd-duty-bad").Truthy() {
		t.Error("the late and the undecided duties are not marked")
	}

	// The deadlines above say the record too, not the clock's state alone.
	if got := q(`#due [data-obligation="jp.report.final.60"] .bd-ob-record`); !strings.Contains(got, "記録：判断の記録なし") {
		t.Errorf("the final report's deadline does not say its record: %q", got)
	}

	k := &PacketPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, k)
	law := estText(t, k, "#pk-law")
	for _, want := range []string{"自社会員", "提携先から受託した予約者", "架空ホテルズから委託", "適用した法令："} {
		if !strings.Contains(law, want) {
			t.Errorf("the packet's law section does not say %q: %q", want, law)
		}
	}
	if n := k.JSValue().Call("querySelectorAll", "#pk-law .bd-pk-na li").Length(); n == 0 {
		t.Errorf("the packet lists no law that does not apply: %q", law)
	}
	if !strings.Contains(estText(t, k, "#pk-cover .bd-pk-toc"), "適用法令の判定") {
		t.Error("the contents do not list the law section")
	}
	estSet(t, e, k, "#packet-lang", "en")
	if got := estText(t, k, "#pk-law-h"); got != "Which laws apply" {
		t.Errorf("the law section in English: %q", got)
	}
	if got := estText(t, k, "#pk-not-applicable"); got != "Laws that do not apply, and why" {
		t.Errorf("the not-applicable heading in English: %q", got)
	}
}
