package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// An authority's order is read by its basis and kind (F743): an order
// under a sector's law is not an APPI Art. 146 demand with the APPI's
// penalty, and an improvement order asks for a plan and its execution.
func TestOrderReadByBasisAndKind(t *testing.T) {
	due := at(2026, 5, 20, 17, 0)
	for _, tc := range []struct {
		name             string
		basis, kind, law string
		party            incident.PartyKind
		id               string
		cite, notCite    []string // in the citation (EN), and never in it
		title            string   // in the title (EN)
		unstated         bool     // the explanation asks for the basis
	}{
		{name: "PPC's own demand under the APPI", basis: "appi", kind: "report", party: incident.PartyRegulator,
			id: "jp.ministry.report", cite: []string{"APPI Art. 146(1)", "Art. 182"}, title: "Written report"},
		{name: "FIEA report order", basis: "sector", kind: "report", law: "金融商品取引法第56条の2第1項", party: incident.PartyMinistry,
			id: "jp.sector.order", cite: []string{"金融商品取引法第56条の2第1項"}, notCite: []string{"APPI", "146", "182"}, title: "sector's law"},
		{name: "FIEA business improvement order", basis: "sector", kind: "improvement", law: "金融商品取引法第51条", party: incident.PartyMinistry,
			id: "jp.sector.improvement", cite: []string{"金融商品取引法第51条"}, notCite: []string{"APPI", "146", "182"}, title: "business improvement order"},
		{name: "MHLW order under the Medical Care Act, kind not entered", basis: "sector", law: "医療法第25条第1項", party: incident.PartyMinistry,
			id: "jp.sector.order", cite: []string{"医療法第25条第1項"}, notCite: []string{"APPI", "146"}},
		{name: "sector order with no law named", basis: "sector", kind: "report", party: incident.PartyMinistry,
			id: "jp.sector.order", cite: []string{"not entered; see the order"}, notCite: []string{"APPI", "{order_law}"}},
		{name: "nothing entered: read as before, with a note", party: incident.PartyMinistry,
			id: "jp.ministry.report", cite: []string{"APPI Art. 146(1)"}, unstated: true},
		{name: "improvement order with no basis: a sector's", kind: "improvement", party: incident.PartyMinistry,
			id: "jp.sector.improvement", notCite: []string{"APPI"}, unstated: true},
		{name: "the PPC's recommendation or order of measures", basis: "appi", kind: "improvement", party: incident.PartyRegulator,
			id: "jp.appi.order.measures", cite: []string{"APPI Art. 148"}, notCite: []string{"146"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inc := base(10)
			inc.Parties = []incident.Party{{ID: "p", Kind: tc.party, Name: "所管の行政機関"}}
			inc.Events = append(inc.Events, incident.Event{ID: "o", Kind: incident.EvMinistryOrder, At: at(2026, 5, 2, 10, 0), Due: &due,
				Party: "p", OrderBasis: tc.basis, OrderKind: tc.kind, OrderLaw: tc.law})
			if ps := incident.Validate(inc).Errors(); len(ps) > 0 {
				t.Fatalf("invalid: %v", ps)
			}
			j := jur(t, eval(t, inc, now), "JP")
			var ids []string
			for _, o := range j.Obligations {
				if o.Order == "o" {
					ids = append(ids, o.ID)
				}
			}
			if len(ids) != 1 || ids[0] != tc.id {
				t.Fatalf("duties owed to the order: %v, want %s", ids, tc.id)
			}
			o := obligation(j, tc.id)
			if o.Due == nil || !o.Due.Equal(due) || o.State != StateDue || o.Party != "p" {
				t.Errorf("deadline: %v %s %s", o.Due, o.State, o.Party)
			}
			for _, s := range tc.cite {
				if !strings.Contains(o.Citation.EN, s) && !strings.Contains(o.Citation.JA, s) {
					t.Errorf("citation %q lacks %q", o.Citation.EN, s)
				}
			}
			for _, s := range tc.notCite {
				if strings.Contains(o.Citation.EN+o.Citation.JA, s) {
					t.Errorf("citation names %q: %q / %q", s, o.Citation.EN, o.Citation.JA)
				}
			}
			if tc.id != "jp.ministry.report" && strings.Contains(o.Text.EN+o.Text.JA, "146") {
				t.Errorf("text names the APPI's Art. 146: %s", o.Text.EN)
			}
			if !strings.Contains(o.Title.EN, tc.title) {
				t.Errorf("title %q lacks %q", o.Title.EN, tc.title)
			}
			if got := strings.Contains(o.Explanation.EN, "legal basis") || strings.Contains(o.Explanation.EN, "basis is not entered"); got != tc.unstated {
				t.Errorf("explanation asks for the basis: %v, want %v: %s", got, tc.unstated, o.Explanation.EN)
			}
		})
	}
}
