package incident

import (
	"fmt"

	json "github.com/goccy/go-json"
)

// document is a stored incident in its generic form (numbers as json.Number), as
// migrations see it.
type document = map[string]any

// tree builds the generic form of data, which scan has found to be well-formed
// JSON no deeper than MaxDepth: objects as document, lists as []any, numbers as
// json.Number (so no count loses digits), and strings, booleans and nil.
func tree(data []byte) any {
	s := &scanner{data: data, probe: -1, quiet: true}
	return s.tree()
}

func (s *scanner) tree() any {
	s.ws()
	start := s.pos
	switch s.data[s.pos] {
	case '{':
		m := document{}
		for s.pos++; ; s.pos++ { // past '{' or ','
			s.ws()
			if s.data[s.pos] == '}' {
				break
			}
			ks := s.pos
			s.text()
			key := unquote(s.data[ks:s.pos])
			s.ws()
			s.pos++ // ':'
			m[key] = s.tree()
			s.ws()
			if s.data[s.pos] == '}' {
				break
			}
		}
		s.pos++
		return m
	case '[':
		l := []any{}
		for s.pos++; ; s.pos++ {
			s.ws()
			if s.data[s.pos] == ']' {
				break
			}
			l = append(l, s.tree())
			s.ws()
			if s.data[s.pos] == ']' {
				break
			}
		}
		s.pos++
		return l
	case '"':
		s.text()
		return unquote(s.data[start:s.pos])
	case 't':
		s.pos += 4
		return true
	case 'f':
		s.pos += 5
		return false
	case 'n':
		s.pos += 4
		return nil
	}
	s.number()
	return json.Number(s.data[start:s.pos])
}

// migrations[v] turns a document of schema v into one of schema v+1, in place.
// Every change to the stored form bumps SchemaVersion and appends one here, with a
// fixture of the old form in testdata/incident/.
var migrations = []func(document) error{
	0: migrateV0,
}

// migrate brings doc from schema version to SchemaVersion.
func migrate(doc document, version int) error {
	for v := version; v < SchemaVersion; v++ {
		if err := migrations[v](doc); err != nil {
			return fmt.Errorf("to schema %d: %w", v+1, err)
		}
	}
	return nil
}

// migrateV0 reads the pre-release form: no "schema", counts as plain numbers (or
// strings typed by users, or null / -1 for unknown) and an event's instant in "time".
func migrateV0(doc document) error {
	data, _ := doc["data"].(map[string]any)
	if data != nil {
		for _, k := range []string{"persons", "records"} {
			if err := countV0(data, k, "data."+k); err != nil {
				return err
			}
		}
		for i, c := range list(data["categories"]) {
			for _, k := range []string{"persons", "records"} {
				if err := countV0(c, k, fmt.Sprintf("data.categories[%d].%s", i, k)); err != nil {
					return err
				}
			}
		}
		for i, r := range list(data["residence"]) {
			if err := countV0(r, "persons", fmt.Sprintf("data.residence[%d].persons", i)); err != nil {
				return err
			}
		}
		if ret, ok := data["retention"].(map[string]any); ok {
			if err := countV0(ret, "formerPersons", "data.retention.formerPersons"); err != nil {
				return err
			}
		}
	}
	for _, e := range list(doc["events"]) {
		if t, ok := e["time"]; ok {
			if _, has := e["at"]; !has {
				e["at"] = t
			}
			delete(e, "time")
		}
	}
	return nil
}

// list returns the objects of a JSON list, skipping anything else.
func list(v any) []map[string]any {
	items, _ := v.([]any)
	out := make([]map[string]any, 0, len(items))
	for _, it := range items {
		if m, ok := it.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// countV0 turns obj[key], a v0 count, into a Count object; objects are left as they are.
func countV0(obj map[string]any, key, path string) error {
	v, ok := obj[key]
	if !ok {
		return nil
	}
	var c Count
	switch v := v.(type) {
	case nil:
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return fmt.Errorf("%s: %s is not a whole number", path, v)
		}
		if n >= 0 { // v0 wrote -1 for "unknown"
			c = Count{Known: true, N: n}
		}
	case string:
		var err error
		if c, err = ParseCount(v); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	default:
		return nil
	}
	obj[key] = map[string]any{"known": c.Known, "n": c.N, "approx": c.Approx}
	return nil
}
