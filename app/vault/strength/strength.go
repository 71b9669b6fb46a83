// Package strength estimates how many guesses an attacker needs to find a
// passphrase, and says what makes one easy to guess.
//
// A guessing attack does not try every string: it tries common passwords
// first, then words, names, keyboard walks, dates and their combinations,
// with capitals and look-alike symbols (p@ssw0rd) as variations. The
// estimate follows that order: it finds every such piece in the passphrase
// (dictionary words in English and romanised Japanese, common passwords,
// names, the user's own context such as the company's name, keyboard
// patterns on QWERTY and JIS keyboards, repeats, sequences like abc, 1234 or
// あいう, years and dates), gives each piece the number of guesses it costs
// (a word's frequency rank, a year's distance from today, ...), and takes the
// cheapest way to cover the whole passphrase with pieces and with random
// characters in between, as an attacker with the same knowledge would.
//
// The word lists are bundled in a compact form (see data/SOURCES.md) and
// decoded on first use, never at start-up.
//
// The package is pure Go: it must not import go-app, syscall/js or safejs.
package strength

import (
	"math"
	"sync"
)

// MinRunes is the shortest passphrase accepted, in characters.
const MinRunes = 10

// GuessesPerSecond is the attacker assumed: someone who holds a copy of the
// protected data (a sealed export, or the browser profile) and tests
// passphrases offline against the key check.
//
// The key is PBKDF2-HMAC-SHA256 with 600,000 iterations (app/vault
// DefaultIterations). hashcat 6.2.6's benchmark of one RTX 5090 gives
// 11,157.2 kH/s for mode 10900 (PBKDF2-HMAC-SHA256) at 999 iterations;
// the work is linear in the iterations, so 11,157,200 × 999 / 600,000 ≈
// 18,600 passphrases a second per GPU. This agrees with the figures behind
// OWASP's 600,000 iterations (tobtu.com/minimum-password-settings, December
// 2022: under 10 kH/s per GPU, an RTX 4090 counting as 1.5 GPUs, i.e.
// ≈15,000 a second per RTX 4090). We assume ten such GPUs, a rig anyone can
// rent by the hour: about 200,000 guesses a second.
const GuessesPerSecond = 2e5

// Seconds of the attack times that bound the levels.
const (
	day  = 86_400
	year = 365.25 * day
)

// Level is the verdict on a passphrase.
type Level int

const (
	// TooShort: fewer than MinRunes characters.
	TooShort Level = iota
	// Weak: found within a day at GuessesPerSecond. Refused.
	Weak
	// Fair: found within a year.
	Fair
	// Good: found within a thousand years.
	Good
	// Strong: more than that.
	Strong
)

// Refused reports whether a passphrase at this level must not be used.
func (l Level) Refused() bool { return l < Fair }

// Reason names a weakness found in a passphrase. Its text lives in
// app/catalog under "safety.weak." + the reason.
type Reason string

// Reasons, in the words of the message shown.
const (
	ReasonCommon   Reason = "common"   // a very common password
	ReasonWord     Reason = "word"     // a common English word
	ReasonJapanese Reason = "japanese" // a common Japanese word (in kana or romaji)
	ReasonCompany  Reason = "company"  // the company's name (a hint)
	ReasonTitle    Reason = "title"    // the incident's title (a hint)
	ReasonEmail    Reason = "email"    // an e-mail address or its domain (a hint)
	ReasonPerson   Reason = "person"   // a name from the records (a hint)
	ReasonLeet     Reason = "leet"     // letters swapped for look-alike symbols
	ReasonReversed Reason = "reversed" // a word spelt backwards
	ReasonKeyboard Reason = "keyboard" // a walk on the keyboard (qwerty, 1qaz)
	ReasonRepeat   Reason = "repeat"   // a repeated character or group
	ReasonSequence Reason = "sequence" // abc, 1234, あいう
	ReasonYear     Reason = "year"     // a recent year
	ReasonDate     Reason = "date"     // a date
	ReasonShort    Reason = "short"    // too few random characters
)

// AllReasons lists every reason, for checking that each has its text.
func AllReasons() []Reason {
	return []Reason{ReasonCommon, ReasonWord, ReasonJapanese, ReasonCompany, ReasonTitle, ReasonEmail,
		ReasonPerson, ReasonLeet, ReasonReversed, ReasonKeyboard, ReasonRepeat, ReasonSequence, ReasonYear, ReasonDate, ReasonShort}
}

// HintKind tells what a hint is, so that the message can name it.
type HintKind uint8

const (
	HintCompany HintKind = iota // the company's name (Japanese or English)
	HintTitle                   // an incident's title
	HintEmail                   // an e-mail address or a web address
	HintPerson                  // a person's name
)

// Hint is a piece of the user's own context that an attacker who knows the
// company would try first.
type Hint struct {
	Kind HintKind
	Text string
}

// Result is the estimate for one passphrase.
type Result struct {
	// Log10Guesses is log10 of the guesses needed: the passphrase is found
	// after about 10^Log10Guesses attempts.
	Log10Guesses float64
	Level        Level
	// Reasons are what make it guessable, in the order they appear, at most
	// three; ReasonShort alone when a passphrase rated Fair or below has
	// nothing but random characters.
	Reasons []Reason
	// Parts are the pieces of the cheapest guess, in order.
	Parts []Part
}

// Part is one piece of a passphrase as the attacker would guess it.
type Part struct {
	Text         string
	Kind         Kind
	Log10Guesses float64
	reasons      []Reason
}

// Kind is what a part is.
type Kind string

const (
	KindCommon    Kind = "common"
	KindWord      Kind = "word"
	KindJapanese  Kind = "japanese"
	KindHint      Kind = "hint"
	KindKeyboard  Kind = "keyboard"
	KindRepeat    Kind = "repeat"
	KindSequence  Kind = "sequence"
	KindYear      Kind = "year"
	KindDate      Kind = "date"
	KindSeparator Kind = "separator"
	KindRandom    Kind = "random"
)

// chunk is the longest run of characters analysed as one: a longer
// passphrase is cut into chunks whose estimates multiply. maxRunes bounds
// the characters analysed; each one after them counts 10 guesses.
const (
	chunk    = 128
	maxRunes = 8 * chunk
)

// Checker estimates passphrases against one context (the hints).
type Checker struct {
	year  int
	given []Hint

	once  sync.Once
	hints *trie      // nil without hints
	kinds []HintKind // by hint word rank - 1
}

// New returns a checker for the given hints; year is the current year, from
// which recent years and dates are counted. Nothing is prepared before the
// first estimate.
func New(year int, hints ...Hint) *Checker {
	return &Checker{year: year, given: hints}
}

// Estimate rates a passphrase.
func (c *Checker) Estimate(pass string) Result {
	load()
	c.once.Do(func() { c.hints, c.kinds = hintTrie(c.given) })
	rs, n := runesOf(pass, maxRunes)
	if n == 0 {
		return Result{Level: TooShort}
	}
	e := &estimate{c: c}
	var parts []Part
	logG := float64(n - len(rs)) // 10 guesses for each character not analysed
	for i := 0; i < len(rs); i += chunk {
		p, lg := e.guess(newInput(rs[i:min(i+chunk, len(rs))]), 0)
		parts, logG = append(parts, p...), logG+lg
	}
	r := Result{Log10Guesses: logG, Parts: parts}
	sec := logG - math.Log10(GuessesPerSecond)
	switch {
	case n < MinRunes:
		r.Level = TooShort
	case sec < math.Log10(day):
		r.Level = Weak
	case sec < math.Log10(year):
		r.Level = Fair
	case sec < math.Log10(1000*year):
		r.Level = Good
	default:
		r.Level = Strong
	}
	r.Reasons = reasonsOf(parts)
	if len(r.Reasons) == 0 && r.Level <= Fair {
		r.Reasons = []Reason{ReasonShort}
	}
	return r
}
