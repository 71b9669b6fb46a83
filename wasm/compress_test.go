//go:build !(js && wasm)

package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Twins are made once per content and then read from the cache; a damaged
// cache file is made again, never copied into a site.
func TestPrecompressCache(t *testing.T) {
	cache := t.TempDir()
	raw := []byte(strings.Repeat("Breach Desk は端末の外にデータを出しません。", 200))
	write := func() (gz, br []byte) {
		site := t.TempDir()
		f := filepath.Join(site, "app.js")
		if err := os.WriteFile(f, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := precompress(site, cache); err != nil {
			t.Fatal(err)
		}
		gz, _ = os.ReadFile(f + ".gz")
		br, _ = os.ReadFile(f + ".br")
		if !inflatesTo(gz, br, raw) {
			t.Fatal("the twins written do not decompress to the file")
		}
		return gz, br
	}
	gz1, br1 := write()
	cached, _ := filepath.Glob(filepath.Join(cache, "*"))
	if len(cached) != 2 {
		t.Fatalf("cache holds %v, want the two twins", cached)
	}
	// The second build reads the cache: put a different, valid gzip twin
	// of the same bytes there (fastest level), and see it used.
	var fast bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&fast, gzip.BestSpeed)
	zw.Write(raw)
	zw.Close()
	if bytes.Equal(fast.Bytes(), gz1) {
		t.Fatal("the fast gzip twin is the same as the best one: the check below would be blind")
	}
	for _, f := range cached {
		if strings.HasSuffix(f, ".gz") {
			if err := os.WriteFile(f, fast.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	gz2, br2 := write()
	if !bytes.Equal(gz2, fast.Bytes()) || !bytes.Equal(br1, br2) {
		t.Error("the second build did not take the twins from the cache")
	}
	// Damage the cache: the next build must not copy it.
	for _, f := range cached {
		if strings.HasSuffix(f, ".br") {
			if err := os.WriteFile(f, br1[:len(br1)/2], 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	_, br3 := write()
	if !bytes.Equal(br3, br1) {
		t.Error("a cut cache file was served instead of being made again")
	}
	// No cache: still correct.
	site := t.TempDir()
	if err := os.WriteFile(filepath.Join(site, "a.css"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := precompress(site, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(site, "a.css.br")); err != nil {
		t.Error("without a cache no twin was written")
	}
}

// make test's sites are compressed at a low brotli level
// (BREACHDESK_BROTLI_QUALITY): their twins still decompress to the file,
// and are cached apart, so that a build at the best level (make dist)
// never takes them.
func TestBrotliQualityFromTheEnvironment(t *testing.T) {
	cache := t.TempDir()
	raw := []byte(strings.Repeat("漏えい対応デスク: the twins of a site built for the tests. ", 400))
	build := func() []byte {
		site := t.TempDir()
		f := filepath.Join(site, "app.js")
		if err := os.WriteFile(f, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := precompress(site, cache); err != nil {
			t.Fatal(err)
		}
		gz, _ := os.ReadFile(f + ".gz")
		br, _ := os.ReadFile(f + ".br")
		if !inflatesTo(gz, br, raw) {
			t.Fatal("the twins written do not decompress to the file")
		}
		return br
	}
	t.Setenv("BREACHDESK_BROTLI_QUALITY", "1")
	low := build()
	t.Setenv("BREACHDESK_BROTLI_QUALITY", "")
	best := build()
	if len(best) >= len(low) {
		t.Errorf("brotli at the best level %d bytes, at level 1 %d: the level was not applied, or the low twin was taken from the cache", len(best), len(low))
	}
	if cached, _ := filepath.Glob(filepath.Join(cache, "*")); len(cached) != 4 {
		t.Errorf("cache holds %v, want two pairs (one per level)", cached)
	}
	t.Setenv("BREACHDESK_BROTLI_QUALITY", "12")
	if q := brotliQuality(); q != 11 {
		t.Errorf("an out-of-range level gave %d, want the best (11)", q)
	}
}
