package draft

import (
	"path/filepath"
	"testing"

	"breachdesk/app/incident"
)

// A leak named inside what the company suspects is no leak asserted (F1589:
// 175's 「…利用した名簿に、他社から流出した情報が含まれている疑いがあります」 was
// eight errors); a sentence that gives the leak as the reason of the
// suspicion (「流出したため、…疑いがあります」) still asserts it.
func TestLeakInsideASuspicionIsNotAsserted(t *testing.T) {
	inc := loadScenario(t, filepath.Join(scenarioDir, "175-learning-software-maker-bought-dm-list-was-another-companys-leak.json"))
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeStatusAsserted {
			t.Errorf("%s %s: %s", f.DocID, f.ParagraphID, f.Message.JA)
		}
	}
	c := docContext{day: "2026-07-10"}
	for text, want := range map[string]bool{
		"当社が利用した名簿に、他社から流出した情報が含まれている疑いがあります。": false,
		"名簿は、不正に持ち出された顧客情報を含むものである疑いがある。":      false,
		"顧客情報が流出したため、不正に利用された疑いがあります。":         true,
		"他社から流出した情報を利用しました。名簿に含まれている疑いがあります。":  true,
	} {
		if got := len((&linter{}).statusOf(c, text)) > 0; got != want {
			t.Errorf("%q: asserted %v, want %v", text, got, want)
		}
	}
}

// A report still to make, told after a ministry's report already made, says
// under which law it is made (F1584: 176's bank told its customers
// 「…(FSA)へ報告いたしました。金融庁へ報告いたします。」, one report told as done
// and not done); with no report told before it, the sentence is as it was.
func TestReportStillToMakeAfterAMinistrysSaysItsLaw(t *testing.T) {
	inc := loadScenario(t, filepath.Join(scenarioDir, "176-net-bank-customers-phished-on-fake-login-site-otp-relayed-transfers.json"))
	saysSomewhere(t, "176", inc, "へ報告いたしました。個人情報保護法に基づく報告を金融庁へ行います。", "へ報告いたしました。金融庁へ報告いたします。")
	// Without the ministry's report, the report to make is told as before.
	var kept []incident.Event
	for _, e := range inc.Events {
		if e.Kind != incident.EvMinistryReport {
			kept = append(kept, e)
		}
	}
	inc.Events = kept
	saysSomewhere(t, "176 without the ministry's report", inc, "金融庁へ報告いたします。", "個人情報保護法に基づく報告を")
}

// A news report the company read is told as such, not as the press asking
// (F1583: 175's time line had the company asked on 7/8, when it read the
// news that evening and a newspaper asked on 7/9).
func TestNewsReportIsNotAnInquiry(t *testing.T) {
	inc := loadScenario(t, filepath.Join(scenarioDir, "175-learning-software-maker-bought-dm-list-was-another-companys-leak.json"))
	saysSomewhere(t, "175", inc, "報道により本件の端緒となる事象を把握", "報道機関から問い合わせを受")
	for i := range inc.Events {
		if inc.Events[i].Source == "news" {
			inc.Events[i].Source = "media"
		}
	}
	saysSomewhere(t, "175 with the press asking", inc, "報道機関から問い合わせを受")
	en := loadScenario(t, filepath.Join(scenarioDir, "159-us-ticketing-subsidiary-cloud-warehouse-contractor-infostealer-no-mfa-forum-sale-states.json"))
	for i := range en.Events {
		if en.Events[i].Kind == incident.EvDetected {
			en.Events[i].Source = "news"
		}
	}
	saysSomewhere(t, "159 with its detections from the news", en, "a news report brought it to our attention")
}
