package incident

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Checks of the strings of an incident. A name (title, id, person, contact, code)
// is one line of at most MaxNameRunes characters without control characters or
// bidirectional overrides; a text (notes, story) may have lines and tabs, up to
// MaxTextBytes, and a bidi override in it is a warning (it may be legitimate in
// right-to-left text, but can also disguise what a text says).

// name checks a one-line field.
func (v *validator) name(path, s string) {
	if n := utf8.RuneCountInString(s); n > MaxNameRunes {
		v.ps.add(SeverityError, path, CodeNameTooLong, group(int64(n)), strconv.Itoa(MaxNameRunes))
	}
	v.chars(path, s, false)
}

// text checks a free-text field.
func (v *validator) text(path, s string) {
	if len(s) > MaxTextBytes {
		v.ps.add(SeverityError, path, CodeTextTooLong, group(int64(len(s))), group(MaxTextBytes))
	}
	v.chars(path, s, true)
}

// chars reports the first invalid byte, control character and bidi control of s.
func (v *validator) chars(path, s string, multiline bool) {
	if !utf8.ValidString(s) {
		v.ps.add(SeverityError, path, CodeInvalidUTF8)
	}
	control, bidi := false, false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			if !multiline && !control {
				control = true
				if r == '\t' {
					v.ps.add(SeverityError, path, CodeControlChar, runeName(r))
				} else {
					v.ps.add(SeverityError, path, CodeNewline)
				}
			}
		case r < 0x20 || (0x7f <= r && r <= 0x9f):
			if !control {
				control = true
				v.ps.add(SeverityError, path, CodeControlChar, runeName(r))
			}
		case isBidiControl(r):
			if !bidi {
				bidi = true
				sev := SeverityError
				if multiline {
					sev = SeverityWarning
				}
				v.ps.add(sev, path, CodeBidiControl, runeName(r))
			}
		}
	}
}

// isBidiControl reports the embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) of "Trojan Source" (CVE-2021-42574).
func isBidiControl(r rune) bool {
	return 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
}

func runeName(r rune) string {
	switch r {
	case 0:
		return "NUL (U+0000)"
	case '\t':
		return "TAB (U+0009)"
	}
	return fmt.Sprintf("U+%04X", r)
}

// quoteShort quotes a value for a message, shortened, with controls escaped.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return strconv.QuoteToGraphic(s)
}

// web checks the contact desk's web field: a name to search for or an http(s) address,
// never a javascript:, data: or other scheme that a link would run or load.
func (v *validator) web(path, s string) {
	scheme, _, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || scheme == "" || strings.ContainsAny(scheme, " ./\\") {
		return
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		return
	}
	for _, r := range scheme {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '+' || r == '-') {
			return // not a scheme, e.g. "窓口: 0120-…"
		}
	}
	v.ps.add(SeverityError, path, CodeURLScheme, quoteShort(scheme+":"))
}

// email checks the shape of an e-mail address.
func (v *validator) email(path, s string) {
	local, domain, ok := strings.Cut(s, "@")
	if s == "" || ok && local != "" && strings.Contains(domain, ".") && !strings.ContainsAny(s, " <>\"'") {
		return
	}
	v.ps.add(SeverityWarning, path, CodeEmail, quoteShort(s))
}
