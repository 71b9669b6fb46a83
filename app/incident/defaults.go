package incident

import "time"

// New returns an empty incident with the defaults of a new case: the current
// schema, time zone Asia/Tokyo, a leak that is only possible (おそれ), at a private
// business handling its own data. now is when it is created.
func New(id string, now time.Time) *Incident {
	return &Incident{
		Schema:    SchemaVersion,
		ID:        id,
		CreatedAt: now,
		UpdatedAt: now,
		TimeZone:  DefaultTimeZone,
		Org:       Organisation{Kind: Private, Role: Controller},
		Events:    []Event{},
		Data:      Data{Categories: []Category{}, Status: Possible},
	}
}
