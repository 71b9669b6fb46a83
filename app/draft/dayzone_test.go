package draft

import (
	"slices"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F1061: the drafts compare an event's day (a loss's window, the knowing's
// day) with At in the case's zone, and print it in DayZone; they agree
// because the documents are built on the anchored copy (incident.Done,
// AnchoredDays). 146's hand-over to the carrier, known only by its day and
// entered in Auckland's offset (the start of 20 October there is 21:00 on
// the 19th in Tokyo), is still the first day of the window entered: the
// loss is told within it.
func TestLossWindowReadsTheDayAsEntered(t *testing.T) {
	lost := *scenarios(t)[s146]
	lost.Events = slices.Clone(lost.Events)
	for i := range lost.Events {
		if lost.Events[i].ID == "e1" {
			lost.Events[i].At = time.Date(2026, 10, 20, 0, 0, 0, 0, time.FixedZone("", 12*3600))
			lost.Events[i].Precision = incident.Day
		}
	}
	saysSomewhere(t, "146 with the hand-over's day entered in Auckland", &lost, "発生日：2026年10月20日から2026年10月21日 10時30分までの間（紛失の日時は特定できていない）")
}
