package assess

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F902 (142): letters to the ~29,000 whose data was put online, of ~270,000
// taken, recorded with the number of persons they went to, left the notice
// to the persons "done". A notice to some of the persons does not fulfil the
// duty: it stays open, saying who was told; a later notice with no number
// (to all) fulfils it, and so do batches to the same sets that add up to
// their exactly counted persons.
func TestNoticeToSomeLeavesTheDutyOpen(t *testing.T) {
	base := loadScenario(t, filepath.Join(scenarioDir, "142-student-housing-employee-colleague-ids-posted-online-solicitation-complaints.json"))
	notice := func(inc *incident.Incident) *Obligation {
		t.Helper()
		a := Evaluate(inc, mustRules(t), inc.UpdatedAt)
		for _, j := range a.Jurisdictions {
			for i := range j.Obligations {
				if j.Obligations[i].ID == "jp.notice.persons" {
					return &j.Obligations[i]
				}
			}
		}
		t.Fatal("no jp.notice.persons")
		return nil
	}
	ob := notice(base.Clone())
	if ob.State.Settled() || ob.DoneBy != "" {
		t.Errorf("a notice to 29,000 of ~270,000: %s by %q, want open", ob.State, ob.DoneBy)
	}
	if !strings.Contains(ob.Explanation.JA, "本人のうち29,000名へ通知済み") || !strings.Contains(ob.Explanation.EN, "Sent to 29,000 of the persons") ||
		!strings.Contains(ob.Explanation.JA, "残る本人への通知は未了") {
		t.Errorf("the explanation does not say who was told and that the rest wait: %q / %q", ob.Explanation.JA, ob.Explanation.EN)
	}

	// A later notice to all.
	inc := base.Clone()
	at := time.Date(2023, 3, 10, 10, 0, 0, 0, inc.Location())
	inc.Events = append(inc.Events, incident.Event{ID: "e99", Kind: incident.EvNoticePersons, At: at})
	if ob := notice(inc); !ob.State.Settled() || ob.DoneBy != "e99" {
		t.Errorf("with a later notice to all: %s by %q, want done by e99", ob.State, ob.DoneBy)
	}

	// Batches that add up to every person of exactly counted sets.
	inc = base.Clone()
	for i := range inc.DataSets {
		inc.DataSets[i].Persons = incident.FigureOf(incident.Count{Known: true, N: 20000})
	}
	inc.Events = append(inc.Events, incident.Event{ID: "e99", Kind: incident.EvNoticePersons, At: at, Recipients: 11000})
	if ob := notice(inc); !ob.State.Settled() || ob.DoneBy != "e99" {
		t.Errorf("29,000 then 11,000 of 40,000: %s by %q, want done by e99", ob.State, ob.DoneBy)
	}
	inc.Events[len(inc.Events)-1].Recipients = 10999
	if ob := notice(inc); ob.State.Settled() {
		t.Errorf("29,000 then 10,999 of 40,000: %s by %q, want open", ob.State, ob.DoneBy)
	}
	// A notice without a number is to all its persons, as before.
	inc = base.Clone()
	for i := range inc.Events {
		inc.Events[i].Recipients = 0
	}
	if ob := notice(inc); !ob.State.Settled() || ob.DoneBy != "e11" {
		t.Errorf("a notice without a number: %s by %q, want done by e11", ob.State, ob.DoneBy)
	}
}
