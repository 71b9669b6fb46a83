package vault_test

import (
	"sync"
	"testing"

	"breachdesk/app/vault"
)

var derived sync.Map // passphrase+salt → *vault.GoCipher: PBKDF2 at 600k is slow

// newGoCipher derives passphrase's key with vault.GoCipher, once per
// passphrase and parameters.
func newGoCipher(t testing.TB, passphrase string, k vault.KDF) *vault.GoCipher {
	t.Helper()
	id := passphrase + "\x00" + string(k.Salt) + "\x00" + string(rune(k.Iterations))
	if c, ok := derived.Load(id); ok {
		return c.(*vault.GoCipher)
	}
	c, err := vault.NewGoCipher(passphrase, k)
	if err != nil {
		t.Fatal(err)
	}
	derived.Store(id, c)
	return c
}

// fixedSalt is the salt of the test keys.
var fixedSalt = []byte("0123456789abcdef")

func testKDF(t testing.TB) vault.KDF {
	t.Helper()
	k, err := vault.NewKDF(fixedSalt)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
