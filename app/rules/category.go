package rules

// Flag is a property of data categories that rules test (category.<flag>).
type Flag struct {
	ID     string   `json:"id"`
	JA     string   `json:"ja"`
	EN     string   `json:"en"`
	Source Citation `json:"source"`
}

// Category is one kind of personal data.
type Category struct {
	ID    string   `json:"id"`
	JA    string   `json:"ja"`
	EN    string   `json:"en"`
	Flags []string `json:"flags"`
	// SimpleEP is the JNSA Simple-EP class (x = emotional distress, y = economic loss), 1..3 each.
	SimpleEP [2]int `json:"simple_ep"`
	// Unclassified categories (free text) make every flag test unknown.
	Unclassified bool  `json:"unclassified,omitempty"`
	ReliedOn     *Text `json:"relied_on,omitempty"`
}

// Has reports whether the category carries the flag.
func (c *Category) Has(flag string) bool {
	for _, f := range c.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

type categoriesFile struct {
	About          Text       `json:"about"`
	SimpleEPSource Citation   `json:"simple_ep_source"`
	Flags          []Flag     `json:"flags"`
	Categories     []Category `json:"categories"`
}
