package estimate

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	json "github.com/goccy/go-json"

	"breachdesk/app/rules"
	"breachdesk/checklists/costs"
)

// Units of a cost item.
const (
	UnitFixed     = "fixed"      // a lump sum
	UnitPerPerson = "per_person" // × persons
	UnitPer10k    = "per_10k"    // × persons / 10,000
	UnitPerMonth  = "per_month"  // × months
)

// Quantities a cost item is multiplied by.
const (
	QtyOne            = "one"             // fixed items
	QtyPersons        = "persons"         // every affected person
	QtyMatchedPersons = "matched_persons" // the persons of the categories that made the item apply
	QtyMonths         = "months"          // the item's Months
)

// Item is one unit cost of costs.json.
type Item struct {
	ID       string   `json:"id"`
	JA       string   `json:"ja"`
	EN       string   `json:"en"`
	Unit     string   `json:"unit"`
	Low      int64    `json:"low"`
	High     int64    `json:"high"`
	Quantity string   `json:"quantity"`
	Months   int64    `json:"months,omitempty"`
	When     []string `json:"when"`
	// Unless lists facts that leave the item out whatever When says:
	// "recipient_known", the data went only to recipients the company has
	// identified (a dark-web survey looks for data nobody can name the
	// holder of; 91: 23 customers copied by hand, the copies seized).
	Unless   []string       `json:"unless,omitempty"`
	Source   rules.Citation `json:"source"`
	ReliedOn *rules.Text    `json:"relied_on,omitempty"`
}

// Case is a court case in which damages were awarded for a leak of personal
// data: context for the model's estimate (what a court gave each plaintiff),
// with its source.
type Case struct {
	ID        string         `json:"id"`
	Name      rules.Text     `json:"name"`
	Court     rules.Text     `json:"court"`      // the court and date of the judgment
	Data      rules.Text     `json:"data"`       // what leaked, and how
	PerPerson int64          `json:"per_person"` // yen awarded to each plaintiff, lawyer's fees included
	Breakdown rules.Text     `json:"breakdown"`
	Source    rules.Citation `json:"source"`
	ReliedOn  *rules.Text    `json:"relied_on,omitempty"`
}

// CaseLine is a case with what its award per person would come to for the
// persons of this incident: an upper bound, since only some of those
// affected ever claim.
type CaseLine struct {
	Case  Case
	Total Range // PerPerson × the persons (unknown when they are)
}

// Table is the whole of costs.json.
type Table struct {
	About    rules.Text            `json:"about"`
	Units    map[string]rules.Text `json:"units"`
	WhenHelp rules.Text            `json:"when_help"`
	Cases    []Case                `json:"cases"`
	Items    []Item                `json:"items"`
}

// CaseContext is each case's award per person applied to persons.
func (t *Table) CaseContext(persons Range) []CaseLine {
	out := make([]CaseLine, len(t.Cases))
	for i, c := range t.Cases {
		out[i] = CaseLine{Case: c, Total: Exact(c.PerPerson).Mul(persons)}
	}
	return out
}

// Item returns the item with this id, or nil.
func (t *Table) Item(id string) *Item {
	for i := range t.Items {
		if t.Items[i].ID == id {
			return &t.Items[i]
		}
	}
	return nil
}

var (
	defaultOnce  sync.Once
	defaultTable *Table
	defaultErr   error
)

// DefaultCosts is the table embedded from checklists/costs/costs.json, loaded once.
func DefaultCosts() (*Table, error) {
	defaultOnce.Do(func() { defaultTable, defaultErr = LoadCosts(costs.JSON) })
	return defaultTable, defaultErr
}

// LoadCosts reads and validates a cost table; every problem names its item.
func LoadCosts(b []byte) (*Table, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var t Table
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("costs.json: %w", err)
	}
	var errs []error
	seen := map[string]bool{}
	for i, it := range t.Items {
		at := fmt.Sprintf("costs.json: items[%d] %q", i, it.ID)
		bad := func(f string, a ...any) { errs = append(errs, fmt.Errorf(at+": "+f, a...)) }
		if it.ID == "" || seen[it.ID] {
			bad("missing or repeated id")
		}
		seen[it.ID] = true
		if it.JA == "" || it.EN == "" {
			bad("needs ja and en")
		}
		if _, ok := t.Units[it.Unit]; !ok {
			bad("unit %q is not in units", it.Unit)
		}
		if it.Low < 0 || it.High < it.Low {
			bad("want 0 <= low <= high, have %d, %d", it.Low, it.High)
		}
		want := map[string][]string{UnitFixed: {QtyOne}, UnitPerPerson: {QtyPersons, QtyMatchedPersons},
			UnitPer10k: {QtyPersons, QtyMatchedPersons}, UnitPerMonth: {QtyMonths}}[it.Unit]
		if !slices.Contains(want, it.Quantity) {
			bad("quantity %q does not fit unit %q (want one of %v)", it.Quantity, it.Unit, want)
		}
		if it.Quantity == QtyMonths && it.Months <= 0 {
			bad("a monthly item needs months > 0")
		}
		if len(it.When) == 0 {
			bad("needs when")
		}
		for _, w := range it.When {
			if _, err := parseWhen(w); err != nil {
				bad("%v", err)
			}
		}
		for _, u := range it.Unless {
			if u != "recipient_known" {
				bad("unknown unless %q (want recipient_known)", u)
			}
		}
		if it.Source.JA == "" || it.Source.EN == "" {
			bad("needs a source")
		}
	}
	seenCase := map[string]bool{}
	for i, c := range t.Cases {
		at := fmt.Sprintf("costs.json: cases[%d] %q", i, c.ID)
		bad := func(f string, a ...any) { errs = append(errs, fmt.Errorf(at+": "+f, a...)) }
		if c.ID == "" || seenCase[c.ID] {
			bad("missing or repeated id")
		}
		seenCase[c.ID] = true
		for _, x := range []rules.Text{c.Name, c.Court, c.Data, c.Breakdown, c.Source.Text()} {
			if x.JA == "" || x.EN == "" {
				bad("needs name, court, data, breakdown and source in ja and en")
				break
			}
		}
		if c.Source.URL == "" {
			bad("needs the source's url")
		}
		if c.PerPerson <= 0 {
			bad("needs the award per person")
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &t, nil
}

// when is one parsed condition of an item.
type when struct {
	kind string // always, optional, flag, category, unlawful_purpose, compensation, attack, persons
	arg  string
	n    int // persons: at least n
}

func parseWhen(s string) (when, error) {
	switch {
	case s == "always" || s == "optional" || s == "unlawful_purpose" || s == "compensation" || s == "attack":
		return when{kind: s}, nil
	case strings.HasPrefix(s, "persons>="):
		n, err := strconv.Atoi(strings.TrimPrefix(s, "persons>="))
		if err != nil || n <= 0 {
			return when{}, fmt.Errorf("bad condition %q: persons>= needs a positive whole number", s)
		}
		return when{kind: "persons", n: n}, nil
	case strings.HasPrefix(s, "category.") && len(s) > len("category."):
		return when{kind: "flag", arg: strings.TrimPrefix(s, "category.")}, nil
	case strings.HasPrefix(s, "category(") && strings.HasSuffix(s, ")") && len(s) > len("category()"):
		return when{kind: "category", arg: s[len("category(") : len(s)-1]}, nil
	}
	return when{}, fmt.Errorf("unknown condition %q", s)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
