package incident

import "strings"

// isoCountries are the officially assigned ISO 3166-1 alpha-2 codes.
var isoCountries = codeSet(`
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`)

// usStates are the USPS codes of the states, DC and the inhabited territories.
var usStates = codeSet(`
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND
OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI`)

// OtherCountries is a residence row's country for the persons who live in
// countries the set does not list (64: users in 148 countries, eight of
// them counted): ZZ, the code ISO 3166-1 leaves to users and that is
// commonly "unknown or unspecified". Such a row tells the engine that a
// country's law not listed may still apply.
const OtherCountries = "ZZ"

// countryHints are codes people use that ISO 3166-1 does not assign to the country they mean.
var countryHints = map[string]string{"UK": "GB", "EL": "GR"}

func codeSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(s) {
		m[c] = true
	}
	return m
}

// countryProblem checks an ISO 3166-1 alpha-2 code; "" is left to the caller.
func (v *validator) country(path, c string) {
	switch {
	case c == "" || isoCountries[c] || c == OtherCountries:
	case countryHints[c] != "":
		v.ps.add(SeverityError, path, CodeCountryHint, quoteShort(c), countryHints[c])
	case isoCountries[strings.ToUpper(c)]:
		v.ps.add(SeverityError, path, CodeCountryHint, quoteShort(c), strings.ToUpper(c))
	default:
		v.ps.add(SeverityError, path, CodeCountry, quoteShort(c))
	}
}

// region checks a region code: a US state for "US", else the shape of an ISO 3166-2 suffix.
func (v *validator) region(path, country, r string) {
	switch {
	case r == "":
	case country == OtherCountries:
		v.ps.add(SeverityError, path, CodeRegion, quoteShort(r), country)
	case country == "US" && !usStates[r]:
		v.ps.add(SeverityError, path, CodeRegion, quoteShort(r), country)
	case country != "US" && !isCode(r, 1, 3):
		v.ps.add(SeverityError, path, CodeRegion, quoteShort(r), country)
	}
}

// isCode reports whether s is min to max upper-case letters or digits.
func isCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// JurisdictionShape reports whether j has the shape of a jurisdiction id:
// "" (all), "JP", "EU", "US-CA", "CA-QC". Validate warns of any other; a
// form that takes one asks this too.
func JurisdictionShape(j string) bool {
	a, b, sub := strings.Cut(j, "-")
	return j == "" || isCode(a, 2, 2) && (!sub || isCode(b, 1, 3))
}

// jurisdiction checks the shape of a jurisdiction id (JurisdictionShape).
func (v *validator) jurisdiction(path, j string) {
	if !JurisdictionShape(j) {
		v.ps.add(SeverityWarning, path, CodeJurisdiction, quoteShort(j))
	}
}
