package static

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":           "<h1>start</h1>",
		"about.html":           "<h1>about</h1>",
		"app.js":               "console.log(1)",
		"app-worker.js":        "// worker",
		"web/app.wasm":         "wasm-raw",
		"web/app.wasm.br":      "wasm-br",
		"web/app.wasm.gz":      "wasm-gz",
		"manifest.webmanifest": "{}",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func get(t *testing.T, h http.Handler, method, path, accept string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, path, nil)
	if accept != "" {
		r.Header.Set("Accept-Encoding", accept)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestServer(t *testing.T) {
	dir := site(t)
	for _, c := range []struct {
		name, prefix, method, path, accept string
		status                             int
		body, encoding, ctype              string
	}{
		{"root is index.html", "", "GET", "/", "", 200, "<h1>start</h1>", "", "text/html"},
		{"index.html is not redirected", "", "GET", "/index.html", "", 200, "<h1>start</h1>", "", "text/html"},
		{"page without extension", "", "GET", "/about", "", 200, "<h1>about</h1>", "", "text/html"},
		{"unknown app path gets the shell", "", "GET", "/incident/timeline", "", 200, "<h1>start</h1>", "", "text/html"},
		{"missing file", "", "GET", "/web/nope.css", "", 404, "", "", ""},
		{"brotli preferred", "", "GET", "/web/app.wasm", "gzip, br", 200, "wasm-br", "br", "application/wasm"},
		{"gzip when no brotli", "", "GET", "/web/app.wasm", "gzip", 200, "wasm-gz", "gzip", "application/wasm"},
		{"br refused with q=0", "", "GET", "/web/app.wasm", "br;q=0, gzip", 200, "wasm-gz", "gzip", "application/wasm"},
		{"raw without encodings", "", "GET", "/web/app.wasm", "", 200, "wasm-raw", "", "application/wasm"},
		{"POST refused", "", "POST", "/", "", 405, "", "", ""},
		{"path traversal stays inside", "", "GET", "/../../etc/passwd", "", 200, "<h1>start</h1>", "", "text/html"},
		{"prefix: page", "/tools/breach", "GET", "/tools/breach/about", "", 200, "<h1>about</h1>", "", "text/html"},
		{"prefix: root with slash", "/tools/breach", "GET", "/tools/breach/", "", 200, "<h1>start</h1>", "", "text/html"},
		{"prefix: bare path redirects into the scope", "/tools/breach", "GET", "/tools/breach", "", 301, "", "", ""},
		{"prefix: outside", "/tools/breach", "GET", "/about", "", 404, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := get(t, &Server{Dir: dir, Prefix: c.prefix}, c.method, c.path, c.accept)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d", w.Code, c.status)
			}
			if c.body != "" && w.Body.String() != c.body {
				t.Errorf("body %q, want %q", w.Body.String(), c.body)
			}
			if got := w.Header().Get("Content-Encoding"); got != c.encoding {
				t.Errorf("encoding %q, want %q", got, c.encoding)
			}
			if c.ctype != "" && !strings.HasPrefix(w.Header().Get("Content-Type"), c.ctype) {
				t.Errorf("content type %q, want %q", w.Header().Get("Content-Type"), c.ctype)
			}
			if c.status == 301 && w.Header().Get("Location") != "/tools/breach/" {
				t.Errorf("redirect to %q", w.Header().Get("Location"))
			}
		})
	}
}

func TestCheck(t *testing.T) {
	if err := Check(site(t)); err != nil {
		t.Errorf("a generated site: %v", err)
	}
	if err := Check(t.TempDir()); err == nil || !strings.Contains(err.Error(), "make dist") {
		t.Errorf("an empty folder: %v", err)
	}
}

// A new deployment is seen even when its file has the size and the
// modification time (to the second, as Last-Modified has it) of the one a
// client cached: the ETag is the content's, so a revalidation of the old
// copy gets the new file (the update check of the service worker), and one
// of the current copy gets 304.
func TestRevalidationSeesANewDeploySameSecond(t *testing.T) {
	when := time.Date(2026, 12, 4, 23, 12, 24, 0, time.UTC)
	deploy := func(content string) *Server {
		dir := t.TempDir()
		f := filepath.Join(dir, "app-worker.js")
		if err := os.WriteFile(f, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(f, when, when.Add(time.Duration(len(content))*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		return &Server{Dir: dir}
	}
	v1, v2 := deploy(`const cacheName = "app-v1";`), deploy(`const cacheName = "app-v2";`)
	first := get(t, v1, "GET", "/app-worker.js", "")
	tag, lm := first.Header().Get("ETag"), first.Header().Get("Last-Modified")
	if first.Code != 200 || tag == "" || lm == "" {
		t.Fatalf("first answer %d, ETag %q, Last-Modified %q", first.Code, tag, lm)
	}
	revalidate := func(s *Server) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/app-worker.js", nil)
		r.Header.Set("If-None-Match", tag)
		r.Header.Set("If-Modified-Since", lm)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	if w := revalidate(v2); w.Code != 200 || !strings.Contains(w.Body.String(), "app-v2") {
		t.Errorf("the new deploy revalidated: %d %q, want 200 with the new file", w.Code, w.Body.String())
	}
	if w := revalidate(v1); w.Code != 304 {
		t.Errorf("the same deploy revalidated: %d, want 304", w.Code)
	}
}
