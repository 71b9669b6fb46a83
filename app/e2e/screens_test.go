//go:build e2e

package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestScreens renders the main pages in both languages and, when SCREENS
// names a folder, saves a screenshot of each there (to be looked at).
func TestScreens(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	dir := os.Getenv("SCREENS")
	shot := func(name string) {
		t.Helper()
		if dir == "" {
			return
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	do(t, ctx, "home", chromedp.Navigate("http://"+appHost+"/"), waitApp(), chromedp.WaitVisible(chromedp.CSS("#start-incident")))
	shot("home-ja")
	do(t, ctx, "about", chromedp.Navigate("http://"+appHost+"/about"), waitApp(), waitText("main h1", "このツールについて"))
	shot("about-ja")
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "About Breach Desk"))
	shot("about-en")
	do(t, ctx, "home in English", chromedp.Navigate("http://"+appHost+"/"), waitApp(), waitText("main h1", "Incidents"))
	shot("home-en")
	aware := time.Now().Add(-26 * time.Hour).Truncate(time.Minute)
	answerWizard(t, ctx, wizardAnswers{
		title: "Member site intrusion", cause: "unauthorized_access", summary: "Web shell found on the member site.",
		aware: aware, detected: aware.Add(-2 * time.Hour), contained: aware.Add(time.Hour),
		categories: []string{"name", "email", "address", "phone"}, status: "possible", encryption: "none",
		persons: "12,400", records: "13,050", residentsJP: "12400", org: "Example Shop K.K.", establishments: "JP",
	})
	shot("dashboard-en")
	do(t, ctx, "日本語", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "現状"))
	shot("dashboard-ja")
	do(t, ctx, "wizard", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/start"]`)), chromedp.WaitVisible(chromedp.CSS("#f-title")),
		next(), next())
	shot("wizard-data-ja")
	n.checkPrivacy(t, appHost)
	_ = context.Background
}
