package incident

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	json "github.com/goccy/go-json"
)

// TestEncodeExportIsMarshalIndent pins the bytes of an export to goccy's
// MarshalIndent, so that EncodeExport may build them as Marshal + Indent (which
// keeps goccy's two indenting encoder VMs, ~1 MB, out of the wasm:
// testdata/size/REPORT.md) without changing a byte. Since both are the
// standard library's (no goccy encoder runs in the browser: TestNoGoccyEncoder
// in wasm/), it also pins them, and Encode's stored form, to the bytes goccy
// wrote before, for every incident of testdata/.
func TestEncodeExportIsMarshalIndent(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*/*.json")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 7, 1, 9, 30, 0, 0, time.FixedZone("JST", 9*3600))
	incs := []*Incident{New("new", now), {}}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if inc, _ := Import(b); inc != nil {
			incs = append(incs, inc)
		}
	}
	if len(incs) < 5 {
		t.Fatalf("only %d incidents to export", len(incs))
	}
	for _, inc := range incs {
		got, err := Encode(inc)
		if err != nil {
			t.Fatal(err)
		}
		c := *inc
		c.Schema = SchemaVersion
		want, err := json.Marshal(&c)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("incident %q: Encode differs from goccy's Marshal", inc.ID)
		}
	}
	for n := 0; n <= len(incs); n++ {
		got, err := EncodeExport(incs[:n], now)
		if err != nil {
			t.Fatal(err)
		}
		e := Export{Format: ExportFormat, Schema: SchemaVersion, ExportedAt: now, Incidents: make([]*Incident, n)}
		for i, inc := range incs[:n] {
			c := *inc
			c.Schema = SchemaVersion
			e.Incidents[i] = &c
		}
		want, err := json.MarshalIndent(&e, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%d incidents: EncodeExport differs from MarshalIndent", n)
		}
	}
}
