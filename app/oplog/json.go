package oplog

import (
	"slices"
	"strconv"
	"unicode/utf16"
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
func (r *reader) object(member func(key string)) {
	if !r.expect('{') || !r.enter() {
		return
	}
	defer r.leave()
	var few [16]string // the keys seen, while there are few of them
	seen := few[:0]
	var many map[string]bool
	if r.peek() == '}' {
		r.pos++
		return
	}
	for r.err == nil {
		at := r.pos
		if r.peek() != '"' {
			r.unexpected()
			return
		}
		key := r.text()
		dup := false
		switch {
		case many != nil:
			dup = many[key]
			many[key] = true
		case len(seen) < len(few):
			dup = slices.Contains(seen, key)
			seen = append(seen, key)
		default:
			many = make(map[string]bool, 2*len(seen))
			for _, k := range seen {
				many[k] = true
			}
			dup = many[key]
			many[key] = true
		}
		if dup {
			r.pos = at
			r.fail(CodeDuplicateKey, strconv.Quote(key))
			return
		}
		if !r.expect(':') {
			return
		}
		member(key)
		switch r.peek() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			return
		default:
			r.unexpected()
			return
		}
	}
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

// text reads a string, checking its escapes and UTF-8.
func (r *reader) text() string {
	if r.peek() != '"' {
		r.unexpected()
		return ""
	}
	r.pos++
	start := r.pos
	for r.pos < len(r.data) { // the common case: no escape
		c := r.data[r.pos]
		if c == '"' {
			s := r.data[start:r.pos]
			known := r.interned
			if known == nil {
				known = names()
			}
			if k, ok := known[string(s)]; ok { // no allocation for a string met before
				r.pos++
				return k
			}
			if !utf8.Valid(s) {
				r.pos = start
				r.fail(CodeInvalidUTF8)
				return ""
			}
			r.pos++
			if len(s) <= maxInterned && r.interned != nil {
				k := string(s)
				if len(r.interned) < maxInternedStrings {
					r.interned[k] = k
				}
				return k
			}
			return string(s)
		}
		if c == '\\' || c < 0x20 {
			break
		}
		r.pos++
	}
	b := append([]byte(nil), r.data[start:r.pos]...)
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		switch {
		case c == '"':
			if !utf8.Valid(b) {
				r.pos = start
				r.fail(CodeInvalidUTF8)
				return ""
			}
			r.pos++
			return string(b)
		case c < 0x20:
			r.fail(CodeControl, "U+"+strconv.FormatInt(int64(c)+0x10000, 16)[1:])
			return ""
		case c != '\\':
			b = append(b, c)
			r.pos++
			continue
		}
		if r.pos+1 >= len(r.data) {
			break
		}
		switch e := r.data[r.pos+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			c1, ok := r.hex4(r.pos + 2)
			if !ok {
				return ""
			}
			r.pos += 4
			if utf16.IsSurrogate(c1) && r.pos+7 < len(r.data) && r.data[r.pos+2] == '\\' && r.data[r.pos+3] == 'u' {
				if c2, ok := r.hex4(r.pos + 4); ok && utf16.DecodeRune(c1, c2) != utf8.RuneError {
					c1 = utf16.DecodeRune(c1, c2)
					r.pos += 6
				}
			}
			b = utf8.AppendRune(b, c1) // a lone surrogate becomes U+FFFD
		default:
			r.pos++
			r.fail(CodeBadEscape)
			return ""
		}
		r.pos += 2
	}
	r.fail(CodeTruncated)
	return ""
}

func (r *reader) hex4(at int) (rune, bool) {
	if at+4 > len(r.data) {
		r.pos = len(r.data)
		r.fail(CodeTruncated)
		return 0, false
	}
	n, err := strconv.ParseUint(string(r.data[at:at+4]), 16, 16)
	if err != nil {
		r.pos = at - 2
		r.fail(CodeBadEscape)
		return 0, false
	}
	return rune(n), true
}

func (r *reader) literal() any {
	for _, lit := range [...]struct {
		text string
		v    any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if len(r.data)-r.pos >= len(lit.text) && string(r.data[r.pos:r.pos+len(lit.text)]) == lit.text {
			r.pos += len(lit.text)
			return lit.v
		}
	}
	r.unexpected()
	return nil
}

// number reads a number as the JSON grammar has it.
func (r *reader) number() number {
	start := r.pos
	digits := func() bool {
		s := r.pos
		for r.pos < len(r.data) && '0' <= r.data[r.pos] && r.data[r.pos] <= '9' {
			r.pos++
		}
		return r.pos > s
	}
	if r.data[r.pos] == '-' {
		r.pos++
	}
	if r.pos < len(r.data) && r.data[r.pos] == '0' {
		r.pos++
	} else if !digits() {
		r.unexpected()
		return ""
	}
	if r.pos < len(r.data) && r.data[r.pos] == '.' {
		r.pos++
		if !digits() {
			r.unexpected()
			return ""
		}
	}
	if r.pos < len(r.data) && (r.data[r.pos] == 'e' || r.data[r.pos] == 'E') {
		r.pos++
		if r.pos < len(r.data) && (r.data[r.pos] == '+' || r.data[r.pos] == '-') {
			r.pos++
		}
		if !digits() {
			r.unexpected()
			return ""
		}
	}
	return number(r.data[start:r.pos])
}

// canonicalValue reads any value and returns its canonical form (nil for
// null): a text or a number straight from the input, others through a tree.
func (r *reader) canonicalValue() []byte {
	switch c := r.peek(); {
	case c == '"':
		start := r.pos
		s := r.text()
		if raw := r.data[start:r.pos]; r.err == nil && len(raw) == len(s)+2 {
			return append([]byte(nil), raw...) // no escape: already canonical
		}
		return appendString(nil, s)
	case c == '-' || ('0' <= c && c <= '9'):
		return []byte(r.number())
	}
	return canonical(r.value())
}

// canonical returns the canonical form of a tree; nil for null (an absent value).
func canonical(v any) []byte {
	if v == nil {
		return nil
	}
	return appendCanonical(nil, v)
}

func appendCanonical(b []byte, v any) []byte { return appendJSON(b, v, true) }

// appendJSON writes v as JSON; with sorted false, the members of objects
// come in any order (faster, for a reader that does not care).
func appendJSON(b []byte, v any, sorted bool) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, v)
	case number:
		return append(b, v...)
	case string:
		return appendString(b, v)
	case []any:
		b = append(b, '[')
		for i, x := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSON(b, x, sorted)
		}
		return append(b, ']')
	case map[string]any:
		if !sorted {
			b = append(b, '{')
			first := true
			for k, x := range v {
				if !first {
					b = append(b, ',')
				}
				first = false
				b = appendString(b, k)
				b = append(b, ':')
				b = appendJSON(b, x, false)
			}
			return append(b, '}')
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = appendJSON(b, v[k], true)
		}
		return append(b, '}')
	case *keyed:
		return v.appendTo(b, sorted)
	}
	panic("oplog: no canonical form for a value of this type")
}

// appendString writes s as a JSON string: UTF-8 as it is, with only the
// quote, the backslash and the control characters escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			const hex = "0123456789abcdef"
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
