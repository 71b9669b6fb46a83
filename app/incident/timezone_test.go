package incident

import "testing"

// Every country zone is in the embedded table (a zone missing there would
// leave its readers in the case's zone without a word), and countries with
// several civil times have none.
func TestCountryZone(t *testing.T) {
	for c, name := range countryZones {
		if loc := CountryZone(c); loc == nil || loc.String() != name {
			t.Errorf("CountryZone(%s) = %v, want %s", c, loc, name)
		}
	}
	for _, c := range []string{"US", "CA", "AU", "MX", "BR", "ID", "ES", "PT", "", "XX"} {
		if loc := CountryZone(c); loc != nil {
			t.Errorf("CountryZone(%q) = %v, want none", c, loc)
		}
	}
}
