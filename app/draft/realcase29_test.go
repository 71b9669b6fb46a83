package draft

import (
	"testing"
	"time"
)

// Findings of the realcase29 review (scenarios 125–127; testdata/golden/
// assess/REVIEW.md, F600–).

// F601 (126, an airline's loyalty desk keeping the incident in Singapore
// time while Tokyo entered its filings by date): DatedAt, the exported
// reader of the day a document went out, read a date-only event stored at
// midnight in Tokyo as the day before (23:00 in Singapore), where the engine
// and Build, which anchor such dates in the incident's zone, read the day
// the user gave. One day, one reader: it anchors too.
func TestDatedAtReadsTheDayGivenInAnotherOffset(t *testing.T) {
	inc := scenarios(t)["103-snack-maker-pcs-not-destroyed-by-disposer"].Clone()
	inc.TimeZone = "Asia/Singapore" // changed after the dates were entered at midnight in Tokyo
	sgt := inc.Location()
	s := Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}
	at, ok := DatedAt(s, inc, inc.UpdatedAt)
	if !ok {
		t.Fatal("103: the notice has no date")
	}
	if want := time.Date(2023, 10, 10, 23, 59, 59, 0, sgt); !at.Equal(want) {
		t.Errorf("103 kept in Singapore: notice dated %v, want %v (the day given, 10 October)", at, want)
	}
}
