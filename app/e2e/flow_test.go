//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// A person who has never seen the app goes from "we just found something" to
// a dashboard that tells them what they owe whom by when, and finds it all
// again after a reload, offline, in either language.
func TestFirstHourToDashboard(t *testing.T) {
	parallel(t)
	ctx, n := session(t)
	openHome(t, ctx)
	waitOffline(t, ctx)

	// Scenario 01 (targeted e-mail at a travel agency), its clock moved to yesterday.
	aware := time.Now().Add(-26 * time.Hour).Truncate(time.Minute)
	// The containment is known only by its day: answered as a day, no time of day.
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	containedDay := aware.Add(-49 * 24 * time.Hour).In(tokyo)
	containedDay = time.Date(containedDay.Year(), containedDay.Month(), containedDay.Day(), 0, 0, 0, 0, tokyo)
	answerWizard(t, ctx, wizardAnswers{
		title: "標的型メールによる不正アクセス", cause: "targeted_email", summary: "社員が標的型メールの添付ファイルを開き、端末がマルウェアに感染した。",
		aware: aware, detected: aware.Add(-55 * 24 * time.Hour), containedDay: containedDay.Format("2006-01-02"),
		categories: []string{"name", "gender", "birth_date", "email", "address", "phone", "passport_number", "travel_itinerary"},
		status:     "possible", encryption: "none", persons: "6,788,443", records: "約793万", residentsJP: "6788443",
		org: "架空トラベル株式会社", establishments: "JP",
	})
	waitStored(t, ctx, "the last answers", func(inc *incident.Incident) bool {
		return inc.Org.Name == "架空トラベル株式会社" && len(inc.Org.Establishments) == 1
	})
	inc := storedIncidents(t, ctx)[0]
	if inc.Main().Persons.Latest().N != 6788443 || inc.Main().Records.Latest().N != 7930000 || !inc.Main().Records.Latest().Approx || len(inc.Main().Categories) != 8 {
		t.Errorf("stored facts differ from what was typed: persons %+v records %+v categories %d",
			inc.Main().Persons.Latest(), inc.Main().Records.Latest(), len(inc.Main().Categories))
	}
	// Each question's inputs are fresh: nothing typed in one shows up in the next.
	if inc.Org.Name != "架空トラベル株式会社" || inc.Title != "標的型メールによる不正アクセス" {
		t.Errorf("stored name %q / title %q differ from what was typed", inc.Org.Name, inc.Title)
	}
	if len(inc.Org.Establishments) != 1 || inc.Org.Establishments[0] != "JP" {
		t.Errorf("stored establishments %v, want [JP]", inc.Org.Establishments)
	}
	if ev, ok := inc.FirstEvent(incident.EvAware); !ok || !ev.At.Equal(aware) {
		t.Errorf("stored 知った時 = %v, want %v", ev.At, aware)
	}
	if ev, ok := inc.FirstEvent(incident.EvContained); !ok || ev.Precision != incident.Day || !ev.At.Equal(containedDay) {
		t.Errorf("stored containment = %v (%q), want the day %v", ev.At, ev.Precision, containedDay)
	}
	a := checkDashboard(t, ctx, catalog.JA)
	if len(a.Jurisdictions) != 1 {
		t.Errorf("with offices and persons only in Japan, only Japan's law should apply or may apply: %d jurisdictions", len(a.Jurisdictions))
	}
	if a.Jurisdictions[0].ID != "JP" || a.Jurisdictions[0].Reportable != assess.Yes {
		t.Fatalf("the engine should find this reportable in Japan: %+v", a.Jurisdictions[0].Reportable)
	}
	if got := text(t, ctx, "#due"); !strings.Contains(got, "速報") || !strings.Contains(got, "あと") {
		t.Errorf("the 速報 countdown is not on the dashboard: %q", got)
	}

	// Tomorrow: reload offline, everything is as it was left.
	id := inc.ID
	n.setOffline(true)
	do(t, ctx, "offline reload", chromedp.Reload(), waitApp(), visible("#jurisdictions"))
	checkDashboard(t, ctx, catalog.JA)
	do(t, ctx, "offline: the list", chromedp.Navigate("http://"+appHost+"/"), waitApp(),
		visible(fmt.Sprintf(`tr[data-id=%q]`, id)))
	if got := text(t, ctx, "#incident-list"); !strings.Contains(got, "標的型メールによる不正アクセス") || !strings.Contains(got, "速報") {
		t.Errorf("the list lacks the incident or its next deadline: %q", got)
	}
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Incidents"),
		chromedp.Click(chromedp.CSS(".bd-incident-link")), waitText("main h1", "Where we stand"))
	checkDashboard(t, ctx, catalog.EN)
	n.setOffline(false)
}

// A derived view is never stale: when the number of persons crosses 1,000,
// the assessment on screen follows at once.
func TestDerivedViewsFollowTheFacts(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	// Scenario 05 (a misdelivered e-mail), 1,000 persons.
	aware := time.Now().Add(-3 * time.Hour).Truncate(time.Minute)
	answerWizard(t, ctx, wizardAnswers{
		title: "メール誤送信", cause: "misdelivery", summary: "顧客一覧を添付したメールを別の取引先に送信した。",
		aware: aware, detected: aware, contained: aware.Add(time.Hour),
		categories: []string{"name", "email", "phone"}, status: "confirmed", encryption: "none",
		persons: "1,000", records: "1,000", residentsJP: "1000", org: "架空不動産株式会社", establishments: "JP",
	})
	waitStored(t, ctx, "1,000 persons", func(inc *incident.Incident) bool { return inc.Main().Persons.Latest().N == 1000 && inc.Org.Name != "" })
	before := checkDashboard(t, ctx, catalog.JA)
	do(t, ctx, "back to the count", openTab("/incident/start"),
		visible("#f-title"), next(), next(), next(), visible("#f-persons"),
		typeText("#f-persons", "1,001"),
		openTab("/incident#"), visible("#jurisdictions"))
	waitStored(t, ctx, "1,001 persons", func(inc *incident.Incident) bool { return inc.Main().Persons.Latest().N == 1001 })
	after := checkDashboard(t, ctx, catalog.JA)
	if before.Jurisdictions[0].Reportable == after.Jurisdictions[0].Reportable {
		t.Errorf("JP reportability did not change across 1,000 → 1,001 persons: %s", after.Jurisdictions[0].Reportable)
	}
	if after.Jurisdictions[0].Reportable != assess.Yes {
		t.Errorf("1,001 persons: JP = %s, want yes", after.Jurisdictions[0].Reportable)
	}
}
