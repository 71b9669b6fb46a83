//go:build !(js && wasm)

package main

import (
	"os"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The patch applies to go-app's template, each passage exactly once.
func TestWorkerPatchAppliesToGoApp(t *testing.T) {
	w, err := workerTemplate()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"event.waitUntil(installWorker()",
		"event.waitUntil(\n    deletePreviousCaches()",
		"const scopePath = new URL(self.registration.scope).pathname;",
		`caches.match(scopePath, { ignoreSearch: true })`,
	} {
		if !strings.Contains(w, want) {
			t.Errorf("patched worker lacks %q", want)
		}
	}
	if strings.Contains(w, `self.addEventListener("install", async`) {
		t.Error("the unpatched install handler is still there")
	}
}

// When go-app's template changes under a patch, generation must fail.
func TestWorkerPatchFailsOnChangedTemplate(t *testing.T) {
	changed := strings.Replace(app.DefaultAppWorkerJS, "await self.skipWaiting();", "self.skipWaiting();", 1)
	if _, err := patchWorker(changed); err == nil || !strings.Contains(err.Error(), "review the patch") {
		t.Fatalf("a changed template was patched anyway: %v", err)
	}
}

func TestHashDirIsStableAndSensitive(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := writeFile(dir+"/"+name, body); err != nil {
			t.Fatal(err)
		}
	}
	write("app.wasm", "one")
	a, _ := hashDir(dir)
	b, _ := hashDir(dir)
	if a != b || len(a) != 12 {
		t.Fatalf("hash not stable: %q %q", a, b)
	}
	write("app.wasm", "two")
	if c, _ := hashDir(dir); c == a {
		t.Error("hash did not change with the build")
	}
}

func writeFile(p, body string) error { return os.WriteFile(p, []byte(body), 0o644) }
