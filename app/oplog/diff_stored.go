package oplog

import (
	"bytes"
	"fmt"
	"slices"
)

// DiffStored is Diff between two versions of the incident id given in their
// stored form (incident.Encode's bytes; old nil for a new incident). A
// value whose bytes are the same in both is left unread; an object or a
// list of elements with ids is split into its members or elements by
// scanning its bytes, and only the values whose bytes differ are read into
// trees and compared as Diff does, so an edit of one event of a thousand
// costs a scan of the bytes, not two trees of the whole incident. A desk
// that keeps the bytes it last recorded from (the log's base) encodes only
// the new version, which it saves too. The operations are Diff's, in
// Diff's order (TestDiffStoredIsDiff).
func DiffStored(id string, old, new []byte) ([]Op, error) {
	d := differ{incident: id}
	if old == nil {
		b, err := storedTree(new)
		if err != nil {
			return nil, err
		}
		d.write("", nil, b)
		return d.ops, nil
	}
	ma, okA := splitObject(old)
	mb, okB := splitObject(new)
	if !okA || !okB {
		return nil, fmt.Errorf("oplog: DiffStored of a value that is not an incident's stored form")
	}
	if ia, ib := memberValue(ma, "id"), memberValue(mb, "id"); !bytes.Equal(ia, ib) {
		return nil, fmt.Errorf("oplog: Diff between two incidents (%s and %s)", ia, ib)
	}
	d.storedMembers(schema(), "", ma, mb)
	if d.err != nil {
		return nil, d.err
	}
	return d.ops, nil
}

// storedTree is the tree of an incident's stored form, its local-only
// fields left out.
func storedTree(data []byte) (any, error) {
	t, serr := parseValue(data)
	if serr != nil {
		return nil, fmt.Errorf("oplog: cannot read the encoded incident at byte %d: %s", serr.offset, serr.code)
	}
	if m, ok := t.(map[string]any); ok {
		for _, k := range localOnly {
			delete(m, k)
		}
	}
	return t, nil
}

// tree reads one value's bytes into a tree (nil bytes: absent, nil).
func (d *differ) tree(raw []byte) any {
	if raw == nil {
		return nil
	}
	t, serr := parseValue(raw)
	if serr != nil && d.err == nil {
		d.err = fmt.Errorf("oplog: cannot read the encoded incident: %s", serr.code)
	}
	return t
}

// stored is walk on the values' bytes (nil: absent). Whatever it cannot
// split as walk would go (a value that is not an object or a list of
// elements with ids where the schema expects one, null, a list whose order
// changed) is read into trees and given to walk, so the result is walk's.
func (d *differ) stored(n *node, path string, a, b []byte) {
	if bytes.Equal(a, b) && (a == nil) == (b == nil) {
		return // the same bytes: the same tree, and walk writes nothing for equal trees
	}
	switch n.kind {
	case record, dict:
		ma, okA := splitObject(a)
		mb, okB := splitObject(b)
		if okA && okB {
			d.storedMembers(n, path, ma, mb)
			return
		}
	case idList:
		ea, la, okA := splitIDList(a)
		eb, lb, okB := splitIDList(b)
		if okA && okB {
			if slices.Equal(la, lb) { // the common case: elements edited in place
				for i, id := range lb {
					if !bytes.Equal(ea[i], eb[i]) {
						d.stored(n.elem, keyOf(path, id), ea[i], eb[i])
					}
				}
				return
			}
			if appendOnly(la, lb) {
				d.storedElements(n, path, ea, eb, la, lb)
				return
			}
		}
	}
	d.walk(n, path, d.tree(a), d.tree(b))
}

// storedMembers is members on split objects (at the root, without the
// local-only fields, which are never recorded).
func (d *differ) storedMembers(n *node, path string, a, b []member) {
	keys := make([]string, 0, len(a)+len(b))
	for _, m := range a {
		keys = append(keys, m.key)
	}
	for _, m := range b {
		if memberValue(a, m.key) == nil {
			keys = append(keys, m.key)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if path == "" && (k == updatedAt || slices.Contains(localOnly, k)) {
			continue
		}
		va, vb := memberValue(a, k), memberValue(b, k)
		if bytes.Equal(va, vb) && (va == nil) == (vb == nil) {
			continue
		}
		if n.kind == dict {
			d.stored(n.elem, keyOf(path, k), va, vb)
			continue
		}
		child := n.fields[k]
		if child == nil {
			child = &node{kind: leaf}
		}
		d.stored(child, field(path, k), va, vb)
	}
}

// storedElements is elements on split lists.
func (d *differ) storedElements(n *node, path string, a, b [][]byte, la, lb []string) {
	ea, eb := make(map[string][]byte, len(la)), make(map[string][]byte, len(lb))
	for i, id := range la {
		ea[id] = a[i]
	}
	for i, id := range lb {
		eb[id] = b[i]
	}
	for _, id := range la {
		if _, kept := eb[id]; !kept {
			d.write(keyOf(path, id), d.tree(ea[id]), nil)
		}
	}
	for _, id := range lb {
		if old, ok := ea[id]; ok && !bytes.Equal(old, eb[id]) {
			d.stored(n.elem, keyOf(path, id), old, eb[id])
		}
	}
	for _, id := range lb {
		if _, ok := ea[id]; !ok {
			d.write(keyOf(path, id), nil, d.tree(eb[id]))
		}
	}
}

// member is one member of an object as stored: its key read, its value's
// bytes.
type member struct {
	key string
	val []byte
}

// memberValue is the bytes of the member key (nil: absent).
func memberValue(ms []member, key string) []byte {
	for _, m := range ms {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

// splitObject splits an object's bytes into its members, unread; false
// for anything else (nil, null, a list, bytes it cannot scan).
func splitObject(raw []byte) ([]member, bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return nil, false
	}
	i = skipSpace(raw, i+1)
	var ms []member
	if i < len(raw) && raw[i] == '}' {
		return ms, true
	}
	for i < len(raw) {
		if raw[i] != '"' {
			return nil, false
		}
		end := skipString(raw, i)
		if end < 0 {
			return nil, false
		}
		key, ok := readString(raw[i:end])
		if !ok {
			return nil, false
		}
		i = skipSpace(raw, end)
		if i >= len(raw) || raw[i] != ':' {
			return nil, false
		}
		start := skipSpace(raw, i+1)
		end = skipValue(raw, start)
		if end < 0 {
			return nil, false
		}
		ms = append(ms, member{key: key, val: raw[start:end]})
		i = skipSpace(raw, end)
		switch {
		case i < len(raw) && raw[i] == ',':
			i = skipSpace(raw, i+1)
		case i < len(raw) && raw[i] == '}':
			return ms, true
		default:
			return nil, false
		}
	}
	return nil, false
}

// splitIDList splits a list's bytes into its elements and their ids, when
// every element is an object with a unique, non-empty string "id" (idsOf);
// false for anything else (nil and null included: walk decides then).
func splitIDList(raw []byte) ([][]byte, []string, bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '[' {
		return nil, nil, false
	}
	i = skipSpace(raw, i+1)
	var (
		elems [][]byte
		ids   []string
	)
	if i < len(raw) && raw[i] == ']' {
		return elems, ids, true
	}
	seen := map[string]bool{}
	for i < len(raw) {
		end := skipValue(raw, i)
		if end < 0 {
			return nil, nil, false
		}
		e := raw[i:end]
		id, ok := idOf(e)
		if !ok || id == "" || seen[id] {
			return nil, nil, false
		}
		seen[id] = true
		elems, ids = append(elems, e), append(ids, id)
		i = skipSpace(raw, end)
		switch {
		case i < len(raw) && raw[i] == ',':
			i = skipSpace(raw, i+1)
		case i < len(raw) && raw[i] == ']':
			return elems, ids, true
		default:
			return nil, nil, false
		}
	}
	return nil, nil, false
}

// idOf is the string member "id" of an object's bytes, found without
// reading the other members; false when it is absent or not a string, or
// when a key is escaped (then walk reads the list).
func idOf(raw []byte) (string, bool) {
	if len(raw) == 0 || raw[0] != '{' {
		return "", false
	}
	i := skipSpace(raw, 1)
	for i < len(raw) && raw[i] == '"' {
		end := skipString(raw, i)
		if end < 0 || bytes.IndexByte(raw[i:end], '\\') >= 0 {
			return "", false
		}
		isID := string(raw[i:end]) == `"id"`
		i = skipSpace(raw, end)
		if i >= len(raw) || raw[i] != ':' {
			return "", false
		}
		start := skipSpace(raw, i+1)
		end = skipValue(raw, start)
		if end < 0 {
			return "", false
		}
		if isID {
			if raw[start] != '"' {
				return "", false
			}
			return readString(raw[start:end])
		}
		i = skipSpace(raw, end)
		if i >= len(raw) || raw[i] != ',' {
			return "", false
		}
		i = skipSpace(raw, i+1)
	}
	return "", false
}

// readString reads a JSON string's bytes (quotes included).
func readString(raw []byte) (string, bool) {
	if len(raw) >= 2 && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), true
	}
	r := &reader{data: raw}
	s := r.text()
	return s, r.err == nil && r.pos == len(raw)
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the end of the string starting at b[i] ('"'), -1 when
// it does not end.
func skipString(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return -1
}

// skipValue returns the end of the value starting at b[i], -1 when it
// cannot tell. It does not check the value (readers of what it delimits
// do): its input is incident.Encode's.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				end := skipString(b, j)
				if end < 0 {
					return -1
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return -1
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	if j == i {
		return -1
	}
	return j
}
