package draft

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// complete returns scenario 02 with every fact a notice needs, so that the
// counterpart of each lint test starts from a draft without findings.
func complete(t *testing.T) *incident.Incident {
	inc := scenarios(t)["02-hosting-os-command-injection"]
	inc.Contact = incident.ContactDesk{Name: "架空ホスティング 個人情報お問い合わせ窓口", Phone: "0120-000-000", Hours: "平日 9:00〜18:00", Email: "privacy@example.co.jp"}
	inc.People.Representative.Name = "代表取締役社長　架空太郎"
	inc.People.PrivacyOfficer = incident.Person{Name: "情報管理部　架空花子", Contact: "03-0000-0000"}
	inc.Story.Prevention = "・申込みフォームの入力値検証を全面的に見直しました。\n・退会者の情報を保存期間の経過後に削除する運用を始めます。"
	inc.Public.Prevention = "・お申込みフォームの入力内容の検査を全面的に見直しました。\n・退会された方の情報を、保存期間の経過後に確実に削除いたします。"
	inc.Public.Harm = "一部のお客様のクレジットカードが不正に利用されたとの報告を、カード会社から受けております。"
	inc.Public.NoticeDelay = "攻撃の経路と、情報を閲覧された可能性のあるお客様の範囲を特定する調査に時間を要しました。"
	inc.AwareWhy = incident.Statement{Text: "カード会社からの連絡は不正利用の疑いにとどまり、データベースからの読み出しを確認した時点を知った時とした。", By: "情報管理部長"}
	inc.DataSets[0].Former = incident.Former{}
	inc.People.PR = incident.Person{Name: "広報部　架空次郎", Contact: "03-0000-0001"}
	return inc
}

// lintOf builds every document for inc and lints them, with edits applied.
func lintOf(t *testing.T, inc *incident.Incident) []Finding {
	t.Helper()
	return lintDocs(t, inc)
}

// builtDocs assesses inc as of its last update and builds every document,
// with edits applied.
func builtDocs(t *testing.T, inc *incident.Incident) (assess.Assessment, []Document) {
	t.Helper()
	rs := mustRules(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	return a, docs
}

// scenarioLints are the lint findings of every scenario as entered, by name,
// computed once for the tests that ask which scenarios a check fires on
// (each scenario freshly loaded, never handed to a test to change).
var scenarioLints = sync.OnceValues(func() (map[string][]Finding, error) {
	rs, err := rules.Default()
	if err != nil {
		return nil, err
	}
	files, _ := filepath.Glob(filepath.Join(scenarioDir, "*.json"))
	out := make(map[string][]Finding, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		inc, err := incident.Decode(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = Lint(inc, a, docs)
	}
	return out, nil
})

// lintsOfScenarios is scenarioLints for a test.
func lintsOfScenarios(t *testing.T) map[string][]Finding {
	t.Helper()
	m, err := scenarioLints()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func has(fs []Finding, code, doc string) bool {
	for _, f := range fs {
		if f.Code == code && (doc == "" || f.DocID == doc) {
			return true
		}
	}
	return false
}

// edit sets the user's text of a paragraph of scenario 02's notice.
func edit(inc *incident.Incident, id, text string) {
	if inc.Edits == nil {
		inc.Edits = map[string]incident.ParagraphEdit{}
	}
	inc.Edits[id] = incident.ParagraphEdit{Text: text, EditedAt: time.Date(2025, 11, 8, 10, 0, 0, 0, time.UTC)}
}

// withCA adds residents of California, so that the English documents apply.
func withCA(i *incident.Incident) {
	i.DataSets[0].Residence = append(i.DataSets[0].Residence, incident.Residence{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 600}})
}

// TestLintFires: each finding fires on its case and not on its counterpart.
func TestLintFires(t *testing.T) {
	t.Parallel()
	cases := []struct {
		code string
		doc  string // where it must fire ("" = anywhere)
		bad  func(*incident.Incident)
		good func(*incident.Incident) // the counterpart; nil = the complete facts
	}{
		{CodeItemMissing, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/cause/p1", " ")
			edit(i, "notice-ja/cause/forensic", "")
		}, nil},
		{CodeItemPlaceholder, "notice-ja", func(i *incident.Incident) { i.Public.Prevention = "" }, nil},
		{CodeItemUnknown, "notice-ja", func(i *incident.Incident) { i.Risk.SecondaryHarm = incident.Unknown }, nil},
		{CodePersonsRecords, "notice-ja", func(i *incident.Incident) {
			i.DataSets[0].Records = incident.FigureOf(incident.Count{Known: true, N: 52000})
			edit(i, "notice-ja/data/persons", "対象となるお客様の数は、52,000名です。")
		}, func(i *incident.Incident) {
			i.DataSets[0].Records = incident.FigureOf(incident.Count{Known: true, N: 52000})
			edit(i, "notice-ja/data/persons", "対象となるお客様は48,685名（延べ52,000件）です。")
		}},
		{CodeCountMismatch, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/data/persons", "対象となるお客様の数は、約6万名です。")
		}, func(i *incident.Incident) {
			edit(i, "notice-ja/data/persons", "対象となるお客様の数は、約4.9万名です。")
		}},
		{CodeDraftsDiffer, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/data/persons", "対象となるお客様の数は、48,000名です。")
		}, nil},
		{CodeDateMismatch, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/response/forensic", "2025年9月23日、外部の専門機関に調査を依頼いたしました。")
		}, func(i *incident.Incident) {
			edit(i, "notice-ja/response/forensic", "2025年9月24日、外部の専門機関に調査を依頼いたしました。")
		}},
		{CodeStatusAsserted, "notice-ja", func(i *incident.Incident) {
			i.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}}
			edit(i, "notice-ja/opening/lead", "お客様の個人情報が流出しました。")
		}, func(i *incident.Incident) {
			i.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}}
		}},
		{CodeStatusAsserted, "notice-en", func(i *incident.Incident) {
			i.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}}
			i.DataSets[0].Residence = append(i.DataSets[0].Residence, incident.Residence{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 600}})
			edit(i, "notice-en/what-info/items", "Your name was stolen.")
		}, func(i *incident.Incident) {
			i.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}}
			i.DataSets[0].Residence = append(i.DataSets[0].Residence, incident.Residence{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 600}})
		}},
		{CodeStatusHedged, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/opening/lead", "お客様の個人情報が漏えいしたおそれがあります。")
		}, nil},
		{CodeContactMissing, "notice-ja", func(i *incident.Incident) { i.Contact.Phone, i.Contact.Email = "", "" }, nil},
		{CodeContactHours, "notice-ja", func(i *incident.Incident) { i.Contact.Hours = "" }, nil},
		{CodeEmailURL, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/contact/search", "詳しくは https://example.co.jp/news をご覧ください。")
		}, func(i *incident.Incident) {
			edit(i, "notice-ja/contact/search", "詳しくは、検索サイトで「架空ホスティング　お知らせ」と検索してください。")
		}},
		{CodeAsksData, "notice-ja", func(i *incident.Incident) {
			edit(i, "notice-ja/request/card", "ご本人確認のため、このメールにカード番号と有効期限を記入して返信してください。")
		}, nil},
		{CodeCompensation, "notice-ja", func(i *incident.Incident) {
			i.Story.Compensation, i.Story.CompensationScope = "QUOカード500円分をお送りします。", "some"
		}, func(i *incident.Incident) {
			i.Story.Compensation, i.Story.CompensationScope = "QUOカード500円分をお送りします。", "some"
			i.Story.CompensationReason = "カード情報が対象となった方に限ります（再発行の手間のため）。"
		}},
		{CodeOrgNameEN, "notice-en", func(i *incident.Incident) { withCA(i) }, func(i *incident.Incident) {
			withCA(i)
			i.Org.NameEn = "Fictitious Hosting Co., Ltd."
		}},
		{CodeOrgNameEN, "public-en", func(i *incident.Incident) { withCA(i) }, func(i *incident.Incident) {
			withCA(i)
			i.Org.Name = "Fictitious Hosting K.K." // a name already in Latin letters needs no English one
		}},
		{CodeJapaneseInEN, "notice-en", func(i *incident.Incident) {
			// A representative's English name typed in Japanese went into the English signature.
			withCA(i)
			i.Org.NameEn = "Fictitious Hosting Co., Ltd."
			i.People.Representative = incident.Person{Name: "代表取締役　山田太郎", NameEn: "代表取締役 山田太郎"}
		}, func(i *incident.Incident) {
			withCA(i)
			i.Org.NameEn = "Fictitious Hosting Co., Ltd."
			i.People.Representative = incident.Person{Name: "代表取締役　山田太郎", NameEn: "Taro Yamada, President"}
		}},
		{CodeRetention, "", func(i *incident.Incident) {
			i.DataSets[0].Former = incident.Former{Persons: incident.Count{Known: true, N: 8100}, LeftFrom: "2018", RetentionYears: 5}
		}, func(i *incident.Incident) {
			i.DataSets[0].Former = incident.Former{Persons: incident.Count{Known: true, N: 8100}, LeftFrom: "2022", RetentionYears: 5}
		}},
		{CodeRetention, "", func(i *incident.Incident) { // told from the years alone, before anyone counted them
			i.DataSets[0].Former = incident.Former{LeftFrom: "2015", RetentionYears: 5, Rule: "個人情報取扱規程 第12条"}
		}, func(i *incident.Incident) {
			i.DataSets[0].Former = incident.Former{LeftFrom: "2015", RetentionYears: 15, Rule: "個人情報取扱規程 第12条"}
		}},
		{CodeAwareWhy, "", func(i *incident.Incident) { // the card company's call came days before the company took it as knowing
			i.AwareWhy = incident.Statement{}
		}, nil},
		{CodeRetention, "", func(i *incident.Incident) { // "erase once the purpose is met": no years, still broken
			i.DataSets[0].Former = incident.Former{LeftFrom: "2015", UntilPurpose: true, Rule: "採用選考後に破棄"}
		}, func(i *incident.Incident) { // left 2025-06, known 2025-09: within the year left to judgement
			i.DataSets[0].Former = incident.Former{LeftFrom: "2025-06", UntilPurpose: true, Rule: "採用選考後に破棄"}
		}},
	}
	for _, c := range cases {
		t.Run(c.code+"/"+c.doc, func(t *testing.T) {
			bad := complete(t)
			c.bad(bad)
			if fs := lintOf(t, bad); !has(fs, c.code, c.doc) {
				t.Errorf("%s did not fire in %s: %v", c.code, c.doc, fs)
			}
			good := complete(t)
			if c.good != nil {
				c.good(good)
			}
			if fs := lintOf(t, good); has(fs, c.code, c.doc) {
				t.Errorf("%s fired on the counterpart: %v", c.code, fs)
			}
		})
	}
}

// TestLintComplete: the complete facts give drafts with no finding of the customer notice.
func TestLintComplete(t *testing.T) {
	for _, f := range lintOf(t, complete(t)) {
		if strings.HasPrefix(f.DocID, "notice") || strings.HasPrefix(f.DocID, "public") {
			t.Errorf("finding on complete facts: %+v", f)
		}
	}
}

// TestLintPrelimAllowsUnknown: 調査中 is fine in a 速報, not in a 確報.
func TestLintPrelimAllowsUnknown(t *testing.T) {
	inc := complete(t)
	inc.Risk.SecondaryHarm = incident.Unknown
	fs := lintOf(t, inc)
	if has(fs, CodeItemUnknown, "ppc-prelim-ja") || !has(fs, CodeItemUnknown, "ppc-final-ja") {
		t.Errorf("調査中 in the 速報/確報: %v", fs)
	}
}

// TestLintOrgNameEN: the English name reaches every English document (so the
// finding has nothing to report), no Japanese document uses it, and an edit
// that writes the name in English by hand clears the finding of its paragraph.
func TestLintOrgNameEN(t *testing.T) {
	rs := mustRules(t)
	inc := complete(t)
	withCA(inc)
	inc.Org.NameEn = "Fictitious Hosting Co., Ltd."
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	en := 0
	for _, d := range docs {
		text := Text(d)
		switch d.Lang {
		case EN:
			en++
			if !strings.Contains(text, inc.Org.NameEn) || strings.Contains(text, inc.Org.Name) {
				t.Errorf("%s %s: English name missing or Japanese name present:\n%s", d.ID, d.Variant, text)
			}
		case JA:
			if strings.Contains(text, inc.Org.NameEn) {
				t.Errorf("%s %s: a Japanese document uses the English name", d.ID, d.Variant)
			}
		}
	}
	if en < 2 {
		t.Fatalf("%d English documents, want the notice and the announcement", en)
	}
	inc.Org.NameEn = ""
	fs := lintOf(t, inc)
	if !has(fs, CodeOrgNameEN, "notice-en") {
		t.Fatalf("no finding without the English name: %v", fs)
	}
	edit(inc, "notice-en/closing/signature", "Sincerely,\nTaro Kaku, President\nFictitious Hosting Co., Ltd.")
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeOrgNameEN && f.DocID == "notice-en" {
			t.Errorf("finding after the name was written in English by hand: %+v", f)
		}
	}
}
