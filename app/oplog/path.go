package oplog

import "strings"

// A path names one value of an incident by what it is, not where it lies:
// "org.name", "events[e3].note", "parties[p1]", "steps[pb.notice].status",
// "edits[notice-ja/opening/lead]". A field of an object follows a dot (none
// before the first); an element of a list whose elements carry unique ids,
// and an entry of a map, are named by their id or key in brackets, where a
// backslash escapes "\", "[" and "]". The path "" is the whole incident.

// maxPathBytes and maxSegments bound a path read from a packet.
const (
	maxPathBytes = 2000
	maxSegments  = 32
)

// segment is one step of a path: a field, or a key in brackets.
type segment struct {
	name  string
	keyed bool // [key]: an id in a list or a key in a map
}

// field is the path of a field of the value at path.
func field(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// keyOf is the path of the element or entry key of the value at path.
func keyOf(path, key string) string {
	if !strings.ContainsAny(key, `\[]`) {
		return path + "[" + key + "]"
	}
	var b strings.Builder
	b.WriteString(path)
	b.WriteByte('[')
	for i := 0; i < len(key); i++ {
		if c := key[i]; c == '\\' || c == '[' || c == ']' {
			b.WriteByte('\\')
		}
		b.WriteByte(key[i])
	}
	b.WriteByte(']')
	return b.String()
}

// parsePath splits a path into its segments (a key without escapes shares
// the path's bytes). It reports false for a path that is not well-formed.
func parsePath(path string) ([]segment, bool) {
	if len(path) > maxPathBytes {
		return nil, false
	}
	n := 1 // segments, at most: one more than the separators
	for i := 0; i < len(path); i++ {
		if path[i] == '.' || path[i] == '[' {
			n++
		}
	}
	return appendPath(make([]segment, 0, min(n, maxSegments+1)), path)
}

// appendPath is parsePath appending to segs (Fold parses into an array of
// its own: no allocation for a short path).
func appendPath(segs []segment, path string) ([]segment, bool) {
	if len(path) > maxPathBytes {
		return nil, false
	}
	segs = segs[:0]
	for i := 0; i < len(path); {
		switch {
		case path[i] == '[':
			j, escaped := i+1, false
			for ; j < len(path) && path[j] != ']'; j++ {
				switch path[j] {
				case '[':
					return nil, false
				case '\\':
					if j+1 >= len(path) {
						return nil, false
					}
					escaped = true
					j++
				}
			}
			if j >= len(path) || j == i+1 {
				return nil, false
			}
			key := path[i+1 : j]
			if escaped {
				key = unescapeKey(key)
			}
			segs = append(segs, segment{name: key, keyed: true})
			i = j + 1
		case len(segs) == 0 || path[i] == '.':
			if len(segs) > 0 {
				i++
			}
			j := i
			for j < len(path) && isNameByte(path[j]) {
				j++
			}
			if j == i {
				return nil, false
			}
			segs = append(segs, segment{name: path[i:j]})
			i = j
		default:
			return nil, false
		}
		if len(segs) > maxSegments {
			return nil, false
		}
	}
	return segs, true
}

// wellFormed is parsePath's check without its result (no allocation).
func wellFormed(path string) bool {
	if len(path) > maxPathBytes {
		return false
	}
	n := 0
	for i := 0; i < len(path); n++ {
		switch {
		case n == maxSegments:
			return false
		case path[i] == '[':
			j := i + 1
			for ; j < len(path) && path[j] != ']'; j++ {
				switch path[j] {
				case '[':
					return false
				case '\\':
					j++
				}
			}
			if j >= len(path) || j == i+1 {
				return false
			}
			i = j + 1
		case n == 0 || path[i] == '.':
			if n > 0 {
				i++
			}
			j := i
			for j < len(path) && isNameByte(path[j]) {
				j++
			}
			if j == i {
				return false
			}
			i = j
		default:
			return false
		}
	}
	return true
}

func unescapeKey(k string) string {
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		if k[i] == '\\' {
			i++
		}
		b.WriteByte(k[i])
	}
	return b.String()
}

func isNameByte(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// ancestors calls yield with each path that contains path (a well-formed
// one), outermost first: "" (the whole incident), then each proper prefix
// that ends a segment. Not path itself.
func ancestors(path string, yield func(string)) {
	if path == "" {
		return
	}
	yield("")
	inKey := false
	for i := 1; i < len(path); i++ {
		switch c := path[i]; {
		case inKey && c == '\\':
			i++
		case inKey:
			inKey = c != ']'
		case c == '[':
			inKey = true
			yield(path[:i])
		case c == '.':
			yield(path[:i])
		}
	}
}

// within reports whether path (well-formed) is outer (well-formed) or lies
// inside it: outer is a prefix of path that ends one of its segments.
func within(path, outer string) bool {
	if outer == "" || path == outer {
		return true
	}
	return len(path) > len(outer) && path[:len(outer)] == outer && (path[len(outer)] == '.' || path[len(outer)] == '[')
}

// related reports whether one path is the other or lies inside it.
func related(a, b string) bool { return within(a, b) || within(b, a) }
