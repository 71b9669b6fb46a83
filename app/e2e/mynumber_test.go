//go:build e2e

package e2e

import (
	"os"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// A case with My Number typed in the app: the user marks My Number among
// the set's data on the facts page, which then asks the My Number Act's two
// questions of the set (特定個人情報漏えい等報告規則2条1号: the system that held it; 3号: open
// to anyone online), and the dashboard's verdict under the Act follows the
// answers: cannot tell while they are open, not reportable at no and no
// (40 persons, a misdirected letter, no unlawful purpose), reportable once
// the data turns out to come from a My Number use affairs system. The
// questions pass axe and fit a phone's screen.
func TestMyNumberFactsVerdict(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	base := "http://" + appHost
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	aware := time.Now().In(tokyo).Add(-20 * time.Hour).Truncate(time.Minute)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "源泉徴収票の誤送付", cause: "misdelivery", aware: aware,
		categories: []string{"name"}, status: "confirmed",
		persons: "40", residentsJP: "40", org: "架空給与計算株式会社", establishments: "JP",
	})
	verdict := `[data-jurisdiction="JP-MN"] h3 .bd-verdict`
	if got := eval[bool](t, ctx, "looking for the My Number Act", `!!document.querySelector('[data-jurisdiction="JP-MN"] h3 .bd-verdict')`); got {
		t.Fatal("the My Number Act is judged before any set holds My Number")
	}

	do(t, ctx, "marking My Number involved", chromedp.Navigate(base+"/incident/facts#"+id), waitApp(), factsWaitIncident(),
		visible("#fx-dataSets-0-cat-my_number"), chromedp.Click(chromedp.CSS("#fx-cause-unlawfulPurpose-no")),
		choose("#fx-dataSets-0-cat-my_number", "yes"), visible("#fx-dataSets-0-mnSystem-unknown"), settled())
	for _, sel := range []string{"#fx-dataSets-0-mnSystem-unknown", "#fx-dataSets-0-exposedOnline-unknown"} {
		if !eval[bool](t, ctx, "reading "+sel, `document.querySelector("`+sel+`").checked`) {
			t.Errorf("%s is not checked for an unanswered question", sel)
		}
	}
	hint := text(t, ctx, "#fx-dataSets-0-mnSystem-hint")
	if want := "規則2条1号"; !strings.Contains(hint, want) {
		t.Errorf("the system question's hint does not cite %s: %q", want, hint)
	}
	if got := text(t, ctx, "#fx-dataSets-0-exposedOnline-hint"); !strings.Contains(got, "規則2条3号") {
		t.Errorf("the online question's hint does not cite 規則2条3号: %q", got)
	}
	waitStoredID(t, ctx, id, "My Number involved", func(inc *incident.Incident) bool {
		return len(inc.Main().Categories) == 2 && inc.Cause.UnlawfulPurpose == incident.No
	})
	do(t, ctx, "the dashboard", openTab("/incident#"), waitText(verdict, catalog.T(catalog.JA, "reportable.unknown")))

	answer := func(what, mn, online string, want string) {
		t.Helper()
		do(t, ctx, what, openTab("/incident/facts"), visible("#fx-dataSets-0-mnSystem-"+mn),
			chromedp.Click(chromedp.CSS("#fx-dataSets-0-mnSystem-"+mn)),
			chromedp.Click(chromedp.CSS("#fx-dataSets-0-exposedOnline-"+online)), settled())
		waitStoredID(t, ctx, id, what, func(inc *incident.Incident) bool {
			d := inc.Main()
			return string(d.MNSystem) == mn && string(d.ExposedOnline) == online
		})
		do(t, ctx, "the dashboard after "+what, openTab("/incident#"), waitText(verdict, catalog.T(catalog.JA, "reportable."+want)))
	}
	answer("neither system nor online", "no", "no", "no")
	answer("held in a My Number system", "yes", "no", "yes")
	a := checkDashboard(t, ctx, catalog.JA)
	for _, j := range a.Jurisdictions {
		if j.ID == "JP-MN" && j.Reportable != "yes" {
			t.Errorf("the engine says %s under the My Number Act, want yes", j.Reportable)
		}
	}
	if got := text(t, ctx, `[data-obligation="jn.report.prelim"]`); got == "" {
		t.Error("reportable under the Act, the dashboard lists no 速報 under it")
	}

	// On a phone: the questions fit the screen and pass axe.
	emulatePhone(t, ctx, phone)
	do(t, ctx, "the facts page on a phone", chromedp.Navigate(base+"/incident/facts#"+id), waitApp(), factsWaitIncident(),
		visible("#fx-dataSets-0-myNumber"), chromedp.ScrollIntoView(chromedp.CSS("#fx-dataSets-0-myNumber")), settled())
	phoneCheck(t, ctx, "facts with My Number")
	viewShot(t, ctx, "mynumber-phone-ja", "#fx-dataSets-0-myNumber")
	right := eval[float64](t, ctx, "measuring the questions", `document.querySelector("#fx-dataSets-0-myNumber").getBoundingClientRect().right`)
	if w := eval[float64](t, ctx, "the screen's width", `document.documentElement.clientWidth`); right > w+1 {
		t.Errorf("the My Number questions reach %.0f px on a %.0f px screen", right, w)
	}
	if os.Getenv("AXE_JS") != "" {
		a11yCheck(t, ctx, axeSource(t), "facts with My Number (phone)")
	}
	do(t, ctx, "switching to English", chromedp.Click(chromedp.CSS("#lang-switch")),
		waitJS(`document.documentElement.lang === "en"`), visible("#fx-dataSets-0-myNumber"), settled())
	if got, want := text(t, ctx, "#fx-dataSets-0-myNumber legend"), catalog.T(catalog.EN, "facts.f.dataSets.myNumber"); got != want {
		t.Errorf("English legend %q, want %q", got, want)
	}
	phoneCheck(t, ctx, "facts with My Number, English")
	viewShot(t, ctx, "mynumber-phone-en", "#fx-dataSets-0-myNumber")
	if os.Getenv("AXE_JS") != "" {
		a11yCheck(t, ctx, axeSource(t), "facts with My Number (phone, English)")
	}
}
