//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// namesOpen shows a document of the drafts page in a language and returns its text.
func namesOpen(t *testing.T, ctx context.Context, kind, lang string) string {
	t.Helper()
	do(t, ctx, "opening "+kind+" "+lang,
		chromedp.Click(chromedp.CSS(`#drafts-docs [data-kind="`+kind+`"]`)),
		visible(`#drafts-docs [data-kind="`+kind+`"][aria-pressed="true"]`),
		choose("#draft-lang", lang), visible(`#draft[lang="`+lang+`"]`))
	return text(t, ctx, "#draft")
}

// A web shop's card data leaked, some customers live in California. Without
// an English name the English notice prints the Japanese one and the check
// beside it says so; once the English name, the police consulted and the card
// company are typed on the facts page, the English notice, the police memo
// and the card company notice carry them. The English name typed in the
// wizard reaches the facts.
func TestNamesPoliceCardReachDrafts(t *testing.T) {
	parallel(t)
	const (
		orgJA     = "架空通販株式会社"
		orgEN     = "Fictitious Mail-Order Co., Ltd."
		station   = "架空県警察本部 サイバー犯罪対策課"
		officer   = "架空警部補 000-000-0000"
		reference = "第2026-0042号"
		acquirer  = "架空カード株式会社"
		cardDesk  = "加盟店リスク管理部 000-000-0001"
	)
	ctx, _ := session(t)
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	aware := time.Now().In(tokyo).Add(-30 * time.Hour).Truncate(time.Minute)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "決済画面の改ざんによるカード情報の漏えい", cause: "web_skimming", summary: "決済画面が改ざんされ、入力されたカード情報が外部に送信された。",
		aware: aware, detected: aware.Add(-2 * time.Hour), contained: aware.Add(-time.Hour),
		categories: []string{"name", "email", "card_number"}, status: "confirmed", encryption: "none",
		persons: "1,200", records: "1,200", residentsJP: "1100", org: orgJA, establishments: "JP",
	})
	waitStored(t, ctx, "Japan's residents without a region", func(inc *incident.Incident) bool {
		return len(inc.Main().Residence) == 1 && inc.Main().Residence[0] == incident.Residence{Country: "JP", Persons: incident.Count{Known: true, N: 1100}}
	})
	if ps := incident.Validate(storedIncidents(t, ctx)[0]); ps.HasErrors() {
		t.Errorf("the facts the wizard stored do not validate: %v", ps.Errors())
	}

	// Residents of California make the English documents apply.
	do(t, ctx, "opening the facts", openPage("/incident/facts#"+id), waitApp(),
		visible("#fx-org-nameEn"),
		typeText("#fx-dataSets-0-residence-new-country", "US"), typeText("#fx-dataSets-0-residence-new-region", "CA"), typeText("#fx-dataSets-0-residence-new-persons", "100"),
		chromedp.Click(chromedp.CSS("#fx-dataSets-0-residence-new-add")), visible("#fx-dataSets-0-residence-1-country"))
	waitStored(t, ctx, "the Californian residents", func(inc *incident.Incident) bool { return len(inc.Main().Residence) == 2 })

	// Without an English name: the Japanese one, and the finding beside the document.
	do(t, ctx, "opening the drafts", openPage("/incident/drafts#"+id), waitApp(), visible("#draft"))
	if got := namesOpen(t, ctx, "notice", "en"); !strings.Contains(got, orgJA) || strings.Contains(got, orgEN) {
		t.Errorf("the English notice without an English name should sign with %s:\n%s", orgJA, got)
	}
	if got := text(t, ctx, "#drafts-lint"); !strings.Contains(got, "英語の文書に会社名が日本語") {
		t.Errorf("the check beside the English notice does not report the missing English name: %q", got)
	}

	// The facts page: English name, card company, police.
	consulted := aware.Add(20 * time.Hour)
	do(t, ctx, "typing the facts", openPage("/incident/facts#"+id), waitApp(),
		visible("#fx-org-nameEn"),
		typeText("#fx-org-nameEn", orgEN),
		chromedp.Click(chromedp.CSS("#fx-org-cardMerchant")),
		addParty("card"), typeText(partyField("card", "name"), acquirer), typeText(partyField("card", "contact"), cardDesk),
		addParty("police"), typeText(partyField("police", "name"), station), typeText(partyField("police", "contact"), officer),
		choose(partyField("police", "consulted"), consulted.Format("2006-01-02T15:04")),
		typeText(partyField("police", "reference"), reference))
	waitStored(t, ctx, "the new facts", func(inc *incident.Incident) bool {
		e, ok := inc.FirstEvent(incident.EvPolice)
		card, police := inc.PartiesOf(incident.PartyCard), inc.PartiesOf(incident.PartyPolice)
		return inc.Org.NameEn == orgEN && inc.Org.CardMerchant && len(card) == 1 && card[0].Name == acquirer && card[0].Contact == cardDesk &&
			len(police) == 1 && police[0].Name == station && police[0].Contact == officer && police[0].Reference == reference &&
			ok && e.At.Equal(consulted)
	})
	do(t, ctx, "showing the police section", chromedp.ScrollIntoView(chromedp.CSS("#sec-parties")))
	shot(t, ctx, "names-facts")

	do(t, ctx, "opening the drafts", openPage("/incident/drafts#"+id), waitApp(), visible("#draft"))
	notice := namesOpen(t, ctx, "notice", "en")
	if !strings.Contains(notice, orgEN) || strings.Contains(notice, orgJA) {
		t.Errorf("the English notice does not sign with the English name only:\n%s", notice)
	}
	if got := text(t, ctx, "#drafts-lint"); strings.Contains(got, "英語の文書に会社名が日本語") {
		t.Errorf("the missing-English-name finding stayed: %q", got)
	}
	shot(t, ctx, "names-notice-en")
	if got := namesOpen(t, ctx, "notice", "ja"); !strings.Contains(got, orgJA) || strings.Contains(got, orgEN) {
		t.Errorf("the Japanese notice should keep the Japanese name:\n%s", got)
	}
	police := namesOpen(t, ctx, "police", "ja")
	for _, want := range []string{"相談先：" + station + "（ご担当：" + officer + "）",
		fmt.Sprintf("初回のご相談：%d年%d月%d日", consulted.Year(), consulted.Month(), consulted.Day()), "受理番号：" + reference} {
		if !strings.Contains(police, want) {
			t.Errorf("the police memo lacks %q:\n%s", want, police)
		}
	}
	shot(t, ctx, "names-police-ja")
	card := namesOpen(t, ctx, "card", "ja")
	for _, want := range []string{acquirer + "　御中", "ご担当窓口：" + cardDesk} {
		if !strings.Contains(card, want) {
			t.Errorf("the card company notice lacks %q:\n%s", want, card)
		}
	}
	if strings.Contains(card, "カード会社・加盟店契約会社の名称") {
		t.Errorf("the card company notice still has the placeholder for the acquirer:\n%s", card)
	}
	shot(t, ctx, "names-card-ja")

	// The wizard's question about the organisation shows the English name and changes it.
	do(t, ctx, "back to the wizard", openPage("/incident/start#"+id), waitApp(), visible("#f-title"))
	wizardTo(t, ctx, "#f-org-en")
	if got := eval[string](t, ctx, "reading the English name", `document.querySelector("#f-org-en").value`); got != orgEN {
		t.Errorf("the wizard shows the English name as %q, want %q", got, orgEN)
	}
	do(t, ctx, "typing another English name", typeText("#f-org-en", "Fictitious Mail Order Co."))
	waitStored(t, ctx, "the English name typed in the wizard", func(inc *incident.Incident) bool {
		return inc.Org.NameEn == "Fictitious Mail Order Co."
	})
}
