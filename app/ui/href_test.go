package ui

import "testing"

func TestJoinPrefix(t *testing.T) {
	for _, c := range []struct{ prefix, path, want string }{
		{"/", "/about", "/about"},
		{"", "/about", "/about"},
		{"/", "/", "/"},
		{"/tools/breach", "/about", "/tools/breach/about"},
		{"/tools/breach", "/", "/tools/breach/"},
	} {
		if got := joinPrefix(c.prefix, c.path); got != c.want {
			t.Errorf("joinPrefix(%q, %q) = %q, want %q", c.prefix, c.path, got, c.want)
		}
	}
}
