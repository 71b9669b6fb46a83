//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"breachdesk/app/incident"
)

// TestLostBagReturnedToStaff: a manager leaves a bag of staff files on a
// train; a passenger hands it to the police and it comes back three days
// later, nobody knowing whether the finder read it. On a phone, the user
// names the set (staff), records the return on the time line as its own
// event, and the notice drafted for the staff says the files came back and
// that nobody knows whether anyone read them; it is an internal notice (no
// 拝啓 … 敬具) and does not tell employees that their employer never asks for
// their bank account or My Number (F95, F96, F120). In English, the time
// line names the return.
func TestLostBagReturnedToStaff(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	emulatePhone(t, ctx, device{width: 390, height: 844, scale: 2})
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	now := time.Now().In(tokyo)
	lost := now.AddDate(0, 0, -4).Truncate(time.Minute)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "人事書類の入った鞄を電車内に置き忘れ", cause: "loss",
		summary:  "施設長が職員の履歴書・人事評価を入れた鞄を電車に置き忘れた。",
		detected: lost.Add(40 * time.Minute), aware: lost.Add(14 * time.Hour),
		categories: []string{"name", "address", "medical_history"}, status: "possible", encryption: "none",
		persons: "14", residentsJP: "14", org: "社会福祉法人架空福祉会", establishments: "JP",
	})
	do(t, ctx, "naming the set", openTab("/incident/facts"), visible("#fx-dataSets-0-name"),
		typeText("#fx-dataSets-0-name", "職員（施設の職員14名）"))
	waitStoredID(t, ctx, id, "the set's name", func(inc *incident.Incident) bool {
		return inc.Main().Name == "職員（施設の職員14名）" && inc.Main().Recovered == incident.Unknown
	})

	back := now.AddDate(0, 0, -1).Format("2006-01-02")
	do(t, ctx, "the time line", openTab("/incident/timeline"), visible("#tl-add-kind"),
		choose("#tl-add-kind", "retrieved"), visible("#tl-add-prec"), choose("#tl-add-prec", "day"),
		waitJS(`/^\d{4}-\d\d-\d\d$/.test(document.querySelector("#tl-add-at").value)`),
		choose("#tl-add-at", back), choose("#tl-add-note", "警察署で受け取り。封筒は開いていた（拾った人が見たかは不明）"),
		chromedp.Click(chromedp.CSS("#tl-add-submit")), visible(`#tl-line [data-kind="retrieved"]`))
	waitStoredID(t, ctx, id, "the return", func(inc *incident.Incident) bool {
		e, ok := inc.FirstEvent(incident.EvRetrieved)
		return ok && e.Precision == incident.Day && incident.DateOf(e.At.In(tokyo)) == incident.Date(back)
	})
	phoneCheck(t, ctx, "the time line with a return")

	do(t, ctx, "the drafts", openTab("/incident/drafts"), visible("#draft"))
	backJA := func() string {
		d, _ := time.ParseInLocation("2006-01-02", back, tokyo)
		return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
	}()
	do(t, ctx, "the letter", chromedp.Click(chromedp.CSS(`#drafts-docs [data-kind="notice"]`)),
		visible(`#drafts-docs [data-kind="notice"][aria-pressed="true"]`), choose("#draft-lang", "ja"), visible(`#draft[lang="ja"]`))
	do(t, ctx, "the letter variant", choose("#draft-variant", "letter"), waitContains("#draft", "以上"))
	ja := strings.ReplaceAll(text(t, ctx, "#draft"), "\n", "")
	for _, want := range []string{
		"従業員の皆さまへ",
		backJA + "、紛失した書類・記録媒体等が見つかり、当法人の手元に戻りました。見つかるまでの間に第三者が内容を見たかどうかは、確認できておりません。",
		"暗証番号、ID・パスワード等をお尋ねすることは一切ございません",
		"本件について新たに判明した事項は、追ってお知らせいたします。",
	} {
		if !strings.Contains(ja, want) {
			t.Errorf("the staff notice lacks %q:\n%s", want, ja)
		}
	}
	for _, bad := range []string{"拝啓", "敬具", "ご高配", "口座番号", "マイナンバー", "被害の拡大を防ぐための措置"} {
		if strings.Contains(ja, bad) {
			t.Errorf("the staff notice says %q:\n%s", bad, ja)
		}
	}
	phoneCheck(t, ctx, "the staff notice")
	// The screen in English (the documents stay in Japanese: nobody here
	// lives abroad): the time line names the return.
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), openTab("/incident/timeline"),
		waitContains(`#tl-line [data-kind="retrieved"]`, "Lost or stolen item found and returned"))
	phoneCheck(t, ctx, "the time line in English")
}
