package vault_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

const good = `{"format":"breachdesk-record-sealed","v":1,"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"MDEyMzQ1Njc4OWFiY2RlZg=="},"cipher":"AES-GCM-256","iv":"AAECAwQFBgcICQoL","data":"AAECAwQFBgcICQoLDA0ODw=="}`

func TestDecodeGood(t *testing.T) {
	e, err := vault.Decode([]byte(good), vault.RecordFormat)
	if err != nil {
		t.Fatal(err)
	}
	if e.KDF.Iterations != 600000 || string(e.KDF.Salt) != "0123456789abcdef" || len(e.IV) != 12 || len(e.Data) != 16 {
		t.Fatalf("decoded %+v", e)
	}
	b, err := e.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != good {
		t.Fatalf("round trip:\n got %s\nwant %s", b, good)
	}
}

// TestDecodeBad: every way an envelope can be wrong gets its field and code.
func TestDecodeBad(t *testing.T) {
	r := strings.NewReplacer
	tests := []struct {
		name   string
		data   string
		want   string // format wanted
		field  string
		code   vault.Code
		enPart string // part of the English message
	}{
		{"empty", ``, "", "", vault.CodeNotJSON, "not JSON"},
		{"not json", `hello`, "", "", vault.CodeNotJSON, "not JSON"},
		{"array", `[1,2]`, "", "", vault.CodeNotObject, "JSON object"},
		{"truncated", good[:60], "", "", vault.CodeNotJSON, "not a readable"},
		{"trailing", good + `{}`, "", "", vault.CodeNotJSON, "after the end"},
		{"invalid utf8", "{\"format\":\"\xff\"}", "", "", vault.CodeNotJSON, "UTF-8"},
		{"unknown field", r(`"v":1,`, `"v":1,"extra":true,`).Replace(good), "", "extra", vault.CodeUnknownField, "unknown field"},
		{"duplicate", r(`"v":1,`, `"v":1,"v":1,`).Replace(good), "", "v", vault.CodeDuplicate, "twice"},
		{"missing iv", r(`"iv":"AAECAwQFBgcICQoL",`, ``).Replace(good), "", "iv", vault.CodeMissing, "missing"},
		{"null data", r(`"data":"AAECAwQFBgcICQoLDA0ODw=="`, `"data":null`).Replace(good), "", "data", vault.CodeMissing, "missing"},
		{"missing kdf", r(`"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"MDEyMzQ1Njc4OWFiY2RlZg=="},`, ``).Replace(good), "", "kdf", vault.CodeMissing, "missing"},
		{"kdf not object", r(`"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"MDEyMzQ1Njc4OWFiY2RlZg=="}`, `"kdf":"PBKDF2"`).Replace(good), "", "kdf", vault.CodeNotObject, "object"},
		{"v string", r(`"v":1`, `"v":"1"`).Replace(good), "", "v", vault.CodeWrongType, "integer"},
		{"v fraction", r(`"v":1`, `"v":1.5`).Replace(good), "", "v", vault.CodeWrongType, "integer"},
		{"future version", r(`"v":1`, `"v":2`).Replace(good), "", "v", vault.CodeVersionFuture, "newer Breach Desk"},
		{"future version, other fields too", `{"format":"breachdesk-record-sealed","v":7,"kdf":{"name":"Argon2id","iterations":3,"salt":"AA=="},"cipher":"X","iv":"","data":""}`, "", "kdf.name", vault.CodeKDFUnknown, "Argon2id"},
		{"version zero", r(`"v":1`, `"v":0`).Replace(good), "", "v", vault.CodeVersionInvalid, "invalid envelope version"},
		{"huge version", r(`"v":1`, `"v":99999999999999999999`).Replace(good), "", "v", vault.CodeVersionFuture, "newer"},
		{"format other", r(`breachdesk-record-sealed`, `breachdesk-export`).Replace(good), "", "format", vault.CodeFormat, "cannot be used"},
		{"format mismatch", good, vault.ExportFormat, "format", vault.CodeFormat, "breachdesk-export-sealed"},
		{"kdf unknown", r(`PBKDF2-SHA256`, `PBKDF2-SHA1`).Replace(good), "", "kdf.name", vault.CodeKDFUnknown, "PBKDF2-SHA1"},
		{"iterations low", r(`600000`, `100000`).Replace(good), "", "kdf.iterations", vault.CodeIterationsLow, "at least 600000"},
		{"iterations negative", r(`600000`, `-1`).Replace(good), "", "kdf.iterations", vault.CodeIterationsLow, "too few"},
		{"iterations high", r(`600000`, `2000000000`).Replace(good), "", "kdf.iterations", vault.CodeIterationsHigh, "too many"},
		{"iterations float", r(`600000`, `6e5`).Replace(good), "", "kdf.iterations", vault.CodeWrongType, "integer"},
		{"salt short", r(`MDEyMzQ1Njc4OWFiY2RlZg==`, `MDEyMw==`).Replace(good), "", "kdf.salt", vault.CodeSaltSize, "4 bytes"},
		{"salt bad base64", r(`MDEyMzQ1Njc4OWFiY2RlZg==`, `MDEy*zQ1Njc4OWFiY2RlZg==`).Replace(good), "", "kdf.salt", vault.CodeBase64, "character 5"},
		{"cipher unknown", r(`AES-GCM-256`, `AES-CBC-256`).Replace(good), "", "cipher", vault.CodeCipherUnknown, "AES-CBC-256"},
		{"cipher number", r(`"AES-GCM-256"`, `256`).Replace(good), "", "cipher", vault.CodeWrongType, "string"},
		{"iv bad base64", r(`AAECAwQFBgcICQoL`, `AAECAwQFBgcICQo!`).Replace(good), "", "iv", vault.CodeBase64, "base64"},
		{"iv url base64", r(`"iv":"AAECAwQFBgcICQoL"`, `"iv":"AAECAwQFBgcICQo_"`).Replace(good), "", "iv", vault.CodeBase64, "base64"},
		{"iv 16 bytes", r(`"iv":"AAECAwQFBgcICQoL"`, `"iv":"AAECAwQFBgcICQoLDA0ODw=="`).Replace(good), "", "iv", vault.CodeIVSize, "12 bytes (it is 16)"},
		{"iv empty", r(`AAECAwQFBgcICQoL`, ``).Replace(good), "", "iv", vault.CodeIVSize, "it is 0"},
		{"data short", r(`AAECAwQFBgcICQoLDA0ODw==`, `AAEC`).Replace(good), "", "data", vault.CodeDataShort, "truncated"},
		{"data bad padding", r(`AAECAwQFBgcICQoLDA0ODw==`, `AAECAwQFBgcICQoLDA0ODw=`).Replace(good), "", "data", vault.CodeBase64, "base64"},
		{"too large", `{"x":"` + strings.Repeat("a", vault.MaxEnvelopeBytes) + `"}`, "", "", vault.CodeTooLarge, "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := vault.Decode([]byte(tt.data), tt.want)
			var e *vault.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *vault.Error", err)
			}
			if e.Field != tt.field || e.Code != tt.code {
				t.Fatalf("got field %q code %q (%v), want %q %q", e.Field, e.Code, err, tt.field, tt.code)
			}
			if !strings.Contains(e.Text("en"), tt.enPart) {
				t.Errorf("en %q lacks %q", e.Text("en"), tt.enPart)
			}
			ja := e.Text("ja")
			if ja == e.Text("en") || ja == string(e.Code) {
				t.Errorf("no Japanese text: %q", ja)
			}
		})
	}
}

func TestEveryCodeHasText(t *testing.T) {
	for _, c := range []vault.Code{vault.CodeTooLarge, vault.CodeNotJSON, vault.CodeNotObject, vault.CodeMissing,
		vault.CodeWrongType, vault.CodeUnknownField, vault.CodeDuplicate, vault.CodeFormat, vault.CodeVersionFuture,
		vault.CodeVersionInvalid, vault.CodeKDFUnknown, vault.CodeIterationsLow, vault.CodeIterationsHigh,
		vault.CodeSaltSize, vault.CodeCipherUnknown, vault.CodeBase64, vault.CodeIVSize, vault.CodeDataShort,
		vault.CodeIdleTimeout} {
		e := &vault.Error{Code: c, Args: []string{"1", "2", "3"}}
		if e.Message("en") == string(c) || e.Message("ja") == string(c) || strings.Contains(e.Message("en")+e.Message("ja"), "MISSING") {
			t.Errorf("%s: %q / %q", c, e.Message("en"), e.Message("ja"))
		}
	}
	for _, err := range []error{vault.ErrWrongPassphrase, vault.ErrOtherKey} {
		if vault.Text(err, "ja") == vault.Text(err, "en") {
			t.Errorf("%v: no Japanese text", err)
		}
	}
}

func TestSealOpen(t *testing.T) {
	c := newGoCipher(t, "correct horse battery staple", testKDF(t))
	plain := []byte(`{"id":"inc-1","title":"顧客リスト流出"}`)
	stored, err := vault.SealRecord(c, plain)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(stored, []byte("inc-1")) || !vault.IsSealed(stored) || vault.IsSealed(plain) {
		t.Fatalf("stored %s", stored)
	}
	got, err := vault.OpenRecord(c, stored)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("open: %q, %v", got, err)
	}
	again, _ := vault.SealRecord(c, plain)
	if bytes.Equal(again, stored) {
		t.Fatal("two seals gave one ciphertext: the IV was reused")
	}

	wrong := newGoCipher(t, "wrong passphrase", testKDF(t))
	if _, err := vault.OpenRecord(wrong, stored); !errors.Is(err, vault.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	e, _ := vault.Decode(stored, "")
	e.Data[3] ^= 1
	if _, err := e.Open(c); !errors.Is(err, vault.ErrTampered) {
		t.Fatalf("tampered: %v", err)
	}
	other := newGoCipher(t, "correct horse battery staple", vault.KDF{Name: vault.KDFName, Iterations: vault.MinIterations, Salt: []byte("fedcba9876543210")})
	if _, err := vault.OpenRecord(other, stored); !errors.Is(err, vault.ErrOtherKey) {
		t.Fatalf("other salt: %v", err)
	}
	if _, err := vault.OpenExport(c, stored); err == nil {
		t.Fatal("a record opened as an export")
	}
}

func TestKeyCheck(t *testing.T) {
	c := newGoCipher(t, "correct horse battery staple", testKDF(t))
	check, err := vault.NewKeyCheck(c)
	if err != nil {
		t.Fatal(err)
	}
	k, err := vault.KeyCheckKDF(check)
	if err != nil || !k.Equal(c.KDF()) {
		t.Fatalf("KeyCheckKDF: %+v %v", k, err)
	}
	if err := vault.CheckKey(c, check); err != nil {
		t.Fatal(err)
	}
	if err := vault.CheckKey(newGoCipher(t, "Correct horse battery staple", k), check); !errors.Is(err, vault.ErrWrongPassphrase) {
		t.Fatalf("wrong: %v", err)
	}
	// a record is not a key check, even sealed with the right key
	rec, _ := vault.SealRecord(c, []byte(vault.KeyCheckPlaintext))
	if err := vault.CheckKey(c, rec); err == nil {
		t.Fatal("a record passed as a key check")
	}
}

func TestReseal(t *testing.T) {
	old := newGoCipher(t, "old passphrase", testKDF(t))
	newKDF, _ := vault.NewKDF([]byte("another salt 16b"))
	nu := newGoCipher(t, "new passphrase", newKDF)
	recs := map[string][]byte{}
	for _, id := range []string{"a", "b", "c"} {
		recs[id], _ = vault.SealRecord(old, []byte("record "+id))
	}
	out, err := vault.Reseal(old, nu, recs)
	if err != nil {
		t.Fatal(err)
	}
	for id, b := range out {
		p, err := vault.OpenRecord(nu, b)
		if err != nil || string(p) != "record "+id {
			t.Fatalf("%s: %q %v", id, p, err)
		}
	}
	recs["b"] = []byte(`{"id":"b"}`) // not sealed
	if out, err := vault.Reseal(old, nu, recs); err == nil || out != nil || !strings.Contains(err.Error(), `"b"`) {
		t.Fatalf("Reseal with a bad record: %v %v", out, err)
	}
}

// TestFixtureV1 opens the committed version-1 export fixture, so files written
// today stay readable (app/browser opens the same file with WebCrypto).
func TestFixtureV1(t *testing.T) {
	file, err := os.ReadFile("testdata/sealed-export-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	k, err := vault.ExportKDF(file)
	if err != nil {
		t.Fatal(err)
	}
	got, err := vault.OpenExport(newGoCipher(t, FixturePassphrase, k), file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != FixturePlaintext {
		t.Fatalf("got %q", got)
	}
}

// The fixture's passphrase and plaintext (app/browser's tests hold the same).
const (
	FixturePassphrase = "正しい馬 battery staple"
	FixturePlaintext  = `{"format":"breachdesk-export","schema":1,"incidents":[]}`
)

func TestWriteFixture(t *testing.T) {
	if os.Getenv("VAULT_WRITE_FIXTURE") == "" {
		t.Skip("set VAULT_WRITE_FIXTURE=1 to rewrite testdata/sealed-export-v1.json")
	}
	k, _ := vault.NewKDF([]byte("fixture salt 16b"))
	b, err := vault.SealExport(newGoCipher(t, FixturePassphrase, k), []byte(FixturePlaintext))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("testdata/sealed-export-v1.json", append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSeamWithIncident: the import in app/incident recognises a sealed export
// (and refuses to read it as plain) by the same format string.
func TestSeamWithIncident(t *testing.T) {
	if vault.ExportFormat != incident.SealedExportFormat {
		t.Fatalf("%q != %q", vault.ExportFormat, incident.SealedExportFormat)
	}
	file, err := os.ReadFile("testdata/sealed-export-v1.json")
	if err != nil {
		t.Fatal(err)
	}
	if k := incident.Sniff(file); k != incident.FileSealed {
		t.Fatalf("Sniff = %v, want FileSealed", k)
	}
	if _, err := incident.DecodeExport(file); err == nil {
		t.Fatal("DecodeExport read a sealed file as plain")
	}
}

// IsSealed looks no further into a record that names no format (a large
// plain incident, read at every start), and still tells an envelope whose
// format is written with escapes.
func TestIsSealedEscapesAndPlain(t *testing.T) {
	for _, f := range []string{vault.ExportFormat, vault.RecordFormat, vault.PacketFormat, vault.KeyCheckFormat} {
		if !strings.HasSuffix(f, "-sealed") {
			t.Errorf("format %q does not end in -sealed: IsSealed's quick look would miss it", f)
		}
	}
	if !vault.IsSealed([]byte(good)) {
		t.Fatal("a sealed record not told")
	}
	escaped := strings.Replace(good, `"breachdesk-record-sealed"`, `"breachdesk-record-\u0073ealed"`, 1)
	if !vault.IsSealed([]byte(escaped)) {
		t.Fatal("a sealed record whose format is written with an escape not told")
	}
	key := strings.Replace(good, `"format"`, `"\u0066ormat"`, 1)
	if !vault.IsSealed([]byte(key)) {
		t.Fatal("a sealed record whose format key is written with an escape not told")
	}
	for _, plain := range []string{
		`{"id":"inc-1","title":"顧客リスト流出","notes":"` + strings.Repeat("ログ解析", 1000) + `"}`,
		`{"id":"inc-1","title":"\u003cb\u003e","format":"x"}`,
		`{"id":"inc-1","note":"the word sealed"}`,
	} {
		if vault.IsSealed([]byte(plain)) {
			t.Errorf("plain record told as sealed: %.60s", plain)
		}
	}
}
