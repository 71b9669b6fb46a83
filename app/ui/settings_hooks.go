package ui

import (
	stdjson "encoding/json"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// testHooksKey is the localStorage item that, set to "1" before the app
// loads, installs window.__breachdeskImport(bytes, passphrase): the import of
// a file's bytes, by the same code as the file input after it has read the
// file, resolving to {"problems":[...],"added":n,"error":"..."}. The
// end-to-end suite uses it to run a thousand hostile files without a file
// dialog each. It does nothing a user could not do with the file input.
const testHooksKey = "breachdesk.testHooks"

func installTestHooks() {
	if !app.IsClient || browser.LocalItem(testHooksKey) != "1" {
		return
	}
	err := browser.ExposeAsync("__breachdeskImport", func(data []byte, pass string, done func(string)) {
		loop.Dispatch(func() {
			theDesk.Import(data, pass, func(r desk.ImportResult) {
				// Resolved once the desk has written all the import leads
				// to (the added incidents' change logs follow their done),
				// or after 5 s: the suite compares the store before and
				// after each file.
				waited := 0
				var quiet func()
				quiet = func() {
					if theDesk.Quiet() || waited >= 500 {
						done(hookResult(r))
						return
					}
					waited++
					loop.After(10*time.Millisecond, quiet)
				}
				quiet()
			})
		})
	})
	if err != nil {
		app.Log("test hooks:", err)
	}
}

// hookResult is an import's result as JSON for the test hook.
func hookResult(r desk.ImportResult) string {
	out := struct {
		Problems []string `json:"problems"`
		Added    int      `json:"added"`
		Error    string   `json:"error,omitempty"`
	}{Added: len(r.Added)}
	for _, p := range r.Problems {
		out.Problems = append(out.Problems, p.Text("en"))
	}
	if r.Err != nil {
		out.Error = r.Err.Error()
	}
	b, _ := stdjson.Marshal(out)
	return string(b)
}
