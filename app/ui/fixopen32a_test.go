//go:build !js

package ui

import (
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// F1433 (171): a hospital entered its report of the flood's damage to the
// prefecture as a ministry report, and a ministry report on the breach was
// drafted for that day. Nothing on the timeline form said what the kind
// records: the chosen kind's hint now shows under it, and the ministry
// report's says it is the report of the breach under a sector's rules,
// other dealings with a ministry being "other".
func TestTimelineFormTellsAMinistryReportFromOtherContacts(t *testing.T) {
	inc := scenario(t, "01-travel-targeted-email")
	testDesk(t, nil, inc)
	for _, c := range []struct {
		l          catalog.Lang
		want, also string
	}{
		{catalog.JA, "漏えい等の報告ではない省庁・自治体とのやり取りは「その他」に記録", "被災状況の報告"},
		{catalog.EN, `are no report of the breach`, `a report of damage from a disaster`},
	} {
		render := func(kind incident.EventKind) string {
			p := &TimelinePage{incidentPage: incidentPage{lang: c.l, now: inc.UpdatedAt, id: inc.ID}, addAt: true,
				add: eventDraft{Kind: string(kind), Precision: "day", At: "2026-06-20"}}
			var w strings.Builder
			dumpUI(&w, p.Render(), 0)
			return w.String()
		}
		got := render(incident.EvMinistryReport)
		if !strings.Contains(got, `id="tl-add-kind-hint"`) || !strings.Contains(got, c.want) || !strings.Contains(got, c.also) {
			t.Errorf("%s: the ministry report chosen, the form's hint does not tell it from other contacts:\n%s", c.l, got)
		}
		if got := render(incident.EvOther); strings.Contains(got, `id="tl-add-kind-hint"`) {
			t.Errorf("%s: a hint shown for a kind that has none", c.l)
		}
	}
}
