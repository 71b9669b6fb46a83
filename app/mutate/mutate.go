// Package mutate makes hostile variants of a file for the soak tests
// (make soak): each Next is one seeded, reproducible mutation of one of the
// seeds, from a flipped byte to a JSON tree with a value of the wrong kind,
// a huge number, a deep nesting or a truncated tail. It is pure Go and
// imports nothing of the app.
package mutate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// Mutator turns seeds into mutated files, deterministically for a seed number.
type Mutator struct {
	seeds [][]byte
	rng   *rand.Rand
}

// New returns a mutator over seeds (the files to start from) whose
// sequence is fixed by seed.
func New(seed uint64, seeds ...[]byte) *Mutator {
	return &Mutator{seeds: seeds, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Next returns the next mutated file and a short name of what was done.
func (m *Mutator) Next() ([]byte, string) {
	src := m.seeds[m.rng.IntN(len(m.seeds))]
	n := 1 + m.rng.IntN(3)
	out := append([]byte(nil), src...)
	var did []string
	for range n {
		var what string
		out, what = m.once(out)
		did = append(did, what)
	}
	return out, strings.Join(did, "+")
}

// tokens are bits of JSON (and of not quite JSON) spliced into a file.
var tokens = []string{
	`"`, `{`, `}`, `[`, `]`, `,`, `:`, `null`, `true`, `false`, `-1`, `0`, `1e999`, `-0`, `1.5`,
	`9223372036854775808`, `-9223372036854775809`, `""`, `"\u0000"`, `"\ud800"`, `"\\"`, `{}`, `[]`,
	`"2026-13-45T99:99:99Z"`, `"0000-01-01T00:00:00Z"`, `"9999-12-31T23:59:59+14:00"`, `"<script>alert(1)</script>"`,
	`"Asia/Nowhere"`, `"../../etc/passwd"`, "\xff\xfe", "\x00", `"\u202e"`, `NaN`, `Infinity`, `/*`, `'`,
}

func (m *Mutator) once(b []byte) ([]byte, string) {
	r := m.rng
	if len(b) == 0 {
		return []byte(tokens[r.IntN(len(tokens))]), "token"
	}
	switch r.IntN(12) {
	case 0: // flip bits of a few bytes
		for range 1 + r.IntN(4) {
			b[r.IntN(len(b))] ^= byte(1 << r.IntN(8))
		}
		return b, "flip"
	case 1: // cut the tail
		return b[:r.IntN(len(b))], "truncate"
	case 2: // delete a span
		i := r.IntN(len(b))
		j := min(len(b), i+1+r.IntN(64))
		return append(b[:i:i], b[j:]...), "delete"
	case 3: // repeat a span
		i := r.IntN(len(b))
		j := min(len(b), i+1+r.IntN(200))
		k := r.IntN(len(b))
		return splice(b, k, b[i:j]), "duplicate"
	case 4: // insert a token
		return splice(b, r.IntN(len(b)+1), []byte(tokens[r.IntN(len(tokens))])), "token"
	case 5: // replace a byte with a structural one
		b[r.IntN(len(b))] = `{}[]",:0\`[r.IntN(9)]
		return b, "byte"
	case 6: // a deep nesting
		d := 50 + r.IntN(200)
		return splice(b, r.IntN(len(b)+1), []byte(strings.Repeat("[", d)+strings.Repeat("]", d))), "nest"
	case 7: // an empty or whitespace file, or another format's bytes
		return [][]byte{nil, []byte(" \n"), []byte("PK\x03\x04"), []byte("%PDF-1.7"), []byte("\xef\xbb\xbf{}")}[r.IntN(5)], "other"
	}
	return m.tree(b)
}

func splice(b []byte, at int, ins []byte) []byte {
	out := make([]byte, 0, len(b)+len(ins))
	out = append(out, b[:at]...)
	out = append(out, ins...)
	return append(out, b[at:]...)
}

// tree changes one value of the decoded JSON and encodes it again: a file
// that is JSON, with a value of the wrong kind, out of range, removed or
// multiplied.
func (m *Mutator) tree(b []byte) ([]byte, string) {
	var v any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if d.Decode(&v) != nil {
		return splice(b, m.rng.IntN(len(b)+1), []byte(tokens[m.rng.IntN(len(tokens))])), "token"
	}
	type node struct {
		get func() any
		set func(any)
	}
	var nodes []node
	var walk func(get func() any, set func(any))
	walk = func(get func() any, set func(any)) {
		nodes = append(nodes, node{get, set})
		switch x := get().(type) {
		case map[string]any:
			for _, k := range sortedKeys(x) {
				walk(func() any { return x[k] }, func(v any) { x[k] = v })
			}
		case []any:
			for i := range x {
				walk(func() any { return x[i] }, func(v any) { x[i] = v })
			}
		}
	}
	walk(func() any { return v }, func(n any) { v = n })
	pick := nodes[m.rng.IntN(len(nodes))]
	cur := pick.get()
	p := &cur
	what := m.value(p)
	pick.set(*p)
	out, err := json.Marshal(v)
	if err != nil {
		return b, "tree-unencodable"
	}
	return out, "tree-" + what
}

// value replaces or changes the value at p.
func (m *Mutator) value(p *any) string {
	r := m.rng
	switch x := (*p).(type) {
	case map[string]any:
		if len(x) > 0 && r.IntN(2) == 0 {
			delete(x, sortedKeys(x)[r.IntN(len(x))])
			return "drop-key"
		}
		x[fmt.Sprintf("unknown%d", r.IntN(100))] = r.IntN(10)
		return "add-key"
	case []any:
		if len(x) > 0 && r.IntN(2) == 0 {
			n := 1 + r.IntN(300)
			for range n {
				x = append(x, x[r.IntN(len(x))])
			}
			*p = x
			return "multiply"
		}
		*p = x[:r.IntN(len(x)+1)]
		return "shorten"
	}
	kinds := []any{
		nil, true, json.Number("-1"), json.Number("0"), json.Number("1e308"), json.Number("123456789012345678901234567890"),
		json.Number("-0.5"), "", strings.Repeat("長", 40000), "2026-02-30T10:00:00+09:00", "not a date", "\u0000\u202e",
		map[string]any{}, []any{}, []any{nil}, map[string]any{"id": "x"},
	}
	*p = kinds[r.IntN(len(kinds))]
	return "retype"
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
