package ui

import (
	"errors"
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// Every reason desk.ReadValue gives for refusing a typed value has its
// message in each language (the id is built at run time).
func TestValueErrorMessages(t *testing.T) {
	for _, code := range []string{"value.number", "value.time", "value.date", "value.choice", "value.json", "value.invalid"} {
		err := &desk.ValueError{Code: code, Problem: incident.Problem{Code: incident.CodeNameTooLong, Args: []string{"201", "200"}}}
		for _, l := range catalog.Langs {
			got := valueErrText(l, err)
			if strings.HasPrefix(got, "[") || got == "" {
				t.Errorf("%s in %s: %q", code, l, got)
			}
		}
	}
	if got := valueErrText(catalog.JA, errors.New("x")); got == "" {
		t.Error("another error has no text")
	}
}
