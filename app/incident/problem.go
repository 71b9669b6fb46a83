package incident

import (
	"fmt"
	"strings"
)

// Severity says whether a problem blocks an import or is only shown.
type Severity int

const (
	// SeverityError blocks an import: the data cannot be trusted as it is.
	SeverityError Severity = iota
	// SeverityWarning is shown to the user but does not block anything.
	SeverityWarning
)

func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Problem is one thing wrong with a file or an incident: where (the field path and,
// for a file, the position), how bad, and a message code from the catalog (messages.go).
type Problem struct {
	Path     string   // field path, e.g. "events[3].at"; "" = the file or incident as a whole
	Code     Code     // key into the message catalog
	Severity Severity //
	Args     []string // values for the message, already formatted
	Offset   int64    // byte offset in the file, -1 when not known
	Line     int      // 1-based line in the file, 0 when not known
	Column   int      // 1-based column (in characters), 0 when not known
}

// Message is the problem's message in lang ("ja" for Japanese, anything else English),
// without the path.
func (p Problem) Message(lang string) string {
	return catalogMessage(p.Code, lang, p.Args)
}

// Text is the message with the field path and, when known, the position in the file.
func (p Problem) Text(lang string) string {
	var b strings.Builder
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Message(lang))
	if p.Line > 0 {
		if lang == "ja" {
			fmt.Fprintf(&b, "（%d行%d文字目）", p.Line, p.Column)
		} else {
			fmt.Fprintf(&b, " (line %d, column %d)", p.Line, p.Column)
		}
	}
	return b.String()
}

// Error is the English text, so that a Problem can be returned as an error.
func (p Problem) Error() string { return p.Text("en") }

// Under is the problem as one of the field prefix ("incidents[2]"): its
// path joined below it.
func (p Problem) Under(prefix string) Problem {
	switch {
	case p.Path == "":
		p.Path = prefix
	case p.Path[0] == '[':
		p.Path = prefix + p.Path
	default:
		p.Path = prefix + "." + p.Path
	}
	return p
}

// Problems is a list of problems, in the order found.
type Problems []Problem

// HasErrors reports whether any problem blocks an import.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns the problems that block an import.
func (ps Problems) Errors() Problems { return ps.only(SeverityError) }

// Warnings returns the problems that are only shown.
func (ps Problems) Warnings() Problems { return ps.only(SeverityWarning) }

func (ps Problems) only(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// At returns the problems whose path is path or lies under it ("events[3]" matches
// "events[3].at"), for showing them beside a field.
func (ps Problems) At(path string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Path == path || strings.HasPrefix(p.Path, path+".") || strings.HasPrefix(p.Path, path+"[") {
			out = append(out, p)
		}
	}
	return out
}

// DecodeError is returned by Decode and DecodeExport when a file cannot be read.
// It holds every problem found (at least one), each naming its field and position.
type DecodeError struct {
	Problems Problems
}

func (e *DecodeError) Error() string {
	if len(e.Problems) == 0 {
		return "cannot read the file"
	}
	s := e.Problems[0].Error()
	if n := len(e.Problems) - 1; n > 0 {
		s += fmt.Sprintf(" (and %d more)", n)
	}
	return s
}

// add appends a problem of the given severity without a file position.
func (ps *Problems) add(sev Severity, path string, code Code, args ...string) {
	*ps = append(*ps, Problem{Path: path, Code: code, Severity: sev, Args: args, Offset: -1})
}
