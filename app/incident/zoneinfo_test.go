package incident

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

var updateZones = flag.Bool("update-zones", false, "rewrite zoneinfo/ from $GOROOT/lib/time/zoneinfo.zip")

// goZoneinfo is Go's zone database, from which time/tzdata is generated.
func goZoneinfo(t *testing.T) map[string][]byte {
	t.Helper()
	z, err := zip.OpenReader(filepath.Join(runtime.GOROOT(), "lib", "time", "zoneinfo.zip"))
	if err != nil {
		t.Skipf("no Go zone database to compare with: %v", err)
	}
	defer z.Close()
	m := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		m[f.Name] = b
	}
	return m
}

// TestZoneinfo keeps zoneinfo/ byte for byte Go's data for exactly the zones of
// zoneNames (with -update-zones it rewrites them): a Go release with new
// zone rules makes it fail rather than leave the app on old rules.
func TestZoneinfo(t *testing.T) {
	want := goZoneinfo(t)
	if *updateZones {
		os.RemoveAll("zoneinfo")
		for _, name := range zoneNames {
			b, ok := want[name]
			if !ok {
				t.Fatalf("%s is not in Go's zone database", name)
			}
			p := filepath.Join("zoneinfo", filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Skip("zoneinfo/ rewritten: rebuild and run the tests again")
	}
	for _, name := range zoneNames {
		got, err := zoneData(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal([]byte(got), want[name]) {
			t.Errorf("%s differs from Go's zone database: run go test ./app/incident -run TestZoneinfo -update-zones", name)
		}
	}
	n := 0
	fs.WalkDir(zoneinfo, "zoneinfo", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	if n != len(zoneNames) {
		t.Errorf("zoneinfo/ holds %d files for %d zones: run -update-zones", n, len(zoneNames))
	}
}

// TestZonesLoadLikeLoadLocation: every zone of the table gives the same offsets
// and abbreviations as time.LoadLocation over 1970–2040, and time.LoadLocation
// itself finds them through the registered table (as in the browser).
func TestZonesLoadLikeLoadLocation(t *testing.T) {
	for _, name := range zoneNames {
		got, err := LoadZone(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.String() != name {
			t.Errorf("%s loads as %s", name, got)
		}
		want, err := time.LoadLocation(name)
		if err != nil {
			t.Fatalf("time.LoadLocation(%s): %v", name, err)
		}
		for at := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC); at.Year() < 2040; at = at.Add(97 * 24 * time.Hour) {
			gn, go_ := at.In(got).Zone()
			wn, wo := at.In(want).Zone()
			if gn != wn || go_ != wo {
				t.Fatalf("%s at %s: %s %d, time.LoadLocation %s %d", name, at, gn, go_, wn, wo)
			}
		}
		data, err := zoneData(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := time.LoadLocationFromTZData(name, []byte(data)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if z := Zones(); len(z) != len(zoneNames) || z[0] != DefaultTimeZone {
		t.Errorf("Zones() = %v", z)
	}
}

func TestZoneOutsideTable(t *testing.T) {
	for _, name := range []string{"America/Argentina/Salta", "Mars/Olympus", "../zoneinfo/Asia/Tokyo", "asia/tokyo", "Local", ""} {
		if _, err := LoadZone(name); err == nil {
			t.Errorf("%q loaded", name)
		}
		inc := &Incident{TimeZone: name}
		if got := inc.Location().String(); got != DefaultTimeZone {
			t.Errorf("%q: Location() = %s, want the default", name, got)
		}
	}
	_, err := LoadZone("America/Argentina/Salta")
	if err == nil || !strings.Contains(err.Error(), "not in Breach Desk's zone table") {
		t.Errorf("error %v does not say the zone is outside the table", err)
	}
}
