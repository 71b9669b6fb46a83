package browser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// SHA256 gives the digest the facts record (lower-case hex): natively from
// Go, in the browser from WebCrypto — the same answers either way.
func TestSHA256(t *testing.T) {
	big := bytes.Repeat([]byte("漏えい等報告 0123456789\n"), 40000) // about 1 MB
	for _, c := range []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc (FIPS 180-2 B.1)", []byte("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"1 MB of Japanese text", big, ""},
	} {
		want := c.want
		if want == "" {
			sum := sha256.Sum256(c.in)
			want = hex.EncodeToString(sum[:])
		}
		got, err := SHA256(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got != want {
			t.Errorf("%s: SHA256 = %s, want %s", c.name, got, want)
		}
	}
}
