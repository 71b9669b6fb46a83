package vault_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"breachdesk/app/vault"
)

// FuzzDecode: Decode never panics, every error is an *vault.Error, and what it
// accepts encodes and decodes to the same envelope.
func FuzzDecode(f *testing.F) {
	fixture, _ := os.ReadFile("testdata/sealed-export-v1.json")
	for _, s := range []string{
		good, string(fixture), ``, `{}`, `null`, `[]`, `{"format":1}`, `{"v":1e400}`,
		`{"format":"breachdesk-record-sealed","v":1,"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"MDEyMzQ1Njc4OWFiY2RlZg=="},"cipher":"AES-GCM-256","iv":"AAECAwQFBgcICQoL","data":"AAECAwQFBgcICQoLDA0ODw=="}` + "\n",
		`{"format":"breachdesk-record-sealed","v":1,"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"MDEyMzQ1Njc4OWFiY2RlZg==","salt":"AA=="}}`,
		"{\"format\":\"breachdesk-record-sealed\",\"v\":1,\"\xff\xfe\":0}",
		`{"kdf":{"kdf":{"kdf":{"kdf":{}}}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := vault.Decode(data, "")
		if err != nil {
			var ve *vault.Error
			if !errors.As(err, &ve) {
				t.Fatalf("error %T %v", err, err)
			}
			_ = ve.Text("ja")
			return
		}
		b, err := e.Encode()
		if err != nil {
			t.Fatalf("accepted but cannot encode: %v", err)
		}
		e2, err := vault.Decode(b, e.Format)
		if err != nil {
			t.Fatalf("re-decode: %v", err)
		}
		b2, _ := e2.Encode()
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip differs:\n%s\n%s", b, b2)
		}
	})
}
