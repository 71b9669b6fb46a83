package incident

import (
	"strings"
	"testing"
	"time"
)

// An order's basis, kind and law (F743): known values, on an order only,
// the law only under a sector's law; an order with none of them stays
// valid (the data entered before they existed).
func TestValidateOrderFields(t *testing.T) {
	E := SeverityError
	order := func(i *Incident) *Event {
		i.Events = append(i.Events, Event{ID: "e5", Kind: EvMinistryOrder, At: at(20, 10)})
		return &i.Events[len(i.Events)-1]
	}
	for _, tc := range []struct {
		name   string
		change func(*Incident)
		want   []want
	}{
		{"order with nothing entered", func(i *Incident) { order(i) }, nil},
		{"sector report with its law", func(i *Incident) {
			e := order(i)
			e.OrderBasis, e.OrderKind, e.OrderLaw = "sector", "report", "金融商品取引法第56条の2第1項"
		}, nil},
		{"appi improvement", func(i *Incident) {
			e := order(i)
			e.OrderBasis, e.OrderKind = "appi", "improvement"
		}, nil},
		{"unknown values", func(i *Incident) {
			e := order(i)
			e.OrderBasis, e.OrderKind = "fiea", "plan"
		}, []want{{"events[4].orderBasis", CodeUnknownValue, E}, {"events[4].orderKind", CodeUnknownValue, E}}},
		{"law under the APPI", func(i *Incident) {
			e := order(i)
			e.OrderBasis, e.OrderLaw = "appi", "個人情報保護法第146条"
		}, []want{{"events[4].orderLaw", CodeOrderLawBasis, E}}},
		{"law with no basis", func(i *Incident) { order(i).OrderLaw = "医療法第25条" }, []want{{"events[4].orderLaw", CodeOrderLawBasis, E}}},
		{"law on two lines", func(i *Incident) {
			e := order(i)
			e.OrderBasis, e.OrderLaw = "sector", "医療法\n第25条"
		}, []want{{"events[4].orderLaw", CodeNewline, E}}},
		// F822: written administrative guidance is a basis of its own; one
		// entered with no basis but called guidance in its note is warned of
		// (it is read as a demand under the APPI, with its penalties).
		{"guidance", func(i *Incident) { order(i).OrderBasis = "guidance" }, nil},
		{"guidance in the note, no basis", func(i *Incident) {
			order(i).Note = "行政指導（文書）。再発防止策等を4月1日までに報告"
		},
			[]want{{"events[4].orderBasis", CodeOrderGuidance, SeverityWarning}}},
		{"guidance in the note, basis entered", func(i *Incident) {
			e := order(i)
			e.Note, e.OrderBasis = "written administrative guidance", "appi"
		}, nil},
		{"fields on another kind", func(i *Incident) {
			i.Events[3].OrderBasis, i.Events[3].OrderKind, i.Events[3].OrderLaw = "sector", "report", "銀行法第24条"
		}, []want{{"events[3].orderBasis", CodeOrderOnly, E}, {"events[3].orderKind", CodeOrderOnly, E}, {"events[3].orderLaw", CodeOrderOnly, E}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inc := valid()
			tc.change(inc)
			checkProblems(t, Validate(inc), tc.want)
		})
	}
}

// guidanceWord finds administrative guidance named in either language,
// in any case, and nothing else.
func TestGuidanceWord(t *testing.T) {
	for note, want := range map[string]bool{
		"総務省から行政指導（文書）":                               true,
		"Received ADMINISTRATIVE GUIDANCE in writing": true,
		"administrative  guidance":                    false,
		"guidance from the ministry":                  false,
		"指導を受けた":                                      false,
	} {
		if got := guidanceWord(note); got != want {
			t.Errorf("guidanceWord(%q) = %v, want %v", note, got, want)
		}
	}
}

// Whether the number alone opens the account is asked of account numbers
// kept without their code only (F883), as yes, no or not known.
func TestAccessAloneOnAccountNumbersOnly(t *testing.T) {
	inc := New("t", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	inc.DataSets = []DataSet{{ID: "d1", Name: "customers", Categories: []Category{
		{ID: "finance_account", AccessAlone: Yes},
		{ID: "bank_account", AccessAlone: "maybe"},
		{ID: "name", AccessAlone: No},
	}}}
	got := map[string]Code{}
	for _, p := range Validate(inc) {
		if strings.HasSuffix(p.Path, ".accessAlone") {
			got[p.Path] = p.Code
		}
	}
	if _, ok := got["dataSets[0].categories[0].accessAlone"]; ok {
		t.Errorf("a loan account number's answer is refused: %v", got)
	}
	if got["dataSets[0].categories[1].accessAlone"] == "" {
		t.Errorf("an answer other than yes, no or unknown is taken: %v", got)
	}
	if got["dataSets[0].categories[2].accessAlone"] != CodeAccessAloneOnly {
		t.Errorf("the question answered on a name is not refused: %v", got)
	}
}
