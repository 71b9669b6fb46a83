package oplog

import (
	"slices"
	"strconv"
)

// canonicalValue reads any value and returns its canonical form (nil for
// null): a text or a number straight from the input, others through a tree.
func (r *reader) canonicalValue() []byte {
	switch c := r.peek(); {
	case c == '"':
		start := r.pos
		if _, ok := r.fastText(); ok { // no escape: already canonical
			return append([]byte(nil), r.data[start:r.pos]...)
		}
		s := r.text()
		if raw := r.data[start:r.pos]; r.err == nil && len(raw) == len(s)+2 {
			return append([]byte(nil), raw...) // no escape: already canonical
		}
		return appendString(nil, s)
	case c == '-' || ('0' <= c && c <= '9'):
		return append([]byte(nil), r.numberBytes()...)
	case (c == '{' || c == '[') && !r.generic:
		start := r.pos
		if r.skipCanonical(r.depth) { // canonical already: no tree
			return append([]byte(nil), r.data[start:r.pos]...)
		}
		r.pos = start
	}
	return canonical(r.value())
}

// skipCanonical moves past a value that is in canonical form already, at
// depth depth: no white space, the keys of each object without escapes and
// in byte order (so none twice), texts without escapes, numbers as the
// grammar has them. It reports false at anything else, having moved
// anywhere: canonicalValue reads that value again through a tree (which
// reports its problems).
func (r *reader) skipCanonical(depth int) bool {
	if r.pos >= len(r.data) {
		return false
	}
	switch c := r.data[r.pos]; {
	case c == '"':
		_, ok := r.plainText()
		return ok
	case c == '{' || c == '[':
		if depth++; depth > maxDepth {
			return false
		}
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		r.pos++
		if r.pos < len(r.data) && r.data[r.pos] == end {
			r.pos++
			return true
		}
		var last []byte
		for first := true; ; first = false {
			if c == '{' {
				if r.pos >= len(r.data) || r.data[r.pos] != '"' {
					return false
				}
				key, ok := r.plainText()
				if !ok || !first && string(key) <= string(last) || r.pos >= len(r.data) || r.data[r.pos] != ':' {
					return false
				}
				last = key
				r.pos++
			}
			if !r.skipCanonical(depth) || r.pos >= len(r.data) {
				return false
			}
			switch r.data[r.pos] {
			case ',':
				r.pos++
			case end:
				r.pos++
				return true
			default:
				return false
			}
		}
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range [...]string{"true", "false", "null"} {
			if len(r.data)-r.pos >= len(lit) && string(r.data[r.pos:r.pos+len(lit)]) == lit {
				r.pos += len(lit)
				return true
			}
		}
		return false
	case c == '-' || '0' <= c && c <= '9':
		return r.skipNumber()
	}
	return false
}

// skipNumber moves past a number as the JSON grammar has it, or reports
// false.
func (r *reader) skipNumber() bool {
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
		return false
	}
	if r.pos < len(r.data) && r.data[r.pos] == '.' {
		r.pos++
		if !digits() {
			return false
		}
	}
	if r.pos < len(r.data) && (r.data[r.pos] == 'e' || r.data[r.pos] == 'E') {
		r.pos++
		if r.pos < len(r.data) && (r.data[r.pos] == '+' || r.data[r.pos] == '-') {
			r.pos++
		}
		if !digits() {
			return false
		}
	}
	return true
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
