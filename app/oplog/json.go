package oplog

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// The JSON of this package: a strict reader (every string valid UTF-8, no
// duplicate key, no nesting past maxDepth, nothing after the value) that
// builds a generic tree, and the canonical writer whose bytes are hashed.
//
// The tree: map[string]any for objects, []any for lists, string, number,
// bool and nil. The canonical form of a tree is its JSON with object keys in
// byte order, no white space, numbers as written, and strings escaped only
// where JSON requires it (", \ and control characters).

// number is a JSON number as it was written, so that no count loses digits.
type number string

// maxDepth bounds the nesting of any JSON this package reads (as
// incident.MaxDepth does for incident files), so no input exhausts the stack.
const maxDepth = 64

// reader reads JSON from data. Its first problem stops it: err is set with
// the offset, and every later call returns at once.
type reader struct {
	data  []byte
	pos   int
	depth int
	err   *syntaxError
	keys  []string // members of the objects and lists being read (value)
	vals  []any
	// interned, when not nil, shares the strings read that repeat: a
	// packet names the same devices, authors, times and paths many times.
	interned map[string]string
	generic  bool // no shortcut (decodePacket)
}

const (
	maxInterned        = 40
	maxInternedStrings = 100_000
)

// syntaxError is a problem of the JSON itself, at a byte offset.
type syntaxError struct {
	code   Code
	offset int
	args   []string
}

func (r *reader) fail(code Code, args ...string) {
	if r.err == nil {
		r.err = &syntaxError{code: code, offset: r.pos, args: args}
	}
	r.pos = len(r.data)
}

func (r *reader) ws() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// peek returns the next byte past white space, 0 at the end.
func (r *reader) peek() byte {
	r.ws()
	if r.pos >= len(r.data) {
		return 0
	}
	return r.data[r.pos]
}

// expect moves past c, or fails.
func (r *reader) expect(c byte) bool {
	if r.peek() != c {
		r.unexpected()
		return false
	}
	r.pos++
	return true
}

func (r *reader) unexpected() {
	if r.pos >= len(r.data) {
		r.fail(CodeTruncated)
		return
	}
	c, _ := utf8.DecodeRune(r.data[r.pos:])
	r.fail(CodeSyntax, strconv.QuoteRune(c))
}

// parseValue reads data as one JSON value and nothing else.
func parseValue(data []byte) (any, *syntaxError) {
	r := &reader{data: data}
	v := r.value()
	if r.err == nil && r.peek() != 0 {
		r.fail(CodeTrailing)
	}
	return v, r.err
}

// value reads any JSON value into the tree.
func (r *reader) value() any {
	switch c := r.peek(); {
	case c == '{': // members gather on the reader's stacks, then one map of the right size
		base := len(r.vals)
		r.object(func(key string) {
			v := r.value()
			r.keys = append(r.keys, key)
			r.vals = append(r.vals, v)
		})
		m := make(map[string]any, len(r.vals)-base)
		for i := base; i < len(r.vals); i++ {
			m[r.keys[i]] = r.vals[i]
		}
		r.keys, r.vals = r.keys[:base], r.vals[:base]
		return m
	case c == '[':
		base := len(r.vals)
		r.list(func() {
			v := r.value()
			r.keys = append(r.keys, "")
			r.vals = append(r.vals, v)
		})
		l := append([]any{}, r.vals[base:]...)
		r.keys, r.vals = r.keys[:base], r.vals[:base]
		return l
	case c == '"':
		return r.text()
	case c == 't' || c == 'f' || c == 'n':
		return r.literal()
	case c == '-' || ('0' <= c && c <= '9'):
		return r.number()
	}
	r.unexpected()
	return nil
}

// object reads an object, calling member with each key while the reader
// stands at its value (which member must read). Duplicate keys are refused.
// It is fields with no names known in advance.
func (r *reader) object(member func(key string)) {
	r.fields(nil, func(_ int, key string) { member(key) })
}

// list reads a list, calling item while the reader stands at each element.
func (r *reader) list(item func()) {
	if !r.expect('[') || !r.enter() {
		return
	}
	defer r.leave()
	if r.peek() == ']' {
		r.pos++
		return
	}
	for r.err == nil {
		item()
		switch r.peek() {
		case ',':
			r.pos++
		case ']':
			r.pos++
			return
		default:
			r.unexpected()
			return
		}
	}
}

func (r *reader) enter() bool {
	if r.depth++; r.depth > maxDepth {
		r.fail(CodeTooDeep, strconv.Itoa(maxDepth))
		return false
	}
	return true
}

func (r *reader) leave() { r.depth-- }

// keySet is the keys of one JSON object met so far, to find a duplicate: a
// short list while there are few of them (most objects), then a map.
type keySet struct {
	few  [16]string
	n    int
	many map[string]bool
}

// add adds key and reports whether it was there already.
func (s *keySet) add(key string) bool {
	if s.many == nil && s.n < len(s.few) {
		dup := slices.Contains(s.few[:s.n], key)
		s.few[s.n] = key
		s.n++
		return dup
	}
	if s.many == nil {
		s.many = make(map[string]bool, 2*s.n)
		for _, k := range s.few[:s.n] {
			s.many[k] = true
		}
	}
	dup := s.many[key]
	s.many[key] = true
	return dup
}
