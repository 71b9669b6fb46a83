package ui

import (
	"context"
	"time"

	"breachdesk/app/browser"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadDevice reads this browser's device key (made and stored on first use)
// and gives it to the desk, which then records the edits as signed changes.
func loadDevice(ctx app.Context) {
	ctx.Async(func() {
		c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		k, err := browser.LoadDeviceKey(c)
		loop.Dispatch(func() {
			if err != nil {
				app.Log("the device key is not available; changes are not recorded:", err)
				return
			}
			theDesk.SetDevice(k)
		})
	})
}
