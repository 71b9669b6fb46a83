package draft

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// lazyRegexp is a regular expression compiled on its first use. The app
// loads this package before its first screen, and compiling some forty
// expressions at package initialisation cost every start-up the work and the
// code of regexp's parser and compiler; most screens never lint a draft.
// Declare one as a pointer to a literal (`var x = &lazyRegexp{expr: ...}`),
// which Go initialises without running code. An invalid expression panics at
// its first use, as regexp.MustCompile would at start-up (TestLazyRegexps
// compiles every one).
//
// A text is searched only if it contains one of the strings every match
// contains (need, found from the expression's syntax): Go's regexp has no
// such prefilter, and the lint runs some twenty expressions over a large
// incident's drafts (a megabyte of text, the time line again and again),
// which in wasm took most of the dashboard's time. A text without any of
// them gets the answer of no match at once.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	need []needle // nil: none known, every text is searched
	fold bool     // a needle is matched ignoring case
	pre  *prefilter
}

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		l.re = regexp.MustCompile(l.expr)
		if re, err := syntax.Parse(l.expr, syntax.Perl); err == nil {
			l.need = required(re.Simplify())
			for _, n := range l.need {
				l.fold = l.fold || n.fold
			}
			if l.need != nil {
				l.pre = newPrefilter(l.need)
			}
		}
	})
	return l.re
}

// may reports whether s can hold a match: false only when s contains none
// of the needles.
func (l *lazyRegexp) may(s string) bool {
	l.get()
	if l.pre == nil || l.pre.any(s) {
		return true
	}
	// The only runes outside ASCII that match an ASCII letter ignoring case
	// (ſ for s, the Kelvin sign for k): the prefilter does not see them.
	return l.fold && (strings.ContainsRune(s, 'ſ') || strings.ContainsRune(s, '\u212A'))
}

// prefilter finds whether a text contains one of some needles in one pass:
// each pair of bytes (ASCII letters in lower case) that begins a needle is
// marked in a table, and a needle is compared only where its pair is.
type prefilter struct {
	pairs  [1 << 16 / 64]uint64 // marked pairs (first byte << 8 | second)
	byPair map[uint16][]needle
	short  []needle // needles of one byte
}

func newPrefilter(need []needle) *prefilter {
	p := &prefilter{byPair: map[uint16][]needle{}}
	for _, n := range need {
		if len(n.s) < 2 {
			p.short = append(p.short, n)
			continue
		}
		k := pairKey(n.s[0], n.s[1])
		p.pairs[k>>6] |= 1 << (k & 63)
		p.byPair[k] = append(p.byPair[k], n)
	}
	return p
}

func pairKey(a, b byte) uint16 { return uint16(lowerASCII(a))<<8 | uint16(lowerASCII(b)) }

// any reports whether s contains one of the needles.
func (p *prefilter) any(s string) bool {
	for _, n := range p.short {
		if n.fold && containsFoldASCII(s, n.s) || !n.fold && strings.Contains(s, n.s) {
			return true
		}
	}
	for i := 0; i+1 < len(s); i++ {
		k := pairKey(s[i], s[i+1])
		if p.pairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, n := range p.byPair[k] {
			if len(s)-i < len(n.s) {
				continue
			}
			if n.fold && equalFoldASCII(s[i:i+len(n.s)], n.s) || !n.fold && s[i:i+len(n.s)] == n.s {
				return true
			}
		}
	}
	return false
}

func (l *lazyRegexp) MatchString(s string) bool { return l.may(s) && l.get().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.get().FindString(s)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	if !l.may(s) {
		return s
	}
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !l.may(s) {
		return s
	}
	return l.get().ReplaceAllStringFunc(s, repl)
}
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllString(s, n)
}
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.get().FindAllStringSubmatchIndex(s, n)
}

// needle is a string that a match contains: as it is, or with fold in any
// ASCII case (then s is in lower case).
type needle struct {
	s    string
	fold bool
}

// maxNeedles: an expression needing one of more strings is searched anyway.
const maxNeedles = 32

// required returns strings of which every match of re contains one, or nil
// when it finds none (re may match without any fixed text).
func required(re *syntax.Regexp) []needle {
	switch re.Op {
	case syntax.OpLiteral:
		return literalNeedle(re)
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every part matches: the part with the most telling needles.
		var best []needle
		for _, sub := range re.Sub {
			if n := required(sub); n != nil && better(n, best) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		// One branch matches: a needle of every branch.
		var out []needle
		seen := map[needle]bool{}
		for _, sub := range re.Sub {
			n := required(sub)
			if n == nil {
				return nil
			}
			for _, x := range n {
				if !seen[x] {
					seen[x] = true
					out = append(out, x)
				}
			}
		}
		if len(out) > maxNeedles {
			return nil
		}
		return out
	}
	return nil
}

// literalNeedle is the text of a literal; ignoring case, in lower case,
// or nil when a rune of it outside ASCII has other cases.
func literalNeedle(re *syntax.Regexp) []needle {
	if re.Flags&syntax.FoldCase == 0 {
		return []needle{{s: string(re.Rune)}}
	}
	rs := make([]rune, len(re.Rune))
	for i, r := range re.Rune {
		if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
			return nil
		}
		rs[i] = unicode.ToLower(r)
		if r >= utf8.RuneSelf {
			rs[i] = r
		}
	}
	return []needle{{s: string(rs), fold: true}}
}

// better: the shortest needle of n is longer than best's, or as long with
// fewer needles.
func better(n, best []needle) bool {
	if best == nil {
		return true
	}
	a, b := shortest(n), shortest(best)
	return a > b || a == b && len(n) < len(best)
}

func shortest(ns []needle) int {
	m := -1
	for _, n := range ns {
		if m < 0 || len(n.s) < m {
			m = len(n.s)
		}
	}
	return m
}

// containsFoldASCII reports whether s contains sub (lower case) with its
// ASCII letters in any case.
func containsFoldASCII(s, sub string) bool {
	n := len(sub)
	if n == 0 {
		return true
	}
	c0 := sub[0]
	for i := 0; i+n <= len(s); i++ {
		if lowerASCII(s[i]) != c0 {
			continue
		}
		j := 1
		for j < n && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether s is sub (lower case) with its ASCII
// letters in any case.
func equalFoldASCII(s, sub string) bool {
	for i := 0; i < len(sub); i++ {
		if lowerASCII(s[i]) != sub[i] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
