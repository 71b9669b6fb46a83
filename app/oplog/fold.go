package oplog

import (
	"fmt"
	"maps"
	"slices"
	"time"
	"unicode/utf8"

	"breachdesk/app/incident"
)

// Fold returns the incident the log's operations give, applied in their
// order (see compareOps): each writes its value at its path, the later one
// winning where two wrote the same value. Where they conflicted, the value
// Fold keeps is only a stable choice: Conflicts reports every side.
//
// Fold creates a missing object, map or list that the incident's shape has
// (an empty list is left out of the stored form), but never an element of a
// list or an entry of a map: a write inside an element that a concurrent
// operation removed does nothing (and that is a conflict, reported).
func (l *Log) Fold() (*incident.Incident, error) {
	inc, _, err := fold(l.ops)
	return inc, err
}

// fold returns the incident and the tree it was read from.
func fold(ops []Op) (*incident.Incident, any, error) {
	if len(ops) == 0 {
		return nil, nil, fmt.Errorf("oplog: an empty log holds no incident")
	}
	return foldOnto(nil, ops)
}

// foldOnto is fold of operations that come, in the order of Fold, after
// those that gave the tree base (nil: none), none of them writing the
// whole incident. base is not changed.
func foldOnto(base any, ops []Op) (*incident.Incident, any, error) {
	root := foldTree(deepCopy(base), ops)
	if root == nil {
		return nil, nil, fmt.Errorf("oplog: the operations remove the whole incident")
	}
	inc, err := incident.Decode(appendJSON(nil, root, false))
	if err != nil {
		return nil, nil, err
	}
	return inc, root, nil
}

// updatedAt is the incident's field that says when it last changed. Every
// edit sets it, so Diff leaves it out (two people's edits would always
// conflict there) and Fold makes it the latest of the value written with
// the whole incident and the times of the operations after that.
const updatedAt = "updatedAt"

// foldTree applies ops to root and returns it. The time of the latest
// change is the latest of root's and those of ops after the last that
// writes the whole incident: so folding a log in two halves gives what
// folding it at once does.
func foldTree(root any, ops []Op) any {
	var latest *Op
	for i := range ops {
		op := &ops[i]
		apply(&root, op)
		switch {
		case op.Path == "":
			latest = nil
		case latest == nil || op.At.After(latest.At):
			latest = op
		}
	}
	if m, ok := root.(map[string]any); ok && latest != nil {
		var was time.Time
		if s, ok := m[updatedAt].(string); !ok || was.UnmarshalText([]byte(s)) != nil || latest.At.After(was) {
			m[updatedAt] = latest.At.Format(time.RFC3339Nano)
		}
	}
	return root
}

// keyed is a list of elements with unique ids while Fold works on it.
type keyed struct {
	ids   []string
	items map[string]any
}

func (k *keyed) appendTo(b []byte, sorted bool) []byte {
	b = append(b, '[')
	for i, id := range k.ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSON(b, k.items[id], sorted)
	}
	return append(b, ']')
}

// keyedOf turns a list into a keyed one, or reports false when its elements
// are not all objects with unique string ids.
func keyedOf(v any) (*keyed, bool) {
	switch v := v.(type) {
	case *keyed:
		return v, true
	case nil:
		return &keyed{items: map[string]any{}}, true
	}
	ids, ok := idsOf(v)
	if !ok {
		return nil, false
	}
	return &keyed{ids: ids, items: byID(v)}, true
}

func (k *keyed) remove(id string) {
	if _, ok := k.items[id]; !ok {
		return
	}
	delete(k.items, id)
	for i, x := range k.ids {
		if x == id {
			k.ids = append(k.ids[:i], k.ids[i+1:]...)
			return
		}
	}
}

// apply writes op's value into the tree at *root.
func apply(root *any, op *Op) {
	var buf [8]segment
	segs, ok := appendPath(buf[:0], op.Path)
	if !ok {
		return
	}
	var value any
	switch {
	case op.New == nil:
	case len(op.New) < bigValue:
		if value, ok = valueOf(op.New); !ok {
			return
		}
	default: // parsed once, copied at each Fold: copying is the cheaper
		if op.parsed == nil {
			v, ok := valueOf(op.New)
			if !ok {
				return
			}
			op.parsed = &v
		}
		value = deepCopy(*op.parsed)
	}
	set(root, schema(), segs, value)
}

// bigValue is the size from which apply keeps a value's tree (the import's
// whole incident, an element added whole).
const bigValue = 512

// deepCopy copies a tree; strings and numbers are shared (immutable).
func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		c := maps.Clone(v)
		for k, x := range c {
			switch x.(type) {
			case map[string]any, []any:
				c[k] = deepCopy(x)
			}
		}
		return c
	case []any:
		c := slices.Clone(v)
		for i, x := range c {
			c[i] = deepCopy(x)
		}
		return c
	case *keyed: // a list while Fold works on it (a tree kept by Merge)
		c := &keyed{ids: slices.Clone(v.ids), items: make(map[string]any, len(v.items))}
		for id, x := range v.items {
			c.items[id] = deepCopy(x)
		}
		return c
	}
	return v
}

// valueOf parses a canonical value.
func valueOf(b []byte) (any, bool) {
	if s, ok := plainString(b); ok {
		return s, true
	}
	v, err := parseValue(b)
	return v, err == nil
}

// plainString is the text of b when b is a JSON string with nothing to
// unescape (what most operations write): what parseValue reads, without
// the reader. It reports false for anything else, parseValue's to read.
func plainString(b []byte) (string, bool) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return "", false
	}
	s := b[1 : len(b)-1]
	ascii := true
	for _, c := range s {
		switch {
		case c == '"' || c == '\\' || c < 0x20:
			return "", false
		case c >= 0x80:
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(s) {
		return "", false
	}
	return string(s), true
}

// set writes value at segs below *slot, whose node is n. It creates the
// containers n says are there, but no element or entry.
func set(slot *any, n *node, segs []segment, value any) {
	if len(segs) == 0 {
		*slot = value
		return
	}
	if n != nil && n.kind == leaf {
		return // a value written whole has no parts to write
	}
	seg, last := segs[0], len(segs) == 1
	child := n.child(seg)
	if *slot == nil && n != nil {
		switch {
		case n.kind == record && !seg.keyed, n.kind == dict && seg.keyed:
			*slot = map[string]any{}
		case n.kind == idList && seg.keyed:
			*slot = &keyed{items: map[string]any{}}
		}
	}
	switch c := (*slot).(type) {
	case map[string]any:
		if n != nil && (n.kind == dict) != seg.keyed {
			return // a key where the shape has a field, or the reverse
		}
		v, ok := c[seg.name]
		switch {
		case last && value == nil:
			delete(c, seg.name)
		case last:
			c[seg.name] = value
		case !ok && seg.keyed:
			// never invent an entry
		default:
			set(&v, child, segs[1:], value)
			c[seg.name] = v
		}
	case []any, *keyed:
		if !seg.keyed {
			return
		}
		k, ok := keyedOf(c)
		if !ok {
			return
		}
		*slot = k
		v, ok := k.items[seg.name]
		switch {
		case last && value == nil:
			k.remove(seg.name)
		case last:
			if m, isObj := value.(map[string]any); !isObj || m["id"] != seg.name {
				return // an element must carry the id it is filed under
			}
			if !ok {
				k.ids = append(k.ids, seg.name)
			}
			k.items[seg.name] = value
		case ok:
			set(&v, child, segs[1:], value)
			k.items[seg.name] = v
		}
	}
}

// get returns the value at segs below v (nil when there is none).
func get(v any, segs []segment) any {
	for _, seg := range segs {
		switch c := v.(type) {
		case map[string]any:
			v = c[seg.name]
		case *keyed:
			v = c.items[seg.name]
		case []any:
			v = nil
			for _, e := range c {
				if m, ok := e.(map[string]any); ok && m["id"] == seg.name {
					v = m
					break
				}
			}
		default:
			return nil
		}
	}
	return v
}
