//go:build e2e

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestScreens renders the main pages in both languages and, when SCREENS
// names a folder, saves a screenshot of each there (to be looked at).
func TestScreens(t *testing.T) {
	ctx, _ := session(t)
	openHome(t, ctx)
	shot(t, ctx, "home-ja")
	do(t, ctx, "about", chromedp.Navigate("http://"+appHost+"/about"), waitApp(), waitText("main h1", "このツールについて"))
	shot(t, ctx, "about-ja")
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "About Breach Desk"))
	shot(t, ctx, "about-en")
	do(t, ctx, "home in English", chromedp.Navigate("http://"+appHost+"/"), waitApp(), waitText("main h1", "Incidents"))
	shot(t, ctx, "home-en")
	aware := time.Now().Add(-26 * time.Hour).Truncate(time.Minute)
	answerWizard(t, ctx, wizardAnswers{
		title: "Member site intrusion", cause: "unauthorized_access", summary: "Web shell found on the member site.",
		aware: aware, detected: aware.Add(-2 * time.Hour), contained: aware.Add(time.Hour),
		categories: []string{"name", "email", "address", "phone"}, status: "possible", encryption: "none",
		persons: "12,400", records: "13,050", residentsJP: "12400", org: "Example Shop K.K.", establishments: "JP",
	})
	shot(t, ctx, "dashboard-en")
	do(t, ctx, "日本語", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "現状"))
	shot(t, ctx, "dashboard-ja")
	do(t, ctx, "wizard", openTab("/incident/start"), chromedp.WaitVisible(chromedp.CSS("#f-title")),
		next(), next())
	shot(t, ctx, "wizard-data-ja")
}
