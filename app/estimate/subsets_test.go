package estimate

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Scenario 32's shape (F73): 84 inpatients' name and sex, and for 3 of them
// a nursing summary (medical record, birth date, address, phone). Every
// person was given the medical record's value with name-and-address
// identifiability: ¥25.5–102 million. The total is now a range that holds
// however the 3-person items overlap:
//
//	items all share: name, gender: X 1, Y 1, identifiability 3: 500 × 2 × 3 = 3,000
//	common + medical record: 500 × (100 + 1) × 3 = 151,500 (adds the most)
//	every item: 500 × 101 × 6 = 303,000
//	low:  84 × 3,000 + 3 × (151,500 − 3,000) = 697,500
//	high: ((84 − 12) × 3,000 + 12 × 303,000) × 2 × 2 = 15,408,000
func TestPartialItemsRange(t *testing.T) {
	set := incident.DataSet{Persons: incident.FigureOf(kn(84)), Categories: cats("name", "gender", "medical_record", "birth_date", "address", "phone")}
	for i := range set.Categories {
		if i >= 2 {
			set.Categories[i].Persons = kn(3)
		}
	}
	inc := &incident.Incident{DataSets: []incident.DataSet{set}}
	d := Compute(inc, mustRules(t), mustCosts(t), Inputs{}).Damage
	wantRange(t, "total", d.Total, 697500, 15408000)
	wantRange(t, "per person", d.PerPerson, 3000, 1212000)
	if !strings.Contains(d.Notes[len(d.Notes)-1].EN, "How the items overlap is not known") {
		t.Errorf("no note on the subsets: %v", d.Notes)
	}

	// Every item for everyone: the model as before, one value per person.
	all := set
	all.Categories = cats("name", "gender", "medical_record", "birth_date", "address", "phone")
	d = Compute(&incident.Incident{DataSets: []incident.DataSet{all}}, mustRules(t), mustCosts(t), Inputs{}).Damage
	wantRange(t, "total, every item for all", d.Total, 84*303000, 84*1212000)

	// Two sets: the subsets are not combined; the total stays the highest
	// item's for everyone and says it is an upper bound.
	two := &incident.Incident{DataSets: []incident.DataSet{set, {ID: "d2", Persons: incident.FigureOf(kn(10)), Categories: cats("name")}}}
	d = Compute(two, mustRules(t), mustCosts(t), Inputs{}).Damage
	if !strings.Contains(d.Notes[len(d.Notes)-1].EN, "upper bound") || !strings.Contains(d.Notes[len(d.Notes)-1].JA, "上限") {
		t.Errorf("two sets: no upper-bound note: %v", d.Notes)
	}
}
