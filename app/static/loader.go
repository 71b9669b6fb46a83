package static

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// loaderOld is the part of go-app v10.1.11's loader (app.js) that hands the
// module to the browser: it reads every chunk of app.wasm in JavaScript, on
// the page's main thread, to count bytes for the progress label, and puts
// it into a new Response built from a JavaScript stream.
const loaderOld = `  var res = new Response(
    new ReadableStream(
      {
        async start(controller) {
          var reader = response.body.getReader();
          for (; ;) {
            var { done, value } = await reader.read();

            if (done) {
              progressHandler(total, total);
              break;
            }

            loaded += value.byteLength;
            progressHandler(loaded, total);
            controller.enqueue(value);
          }
          controller.close();
        },
      },
      {
        status: response.status,
        statusText: response.statusText,
      }
    )
  );

  for (var pair of response.headers.entries()) {
    res.headers.set(pair[0], pair[1]);
  }

  return res;
}`

// loaderNew hands the browser fetch()'s own Response, whose body the browser
// streams into the compiler itself. When the service worker controls the
// page, the module comes from its cache, on this machine: the label says
// 100% at once, and nothing reads the body but the compiler. Otherwise (the
// first visit, from the network) the label counts the bytes read from a copy
// of the response (Response.clone), which the compilation does not wait
// for. In Chromium 156 a warm load of the 22 MB module cost 1.5 CPU-s this
// way against 1.9-2.3 with go-app's stream, and 1.7-2.2 with the copy
// (testdata/size/REPORT.md).
const loaderNew = `  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    progressHandler(total, total);
    return response;
  }

  const counted = response.clone();
  (async () => {
    const reader = counted.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        progressHandler(total, total);
        return;
      }
      loaded += value.byteLength;
      progressHandler(loaded, total);
    }
  })().catch(() => {});

  return response;
}`

// PatchLoader applies loaderNew to go-app's app.js (make dist does to every
// site it writes, and make bench to the hello world it compares with). It fails when the
// passage is not found exactly once: go-app changed its loader, and the
// patch must be reviewed rather than silently skipped.
func PatchLoader(js string) (string, error) {
	if n := strings.Count(js, loaderOld); n != 1 {
		return "", fmt.Errorf("loader patch: go-app's app.js has the passage that streams app.wasm %d times, want 1: review the patch against go-app's app.js", n)
	}
	return strings.Replace(js, loaderOld, loaderNew, 1), nil
}

// PatchLoaderFile applies PatchLoader to the app.js of the site in dir.
func PatchLoaderFile(dir string) error {
	path := filepath.Join(dir, "app.js")
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, err := PatchLoader(string(b))
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(js), 0o644)
}
