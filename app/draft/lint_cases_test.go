package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// lintDocs lints docs built for inc (with edits applied), plus extra.
func lintDocs(t *testing.T, inc *incident.Incident, extra ...Document) []Finding {
	t.Helper()
	a, docs := builtDocs(t, inc)
	return Lint(inc, a, append(docs, extra...))
}

// TestLintRealCases: the checks of issue 13 and 14 fire on their case and
// not on the generated drafts of the same facts.
func TestLintRealCases(t *testing.T) {
	caseA := func(t *testing.T) *incident.Incident { return cases(t)["hosting-card-minority"] }
	cs := []struct {
		name string
		code string
		doc  string
		bad  func(*incident.Incident)
	}{
		{"card data stated for all members", CodeCategoryAll, "public-ja", func(i *incident.Incident) {
			edit(i, "public-ja/harm/risks", "クレジットカード情報が不正に利用されるおそれがあります。")
		}},
		{"card data in the members' notice", CodeCategoryAll, "notice-d1-ja", func(i *incident.Incident) {
			edit(i, "notice-d1-ja/request/phishing", "お客様のクレジットカード番号・有効期限・名義が第三者に知られたおそれがあります。")
		}},
		{"確認 before the confirmation date", CodeStatusAsserted, "ppc-prelim-ja", func(i *incident.Incident) {
			edit(i, "ppc-prelim-ja/summary/p1", "2025年9月22日、顧客の個人情報が外部に漏えいしたことを確認いたしました。")
		}},
		{"確認 without saying of which data, some confirmed", CodeStatusAsserted, "public-ja", func(i *incident.Incident) {
			i.DataSets[1].Status = i.DataSets[1].Status[:1] // the card holders stay possible
			edit(i, "public-ja/opening/lead", "お客様の個人情報が外部に漏えいしたことを確認いたしました。")
		}},
		{"発生日 at the start of the exposure window", CodeOccurredExposure, "ppc-final-ja", func(i *incident.Incident) {
			edit(i, "ppc-final-ja/summary/dates", "発生日：2024年4月1日\n発覚日（事態を知った日）：2025年9月22日 15時00分")
		}},
		{"an attachment mentioned in the e-mail", CodeEmailAttachment, "notice-d1-ja", func(i *incident.Incident) {
			edit(i, "notice-d1-ja/contact/search", "詳細は添付のPDFをご確認ください。")
		}},
		{"an internal note pasted", CodeInternalNote, "public-ja", func(i *incident.Incident) {
			edit(i, "public-ja/response/story", "申込フォーム閉鎖、カード決済停止（予約DB-02は稼働継続）")
		}},
		{"a note-style summary", CodeNoteStyle, "notice-d1-ja", func(i *incident.Incident) {
			i.Public.Summary = "9/21 カード会社から連絡、9/22 DB読み出し確認（推定）"
		}},
		{"だ・である in a notice", CodeRegister, "public-ja", func(i *incident.Incident) {
			i.Public.Cause = "申込みフォームの脆弱性を突かれ、データベースが読み出された。当社は直ちにフォームを停止しました。"
		}},
		{"jargon in a notice", CodeNoteStyle, "public-ja", func(i *incident.Incident) {
			i.Public.Measures = "EDRを全端末に導入し、C2サーバとの通信を遮断いたしました。"
		}},
		{"a hasty summary for the authorities: markup", CodeCareless, "ppc-final-ja", func(i *incident.Incident) {
			i.Story.Summary = "申込フォームから <b>DB読み出し</b> を確認。"
		}},
		{"a hasty summary for the authorities: emoji and ??", CodeCareless, "ppc-final-ja", func(i *incident.Incident) {
			i.Story.Summary = "VPN経由の可能性?? 😱"
		}},
	}
	good := lintDocs(t, caseA(t))
	for _, c := range cs {
		t.Run(c.name, func(t *testing.T) {
			if has(good, c.code, c.doc) {
				t.Fatalf("%s fires on the generated drafts: %v", c.code, good)
			}
			inc := caseA(t)
			c.bad(inc)
			if fs := lintDocs(t, inc); !has(fs, c.code, c.doc) {
				t.Errorf("%s did not fire in %s", c.code, c.doc)
			}
		})
	}
	// An attachment on a notice by e-mail, and the same on a letter.
	inc := caseA(t)
	rs := mustRules(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	mail, _ := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}, inc, a, rs)
	letter, _ := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	mail.Attachments = []Attachment{{Name: "お詫び.pdf", Type: "application/pdf"}}
	letter.Attachments = mail.Attachments
	if fs := Lint(inc, a, []Document{mail}); !has(fs, CodeEmailAttachment, mail.ID) {
		t.Errorf("an e-mail notice with an attachment: no finding")
	}
	if fs := Lint(inc, a, []Document{letter}); has(fs, CodeEmailAttachment, "") {
		t.Errorf("a letter with an enclosure drew %s", CodeEmailAttachment)
	}
}

// TestLintGeneratedDraftsClean: the generated drafts of every scenario and
// case draw none of the checks of the wording (status as of the date, a
// category for all, note style, register, notes, 発生日): the generators do
// what the lint asks of an edit. Paragraphs that carry a text the user wrote
// (Public, Story, the cause's description, a rule's name) are left out: the
// lint rightly judges those (a summary written once may say 確認 in a notice
// dated before the confirmation).
func TestLintGeneratedDraftsClean(t *testing.T) {
	t.Parallel()
	wording := map[string]bool{CodeStatusAsserted: true, CodeStatusHedged: true, CodeCategoryAll: true, CodeNoteStyle: true,
		CodeRegister: true, CodeInternalNote: true, CodeOccurredExposure: true, CodeEmailAttachment: true, CodeEmailURL: true,
		CodePersonsRecords: true, CodeCountMismatch: true, CodeDraftsDiffer: true, CodeDateMismatch: true, CodeCareless: true}
	for name, p := range passes(t, false) {
		inc, a, docs := p.inc, p.a, p.docs
		user := userTexts(inc)
		text := map[string]string{}
		for _, d := range docs {
			for _, pr := range d.Paragraphs() {
				text[pr.ID] = pr.Text
			}
		}
		for _, f := range Lint(inc, a, docs) {
			if wording[f.Code] && !containsAny(text[f.ParagraphID], user) {
				t.Errorf("%s: %s %s %s: %s", name, f.Code, f.DocID, f.ParagraphID, f.Message.JA)
			}
		}
	}
}

// userTexts are the free texts of the facts a document may quote, each line.
func userTexts(inc *incident.Incident) []string {
	st, pub := inc.Story, inc.Public
	all := []string{st.Summary, st.HowDiscovered, st.MeasuresBefore, st.Response, st.CurrentState, st.Prevention,
		st.Other, pub.Summary, pub.Cause, pub.Measures, pub.Prevention, inc.Cause.Description, inc.Risk.SecondaryHarmNote, inc.AwareWhy.Text}
	for _, d := range inc.DataSets {
		all = append(all, d.Former.Rule)
		for _, c := range d.Categories {
			all = append(all, c.Other) // an item the user named reaches the lists of items (60)
		}
		for _, f := range []incident.Figure{d.Persons, d.Records} {
			for _, r := range f {
				all = append(all, r.Source) // a count's source reaches the reports (58)
			}
		}
	}
	var out []string
	for _, t := range all {
		for _, l := range strings.Split(t, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// TestLintSortedOnceGrouped: findings come errors first, then warnings, then
// information, by document within each; the same finding (code, document,
// message) is listed once; Group opens on the errors.
func TestLintSortedOnceGrouped(t *testing.T) {
	inc := complete(t)
	inc.Contact = incident.ContactDesk{}
	inc.People.Representative.Name = "" // the same placeholder in the letterhead and the signature
	fs := lintOf(t, inc)
	seen := map[string]bool{}
	for i, f := range fs {
		k := f.Code + "|" + f.DocID + "|" + f.Message.EN
		if seen[k] {
			t.Errorf("listed twice: %+v", f)
		}
		seen[k] = true
		if i > 0 {
			p := fs[i-1]
			if severityRank(p.Severity) > severityRank(f.Severity) || p.Severity == f.Severity && p.DocID > f.DocID {
				t.Errorf("out of order: %s %s before %s %s", p.Severity, p.DocID, f.Severity, f.DocID)
			}
		}
	}
	gs := Group(fs)
	if len(gs) == 0 || gs[0].Severity != SeverityError {
		t.Fatalf("the groups do not open on the errors: %+v", gs)
	}
	n := 0
	for _, g := range gs {
		for _, f := range g.Findings {
			if f.Severity != g.Severity || f.DocID != g.DocID {
				t.Errorf("finding %+v in group %s/%s", f, g.Severity, g.DocID)
			}
			n++
		}
	}
	if n != len(fs) {
		t.Errorf("groups hold %d findings of %d", n, len(fs))
	}
}

// TestCarelessMark: what carelessMark finds, and what it leaves alone (a
// "<" in a comparison, ☎ before a telephone number, one "?" or "！").
func TestCarelessMark(t *testing.T) {
	for in, want := range map[string]string{
		"<script>alert(1)</script> と記載": "<script>",
		"対象 </b>":                       "</b>",
		"影響は 1 < 2 件":                   "",
		"☎ 0120-000-000":                "",
		"原因は調査中です。何か？":                  "",
		"名寄せ済み？。それまでの数":                 "み？",
		"？。":                              "？",
		"重複（要確認?）":                        "認?",
		"Is it done? Yes.":                "",
		"VPN?? 要確認":                       "??",
		"なぜ！！":                            "！！",
		"大変 😱":                            "😱",
		"https://example.jp/?a=1&b=2 を参照": "",
	} {
		if got := carelessMark(in); got != want {
			t.Errorf("carelessMark(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNoteThatIsTheTemplatesPhrase (F86): an event noted 「ウェブサイトでお知
// らせ」 is a phrase of the notice's own sentence 「…のウェブサイトでお知らせい
// たします」. The notice as generated, and an edit that keeps that sentence,
// draw no finding; the note pasted into another paragraph, or a second time
// into the same one, does.
func TestNoteThatIsTheTemplatesPhrase(t *testing.T) {
	const note = "ウェブサイトでお知らせ"
	base := func(t *testing.T) *incident.Incident {
		inc := cases(t)["hosting-card-minority"]
		inc.Events = append(inc.Events, incident.Event{ID: "e-site", Kind: incident.EvPublic, Note: note})
		return inc
	}
	search := func(t *testing.T, inc *incident.Incident) string {
		rs := mustRules(t)
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range d.Paragraphs() {
			if strings.HasSuffix(pr.ID, "/contact/search") {
				if !strings.Contains(pr.Text, note) {
					t.Fatalf("the test's premise: %q does not hold %q", pr.Text, note)
				}
				return pr.Text
			}
		}
		t.Fatal("no contact/search paragraph in the notice")
		return ""
	}
	if fs := lintDocs(t, base(t)); has(fs, CodeInternalNote, "") {
		t.Errorf("the notice as generated: %v", fs)
	}
	inc := base(t)
	edit(inc, "notice-d1-ja/contact/search", search(t, inc)+"お問い合わせ窓口もあわせてご利用ください。")
	if fs := lintDocs(t, inc); has(fs, CodeInternalNote, "") {
		t.Errorf("an edit that keeps the template's sentence: %v", fs)
	}
	inc = base(t)
	edit(inc, "notice-d1-ja/contact/search", search(t, inc)+"（"+note+"済）")
	if fs := lintDocs(t, inc); !has(fs, CodeInternalNote, "notice-d1-ja") {
		t.Errorf("the note pasted a second time into the paragraph: no finding")
	}
	inc = base(t)
	edit(inc, "public-ja/response/story", note+"する予定です。")
	if fs := lintDocs(t, inc); !has(fs, CodeInternalNote, "public-ja") {
		t.Errorf("the note pasted into another paragraph: no finding")
	}
}
