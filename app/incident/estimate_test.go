package incident

import (
	"strings"
	"testing"
	"time"
)

// The estimate inputs survive Encode and Decode, and a value of the wrong
// type is refused with its field named.
func TestEstimateInputsRoundTrip(t *testing.T) {
	inc := New("e1", time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC))
	low, no := int64(150), false
	inc.Estimate = &EstimateInputs{PersonsLow: 900, PersonsHigh: 1100, Responsibility: "higher",
		Costs: map[string]EstimateCost{"dm": {Low: &low, Include: &no}}}
	b, err := Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	e := got.Estimate
	if e == nil || e.PersonsHigh != 1100 || e.Responsibility != "higher" || *e.Costs["dm"].Low != 150 || *e.Costs["dm"].Include {
		t.Fatalf("decoded estimate = %+v", e)
	}
	bad := strings.Replace(string(b), `"personsLow":900`, `"personsLow":"many"`, 1)
	if _, err := Decode([]byte(bad)); err == nil || !strings.Contains(err.Error(), "personsLow") {
		t.Errorf("a text for personsLow: err = %v, want one naming the field", err)
	}
}
