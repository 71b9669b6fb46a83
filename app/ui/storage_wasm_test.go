//go:build js && wasm

package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/desk"
)

// A storage that did not answer in time: the pages stop saying "loading", say
// what happened and what to do (nothing stored is lost), and offer a reload.
// Another failure to read keeps its own message, without the reload.
func TestStorageWithNoAnswerOffersAReload(t *testing.T) {
	for _, c := range []struct {
		err    error
		reload bool
		says   string
	}{
		{fmt.Errorf("%w (breachdesk, %w)", browser.ErrNoAnswer, context.DeadlineExceeded), true, "他のタブやウィンドウを閉じて"},
		{browser.ErrNoIndexedDB, false, "プライベートモード"},
	} {
		resetLang(t)
		ml := desk.NewManualLoop(time.Now())
		var d *desk.Desk
		d = desk.New(desk.Config{Open: func() (desk.Store, error) { return nil, c.err }, Keys: webKeys{}, Loop: ml,
			OnChange: func() { changedIfShown(d) }})
		d.Load()
		ml.Run()
		old := theDesk
		theDesk = d
		p := &HomePage{}
		mount(t, p)
		if strings.Contains(p.JSValue().Get("textContent").String(), "読み込んでいます") {
			t.Errorf("%v: the page still says it is loading", c.err)
		}
		alert := p.JSValue().Call("querySelector", "#storage-error")
		if !alert.Truthy() {
			t.Fatalf("%v: no storage error on the page", c.err)
		}
		if text := alert.Get("textContent").String(); !strings.Contains(text, c.says) || strings.Contains(text, "context") {
			t.Errorf("%v: the alert reads %q", c.err, text)
		}
		if got := p.JSValue().Call("querySelector", "#storage-reload").Truthy(); got != c.reload {
			t.Errorf("%v: a reload button: %v, want %v", c.err, got, c.reload)
		}
		theDesk = old
	}
}
