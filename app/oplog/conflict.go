package oplog

import (
	"bytes"
	"cmp"
	stdjson "encoding/json"
	"fmt"
	"slices"
)

// A conflict is two or more concurrent operations (neither had seen the
// other) that are still the latest at their paths, writing the same path
// with different values, or one writing a path and another inside it
// ("parties[p1]" removed while "parties[p1].name" was edited). An
// operation stops being the latest at its path when one that had seen it
// writes that path or a path around it. So a conflict lasts until someone
// who has seen all its sides writes the path they share: keep mine, take
// theirs and a new value are all that (Resolve), never a silent choice.

// Conflict is one conflict: the outermost path its sides wrote (every side
// wrote it or inside it), the value Fold keeps there for now, and the sides.
type Conflict struct {
	Path    string
	Current []byte // canonical JSON in Fold; nil: absent
	Sides   []Side // in the order of Fold
}

// Side is one operation of a conflict and what it meant at the conflict's
// path: the value there as its author had it just after writing.
type Side struct {
	Op
	Value []byte // canonical JSON at Conflict.Path; nil: absent
}

// Conflicts returns the conflicts of the log, by path.
func (l *Log) Conflicts() []Conflict { return l.conflicts(nil) }

// conflicts is Conflicts with the tree Fold built, when at hand.
func (l *Log) conflicts(current any) []Conflict {
	groups := l.conflictGroups()
	if len(groups) == 0 {
		return nil
	}
	if current == nil {
		current = foldTree(nil, l.ops)
	}
	out := make([]Conflict, 0, len(groups))
	for _, g := range groups {
		top := l.ops[g[0]].Path
		for _, i := range g {
			if p := l.ops[i].Path; len(p) < len(top) {
				top = p
			}
		}
		segs, _ := parsePath(top)
		c := Conflict{Path: top, Current: canonical(get(current, segs))}
		for _, i := range g {
			c.Sides = append(c.Sides, Side{Op: l.ops[i], Value: l.valueAfter(i, top, segs)})
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Conflict) int { return cmp.Compare(a.Path, b.Path) })
	return out
}

// conflictGroups returns the positions of the operations in conflict,
// grouped (a group is connected by pairs in conflict), each group and the
// groups in the order of Fold.
func (l *Log) conflictGroups() [][]int {
	if len(l.chains) < 2 {
		return nil // one device's operations each saw the ones before: none concurrent
	}
	devs := make(map[string]int, len(l.chains))
	for d := range l.chains {
		devs[d] = len(devs)
	}
	nd := len(devs)
	// knows[p*nd+d]: the most of device d's operations that some write of
	// path p had seen (a write has seen its own device's earlier ones).
	pathOf := map[string]int{}
	var knows []uint64
	zeros := make([]uint64, nd)
	byPath := make([]int, len(l.ops))
	for i := range l.ops {
		op := &l.ops[i]
		p, ok := pathOf[op.Path]
		if !ok {
			p = len(pathOf)
			pathOf[op.Path] = p
			knows = append(knows, zeros...)
		}
		byPath[i] = p
		row := knows[p*nd : (p+1)*nd]
		for d, n := range op.Seen {
			if j, ok := devs[d]; ok {
				row[j] = max(row[j], n)
			}
		}
		j := devs[op.Device]
		row[j] = max(row[j], op.Seq-1)
	}
	// An operation is the latest at its path unless a write of its path, or
	// of a path around it, had seen it.
	latest := make([][]int, len(pathOf))
	for i := range l.ops {
		op := &l.ops[i]
		d := devs[op.Device]
		over := knows[byPath[i]*nd+d] >= op.Seq
		ancestors(op.Path, func(a string) {
			if p, ok := pathOf[a]; ok && !over {
				over = knows[p*nd+d] >= op.Seq
			}
		})
		if !over {
			latest[byPath[i]] = append(latest[byPath[i]], i)
		}
	}
	parent := make([]int, len(l.ops))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	inConflict := map[int]bool{}
	conflict := func(a, b int) {
		ra, rb := find(a), find(b)
		parent[max(ra, rb)] = min(ra, rb)
		inConflict[a], inConflict[b] = true, true
	}
	for _, ids := range latest {
		if len(ids) == 0 {
			continue
		}
		path := l.ops[ids[0]].Path
		for x, i := range ids {
			b := &l.ops[i]
			for _, j := range ids[x+1:] { // the same path: concurrent, as both are the latest
				if !bytes.Equal(b.New, l.ops[j].New) {
					conflict(i, j)
				}
			}
			ancestors(path, func(a string) {
				p, ok := pathOf[a]
				if !ok {
					return
				}
				for _, j := range latest[p] {
					if !b.saw(&l.ops[j]) {
						conflict(i, j)
					}
				}
			})
		}
	}
	groups := map[int][]int{}
	for i := range inConflict {
		r := find(i)
		groups[r] = append(groups[r], i)
	}
	out := make([][]int, 0, len(groups))
	for _, g := range groups {
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// valueAfter is the value at path (segs) as the author of operation i had
// it just after making it: the fold of what it had seen, and itself, of
// the operations that wrote the path, around it or inside it.
func (l *Log) valueAfter(i int, path string, segs []segment) []byte {
	op := &l.ops[i]
	if op.Path == path {
		return op.New
	}
	var root any
	for j := 0; j <= i; j++ {
		o := &l.ops[j]
		if (j == i || op.saw(o)) && related(o.Path, path) {
			apply(&root, o)
		}
	}
	return canonical(get(root, segs))
}

// Resolve returns the operation that settles the conflict with value
// (canonical JSON, see Value; nil removes the value): to Add, which makes
// it have seen every side.
func (c Conflict) Resolve(value []byte) Op {
	return Op{Kind: Resolved, Path: c.Path, Old: c.Current, New: value}
}

// Take settles the conflict with one side's value ("take theirs").
func (c Conflict) Take(side int) Op { return c.Resolve(c.Sides[side].Value) }

// Keep settles the conflict with the value of device's own side ("keep
// mine"): its last side if it has several. It reports false when device
// has no side in the conflict.
func (c Conflict) Keep(device string) (Op, bool) {
	for i := len(c.Sides) - 1; i >= 0; i-- {
		if c.Sides[i].Device == device {
			return c.Take(i), true
		}
	}
	return Op{}, false
}

// Value is the canonical JSON of a Go value, for Resolve ("write a new
// value"): Value("Sample Co.") is the text, Value(nil) is nil (absent).
func Value(v any) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	b, err := stdjson.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("oplog: %w", err)
	}
	t, serr := parseValue(b)
	if serr != nil {
		return nil, fmt.Errorf("oplog: cannot read the encoded value")
	}
	return canonical(t), nil
}
