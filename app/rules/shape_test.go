package rules

import (
	"regexp"
	"testing"
	"time"
)

// The hand-written shape checks accept exactly what the regular expressions
// they replace accepted (they were compiled at start-up).
func TestShapesMatchTheirRegexps(t *testing.T) {
	checks := []struct {
		name string
		re   *regexp.Regexp
		f    func(string) bool
	}{
		{"isCountry", regexp.MustCompile(`^[A-Z]{2}$`), isCountry},
		{"isRegion", regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`), isRegion},
		{"isID", regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`), isID},
	}
	inputs := []string{"", "JP", "jp", "J", "JPN", "J1", "US-CA", "US-NY1", "US-1234", "US-", "us-ca", "CN-BJ", "GB-ENG",
		"jp", "eu.gdpr", "a", "0a", "_a", "a_b-c.d", "A", "a b", "é", "ＪＰ", "US-CA\n", "\nJP", "JP\n", "a\n"}
	// Every string of up to three characters over an alphabet that crosses each class boundary.
	alphabet := []byte("AZaz09._-@`[{/: \x00\xff")
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		inputs = append(inputs, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 3)
	gen("US-", 3)
	for _, c := range checks {
		for _, in := range inputs {
			if got, want := c.f(in), c.re.MatchString(in); got != want {
				t.Errorf("%s(%q) = %v, the regexp says %v", c.name, in, got, want)
			}
		}
	}
}

func TestWeekdayNames(t *testing.T) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := d.String()[:3]
		if got, ok := weekday(name); !ok || got != d {
			t.Errorf("weekday(%q) = %v, %v", name, got, ok)
		}
	}
	for _, bad := range []string{"", "sun", "Sunday", "SUN", "Mo"} {
		if _, ok := weekday(bad); ok {
			t.Errorf("weekday(%q) accepted", bad)
		}
	}
}
