package rules

import (
	"slices"

	"breachdesk/app/incident"
)

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
	// Masked says what the category no longer is when only part of it was
	// kept or affected (an item whose protection is "masked": a card
	// number's last four digits with its expiry date), with the source
	// that says so; nil: a masked item keeps every flag.
	Masked *Masked `json:"masked,omitempty"`
}

// Masked lists the flags a category loses when only part of it was kept
// or affected, and why.
type Masked struct {
	Drops    []string `json:"drops"`
	Source   Citation `json:"source"`
	ReliedOn *Text    `json:"relied_on,omitempty"`
}

// HasAsKept reports whether an item of the category carries the flag as it
// was kept: masked (only part of it, incident.ItemMasked) drops the flags
// the category's Masked names. The one reader of an item's flags for the
// engine and the drafts (F98: a card number's last four digits and expiry
// date made Rules Art. 7(2) and the card brands' duties apply).
func (c *Category) HasAsKept(flag string, p incident.ItemProtection) bool {
	if p == incident.ItemMasked && c.Masked != nil && slices.Contains(c.Masked.Drops, flag) {
		return false
	}
	return c.Has(flag)
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
