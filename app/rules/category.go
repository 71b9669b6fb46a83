package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/incident"
)

// Flag is a property of data categories that rules test (category.<flag>).
type Flag struct {
	ID     string   `json:"id"`
	JA     string   `json:"ja"`
	EN     string   `json:"en"`
	Source Citation `json:"source"`
	// OtherWords, for a flag whose data the vocabulary lists as items of
	// their own (card numbers, My Number, passwords), are the words that
	// leave a free-text item ("other") possibly carrying it: a free-text
	// item without any of them is read as not carrying the flag (the need
	// to classify it is still raised), so that one item such as "tax
	// withholdings" does not leave the card rules and My Number law open.
	// Empty: every free-text item may carry the flag.
	OtherWords []string `json:"other_words,omitempty"`
	// OtherNot are phrases that hold one of OtherWords and name something
	// else ("キャッシュカード", a bank's cash card, holds "カード" and is no
	// payment card, F1149): read as if absent before the words are sought.
	OtherNot []string `json:"other_not,omitempty"`
	// KeyItems are the vocabulary's items without which the flag's data is
	// not there (card account data without the card number, F1095): a set
	// listing them all as not involved has its free-text items read as not
	// carrying the flag (the items the user classifies keep the user's
	// choice).
	KeyItems []string `json:"key_items,omitempty"`
	// NamedBy are words that, in a free-text item the user has not
	// classified, name data of this kind (障害, 診断, 服薬; diagnosis): the
	// item is not read as carrying the flag (whether it does is the user's
	// to say), but the documents' lint asks to classify it (F1189: 161's
	// 「避難の支援が必要な理由（要介護度、障害の種類・程度…）」 left "other").
	NamedBy  []string `json:"named_by,omitempty"`
	ReliedOn *Text    `json:"relied_on,omitempty"`
}

// MayBeIn reports whether a free-text item may carry the flag: the flag
// has no OtherWords, the text is empty, or it holds one of them outside the
// phrases of OtherNot (a word of Latin
// letters as a whole word, case aside: "PIN" not in "shipping").
func (f *Flag) MayBeIn(text string) bool {
	if len(f.OtherWords) == 0 || strings.TrimSpace(text) == "" {
		return true // an item with no words may be anything
	}
	low := strings.ToLower(text)
	for _, n := range f.OtherNot {
		low = strings.ReplaceAll(low, strings.ToLower(n), " ")
	}
	return wordIn(low, f.OtherWords) != ""
}

// NamedIn is the first of NamedBy that text holds (as MayBeIn seeks its
// words), or "".
func (f *Flag) NamedIn(text string) string {
	return wordIn(strings.ToLower(text), f.NamedBy)
}

// wordIn is the first of words that low (lower-cased) holds, a word of
// Latin letters as a whole word, case aside ("PIN" not in "shipping"); "".
func wordIn(low string, words []string) string {
	for _, word := range words {
		w := strings.ToLower(word)
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			k += i
			if !latinWord(w) || !letterAt(low, k-1, true) && !letterAt(low, k+len(w), false) {
				return word
			}
			i = k + 1
		}
	}
	return ""
}

// latinWord: w is written in ASCII letters and digits only.
func latinWord(w string) bool {
	for _, r := range w {
		if r >= 0x80 {
			return false
		}
	}
	return true
}

// letterAt: the byte at i (the rune ending there, when before) is an ASCII
// letter.
func letterAt(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return r < 0x80 && unicode.IsLetter(r)
}

// Category is one kind of personal data.
type Category struct {
	ID    string   `json:"id"`
	JA    string   `json:"ja"`
	EN    string   `json:"en"`
	Flags []string `json:"flags"`
	// SimpleEP is the JNSA Simple-EP class (x = emotional distress, y = economic loss), 1..3 each.
	SimpleEP [2]int `json:"simple_ep"`
	// Unclassified categories (free text) make every flag test unknown.
	Unclassified bool `json:"unclassified,omitempty"`
	// KeepsNote: the documents keep the parenthesis of the name, which says
	// what a term readers do not know means (「オンライン識別子（Cookie ID・
	// IPアドレス・広告ID等）」, 「個人番号（マイナンバー）」); other names drop it, as
	// it holds the rules' distinctions (「（決済・送金機能のないサービス）」).
	KeepsNote bool  `json:"keeps_note,omitempty"`
	ReliedOn  *Text `json:"relied_on,omitempty"`
	// Masked says what the category no longer is when only part of it was
	// kept or affected (an item whose protection is "masked": a card
	// number's last four digits with its expiry date), with the source
	// that says so; nil: a masked item keeps every flag.
	Masked *Masked `json:"masked,omitempty"`
	// Absent is the name the documents give the item when they tell the
	// readers it was not among their data, where the name as listed holds a
	// part their data most often has: 「クレジットカード番号・有効期限・名義」
	// told absent to patients whose card holder's name was on the papers
	// (156), or to anyone whose name was affected. nil: the reader's name.
	Absent *Text `json:"absent,omitempty"`
}

// AbsentJA is the Japanese name of the item as told absent (Absent, or
// ReaderJA).
func (c *Category) AbsentJA() string {
	if c.Absent != nil && c.Absent.JA != "" {
		return c.Absent.JA
	}
	return c.ReaderJA()
}

// AbsentEN is the English name of the item as told absent (Absent, or
// ReaderEN).
func (c *Category) AbsentEN() string {
	if c.Absent != nil && c.Absent.EN != "" {
		return c.Absent.EN
	}
	return c.ReaderEN()
}

// Masked lists the flags a category loses when only part of it was kept
// or affected, and why.
type Masked struct {
	Drops    []string `json:"drops"`
	Source   Citation `json:"source"`
	ReliedOn *Text    `json:"relied_on,omitempty"`
}

// HasAsKept reports whether an item of the category carries the flag as it
// was kept: masked (only part of it, incident.ItemMasked) drops the flags
// the category's Masked names. The one reader of an item's flags for the
// engine and the drafts (F98: a card number's last four digits and expiry
// date made Rules Art. 7(2) and the card brands' duties apply).
func (c *Category) HasAsKept(flag string, p incident.ItemProtection) bool {
	if p == incident.ItemMasked && c.Masked != nil && slices.Contains(c.Masked.Drops, flag) {
		return false
	}
	return c.Has(flag)
}

// Has reports whether the category carries the flag.
func (c *Category) Has(flag string) bool {
	for _, f := range c.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

type categoriesFile struct {
	About          Text       `json:"about"`
	SimpleEPSource Citation   `json:"simple_ep_source"`
	Flags          []Flag     `json:"flags"`
	Categories     []Category `json:"categories"`
}

// ReaderJA is the Japanese name as the documents give it: without its
// closing parenthesis unless the category keeps it (KeepsNote).
func (c *Category) ReaderJA() string { return c.reader(c.JA) }

// ReaderEN is the English name as the documents give it (as ReaderJA).
func (c *Category) ReaderEN() string { return c.reader(c.EN) }

func (c *Category) reader(name string) string {
	if c.KeepsNote {
		return name
	}
	return dropNote(name)
}

// dropNote takes off a parenthesis closing a name (one holding no other):
// 「ログインID・パスワード（決済・送金機能のないサービス）」 → 「ログインID・パスワード」.
func dropNote(name string) string {
	if !strings.HasSuffix(name, "）") && !strings.HasSuffix(name, ")") {
		return name
	}
	open := max(strings.LastIndex(name, "（"), strings.LastIndex(name, "("))
	if open < 0 || strings.Count(name[open:], "）")+strings.Count(name[open:], ")") != 1 {
		return name
	}
	return strings.TrimRightFunc(name[:open], unicode.IsSpace)
}
