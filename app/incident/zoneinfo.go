package incident

import (
	"embed"
	"errors"
	"slices"
	"time"
	_ "unsafe" // for go:linkname
)

// zoneNames are the IANA time zones an incident may use: Japan's, those of the
// jurisdictions in checklists/ (Korea, Singapore, Australia, the EU and EEA,
// the UK, California, New York, Canada), the usual business hubs, and UTC.
// Their TZif data, byte for byte Go's own ($GOROOT/lib/time/zoneinfo.zip, the
// source of time/tzdata), sits in zoneinfo/ and is embedded: 57 KB instead of
// the 408 KB of time/tzdata, which a browser needs because it has no zone
// database (testdata/size/REPORT.md). To add a zone, add it here and run
//
//	go test ./app/incident -run TestZoneinfo -update-zones
var zoneNames = []string{
	"Asia/Tokyo", "Japan",
	"Asia/Seoul", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Bangkok",
	"Asia/Ho_Chi_Minh", "Asia/Jakarta", "Asia/Manila", "Asia/Kuala_Lumpur", "Asia/Kolkata", "Asia/Dubai",
	"Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Adelaide", "Australia/Perth",
	"Australia/Darwin", "Australia/Hobart", "Pacific/Auckland", "Pacific/Honolulu",
	"Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Brussels",
	"Europe/Amsterdam", "Europe/Luxembourg", "Europe/Berlin", "Europe/Zurich", "Europe/Vienna", "Europe/Rome",
	"Europe/Malta", "Europe/Copenhagen", "Europe/Oslo", "Europe/Stockholm", "Europe/Helsinki", "Europe/Tallinn",
	"Europe/Riga", "Europe/Vilnius", "Europe/Warsaw", "Europe/Prague", "Europe/Bratislava", "Europe/Budapest",
	"Europe/Ljubljana", "Europe/Zagreb", "Europe/Bucharest", "Europe/Sofia", "Europe/Athens", "Asia/Nicosia",
	"Atlantic/Reykjavik", "Atlantic/Canary", "Atlantic/Azores", "Atlantic/Madeira",
	"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
	"America/Anchorage", "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
	"America/Regina", "America/Halifax", "America/St_Johns", "America/Mexico_City", "America/Sao_Paulo",
	"UTC", "Etc/UTC", "GMT", "Etc/GMT",
}

//go:embed zoneinfo
var zoneinfo embed.FS

// Zones lists the time zones an incident may use (IANA names), Asia/Tokyo first.
func Zones() []string { return slices.Clone(zoneNames) }

// errZone is the error for a zone outside the table.
type errZone string

func (e errZone) Error() string {
	return "time zone " + string(e) + " is not in Breach Desk's zone table (incident.Zones)"
}

// zoneData is the TZif data of a zone of the table.
func zoneData(name string) (string, error) {
	if !slices.Contains(zoneNames, name) {
		return "", errZone(name)
	}
	b, err := zoneinfo.ReadFile("zoneinfo/" + name)
	if err != nil {
		return "", errors.Join(errZone(name), err)
	}
	return string(b), nil
}

// tableZone loads a zone of the table the way time.LoadLocation does, from the
// same data natively and in the browser.
func tableZone(name string) (*time.Location, error) {
	if name == "UTC" {
		return time.UTC, nil // as time.LoadLocation
	}
	data, err := zoneData(name)
	if err != nil {
		return nil, err
	}
	return time.LoadLocationFromTZData(name, []byte(data))
}

// registerLoadFromEmbeddedTZData is the hook time/tzdata uses (the time
// package exports it by a push go:linkname for that purpose). Registering the
// table through it keeps time.LoadLocation working for these zones in the
// browser, for code that calls it directly (the UI's zone field, assess).
//
//go:linkname registerLoadFromEmbeddedTZData time.registerLoadFromEmbeddedTZData
func registerLoadFromEmbeddedTZData(func(string) (string, error))

func init() { registerLoadFromEmbeddedTZData(zoneData) }
