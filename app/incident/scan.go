package incident

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// scanner reads a whole JSON file once before goccy/go-json decodes it, checking it
// against the shape of the Go types: it finds every value of the wrong type, every
// duplicate key, list over its limit and syntax error, with the field path and the
// byte offset, where goccy would stop at the first and say only "expected comma".
// It never recurses deeper than MaxDepth, so no input can exhaust the stack.
type scanner struct {
	data     []byte
	pos      int
	base     int64 // offset of data[0] in the whole file
	path     []step
	depth    int
	problems Problems
	fatal    bool             // a syntax error or too many problems: stop
	top      map[string]span  // the top-level object's values, by ASCII-lower key
	elems    []span           // the elements of a raw list (export envelopes)
	probe    int              // offset whose path is wanted, or -1
	probed   string           // path of the last value that started at or before probe
	wanted   map[string]int64 // paths whose offsets are wanted (offsetsOf)
	quiet    bool             // only looking for a path or offset: record no problems
}

// span is where one JSON value lies in the data.
type span struct{ start, end int }

// step is one element of a field path: a struct field, a map key or a list index.
type step struct {
	key    string
	index  int // -1 for keys
	mapKey bool
}

var anyValue = &shape{kind: anyShape}

// scan checks data against sh. base is the offset of data in the whole file.
func scan(data []byte, sh *shape, base int64) *scanner {
	s := &scanner{data: data, base: base, top: map[string]span{}, probe: -1}
	s.run(sh)
	return s
}

// pathAt returns the field path of the value at offset off of data, an incident,
// for errors that only carry an offset.
func pathAt(data []byte, off int64) string {
	s := &scanner{data: data, probe: int(off), quiet: true}
	s.run(incidentShape())
	return s.probed
}

// offsetsOf finds the offsets in data of the values at the paths of wanted, whose
// values are -1 on entry and stay so for a path that is not in data.
func offsetsOf(data []byte, wanted map[string]int64) {
	s := &scanner{data: data, probe: -1, wanted: wanted, quiet: true}
	s.run(incidentShape()) // for the paths of map keys; its problems are not wanted

}

func (s *scanner) run(sh *shape) {
	s.ws()
	switch {
	case s.pos == len(s.data):
		s.fail(CodeFileEmpty)
		return
	case s.data[s.pos] != '{' && sh.kind == objectShape:
		s.fail(CodeNotObject, s.kindAt())
		return
	}
	s.value(sh)
	if !s.fatal {
		s.ws()
		if s.pos < len(s.data) {
			s.fail(CodeTrailingData)
		}
	}
}

// kindAt names the kind of value that starts at pos, for CodeNotObject.
func (s *scanner) kindAt() string {
	switch c := s.data[s.pos]; {
	case c == '[':
		return "list"
	case c == '"':
		return "text"
	case c == 't' || c == 'f':
		return "bool"
	case c == 'n':
		return "null"
	case c == '-' || ('0' <= c && c <= '9'):
		return "number"
	}
	return "value"
}

func (s *scanner) ws() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// report records a problem at offset at (in data); fail also stops the scan.
func (s *scanner) report(at int, code Code, args ...string) {
	if s.fatal || s.quiet {
		return
	}
	if len(s.problems) >= MaxProblems {
		s.problems.add(SeverityError, "", CodeTooManyProblems)
		s.fatal = true
		return
	}
	s.problems = append(s.problems, Problem{
		Path: s.pathString(), Code: code, Severity: SeverityError, Args: args, Offset: s.base + int64(at),
	})
}

func (s *scanner) fail(code Code, args ...string) {
	s.report(s.pos, code, args...)
	s.fatal = true
}

func (s *scanner) unexpected() {
	if s.pos >= len(s.data) {
		s.fail(CodeTruncated, "value")
		return
	}
	r, _ := utf8.DecodeRune(s.data[s.pos:])
	s.fail(CodeSyntax, quoteRune(r))
}

func (s *scanner) pathString() string {
	var b strings.Builder
	for _, st := range s.path {
		switch {
		case st.index >= 0:
			fmt.Fprintf(&b, "[%d]", st.index)
		case st.mapKey:
			b.WriteString("[" + strconv.Quote(st.key) + "]")
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(st.key)
		}
	}
	return b.String()
}

func (s *scanner) value(sh *shape) {
	if s.fatal {
		return
	}
	s.ws()
	if s.pos >= len(s.data) {
		s.fail(CodeTruncated, "value")
		return
	}
	start := s.pos
	if s.probe >= 0 && start <= s.probe {
		s.probed = s.pathString()
	}
	if s.wanted != nil {
		if off, ok := s.wanted[s.pathString()]; ok && off < 0 {
			s.wanted[s.pathString()] = s.base + int64(start)
		}
	}
	switch c := s.data[s.pos]; {
	case c == '{':
		if sh.kind != objectShape && sh.kind != mapShape && sh.kind != anyShape {
			s.report(start, CodeWrongType, sh.describe(), "object")
			sh = anyValue
		}
		s.object(sh)
	case c == '[':
		if sh.kind != listShape && sh.kind != anyShape {
			s.report(start, CodeWrongType, sh.describe(), "list")
			sh = anyValue
		}
		s.list(sh)
	case c == '"':
		s.text()
		switch {
		case s.fatal || sh.kind == anyShape || sh.kind == stringShape:
		case sh.kind == timeShape:
			var t time.Time
			if t.UnmarshalJSON(s.data[start:s.pos]) != nil {
				s.report(start, CodeBadDateTime, excerpt(s.data[start:s.pos]))
			}
		default:
			s.report(start, CodeWrongType, sh.describe(), "text")
		}
	case c == 't' || c == 'f':
		s.literal()
		if !s.fatal && sh.kind != boolShape && sh.kind != anyShape {
			s.report(start, CodeWrongType, sh.describe(), "bool")
		}
	case c == 'n':
		s.literal() // null leaves any field at its zero value
	case c == '-' || ('0' <= c && c <= '9'):
		s.number()
		if !s.fatal {
			s.checkNumber(sh, start)
		}
	default:
		s.unexpected()
	}
}

func (s *scanner) checkNumber(sh *shape, start int) {
	lit := string(s.data[start:s.pos])
	var err error
	switch sh.kind {
	case anyShape:
		return
	case intShape, uintShape:
		if strings.ContainsAny(lit, ".eE") {
			s.report(start, CodeWrongType, sh.describe(), lit)
			return
		}
		if sh.kind == intShape {
			_, err = strconv.ParseInt(lit, 10, sh.bits)
		} else {
			_, err = strconv.ParseUint(lit, 10, sh.bits)
		}
	case floatShape:
		_, err = strconv.ParseFloat(lit, sh.bits)
	default:
		s.report(start, CodeWrongType, sh.describe(), "number")
		return
	}
	if err != nil {
		s.report(start, CodeNumberRange, excerpt(s.data[start:s.pos]))
	}
}

func (s *scanner) object(sh *shape) {
	open := s.pos
	s.pos++
	if s.depth++; s.depth > MaxDepth {
		s.fail(CodeTooDeep, strconv.Itoa(MaxDepth))
		return
	}
	defer func() { s.depth-- }()
	var seen uint64
	var keys map[string]bool
	n := 0
	s.ws()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		return
	}
	for !s.fatal {
		s.ws()
		if s.pos >= len(s.data) {
			s.fail(CodeTruncated, "object")
			return
		}
		if s.data[s.pos] != '"' {
			s.unexpected()
			return
		}
		kstart := s.pos
		s.text()
		if s.fatal {
			return
		}
		key := unquote(s.data[kstart:s.pos])
		s.ws()
		if s.pos >= len(s.data) {
			s.fail(CodeTruncated, "object")
			return
		}
		if s.data[s.pos] != ':' {
			s.unexpected()
			return
		}
		s.pos++
		child, st, dup := anyValue, step{key: key, index: -1}, false
		switch sh.kind {
		case objectShape:
			if i, ok := sh.lookup(key); ok {
				child, st.key = sh.fields[i].shape, sh.fields[i].name
				dup = seen&(1<<i) != 0
				seen |= 1 << i
			}
		case mapShape:
			child, st.mapKey = sh.elem, true
			if keys == nil {
				keys = map[string]bool{}
			}
			dup = keys[key]
			keys[key] = true
			if n++; n > sh.max {
				child = anyValue
			}
		}
		s.path = append(s.path, st)
		if dup {
			s.report(kstart, CodeDuplicateKey, strconv.Quote(key))
		}
		s.ws()
		vstart := s.pos
		s.value(child)
		s.path = s.path[:len(s.path)-1]
		if s.depth == 1 && s.top != nil {
			s.top[asciiLower(key)] = span{vstart, s.pos}
		}
		if s.fatal {
			return
		}
		s.ws()
		if s.pos >= len(s.data) {
			s.fail(CodeTruncated, "object")
			return
		}
		switch s.data[s.pos] {
		case ',':
			s.pos++
		case '}':
			s.pos++
			if sh.kind == mapShape && n > sh.max {
				s.report(open, CodeTooMany, group(int64(n)), group(int64(sh.max)))
			}
			return
		default:
			s.unexpected()
			return
		}
	}
}

func (s *scanner) list(sh *shape) {
	open := s.pos
	s.pos++
	if s.depth++; s.depth > MaxDepth {
		s.fail(CodeTooDeep, strconv.Itoa(MaxDepth))
		return
	}
	defer func() { s.depth-- }()
	elem := anyValue
	if sh.kind == listShape {
		elem = sh.elem
	}
	s.ws()
	if s.pos < len(s.data) && s.data[s.pos] == ']' {
		s.pos++
		return
	}
	for i := 0; !s.fatal; i++ {
		if sh.kind == listShape && i == sh.max {
			elem = anyValue // past the limit: only check the syntax
		}
		s.path = append(s.path, step{index: i})
		s.ws()
		vstart := s.pos
		s.value(elem)
		s.path = s.path[:len(s.path)-1]
		if sh.raw && !s.fatal {
			s.elems = append(s.elems, span{vstart, s.pos})
		}
		if s.fatal {
			return
		}
		s.ws()
		if s.pos >= len(s.data) {
			s.fail(CodeTruncated, "list")
			return
		}
		switch s.data[s.pos] {
		case ',':
			s.pos++
		case ']':
			s.pos++
			if sh.kind == listShape && i+1 > sh.max {
				s.report(open, CodeTooMany, group(int64(i+1)), group(int64(sh.max)))
			}
			return
		default:
			s.unexpected()
			return
		}
	}
}
