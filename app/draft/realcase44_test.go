package draft

import (
	"slices"
	"strings"
	"testing"
)

// Findings of the review of scenarios 169–171 (testdata/golden/assess/REVIEW.md,
// realcase44, F1420–).

// F1422 (170): the PPC report's residence line gave 「米国：約1,019万名」 beside
// 「米国（CA）：96,400名」 and four other states: the row without a state is
// the persons whose state is not given, but read as every US resident (the
// US total is some 10.4 million). Where a country is split by state, its
// row without one says so; a country not split keeps its plain name.
func TestResidenceRowWithoutStateBesideStates(t *testing.T) {
	texts := allTexts(t, scenario(t, "170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later"))
	line := ""
	for _, l := range strings.Split(texts["ppc-prelim-ja"], "\n") {
		if strings.HasPrefix(l, "居住地別の内訳：") {
			line = l
		}
	}
	for _, want := range []string{"米国（州の記載なし）：約1,019万名", "米国（CA）：96,400名", "英国：約278万名", "日本：約121万名"} {
		if !strings.Contains(line, want) {
			t.Errorf("170 residence line lacks %q:\n%s", want, line)
		}
	}
	if strings.Contains(line, "米国：") {
		t.Errorf("170 residence line still gives a plain 米国 row beside the states:\n%s", line)
	}
}

// F1421 (169): a card company registered wrong balances at the credit
// bureaus; the user marked the data damaged and its correct copy kept.
// The PPC report judged it 「「滅失」「毀損」に当たりません」 in item (1) and
// then gave 「漏えい等の別：毀損（発生）」 in item (2). A set marked lost or
// damaged only, with its copy kept, is told as neither there too.
func TestReportKindAgreesWithCopyHeld(t *testing.T) {
	inc := scenario(t, "169-card-company-wrong-balances-at-credit-bureaus-fourteen-years")
	texts := allTexts(t, inc)
	for _, id := range []string{"ppc-prelim-ja", "ppc-final-ja"} {
		if strings.Contains(texts[id], "漏えい等の別：毀損") || !strings.Contains(texts[id], "漏えい等の別：該当なし（同じ内容のデータを他に保管しているため、滅失・毀損に当たらない）") {
			t.Errorf("169 %s kind of breach:\n%s", id, texts[id])
		}
	}
	// No copy kept: damaged, as entered.
	inc.DataSets[0].CopyHeld = "no"
	if texts := allTexts(t, inc); !strings.Contains(texts["ppc-prelim-ja"], "漏えい等の別：毀損（発生）") {
		t.Errorf("169 without a copy kept: want 毀損（発生）:\n%s", texts["ppc-prelim-ja"])
	}
}

// F1428 (170): the two individuals who downloaded the backups were
// identified and paid, and the user answered that the information went
// only to recipients it had identified: the notices to 607,000 drivers then
// carried no warning of phishing or of what the company will never ask.
// Lint names a known recipient when the cause is an attack with an
// unlawful purpose; nowhere else in the set (a misdelivery's known
// addressee, an insider's known buyer are right as they are).
func TestLintNamesAnAttackerAsAKnownRecipient(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeAttackerKnown, "") {
			fired = append(fired, name)
		}
	}
	if want := []string{"170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later"}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeAttackerKnown, fired, want)
	}
	inc := scenario(t, "170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later")
	inc.Cause.RecipientKnown = "no"
	if has(lintOf(t, inc), CodeAttackerKnown, "") {
		t.Errorf("170 with the recipient answered no: %s still fires", CodeAttackerKnown)
	}
}
