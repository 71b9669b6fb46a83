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
