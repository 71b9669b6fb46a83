package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	json "github.com/goccy/go-json"

	"breachdesk/checklists"
)

// Set is the whole law as data, loaded and validated.
type Set struct {
	Jurisdictions []*Jurisdiction // by Order, then ID
	Categories    []Category
	Flags         []Flag
	SimpleEP      Citation // source of the Simple-EP classes
	Facts         []Fact
	Playbook      Playbook
	Calendars     map[string]*Calendar

	jurByID  map[string]*Jurisdiction
	catByID  map[string]*Category
	flagByID map[string]*Flag
	factByID map[string]*Fact
	stepByID map[string]*Step
}

// Files with a fixed role; every other *.json is a jurisdiction.
const (
	fileCategories = "categories.json"
	fileFacts      = "facts.json"
	filePlaybook   = "playbook.json"
	prefixHolidays = "holidays_"
)

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default is the rule set embedded from checklists/, loaded once.
func Default() (*Set, error) {
	defaultOnce.Do(func() { defaultSet, defaultErr = Load(checklists.FS) })
	return defaultSet, defaultErr
}

// Load reads and validates every JSON file at the root of fsys. It returns
// every problem found, each naming its file and entry.
func Load(fsys fs.FS) (*Set, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	s := &Set{Calendars: map[string]*Calendar{}}
	var errs []error
	read := func(name string, v any) bool {
		b, err := fs.ReadFile(fsys, name)
		if err == nil {
			err = decodeStrict(b, v)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			return false
		}
		return true
	}
	for _, name := range names {
		switch base := path.Base(name); {
		case base == fileCategories:
			var f categoriesFile
			if read(name, &f) {
				s.Categories, s.Flags, s.SimpleEP = f.Categories, f.Flags, f.SimpleEPSource
			}
		case base == fileFacts:
			var f factsFile
			if read(name, &f) {
				s.Facts = f.Facts
			}
		case base == filePlaybook:
			read(name, &s.Playbook)
		case strings.HasPrefix(base, prefixHolidays):
			c := &Calendar{}
			if read(name, c) {
				if err := c.index(); err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", name, err))
				} else if s.Calendars[c.ID] != nil {
					errs = append(errs, fmt.Errorf("%s: calendar %q defined twice", name, c.ID))
				} else {
					s.Calendars[c.ID] = c
				}
			}
		default:
			j := &Jurisdiction{}
			if read(name, j) {
				s.Jurisdictions = append(s.Jurisdictions, j)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.SliceStable(s.Jurisdictions, func(a, b int) bool {
		ja, jb := s.Jurisdictions[a], s.Jurisdictions[b]
		if ja.Order != jb.Order {
			return ja.Order < jb.Order
		}
		return ja.ID < jb.ID
	})
	if err := s.validate(); err != nil {
		return nil, err
	}
	return s, nil
}

func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// Jurisdiction returns the jurisdiction with this id, or nil.
func (s *Set) Jurisdiction(id string) *Jurisdiction { return s.jurByID[id] }

// Category returns the category with this id, or nil.
func (s *Set) Category(id string) *Category { return s.catByID[id] }

// Flag returns the flag with this id, or nil.
func (s *Set) Flag(id string) *Flag { return s.flagByID[id] }

// Fact returns the vocabulary entry with this name, or nil.
func (s *Set) Fact(name string) *Fact { return s.factByID[name] }

// Step returns the playbook step with this id, or nil.
func (s *Set) Step(id string) *Step { return s.stepByID[id] }

// InForce returns the rules of rs in force on day d, in file order.
func InForce(rs []Rule, d Date) []Rule {
	var out []Rule
	for _, r := range rs {
		if r.InForce(d) {
			out = append(out, r)
		}
	}
	return out
}
