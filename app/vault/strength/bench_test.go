package strength

import "testing"

// The strength line is computed on every keystroke: an estimate of a
// 64-character passphrase must take well under a millisecond.
func BenchmarkEstimate64(b *testing.B) {
	c := New(2026, Hint{HintCompany, "さくら旅行株式会社"}, Hint{HintEmail, "privacy@sakura-travel.co.jp"})
	c.Estimate("warm up")
	for _, p := range []struct{ name, pass string }{
		{"words", "correct horse battery staple and a purple 2026 umbrella sakura!!"},
		{"random", "Gq7#vR2!mZ9$kT4wXe3@pL8&nB5^hJ1*cF6(sD0)aQ7#vR2!mZ9$kT4wXe3@pL8"},
		{"repeat", "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabca"},
		{"japanese", "きょうはいいてんきですねさくらがさいていますとうきょうのはるはきれいですきょうはいいてんきですねさくらが"},
	} {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				c.Estimate(p.pass)
			}
		})
	}
}
