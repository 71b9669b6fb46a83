//go:build !(js && wasm)

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"breachdesk/app/static"

	"github.com/goccy/go-json"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// contentSecurityPolicy allows only this origin: scripts (plus compiling the
// WebAssembly), styles, images, the worker and the manifest, and connections
// to nothing else. No inline script or style is needed.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'none'"

// siteConfig is what the generator needs to know about one build.
type siteConfig struct {
	Out    string // output folder
	Web    string // folder of static assets, holding app.wasm
	Prefix string // URL path the site is served under, "" for the root
}

// handler describes the app to go-app: names, local icons, styles, the CSP,
// the patched worker, and a version and wasm size taken from the build.
func handler(c siteConfig, version string, wasmSize int64) (*app.Handler, error) {
	worker, err := workerTemplate()
	if err != nil {
		return nil, err
	}
	h := &app.Handler{
		Name:            "Breach Desk 漏えい対応デスク",
		ShortName:       "Breach Desk",
		Title:           "漏えい対応デスク Breach Desk",
		Description:     "個人データ漏えい等への対応を、初動から最終報告まで案内するツール。入力したデータはブラウザの外に出ません。",
		Lang:            "ja",
		BackgroundColor: "#f3f5f8",
		ThemeColor:      "#14365d",
		LoadingLabel:    "読み込み中 Loading… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                []string{"/web/breachdesk.css", "/web/print.css"},
		CacheableResources:    []string{"/web/icon.svg"},
		RawHeaders:            []string{cspMeta},
		StartURL:              "/?standalone=1",
		Version:               version,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
		ServiceWorkerTemplate: worker,
	}
	if c.Prefix != "" {
		h.Resources = app.PrefixedLocation(c.Prefix)
	}
	return h, nil
}

// generate writes the whole deployable site into c.Out.
func generate(c siteConfig) error {
	if c.Prefix != "" && (!strings.HasPrefix(c.Prefix, "/") || strings.HasSuffix(c.Prefix, "/")) {
		return fmt.Errorf("prefix %q: want a path like /tools/breach (leading slash, no trailing slash)", c.Prefix)
	}
	wasm, err := os.Stat(filepath.Join(c.Web, "app.wasm"))
	if err != nil {
		return fmt.Errorf("the WebAssembly binary is missing (build it first: make wasm): %w", err)
	}
	version, err := hashDir(c.Web)
	if err != nil {
		return err
	}
	h, err := handler(c, version, wasm.Size())
	if err != nil {
		return err
	}
	if err := os.RemoveAll(c.Out); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(c.Out, h); err != nil {
		return fmt.Errorf("generating the static site: %w", err)
	}
	if err := copyDir(c.Web, filepath.Join(c.Out, "web")); err != nil {
		return err
	}
	if err := fixManifest(filepath.Join(c.Out, "manifest.webmanifest"), c.Prefix); err != nil {
		return err
	}
	if err := hoistCSP(c.Out); err != nil {
		return err
	}
	if err := static.PatchLoaderFile(c.Out); err != nil {
		return err
	}
	return precompress(c.Out, compressCache())
}

// hashDir returns a short hash of every file in dir: the app's version. It
// changes when the build changes (the wasm embeds the code and checklists/)
// and not when the same build is generated again.
func hashDir(dir string) (string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	sum := sha256.New()
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(sum, "%s\x00", filepath.ToSlash(rel))
		_, err = io.Copy(sum, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(sum.Sum(nil))[:12], nil
}

// copyDir copies the regular files of src into dst, skipping compressed twins
// (they are made again for the output).
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() || strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// fixManifest sets the manifest's scope to the worker's scope (go-app always
// writes "/") and checks that start_url lies inside it, so an installed app
// starts on a page the worker controls, offline too.
func fixManifest(path, prefix string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	scope := prefix + "/"
	m["scope"] = scope
	start, _ := m["start_url"].(string)
	if !strings.HasPrefix(start, scope) {
		return fmt.Errorf("manifest start_url %q is outside the worker's scope %q", start, scope)
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if bytes.Equal(out, b) {
		return nil
	}
	return os.WriteFile(path, out, 0o644)
}

// cspMeta is the policy as a meta tag.
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`

// hoistCSP moves the policy's meta tag to the top of <head> in every page:
// go-app writes RawHeaders after the scripts, and a policy only governs what
// comes after it.
func hoistCSP(dir string) error {
	const charset = `<meta charset="UTF-8">`
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := string(b)
		if strings.Count(s, cspMeta) != 1 || strings.Count(s, charset) != 1 {
			return fmt.Errorf("%s: expected one charset and one CSP meta tag", p)
		}
		s = strings.Replace(s, cspMeta, "", 1)
		s = strings.Replace(s, charset, charset+"\n    "+cspMeta, 1)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			return err
		}
	}
	return nil
}

var errUsage = errors.New("usage")
