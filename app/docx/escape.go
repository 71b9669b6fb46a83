package docx

import (
	"bytes"
	"unicode/utf8"
)

// escape writes s as XML character data or an attribute value: & < > " '
// as references, and every character XML 1.0 does not allow — NUL and the
// other C0 controls but tab, LF and CR; U+FFFE and U+FFFF; bytes that are
// not UTF-8 — as U+FFFD. (Tab, LF and CR never reach here from a run: they
// are w:tab and w:br.)
func escape(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				b.WriteString("&amp;")
			case c == '<':
				b.WriteString("&lt;")
			case c == '>':
				b.WriteString("&gt;")
			case c == '"':
				b.WriteString("&quot;")
			case c == '\'':
				b.WriteString("&apos;")
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
				b.WriteString("\uFFFD")
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// attr is s escaped for an attribute value.
func attr(s string) string {
	var b bytes.Buffer
	escape(&b, s)
	return b.String()
}
