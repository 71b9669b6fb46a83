package strength

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// The context of the tests: a travel company and its incident.
var testHints = []Hint{
	{HintCompany, "さくら旅行株式会社"},
	{HintCompany, "Sakura Travel Co., Ltd."},
	{HintEmail, "privacy@sakura-travel.co.jp"},
	{HintTitle, "Targeted e-mail at the booking site"},
	{HintPerson, "山田 太郎"},
}

func TestEstimate(t *testing.T) {
	c := New(2026, testHints...)
	for _, tc := range []struct {
		pass string
		// the level, or the lowest accepted level when accepted is set
		level    Level
		accepted bool
		reasons  []Reason // each must be among the reasons given
	}{
		// Rated "fair" and accepted before.
		{pass: "password123", level: Weak, reasons: []Reason{ReasonCommon}},
		{pass: "qwertyuiop", level: Weak, reasons: []Reason{ReasonCommon, ReasonKeyboard}},
		// Too short, and still named for what they are.
		{pass: "1qaz2wsx", level: TooShort, reasons: []Reason{ReasonKeyboard}},
		{pass: "p@ssw0rd", level: TooShort, reasons: []Reason{ReasonCommon, ReasonLeet}},
		{pass: "asdfghjkl", level: TooShort, reasons: []Reason{ReasonKeyboard}},
		{pass: "20261204", level: TooShort, reasons: []Reason{ReasonDate}},
		// The same patterns made longer.
		{pass: "1qaz2wsx3edc", level: Weak, reasons: []Reason{ReasonKeyboard}},
		{pass: "zxcvbnm,./asdf", level: Weak, reasons: []Reason{ReasonKeyboard}},
		{pass: "P@ssw0rd2026!", level: Weak, reasons: []Reason{ReasonCommon, ReasonLeet, ReasonYear}},
		{pass: "20261204!!", level: Weak, reasons: []Reason{ReasonDate}},
		{pass: "2026/12/04-secret", level: Weak, reasons: []Reason{ReasonDate}},
		{pass: "ｐａｓｓｗｏｒｄ１２３", level: Weak, reasons: []Reason{ReasonCommon}}, // typed full-width
		{pass: "drowssap2026", level: Weak, reasons: []Reason{ReasonReversed, ReasonYear}},
		{pass: "aaaaaaaaaaaa", level: Weak, reasons: []Reason{ReasonRepeat}},
		{pass: "abcdefghijkl", level: Weak, reasons: []Reason{ReasonSequence}},
		{pass: "9876543210zyx", level: Weak, reasons: []Reason{ReasonSequence}},
		{pass: "Tanaka1985!!", level: Weak, reasons: []Reason{ReasonJapanese, ReasonYear}},
		{pass: "jennifer1985!", level: Weak, reasons: []Reason{ReasonCommon, ReasonYear}},
		{pass: "butterflyeffect", level: Weak, reasons: []Reason{ReasonWord}},
		// The user's own context.
		{pass: "sakuratravel2026", level: Weak, reasons: []Reason{ReasonCompany, ReasonYear}},
		{pass: "SakuraTravel2026", level: Weak, reasons: []Reason{ReasonCompany, ReasonYear}},
		{pass: "sakura-travel-2026!", level: Weak, reasons: []Reason{ReasonCompany, ReasonYear}},
		{pass: "さくら旅行2026年", level: Weak, reasons: []Reason{ReasonCompany, ReasonYear}},
		{pass: "privacy-2026-sakura", level: Weak, reasons: []Reason{ReasonEmail}},
		{pass: "bookingsite2026", level: Weak, reasons: []Reason{ReasonTitle, ReasonYear}},
		{pass: "山田太郎2026年度", level: Weak, reasons: []Reason{ReasonPerson}},
		// Japanese.
		{pass: "あいうえおかきくけこ", level: Weak, reasons: []Reason{ReasonSequence}},
		{pass: "秘密のパスワードです", level: Weak, reasons: []Reason{ReasonJapanese}},
		{pass: "さくらさくらさくら2026", level: Weak, reasons: []Reason{ReasonRepeat}},
		{pass: "ぬふあうえおやゆよわほ", level: Weak, reasons: []Reason{ReasonKeyboard}}, // the top row in kana input
		{pass: "漏えい対応デスクの合言葉は秘密", level: Good, accepted: true},
		{pass: "わたしのねこはとてもかわいいです", level: Fair, accepted: true},
		// Long random passphrases, and four random words.
		{pass: "Gq7#vR2!mZ9$kT4w", level: Strong, accepted: true},
		{pass: "x8#Lp2@Qz7!v", level: Good, accepted: true},
		{pass: "harbor lantern quietly umbrella", level: Strong, accepted: true},
		{pass: "cactus orbit velvet stapler", level: Strong, accepted: true},
		{pass: "kumo sora umi 7 tsuki", level: Fair, accepted: true},
	} {
		r := c.Estimate(tc.pass)
		ok := r.Level == tc.level
		if tc.accepted {
			ok = r.Level >= tc.level
		}
		if !ok || r.Level.Refused() == tc.accepted {
			t.Errorf("%q: level %d (10^%.1f guesses), want %d (accepted %v); parts %v", tc.pass, r.Level, r.Log10Guesses, tc.level, tc.accepted, r.Parts)
		}
		for _, want := range tc.reasons {
			if !slices.Contains(r.Reasons, want) {
				t.Errorf("%q: reasons %v, want %s among them; parts %v", tc.pass, r.Reasons, want, r.Parts)
			}
		}
		// The level follows from the time at GuessesPerSecond.
		seconds := math.Pow(10, r.Log10Guesses) / GuessesPerSecond
		if weak := seconds < 86400; weak != (r.Level <= Weak) && r.Level != TooShort {
			t.Errorf("%q: %.0f s but level %d", tc.pass, seconds, r.Level)
		}
	}
}

// A weak passphrase is refused, and says why, even without hints.
func TestEstimateWithoutHints(t *testing.T) {
	c := New(2026)
	r := c.Estimate("sakuratravel2026")
	if !r.Level.Refused() || !slices.Contains(r.Reasons, ReasonYear) {
		t.Errorf("sakuratravel2026 without hints: %+v", r)
	}
	if r := c.Estimate(""); r.Level != TooShort || len(r.Parts) != 0 {
		t.Errorf("empty: %+v", r)
	}
	// A random run says only that it is short.
	if r := c.Estimate("xqzvbkwmrt"); !r.Level.Refused() || !slices.Equal(r.Reasons, []Reason{ReasonShort}) {
		t.Errorf("xqzvbkwmrt: %+v", r)
	}
}

// The parts cover the passphrase and add up to the estimate with p!.
func TestPartsCoverThePassphrase(t *testing.T) {
	c := New(2026, testHints...)
	for _, pass := range []string{"correct horse battery staple 2026", "P@ssw0rd2026!", "漏えい対応デスクの合言葉は秘密", "abcabcabc-xyz"} {
		r := c.Estimate(pass)
		var b strings.Builder
		sum, pieces := 0.0, 0
		for _, p := range r.Parts {
			b.WriteString(p.Text)
			sum += p.Log10Guesses
			if p.Kind != KindSeparator {
				pieces++
			}
		}
		if b.String() != pass {
			t.Errorf("%q: parts spell %q", pass, b.String())
		}
		want := sum + logFactorial(max(pieces, 1))
		if math.Abs(want-r.Log10Guesses) > 1e-9 {
			t.Errorf("%q: parts give 10^%.3f, estimate 10^%.3f", pass, want, r.Log10Guesses)
		}
	}
}

// Long passphrases are cut into chunks whose estimates multiply: a long
// repeat stays weak.
func TestLongPassphrase(t *testing.T) {
	c := New(2026)
	long := strings.Repeat("a", 300)
	if r := c.Estimate(long); !r.Level.Refused() {
		t.Errorf("300 × a: level %d", r.Level)
	}
	words := strings.Repeat("lantern quietly umbrella harbor ", 8)
	if r := c.Estimate(words); r.Level != Strong {
		t.Errorf("long words: level %d", r.Level)
	}
}

// Kana are matched through their romaji, with digraphs and the small tsu.
func TestKey(t *testing.T) {
	load()
	for _, tc := range []struct{ in, key string }{
		{"さくら", "sakura"},
		{"サクラ", "sakura"},
		{"とうきょう", "toukyou"},
		{"きって", "kitte"},
		{"しゃしん", "shashin"},
		{"ちゃ", "cha"},
		{"パスワード", "pasuwado"},
		{"ファイル", "fairu"},
		{"ウィキ", "wiki"},
		{"ティー", "ti"},
		{"ABCｄｅｆ", "abcdef"},
		{"秘密", "秘密"},
	} {
		if got := string(wordKey(tc.in)); got != tc.key {
			t.Errorf("key(%q) = %q, want %q", tc.in, got, tc.key)
		}
	}
	// Rune boundaries: a word never ends inside a digraph.
	in := newInput([]rune("きゃく"))
	if string(in.key) != "kyaku" || in.atKey[2] != -1 || in.atKey[3] != 2 {
		t.Errorf("きゃく: key %q, atKey %v", in.key, in.atKey)
	}
}

// The bundled lists decode, with their best-known words at the top.
func TestLists(t *testing.T) {
	load()
	for _, tc := range []struct {
		word string
		list uint8
		max  int32
	}{
		{"123456", listCommon, 1},
		{"password", listCommon, 6},
		{"the", listEnglish, 1},
		{"sakura", listJapanese, 1},
		{"pasuwado", listJapanese, 2},
	} {
		n := int32(0)
		for _, c := range []byte(tc.word) {
			if n = tables.words.step(n, c); n == 0 {
				break
			}
		}
		if n == 0 || tables.words.rank[n] == 0 || tables.words.list[n] != tc.list || tables.words.rank[n] > tc.max {
			t.Errorf("%s: list %d rank %d, want list %d rank ≤ %d", tc.word, tables.words.list[n], tables.words.rank[n], tc.list, tc.max)
		}
	}
	count := map[uint8]int{}
	for i := range tables.words.rank {
		if tables.words.rank[i] != 0 {
			count[tables.words.list[i]]++
		}
	}
	if count[listCommon] < 4000 || count[listEnglish] < 6000 || count[listJapanese] < 800 {
		t.Errorf("words by list: %v", count)
	}
}
