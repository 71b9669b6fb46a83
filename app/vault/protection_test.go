package vault_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"breachdesk/app/vault"
)

func TestProtection(t *testing.T) {
	c := newGoCipher(t, "correct horse battery staple", testKDF(t))
	check, err := vault.NewKeyCheck(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []vault.Protection{
		{IdleTimeout: vault.DefaultIdleTimeout},
		{KeyCheck: check, IdleTimeout: 0},
		{KeyCheck: check, IdleTimeout: 30 * time.Minute},
	} {
		b, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		got, err := vault.DecodeProtection(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if got.Protected() != p.Protected() || got.IdleTimeout != p.IdleTimeout || string(got.KeyCheck) != string(p.KeyCheck) {
			t.Fatalf("round trip %s: %+v", b, got)
		}
		if got.Protected() {
			if err := vault.CheckKey(c, got.KeyCheck); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := (vault.Protection{IdleTimeout: time.Second}).Encode(); err == nil {
		t.Fatal("1 s idle encoded")
	}
}

func TestDecodeProtectionBad(t *testing.T) {
	for data, field := range map[string]string{
		`{"v":1,"keyCheck":null}`:                                    "idleSeconds",
		`{"v":2,"keyCheck":null,"idleSeconds":0}`:                    "v",
		`{"v":1,"keyCheck":null,"idleSeconds":5}`:                    "idleTimeout",
		`{"v":1,"keyCheck":null,"idleSeconds":0,"x":1}`:              "x",
		`{"v":1,"idleSeconds":0}`:                                    "keyCheck",
		`{"v":1,"keyCheck":{"format":"x"},"idleSeconds":0}`:          "keyCheck.v",
		`{"v":1,"keyCheck":` + good + `,"idleSeconds":0}`:            "keyCheck.format",
		`{"v":1,"keyCheck":"breachdesk","idleSeconds":0}`:            "keyCheck",
		`{"v":"1","keyCheck":null,"idleSeconds":0}`:                  "v",
		`{"v":1,"keyCheck":null,"idleSeconds":99999999999999999999}`: "idleTimeout",
	} {
		_, err := vault.DecodeProtection([]byte(data))
		var e *vault.Error
		if !errors.As(err, &e) || e.Field != field {
			t.Errorf("%s: %v, want field %q", data, err, field)
		}
		if err != nil && strings.Contains(vault.Text(err, "ja"), "%!") {
			t.Errorf("%s: %q", data, vault.Text(err, "ja"))
		}
	}
}
