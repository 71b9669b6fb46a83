//go:build js && wasm

package browser_test

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"breachdesk/app/browser"
)

// TestHandoffFromGoApp checks the way the UI hands a go-app app.Value (which
// does not expose its syscall/js value) to this package: through the global
// FileHandoff. Only this test imports go-app; the package does not.
func TestHandoffFromGoApp(t *testing.T) {
	f := app.Window().Get("File").New([]any{`{"id":"inc-1"}`}, "incident.json", map[string]any{"type": "application/json"})
	app.Window().Set(browser.FileHandoff, f)
	got, err := browser.TakeFile()
	if err != nil {
		t.Fatal(err)
	}
	data, err := browser.ReadFile(got, 1<<20)
	if err != nil || string(data) != `{"id":"inc-1"}` || got.Name != "incident.json" {
		t.Fatalf("%+v %q %v", got, data, err)
	}
}
