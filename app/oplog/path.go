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

// parsePath splits a path into its segments; ends[i] is the length of the
// prefix that is the path of segment i (so path[:ends[i]] is an ancestor).
// It reports false for a path that is not well-formed.
func parsePath(path string) (segs []segment, ends []int, ok bool) {
	if len(path) > maxPathBytes {
		return nil, nil, false
	}
	for i := 0; i < len(path); {
		switch {
		case path[i] == '[':
			var key strings.Builder
			j := i + 1
			for ; j < len(path) && path[j] != ']'; j++ {
				if path[j] == '[' {
					return nil, nil, false
				}
				if path[j] == '\\' {
					if j+1 >= len(path) {
						return nil, nil, false
					}
					j++
				}
				key.WriteByte(path[j])
			}
			if j >= len(path) || key.Len() == 0 {
				return nil, nil, false
			}
			segs = append(segs, segment{name: key.String(), keyed: true})
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
				return nil, nil, false
			}
			segs = append(segs, segment{name: path[i:j]})
			i = j
		default:
			return nil, nil, false
		}
		ends = append(ends, i)
		if len(segs) > maxSegments {
			return nil, nil, false
		}
	}
	return segs, ends, true
}

func isNameByte(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// ancestors returns the paths that contain path, outermost first: "" (the
// whole incident) and each proper prefix. Not path itself.
func ancestors(path string) []string {
	if path == "" {
		return nil
	}
	_, ends, ok := parsePath(path)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(ends))
	out = append(out, "")
	for _, e := range ends[:len(ends)-1] {
		out = append(out, path[:e])
	}
	return out
}

// within reports whether path is inner or lies inside it.
func within(path, outer string) bool {
	if outer == "" || path == outer {
		return true
	}
	if !strings.HasPrefix(path, outer) {
		return false
	}
	// the next segment must start right at the end of outer, which must
	// itself end a segment (not "events[e1" inside "events[e12]")
	if c := path[len(outer)]; c != '.' && c != '[' {
		return false
	}
	_, ends, ok := parsePath(path)
	if !ok {
		return false
	}
	for _, e := range ends {
		if e == len(outer) {
			return true
		}
	}
	return false
}

// related reports whether one path is the other or lies inside it.
func related(a, b string) bool { return within(a, b) || within(b, a) }
