package ui

import (
	"strconv"
	"strings"
)

// hnode is an element or a text of an HTML fragment as the browser
// serializes it (outerHTML) or go-app writes it (app.HTMLString).
type hnode struct {
	tag   string // lower case; "" for a text
	text  string // a text's characters, references resolved
	attrs map[string]string
	kids  []*hnode
}

func (n *hnode) attr(name string) string { return n.attrs[name] }

// hasClass reports whether the element's class list holds c.
func (n *hnode) hasClass(c string) bool {
	if c == "" || strings.ContainsAny(c, " \t\n\r\f") {
		return false
	}
	list := n.attrs["class"]
	for {
		i := strings.Index(list, c)
		if i < 0 {
			return false
		}
		end := i + len(c)
		if (i == 0 || isHTMLSpace(list[i-1])) && (end == len(list) || isHTMLSpace(list[end])) {
			return true
		}
		list = list[end:]
	}
}

func isHTMLSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }

// textContent is the text of the node and everything under it.
func (n *hnode) textContent() string {
	if n.tag == "" {
		return n.text
	}
	var b strings.Builder
	for _, k := range n.kids {
		b.WriteString(k.textContent())
	}
	return b.String()
}

// find returns the first element under n (n included) for which ok holds.
func (n *hnode) find(ok func(*hnode) bool) *hnode {
	if n.tag != "" && ok(n) {
		return n
	}
	for _, k := range n.kids {
		if f := k.find(ok); f != nil {
			return f
		}
	}
	return nil
}

// htmlVoid reports whether an element has no end tag.
func htmlVoid(tag string) bool {
	switch tag {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}

// parseHTML reads an HTML fragment into a tree under a root node. It reads
// what a serializer writes (every attribute quoted, void elements without
// an end tag, text escaped), and does not fail on anything else: a stray end
// tag is dropped, an element left open is closed at the end, a script's or
// style's content is skipped, a comment is dropped.
func parseHTML(s string) *hnode {
	root := &hnode{tag: "#root"}
	stack := []*hnode{root}
	top := func() *hnode { return stack[len(stack)-1] }
	addText := func(t string) {
		if t == "" {
			return
		}
		p := top()
		if n := len(p.kids); n > 0 && p.kids[n-1].tag == "" {
			p.kids[n-1].text += t
			return
		}
		p.kids = append(p.kids, &hnode{text: t})
	}
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			addText(htmlUnescape(s[i : i+j]))
			i += j
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				return root
			}
			i += 4 + end + 3
		case strings.HasPrefix(rest, "</"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return root
			}
			name := strings.ToLower(strings.TrimSpace(rest[2:end]))
			for k := len(stack) - 1; k > 0; k-- {
				if stack[k].tag == name {
					stack = stack[:k]
					break
				}
			}
			i += end + 1
		case strings.HasPrefix(rest, "<!"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return root
			}
			i += end + 1
		case len(rest) > 1 && isASCIILetter(rest[1]):
			n, size, selfClosing := parseTag(rest)
			i += size
			top().kids = append(top().kids, n)
			if n.tag == "script" || n.tag == "style" {
				end := strings.Index(strings.ToLower(s[i:]), "</"+n.tag)
				if end < 0 {
					return root
				}
				i += end
				continue
			}
			if !selfClosing && !htmlVoid(n.tag) {
				stack = append(stack, n)
			}
		default:
			addText("<")
			i++
		}
	}
	return root
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// parseTag reads a start tag at the start of s: the element, the bytes it
// took and whether it ended in "/>".
func parseTag(s string) (n *hnode, size int, selfClosing bool) {
	i := 1
	for i < len(s) && !strings.ContainsRune(" \t\n\r\f/>", rune(s[i])) {
		i++
	}
	n = &hnode{tag: strings.ToLower(s[1:i]), attrs: map[string]string{}}
	for i < len(s) {
		for i < len(s) && strings.ContainsRune(" \t\n\r\f", rune(s[i])) {
			i++
		}
		if i >= len(s) {
			break
		}
		if s[i] == '>' {
			return n, i + 1, false
		}
		if strings.HasPrefix(s[i:], "/>") {
			return n, i + 2, true
		}
		if s[i] == '/' {
			i++
			continue
		}
		start := i
		for i < len(s) && !strings.ContainsRune(" \t\n\r\f/>=", rune(s[i])) {
			i++
		}
		name := strings.ToLower(s[start:i])
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					end = len(s) - i - 1
				}
				value = s[i+1 : i+1+end]
				i += end + 2
			} else {
				start := i
				for i < len(s) && !strings.ContainsRune(" \t\n\r\f>", rune(s[i])) {
					i++
				}
				value = s[start:i]
			}
		}
		if name != "" {
			n.attrs[name] = htmlUnescape(value)
		}
	}
	return n, len(s), false
}

// htmlRef is the text of a named reference serializers write, or "".
func htmlRef(name string) string {
	switch name {
	case "amp":
		return "&"
	case "lt":
		return "<"
	case "gt":
		return ">"
	case "quot":
		return `"`
	case "apos":
		return "'"
	case "nbsp":
		return "\u00a0"
	}
	return ""
}

// htmlUnescape resolves character references: the named ones serializers
// write and every numeric one (an invalid number is U+FFFD). Any other "&"
// stays as it is.
func htmlUnescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		end := strings.IndexByte(s, ';')
		if end < 2 || end > 10 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		ref := s[1:end]
		switch {
		case ref[0] == '#':
			var v uint64
			var err error
			if len(ref) > 1 && (ref[1] == 'x' || ref[1] == 'X') {
				v, err = strconv.ParseUint(ref[2:], 16, 32)
			} else {
				v, err = strconv.ParseUint(ref[1:], 10, 32)
			}
			r := rune(v)
			if err != nil || v == 0 || v > 0x10ffff || r >= 0xd800 && r <= 0xdfff {
				r = '\uFFFD'
			}
			b.WriteRune(r)
		case htmlRef(ref) != "":
			b.WriteString(htmlRef(ref))
		default:
			b.WriteString(s[:end+1])
		}
		s = s[end+1:]
	}
}
