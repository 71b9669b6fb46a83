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
	1: migrateV1,
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

// migrateV1 brings a schema-1 incident (one data block, one role, one
// entrustor, one ministry, one police desk, one card company) to schema 2:
// the data block becomes the data set "d1" with the organisation's role;
// the entrustor, ministry, police and card company become parties, which
// the events of their kind then name; counts become figures of one value
// and the status a history of one; the years since former persons left
// become the year they left, counted from the year the company knew (or,
// without that event, the year the incident was created). An empty time
// zone, which schema 1 read as Asia/Tokyo everywhere, is written as such.
func migrateV1(doc document) error {
	if tz, _ := doc["timeZone"].(string); tz == "" {
		doc["timeZone"] = DefaultTimeZone
	}
	org, _ := doc["org"].(map[string]any)
	if org == nil {
		org = map[string]any{}
		doc["org"] = org
	}
	var parties []any
	partyOf := map[EventKind]string{}
	add := func(id string, kind PartyKind, fields map[string]any, kinds ...EventKind) {
		p := map[string]any{"id": id, "kind": string(kind)}
		empty := true
		for k, v := range fields {
			switch v := v.(type) {
			case nil:
			case string:
				if v != "" {
					p[k], empty = v, false
				}
			default: // kept as it is, for the scanner to name
				p[k], empty = v, false
			}
		}
		if empty {
			return
		}
		if _, ok := p["name"]; !ok {
			p["name"] = ""
		}
		parties = append(parties, p)
		for _, k := range kinds {
			partyOf[k] = id
		}
	}
	add("p-entrustor", PartyEntrustor, map[string]any{"name": org["entrustor"]}, EvEntrustorNotice)
	add("p-ministry", PartyMinistry, map[string]any{"name": org["ministry"]}, EvMinistryOrder, EvMinistryReport)
	if police, ok := doc["police"].(map[string]any); ok {
		add("p-police", PartyPolice, map[string]any{"name": police["station"], "contact": police["contact"], "reference": police["reference"]}, EvPolice)
	}
	if card, ok := doc["card"].(map[string]any); ok {
		add("p-card", PartyCard, map[string]any{"name": card["acquirer"], "contact": card["contact"]}, EvCardAcquirer)
	}
	role, _ := org["role"].(string)
	rawRole := org["role"]
	delete(org, "role")
	delete(org, "entrustor")
	delete(org, "ministry")
	delete(doc, "police")
	delete(doc, "card")
	if len(parties) > 0 {
		doc["parties"] = parties
	}

	base := 0 // the year former persons' years are counted back from
	for _, e := range list(doc["events"]) {
		kind, _ := e["kind"].(string)
		if id, ok := partyOf[EventKind(kind)]; ok {
			if p, _ := e["party"].(string); p == "" {
				e["party"] = id
			}
		}
		if kind == string(EvAware) {
			if y := yearOf(e["at"]); y > 0 && (base == 0 || y < base) {
				base = y
			}
		}
	}
	if base == 0 {
		base = yearOf(doc["createdAt"])
	}

	data, _ := doc["data"].(map[string]any)
	if data == nil {
		data = map[string]any{}
	}
	delete(doc, "data")
	set := map[string]any{"id": "d1", "categories": []any{}}
	for _, k := range []string{"categories", "notInvolved", "residence", "encryption", "recovered", "leak", "loss", "damage"} {
		if v, ok := data[k]; ok && v != nil {
			set[k] = v
		}
	}
	if rawRole != nil && rawRole != "" {
		set["role"] = rawRole // a wrong type is named by the scanner at its new place
	}
	if role == string(Processor) && partyOf[EvEntrustorNotice] != "" {
		set["entrustor"] = partyOf[EvEntrustorNotice]
	}
	for _, k := range []string{"persons", "records"} {
		if c, ok := data[k]; ok && c != nil && !unknownCountV1(c) {
			set[k] = []any{c}
		}
	}
	if st, ok := data["status"]; ok && st != nil && st != "" {
		set["status"] = []any{map[string]any{"status": st}}
	}
	if ret, ok := data["retention"].(map[string]any); ok {
		former := map[string]any{}
		if c, ok := ret["formerPersons"]; ok && c != nil {
			former["persons"] = c
		}
		if n, ok := ret["retentionYears"]; ok && n != nil {
			former["retentionYears"] = n
		}
		switch n := ret["yearsSinceLeft"].(type) {
		case nil:
		case json.Number:
			years, err := n.Int64()
			if err != nil {
				return fmt.Errorf("data.retention.yearsSinceLeft: %s is not a whole number", n)
			}
			if years > 0 && base > 0 && int64(base) > years {
				former["leftFrom"] = fmt.Sprintf("%04d", int64(base)-years)
			}
		default:
			return fmt.Errorf("data.retention.yearsSinceLeft: not a number")
		}
		set["former"] = former
	} else if r, ok := data["retention"]; ok && r != nil {
		set["former"] = r // not an object: the scanner names it
	}
	doc["dataSets"] = []any{set}
	return nil
}

// yearOf reads the year of an RFC 3339 instant in a document, 0 if none.
func yearOf(v any) int {
	s, _ := v.(string)
	if len(s) < 4 {
		return 0
	}
	y := 0
	for _, c := range s[:4] {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// unknownCountV1 reports whether a schema-1 count says only "unknown"
// ({"known":false,"n":0}), which schema 2 writes as an empty figure.
// Anything else, wrong types included, is kept for the scanner to check.
func unknownCountV1(v any) bool {
	c, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for k, x := range c {
		switch k {
		case "known", "approx":
			if x != false && x != nil {
				return false
			}
		case "n":
			if n, ok := x.(json.Number); !ok || n != "0" {
				return x == nil
			}
		default:
			return false
		}
	}
	return true
}
