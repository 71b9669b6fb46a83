package strength

import (
	"bufio"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// go test ./app/vault/strength -run TestGenerate -gen DIR rebuilds the .fc
// lists in data/ from zxcvbn's raw lists in DIR (data/SOURCES.md).
var genDir = flag.String("gen", "", "folder of zxcvbn's data/*.txt: rebuild data/*.fc from it")

// Sizes of the bundled lists (top ranks taken from each source).
const (
	genEnglish   = 6000 // of english_wikipedia and of us_tv_and_film
	genPasswords = 10000
)

// readRanked reads the first n tokens of a zxcvbn list (one a line, a count
// may follow), ranked from 1.
func readRanked(t *testing.T, name string, n int) map[string]int {
	f, err := os.Open(filepath.Join(*genDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	rank := 0
	for sc.Scan() && rank < n {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		rank++
		w := strings.ToLower(fields[0])
		if _, ok := out[w]; !ok {
			out[w] = rank
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// keep drops the words a random run of their length would cost no more
// than (rank ≥ 10^len), and those not made of the allowed bytes.
func keep(words map[string]int, ok func(byte) bool) map[string]int {
	out := map[string]int{}
	for w, r := range words {
		if len(w) < 2 || float64(r) >= math.Pow(10, float64(len(w))) {
			continue
		}
		good := true
		for i := 0; i < len(w); i++ {
			good = good && ok(w[i])
		}
		if good {
			out[w] = r
		}
	}
	return out
}

func merge(lists ...map[string]int) map[string]int {
	out := map[string]int{}
	for _, l := range lists {
		for w, r := range l {
			if old, ok := out[w]; !ok || r < old {
				out[w] = r
			}
		}
	}
	return out
}

// encodeWords writes the common passwords and the English words (word →
// rank) in the form of words.fc (dict.go).
func encodeWords(common, english map[string]int) []byte {
	type entry struct {
		w   string
		tag byte
	}
	var es []entry
	for i, l := range []map[string]int{common, english} {
		for w, r := range l {
			k := int(math.Floor(math.Log2(float64(r))))
			es = append(es, entry{w, byte(i<<4 | k)})
		}
	}
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.w, b.w) })
	var b []byte
	prev := ""
	for _, e := range es {
		n := 0
		for n < len(prev) && n < len(e.w) && n < 31 && prev[n] == e.w[n] {
			n++
		}
		b = append(b, byte(n), e.tag)
		b = append(b, e.w[n:]...)
		prev = e.w
	}
	return b
}

func TestGenerate(t *testing.T) {
	if *genDir == "" {
		t.Skip("-gen DIR not given")
	}
	letters := func(c byte) bool { return c >= 'a' && c <= 'z' }
	printable := func(c byte) bool { return c > ' ' && c < 0x7F }

	english := keep(merge(readRanked(t, "english_wikipedia.txt", genEnglish), readRanked(t, "us_tv_and_film.txt", genEnglish)), letters)
	common := keep(readRanked(t, "passwords.txt", genPasswords), printable)
	// A word stays only in the list where it ranks best.
	for w, r := range common {
		if o, ok := english[w]; ok {
			if o <= r {
				delete(common, w)
			} else {
				delete(english, w)
			}
		}
	}
	write := func() {
		b := encodeWords(common, english)
		if err := os.WriteFile(filepath.Join("data", "words.fc"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		wordsData = string(b)
		t.Logf("words.fc: %d common passwords, %d English words, %d bytes", len(common), len(english), len(b))
	}
	write()

	// Common passwords that the other patterns already find as cheaply
	// (password1 is a word and a digit, qwerty123 a walk and a sequence)
	// are left out: the list keeps those only it can tell.
	load()
	tables.words = loadWords(false)
	c := New(2026)
	for w, r := range common {
		if without := c.Estimate(w).Log10Guesses; without <= math.Log10(float64(r))+1 {
			delete(common, w)
		}
	}
	write()
}
