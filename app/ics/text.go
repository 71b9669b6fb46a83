package ics

import (
	"strings"
	"unicode/utf8"
)

// maxOctets is the longest line RFC 5545 §3.1 allows, without the CRLF.
const maxOctets = 75

// escape writes s as an RFC 5545 TEXT value (§3.3.11): backslash, semicolon
// and comma are escaped, a line break becomes \n, other control characters
// (and invalid UTF-8) are dropped.
func escape(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError, r < 0x20, r == 0x7f:
			// dropped: not allowed in TEXT
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fold writes one content line, folded so that no physical line is longer
// than 75 octets (continuation lines start with a space, which counts), never
// splitting a UTF-8 sequence, each line ended by CRLF.
func fold(b *strings.Builder, line string) {
	n := 0 // octets on the current physical line
	for _, r := range line {
		size := utf8.RuneLen(r)
		if size < 0 {
			continue
		}
		if n+size > maxOctets {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += size
	}
	b.WriteString("\r\n")
}
