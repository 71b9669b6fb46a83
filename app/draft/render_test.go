package draft

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

var (
	tagName     = regexp.MustCompile(`<!?/?([a-zA-Z][a-zA-Z0-9]*)`)
	allowedTags = map[string]bool{"doctype": true, "html": true, "head": true, "meta": true, "title": true, "style": true,
		"body": true, "article": true, "h1": true, "h2": true, "section": true, "p": true, "br": true}
)

const xss = `<script>alert(1)</script><img src=x onerror=alert(2)>javascript:alert(3) "'&`

// setStrings puts payload into every string fact of v (recursively).
func setStrings(v reflect.Value, payload string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			setStrings(v.Elem(), payload)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				setStrings(v.Field(i), payload)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			setStrings(v.Index(i), payload)
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(payload)
		}
	}
}

// TestXSS puts a payload into every free-text fact of scenario 10 (which has
// the most documents) and checks that every document's HTML escapes it and no
// tag, handler or link appears, while the text export keeps it verbatim.
func TestXSS(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["10-crossborder-eu-jp-ca"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	// Free text only: ids, codes and enums keep their values so that the same documents apply.
	for _, p := range []any{&inc.Org.Name, &inc.Cause.Description, &inc.Risk.SecondaryHarmNote} {
		*(p.(*string)) = xss
	}
	setStrings(reflect.ValueOf(&inc.Contact), xss)
	setStrings(reflect.ValueOf(&inc.People), xss)
	setStrings(reflect.ValueOf(&inc.Story), xss)
	for i := range inc.Events {
		inc.Events[i].Note = xss
	}
	inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "other", Other: xss})
	inc.DataSets[0].Name = xss
	inc.Edits = map[string]incident.ParagraphEdit{"notice-ja/opening/lead": {Text: xss}}
	// The English name, the police and the card company each get a payload of
	// their own, so that each is seen to reach a document escaped; card data
	// makes the card company notice apply, a police event gives the memo its date.
	inc.Parties = append(inc.Parties, incident.Party{ID: "xp", Kind: incident.PartyPolice}, incident.Party{ID: "xc", Kind: incident.PartyCard},
		incident.Party{ID: "xm", Kind: incident.PartyMinistry}, incident.Party{ID: "xe", Kind: incident.PartyEntrustor})
	n := len(inc.Parties)
	police, card, ministry, entrustor := &inc.Parties[n-4], &inc.Parties[n-3], &inc.Parties[n-2], &inc.Parties[n-1]
	inc.DataSets = append(inc.DataSets, incident.DataSet{ID: "xd", Name: xss, Role: incident.Processor, Entrustor: "xe",
		Categories: []incident.Category{{ID: "name"}}, Persons: incident.FigureOf(incident.Count{Known: true, N: 3})})
	own := map[string]*string{
		"org.nameEn": &inc.Org.NameEn, "police.station": &police.Name, "police.contact": &police.Contact,
		"police.reference": &police.Reference, "card.acquirer": &card.Name, "card.contact": &card.Contact,
		"ministry": &ministry.Name, "entrustor": &entrustor.Name,
	}
	for k, p := range own {
		*p = xss + k
	}
	inc.Org.CardMerchant = true
	inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "card_number"})
	inc.Events = append(inc.Events, incident.Event{ID: "xss-police", Kind: incident.EvPolice, At: inc.UpdatedAt.Add(-time.Hour), Note: xss})
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	kinds := map[Kind]bool{}
	for _, d := range docs {
		h := HTMLPage(d)
		kinds[d.Kind] = true
		for k := range own {
			if strings.Contains(h, "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;javascript:alert(3) &#34;&#39;&amp;"+k) {
				seen[k] = true
			}
		}
		for _, m := range tagName.FindAllStringSubmatch(h, -1) {
			if !allowedTags[strings.ToLower(m[1])] {
				t.Errorf("%s %s: HTML contains the tag <%s", d.ID, d.Variant, m[1])
			}
		}
		if strings.Contains(h, "href") || strings.Contains(h, "javascript:alert(3) \"") {
			t.Errorf("%s: HTML has a link or an unescaped quote", d.ID)
		}
		if !strings.Contains(h, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s: HTML lacks the escaped payload", d.ID)
		}
		if !strings.Contains(strings.ReplaceAll(Text(d), "\n", ""), "<script>alert(1)</script>") {
			t.Errorf("%s %s: text lacks the verbatim payload", d.ID, d.Variant)
		}
		md := Markdown(d)
		if strings.Contains(md, "<script>") || strings.Contains(md, "javascript:alert") {
			t.Errorf("%s: Markdown lets the payload through", d.ID)
		}
	}
	for _, k := range []Kind{KindCard, KindPolice, KindNotice, KindGDPR33} {
		if !kinds[k] {
			t.Errorf("no %s document: the new facts are not all exercised", k)
		}
	}
	for k := range own {
		if !seen[k] {
			t.Errorf("%s: its payload reaches no document escaped", k)
		}
	}
}

func TestWrapKinsoku(t *testing.T) {
	cases := []struct{ in string }{
		{"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも。やゆよ"},
		{"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもや」ゆよ"},
		{"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめ「やゆよ」"},
		{"お問い合わせはprivacy@example.co.jpまでお願いいたします。お問い合わせはprivacy@example.co.jpまで"},
		{strings.Repeat("ご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。", 5)},
	}
	for _, c := range cases {
		out := Wrap(c.in, 30)
		if strings.ReplaceAll(out, "\n", "") != c.in {
			t.Errorf("Wrap lost text: %q", out)
		}
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			rs := []rune(l)
			if colWidth(rs) > 32 { // one hanging 。 or 、 allowed
				t.Errorf("line too wide (%d): %q", colWidth(rs), l)
			}
			if i > 0 && len(rs) > 0 && strings.ContainsRune(noStart, rs[0]) {
				t.Errorf("line starts with %q: %q", rs[0], l)
			}
			if i < len(lines)-1 && len(rs) > 0 && strings.ContainsRune(noEnd, rs[len(rs)-1]) {
				t.Errorf("line ends with %q: %q", rs[len(rs)-1], l)
			}
		}
		if strings.Contains(c.in, "@") && !strings.Contains(out, "privacy@example.co.jp") {
			t.Errorf("address split: %q", out)
		}
	}
}

// TestMailNoticeWrapped: every line of every e-mail notice fits 35 full-width characters (+ a hanging mark).
func TestMailNoticeWrapped(t *testing.T) {
	rs := mustRules(t)
	for name, inc := range scenarios(t) {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(Text(d), "\n") {
			if colWidth([]rune(l)) > MailWidth+2 {
				t.Errorf("%s: line too wide: %q", name, l)
			}
			if r := []rune(l); len(r) > 0 && strings.ContainsRune("。、」）", r[0]) {
				t.Errorf("%s: line starts with %q", name, r[0])
			}
		}
	}
}

func TestApplyConflict(t *testing.T) {
	rs := mustRules(t)
	inc := complete(t)
	at := time.Date(2025, 11, 8, 9, 0, 0, 0, time.UTC)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, _ := Build(Spec{Kind: KindNotice, Lang: JA}, inc, a, rs)
	edits := map[string]incident.ParagraphEdit{}
	if !Edit(d, "notice-ja/data/persons", "対象は48,685名の皆さまです。", edits, at) {
		t.Fatal("Edit found no paragraph")
	}
	// Same facts: the edit applies, no conflict.
	got, cs := Apply(d, edits)
	if pr := got.Section("data").Paras[1]; !pr.Edited || pr.Text != "対象は48,685名の皆さまです。" || len(cs) != 0 {
		t.Fatalf("apply: %+v %v", pr, cs)
	}
	// The facts change under the edit: both texts are kept and a conflict reported.
	inc.DataSets[0].Persons = inc.DataSets[0].Persons.Set(incident.Count{Known: true, N: 50000})
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	d2, _ := Build(Spec{Kind: KindNotice, Lang: JA}, inc, a, rs)
	got, cs = Apply(d2, edits)
	if len(cs) != 1 || cs[0].User != "対象は48,685名の皆さまです。" || !strings.Contains(cs[0].Generated, "50,000名") || cs[0].Base == cs[0].Generated {
		t.Fatalf("conflict: %+v", cs)
	}
	if pr := got.Section("data").Paras[1]; pr.Text != cs[0].User || pr.Generated != cs[0].Generated {
		t.Errorf("paragraph after conflict: %+v", pr)
	}
	// The paragraph disappears: the edit is an orphan, not dropped.
	edits["notice-ja/gone/p1"] = incident.ParagraphEdit{Text: "x", Base: "y"}
	if os := Orphans([]Document{d2}, edits); len(os) != 1 || os[0].ParagraphID != "notice-ja/gone/p1" {
		t.Errorf("orphans: %+v", os)
	}
}

func TestDiffPrelimFinal(t *testing.T) {
	rs := mustRules(t)
	inc := complete(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	// Both as of the same instant: only what the facts change differs.
	pre, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim, Date: inc.UpdatedAt}, inc, a, rs)
	inc.Story.Other = "PFIの最終報告書を受領しました。"
	fin, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal, Date: inc.UpdatedAt}, inc, a, rs)
	cs := Diff(pre, fin)
	got := map[string]bool{}
	for _, c := range cs {
		got[c.Section] = true
	}
	if !got["reporter"] || !got["other"] || got["cause"] || len(cs) != 2 {
		t.Errorf("diff: %+v", cs)
	}
	if len(pre.Sections) != 10 {
		t.Errorf("the PPC report has %d items, want reporter + 9", len(pre.Sections))
	}
}

// An event whose date was corrected (scenario 20: the intrusion first dated
// 10/9, found on 12/27 to have begun 9/14) is told with the date known on
// each document's own day, and the diff of two reports shows the change.
func TestCorrectedEventDate(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["20-messaging-subcontractor-two-orders"]
	loc := inc.Location()
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	before := time.Date(2023, 12, 26, 12, 0, 0, 0, loc)
	after := time.Date(2023, 12, 28, 12, 0, 0, 0, loc)
	old, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim, Date: before}, inc, a, rs)
	now, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim, Date: after}, inc, a, rs)
	if o := Text(old); !strings.Contains(o, "発生日：2023年10月9日") || strings.Contains(o, "2023年9月14日　不正アクセス") {
		t.Errorf("a report of 12/26 does not give the date known then (10/9):\n%s", o)
	}
	if n := Text(now); !strings.Contains(n, "発生日：2023年9月14日") {
		t.Errorf("a report of 12/28 does not give the corrected date (9/14):\n%s", n)
	}
	changed := false
	for _, c := range Diff(old, now) {
		changed = changed || strings.Contains(c.After, "9月14日") && strings.Contains(c.Before, "10月9日")
	}
	if !changed {
		t.Errorf("the diff does not show the corrected date: %+v", Diff(old, now))
	}
}

// A company that announced a breach more than once (scenario 20: 11/27,
// 12/27, 2/14) gets each announcement dated at its own event and numbered
// (第2報 …), and the draft of the next; a later one opens with what it
// follows and what changed since: the count, the corrected date.
func TestFollowUpAnnouncements(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["20-messaging-subcontractor-two-orders"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	follows := map[int]bool{}
	for _, s := range Available(inc, a) {
		if s.Kind == KindPublic && s.Lang == JA {
			follows[s.Follow] = true
		}
	}
	if len(follows) != 4 || !follows[0] || !follows[3] {
		t.Fatalf("announcements offered: %v; want the three made and the next (0–3)", follows)
	}
	second, err := Build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	txt := Text(second)
	if second.ID != "public-2-ja" || second.Date.Format("2006-01-02") != "2023-12-27" || !strings.HasSuffix(second.Title, "（第2報）") {
		t.Errorf("second announcement: id %s, dated %v, title %q", second.ID, second.Date, second.Title)
	}
	for _, want := range []string{"2023年11月27日にお知らせいたしました本件につきまして", "前回のお知らせ時点の440,021名から、440,390名となりました",
		"前回のお知らせで2023年10月9日（月）としておりました「不正アクセスの開始」の日付は、調査の結果、2023年9月14日（木）でした"} {
		if !strings.Contains(txt, want) {
			t.Errorf("second announcement lacks %q:\n%s", want, txt)
		}
	}
	first, _ := Build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	if strings.Contains(first.Title, "報）") || strings.Contains(Text(first), "前回のお知らせ") {
		t.Errorf("the first announcement reads as a follow-up: %q", first.Title)
	}
}
