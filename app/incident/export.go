package incident

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"time"

	json "github.com/goccy/go-json"
)

// ExportFormat marks an export file: one or more incidents for backup or transfer.
const ExportFormat = "breachdesk-export"

// SealedExportFormat marks an export file encrypted with a passphrase. The sealing
// (WebCrypto, in app/browser) wraps the plain bytes of EncodeExport as
// {"format":"breachdesk-export-sealed", ...}; this package only recognises such a
// file (Sniff) and refuses to read it as plain (CodeSealed), so the seam is:
// EncodeExport → seal → file, and file → open → DecodeExport.
const SealedExportFormat = "breachdesk-export-sealed"

// Export is the envelope of an export file.
type Export struct {
	Format     string      `json:"format"` // ExportFormat
	Schema     int         `json:"schema"` // of the incidents, SchemaVersion when written
	ExportedAt time.Time   `json:"exportedAt"`
	Incidents  []*Incident `json:"incidents"`
	// Logs holds the change log of incidents of the file (app/oplog's packet
	// form: its JSON object, as that package writes and reads it), by the
	// incident's id, so that an export re-imported where the incident is
	// can be merged as a change packet is. This package only carries them:
	// app/desk checks them. Absent in files written before logs travelled
	// with exports, and for an incident whose log was not in step with it.
	Logs map[string][]byte `json:"-"`
	// LogsLeftOut lists the incidents of the file whose change log exists
	// but was left out of it (too large for a file, or not in step with the
	// incident when it was written): the file says so itself, so that its
	// reader knows the history is elsewhere.
	LogsLeftOut []string `json:"logsLeftOut,omitempty"`
}

// FileKind is what a file holds, as far as Sniff can tell.
type FileKind int

const (
	FileUnknown  FileKind = iota // not JSON, or not a Breach Desk file
	FileIncident                 // one incident, as Encode writes it
	FileExport                   // an export envelope
	FileSealed                   // an encrypted export envelope: open it first
)

// Sniff tells what a file holds, without decoding it, so the import can choose
// between opening a sealed file, DecodeExport and Decode.
func Sniff(data []byte) FileKind {
	if len(data) > MaxFileBytes {
		return FileUnknown
	}
	s := scan(data, anyValue, 0)
	if s.fatal || len(s.data) == 0 || s.data[firstNonSpace(data)] != '{' {
		return FileUnknown
	}
	if f, ok := s.top["format"]; ok {
		switch unquote(data[f.start:f.end]) {
		case ExportFormat:
			return FileExport
		case SealedExportFormat:
			return FileSealed
		}
		return FileUnknown
	}
	_, id := s.top["id"]
	_, events := s.top["events"]
	if id || events {
		return FileIncident
	}
	return FileUnknown
}

func firstNonSpace(data []byte) int {
	for i, c := range data {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return i
		}
	}
	return 0
}

// EncodeExport writes incidents as an export file (indented JSON, readable by a
// person), stamped with now.
func EncodeExport(incs []*Incident, now time.Time) ([]byte, error) {
	return EncodeExportLogs(incs, nil, now)
}

// EncodeExportLogs is EncodeExport with the change logs of incidents
// (Export.Logs: each a JSON object, by incident id), written after the
// incidents under "logs", each as it is given (a log keeps its own layout,
// one operation a line, and is not indented).
func EncodeExportLogs(incs []*Incident, logs map[string][]byte, now time.Time) ([]byte, error) {
	return EncodeExportLeftOut(incs, logs, nil, now)
}

// EncodeExportLeftOut is EncodeExportLogs for a file that names, under
// "logsLeftOut", the incidents whose change log was left out of it.
func EncodeExportLeftOut(incs []*Incident, logs map[string][]byte, leftOut []string, now time.Time) ([]byte, error) {
	e := Export{Format: ExportFormat, Schema: SchemaVersion, ExportedAt: now, Incidents: make([]*Incident, len(incs)), LogsLeftOut: leftOut}
	for i, inc := range incs {
		if inc == nil {
			return nil, fmt.Errorf("incident: EncodeExport: incident %d is nil", i)
		}
		c := *inc
		c.Schema = SchemaVersion
		e.Incidents[i] = &c
	}
	// The standard library's encoder, not goccy's (wasm/TestNoGoccyEncoder says
	// why): the same bytes as goccy's MarshalIndent wrote (TestEncodeExportIsMarshalIndent).
	b, err := stdjson.MarshalIndent(&e, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("incident: cannot encode the export: %w", err)
	}
	if len(logs) == 0 {
		return b, nil
	}
	ids := make([]string, 0, len(logs))
	for id := range logs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// The indented envelope ends with its closing brace: the logs go before it.
	body := bytes.TrimRight(b, "\n")
	body = body[:len(body)-1]
	body = bytes.TrimRight(body, "\n")
	body = append(body, ",\n  \"logs\": {"...)
	for i, id := range ids {
		raw := bytes.TrimSpace(logs[id])
		if len(raw) == 0 || raw[0] != '{' || !json.Valid(raw) {
			return nil, fmt.Errorf("incident: the change log of %q is not a JSON object", id)
		}
		if i > 0 {
			body = append(body, ',')
		}
		body = append(body, "\n    "...)
		body = strconv.AppendQuote(body, id)
		body = append(body, ": "...)
		body = append(body, raw...)
	}
	return append(body, "\n  }\n}"...), nil
}

// envelope is the form of an export file as scanned: the incidents are kept raw
// and decoded one by one, each with its own schema and migrations.
type envelope struct {
	Format     string            `json:"format"`
	Schema     int               `json:"schema"`
	ExportedAt time.Time         `json:"exportedAt"`
	Incidents  []json.RawMessage `json:"incidents"`
	Logs       []json.RawMessage `json:"logs"` // an object, shaped below
	LeftOut    []string          `json:"logsLeftOut"`
}

var envelopeShape = sync.OnceValue(func() *shape {
	s := shapeOf(reflect.TypeFor[envelope](), "")
	i, _ := s.lookup("incidents")
	s.fields[i].shape = &shape{kind: listShape, elem: anyValue, max: MaxExportItems, raw: true}
	i, _ = s.lookup("logs")
	s.fields[i].shape = &shape{kind: mapShape, elem: &shape{kind: objectShape}, max: MaxExportItems}
	return s
})

// DecodeExport reads an export file, migrating each incident from its schema. A
// file holding a single incident (as Encode writes it) is read as an export of one.
// Any problem in any incident refuses the whole file: its error is a *DecodeError
// whose paths start with "incidents[i]". Two incidents with one id are refused too.
func DecodeExport(data []byte) (*Export, error) {
	if p, too := tooLarge(data); too {
		return nil, &DecodeError{Problems{p}}
	}
	e, ps := decodeExport(data)
	if ps.HasErrors() {
		locate(data, ps)
		return nil, &DecodeError{ps}
	}
	return e, nil
}

func decodeExport(data []byte) (*Export, Problems) {
	switch Sniff(data) {
	case FileIncident:
		inc, ps := decodeIncident(data, 0, 0)
		if ps.HasErrors() {
			return nil, ps
		}
		return &Export{Format: ExportFormat, Schema: SchemaVersion, Incidents: []*Incident{inc}}, nil
	case FileSealed:
		return nil, Problems{{Code: CodeSealed, Offset: -1}}
	}
	s := scan(data, envelopeShape(), 0)
	if s.fatal {
		return nil, s.problems
	}
	if f, ok := s.top["format"]; !ok || unquote(data[f.start:f.end]) != ExportFormat {
		return nil, Problems{{Code: CodeNotExport, Offset: -1}}
	}
	version, p, ok := schemaOf(s, SchemaVersion)
	if !ok {
		return nil, Problems{p}
	}
	problems := s.problems
	e := &Export{Format: ExportFormat, Schema: SchemaVersion}
	if sp, ok := s.top["exportedat"]; ok {
		_ = e.ExportedAt.UnmarshalJSON(data[sp.start:sp.end]) // checked by the scan
	}
	if sp, ok := s.top["logsleftout"]; ok {
		_ = json.Unmarshal(data[sp.start:sp.end], &e.LogsLeftOut) // checked by the scan: a list of names
	}
	seen := map[string]int{}
	for i, sp := range s.elems {
		prefix := "incidents[" + strconv.Itoa(i) + "]"
		inc, ps := decodeIncident(data[sp.start:sp.end], int64(sp.start), version)
		for _, p := range ps {
			problems = append(problems, p.Under(prefix))
		}
		if inc == nil {
			continue
		}
		if j, dup := seen[inc.ID]; dup {
			problems = append(problems, Problem{Path: prefix + ".id", Code: CodeDuplicateID, Offset: -1,
				Args: []string{strconv.Quote(inc.ID), "incidents[" + strconv.Itoa(j) + "]"}})
		}
		seen[inc.ID] = i
		e.Incidents = append(e.Incidents, inc)
		if len(problems) > MaxProblems {
			problems = append(problems, Problem{Code: CodeTooManyProblems, Offset: -1})
			break
		}
	}
	if sp, ok := s.top["logs"]; ok && !problems.HasErrors() {
		// Checked by the scan: an object of objects, no key twice.
		var logs map[string]json.RawMessage
		if err := json.Unmarshal(data[sp.start:sp.end], &logs); err != nil {
			problems = append(problems, Problem{Path: "logs", Code: CodeUnreadable, Offset: int64(sp.start), Args: []string{err.Error()}})
		} else if len(logs) > 0 {
			e.Logs = make(map[string][]byte, len(logs))
			for id, raw := range logs {
				e.Logs[id] = raw
			}
		}
	}
	return e, problems
}

// ProblemsOf returns the problems of an error from Decode or DecodeExport, or one
// CodeUnreadable problem for any other error.
func ProblemsOf(err error) Problems {
	if err == nil {
		return nil
	}
	var de *DecodeError
	if errors.As(err, &de) {
		return de.Problems
	}
	var p Problem
	if errors.As(err, &p) {
		return Problems{p}
	}
	return Problems{{Code: CodeUnreadable, Offset: -1, Args: []string{err.Error()}}}
}
