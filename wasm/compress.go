//go:build !(js && wasm)

package main

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
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
func precompress(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[strings.ToLower(filepath.Ext(p))] {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil || len(raw) < minCompressSize {
			return err
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if _, err := zw.Write(raw); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		var br bytes.Buffer
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		if _, err := bw.Write(raw); err != nil {
			return err
		}
		if err := bw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(p+".gz", gz.Bytes(), 0o644); err != nil {
			return err
		}
		return os.WriteFile(p+".br", br.Bytes(), 0o644)
	})
}
