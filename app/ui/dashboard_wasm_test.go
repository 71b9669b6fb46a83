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
	mount(t, p)
	got := estText(t, p, "#pk-clock")
	if !strings.Contains(got, "検知（") || !strings.Contains(got, "まだ記録されていません") {
		t.Errorf("the packet's clock line: %q", got)
	}
}
