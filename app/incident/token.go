package incident

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The tokens of JSON as the scanner reads them: strings, literals and numbers.

// text moves past a JSON string starting at pos, checking escapes, controls and UTF-8.
func (s *scanner) text() {
	start := s.pos
	s.pos++
	ascii := true
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		switch {
		case c == '"':
			s.pos++
			if !ascii && !utf8.Valid(s.data[start:s.pos]) {
				at := start
				for at < s.pos {
					r, n := utf8.DecodeRune(s.data[at:s.pos])
					if r == utf8.RuneError && n <= 1 {
						break
					}
					at += n
				}
				s.report(at, CodeInvalidUTF8)
			}
			return
		case c == '\\':
			if s.pos+1 >= len(s.data) {
				s.pos = len(s.data)
				s.fail(CodeTruncated, "text")
				return
			}
			switch s.data[s.pos+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.pos += 2
			case 'u':
				if s.pos+6 > len(s.data) {
					s.pos = len(s.data)
					s.fail(CodeTruncated, "text")
					return
				}
				if _, err := strconv.ParseUint(string(s.data[s.pos+2:s.pos+6]), 16, 16); err != nil {
					s.fail(CodeBadEscape)
					return
				}
				s.pos += 6
			default:
				s.fail(CodeBadEscape)
				return
			}
		case c < 0x20:
			s.fail(CodeRawControl, fmt.Sprintf("U+%04X", c))
			return
		default:
			if c >= 0x80 {
				ascii = false
			}
			s.pos++
		}
	}
	s.fail(CodeTruncated, "text")
}

func (s *scanner) literal() {
	for _, lit := range []string{"true", "false", "null"} {
		if lit[0] != s.data[s.pos] {
			continue
		}
		rest := s.data[s.pos:]
		if len(rest) < len(lit) && strings.HasPrefix(lit, string(rest)) {
			s.pos = len(s.data)
			s.fail(CodeTruncated, "value")
			return
		}
		if strings.HasPrefix(string(rest[:min(len(rest), len(lit))]), lit) {
			s.pos += len(lit)
			return
		}
	}
	s.unexpected()
}

// number moves past a number, by the JSON grammar.
func (s *scanner) number() {
	digits := func() int {
		n := 0
		for s.pos < len(s.data) && '0' <= s.data[s.pos] && s.data[s.pos] <= '9' {
			s.pos++
			n++
		}
		return n
	}
	if s.data[s.pos] == '-' {
		s.pos++
	}
	if s.pos < len(s.data) && s.data[s.pos] == '0' {
		s.pos++
	} else if digits() == 0 {
		s.unexpected()
		return
	}
	if s.pos < len(s.data) && s.data[s.pos] == '.' {
		s.pos++
		if digits() == 0 {
			s.unexpected()
			return
		}
	}
	if s.pos < len(s.data) && (s.data[s.pos] == 'e' || s.data[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.data) && (s.data[s.pos] == '+' || s.data[s.pos] == '-') {
			s.pos++
		}
		if digits() == 0 {
			s.unexpected()
		}
	}
}

// unquote decodes a JSON string (with its quotes) that text has checked.
func unquote(raw []byte) string {
	if len(raw) < 2 {
		return ""
	}
	in := raw[1 : len(raw)-1]
	if !strings.ContainsRune(string(in), '\\') {
		return string(in)
	}
	var b strings.Builder
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '\\' || i+1 >= len(in) {
			b.WriteByte(c)
			continue
		}
		i++
		switch in[i] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if i+5 > len(in) {
				return b.String()
			}
			r1, _ := strconv.ParseUint(string(in[i+1:i+5]), 16, 32)
			i += 4
			r := rune(r1)
			if utf16.IsSurrogate(r) && i+6 < len(in) && in[i+1] == '\\' && in[i+2] == 'u' {
				r2, _ := strconv.ParseUint(string(in[i+3:i+7]), 16, 32)
				if d := utf16.DecodeRune(r, rune(r2)); d != utf8.RuneError {
					r = d
					i += 6
				}
			}
			b.WriteRune(r)
		default:
			b.WriteByte(in[i])
		}
	}
	return b.String()
}

// excerpt shows a value from the file in a message: decoded, shortened, quoted (so
// controls and bidi overrides are escaped).
func excerpt(b []byte) string {
	const most = 60
	v := string(b)
	if len(b) > 0 && b[0] == '"' {
		v = unquote(b)
	}
	if utf8.RuneCountInString(v) > most {
		v = string([]rune(v)[:most]) + "…"
	}
	return strconv.Quote(v)
}

func quoteRune(r rune) string {
	if r == utf8.RuneError {
		return "byte"
	}
	if r < 0x20 || r == 0x7f || !strconv.IsPrint(r) {
		return fmt.Sprintf("U+%04X", r)
	}
	return strconv.QuoteRune(r)
}
