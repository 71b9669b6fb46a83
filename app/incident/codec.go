package incident

import (
	"cmp"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	json "github.com/goccy/go-json"
)

// Encode writes an incident in its stored form (compact JSON, schema SchemaVersion).
func Encode(inc *Incident) ([]byte, error) {
	if inc == nil {
		return nil, errors.New("incident: Encode(nil)")
	}
	c := *inc
	c.Schema = SchemaVersion
	b, err := stdjson.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("incident: cannot encode %q: %w", inc.ID, err)
	}
	return b, nil
}

// Decode reads one incident in its stored form, of this or any earlier schema
// version (migrating it), refusing a file written by a newer version, larger than
// MaxFileBytes, malformed, or with a value of the wrong type. It never panics; its
// error is a *DecodeError listing every problem with its field and position.
//
// Decode checks the form, not the facts: run Validate on the result.
func Decode(data []byte) (*Incident, error) {
	if p, too := tooLarge(data); too {
		return nil, &DecodeError{Problems{p}}
	}
	inc, ps := decodeIncident(data, 0, 0)
	if ps.HasErrors() {
		locate(data, ps)
		return nil, &DecodeError{ps}
	}
	return inc, nil
}

func tooLarge(data []byte) (Problem, bool) {
	if len(data) <= MaxFileBytes {
		return Problem{}, false
	}
	return Problem{Code: CodeFileTooLarge, Severity: SeverityError, Offset: -1,
		Args: []string{group(int64(len(data))), group(MaxFileBytes)}}, true
}

// decodeIncident reads one incident from data, which lies at offset base of its file.
// An incident without "schema" is of version missing (0 for a file on its own, the
// envelope's version inside an export).
func decodeIncident(data []byte, base int64, missing int) (*Incident, Problems) {
	s := scan(data, incidentShape(), base)
	if s.fatal {
		return nil, s.problems
	}
	if f, ok := s.top["format"]; ok {
		switch unquote(data[f.start:f.end]) {
		case ExportFormat:
			return nil, Problems{{Code: CodeIsExport, Offset: -1}}
		case SealedExportFormat:
			return nil, Problems{{Code: CodeSealed, Offset: -1}}
		}
	}
	version, p, ok := schemaOf(s, missing)
	if !ok {
		return nil, Problems{p}
	}
	if version < SchemaVersion {
		var problems Problems
		for _, p := range s.problems { // keep what the migration would hide
			if p.Code != CodeWrongType && p.Code != CodeBadDateTime && p.Code != CodeNumberRange {
				problems = append(problems, p)
			}
		}
		migrated, p, ok := migrateData(data, version)
		if !ok {
			return nil, append(problems, p)
		}
		original := data
		data = migrated
		s = scan(data, incidentShape(), 0)
		if len(s.problems) > 0 { // positions in the migrated form mean nothing to the user: find them in the file
			at := make(map[string]int64, len(s.problems))
			for _, p := range s.problems {
				at[p.Path] = -1
			}
			offsetsOf(original, at)
			for _, p := range s.problems {
				p.Offset = -1
				if off := at[p.Path]; off >= 0 {
					p.Offset = base + off
				}
				if !slices.ContainsFunc(problems, func(q Problem) bool { return q.Path == p.Path && q.Code == p.Code }) {
					problems = append(problems, p)
				}
			}
		}
		// In the order of the file (the migrated form orders keys otherwise);
		// problems without a position last.
		slices.SortStableFunc(problems, func(a, b Problem) int {
			switch {
			case a.Offset < 0 && b.Offset < 0:
				return 0
			case a.Offset < 0:
				return 1
			case b.Offset < 0:
				return -1
			}
			return cmp.Compare(a.Offset, b.Offset)
		})
		s.problems = problems
	}
	if len(s.problems) > 0 {
		return nil, s.problems
	}
	var inc Incident
	if err := json.Unmarshal(data, &inc); err != nil {
		return nil, Problems{goccyProblem(err, data, base)}
	}
	inc.Schema = SchemaVersion
	return &inc, nil
}

// schemaOf reads the top-level "schema" of a scanned incident or export.
func schemaOf(s *scanner, missing int) (int, Problem, bool) {
	sp, ok := s.top["schema"]
	if !ok || string(s.data[sp.start:sp.end]) == "null" {
		return missing, Problem{}, true
	}
	lit := string(s.data[sp.start:sp.end])
	at := s.base + int64(sp.start)
	v, err := strconv.Atoi(lit)
	switch {
	case err != nil && strings.Trim(lit, "0123456789") == "": // a whole number too large for int
		return 0, Problem{Path: "schema", Code: CodeSchemaFuture, Severity: SeverityError, Offset: at,
			Args: []string{lit, strconv.Itoa(SchemaVersion)}}, false
	case err != nil || v < 0:
		return 0, Problem{Path: "schema", Code: CodeSchemaInvalid, Severity: SeverityError, Offset: at,
			Args: []string{excerpt(s.data[sp.start:sp.end])}}, false
	case v > SchemaVersion:
		return 0, Problem{Path: "schema", Code: CodeSchemaFuture, Severity: SeverityError, Offset: at,
			Args: []string{lit, strconv.Itoa(SchemaVersion)}}, false
	}
	return v, Problem{}, true
}

// migrateData brings a scanned document of an older schema to the current one.
func migrateData(data []byte, version int) ([]byte, Problem, bool) {
	fail := func(err error) ([]byte, Problem, bool) {
		return nil, Problem{Code: CodeMigration, Severity: SeverityError, Offset: -1,
			Args: []string{strconv.Itoa(version), err.Error()}}, false
	}
	// Not goccy's Decoder with UseNumber: its stream reader panics on some input
	// (index out of range in Stream.readBuf, found by FuzzDecode).
	doc, ok := tree(data).(document)
	if !ok {
		return fail(errors.New("not an object"))
	}
	if err := migrate(doc, version); err != nil {
		return fail(err)
	}
	b, err := stdjson.Marshal(doc)
	if err != nil {
		return fail(err)
	}
	return b, Problem{}, true
}

// goccyProblem turns an error of goccy/go-json, which the scanner did not foresee,
// into a problem naming the field near the offset it reports.
func goccyProblem(err error, data []byte, base int64) Problem {
	p := Problem{Code: CodeUnreadable, Severity: SeverityError, Offset: -1}
	off := int64(-1)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off >= 0 && off <= int64(len(data)) {
		p.Path, p.Offset = pathAt(data, off), base+off
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	p.Args = []string{strconv.QuoteToGraphic(msg)}
	return p
}

// Import reads an incident file as the import of the app does: Decode, then
// Validate. It returns the incident only when no problem is an error; the
// problems (warnings included) are for showing either way.
func Import(data []byte) (*Incident, Problems) {
	inc, err := Decode(data)
	if err != nil {
		return nil, ProblemsOf(err)
	}
	ps := Validate(inc)
	if ps.HasErrors() {
		return nil, ps
	}
	return inc, ps
}
