package oplog

import (
	"bytes"
	"fmt"
	"slices"

	"breachdesk/app/incident"
)

// Diff returns the operations that turn old into new: the fewest writes of
// whole values at the innermost paths that changed. A field of an object
// is compared on its own; an element of a list whose elements carry unique
// ids is added, removed or changed by id; a map's entry by key. A list
// whose order changed otherwise than by removing elements and adding new
// ones at its end, a list without unique ids, and every other value
// (texts, numbers, counts, figures, status histories, residence rows) is
// written whole. The operations carry Incident, Path, Old and New; Add
// completes and signs them. old may be nil (a new incident: one write of
// the whole incident).
//
// Applying the result to old in order gives exactly new, which the tests
// check on random pairs.
func Diff(old, new *incident.Incident) ([]Op, error) {
	if new == nil {
		return nil, fmt.Errorf("oplog: Diff to nil")
	}
	if old != nil && old.ID != new.ID {
		return nil, fmt.Errorf("oplog: Diff between two incidents (%q and %q)", old.ID, new.ID)
	}
	b, err := incident.Encode(new)
	if err != nil {
		return nil, err
	}
	var a []byte
	if old != nil {
		if a, err = incident.Encode(old); err != nil {
			return nil, err
		}
	}
	return DiffStored(new.ID, a, b)
}

// localOnly are the incident's fields that stay in this browser and are
// never recorded as changes nor shared: what its user typed into a form and
// has not submitted yet.
var localOnly = []string{"unsubmitted"}

type differ struct {
	incident string
	ops      []Op
	err      error // a value DiffStored could not read
}

func (d *differ) write(path string, a, b any) {
	d.ops = append(d.ops, Op{Incident: d.incident, Path: path, Old: canonical(a), New: canonical(b)})
}

// walk adds the operations that turn a into b at path, whose node is n.
func (d *differ) walk(n *node, path string, a, b any) {
	switch n.kind {
	case record, dict:
		ma, okA := a.(map[string]any)
		mb, okB := b.(map[string]any)
		if n.kind == dict { // an absent map is an empty one, as for id lists below
			okA, okB = okA || a == nil, okB || b == nil && n.omitEmpty
		}
		if okA && okB {
			d.members(n, path, ma, mb)
			return
		}
	case idList:
		la, okA := idsOf(a)
		lb, okB := idsOf(b)
		// (a list that becomes null is written whole, unless the stored
		// form leaves an empty list out: Fold would leave [])
		if okA && okB && (a == nil || b != nil || n.omitEmpty) && appendOnly(la, lb) {
			d.elements(n, path, a, b, la, lb)
			return
		}
	}
	if !equalTrees(a, b) {
		d.write(path, a, b)
	}
}

func (d *differ) members(n *node, path string, a, b map[string]any) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if path == "" && k == updatedAt {
			continue // not an edit: Fold derives it
		}
		if n.kind == dict {
			d.walk(n.elem, keyOf(path, k), a[k], b[k])
			continue
		}
		child := n.fields[k]
		if child == nil {
			child = &node{kind: leaf}
		}
		d.walk(child, field(path, k), a[k], b[k])
	}
}

// elements compares two id lists element by element: removals first, in
// the old order, then changes, then additions in the new order (which
// Fold appends, so that the order comes out as in b).
func (d *differ) elements(n *node, path string, a, b any, la, lb []string) {
	ea, eb := byID(a), byID(b)
	for _, id := range la {
		if _, kept := eb[id]; !kept {
			d.write(keyOf(path, id), ea[id], nil)
		}
	}
	for _, id := range lb {
		if old, ok := ea[id]; ok {
			d.walk(n.elem, keyOf(path, id), old, eb[id])
		}
	}
	for _, id := range lb {
		if _, ok := ea[id]; !ok {
			d.write(keyOf(path, id), nil, eb[id])
		}
	}
}

// idsOf returns the ids of a list whose elements are all objects with a
// unique, non-empty string "id"; absent (nil) counts as the empty list.
func idsOf(v any) ([]string, bool) {
	if v == nil {
		return nil, true
	}
	l, ok := v.([]any)
	if !ok {
		return nil, false
	}
	ids := make([]string, len(l))
	seen := make(map[string]bool, len(l))
	for i, e := range l {
		m, ok := e.(map[string]any)
		if !ok {
			return nil, false
		}
		id, ok := m["id"].(string)
		if !ok || id == "" || seen[id] {
			return nil, false
		}
		seen[id] = true
		ids[i] = id
	}
	return ids, true
}

func byID(v any) map[string]any {
	l, _ := v.([]any)
	m := make(map[string]any, len(l))
	for _, e := range l {
		m[e.(map[string]any)["id"].(string)] = e
	}
	return m
}

// appendOnly reports whether b is a with some ids removed and new ones
// added at the end: the changes Fold can replay element by element.
func appendOnly(a, b []string) bool {
	inB := make(map[string]bool, len(b))
	for _, id := range b {
		inB[id] = true
	}
	i := 0
	for _, id := range a {
		if !inB[id] {
			continue
		}
		if i >= len(b) || b[i] != id {
			return false
		}
		i++
	}
	inA := make(map[string]bool, len(a))
	for _, id := range a {
		inA[id] = true
	}
	for _, id := range b[i:] {
		if inA[id] {
			return false
		}
	}
	return true
}

func equalTrees(a, b any) bool {
	switch a := a.(type) {
	case nil:
		return b == nil
	case string:
		s, ok := b.(string)
		return ok && a == s
	case number:
		s, ok := b.(number)
		return ok && a == s
	case bool:
		s, ok := b.(bool)
		return ok && a == s
	}
	return bytes.Equal(canonical(a), canonical(b))
}
