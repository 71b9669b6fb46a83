package draft

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// formatScenarios get Markdown and HTML golden files besides the text ones.
var formatScenarios = []string{"01-travel-targeted-email", "10-crossborder-eu-jp-ca"}

// TestGoldenFormats: the Markdown and HTML exports of every document of two
// scenarios (and of the send-ready overlay, in TestSendReady) match their
// golden files.
func TestGoldenFormats(t *testing.T) {
	rs := mustRules(t)
	all := scenarios(t)
	for _, name := range formatScenarios {
		t.Run(name, func(t *testing.T) {
			inc := all[name]
			a := assess.Evaluate(inc, rs, inc.UpdatedAt)
			docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				checkFormats(t, name, d)
			}
		})
	}
}

func checkFormats(t *testing.T, scenario string, d Document) {
	t.Helper()
	base := strings.TrimSuffix(goldenName(scenario, d), ".txt")
	checkGolden(t, base+".md", Markdown(d))
	checkGolden(t, base+".html", HTMLPage(d))
}

// sendReady is scenario 10 (the most documents: notices in Japanese and
// English, PPC 速報/確報, GDPR Art. 33/34, police memo, announcements) with
// every fact a company fills in before sending: a contact desk with hours,
// the representative and the people responsible, the police to consult, the law-enforcement
// answer California asks for, the evidence kept, and the story texts.
func sendReady(t testing.TB) *incident.Incident {
	inc := scenarios(t)["10-crossborder-eu-jp-ca"]
	inc.Contact = incident.ContactDesk{
		Name:   "架空クロスボーダー 個人情報お問い合わせ窓口",
		NameEn: "Kaku Cross-Border Privacy Desk",
		Phone:  "0120-000-010",
		Email:  "privacy@example.co.jp",
		Hours:  "9:00-18:00 (Mon-Fri)",
		Web:    "架空クロスボーダー　お知らせ",
	}
	inc.People = incident.People{
		CISO:           incident.Person{Name: "情報システム部長　架空次郎", Contact: "03-0000-0002"},
		PrivacyOfficer: incident.Person{Name: "個人情報保護管理者　架空花子", NameEn: "Hanako Kaku, Privacy Officer", Contact: "privacy@example.co.jp"},
		PR:             incident.Person{Name: "広報部　架空三郎", NameEn: "Saburo Kaku, Public Relations", Contact: "03-0000-0003"},
		Legal:          incident.Person{Name: "法務部　架空四郎", Contact: "03-0000-0004"},
		Representative: incident.Person{Name: "代表取締役社長　架空一郎", NameEn: "Ichiro Kaku, President and CEO"},
	}
	inc.Risk.LawEnforcementDelay = incident.No
	inc.Org.LocalLanguage = incident.No // its EU customers are served in English
	inc.Parties = append(inc.Parties, incident.Party{ID: "police", Kind: incident.PartyPolice, Name: "架空県警察本部 サイバー犯罪対策課", Contact: "架空警部補 000-000-0000"})
	inc.Story = incident.Story{
		HowDiscovered:  "監視システムが、顧客データベースへの通常と異なる大量の読み出しを検知しました。",
		MeasuresBefore: "アクセス権限の管理規程、WAFによる通信の監視、年1回の脆弱性診断を実施していました。",
		Response:       "全顧客のパスワードを無効化し、次回ログイン時に再設定いただく措置を講じました。",
		CurrentState:   "APIの認可処理を修正し、外部の専門家による再診断で問題のないことを確認しました。",
		Prevention:     "・APIの認可処理をすべて点検し、リリース前の検査項目に加えます。\n・データベースへの大量の読み出しを自動で遮断する仕組みを導入します。",
		Other:          "ドイツの監督機関にも、GDPR第33条に基づき報告しております。",
	}
	inc.Public = incident.PublicStory{
		Measures:   "すべてのお客様のパスワードを無効化し、次回ログイン時に再設定いただくようにいたしました。",
		Prevention: "・APIの認可処理をすべて点検し、リリース前の検査項目に加えます。\n・データベースから大量の情報が読み出された場合に自動で遮断する仕組みを導入します。",
	}
	at := time.Date(2026, 3, 27, 12, 0, 0, 0, inc.Location())
	inc.AwareWhy = incident.Statement{Text: "3月26日の検知は通信量の異常にとどまり、顧客の個人データが大量に取得されたことをログで確かめた3月27日10時を、知った時とした。", By: "情報システム部長", At: &at}
	// The GDPR notification, filed more than 72 hours after the first
	// detection, says why the detection was not yet the awareness.
	inc.Edits = map[string]incident.ParagraphEdit{"gdpr-art33-en/timing/aware": {
		Base:     "We became aware of the breach on March 27, 2026, 10:00 JST (01:00 UTC).",
		Text:     "We became aware of the breach on March 27, 2026, 10:00 JST (01:00 UTC). The alert of March 26 showed unusual traffic only; that customers' personal data had been read in bulk was established from the database logs on March 27.",
		EditedAt: at,
	}}
	if inc.Steps == nil {
		inc.Steps = map[string]incident.StepState{}
	}
	inc.Steps["pb.evidence"] = incident.StepState{Status: incident.StepDone,
		Evidence: "APIサーバのアクセスログ、WAFのログ、データベースの監査ログ（外部媒体に複製し、施錠保管）"}
	return inc
}

// TestSendReady: a complete set of facts yields drafts with no placeholder
// and no lint finding, in every document and variant; their text, Markdown
// and HTML are golden files.
func TestSendReady(t *testing.T) {
	rs := mustRules(t)
	inc := sendReady(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, cs, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil || len(cs) != 0 {
		t.Fatal(err, cs)
	}
	const name = "send-ready-10"
	for _, d := range docs {
		for _, pr := range d.Paragraphs() {
			if m := placeholder.FindString(pr.Text); m != "" {
				t.Errorf("%s %s: placeholder %s", pr.ID, d.Variant, m)
			}
		}
		checkGolden(t, goldenName(name, d), Text(d))
		checkFormats(t, name, d)
	}
	for _, f := range Lint(inc, a, docs) {
		t.Errorf("finding on send-ready facts: %s %s %s: %s", f.Code, f.DocID, f.ParagraphID, f.Message.JA)
	}
	if n := len(docs); n < 14 {
		t.Errorf("send-ready drafts: %d documents, want every variant of scenario 10's", n)
	}
	if _, err := filepath.Glob(filepath.Join(goldenDir, name, "*.txt")); err != nil {
		t.Fatal(err)
	}
}
