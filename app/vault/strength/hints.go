package strength

import (
	"strings"
	"unicode"
)

// Words that name a kind of company rather than the company: an attacker
// who tries the name leaves them out.
var companyForms = []string{
	"株式会社", "有限会社", "合同会社", "合資会社", "合名会社",
	"一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人",
	"(株)", "(有)", "㈱", "㈲",
}

// Latin words of company names and addresses that say nothing of the company.
func isFiller(w string) bool {
	switch strings.ToLower(w) {
	case "co", "ltd", "inc", "corp", "corporation", "company", "kk", "llc", "gk", "limited", "the", "and", "of",
		"com", "net", "org", "jp", "ne", "or", "ac", "go", "ed", "lg", "gr", "info", "biz", "www", "http", "https":
		return true
	}
	return false
}

// hintWords returns the words an attacker would take from a hint: each
// word, the words run together, an e-mail's local part.
func hintWords(h Hint) []string {
	rs, _ := runesOf(h.Text, 512)
	text := string(rs)
	for _, f := range companyForms {
		text = strings.ReplaceAll(text, f, " ")
	}
	var out, words []string
	if at := strings.LastIndexByte(text, '@'); h.Kind == HintEmail && at > 0 {
		out = append(out, text[:at])
	}
	// Split at anything but letters and digits, and where the script
	// changes (さくら旅行 → さくら, 旅行).
	from, script := 0, 0
	for i, r := range text + " " {
		sc := scriptOf(r)
		if sc != script {
			if w := text[from:i]; script != 0 && len(w) > 1 && !isFiller(w) {
				words = append(words, w)
			}
			from, script = i, sc
		}
	}
	out = append(out, words...)
	if len(words) > 1 {
		out = append(out, strings.Join(words, ""))
	}
	return out
}

// scriptOf groups runes into Latin letters and digits (1), kana (2), kanji
// (3), other letters (4); 0 for the rest (spaces, punctuation).
func scriptOf(r rune) int {
	switch {
	case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		return 1
	case isKana(r):
		return 2
	case class(r) == clsHan:
		return 3
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return 4
	}
	return 0
}

// hintTrie puts the hints' words in a trie, ranked in the order given; kinds
// tells the hint kind of each rank.
func hintTrie(hints []Hint) (*trie, []HintKind) {
	var t *trie
	var kinds []HintKind
	seen := map[string]bool{}
	for _, h := range hints {
		for _, w := range hintWords(h) {
			k := wordKey(w)
			if len(k) < 3 || seen[string(k)] {
				continue
			}
			seen[string(k)] = true
			if t == nil {
				t = newTrie(64)
			}
			kinds = append(kinds, h.Kind)
			t.add(k, int32(len(kinds)), listHint)
		}
	}
	return t, kinds
}
