//go:build !(js && wasm)

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible are the extensions that get .br and .gz twins.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".css": true, ".html": true, ".webmanifest": true, ".svg": true, ".json": true,
}

// minCompressSize: smaller files are not worth a twin.
const minCompressSize = 1024

// precompress writes F.br and F.gz next to each large text or wasm file F, so
// that any static server configured for it (and the local one) can send them.
// Brotli at its best level takes most of a site's build (the wasm file alone
// ~40 s on a 2-core machine), so the twins are kept in cacheDir by the
// content's hash and reused when the same bytes are built again (the same
// app.wasm in a sub-path site, a rebuild that changed only a page). cacheDir
// "" keeps nothing.
func precompress(dir, cacheDir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[strings.ToLower(filepath.Ext(p))] {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil || len(raw) < minCompressSize {
			return err
		}
		gz, br, err := twins(raw, cacheDir)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p+".gz", gz, 0o644); err != nil {
			return err
		}
		return os.WriteFile(p+".br", br, 0o644)
	})
}

// twins returns raw compressed with gzip and brotli, from cacheDir when a
// cached pair decompresses to raw exactly, else made now (and cached).
func twins(raw []byte, cacheDir string) (gz, br []byte, err error) {
	sum := sha256.Sum256(raw)
	q := brotliQuality()
	name := hex.EncodeToString(sum[:])
	if q != brotli.BestCompression {
		name += "-q" + strconv.Itoa(q) // never served to a build at the best level
	}
	key := filepath.Join(cacheDir, name)
	if cacheDir != "" {
		gz, e1 := os.ReadFile(key + ".gz")
		br, e2 := os.ReadFile(key + ".br")
		if e1 == nil && e2 == nil && inflatesTo(gz, br, raw) {
			return gz, br, nil
		}
	}
	var gzb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gzb, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		return nil, nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, nil, err
	}
	var brb bytes.Buffer
	bw := brotli.NewWriterLevel(&brb, q)
	if _, err := bw.Write(raw); err != nil {
		return nil, nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, nil, err
	}
	if cacheDir != "" && os.MkdirAll(cacheDir, 0o755) == nil {
		// A cache that cannot be written only costs time next build.
		_ = writeAtomic(key+".gz", gzb.Bytes())
		_ = writeAtomic(key+".br", brb.Bytes())
	}
	return gzb.Bytes(), brb.Bytes(), nil
}

// brotliQuality is the brotli level of the twins: the best (11) unless
// BREACHDESK_BROTLI_QUALITY names another (0-11). make test builds its
// end-to-end sites at a low level: what they test does not depend on it,
// and the best level of a new app.wasm took a core for a minute or more
// while the native tests ran. make dist and make bench (whose sizes are
// brotli 11) keep the best.
func brotliQuality() int {
	q, err := strconv.Atoi(os.Getenv("BREACHDESK_BROTLI_QUALITY"))
	if err != nil || q < 0 || q > brotli.BestCompression {
		return brotli.BestCompression
	}
	return q
}

// inflatesTo checks a cached pair: both must decompress to raw (a cache file
// cut short or changed is made again, never served).
func inflatesTo(gz, br, raw []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return false
	}
	plain, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(plain, raw) {
		return false
	}
	plain, err = io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	return err == nil && bytes.Equal(plain, raw)
}

// writeAtomic writes a file whole or not at all (a temporary file renamed).
func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// compressCache is where twins are kept between builds: the user's cache
// folder (as Go keeps its build cache), or nothing when there is none.
func compressCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "breachdesk", "compress")
}
