//go:build !js

package ui

import (
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// F1062 (150): an app's account IDs were entered as online identifiers,
// which the notices explain as 「Cookie ID・IPアドレス・広告ID等」. The row
// of that item, once chosen, says in both languages what it covers and
// that a service's own account IDs are membership or customer numbers;
// not once those are chosen too, and never on another item's row.
func TestOnlineIdentifierRowPointsAccountIDsElsewhere(t *testing.T) {
	render := func(l catalog.Lang, d *incident.DataSet, id string) string {
		var w strings.Builder
		f := &factsForm{p: &FactsPage{}, l: l, inc: &incident.Incident{DataSets: []incident.DataSet{*d}}}
		dumpUI(&w, f.categoryTR(d, 0, categoryRow{id: id, label: id}), 0)
		return w.String()
	}
	only := &incident.DataSet{ID: "d1", Categories: []incident.Category{{ID: "name"}, {ID: "online_identifier"}}}
	both := &incident.DataSet{ID: "d1", Categories: []incident.Category{{ID: "online_identifier"}, {ID: "customer_id"}}}
	for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
		hint := catalog.T(l, "facts.categories.onlineIdHint")
		if got := render(l, only, "online_identifier"); !strings.Contains(got, hint) || !strings.Contains(got, "-online-id-hint") {
			t.Errorf("%s: the online identifiers' row does not say what they cover:\n%s", l, got)
		}
		if got := render(l, only, "name"); strings.Contains(got, hint) {
			t.Errorf("%s: the name's row carries the hint", l)
		}
		if got := render(l, both, "online_identifier"); strings.Contains(got, hint) {
			t.Errorf("%s: the hint stays once membership numbers are chosen", l)
		}
	}
	for _, w := range []string{"会員ID・顧客番号", "Cookie ID"} {
		if !strings.Contains(catalog.T(catalog.JA, "facts.categories.onlineIdHint"), w) {
			t.Errorf("the Japanese hint does not name %s", w)
		}
	}
	if !strings.Contains(catalog.T(catalog.EN, "facts.categories.onlineIdHint"), "membership or customer number") {
		t.Error("the English hint does not name the item to choose")
	}
}
