package vault

import (
	"math/rand/v2"
	"testing"
)

// slowSniff is sniffFormat without its shortcut: the whole object read.
func slowSniff(data []byte) string {
	if len(data) > MaxEnvelopeBytes {
		return ""
	}
	m, err := object(data, "")
	if err != nil {
		return ""
	}
	var f string
	if raw, ok := m["format"]; !ok || stringInto(&f)(raw, "format") != nil || !knownFormat(f) {
		return ""
	}
	return f
}

// TestSniffShortcut: sniffFormat, which stops after the first member when
// it names another format, answers as reading the whole object would, on
// envelopes, packets, escaped and repeated keys, broken JSON after a good
// start, and random cuts and byte changes of them.
func TestSniffShortcut(t *testing.T) {
	seeds := []string{
		`{"format":"` + RecordFormat + `","v":1,"ciphertext":"AAAA"}`,
		`  {"format":"` + PacketFormat + `","v":1}`,
		`{"format":"` + ExportFormat + `","v":1,"format":"x"}`,
		`{"format":"breachdesk-packet","v":1,"ops":[{"a":1}]}`,
		`{"format":"breachdesk-packet","v":1,"ops":[{"a":1}`,
		`{"format":"breachdesk-packet","format":"` + RecordFormat + `"}`,
		`{"\u0066ormat":"breachdesk-packet","v":1}`,
		`{"\u0066ormat":"` + KeyCheckFormat + `","v":1}`,
		`{"format":"\u0062reachdesk-x","v":1}`,
		`{"format":{"x":1},"v":1}`,
		`{"format":null}`,
		`{"format":7}`,
		`{"v":1,"format":"` + RecordFormat + `"}`,
		`{"format":"` + RecordFormat + `"}` + "\xff",
		`{"format":"breachdesk-packet"}` + "\xff",
		`["format"]`, `"format"`, ``, `{}`, `{"format"`, `{"format":`,
	}
	r := rand.New(rand.NewPCG(5, 6))
	check := func(data []byte) {
		if got, want := sniffFormat(data), slowSniff(data); got != want {
			t.Fatalf("%q: %q, reading it whole %q", data, got, want)
		}
	}
	for _, s := range seeds {
		check([]byte(s))
		for range 300 {
			b := []byte(s)
			switch {
			case len(b) > 0 && r.IntN(2) == 0:
				b = b[:r.IntN(len(b))]
			case len(b) > 0:
				b[r.IntN(len(b))] = `{}[]":,\ u0fmtx`[r.IntN(15)]
			}
			check(b)
		}
	}
}
