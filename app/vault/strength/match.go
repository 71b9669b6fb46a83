package strength

import (
	"math"
	"strings"
)

// match is a piece of the passphrase that an attacker guesses as a whole:
// the runes [i, j) and log10 of the guesses it costs.
type match struct {
	logG      float64
	i, j      int
	what      label
	leet, rev bool // a word with look-alike symbols, or spelt backwards
	sep       bool // a separator between pieces: not counted as a piece
}

// label is what a match is: its kind and its reason.
type label uint8

const (
	lCommon label = iota
	lWord
	lJapanese
	lCompany
	lTitle
	lEmail
	lPerson
	lKeyboard
	lSequence
	lRepeat
	lYear
	lDate
	lSeparator
)

var labels = [...]struct {
	kind   Kind
	reason Reason
}{
	lCommon:    {KindCommon, ReasonCommon},
	lWord:      {KindWord, ReasonWord},
	lJapanese:  {KindJapanese, ReasonJapanese},
	lCompany:   {KindHint, ReasonCompany},
	lTitle:     {KindHint, ReasonTitle},
	lEmail:     {KindHint, ReasonEmail},
	lPerson:    {KindHint, ReasonPerson},
	lKeyboard:  {KindKeyboard, ReasonKeyboard},
	lSequence:  {KindSequence, ReasonSequence},
	lRepeat:    {KindRepeat, ReasonRepeat},
	lYear:      {KindYear, ReasonYear},
	lDate:      {KindDate, ReasonDate},
	lSeparator: {KindSeparator, ""},
}

const log2 = 0.30102999566398120 // log10(2)

// leetOf returns the letters a look-alike symbol stands for ("" for none).
func leetOf(c byte) string {
	switch c {
	case '4', '@':
		return "a"
	case '8':
		return "b"
	case '(', '{', '[', '<':
		return "c"
	case '3':
		return "e"
	case '6', '9':
		return "g"
	case '1', '|':
		return "il"
	case '!':
		return "i"
	case '0':
		return "o"
	case '$', '5':
		return "s"
	case '7':
		return "tl"
	case '+':
		return "t"
	case '%':
		return "x"
	case '2':
		return "z"
	}
	return ""
}

// maxWord bounds the length of a dictionary key walked.
const maxWord = 48

type step struct {
	letter byte
	leet   bool
}

// dictionary adds the words of t found in in; rev tells that in is the
// passphrase reversed (its matches are mapped back).
func (e *estimate) dictionary(in *input, t *trie, rev bool, add func(match)) {
	var path [maxWord]step
	n := len(in.runes)
	var start int
	var walk func(node int32, k, depth int)
	walk = func(node int32, k, depth int) {
		if t.rank[node] != 0 && depth >= 2 && in.atKey[k] >= 0 {
			i, j := int(in.atKey[start]), int(in.atKey[k])
			// Kana spell Japanese: their romaji matches only Japanese words
			// and hints (の is not the English "no").
			if l := t.list[node]; i < j && (l == listJapanese || l == listHint || !in.hasKana(i, j)) {
				m := match{i: i, j: j, what: e.listLabel(t.list[node], t.rank[node])}
				m.logG = math.Log10(float64(t.rank[node])) + caseLog(in.runes[i:j]) + leetLog(path[:depth])
				for _, s := range path[:depth] {
					m.leet = m.leet || s.leet
				}
				if rev {
					m.i, m.j = n-j, n-i
					m.logG += log2
					m.rev = true
				}
				add(m)
			}
		}
		if k == len(in.key) || depth == maxWord {
			return
		}
		c := in.key[k]
		if m := t.step(node, c); m != 0 {
			path[depth] = step{c, false}
			walk(m, k+1, depth+1)
		}
		for _, a := range []byte(leetOf(c)) {
			if m := t.step(node, a); m != 0 {
				path[depth] = step{a, true}
				walk(m, k+1, depth+1)
			}
		}
	}
	for b := 0; b < n; b++ {
		start = int(in.kp[b])
		if in.kp[b+1] == in.kp[b] || int(in.atKey[start]) != b {
			continue // an empty key (ー) or not the last boundary at this offset
		}
		walk(0, start, 0)
	}
}

// listLabel names the list a word comes from.
func (e *estimate) listLabel(list uint8, rank int32) label {
	switch list {
	case listCommon:
		return lCommon
	case listJapanese:
		return lJapanese
	case listHint:
		switch e.c.kinds[rank-1] {
		case HintCompany:
			return lCompany
		case HintTitle:
			return lTitle
		case HintEmail:
			return lEmail
		}
		return lPerson
	}
	return lWord
}

// binomialSum returns log10 of the sum of C(n, i) for i = 1 .. k.
func binomialSum(n, k int) float64 {
	sum, c := 0.0, 1.0
	for i := 1; i <= k; i++ {
		c = c * float64(n-i+1) / float64(i)
		sum += c
	}
	return math.Log10(sum)
}

// variations returns log10 of the ways to place a of one kind among a+b
// when the attacker tries the common placements first: none costs nothing,
// all of them or (for one) the first or last costs a factor 2.
func variations(a, b int, edge bool) float64 {
	switch {
	case a == 0:
		return 0
	case b == 0 || (a == 1 && edge):
		return log2
	}
	return binomialSum(a+b, min(a, b))
}

// caseLog is the cost of the capitals in a word: "Word" and "WORD" double
// the guesses, other placements count the ways to choose them.
func caseLog(rs []rune) float64 {
	up, lo := 0, 0
	for _, r := range rs {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= 'a' && r <= 'z':
			lo++
		}
	}
	edge := len(rs) > 0 && (isUpper(rs[0]) || isUpper(rs[len(rs)-1]))
	return variations(up, lo, edge)
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

// leetLog is the cost of the look-alike symbols on a word's path: for each
// letter replaced, the ways to choose which of its occurrences were.
func leetLog(path []step) float64 {
	total := 0.0
	var done [256]bool
	for _, s := range path {
		if !s.leet || done[s.letter] {
			continue
		}
		done[s.letter] = true
		sub, plain := 0, 0
		for _, t := range path {
			if t.letter == s.letter {
				if t.leet {
					sub++
				} else {
					plain++
				}
			}
		}
		total += variations(sub, plain, false)
	}
	return total
}

// sequences adds runs like abc, 2468, zyx, あいう and アイウ.
func (e *estimate) sequences(in *input, add func(match)) {
	n := len(in.lower)
	pos := make([]int, n)
	for _, o := range tables.orders {
		for i, r := range in.lower {
			pos[i] = -1
			if (r < 0x80) == o.ascii {
				if p, ok := o.at[r]; ok {
					pos[i] = p
				}
			}
		}
		for i := 0; i < n-2; {
			d := pos[i+1] - pos[i]
			if pos[i] < 0 || pos[i+1] < 0 || d == 0 || d > 5 || d < -5 {
				i++
				continue
			}
			j := i + 1
			for j+1 < n && pos[j+1] >= 0 && pos[j+1]-pos[j] == d {
				j++
			}
			if j-i+1 >= 3 {
				base := float64(o.size)
				if pos[i] == 0 || pos[i] == o.size-1 || in.lower[i] == '1' {
					base = 4 // the obvious starts: a, z, 0, 1, 9, あ
				}
				lg := math.Log10(base * float64(j-i+1) * math.Abs(float64(d)))
				if d < 0 {
					lg += log2
				}
				add(match{i: i, j: j + 1, logG: lg, what: lSequence})
			}
			i = max(j, i+1)
		}
	}
}

// order is an alphabet in which runs are sequences.
type order struct {
	at    map[rune]int
	size  int
	ascii bool
}

func orders() []order {
	var out []order
	for _, s := range []string{
		"abcdefghijklmnopqrstuvwxyz",
		"0123456789",
		"1234567890",
		"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
		"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン",
		"いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす",
		"一二三四五六七八九十",
	} {
		o := order{at: map[rune]int{}, ascii: s[0] < 0x80}
		for i, r := range []rune(s) {
			o.at[r] = i
			o.size++
		}
		out = append(out, o)
	}
	return out
}

// repeats adds a character or group repeated: aaaa, abcabc, 1212.
func (e *estimate) repeats(in *input, depth int, add func(match)) {
	n := len(in.runes)
	for i := 0; i < n-1; i++ {
		for b := 1; i+2*b <= n; b++ {
			if !same(in.lower, i, i+b, b) || !primitive(in.lower[i:i+b]) {
				continue
			}
			if i >= b && same(in.lower, i-b, i, b) {
				continue // the repeat starts earlier
			}
			k := 2
			for i+(k+1)*b <= n && same(in.lower, i, i+k*b, b) {
				k++
			}
			base := tables.logCard[class(in.runes[i])] // one character
			if b > 1 {
				base = e.guessRunes(in.runes[i:i+b], depth+1)
			}
			add(match{i: i, j: i + k*b, logG: base + math.Log10(float64(k)), what: lRepeat})
		}
	}
}

// same reports whether the b runes at x and at y are equal.
func same(rs []rune, x, y, b int) bool {
	for t := 0; t < b; t++ {
		if rs[x+t] != rs[y+t] {
			return false
		}
	}
	return true
}

// primitive reports whether rs is not itself a repeat of a shorter group.
func primitive(rs []rune) bool {
	n := len(rs)
	for p := 1; p <= n/2; p++ {
		if n%p == 0 && same(rs, 0, p, n-p) {
			return false
		}
	}
	return true
}

// Separators are characters put between words; one costs few guesses.
func isSeparator(r rune) bool {
	switch r {
	case ' ', '-', '_', '.', ',', '/', '+', '・', '、', '。':
		return true
	}
	return false
}

func (e *estimate) separators(in *input, add func(match)) {
	for i, r := range in.runes {
		if isSeparator(r) {
			add(match{i: i, j: i + 1, logG: math.Log10(4), what: lSeparator, sep: true})
		}
	}
}

// minYearSpace is the least span of years counted for a year or date: the
// attacker tries the recent ones first.
const minYearSpace = 20

func (e *estimate) yearLog(y int) float64 {
	d := y - e.c.year
	if d < 0 {
		d = -d
	}
	return math.Log10(float64(max(d, minYearSpace)))
}

// dates adds years (1900–2099) and dates: 20261204, 04.12.2026, 26/12/4,
// 2026年12月4日.
func (e *estimate) dates(in *input, add func(match)) {
	rs := in.runes
	n := len(rs)
	day := math.Log10(365)
	for i := 0; i < n; i++ {
		if !isDigit(rs[i]) {
			continue
		}
		if i+4 <= n && allDigits(rs[i:i+4]) {
			if y := number(rs[i : i+4]).v; y >= 1900 && y <= 2099 {
				add(match{i: i, j: i + 4, logG: e.yearLog(y), what: lYear})
			}
		}
		for l := 5; l <= 8 && i+l <= n && allDigits(rs[i:i+l]); l++ {
			if y, ok := e.splitDate(rs[i : i+l]); ok {
				add(match{i: i, j: i + l, logG: e.yearLog(y) + day, what: lDate})
			}
		}
		// With separators: digits, a separator, digits, the same separator
		// (or 年 then 月), digits (then 日).
		if i > 0 && isDigit(rs[i-1]) {
			continue
		}
		a := digitsEnd(rs, i)
		if a-i > 4 || a+1 >= n {
			continue
		}
		sep := rs[a]
		b := digitsEnd(rs, a+1)
		if b == a+1 || b-a > 3 || b+1 >= n || !(rs[b] == sep && strings.ContainsRune("/-._ ", sep) || sep == '年' && rs[b] == '月') {
			continue
		}
		c := digitsEnd(rs, b+1)
		if c == b+1 || c-b > 5 {
			continue
		}
		if y, ok := e.nearestDate(number(rs[i:a]), number(rs[a+1:b]), number(rs[b+1:c])); ok {
			if sep == '年' && c < n && rs[c] == '日' {
				c++
			}
			add(match{i: i, j: c, logG: e.yearLog(y) + day + math.Log10(4), what: lDate})
		}
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

// digitsEnd returns the end of the run of digits at i.
func digitsEnd(rs []rune, i int) int {
	for i < len(rs) && isDigit(rs[i]) {
		i++
	}
	return i
}

// num is a number as written: its value and its digits.
type num struct{ v, digits int }

func number(rs []rune) num {
	v := 0
	for _, r := range rs {
		v = v*10 + int(r-'0')
	}
	return num{v, len(rs)}
}

// nearestDate reads three numbers as year-month-day, day-month-year or
// month-day-year, with a year of 2 or 4 digits, and returns the year of the
// reading nearest the current year.
func (e *estimate) nearestDate(a, b, c num) (int, bool) {
	best, found := 0, false
	for _, o := range [3][3]num{{a, b, c}, {c, b, a}, {c, a, b}} {
		y, m, d := o[0].v, o[1].v, o[2].v
		switch {
		case o[0].digits == 2 && y <= 50:
			y += 2000
		case o[0].digits == 2:
			y += 1900
		case o[0].digits != 4 || y < 1900 || y > 2099:
			continue
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		if d := y - e.c.year; !found || d*d < (best-e.c.year)*(best-e.c.year) {
			best, found = y, true
		}
	}
	return best, found
}

// splitDate reads 5 to 8 digits as a date, cut in three anywhere.
func (e *estimate) splitDate(rs []rune) (int, bool) {
	best, found := 0, false
	for l1 := 1; l1 <= 4; l1++ {
		for l2 := 1; l2 <= 2; l2++ { // the middle is a month or a day
			l3 := len(rs) - l1 - l2
			if l1 == 3 || l3 < 1 || l3 > 4 || l3 == 3 {
				continue
			}
			y, ok := e.nearestDate(number(rs[:l1]), number(rs[l1:l1+l2]), number(rs[l1+l2:]))
			if d := y - e.c.year; ok && (!found || d*d < (best-e.c.year)*(best-e.c.year)) {
				best, found = y, true
			}
		}
	}
	return best, found
}
