package ics

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A small strict RFC 5545 reader, for the tests only: it checks the physical
// form (CRLF, ≤ 75 octets, valid UTF-8, folding), unfolds, splits each
// content line into name, parameters and value, nests components and checks
// the properties each component requires.

type prop struct {
	Name   string
	Params map[string]string
	Value  string // raw (still escaped)
}

type component struct {
	Name  string
	Props []prop
	Subs  []*component
}

func (c *component) all(name string) []prop {
	var out []prop
	for _, p := range c.Props {
		if p.Name == name {
			out = append(out, p)
		}
	}
	return out
}

func (c *component) get(name string) (prop, bool) {
	ps := c.all(name)
	if len(ps) == 0 {
		return prop{}, false
	}
	return ps[0], true
}

func parseICS(data []byte) (*component, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("not valid UTF-8")
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		return nil, fmt.Errorf("does not end with CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var lines []string
	for i, l := range raw {
		if strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			return nil, fmt.Errorf("line %d: %d octets > 75", i+1, len(l))
		}
		if l == "" {
			return nil, fmt.Errorf("line %d: empty line", i+1)
		}
		if l[0] == ' ' || l[0] == '\t' {
			if len(lines) == 0 {
				return nil, fmt.Errorf("line %d: continuation without a line", i+1)
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	var stack []*component
	var root *component
	for i, l := range lines {
		p, err := splitLine(l)
		if err != nil {
			return nil, fmt.Errorf("content line %d: %v", i+1, err)
		}
		switch p.Name {
		case "BEGIN":
			c := &component{Name: p.Value}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.Subs = append(top.Subs, c)
			} else if root != nil {
				return nil, fmt.Errorf("content line %d: second top-level component", i+1)
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].Name != p.Value {
				return nil, fmt.Errorf("content line %d: END:%s does not close the open component", i+1, p.Value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				return nil, fmt.Errorf("content line %d: property outside a component", i+1)
			}
			top := stack[len(stack)-1]
			top.Props = append(top.Props, p)
		}
	}
	if len(stack) != 0 || root == nil || root.Name != "VCALENDAR" {
		return nil, fmt.Errorf("unbalanced components or no VCALENDAR")
	}
	return root, checkRequired(root)
}

// splitLine splits name *(";" param) ":" value, honouring quoted parameter values.
func splitLine(l string) (prop, error) {
	p := prop{Params: map[string]string{}}
	i := strings.IndexAny(l, ";:")
	if i <= 0 {
		return p, fmt.Errorf("no name in %q", l)
	}
	p.Name = l[:i]
	for _, r := range p.Name {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return p, fmt.Errorf("bad name %q", p.Name)
		}
	}
	rest := l[i:]
	for rest[0] == ';' {
		rest = rest[1:]
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			return p, fmt.Errorf("bad parameter in %q", l)
		}
		name := rest[:eq]
		rest = rest[eq+1:]
		var val string
		if strings.HasPrefix(rest, `"`) {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				return p, fmt.Errorf("unclosed quote in %q", l)
			}
			val, rest = rest[1:end+1], rest[end+2:]
		} else {
			end := strings.IndexAny(rest, ";:")
			if end < 0 {
				return p, fmt.Errorf("no value in %q", l)
			}
			val, rest = rest[:end], rest[end:]
		}
		p.Params[name] = val
		if rest == "" {
			return p, fmt.Errorf("no value in %q", l)
		}
	}
	if rest[0] != ':' {
		return p, fmt.Errorf("want ':' in %q", l)
	}
	p.Value = rest[1:]
	return p, nil
}

// unescapeText reads a TEXT value strictly: only \\ \; \, \n \N are escapes,
// and an unescaped ; or , is an error (this writer never writes lists).
func unescapeText(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 >= len(s) {
				return "", fmt.Errorf("trailing backslash")
			}
			i++
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("bad escape \\%c", s[i])
			}
		case c == ';' || c == ',':
			return "", fmt.Errorf("unescaped %q", c)
		case c < 0x20 && c != '\t':
			return "", fmt.Errorf("control character %#x", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

var required = map[string][]string{
	"VCALENDAR": {"VERSION", "PRODID"},
	"VEVENT":    {"UID", "DTSTAMP", "DTSTART"},
	"VALARM":    {"ACTION", "TRIGGER", "DESCRIPTION"},
	"VTIMEZONE": {"TZID"},
	"STANDARD":  {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"},
	"DAYLIGHT":  {"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"},
}

// once lists properties that may appear at most once in a component.
var once = map[string]bool{"UID": true, "DTSTAMP": true, "DTSTART": true, "DTEND": true, "DURATION": true,
	"SUMMARY": true, "DESCRIPTION": true, "URL": true, "VERSION": true, "PRODID": true, "TZID": true}

func checkRequired(c *component) error {
	for _, name := range required[c.Name] {
		if len(c.all(name)) == 0 {
			return fmt.Errorf("%s without %s", c.Name, name)
		}
	}
	seen := map[string]bool{}
	for _, p := range c.Props {
		if once[p.Name] && seen[p.Name] {
			return fmt.Errorf("%s has %s twice", c.Name, p.Name)
		}
		seen[p.Name] = true
	}
	if seen["DTEND"] && seen["DURATION"] {
		return fmt.Errorf("%s has both DTEND and DURATION", c.Name)
	}
	if c.Name == "VCALENDAR" {
		if v, _ := c.get("VERSION"); v.Value != "2.0" {
			return fmt.Errorf("VERSION %q", v.Value)
		}
		// Every TZID parameter names a VTIMEZONE of the calendar.
		zones := map[string]bool{}
		for _, s := range c.Subs {
			if s.Name == "VTIMEZONE" {
				z, _ := s.get("TZID")
				zones[z.Value] = true
			}
		}
		for _, s := range c.Subs {
			for _, p := range s.Props {
				if tz, ok := p.Params["TZID"]; ok && !zones[tz] {
					return fmt.Errorf("%s;TZID=%s without a VTIMEZONE", p.Name, tz)
				}
			}
		}
	}
	for _, s := range c.Subs {
		if err := checkRequired(s); err != nil {
			return err
		}
	}
	return nil
}
