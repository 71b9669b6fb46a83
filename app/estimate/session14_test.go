package estimate

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F242/F270 (77): a death registration faxed to newspapers. The estimate
// counted the deceased beside the living notifier (2 persons) and took the
// deceased's medical history among the items: a deceased's data is not
// personal information under APPI (Art. 2(1)), so the set marked deceased
// is left out of the count and the items, with a note; with no living
// person's data left, the compensation is zero.
func TestDeceasedAreLeftOutOfTheEstimate(t *testing.T) {
	inc := loadScenario(t, "77-city-death-registration-faxed-to-newspapers")
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{})
	if e.Damage.Persons.Low != 1 || e.Damage.Persons.High != 1 {
		t.Errorf("persons %+v, want the notifier only (1)", e.Damage.Persons)
	}
	if slices.Contains(e.Damage.YFrom, "medical_history") {
		t.Errorf("the deceased's medical history is among the items: Y from %v", e.Damage.YFrom)
	}
	noted := func(d Damage, s string) bool { return strings.Contains(notesText(d), s) }
	if !noted(e.Damage, "亡くなった方のデータ「死亡届の亡くなった市民」（1人）") || !noted(e.Damage, "(1 person)") {
		t.Errorf("no note on the deceased set:\n%s", notesText(e.Damage))
	}

	only := inc.Clone()
	for i := range only.DataSets {
		only.DataSets[i].Deceased = incident.Yes
	}
	e = Compute(only, mustRules(t), mustCosts(t), Inputs{})
	if !e.Damage.Total.Known || e.Damage.Total.High != 0 {
		t.Errorf("only deceased persons: compensation %+v, want ¥0", e.Damage.Total)
	}
	if !noted(e.Damage, "生存する個人のデータがないため") {
		t.Errorf("only deceased persons: no note why ¥0:\n%s", notesText(e.Damage))
	}
}

func notesText(d Damage) string {
	var b strings.Builder
	for _, n := range d.Notes {
		b.WriteString(n.JA + " / " + n.EN + "\n")
	}
	return b.String()
}
