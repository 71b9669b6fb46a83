package incident

import "time"

// New returns an empty incident with the defaults of a new case: the current
// schema, time zone Asia/Tokyo, at a private business, with one data set of
// its own data whose leak is only possible (おそれ). now is when it is created.
func New(id string, now time.Time) *Incident {
	return &Incident{
		Schema:    SchemaVersion,
		ID:        id,
		CreatedAt: now,
		UpdatedAt: now,
		TimeZone:  DefaultTimeZone,
		Org:       Organisation{Kind: Private},
		Events:    []Event{},
		DataSets:  []DataSet{NewDataSet("d1")},
	}
}

// NewDataSet returns an empty data set of the company's own data, whose leak
// is only possible.
func NewDataSet(id string) DataSet {
	return DataSet{ID: id, Role: Controller, Categories: []Category{}, Status: []StatusChange{{Status: Possible}}}
}
