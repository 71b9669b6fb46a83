//go:build !(js && wasm)

package main

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"breachdesk/app/static"
)

// goAppJS is the app.js go-app serves for the app's handler.
func goAppJS(t *testing.T) string {
	t.Helper()
	h, err := handler(siteConfig{}, "test", 1000)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	b, _ := io.ReadAll(rec.Body)
	if rec.Code != 200 || !strings.Contains(string(b), "fetchWithProgress") {
		t.Fatalf("go-app's app.js: status %d, %d bytes", rec.Code, len(b))
	}
	return string(b)
}

// The loader patch applies to go-app's app.js: the browser gets fetch()'s
// own Response, and no chunk of the module passes through a stream of ours.
func TestLoaderPatchAppliesToGoApp(t *testing.T) {
	js, err := static.PatchLoader(goAppJS(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"navigator.serviceWorker.controller", "const counted = response.clone();", "  return response;\n}", `fetchWithProgress("/web/app.wasm", showProgress)`} {
		if !strings.Contains(js, want) {
			t.Errorf("patched app.js lacks %q", want)
		}
	}
	for _, gone := range []string{"new ReadableStream", "controller.enqueue", "return res;"} {
		if strings.Contains(js, gone) {
			t.Errorf("patched app.js still has %q", gone)
		}
	}
}

// When go-app's loader changes under the patch, generation must fail.
func TestLoaderPatchFailsOnChangedLoader(t *testing.T) {
	changed := strings.Replace(goAppJS(t), "controller.enqueue(value);", "controller.enqueue(new Uint8Array(value));", 1)
	if _, err := static.PatchLoader(changed); err == nil || !strings.Contains(err.Error(), "review the patch") {
		t.Fatalf("a changed loader was patched anyway: %v", err)
	}
}
