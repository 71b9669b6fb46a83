package incident

import (
	"sync"
	"time"
)

var zones sync.Map // IANA name → *time.Location, or error

// LoadZone is time.LoadLocation for an incident's time zone, remembered: "" and
// "Local" (the device's zone, which differs between colleagues) are not accepted,
// nor a zone outside the embedded table (zoneinfo.go), so that an incident loads
// the same zones from the same data natively and in the browser. It is the one
// resolver of a zone name: Location, Validate and the facts form's zone field
// ask it, never time.LoadLocation.
func LoadZone(name string) (*time.Location, error) {
	if v, ok := zones.Load(name); ok {
		if loc, ok := v.(*time.Location); ok {
			return loc, nil
		}
		return nil, v.(error)
	}
	var loc *time.Location
	var err error
	switch {
	case name == "" || name == "Local" || len(name) > 64:
		err = &time.ParseError{Value: name, Message: ": not an IANA time zone name"}
	default:
		loc, err = tableZone(name)
	}
	if len(name) <= 64 { // don't let hostile names grow the cache without bound
		if err != nil {
			zones.Store(name, err)
		} else {
			zones.Store(name, loc)
		}
	}
	return loc, err
}

// Location is the incident's time zone, in which deadlines are computed; an empty
// or unusable TimeZone (which Validate reports) falls back to Asia/Tokyo.
func (inc *Incident) Location() *time.Location {
	if inc != nil {
		if loc, err := LoadZone(inc.TimeZone); err == nil {
			return loc
		}
	}
	if loc, err := LoadZone(DefaultTimeZone); err == nil {
		return loc
	}
	return time.FixedZone("JST", 9*60*60) // unreachable: Asia/Tokyo is in the table
}

// countryZones are the zones of the countries that keep one civil time
// throughout (of those the table holds): a reader living there reads an
// instant in it. A country with several (the US, Canada, Australia,
// Mexico, Brazil, Indonesia; Spain and Portugal with their islands) has none.
var countryZones = map[string]string{
	"JP": "Asia/Tokyo", "KR": "Asia/Seoul", "CN": "Asia/Shanghai", "HK": "Asia/Hong_Kong", "TW": "Asia/Taipei",
	"SG": "Asia/Singapore", "TH": "Asia/Bangkok", "VN": "Asia/Ho_Chi_Minh", "PH": "Asia/Manila",
	"MY": "Asia/Kuala_Lumpur", "IN": "Asia/Kolkata", "AE": "Asia/Dubai", "NZ": "Pacific/Auckland",
	"GB": "Europe/London", "IE": "Europe/Dublin", "FR": "Europe/Paris", "BE": "Europe/Brussels",
	"NL": "Europe/Amsterdam", "LU": "Europe/Luxembourg", "DE": "Europe/Berlin", "CH": "Europe/Zurich",
	"AT": "Europe/Vienna", "IT": "Europe/Rome", "MT": "Europe/Malta", "DK": "Europe/Copenhagen",
	"NO": "Europe/Oslo", "SE": "Europe/Stockholm", "FI": "Europe/Helsinki", "EE": "Europe/Tallinn",
	"LV": "Europe/Riga", "LT": "Europe/Vilnius", "PL": "Europe/Warsaw", "CZ": "Europe/Prague",
	"SK": "Europe/Bratislava", "HU": "Europe/Budapest", "SI": "Europe/Ljubljana", "HR": "Europe/Zagreb",
	"RO": "Europe/Bucharest", "BG": "Europe/Sofia", "GR": "Europe/Athens", "CY": "Asia/Nicosia",
	"IS": "Atlantic/Reykjavik",
}

// CountryZone is the time zone of a country (ISO 3166-1 alpha-2) that
// keeps one civil time throughout, or nil.
func CountryZone(country string) *time.Location {
	name, ok := countryZones[country]
	if !ok {
		return nil
	}
	loc, err := LoadZone(name)
	if err != nil {
		return nil
	}
	return loc
}
