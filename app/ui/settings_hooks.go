package ui

import (
	json "github.com/goccy/go-json"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// testHooksKey is the localStorage item that, set to "1" before the app
// loads, installs window.__breachdeskImport(bytes, passphrase): the import of
// a file's bytes, by the same code as the file input after it has read the
// file, resolving to {"problems":[...],"added":n,"error":"..."}. The
// end-to-end suite uses it to run a thousand hostile files without a file
// dialog each. It does nothing a user could not do with the file input.
const testHooksKey = "breachdesk.testHooks"

func installTestHooks(ctx app.Context) {
	if !app.IsClient {
		return
	}
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return
	}
	if v := ls.Call("getItem", testHooksKey); !v.Truthy() || v.String() != "1" {
		return
	}
	c := desk.ctxFor(ctx)
	app.Window().Set("__breachdeskImport", app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		data := make([]byte, args[0].Get("length").Int())
		app.CopyBytesToGo(data, args[0])
		pass := ""
		if len(args) > 1 && args[1].Truthy() {
			pass = args[1].String()
		}
		return app.Window().Get("Promise").New(app.FuncOf(func(this app.Value, a []app.Value) any {
			resolve := a[0]
			desk.ctxFor(c).Dispatch(func(ctx app.Context) {
				desk.ImportFile(ctx, data, pass, func(ctx app.Context, r importResult) {
					resolve.Invoke(hookResult(r))
				})
			})
			return nil
		}))
	}))
}

// hookResult is an import's result as JSON for the test hook.
func hookResult(r importResult) string {
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
	b, _ := json.Marshal(out)
	return string(b)
}
