//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"breachdesk/app/incident"
)

// TestFilePublishedByMistake: a city's staff post a spreadsheet whose
// hidden sheet holds residents' data (48). On a phone, the user picks "a
// file published or shared by mistake" in the wizard, says on the facts
// page that anyone could view the set online, and the residents' notice is
// titled and told as a file posted by mistake (誤掲載), not a setting's
// error, and does not widen the data to all the city's systems (F138).
// Answered "no" (a folder only staff and pupils could open), it is a file
// shared by mistake (誤共有). The checklist asks to take the file down.
func TestFilePublishedByMistake(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	emulatePhone(t, ctx, device{width: 390, height: 844, scale: 2})
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	found := time.Now().In(tokyo).AddDate(0, 0, -2).Truncate(time.Minute)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "入札参考資料のExcelに非表示シートで個人情報", cause: "mispublication",
		summary:  "市HPに掲載した参考資料の非表示シートに利用者の氏名・住所が残っていた。",
		detected: found, aware: found.Add(2 * time.Hour), contained: found.Add(3 * time.Hour),
		categories: []string{"name", "address"}, status: "confirmed", encryption: "none",
		persons: "1222", residentsJP: "1222", org: "架空市", establishments: "JP",
	})
	do(t, ctx, "online: yes", openTab("/incident/facts"), visible("#fx-dataSets-0-exposedOnline-yes"),
		chromedp.Click(chromedp.CSS("#fx-dataSets-0-exposedOnline-yes")), settled())
	waitStoredID(t, ctx, id, "the online answer", func(inc *incident.Incident) bool {
		return inc.Cause.Kind == incident.CauseMispublication && inc.Main().ExposedOnline == incident.Yes
	})
	phoneCheck(t, ctx, "the facts page with the online question")

	letter := func(what string) string {
		t.Helper()
		do(t, ctx, what, openTab("/incident/drafts"), visible("#draft"),
			chromedp.Click(chromedp.CSS(`#drafts-docs [data-kind="notice"]`)),
			visible(`#drafts-docs [data-kind="notice"][aria-pressed="true"]`), choose("#draft-lang", "ja"), visible(`#draft[lang="ja"]`),
			choose("#draft-variant", "letter"), waitContains("#draft", "以上"))
		return strings.ReplaceAll(text(t, ctx, "#draft"), "\n", "")
	}
	ja := letter("the letter")
	for _, want := range []string{"ファイル等の誤掲載による個人情報漏えいに関するお詫びとご報告", "掲載を取り下げ、閲覧できない状態にいたしました。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("the notice lacks %q:\n%s", want, ja)
		}
	}
	for _, bad := range []string{"設定の誤り", "設定を修正", "システムに保存されていた"} {
		if strings.Contains(ja, bad) {
			t.Errorf("the notice says %q:\n%s", bad, ja)
		}
	}
	phoneCheck(t, ctx, "the notice of a file posted by mistake")

	do(t, ctx, "online: no", openTab("/incident/facts"), visible("#fx-dataSets-0-exposedOnline-no"),
		chromedp.Click(chromedp.CSS("#fx-dataSets-0-exposedOnline-no")), settled())
	waitStoredID(t, ctx, id, "the online answer", func(inc *incident.Incident) bool { return inc.Main().ExposedOnline == incident.No })
	if ja := letter("the letter again"); !strings.Contains(ja, "ファイル等の誤共有による") || !strings.Contains(ja, "権限のない方が閲覧できない状態にいたしました。") {
		t.Errorf("shared inside, the notice says:\n%s", ja)
	}
	do(t, ctx, "the checklist", openTab("/incident/checklist"), waitJS(`!!document.querySelector('[data-step="pb.mispublication.recover"]')`))
}
