package rules

// Types of facts.
const (
	TypeNumber = "number" // compared with == != > >= < <= and an integer
	TypeBool   = "bool"   // tested alone: "category.sensitive"
	TypeEnum   = "enum"   // compared with == != in and one of Values
	TypeTri    = "tri"    // compared with == != and yes / no
)

// Kinds of fact arguments.
const (
	ArgPlace    = "place"    // a jurisdiction id ("EU", "US-CA") or an ISO country code
	ArgFlag     = "flag"     // a category flag from categories.json
	ArgCategory = "category" // a category id from categories.json
	ArgEvent    = "event"    // an incident event kind
	ArgRule     = "rule"     // a trigger id of the same jurisdiction
	ArgDate     = "date"     // a day, 2023-04-01
)

// Fact is one entry of the vocabulary the conditions may use (facts.json).
type Fact struct {
	Name   string   `json:"name"`
	Type   string   `json:"type"`
	Arg    string   `json:"arg,omitempty"`
	Values []string `json:"values,omitempty"`
	Field  string   `json:"field"` // the incident field it reads, for reviewers
	// Per, when set, is the kind of instance the fact is read of (PerOrder:
	// the order an obligation owed to each order is owed to): such a fact
	// may only be used in the conditions of an obligation of that Per.
	Per  string `json:"per,omitempty"`
	Need Text   `json:"need"` // what the user must enter when it is unknown
}

type factsFile struct {
	About     Text     `json:"about"`
	Operators []string `json:"operators"`
	Facts     []Fact   `json:"facts"`
}
