// Package static serves a generated Breach Desk site from a folder, as a
// production static server would be configured to: extension-less paths map
// to their .html page (and unknown app paths to the app shell), pre-compressed
// .br/.gz twins are sent to clients that accept them, and only GET and HEAD
// are answered. `make run` and the end-to-end tests use it.
//
// It must not import go-app, syscall/js or safejs.
package static

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Server serves the site in Dir under the URL path Prefix ("" for the root).
type Server struct {
	Dir    string
	Prefix string
	// Log, when set, receives one line per request.
	Log *log.Logger
	// Header is added to every response (e.g. a Content-Security-Policy).
	Header http.Header

	etags sync.Map // file path → etagEntry
}

// etagEntry is the content hash of a file as it was at size and mtime.
type etagEntry struct {
	size  int64
	mtime time.Time
	tag   string
}

// etag is a strong validator from the file's content, computed once per
// version of the file (size and modification time to the nanosecond).
// Last-Modified alone has whole seconds: a new deployment written within
// the second of the previous one's file (two builds in one second, or a
// deploy that keeps a fixed mtime) was answered 304 Not Modified, so the
// service worker never saw the new version.
func (s *Server) etag(f *os.File, path string, st os.FileInfo) string {
	if e, ok := s.etags.Load(path); ok {
		if e := e.(etagEntry); e.size == st.Size() && e.mtime.Equal(st.ModTime()) {
			return e.tag
		}
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return ""
	}
	tag := `"` + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:18]) + `"`
	s.etags.Store(path, etagEntry{size: st.Size(), mtime: st.ModTime(), tag: tag})
	return tag
}

func init() {
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".webmanifest", "application/manifest+json")
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	start := time.Now()
	s.serve(rec, r)
	if s.Log != nil {
		s.Log.Printf("%s %s %d %s %dB %s", r.Method, r.URL.RequestURI(), rec.status,
			rec.Header().Get("Content-Encoding"), rec.bytes, time.Since(start).Round(time.Microsecond))
	}
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	for k, vs := range s.Header {
		w.Header()[k] = vs
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if s.Prefix != "" {
		if p == s.Prefix {
			// The worker's scope is "prefix/": send users there, never to the
			// uncontrolled "prefix" (stack.md §1.5).
			target := s.Prefix + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		if !strings.HasPrefix(p, s.Prefix+"/") {
			http.NotFound(w, r)
			return
		}
		p = strings.TrimPrefix(p, s.Prefix)
	}
	file, ok := s.resolve(p)
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.sendFile(w, r, file)
}

// resolve maps a URL path (without prefix) to a file in Dir.
func (s *Server) resolve(urlPath string) (string, bool) {
	clean := path.Clean("/" + urlPath)
	if strings.Contains(clean, "\x00") {
		return "", false
	}
	try := []string{}
	switch {
	case clean == "/":
		try = append(try, "/index.html")
	case path.Ext(clean) == "":
		// An app page: its prerendered HTML, else the app shell, which routes
		// on the client (pages with parameters are not prerendered).
		try = append(try, clean+".html", "/index.html")
	default:
		try = append(try, clean)
	}
	for _, t := range try {
		f := filepath.Join(s.Dir, filepath.FromSlash(t))
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() {
			return f, true
		}
	}
	return "", false
}

// sendFile answers with f, or its .br/.gz twin when the client accepts it.
func (s *Server) sendFile(w http.ResponseWriter, r *http.Request, f string) {
	ctype := mime.TypeByExtension(filepath.Ext(f))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	send := f
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		if st, err := os.Stat(f + enc.ext); err == nil && st.Mode().IsRegular() {
			send = f + enc.ext
			w.Header().Set("Content-Encoding", enc.name)
			break
		}
	}
	if send != f || hasTwin(f) {
		w.Header().Add("Vary", "Accept-Encoding")
	}
	fh, err := os.Open(send)
	if err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	// Always revalidate: the service worker keeps the offline copy, and a new
	// deployment must be seen at once.
	w.Header().Set("Cache-Control", "no-cache")
	if tag := s.etag(fh, send, st); tag != "" {
		w.Header().Set("ETag", tag)
	}
	http.ServeContent(w, r, "", st.ModTime(), fh)
}

func hasTwin(f string) bool {
	for _, ext := range []string{".br", ".gz"} {
		if _, err := os.Stat(f + ext); err == nil {
			return true
		}
	}
	return false
}

// acceptsEncoding reports whether an Accept-Encoding header allows enc (q>0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		params = strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return params != "q=0" && params != "q=0.0" && params != "q=0.00" && params != "q=0.000"
	}
	return false
}

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) { r.status = code; r.ResponseWriter.WriteHeader(code) }
func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Check reports a clear error when dir does not hold a generated site.
func Check(dir string) error {
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "web/app.wasm"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return fmt.Errorf("%s is not a generated Breach Desk site (missing %s): run make dist", dir, f)
		}
	}
	return nil
}

var _ io.Writer = (*recorder)(nil)
