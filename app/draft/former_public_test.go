package draft

import (
	"strings"
	"testing"
)

// F920 (25): the persons of a city's special-collection tax notices who had
// since moved or changed employer were told 「2024年3月以降にご利用を終了され
// た方」: taxpayers used nothing. A set held for an entrustor entered as a
// public body (or a public body's own set), with no word for what its former
// persons did, names them as no longer falling under it; the same set for a
// private entrustor keeps the neutral words of F840.
func TestFormerPersonsOfAPublicBodyDidNotEndAService(t *testing.T) {
	inc := scenarios(t)["25-print-processor-ransomware-entrustors"]
	texts := allTexts(t, inc)
	got := texts["notice-d3-ja"]
	if got == "" {
		t.Fatalf("no notice-d3-ja among %d documents", len(texts))
	}
	if strings.Contains(got, "ご利用を終了された方") || !strings.Contains(got, "2024年3月以降に該当しなくなった方（135,118名）") {
		t.Errorf("the city's taxpayers:\n%s", got)
	}
	for i := range inc.Parties {
		if inc.Parties[i].ID == "p3" {
			inc.Parties[i].OrgKind = ""
		}
	}
	if got := allTexts(t, inc)["notice-d3-ja"]; !strings.Contains(got, "2024年3月以降にご利用を終了された方") {
		t.Errorf("a private entrustor's set:\n%s", got)
	}
}
