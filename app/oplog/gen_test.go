package oplog

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"breachdesk/app/incident"
)

// Random histories for the property tests: a small incident that a few
// devices edit at random (texts from small pools, so that two people
// sometimes write the same value), adding, removing and reordering
// elements, entries of maps and whole lists.

func rngFor(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed)) }

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

func baseIncident() *incident.Incident {
	inc := incident.New("inc-p", t0)
	inc.Org.Name = "A"
	for i := 1; i <= 3; i++ {
		inc.Events = append(inc.Events, incident.Event{ID: "e" + strconv.Itoa(i), Kind: incident.EvOther, At: t0.Add(time.Duration(i) * time.Hour)})
	}
	inc.Parties = []incident.Party{{ID: "p1", Kind: incident.PartyPolice, Name: "police"}, {ID: "p2", Kind: incident.PartyCard, Name: "card"}}
	inc.Steps = map[string]incident.StepState{"s1": {Status: incident.StepTodo}, "s.2": {Status: incident.StepDoing}}
	inc.Edits = map[string]incident.ParagraphEdit{"doc/a": {Text: "x", Base: "y", EditedAt: t0}}
	return inc
}

// mutate returns a copy of inc with one random change (or, rarely, none).
func mutate(r *rand.Rand, inc *incident.Incident) *incident.Incident {
	c := inc.Clone()
	texts := []string{"a", "b", "c", ""}
	switch r.IntN(20) {
	case 0, 16, 17: // the hot paths, where people collide
		c.Org.Name = pick(r, "A", "B", "C", "D")
	case 18:
		if len(c.Events) > 0 {
			c.Events[0].Note = pick(r, texts...)
		}
	case 19:
		if _, ok := c.Steps["s1"]; ok {
			c.Steps["s1"] = incident.StepState{Status: pick(r, incident.StepTodo, incident.StepDoing, incident.StepDone)}
		}
	case 1, 2:
		if len(c.Events) > 0 {
			c.Events[r.IntN(len(c.Events))].Note = pick(r, texts...)
		}
	case 3:
		c.Events = append(c.Events, incident.Event{ID: "e" + strconv.FormatUint(r.Uint64()%1e6, 36), Kind: incident.EvOther,
			At: t0.Add(time.Duration(r.IntN(100)) * time.Hour), Note: pick(r, texts...)})
	case 4:
		if len(c.Events) > 0 {
			i := r.IntN(len(c.Events))
			c.Events = slices.Delete(c.Events, i, i+1)
		}
	case 5:
		if len(c.Events) > 1 {
			i, j := r.IntN(len(c.Events)), r.IntN(len(c.Events))
			c.Events[i], c.Events[j] = c.Events[j], c.Events[i]
		}
	case 6, 7:
		k := pick(r, "s1", "s.2", "s[3]", "s4")
		if r.IntN(4) == 0 {
			delete(c.Steps, k)
		} else {
			if c.Steps == nil {
				c.Steps = map[string]incident.StepState{}
			}
			s := c.Steps[k]
			s.Status = pick(r, incident.StepTodo, incident.StepDoing, incident.StepDone)
			if r.IntN(2) == 0 {
				s.Owner = pick(r, texts...)
			}
			c.Steps[k] = s
		}
	case 8:
		switch {
		case r.IntN(3) == 0 || len(c.Parties) == 0:
			c.Parties = append(c.Parties, incident.Party{ID: "p" + strconv.FormatUint(r.Uint64()%1e6, 36), Kind: incident.PartyOther, Name: pick(r, texts...)})
		case r.IntN(2) == 0:
			i := r.IntN(len(c.Parties))
			c.Parties = slices.Delete(c.Parties, i, i+1)
		default:
			c.Parties[r.IntN(len(c.Parties))].Name = pick(r, texts...)
		}
	case 9:
		d := c.Main()
		d.Persons = d.Persons.Set(incident.Count{Known: true, N: int64(pick(r, 10, 20, 30))})
	case 10:
		c.Cause.Description = pick(r, texts...)
	case 11:
		k := pick(r, "doc/a", "doc/b")
		if r.IntN(3) == 0 {
			delete(c.Edits, k)
		} else {
			if c.Edits == nil {
				c.Edits = map[string]incident.ParagraphEdit{}
			}
			c.Edits[k] = incident.ParagraphEdit{Text: pick(r, texts...), Base: "g", EditedAt: t0}
		}
	case 12:
		d := c.Main()
		d.Categories = append(d.Categories, incident.Category{ID: pick(r, "name", "email", "other"), Other: pick(r, texts...)})
	case 13:
		if r.IntN(3) == 0 {
			c.Estimate = nil
		} else {
			if c.Estimate == nil {
				c.Estimate = &incident.EstimateInputs{}
			}
			c.Estimate.X = pick(r, 1, 2, 3)
		}
	case 14:
		if len(c.DataSets) < 2 {
			c.DataSets = append(c.DataSets, incident.NewDataSet("d"+strconv.Itoa(r.IntN(3)+2)))
		} else {
			c.DataSets = c.DataSets[:1]
		}
	case 15:
		c.Exposure.From = pick(r, incident.Date("2026"), "2025-12", "")
	}
	return c
}
