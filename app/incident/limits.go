package incident

import "sync"

// Limits on what a file and an incident may hold. They keep a hostile or broken file
// from exhausting the browser tab, and are far above any real incident.
const (
	MaxFileBytes     = 20 << 20 // a file to Decode or DecodeExport
	MaxDepth         = 64       // nesting of JSON objects and arrays
	MaxEvents        = 20000    // events per incident
	MaxCategories    = 500      // data categories per data set
	MaxDataSets      = 200      // data sets per incident
	MaxParties       = 200      // parties per incident
	MaxRevisions     = 100      // revisions of one figure, status changes of one data set
	MaxResidences    = 1000     // residence rows per data set
	MaxCodes         = 300      // establishments, notInvolved ids
	MaxSteps         = 5000     // step states per incident
	MaxEdits         = 5000     // paragraph edits per incident
	MaxUnsubmitted   = 100      // unsubmitted form fields per incident
	MaxListItems     = 1000     // any other list or map in a file
	MaxExportItems   = 10000    // incidents per export file
	MaxTextBytes     = 100_000  // a free-text field (notes, story, descriptions)
	MaxNameRunes     = 200      // a name, id, title or other one-line field
	MaxProblems      = 100      // problems listed by Decode before giving up
	MaxPlausibleN    = 10_000_000_000
	minPlausibleYear = 1970
	maxPlausibleYear = 2200
)

// listLimits are the limits on the lists and maps of an incident, by field path
// with indices removed ("events", "dataSets.categories").
var listLimits = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"events":               MaxEvents,
		"dataSets":             MaxDataSets,
		"dataSets.categories":  MaxCategories,
		"dataSets.residence":   MaxResidences,
		"dataSets.notInvolved": MaxCodes,
		"dataSets.persons":     MaxRevisions,
		"dataSets.records":     MaxRevisions,
		"dataSets.status":      MaxRevisions,
		"persons":              MaxRevisions,
		"parties":              MaxParties,
		"org.establishments":   MaxCodes,
		"steps":                MaxSteps,
		"edits":                MaxEdits,
		"unsubmitted":          MaxUnsubmitted,
	}
})
