//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/chromedp/chromedp"
)

// A Japanese company without an establishment in the EU holds data of
// contacts in Germany (scenario 24). The dashboard does not say the GDPR
// applies from their presence alone: it asks whether the company offers
// goods or services to persons in the EU or monitors them there (GDPR Art.
// 3(2)). Answered yes on the facts page, the GDPR applies; the desk's
// English name typed there is stored for the English documents.
func TestGDPRArticle3Asked(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	aware := time.Now().In(tokyo).Add(-20 * time.Hour).Truncate(time.Minute)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "メールアカウントの乗っ取り", cause: "unauthorized_access",
		aware: aware, detected: aware.Add(-10 * time.Hour),
		categories: []string{"name", "email"}, status: "possible",
		persons: "130", residentsJP: "10", residence: map[string]string{"DE": "120"},
		org: "架空複合材株式会社", establishments: "JP",
	})
	eu := `document.querySelector('#jurisdictions [data-jurisdiction="EU"]')`
	needs := `(document.querySelector("#needs") || {textContent: ""}).textContent`
	do(t, ctx, "the dashboard asks about Art. 3(2)", waitJS(eu+` !== null && `+needs+`.includes("第3条第2項")`))
	if got := eval[string](t, ctx, "reading the EU verdict", eu+`.querySelector(".bd-verdict").className`); !strings.Contains(got, "bd-verdict-unknown") {
		t.Errorf("EU verdict class %q before the answer, want unknown", got)
	}

	do(t, ctx, "answering on the facts page", openPage("/incident/facts#"+id), waitApp(), factsWaitIncident(),
		visible("#fx-org-targetsEU-yes"), chromedp.Click(chromedp.CSS("#fx-org-targetsEU-yes")),
		visible("#fx-contact-nameEn"), typeText("#fx-contact-nameEn", "Information Security Desk"), settled())
	inc := waitStoredID(t, ctx, id, "the answer and the desk's English name", func(inc *incident.Incident) bool {
		return inc.Org.TargetsEU == incident.Yes && inc.Org.TargetsUK == incident.Unknown && inc.Contact.NameEn == "Information Security Desk"
	})
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range assess.Evaluate(inc, rs, time.Now()).Jurisdictions {
		if j.ID == "EU" && j.Applies != assess.Yes {
			t.Errorf("stored facts: the GDPR applies %s, want yes", j.Applies)
		}
	}

	do(t, ctx, "the dashboard no longer asks", openPage("/incident#"+id), waitApp(),
		waitJS(eu+` !== null && !`+needs+`.includes("第3条第2項")`))
}
