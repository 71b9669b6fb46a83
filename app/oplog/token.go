package oplog

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The tokens of JSON as the reader reads them: texts, literals and numbers.

// plainText reads a string that has no escape, returning its bytes (those
// between the quotes, in data: not to be modified) without making a string
// of them or looking them up. It reports false, and reads nothing, for a
// string with an escape or a control character, not valid UTF-8 or not
// closed: text reads those (and reports the problem).
func (r *reader) plainText() ([]byte, bool) {
	if r.peek() != '"' {
		return nil, false
	}
	start := r.pos + 1
	ascii := true
	for i := start; i < len(r.data); i++ {
		switch c := r.data[i]; {
		case c == '"':
			s := r.data[start:i]
			if !ascii && !utf8.Valid(s) {
				return nil, false
			}
			r.pos = i + 1
			return s, true
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= 0x80:
			ascii = false
		}
	}
	return nil, false
}

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
func (r *reader) number() number { return number(r.numberBytes()) }

// numberBytes is number, its bytes in data (not to be modified).
func (r *reader) numberBytes() []byte {
	start := r.pos
	if !r.skipNumber() {
		r.unexpected()
		return nil
	}
	return r.data[start:r.pos]
}
