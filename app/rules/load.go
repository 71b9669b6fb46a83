package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
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
	// Pending lists changes of the law that have no effective date yet
	// (pending.json). Nothing here is applied by the engine.
	Pending []PendingChange
	// Unlisted names the top-level JSON files that index.json does not list:
	// they were not loaded (TestEveryFileIsListed keeps it empty for checklists/).
	Unlisted []string

	jurByID  map[string]*Jurisdiction
	catByID  map[string]*Category
	flagByID map[string]*Flag
	factByID map[string]*Fact
	stepByID map[string]*Step
}

// IndexFile lists the data files of the rule set and their roles. Only the
// files it lists are loaded, so a new data file at the top level of
// checklists/ can neither be mistaken for a jurisdiction nor break loading.
const IndexFile = "index.json"

// index is the decoded IndexFile.
type index struct {
	About         Text     `json:"about"`
	Jurisdictions []string `json:"jurisdictions"`
	Categories    string   `json:"categories"`
	Facts         string   `json:"facts"`
	Playbook      string   `json:"playbook"`
	Calendars     []string `json:"calendars"`
	// Pending is the file of pending changes ("" = none).
	Pending string `json:"pending,omitempty"`
	// Other lists data files at the same level that are not for the rules
	// (read by other packages, or not yet used); they are not loaded.
	Other []string `json:"other"`
}

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

// Load reads the files that index.json lists at the root of fsys, each in
// its role, and validates them. It returns every problem found, each naming
// its file and entry. Other JSON files at the root are not read; their names
// are kept in Set.Unlisted.
func Load(fsys fs.FS) (*Set, error) {
	var ix index
	b, err := fs.ReadFile(fsys, IndexFile)
	if err == nil {
		err = decodeStrict(b, &ix)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", IndexFile, err)
	}
	s := &Set{Calendars: map[string]*Calendar{}}
	var errs []error
	listed := map[string]bool{IndexFile: true}
	list := func(role, name string) bool {
		switch {
		case name == "" || path.Base(name) != name || !strings.HasSuffix(name, ".json"):
			errs = append(errs, fmt.Errorf("%s: %s: %q is not a JSON file name at this level", IndexFile, role, name))
			return false
		case listed[name]:
			errs = append(errs, fmt.Errorf("%s: %s: %q is listed twice", IndexFile, role, name))
			return false
		}
		listed[name] = true
		return true
	}
	read := func(role, name string, v any) bool {
		if !list(role, name) {
			return false
		}
		b, err := fs.ReadFile(fsys, name)
		if err == nil {
			err = decodeStrict(b, v)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s (%s): %w", name, role, err))
			return false
		}
		return true
	}
	var cf categoriesFile
	if read("categories", ix.Categories, &cf) {
		s.Categories, s.Flags, s.SimpleEP = cf.Categories, cf.Flags, cf.SimpleEPSource
	}
	var ff factsFile
	if read("facts", ix.Facts, &ff) {
		s.Facts = ff.Facts
	}
	read("playbook", ix.Playbook, &s.Playbook)
	for _, name := range ix.Calendars {
		c := &Calendar{}
		if read("calendars", name, c) {
			if err := c.index(); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", name, err))
			} else if s.Calendars[c.ID] != nil {
				errs = append(errs, fmt.Errorf("%s: calendar %q defined twice", name, c.ID))
			} else {
				s.Calendars[c.ID] = c
			}
		}
	}
	for _, c := range s.Calendars {
		if c.Base == "" {
			continue
		}
		if b := s.Calendars[c.Base]; b == nil || b.Base != "" {
			errs = append(errs, fmt.Errorf("calendar %q: base %q is not a calendar without a base", c.ID, c.Base))
		} else {
			c.extend(b)
		}
	}
	if len(ix.Jurisdictions) == 0 {
		errs = append(errs, fmt.Errorf("%s: no jurisdictions listed", IndexFile))
	}
	for _, name := range ix.Jurisdictions {
		j := &Jurisdiction{}
		if read("jurisdictions", name, j) {
			s.Jurisdictions = append(s.Jurisdictions, j)
		}
	}
	if ix.Pending != "" {
		var pf pendingFile
		if read("pending", ix.Pending, &pf) {
			s.Pending = pf.Changes
		}
	}
	for _, name := range ix.Other {
		list("other", name)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	names, err := JSONNames(fsys)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if !listed[name] {
			s.Unlisted = append(s.Unlisted, name)
		}
	}
	sort.Strings(s.Unlisted)
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
func InForce[R interface{ InForce(Date) bool }](rs []R, d Date) []R {
	var out []R
	for _, r := range rs {
		if r.InForce(d) {
			out = append(out, r)
		}
	}
	return out
}

// JSONNames are the names of fsys's root ending in ".json", in order: what
// fs.Glob(fsys, "*.json") finds. fsys must list its directories itself
// (fs.ReadDirFS, as embed.FS, os.DirFS and fstest.MapFS do): fs.Glob and
// fs.ReadDir would link a sort of directory entries into the wasm for the
// file systems that do not (~19 KB of code, testdata/size/REPORT.md).
func JSONNames(fsys fs.FS) ([]string, error) {
	d, ok := fsys.(fs.ReadDirFS)
	if !ok {
		return nil, errors.New("rules: the file system cannot list its files")
	}
	es, err := d.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// AsksTargets is the countries whose laws reach an organisation without an
// establishment there only when it supplies goods or services (or carries
// on business) there: the arguments of targets(XX) in the jurisdictions'
// applies rules, in their order, each once. The facts page asks them.
func (s *Set) AsksTargets() []string {
	var out []string
	for _, j := range s.Jurisdictions {
		for _, r := range j.Applies {
			r.When.walk(func(p *Pred) {
				if p.Fact == "targets" && !slices.Contains(out, p.Arg) {
					out = append(out, p.Arg)
				}
			})
		}
	}
	return out
}
