package catalog

import (
	"strings"
	"testing"
)

// F517 (113): a Japanese hotel chain whose own booking site takes bookings
// in English with prices in euros answered "no" to the GDPR's targeting
// question ("no office in the EU"), and the hint said only that holding data
// of people there is not enough. The hints now say that no office is needed
// and what points to offering services there (EDPB Guidelines 3/2018).
func TestTargetingHintsSayWhatPointsToYes(t *testing.T) {
	for _, l := range Langs {
		for _, id := range []string{"facts.f.org.targetsEU.hint", "facts.f.org.targetsUK.hint"} {
			h := T(l, id)
			want := map[Lang][]string{JA: {"拠点や支店がなくても", "予約"}, EN: {"no office there is needed", "bookings"}}[l]
			for _, w := range want {
				if !strings.Contains(h, w) {
					t.Errorf("%s %s: %q lacks %q", l, id, h, w)
				}
			}
		}
	}
}

// F521 (113): the hotel counted its guests abroad by the nationality column
// of the register; the residence hint did not say that the laws go by where
// people live. It now does.
func TestResidenceHintSaysNotNationality(t *testing.T) {
	if h := T(JA, "facts.sec.residence.hint"); !strings.Contains(h, "国籍では数えません") {
		t.Errorf("JA: %q", h)
	}
	if h := T(EN, "facts.sec.residence.hint"); !strings.Contains(h, "not by nationality") {
		t.Errorf("EN: %q", h)
	}
}
