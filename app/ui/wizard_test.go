package ui

import (
	"strings"
	"testing"
)

func TestParseCountries(t *testing.T) {
	for in, want := range map[string]string{
		"JP":       "JP",
		"jp, de":   "JP,DE",
		"JP、US　DE": "JP,US,DE",
		"JP,JP":    "JP",
		"":         "",
	} {
		got, ok := parseCountries(in)
		if !ok || strings.Join(got, ",") != want {
			t.Errorf("parseCountries(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, bad := range []string{"Japan", "J", "12", "日本"} {
		if _, ok := parseCountries(bad); ok {
			t.Errorf("parseCountries(%q) accepted", bad)
		}
	}
}
