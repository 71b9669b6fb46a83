//go:build !(js && wasm)

package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerPatch is one exact replacement in go-app's service worker template.
type workerPatch struct {
	why      string
	old, new string
}

// workerPatches fix go-app v10.1.11's worker (see ../shared/reference/stack.md §1.5, §1.6):
//   - install and activate did their work in async handlers without
//     event.waitUntil, so the worker could activate with an empty cache (and
//     an error only in the console) or stop before skipWaiting;
//   - under a sub-path the start page was cached as "/prefix", outside the
//     worker's scope "/prefix/", so nothing worked offline;
//   - a navigation to a page that is not precached (any page but the first,
//     or the start URL with a query) failed offline instead of getting the
//     app shell, which routes it on the client.
var workerPatches = []workerPatch{
	{
		why: "precache the scope's own URL (with its trailing slash)",
		old: `const resourcesToCache = {{.ResourcesToCache}};`,
		new: `const scopePath = new URL(self.registration.scope).pathname;
const resourcesToCache = {{.ResourcesToCache}}.map((u) =>
  u + "/" === scopePath ? scopePath : u
);`,
	},
	{
		why: "install: wait for the whole precache before activating; fail the install if any file fails",
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		new: `self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});`,
	},
	{
		why: "activate: keep the worker alive until old caches are gone and clients are claimed",
		old: `self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});`,
		new: `self.addEventListener("activate", (event) => {
  event.waitUntil(
    deletePreviousCaches()
      .then(() => self.clients.claim())
      .then(() => console.log("app worker {{.Version}} is activated"))
  );
});`,
	},
	{
		why: "fetch: navigations ignore the query and fall back to the cached app shell when the network is gone",
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}`,
		new: `async function fetchWithCache(request) {
  const navigation = request.mode === "navigate";
  const cachedResponse = await caches.match(request, { ignoreSearch: navigation });
  if (cachedResponse) {
    return cachedResponse;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (navigation) {
      const shell = await caches.match(scopePath, { ignoreSearch: true });
      if (shell) {
        return shell;
      }
    }
    throw error;
  }
}`,
	},
}

// patchWorker applies every patch to go-app's worker template. It fails when
// a patched passage is not found exactly once: go-app changed its template,
// and the patch must be reviewed rather than silently skipped.
func patchWorker(template string) (string, error) {
	for _, p := range workerPatches {
		if n := strings.Count(template, p.old); n != 1 {
			return "", fmt.Errorf("service worker patch %q: go-app's template has the passage %d times, want 1: review the patch against go-app's app-worker.js", p.why, n)
		}
		template = strings.Replace(template, p.old, p.new, 1)
	}
	return template, nil
}

// workerTemplate is go-app's default worker with the patches applied.
func workerTemplate() (string, error) { return patchWorker(app.DefaultAppWorkerJS) }
