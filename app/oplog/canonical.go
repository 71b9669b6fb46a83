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
