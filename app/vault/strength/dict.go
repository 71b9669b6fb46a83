package strength

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"
)

// The bundled word lists (data/SOURCES.md says where they come from).
// words.fc holds the common passwords and the English words in one sorted
// list: each word is two bytes below 0x20, how many bytes it shares with the
// word before it and its list and frequency bucket (list<<4 | k: ranks 2^k
// to 2^(k+1)-1), then the rest of the word (bytes above 0x20). japanese.txt
// is plain text, one entry a line in order of rank, its spellings separated
// by spaces.
var (
	//go:embed data/words.fc
	wordsData string
	//go:embed data/japanese.txt
	japaneseData string
)

// Lists, in a trie node's list field.
const (
	listCommon uint8 = iota + 1
	listEnglish
	listJapanese
	listHint
)

// decodeWords calls fn with each word of words.fc, how many bytes it shares
// with the word before it, its list and its rank.
func decodeWords(data string, fn func(word []byte, shared int, list uint8, rank int32)) {
	var word []byte
	for i := 0; i+1 < len(data); {
		shared, tag := min(int(data[i]), len(word)), data[i+1]
		j := i + 2
		for j < len(data) && data[j] > ' ' {
			j++
		}
		word = append(word[:shared], data[i+2:j]...)
		fn(word, shared, listCommon+tag>>4, bucketRank(int(tag&15)))
		i = j
	}
}

// bucketRank is the rank counted for a word of bucket k: the geometric middle
// of 2^k and 2^(k+1).
func bucketRank(k int) int32 {
	if k == 0 {
		return 1
	}
	return int32(float64(int32(1)<<k)*1.4142135623730951 + 0.5)
}

// trie is a dictionary of keys (see input) in first-child, next-sibling form;
// node 0 is the root.
type trie struct {
	root  [256]int32 // the root's children by label
	label []byte
	child []int32
	next  []int32
	rank  []int32 // 0: no word ends here
	list  []uint8
}

func newTrie(nodes int) *trie {
	t := &trie{
		label: make([]byte, 1, nodes),
		child: make([]int32, 1, nodes),
		next:  make([]int32, 1, nodes),
		rank:  make([]int32, 1, nodes),
		list:  make([]uint8, 1, nodes),
	}
	return t
}

// step returns the child of node labelled c, 0 if none.
func (t *trie) step(node int32, c byte) int32 {
	if node == 0 {
		return t.root[c]
	}
	for n := t.child[node]; n != 0; n = t.next[n] {
		if t.label[n] == c {
			return n
		}
	}
	return 0
}

// add puts key in the trie with rank, keeping the lowest rank of a key
// added twice.
func (t *trie) add(key []byte, rank int32, list uint8) {
	n := int32(0)
	for _, c := range key {
		m, last := int32(0), int32(0)
		for x := t.child[n]; x != 0; x = t.next[x] {
			if t.label[x] == c {
				m = x
				break
			}
			last = x
		}
		if m == 0 {
			m = t.node(c)
			if last == 0 {
				t.child[n] = m
			} else {
				t.next[last] = m
			}
			if n == 0 {
				t.root[c] = m
			}
		}
		n = m
	}
	if n != 0 && (t.rank[n] == 0 || rank < t.rank[n]) {
		t.rank[n], t.list[n] = rank, list
	}
}

// node appends a node labelled c, with no child nor sibling yet.
func (t *trie) node(c byte) int32 {
	t.label = append(t.label, c)
	t.child = append(t.child, 0)
	t.next = append(t.next, 0)
	t.rank = append(t.rank, 0)
	t.list = append(t.list, 0)
	return int32(len(t.label) - 1)
}

// sorted adds the words of words.fc. They come sorted, so a word's new
// nodes follow the path of the word before it: its first new node is the
// next sibling of that word's node at the same depth (or the first child),
// and the rest are new. No sibling list is searched.
func (t *trie) sorted(data string, common bool) {
	path := make([]int32, 1, 64) // path[d]: the node of the last word's first d bytes
	decodeWords(data, func(w []byte, shared int, list uint8, rank int32) {
		// The previous word's node after the shared bytes is the last child
		// there: the new word's byte comes after it.
		sib := int32(0)
		if shared+1 < len(path) {
			sib = path[shared+1]
		}
		path = path[:shared+1]
		for d := shared; d < len(w); d++ {
			m := t.node(w[d])
			if d == shared && sib != 0 {
				t.next[sib] = m
			} else {
				t.child[path[d]] = m
			}
			if d == 0 {
				t.root[w[0]] = m
			}
			path = append(path, m)
		}
		// Without common passwords (for the generator) their nodes stay,
		// as ends of no word.
		if n := path[len(w)]; n != 0 && (list != listCommon || common) {
			t.rank[n], t.list[n] = rank, list
		}
	})
}

// tables are built once, on the first estimate.
var (
	tables struct {
		kana   [0x3096 - 0x3041 + 1]string
		words  *trie
		boards []*keyboard
		orders []order
		// logCard[mask]: log10 of the cardinality of random runs of the classes in mask.
		logCard [clsOther << 1]float64
	}
	loadOnce sync.Once
)

func load() {
	loadOnce.Do(func() {
		for i, r := range strings.Fields(kanaRomaji) {
			if r == "-" {
				r = ""
			}
			tables.kana[i] = r
		}
		tables.words = loadWords(true)
		tables.boards = keyboards()
		tables.orders = orders()
		for mask := 1; mask < len(tables.logCard); mask++ {
			tables.logCard[mask] = math.Log10(cardinality(mask))
		}
	})
}

// loadWords builds the trie of the bundled lists; without common passwords
// when common is false (to find which ones the other patterns explain).
func loadWords(common bool) *trie {
	t := newTrie(len(wordsData)*2/3 + len(japaneseData))
	t.sorted(wordsData, common)
	rank := int32(0)
	for line := range strings.Lines(japaneseData) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		rank++
		for _, w := range strings.Fields(line) {
			if k := wordKey(w); len(k) >= 2 {
				t.add(k, rank, listJapanese)
			}
		}
	}
	return t
}

// wordKey is the dictionary key of a list word or hint.
func wordKey(w string) []byte {
	rs, _ := runesOf(w, 1<<16)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	k, _ := keyOf(rs)
	return k
}
