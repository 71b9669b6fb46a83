package draft

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func txt(ja, en string) rules.Text { return rules.Text{JA: ja, EN: en} }

// items: the template's required items are all there.
func (l *linter) items(d Document) {
	tpl, err := TemplateFor(d.Kind, d.Lang)
	if err != nil {
		return
	}
	for _, it := range tpl.Sections {
		if !it.Required || omitted(d, it.ID) || askedInPerson(l.inc, d, it.ID) {
			continue
		}
		s := d.Section(d.ID + "/" + it.ID)
		if s == nil || strings.TrimSpace(s.Text()) == "" {
			c := ""
			if it.Citation != nil {
				c = "（" + it.Citation.JA + "）"
			}
			l.add(CodeItemMissing, SeverityError, d.ID, "", txt(
				"必要な項目「"+strings.ReplaceAll(it.Heading, "{you}", "本人")+"」がありません"+c+"。",
				"The required item '"+strings.ReplaceAll(it.Heading, "{you}", "本人")+"' is missing."))
		}
	}
}

var placeholder = &lazyRegexp{expr: `【要記入：[^】]*】|\[to be completed: [^\]]*\]`}

func (l *linter) placeholders(d Document, pr Paragraph) {
	l.once("placeholders", d, pr, func(t string) (fs []found) {
		for _, m := range placeholder.FindAllString(t, -1) {
			fs = append(fs, found{CodeItemPlaceholder, SeverityWarning, txt("未記入の箇所があります："+m, "A placeholder is left: "+m)})
		}
		return fs
	})
}

var unknownWord = &lazyRegexp{expr: `調査中|不明|(?i)\bunknown\b|under investigation`}

// glossEN says in English what a Japanese word quoted in an English message means.
func glossEN(word string) string {
	switch word {
	case "調査中":
		return " (under investigation)"
	case "不明":
		return " (unknown)"
	}
	return ""
}

// unknowns: 調査中 is fine in a 速報, a memo or a notice to the entrustor, not in what persons read or in a 確報.
func (l *linter) unknowns(d Document, pr Paragraph) {
	switch {
	case d.Kind == KindPPC && d.Variant == VariantPrelim, d.Kind == KindEntrustor, d.Kind == KindPolice,
		d.Kind == KindCard, d.Kind == KindGDPR33:
		return
	}
	l.once("unknowns", d, pr, func(t string) []found {
		if m := unknownWord.FindString(t); m != "" {
			return []found{{CodeItemUnknown, SeverityWarning, txt(
				"「"+m+"」のままの事項があります。通知・確報では、判明した内容を記載してください。",
				"An item still reads '"+m+"'"+glossEN(m)+". A notice or a final report should state what is known.")}}
		}
		return nil
	})
}

// counts: figures of persons and records agree with the facts.
func (l *linter) counts(d Document, pr Paragraph) {
	f := l.facts
	l.once("counts", d, pr, func(t string) (fs []found) {
		for _, g := range l.figures(t) {
			own, other := f.persons, f.records
			if !g.persons {
				own, other = f.records, f.persons
			}
			switch {
			case matches(own, g.n, g.approx):
			case g.part && !matches(other, g.n, g.approx) && slices.ContainsFunc(slices.Collect(maps.Keys(own)), func(k int64) bool { return g.n < k }):
				// A part of those counted (うち, ほかに), smaller than a
				// count: no fact holds it, none contradicts it (174).
				fs = append(fs, found{CodeCountMismatch, SeverityWarning, txt(
					"「"+g.text+"」は入力された人数・件数の一部として書かれていますが、事実には入力されていません。一部の数が正しいか確かめてください。",
					"'"+g.text+"' is given as a part of those counted, which no fact holds: check that the part is right.")})
			case matches(other, g.n, g.approx) && g.persons:
				fs = append(fs, found{CodePersonsRecords, SeverityError, txt(
					"「"+g.text+"」は件数（延べ）であり、人数ではありません。本人の数と件数を区別してください。",
					"'"+g.text+"' is a number of records, not of persons: keep persons and records apart.")})
			case matches(other, g.n, g.approx):
				fs = append(fs, found{CodePersonsRecords, SeverityError, txt(
					"「"+g.text+"」は人数であり、件数ではありません。本人の数と件数を区別してください。",
					"'"+g.text+"' is a number of persons, not of records: keep persons and records apart.")})
			default:
				fs = append(fs, found{CodeCountMismatch, SeverityError, txt(
					"「"+g.text+"」は事実として入力された人数・件数のいずれとも一致しません。",
					"'"+g.text+"' matches none of the counts of persons or records in the facts.")})
			}
		}
		return fs
	})
}

// dates: every date is on the timeline, in the facts' texts, a deadline or the document's date.
func (l *linter) dates(d Document, pr Paragraph) {
	for _, x := range l.datesIn(pr.Text) {
		if l.facts.dates[x.iso] || !d.Date.IsZero() && d.Date.In(l.loc).Format("2006-01-02") == x.iso || l.dueThen(d.Date, x.iso) {
			continue
		}
		l.add(CodeDateMismatch, SeverityWarning, d.ID, pr.ID, txt(
			"日付「"+x.text+"」は時系列の出来事・期限のいずれとも一致しません。事実を確認してください。",
			"The date '"+x.text+"' is on no event or deadline of the timeline: check it against the facts."))
	}
}

// dueThen: iso is the day of a deadline the engine gave on the facts known
// at day, a document's date before the assessment's: a report of 3/23
// quotes the 確報's deadline of 3/25 of a leak still possible then, which
// the case ruled out on 3/31 no longer has (152).
func (l *linter) dueThen(day time.Time, iso string) bool {
	if day.IsZero() || !day.Before(l.a.Now) || l.rs == nil {
		return false
	}
	dues, ok := l.thenDues[day]
	if !ok {
		dues = map[string]bool{}
		then := assess.Evaluate(asOf(l.inc, day, false), l.rs, day)
		for _, j := range then.Jurisdictions {
			for _, o := range j.Obligations {
				for _, t := range []*time.Time{o.Due, o.DueAlt} {
					if t != nil {
						dues[t.In(l.loc).Format("2006-01-02")] = true
					}
				}
			}
		}
		if l.thenDues == nil {
			l.thenDues = map[time.Time]map[string]bool{}
		}
		l.thenDues[day] = dues
	}
	return dues[iso]
}

var (
	confirmedLater = &lazyRegexp{expr: `(漏えい|漏洩|流出|滅失|毀損)(した|の)?ことを確認`}
	thingStolen    = &lazyRegexp{expr: `(PC|ＰＣ|パソコン|端末|鞄|かばん|カバン|バッグ|書類|ファイル|記録媒体|USB|ＵＳＢ|スマートフォン|携帯電話|手帳|金庫|車)(が|を|ごと|も)`}
	assertJA       = &lazyRegexp{expr: `(漏えい|漏洩|流出|窃取)(いた|さ)?(しました|した|れました|れた|されました|された)|(盗まれ|抜き取られ|持ち出され)(ました|た)|(漏えい|漏洩|流出)(の事実)?を確認`}
	hedgeJA        = &lazyRegexp{expr: `(漏えい|漏洩|流出)(等)?(した|の|している|された)?(おそれ|恐れ|可能性)`}
	assertEN       = &lazyRegexp{expr: `(?i)\b(\w+\s+)?(was|were|has been|have been)\s+(leaked|stolen|exposed|acquired|accessed|taken|disclosed|compromised)\b`}
	hedgeEN        = &lazyRegexp{expr: `(?i)\b(may|might|could) have been\s+(leaked|stolen|exposed|acquired|accessed|taken|disclosed|compromised)\b`}
)

// suspectedClause: rest, what follows a leak named in a sentence, reaches a
// suspicion (疑いがある, 疑いのある) with no clause closed before it (no 、
// nor ため): the leak is what is suspected, as 「…他社から流出した情報が含ま
// れている疑いがあることが判明した」 (175: a bought list that may hold another
// company's leaked data), not asserted. 「流出したため、…疑いがあります」
// asserts it.
func suspectedClause(rest string) bool {
	i := -1
	for _, w := range []string{"疑いがあ", "疑いのあ", "疑いがござ"} {
		if j := strings.Index(rest, w); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return false
	}
	before := rest[:i]
	return !strings.Contains(before, "、") && !strings.Contains(before, "ため") && !strings.Contains(before, "。")
}

// status: the draft says "leaked" or "may have leaked" as the facts did on
// the document's date: "確認" before a data set was confirmed is an error;
// where some sets are confirmed and others not, a sentence that asserts
// must name a confirmed set; where all are, a hedge is worth a look.
func (l *linter) status(d Document, pr Paragraph) {
	c := l.doc
	if strings.HasSuffix(pr.ID, "/how") {
		c.narrative = true // 発覚の経緯 tells what was known before: おそれ there is history
	}
	l.once("status\x00"+c.key+map[bool]string{true: "\x00how"}[c.narrative], d, pr, func(t string) []found { return l.statusOf(c, t) })
}

func (l *linter) statusOf(c docContext, t string) (fs []found) {
	strip := func(x string) string {
		for _, n := range c.names {
			x = strings.ReplaceAll(x, n, "") // a set's name ("流出を確認した個人") states nothing
		}
		return x
	}
	asserted := func(x string) string {
		for _, ix := range assertJA.FindAllStringIndex(x, -1) {
			rest := x[ix[1]:]
			// A thing stolen (a PC, a bag, papers) is a fact of a theft,
			// not a leak asserted: the data on it may have leaked (118:
			// 「車上荒らしに遭い、PCが盗まれた」 called an error).
			if strings.HasPrefix(x[ix[0]:], "盗まれ") && thingStolen.MatchString(x[:ix[0]]) {
				continue
			}
			if suspectedClause(rest) {
				continue
			}
			if !strings.HasPrefix(rest, "おそれ") && !strings.HasPrefix(rest, "恐れ") && !strings.HasPrefix(rest, "可能性") && !strings.HasPrefix(rest, "か") {
				return x[ix[0]:ix[1]]
			}
		}
		return ""
	}
	if len(c.confirmed) == 0 {
		for _, sent := range sentences(t) {
			if m := asserted(strip(sent)); m != "" {
				fs = append(fs, found{CodeStatusAsserted, SeverityError, txt(
					"「"+m+"」と断定していますが、この文書の日付（"+string(c.day)+"）の時点では、漏えい等は「おそれ」の段階です（確認された日より前です）。",
					"The draft says '"+m+"' as a fact, but on the document's date ("+string(c.day)+") the leak was only possible (not yet confirmed).")})
			}
		}
		for _, m := range assertEN.FindAllStringSubmatch(strip(t), -1) {
			if w := strings.ToLower(strings.TrimSpace(m[1])); w == "may" || w == "might" || w == "could" || w == "not" {
				continue
			} else if w == "systems" && strings.EqualFold(m[3], "exposed") {
				continue // the period the systems were open to an attacker (「不正なアクセスが可能な状態」), not the data
			}
			fs = append(fs, found{CodeStatusAsserted, SeverityError, txt(
				"「"+m[0]+"」と断定していますが、この文書の日付（"+string(c.day)+"）の時点では、漏えい等は「おそれ」の段階です。",
				"The draft says '"+m[0]+"' as a fact, but on the document's date ("+string(c.day)+") the leak was only possible.")})
		}
		return fs
	}
	if c.mixed {
		for _, sent := range sentences(t) {
			m := asserted(strip(sent))
			if m == "" || containsAny(sent, c.confirmed) {
				continue
			}
			fs = append(fs, found{CodeStatusAsserted, SeverityError, txt(
				"「"+m+"」と断定していますが、この文書の日付の時点で漏えい等が確認されているのは一部のデータ（"+strings.Join(c.confirmed, "、")+"）だけです。どのデータについて確認したのかを明記してください。",
				"The draft says '"+m+"' without saying of which data: on the document's date only some data sets were confirmed ("+strings.Join(c.confirmed, ", ")+").")})
		}
		return fs
	}
	var hedges []string
	if !c.narrative && !confirmedLater.MatchString(t) { // the course of the case: "おそれが…判明し、その後…したことを確認いたしました"
		hedges = hedgeJA.FindAllString(strip(t), -1)
	}
	if !strings.Contains(t, "we confirmed that it was") && !strings.Contains(t, "We confirmed this for ") { // the course in English (confirmedLaterEN)
		hedges = append(hedges, hedgeEN.FindAllString(strip(t), -1)...)
	}
	for _, m := range hedges {
		fs = append(fs, found{CodeStatusHedged, SeverityWarning, txt(
			"「"+m+"」としていますが、この文書の日付の時点で漏えい等は確認済みです。",
			"The draft says '"+m+"', but the leak was confirmed by the document's date.")})
	}
	return fs
}

// sentences splits a text at 。 and line ends.
func sentences(t string) []string {
	return strings.FieldsFunc(t, func(r rune) bool { return r == '。' || r == '\n' })
}

// containsAny: s contains one of the names.
func containsAny(s string, names []string) bool {
	for _, n := range names {
		if n != "" && strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// contact: what persons read names a desk with hours.
func (l *linter) contact(d Document) {
	if d.Kind != KindNotice && d.Kind != KindPublic && d.Kind != KindGDPR34 {
		return
	}
	c := l.inc.Contact
	sec := d.Section("contact")
	if sec == nil {
		sec = d.Section("more-info")
	}
	if c.Phone == "" && c.Email == "" || sec == nil || strings.TrimSpace(sec.Text()) == "" {
		l.add(CodeContactMissing, SeverityError, d.ID, "", txt(
			"問い合わせ窓口（電話番号又はメールアドレス）がありません。",
			"There is no contact desk (phone or e-mail)."))
	}
	if strings.TrimSpace(c.Hours) == "" {
		l.add(CodeContactHours, SeverityWarning, d.ID, "", txt(
			"問い合わせ窓口の受付時間がありません。",
			"The contact desk has no hours."))
	}
	if d.Lang == JA { // the English search sentence never quotes the Japanese name (searchEN)
		l.searchFromName(sec)
	}
}

// searchFromName: a notice's search sentence, as generated with no words to
// search for entered (contact.web), quotes the organisation's name with a
// bracketed remark (「（医療法人）」, 「（福祉部 社会福祉課）」, 「（…の子会社）」):
// words no reader types, and a remark may be all that readers know the
// organisation by (a hotel, a school), so the tool cannot choose the words
// (CodeSearchFromName, once, about the facts).
func (l *linter) searchFromName(sec *Section) {
	name := strings.TrimSpace(l.inc.Org.Name)
	i := strings.IndexAny(name, "（(")
	if sec == nil || strings.TrimSpace(l.inc.Contact.Web) != "" || i <= 0 {
		return
	}
	for _, pr := range sec.Paras {
		if strings.HasSuffix(pr.ID, "/search") && !pr.Edited {
			l.add(CodeSearchFromName, SeverityWarning, "", "", txt(
				"「自社ページの探し方」が未入力のため、通知は読み手に組織名「"+name+"」をそのまま検索するよう案内しています。括弧書きの「"+name[i:]+"」まで入力して検索する読み手はまずいません。読み手が知っている名前（サービス名・店名・施設名など）で、検索する言葉を入力してください（例：〇〇　お知らせ）。",
				"No words to search for are entered (How to find the company's page), so the Japanese notices ask readers to search for the organization's name as entered, \""+name+"\". Few readers would type the part in brackets, \""+name[i:]+"\": enter the words they would search for, by the name they know you by (the service, shop or facility), e.g. \"Example notice\"."))
			return
		}
	}
}

var (
	mailAddr  = &lazyRegexp{expr: `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+`}
	attachRef = &lazyRegexp{expr: `添付(の|した|いたしました|いたします|しております|資料|書類|書面|ファイルをご|ファイルを開いて|ファイルをご確認)|別添|(?i)\battached\b|\battachment (below|to this)|see the attachment`}
	urlLike   = &lazyRegexp{expr: `(?i)\b(https?|ftp)://\S*|\bwww\.\S*|javascript:\S*|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(jp|com|net|org|info|biz|io|co|me|app)(/\S*)?\b`}
)

// urls: an e-mail notice has no link (phishing mails have them; real ones don't).
func (l *linter) urls(d Document, pr Paragraph) {
	if d.Variant != VariantEmail {
		return
	}
	l.once("urls", d, pr, func(t string) (fs []found) {
		if m := urlLike.FindString(mailAddr.ReplaceAllString(t, "")); m != "" {
			fs = append(fs, found{CodeEmailURL, SeverityError, txt(
				"メールでの通知に URL（"+m+"）があります。フィッシングと区別できるよう、リンクは載せず、検索する名称を案内してください。",
				"The e-mail notice contains a URL ("+m+"). Leave links out so that it cannot be mistaken for phishing; tell readers what to search for.")})
		}
		if m := attachRef.FindString(t); m != "" {
			fs = append(fs, found{CodeEmailAttachment, SeverityError, txt(
				"メールでの通知が添付ファイルを案内しています（"+m+"）。フィッシングと区別できるよう、メールには添付せず、必要な情報は本文に記載してください。",
				"The e-mail notice refers to an attachment ("+m+"). Send no attachment, so that it cannot be mistaken for phishing: put what is needed in the text.")})
		}
		return fs
	})
}

var (
	sentenceEnd = &lazyRegexp{expr: `[。！？!?\n]|\.\s`}
	secretJA    = &lazyRegexp{expr: `カード番号|セキュリティコード|暗証番号|パスワード|ログインID|口座番号|マイナンバー|個人番号|有効期限`}
	requestJA   = &lazyRegexp{expr: `返信|ご連絡ください|お知らせください|記入|入力してください|ご入力|送信してください|送付|お送りください|ご提供|提供してください|教えてください|ご回答|回答してください`}
	negationJA  = &lazyRegexp{expr: `ございません|ありません|しません|いたしません|決して|絶対に|ないでください|お尋ねすることは`}
	secretEN    = &lazyRegexp{expr: `(?i)card number|security code|password|\bPIN\b|account number|social security|login ID`}
	requestEN   = &lazyRegexp{expr: `(?i)\b(reply|send|provide|confirm|enter|tell us|e-?mail us|submit)\b`}
	negationEN  = &lazyRegexp{expr: `(?i)\b(never|not|don't|won't)\b`}
)

// asks: the draft never asks the reader to send personal data back.
func (l *linter) asks(d Document, pr Paragraph) {
	if d.Kind != KindNotice && d.Kind != KindPublic && d.Kind != KindGDPR34 {
		return
	}
	l.once("asks", d, pr, func(t string) (fs []found) {
		for _, s := range sentenceEnd.Split(t, -1) {
			ja := secretJA.MatchString(s) && requestJA.MatchString(s) && !negationJA.MatchString(s)
			en := secretEN.MatchString(s) && requestEN.MatchString(s) && !negationEN.MatchString(s)
			if ja || en {
				fs = append(fs, found{CodeAsksData, SeverityError, txt(
					"本人に個人情報（カード番号・パスワード等）の提供を求める文があります："+strings.TrimSpace(s),
					"The draft asks the reader to send personal data (card number, password, ...): "+strings.TrimSpace(s))})
			}
		}
		return fs
	})
}

// attachments: a notice by e-mail carries no attachment and points to none
// (phishing mails do; the reader must be able to trust a plain text mail).
func (l *linter) attachments(d Document) {
	if d.Variant != VariantEmail {
		return
	}
	for _, a := range d.Attachments {
		l.add(CodeEmailAttachment, SeverityError, d.ID, "", txt(
			"メールでの通知にファイル（"+a.Name+"）が添付されています。フィッシングと区別できるよう、メールには添付せず、必要な情報は本文に記載してください。",
			"The e-mail notice carries an attachment ("+a.Name+"). Send no attachment, so that it cannot be mistaken for phishing: put what is needed in the text."))
	}
}

// orgNameEN: an English document that prints the company's name in Japanese
// script, because no English name was entered (view.orgName falls back to it).
// A name already in Latin letters needs none. Reported once per document, at
// the first paragraph that has it; an edit that replaces the name clears it.
func (l *linter) orgNameEN(d Document) {
	name := strings.TrimSpace(l.inc.Org.Name)
	if d.Lang != EN || strings.TrimSpace(l.inc.Org.NameEn) != "" || !nonLatin(name) {
		return
	}
	if id := paraWith(d, func(text string) bool { return strings.Contains(text, name) }); id != "" {
		l.add(CodeOrgNameEN, SeverityWarning, d.ID, id, txt(
			"英語の文書に会社名が日本語（"+name+"）で入っています。事実の「会社名（英語）」を入力してください。",
			"No English company name: this English document gives it in Japanese ("+name+"). Enter the English company name in the facts."))
	}
}

// japaneseInEN: an English document's paragraph that carries Japanese text
// the user typed or the tool quoted (a representative's name, an opening
// hours line, an item's name), outside the placeholders that ask for the
// English and the company's name (orgNameEN says that once). Counsel would
// not send an English letter with Japanese in it.
func (l *linter) japaneseInEN(d Document, pr Paragraph) {
	if d.Lang != EN {
		return
	}
	name := strings.TrimSpace(l.inc.Org.Name)
	l.once("ja-in-en", d, pr, func(t string) []found {
		t = placeholder.ReplaceAllString(t, "")
		if name != "" {
			t = strings.ReplaceAll(t, name, "") // orgNameEN's, or the registered name beside the English one
		}
		ex := firstNonLatin(t)
		if ex == "" {
			return nil
		}
		return []found{{CodeJapaneseInEN, SeverityWarning, txt(
			"英語の文書に日本語が入っています（「"+ex+"」）。英語に直すか、元になる事実を英語で入力してください。",
			"This English document carries Japanese text (“"+ex+"”). Put it in English, or enter the fact it comes from in English.")}}
	})
}

// englishSentence is a run of five or more English words: a sentence the
// user typed in English, not a product's or a company's name.
var englishSentence = &lazyRegexp{expr: `[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){4,}`}

// englishInJA: a Japanese document's paragraph that quotes an English
// sentence the user typed (a summary written for the persons abroad, 65:
// 「■1. 概要 An unauthorized party placed …」), outside placeholders, web
// addresses and the company's English name. The Japanese reader gets a
// sentence in English; the text wants Japanese, or the document is not
// needed.
func (l *linter) englishInJA(d Document, pr Paragraph) {
	if d.Lang != JA {
		return
	}
	l.once("en-in-ja", d, pr, func(t string) []found {
		ex := l.englishSentenceIn(t)
		if ex == "" {
			return nil
		}
		return []found{{CodeEnglishInJA, SeverityWarning, txt(
			"日本語の文書に英語の文が入っています（「"+shorten(ex)+"」）。日本語に直すか、元になる事実（概要・対応など）を日本語で入力してください。",
			"This Japanese document carries an English sentence (“"+shorten(ex)+"”). Put it in Japanese, or enter the fact it comes from in Japanese.")}}
	})
}

// englishSentenceIn is the first English sentence in t (englishSentence)
// outside placeholders, web and mail addresses and the company's English
// name; "" when none.
func (l *linter) englishSentenceIn(t string) string {
	t = placeholder.ReplaceAllString(t, "")
	t = urlLike.ReplaceAllString(mailAddr.ReplaceAllString(t, ""), "")
	if n := strings.TrimSpace(l.inc.Org.NameEn); n != "" {
		t = strings.ReplaceAll(t, n, "")
	}
	return englishSentence.FindString(t)
}

// forensicWord names a forensic firm or its work.
var forensicWord = &lazyRegexp{expr: `調査会社|フォレンジック|(?i)\bforensic`}

// laterFinding: a document dated before the day the forensic firm was
// engaged quotes, in a text the user typed once for all documents, what
// the firm found or could not find (72: the 速報 of 9/7 said 「調査会社の調査
// でも特定できていない」, the firm engaged on 9/8; F261). Free texts are not
// dated: the document then tells what was not known on its day. The card
// company notice, which asks whether a PFI forensic investigation is
// needed, is left out.
func (l *linter) laterFinding(d Document, pr Paragraph) {
	if d.Kind == KindCard || d.Date.IsZero() {
		return
	}
	e, ok := l.first(incident.EvForensic)
	if !ok || incident.DateOf(e.At.In(l.loc)).OnOrBefore(incident.DateOf(d.Date.In(l.loc))) {
		return
	}
	if !forensicWord.MatchString(pr.Text) {
		return
	}
	day := incident.DateOf(e.At.In(l.loc))
	l.add(CodeLaterFinding, SeverityWarning, d.ID, pr.ID, txt(
		"この文書の日付は、外部の調査の開始（"+string(day)+"）より前ですが、調査会社・フォレンジック調査に触れています。その日に分かっていたことだけを書いてください："+shorten(pr.Text),
		"This document is dated before the forensic investigation began ("+string(day)+") but speaks of it: say only what was known on its date: "+shorten(pr.Text)))
}

// laterMeasures: a document dated before the day of the containment tells,
// in the company's account of its response typed once for all documents,
// measures that may not have been taken yet (87: the first announcement of
// 10/6 said every password had been reset and two-step login made
// mandatory, done on 10/10 and in November; F342). The containment of
// data sent by mistake is its deletion by those who received it (92: a
// notice of 7/3 said deletion had been confirmed at almost every
// recipient, confirmed on 7/7). The account is not dated: the user checks
// that it says only what was done by the document's day.
func (l *linter) laterMeasures(d Document, pr Paragraph) {
	e, ok := l.firstContainment()
	if m, day, found := l.accountBefore(d, pr, e, ok, nil); found {
		l.add(CodeLaterMeasures, SeverityWarning, d.ID, pr.ID, txt(
			"この文書の日付は、封じ込め（"+string(day)+"）より前ですが、講じた措置の文（「"+shorten(m)+"」）を載せています。その日までに講じた措置だけが書かれているか確かめてください。",
			"This document is dated before the containment ("+string(day)+") but gives the account of the measures taken (“"+shorten(m)+"”): check that it says only what was done by its date."))
	}
}

// accountBefore finds, in a paragraph of a document dated before the day of
// the event e (found: ok), the company's account of its response typed once
// for all documents (Public.Measures, Story.Response) that says what about
// asks (nil: anything): the account and the event's day.
func (l *linter) accountBefore(d Document, pr Paragraph, e incident.Event, ok bool, about *lazyRegexp) (string, incident.Date, bool) {
	if d.Date.IsZero() || !ok || !e.Dated() {
		return "", "", false
	}
	day := incident.DateOf(e.At.In(l.loc))
	if day.OnOrBefore(incident.DateOf(d.Date.In(l.loc))) {
		return "", "", false
	}
	for _, m := range []string{l.inc.Public.Measures, l.inc.Story.Response} {
		m = strings.TrimSpace(m)
		if m != "" && strings.Contains(pr.Text, m) && (about == nil || about.MatchString(m)) {
			return m, day, true
		}
	}
	return "", "", false
}

// toldPersonsWord: a sentence telling that the persons were written to or
// told (「従業員の皆さまに書面でお知らせし」, "have written to the employees
// concerned"), not that a regulator or the police was.
var toldPersonsWord = &lazyRegexp{expr: `(本人|お客様|お客さま|会員|利用者|従業員|社員|職員|患者|対象者|該当する方|関係者|皆さま|皆様)[^。]{0,16}(通知|ご連絡|連絡し|お知らせし|お知らせいたし|ご案内し|書面|郵送|メールを送)|` +
	`(?i)\b(writ(ten|ing)|wrote|sent (letters|notices|e-?mails?)|e-?mailed|notif(ied|ying)|contact(ed|ing)|inform(ed|ing))\s+(to\s+)?(all\s+)?(the\s+|our\s+|those\s+)?(affected\s+|concerned\s+|impacted\s+)?(customers|employees|staff|individuals|persons|people|members|users|patients|clients)\b`}

// laterNotice: a document dated before the first notice to the persons
// tells, in the company's account of its response typed once for all
// documents, that the persons were written to (145: the statement of 5/5,
// before the company knew, said "have written to the employees concerned",
// the letters going out on 5/28; F921). The account is not dated: the user
// checks that it says only what was done by the document's day.
func (l *linter) laterNotice(d Document, pr Paragraph) {
	e, ok := l.first(incident.EvNoticePersons)
	if m, day, found := l.accountBefore(d, pr, e, ok, toldPersonsWord); found {
		l.add(CodeLaterMeasures, SeverityWarning, d.ID, pr.ID, txt(
			"この文書の日付は、本人への最初の通知（"+string(day)+"）より前ですが、講じた措置の文（「"+shorten(m)+"」）が本人への連絡に触れています。その日までに講じた措置だけが書かれているか確かめてください。",
			"This document is dated before the first notice to the persons ("+string(day)+") but its account of the measures taken (“"+shorten(m)+"”) speaks of telling them: check that it says only what was done by its date."))
	}
}

// firstNonLatin is the first run of text in s with letters of another
// script than Latin, with what joins them (spaces, punctuation), at most
// 24 characters; "" when there is none.
func firstNonLatin(s string) string {
	start := -1
	n := 0
	for i, r := range s {
		other := unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
		switch {
		case start < 0 && other:
			start, n = i, 1
		case start >= 0 && (other || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '\n' && r > 0x7f):
			n++
			if n == 24 {
				return s[start : i+utf8.RuneLen(r)]
			}
		case start >= 0:
			return strings.TrimSpace(s[start:i])
		}
	}
	if start < 0 {
		return ""
	}
	return strings.TrimSpace(s[start:])
}

// nonLatin: s has a letter of another script than Latin (kanji, kana, ...).
func nonLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// decisions: a decision "not reportable" standing on the ledger without its
// reason is an error of the record (not of a document).
func (l *linter) decisions() {
	for i := range l.inc.Ledger {
		e := &l.inc.Ledger[i]
		d, ok := e.Current()
		if !ok || !d.NeedsReason() {
			continue
		}
		name := rules.Text{JA: e.Obligation, EN: e.Obligation}
		for _, j := range l.a.Jurisdictions {
			for _, ob := range j.Obligations {
				if j.ID == e.Jurisdiction && ob.ID == e.Obligation && ob.Party == e.Party && ob.Order == e.Order {
					name = rules.Text{JA: j.Name.JA + "：" + ob.Title.JA, EN: j.Name.EN + ": " + ob.Title.EN}
					if ob.PartyName != "" {
						name.JA += "（" + ob.PartyName + "）"
						name.EN += " (" + ob.PartyName + ")"
					}
				}
			}
		}
		l.add(CodeDecisionReason, SeverityError, "", "", txt(
			"「"+name.JA+"」を報告しないと判断した理由が記録されていません。判断の理由を記録してください（後から説明を求められたときの記録になります）。",
			"The decision not to report \""+name.EN+"\" is on record without its reason: record why (the record must show it when asked later)."))
	}
}

// earlyStamp is a deadline's first detection as the checks state it, to
// the precision its event was entered with.
func (l *linter) earlyStamp(c *assess.Counted) rules.Text {
	prec := incident.Exact
	if ev, ok := l.inc.Event(c.Event); ok {
		prec = ev.Precision
	}
	return lintStamp(c.StartAt.In(l.loc), prec)
}

// awareWhy: the clock is contested (a duty's deadline counted from the first
// detection comes before the one counted from knowing) and the reason the
// company took the later instant is not recorded. Reported once.
func (l *linter) awareWhy() {
	if strings.TrimSpace(l.inc.AwareWhy.Text) != "" || l.a.Knew == nil {
		return
	}
	for _, j := range l.a.Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.Early == nil || ob.Due == nil || !ob.Early.Due.Before(*ob.Due) {
				continue
			}
			det := l.earlyStamp(ob.Early)
			knew := lintStamp(l.a.Knew.In(l.loc), l.a.KnewPrecision)
			l.add(CodeAwareWhy, SeverityWarning, "", "", txt(
				"異常の検知（"+det.JA+"）から数えると「"+ob.Title.JA+"」の期限が早まります。知った時を"+knew.JA+"とした理由が記録されていません。事実の「知った時とした理由」に記録してください（速報の発覚の経緯に使われ、当局からも問われます）。",
				"Counted from the detection ("+det.EN+"), the deadline of \""+ob.Title.EN+"\" comes earlier. Why the company took "+knew.EN+" as the time it knew is not recorded: record it in the facts (\"why this is when we knew\"); the preliminary report's account uses it, and regulators ask."))
			return
		}
	}
}

// art33Early (CodeArt33Early): an Art. 33 notification in time from the
// company's awareness but made, or still not made, more than 72 hours after
// the first detection (F483: a mailbox with an attacker's forwarding rule
// found on 8/19, the filing made on 8/29). The EDPB takes a controller as
// aware once reasonably certain that an incident compromised personal data
// (Guidelines 9/2022 on personal data breach notification, para. 31 ff.),
// which a detection may already be; the notification's draft offers a
// paragraph for the reasons on that reading (F609), and the check asks for
// them until the user has written the notification's timing paragraphs
// (F703: it points to that paragraph).
func (l *linter) art33Early() {
	for _, j := range l.a.Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.ID != "eu.art33.report" && ob.ID != "uk.art33.report" || ob.Early == nil || ob.State == assess.StateDoneLate || ob.State == assess.StateOverdue {
				continue
			}
			if art33TimingEdited(l.inc.Edits, j.ID, "") {
				continue // the notification's timing, written by the user
			}
			at, ok := l.doneOrNow(&ob)
			if !ok {
				continue // done at a time not recorded
			}
			if !at.After(ob.Early.Due) {
				continue
			}
			det := l.earlyStamp(ob.Early)
			l.add(CodeArt33Early, SeverityWarning, "", "", txt(
				"「"+ob.Title.JA+"」は、知った時から数えれば期限内ですが、最初の検知（"+det.JA+"）から72時間を過ぎています。監督機関が検知の時点で侵害を認識したとみる場合、第33条第1項により遅延の理由を示す必要があります。通知の下書きにはその読み方での遅延の理由の段落があります。そこに理由を英語で書き入れるか、「認識した時」の段落を編集して、検知の時点では個人データへの影響を認識していなかった理由を書き加えてください（その場合、理由の段落は下書きから外れます）。",
				"\""+ob.Title.EN+"\" is in time counted from when the company became aware, but more than 72 hours after the first detection ("+det.EN+"). An authority that takes the detection as the awareness will want the reasons for the delay under Article 33(1): the draft offers a paragraph for them on that reading. Fill it in, or edit the paragraph on when the company became aware to say why the detection did not yet show that personal data was affected (the offered paragraph then leaves the draft)."))
			return
		}
	}
}

// gdprLawBlank (CodeGDPRLawBlank): a case under both laws' Art. 33 has a
// filing (report_prelim or report_final) recorded with no law that is not
// Japan's report (Japan's law does not apply, or it names an authority
// other than a Japanese one). Reported once.
func (l *linter) gdprLawBlank() {
	for _, id := range []string{"eu.art33.report", "uk.art33.report"} {
		if _, o := lawObligation(&l.a, id); o == nil || o.Applies != assess.Yes || exempt(o) || o.State == assess.StateNotRequired {
			return
		}
	}
	japan := slices.ContainsFunc(l.a.Jurisdictions, func(j assess.Jurisdiction) bool { return j.ID == "JP" })
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvReportPrelim && e.Kind != incident.EvReportFinal || e.Jurisdiction != "" || e.Planned || !e.Dated() {
			continue
		}
		if japan && (e.Party == "" || japaneseAuthority(l.inc, e.Party)) {
			continue // the report under APPI
		}
		at := lintStamp(e.At.In(l.loc), e.Precision)
		l.add(CodeGDPRLawBlank, SeverityWarning, "", "", txt(
			"GDPRと英国GDPRの両方で監督機関への通知が必要な事案で、"+at.JA+"の報告に法令（EUか英国か）が記録されていません。どちらの期限もこの報告を完了と数えず、通知の下書きは監督機関ごとに分かれてそれぞれ自らの法令の報告を日付と経緯に用いるため、どちらにも反映されません。タイムラインでこの報告の法令を選んでください。",
			"This case needs a notification to the authority under both the GDPR and the UK GDPR, but the filing of "+at.EN+" records no law (EU or UK). Neither deadline counts it as made, and each authority's notification is drafted apart, dated at and telling the filings under its own law, so it is in neither: choose its law on the timeline."))
		return
	}
}

// reportRecipient: a Japanese report routed to a delegated ministry whose
// event names a party that is no ministry (CodeReportRecipient).
func (l *linter) reportRecipient() {
	for _, j := range l.a.Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.Route == nil || ob.DoneBy == "" {
				continue
			}
			e, ok := l.inc.Event(ob.DoneBy)
			if !ok || e.Party == "" {
				continue
			}
			p, ok := l.inc.Party(e.Party)
			if !ok || p.Kind == incident.PartyMinistry || strings.TrimSpace(p.Name) == "" {
				continue
			}
			name := strings.TrimSpace(p.Name)
			toJA, toEN := shortName(ob.To.JA), ob.To.EN
			if i := strings.Index(toEN, " ("); i > 0 {
				toEN = toEN[:i]
			}
			l.add(CodeReportRecipient, SeverityWarning, "", "", txt(
				"「"+ob.Title.JA+"」は"+name+"に提出したと記録されていますが、この事業の報告は権限の委任により"+toJA+"が受け付けます。"+toJA+"に提出したか確かめ、提出先を記録してください。",
				"\""+ob.Title.EN+"\" is recorded as filed with "+name+", but for this business the report is received by "+toEN+" (delegated authority). Check that "+toEN+" has it, and record where it was filed."))
		}
	}
}

// staffToldEarlier: a detection by the company's own people ("staff") on a
// day before the company knew (CodeStaffToldEarlier).
func (l *linter) staffToldEarlier() {
	if e, at, ok := l.dayBeforeKnowing(incident.EvDetected, func(e incident.Event) bool { return e.Source == "staff" }); ok {
		det := lintStamp(at, e.Precision)
		k := lintStamp(l.a.Knew.In(l.loc), l.a.KnewPrecision)
		l.add(CodeStaffToldEarlier, SeverityWarning, "", "", txt(
			"検知（"+det.JA+"）の検知元が「自社の従業者（役職員）」と記録され、文書には「職員から報告を受領」と書かれますが、知った時は"+k.JA+"です。その日に組織が報告を受けていたなら、その時が知った時ではないか確かめてください。本人が自分で気づいただけで誰にも報告していなかったなら、検知元は「自社で検知」です。",
			"The detection ("+det.EN+") is recorded as coming from \"the company's own staff\", and the documents say the organization was told then, but the time of knowing is "+k.EN+". If the organization was told that day, check whether that is when it knew; if the person only noticed it and told no one, the source is \"found by the company\"."))
	}
}

// dayBeforeKnowing is the first dated event of kind k that keep accepts on
// a day before the company knew, with its instant in the incident's zone;
// ok is false when there is none or the company has not known yet.
func (l *linter) dayBeforeKnowing(k incident.EventKind, keep func(incident.Event) bool) (e incident.Event, at time.Time, ok bool) {
	if l.a.Knew == nil {
		return incident.Event{}, time.Time{}, false
	}
	knew := l.a.Knew.In(l.loc)
	for _, e := range l.inc.EventsOf(k) {
		if !e.Dated() || !keep(e) {
			continue
		}
		at := e.At.In(l.loc)
		if at.Before(knew) && at.Format("2006-01-02") != knew.Format("2006-01-02") {
			return e, at, true
		}
	}
	return incident.Event{}, time.Time{}, false
}

// containedBeforeKnowing: the company's own containment on a day before
// it knew (CodeContainedBeforeKnowing).
func (l *linter) containedBeforeKnowing() {
	// After an attack, systems are often isolated before anyone knows
	// personal data was touched: the containment then says nothing of
	// knowing. A setting closed, a file taken down, a mail recalled acts on
	// the data itself.
	if l.inc.Cause.AtProcessor() || l.inc.Cause.AtRecipient() || l.inc.Cause.AtCarrier() || l.inc.Cause.Kind == "" || l.inc.Cause.Kind.Attack() {
		return
	}
	if e, at, ok := l.dayBeforeKnowing(incident.EvContained, func(e incident.Event) bool { return e.Party == "" && !e.Planned }); ok {
		c := lintStamp(at, e.Precision)
		k := lintStamp(l.a.Knew.In(l.loc), l.a.KnewPrecision)
		l.add(CodeContainedBeforeKnowing, SeverityWarning, "", "", txt(
			"被害拡大の防止措置（"+c.JA+"）が、知った時（"+k.JA+"）より前の日に記録されています。その時に組織内の誰かが事態を把握して対処していたことになり、報告の期限はその時から数えるべきではないか（部署や担当者が知った時を事業者が知った時とする考え方があります）、確かめてください。個人情報に当たらないと判断していた場合も、事実を把握した時が基準になり得ます。",
			"A containment ("+c.EN+") is recorded on a day before the time of knowing ("+k.EN+"): someone in the organization knew of the matter and acted on it then. Check whether the deadlines should run from then (a business may be taken to know when one of its departments or staff knows), even if they judged at the time that the data was not personal information."))
	}
}

// stuffingPeriodOpen: credential stuffing contained, the passwords' reset
// recorded nowhere (CodeStuffingPeriodOpen).
func (l *linter) stuffingPeriodOpen() {
	const step = "pb.password.reset"
	if l.inc.Cause.Kind != incident.CauseCredentialStuffing || !l.inc.Exposure.Empty() {
		return
	}
	if st, ok := l.inc.Steps[step]; ok && st.Status == incident.StepDone {
		return
	}
	var contained *incident.Event
	for i, e := range l.inc.Events {
		if e.Step == step && !e.Planned {
			return
		}
		if e.Kind == incident.EvContained && !e.Planned && e.Dated() && contained == nil {
			contained = &l.inc.Events[i]
		}
	}
	if contained == nil {
		return
	}
	c := lintStamp(contained.At.In(l.loc), contained.Precision)
	l.add(CodeStuffingPeriodOpen, SeverityInfo, "", "", txt(
		"不正ログインの対策（"+contained.ID+"、"+c.JA+"）は記録されていますが、パスワードの再設定（無効化）がどの出来事でも行われたことになっていないため、文書は不正ログインが行われた可能性のある期間を「…から現在まで」と書きます。その時にパスワードを再設定・無効化したなら、その出来事に手順「パスワードの再設定」を記録してください（期間はその時までになります）。",
		"A containment of the logins ("+contained.ID+", "+c.EN+") is recorded, but no event or step records the passwords' reset (or invalidation), so the documents tell the logins as possible \"from … to the present\". If the passwords were reset or invalidated then, record the step \"password reset\" on that event (the period then ends there)."))
}

// resetNotRecorded: outside credential stuffing (stuffingPeriodOpen), a
// set holds passwords and an event's note tells of their change or reset
// while nothing records the step (CodeResetNotRecorded).
func (l *linter) resetNotRecorded() {
	const step = "pb.password.reset"
	if l.inc.Cause.Kind == incident.CauseCredentialStuffing || l.rs == nil {
		return
	}
	if st, ok := l.inc.Steps[step]; ok && (st.Status == incident.StepDone || st.Status == incident.StepNA) {
		return
	}
	held := false
	for _, d := range l.inc.DataSets {
		for _, c := range d.Categories {
			if cat := l.rs.Category(c.ID); cat != nil && cat.Has("password") {
				held = true
			}
		}
	}
	if !held {
		return
	}
	var told *incident.Event
	for i, e := range l.inc.Events {
		if e.Step == step && !e.Planned {
			return
		}
		if told == nil && !e.Planned && resetNote.MatchString(e.Note) {
			told = &l.inc.Events[i]
		}
	}
	if told == nil {
		return
	}
	l.add(CodeResetNotRecorded, SeverityInfo, "", "", txt(
		"出来事 "+told.ID+" のメモはパスワードの変更・再設定を伝えていますが、手順「パスワードの再設定」がどの出来事でも記録されていません。手順は期限切れのままで、通知は対象の方にパスワードの変更を求めます。その出来事で再設定したなら、その出来事に手順を記録してください。",
		"The note of event "+told.ID+" tells of the passwords being changed or reset, but no event records the step \"password reset\": the step stays overdue and the notices ask the persons to change their passwords. If the reset was done then, record the step on that event."))
}

// clientsOverDays: an entrustor party that stands for many clients was
// told, by one event, over a period its note gives (CodeClientsOverDays).
// The processor's exemption from its own report and notice (APPI Art.
// 26(1) proviso; Rules Art. 9) holds for an entrustor's data once that
// entrustor is told, and the tool judges it from the event's day.
func (l *linter) clientsOverDays() {
	for _, e := range l.inc.EventsOf(incident.EvEntrustorNotice) {
		if e.Planned || !periodNote.MatchString(e.Note) {
			continue
		}
		p, ok := l.inc.Party(e.Party)
		if !ok || p.Kind != incident.PartyEntrustor || p.Clients != incident.Yes {
			continue
		}
		l.add(CodeClientsOverDays, SeverityWarning, "", "", txt(
			"出来事 "+e.ID+"（委託元「"+p.Name+"」への通知）は1日の出来事として記録されていますが、メモは期間を示しています（「"+shorten(e.Note)+"」）。委託先の報告・通知の免除（法26条1項ただし書、規則9条）は、各委託元に通知した時点で判断されるため、この記録ではすべての委託元に初日に通知したものとして扱われます。最後の委託元に通知した日時をこの出来事の日時とするか、通知した日ごとに出来事を分けて記録してください。",
			"Event "+e.ID+" (the notice to the entrustor \""+p.Name+"\") is recorded on one day, but its note reads as a period (\""+shorten(e.Note)+"\"). The processor's exemption from its own report and notice (APPI Art. 26(1) proviso; Rules Art. 9) holds for each entrustor's data from the time that entrustor is told, so as recorded every client counts as told on the first day. Record the time the last client was told as this event's time, or one event for each day of notices."))
	}
}

// deletedUnconfirmed: a deletion or a return with no counts whose note
// tells of recipients who did not answer or confirm (CodeDeletedUnconfirmed).
func (l *linter) deletedUnconfirmed() {
	for _, e := range l.inc.Events {
		if !e.Kind.Counted() || e.Planned || e.Recipients > 0 || !unconfirmedNote.MatchString(e.Note) {
			continue
		}
		l.add(CodeDeletedUnconfirmed, SeverityWarning, "", "", txt(
			"出来事 "+e.ID+" のメモは、削除・返却を確認できていない相手があることを示しています（「"+shorten(e.Note)+"」）が、相手の数と確認できた数が入力されていないため、文書はすべての相手について確認したように書きます。この出来事に、相手の数と確認できた数を入力してください。",
			"The note of event "+e.ID+" tells of recipients who have not confirmed the deletion or return (\""+shorten(e.Note)+"\"), but the event has no counts, so the documents say it was confirmed for all. Enter on the event how many recipients there were and how many confirmed."))
	}
}

// takingPeriodOpen: an insider's taking, no end of its period entered,
// the period the documents tell running from its start to a containment
// more than a year later (CodeTakingPeriodOpen).
func (l *linter) takingPeriodOpen() {
	if l.inc.Cause.Kind != incident.CauseInsider || l.inc.Exposure.To != "" {
		return
	}
	// The period the documents tell.
	w, ok := newView(l.inc, l.a, l.rs, Spec{Kind: KindPublic, Lang: JA}, l.a.Now).exposure()
	if !ok || w.From == "" || w.To == "" {
		return
	}
	from, ok1 := w.From.First(time.UTC)
	to, ok2 := w.To.First(time.UTC)
	if !ok1 || !ok2 || to.Sub(from) <= 366*24*time.Hour {
		return
	}
	l.add(CodeTakingPeriodOpen, SeverityInfo, "", "", txt(
		"持ち出しの対象期間の終わりが入力されていないため、文書は、持ち出しが行われた可能性のある期間を"+dayJA(w.From)+"から封じ込めの"+dayJA(w.To)+"までとしています。持ち出しがそれより前に終わったことが分かっている場合（退職、アクセス権の削除、捜査機関の説明等）は、「事実」の「対象期間」に開始と終了を入力してください。",
		"No end of the taking's period is entered, so the documents say the data may have been taken from "+dayEN(w.From)+" until the containment on "+dayEN(w.To)+". If the taking is known to have ended earlier (the person left, lost the access, or the police said so), enter the period, its start and end, as the \"Exposure window\" on the facts page."))
}

// unconfirmedNote: a note telling that some recipients have not answered
// or confirmed (「2校は未回答」「未確認」「連絡がつかない」, "two have not
// replied", "not yet confirmed").
var unconfirmedNote = &lazyRegexp{expr: `未回答|未確認|回答(が)?な[いし]|返答(が)?な[いし]|連絡(が)?(つか|取れ)ない|確認(でき|が取れ)(てい)?ない|(?i:not (yet )?(replied|answered|confirmed|responded)|no (reply|answer|response))`}

// periodNote: a note giving a period or a sequence of days (「5/7〜5/13」,
// 「11月21日から27日まで」, 「順次」, "May 7 to May 13", "one by one").
var periodNote = &lazyRegexp{expr: `[0-9０-９]\s*[〜～~]\s*[0-9０-９]|[0-9０-９]日?から[^。]{0,12}まで|順次|(?i:one by one|over (?:several|[0-9]+) days)|through [A-Z][a-z]+ [0-9]|[0-9]+ (?:to|until) (?:[0-9]|[A-Z][a-z]+ [0-9])`}

// resetNote: a note telling of passwords changed, reset or invalidated as
// an act done (「パスワードを全員分変更（…）」), not a screen or a request
// named after it (「パスワード再設定の画面を停止」, 「パスワード変更と二段階認証の
// お願い」).
var resetNote = &lazyRegexp{expr: `パスワード[をは]?[^。、]{0,10}(変更|リセット|再設定|無効化)(し|済|（|。|$)|(?i)passwords? (were|was|have been) (changed|reset|invalidated)`}

// misdeliverySpan: a wrong sending found more than a week after its first
// act, with no period entered (the facts' exposure window): the documents
// tell one act on the first day, when the sending may have gone on until
// it was found (98: a clinic's faxes to a similar number, March to July,
// told as 「2025年3月　FAXの誤送信」), or the first event is not the
// sending (99: the printing on 3/17 told as the wrong sending, the letters
// mailed on 4/7). The user is asked from when to when, or to date the
// first act at the sending.
func (l *linter) misdeliverySpan() {
	if l.inc.Cause.Kind != incident.CauseMisdelivery || l.inc.Exposure.From != "" || l.inc.Exposure.To != "" {
		return
	}
	first, ok := l.first(incident.EvIntrusion)
	det, found := l.first(incident.EvDetected)
	if !ok || !found || det.At.Sub(first.At) < 7*24*time.Hour {
		return
	}
	f, d := lintStamp(first.At.In(l.loc), first.Precision), lintStamp(det.At.In(l.loc), det.Precision)
	l.add(CodeMisdeliverySpan, SeverityInfo, "", "", txt(
		"最初の誤送付（"+f.JA+"）から検知（"+d.JA+"）まで1週間以上あります。その間も誤送付が繰り返されていたなら、事実の「事案の全体」に対象期間（誤送付が続いた期間の始めと終わり）を入力してください。入力がなければ、文書は"+f.JA+"の1回の誤送付として書きます。最初の事象が送付そのものでない（印刷・封入の誤りなど）なら、その事象の日時は送付した日時としてください。",
		"More than a week passed between the first wrong sending ("+f.EN+") and its detection ("+d.EN+"). If the wrong sending went on meanwhile, enter the period it lasted (its first and last day) as the exposure window under \"The incident as a whole\" in the facts. Without it, the documents tell of one wrong sending on "+f.EN+". If that first event is not the sending itself (a printing or enclosing error), date it when the items were sent."))
}

// recipientsKnown: a misdelivery whose recipients were asked to delete the
// data or confirmed they did (a takedown or deletion event), with the
// question whether the data went only to identified recipients left
// unanswered: the documents then warn of unknown third parties' phishing
// and card fraud (98: patients whose faxes reached three clinics and
// businesses, asked by name to destroy them, were told to beware of fake
// calls about their card numbers).
func (l *linter) recipientsKnown() {
	if l.inc.Cause.Kind != incident.CauseMisdelivery || l.inc.Cause.RecipientKnown != incident.Unknown {
		return
	}
	if len(l.inc.EventsOf(incident.EvTakedown)) == 0 && len(l.inc.EventsOf(incident.EvDeleted)) == 0 {
		return
	}
	l.add(CodeRecipientsKnown, SeverityInfo, "", "", txt(
		"誤って届いた先に削除を依頼した（又は削除を確認した）記録がありますが、事実の「情報が渡った相手は、特定の相手に限られ、分かっていますか」が未回答です。届いた先が全て分かっているなら「はい」にしてください。未回答の間、通知と公表は、見知らぬ第三者からの不審な連絡やカード番号等の悪用への注意を載せます。",
		"Deletion was asked of (or confirmed by) those who received the information by mistake, but the facts' question \"Did the information go only to recipients you have identified?\" is unanswered. If every recipient is known, answer yes. Until then, the notices and the announcement warn of messages from unknown third parties and of misuse of card numbers and the like."))
}

// lostNotLeaked: a loss or theft, not recovered, of a set marked only lost
// (or damaged) with its copy kept (CodeLostNotLeaked).
func (l *linter) lostNotLeaked() {
	k := l.inc.Cause.Kind
	if k != incident.CauseLoss && k != incident.CauseTheft {
		return
	}
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if !nothingLost(d) || d.Recovered == incident.Yes {
			continue
		}
		name := setLabel(d)
		l.add(CodeLostNotLeaked, SeverityWarning, "", "", txt(
			"「"+name+"」は紛失・盗難で回収されていませんが、「滅失」だけに印があり、同じ内容のデータが保管されているため、入力どおりでは漏えいも滅失もなく、報告・通知の対象から外れます。拾った人・盗んだ人が見るおそれがあるなら「漏えい（外部への流出、閲覧可能な状態を含む）」にも印を付けてください（ガイドライン通則編3-5-1-1。第三者に見られる前に回収できた場合は漏えいに当たりません）。",
			"\""+name+"\" was lost or stolen and not recovered, but only \"loss\" is ticked and a copy is kept: as entered, nothing was leaked or lost, and the set is left out of the report and the notice. If whoever found or took it may read it, tick \"leak\" too (General Guidelines 3-5-1-1; data recovered before anyone saw it is not leaked)."))
	}
}

// damagedCopyKept: a set marked only damaged (not leaked, not lost) with
// its same data kept elsewhere, the cause neither an attack, an insider's
// act nor a loss or theft (lostNotLeaked) (CodeDamagedCopyKept).
func (l *linter) damagedCopyKept() {
	k := l.inc.Cause.Kind
	if cyberCause(k) || k == incident.CauseInsider || k == incident.CauseLoss || k == incident.CauseTheft {
		return
	}
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if _, loss, damage, _ := d.Kinds(); !nothingLost(d) || loss || !damage {
			continue
		}
		name := setLabel(d)
		l.add(CodeDamagedCopyKept, SeverityWarning, "", "", txt(
			"「"+name+"」は「毀損」だけに印があり、同じ内容のデータが保管されているため、入力どおりでは漏えい・滅失・毀損のいずれにも当たらず（ガイドライン通則編3-5-1-3：同じデータが他に保管されていれば毀損に当たらない）、通知と公表は「個人情報の取扱い」に関するお詫びとして書かれます。誤ったデータを第三者に提供した、誤った内容で登録したといった場合は、正確性の確保（法22条）や提供先での利用の問題であり、漏えい等の報告・通知とは別に、本人への説明と訂正の方法を法律家と確認してください。第三者が見てはならない情報を見た（受け取った）のなら「漏えい」にも印を付けてください。",
			"\""+name+"\" has only \"damage\" ticked and a copy is kept: as entered, it was neither leaked, lost nor damaged (General Guidelines 3-5-1-3: data kept elsewhere in the same form is not damaged), and the notices and the announcement are written as an apology for how personal information was handled. Where wrong data was given to a third party or registered wrongly, the question is the data's accuracy (APPI Art. 22) and its use by those who received it, not a breach report or notice: decide with counsel how to explain it to the persons and correct it. If someone saw or received information they should not have, tick \"leak\" too."))
	}
}

// setLabel names a data set in a message: its name, else its id.
func setLabel(d *incident.DataSet) string {
	if d.Name != "" {
		return d.Name
	}
	return d.ID
}

// footage: a set holding facial images or video (CodeFootage) is asked
// whether the footage is personal data at all.
func (l *linter) footage() {
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if !slices.ContainsFunc(d.Categories, func(c incident.Category) bool { return c.ID == "face_image" }) {
			continue
		}
		name := setLabel(d)
		l.add(CodeFootage, SeverityInfo, "", "", txt(
			"「"+name+"」の顔画像・映像：本人が判別できる映像は個人情報ですが、録画が撮影日時でしか検索できず、特定の個人を検索できるよう体系的に構成されていない（顔認証・氏名との紐付け等がない）なら、個人情報データベース等に当たらず、個人データの漏えい等（法26条）に当たらないことがあります（ガイドライン通則編2-4、Q&A 1-41）。この判定は映像を個人データとして扱っています。どちらに当たるか法律家と確認してください。",
			"Facial images or video in \""+name+"\": footage in which a person can be recognized is personal information, but recordings searchable only by the time they were taken, not by person (no face recognition, no link to names), may not be a personal information database, and then not personal data whose leak APPI Art. 26 covers (General Guidelines 2-4; Q&A 1-41). This assessment treats the footage as personal data: check with counsel which it is."))
	}
}

// pseudonymised: a set answered as pseudonymised information is excluded
// from the report and the notice (Art. 41(9)); the user is told what the
// exclusion rests on (CodePseudonymised).
func (l *linter) pseudonymised() {
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if d.Pseudonymised != incident.Yes {
			continue
		}
		name := setLabel(d)
		if l.inc.Org.Kind.IsPublic() {
			// checklists/jp.json: jp.excl.pseudonymised is a business's.
			l.add(CodePseudonymised, SeverityWarning, "", "", txt(
				"「"+name+"」は仮名加工情報と入力されていますが、仮名加工情報の除外（法41条9項）は個人情報取扱事業者の規定で、行政機関等には適用せず、報告・通知の対象として判定しています（行政機関等での仮名加工情報の扱いは法73条。同様の除外の有無は法律家・個人情報保護委員会に確認してください）。組織が独立行政法人等・国立大学法人等の事業者として扱われる法人なら、組織の種類を民間事業者にしてください。",
				"\""+name+"\" is entered as pseudonymized information (仮名加工情報), but its exclusion (APPI Art. 41(9)) is a rule for businesses: it is not applied to a public body, and the set is judged as reportable and to be notified (public bodies handle pseudonymized information under Art. 73; ask counsel or the PPC whether a like exclusion holds). If the organization is a corporation APPI treats as a business (a national university corporation, an incorporated administrative agency of Appended Table 2), enter it as a private business."))
			continue
		}
		ja, en := l.againstPseudonymisation(d)
		kja, ken := l.keyLeakedWith(d)
		ja, en = ja+kja, en+ken
		l.add(CodePseudonymised, SeverityWarning, "", "", txt(
			"「"+name+"」は仮名加工情報と入力されたため、漏えい等の報告・本人への通知（法26条）の対象外と判定しています（法41条9項）。この除外は、規則31条の基準に従って加工し（氏名等・個人識別符号・財産的被害のおそれのある記述等の削除）、削除情報等を安全に管理し、仮名加工情報として取り扱っている場合のものです。加工が基準を満たさない、又は特定の個人を識別できることが分かった場合は、通常の個人データとして「いいえ」にしてください。また、仮名加工情報である個人データは、法令に基づく場合を除き第三者に提供できません（法41条6項。委託・事業承継・共同利用は第三者に当たらない）。他社に渡したことが事案の原因なら、報告の要否とは別に、第三者提供の制限（法27条、41条6項）の問題として法律家・個人情報保護委員会に相談してください。"+ja,
			"\""+name+"\" is entered as pseudonymized information (仮名加工情報), so it is judged outside the breach report and the notice to persons (APPI Art. 26; Art. 41(9)). That exclusion holds for data processed to the standard of Rules Art. 31 (names and the like, identification codes and items open to financial misuse removed), whose removed information is kept safe, and handled as pseudonymized information. If the processing falls short of the standard, or persons were found to be identifiable, answer \"no\" and treat it as ordinary personal data. Pseudonymized personal data may not be given to a third party except as a law requires (Art. 41(6); entrustment, business succession and joint use are not third parties): if giving it to another company is how the case arose, take it to counsel and the PPC as a question of the rules on provision to third parties (Arts. 27, 41(6)), apart from whether a report is due."+en))
	}
}

// keyWords name the information removed in pseudonymising a set and kept
// apart (削除情報等: the table from the pseudonym to the name or member
// number), as a set's name or a free-text item says it.
var keyWords = []string{"対応表", "削除情報", "仮ID", "仮ＩＤ", "仮名ID", "連結表", "突合表", "紐付け表", "key table", "mapping table", "lookup table", "linking table", "pseudonym"}

// keyLeakedWith names, for a set answered as pseudonymised, the other
// affected sets whose name or items read as its key (削除情報等): whoever
// holds both can restore the personal data, and PPC Q&A 14-13
// (https://www.ppc.go.jp/all_faq_index/faq1-q14-13/) asks for the
// pseudonymised information to be made again and for the key, personal
// data itself, to be reported under Art. 26 when that article's tests hold.
// The assessment still leaves the pseudonymised set out, so its items reach
// no report or notice (166: a drug-store's purchase histories, with a
// dispensing flag, excluded while the table of member numbers and names
// beside them was reported with three items, F1320). Both "" when none.
func (l *linter) keyLeakedWith(d *incident.DataSet) (ja, en string) {
	var names []string
	for _, k := range l.inc.Affected("") {
		if k.ID == d.ID || k.Pseudonymised == incident.Yes {
			continue
		}
		texts := []string{k.Name}
		for _, c := range k.Categories {
			texts = append(texts, c.Other)
		}
		if slices.ContainsFunc(texts, func(t string) bool {
			t = strings.ToLower(t)
			return slices.ContainsFunc(keyWords, func(w string) bool { return strings.Contains(t, strings.ToLower(w)) })
		}) {
			names = append(names, setLabel(k))
		}
	}
	if len(names) == 0 {
		return "", ""
	}
	name := setLabel(d)
	ja = "同じ事案で「" + strings.Join(names, "」「") + "」も漏えい等の対象です。これが「" + name + "」の削除情報等（仮IDと氏名・会員番号等の対応表など、元の個人情報を復元できる情報）なら、両方を得た者は元の個人データを復元できます。個人情報保護委員会Q&A 14-13は、この場合、原則として仮IDを振り直す等により仮名加工情報を作り直すこと、削除情報等が個人データに当たり法26条の要件を満たすなら報告・本人通知が必要なことを示しています。この判定は「" + name + "」を除外したままで、報告・通知には「" + name + "」の項目が載りません。復元できる項目（要配慮個人情報を含むか）を報告・通知に書くか、「" + name + "」を「いいえ」にして報告の対象とするかを、法律家と確認してください。"
	en = " In the same case \"" + strings.Join(names, "\", \"") + "\" is affected as well. If it is the removed information (削除情報等: a table from the pseudonym to names or member numbers, or anything else that restores the original) of \"" + name + "\", whoever holds both can restore the personal data. PPC Q&A 14-13 asks in that case for the pseudonymized information to be made again (new pseudonyms, as a rule), and for the removed information, where it is personal data, to be reported and notified under Art. 26 when that article's tests hold. This assessment still leaves \"" + name + "\" out, so its items reach no report or notice: decide with counsel whether the items that can be restored (special-care data among them?) are told in the report and the notice, or whether \"" + name + "\" is answered \"no\" and reported."
	return ja, en
}

// againstPseudonymisation names the items of a set answered as
// pseudonymised that the standard of Rules Art. 31 has removed or replaced
// (names and other descriptions that identify, every individual
// identification code, items open to financial misuse): data that keeps
// them is not pseudonymised information (121: research data keyed by a
// research ID, kept with genome data, was answered so). Genome data and
// facial images are identification codes only in some forms (Order Art.
// 1(1)): said so. Both "" when none.
func (l *linter) againstPseudonymisation(d *incident.DataSet) (ja, en string) {
	if l.rs == nil {
		return "", ""
	}
	var js, es []string
	for _, c := range d.Categories {
		cat := l.rs.Category(c.ID)
		if cat == nil {
			continue
		}
		switch {
		case c.ID == "genome_data" || c.ID == "face_image":
			js, es = append(js, cat.JA+"（個人識別符号に当たるもの）"), append(es, cat.EN+" (where it is an individual identification code)")
		case c.ID == "name" || c.ID == "biometric" || c.ID == "pension_number" || c.ID == "health_insurance" || cat.Has("id_number") || cat.Has("mynumber"):
			js, es = append(js, cat.JA), append(es, cat.EN)
		case c.Protection != incident.ItemMasked && (cat.Has("card") || cat.Has("financial")):
			js, es = append(js, cat.JA), append(es, cat.EN)
		}
	}
	if len(js) == 0 {
		return "", ""
	}
	return "「" + setLabel(d) + "」には、規則31条の基準では削除し又は置き換えることとされる項目（氏名等の特定の個人を識別できる記述、個人識別符号、不正に利用されると財産的被害が生じるおそれのある記述等）が含まれています：" + strings.Join(js, "、") + "。これらを残したデータは仮名加工情報に当たらず、通常の個人データとして扱われます。",
		" The set also lists items the standard of Rules Art. 31 removes or replaces (names and other descriptions that identify, individual identification codes, items open to financial misuse): " + strings.Join(es, ", ") + ". Data that keeps them is not pseudonymized information, but ordinary personal data."
}

// businessBodyWords name, in an organisation's name, the public
// corporations and bodies APPI treats as businesses for their handling of
// personal information (Art. 16(2)(iii), (iv); Art. 58(1), (2)), by kind.
var businessBodyWords = map[incident.OrgKind][]string{
	incident.Public: {"国立大学法人", "大学共同利用機関法人", "国立研究開発法人", "国立病院機構", "地域医療機能推進機構", "労働者健康安全機構", "放送大学学園", "沖縄科学技術大学院大学"},
	// A local agency's hospital is often a 医療センター (139: 「地方独立
	// 行政法人…精神科医療センター」 passed unnamed, F769).
	incident.Local: {"公立大学法人", "病院", "診療所", "医療センター", "大学"},
}

// publicAsBusiness names an organisation entered as a public body whose
// name says APPI treats it as a business (CodePublicAsBusiness).
func (l *linter) publicAsBusiness() {
	n := l.inc.Org.Name
	words := businessBodyWords[l.inc.Org.Kind]
	i := slices.IndexFunc(words, func(w string) bool { return strings.Contains(n, w) })
	if i < 0 {
		return
	}
	l.add(CodePublicAsBusiness, SeverityWarning, "", "", txt(
		"組織の種類が「行政機関等」になっていますが、名称（「"+words[i]+"」）から、個人情報の取扱いについて民間の個人情報取扱事業者と同じ規律に服する法人・業務と見られます（国立大学法人・国立研究開発法人等の法別表第二の法人、病院・大学・試験研究を行う地方独立行政法人（公立大学法人を含む）、地方公共団体が運営する病院・診療所・大学。法16条2項、58条）。その場合、漏えい等の報告は法26条・規則7条（本人の数は1,000人超）により、民間事業者向けの報告フォームで行い、法68条・規則43条（100人超）ではありません。判定の閾値と根拠条文、報告書の宛名・文言（「住民」等）が変わるため、組織の種類を「民間事業者」にするか、法律家に確認してください（本ツールによる法58条の読みで、条文・ガイドラインとの照合は未了です）。",
		"The organization is entered as a public body, but its name (\""+words[i]+"\") suggests one APPI treats as a business for its handling of personal information (the corporations of Appended Table 2 such as national university corporations and national research and development agencies; local incorporated administrative agencies running hospitals, universities or research, public university corporations among them; a local government's hospitals, clinics and universities: Arts. 16(2), 58). Its breach reports then follow Art. 26 and Rules Art. 7 (more than 1,000 persons), through the businesses' report form, not Art. 68 and Rules Art. 43 (more than 100). The thresholds, the citations and the reports' wording (residents) change: enter the organization as a private business, or ask counsel (this is the tool's reading of Art. 58, not yet checked against the text and the guidelines)."))
}

// processorAwareOwn names a "processor knew" event that cannot be one
// (CodeProcessorAwareOwn).
func (l *linter) processorAwareOwn() {
	allProcessor := len(l.inc.DataSets) > 0
	for i := range l.inc.DataSets {
		if l.inc.DataSets[i].Role != incident.Processor {
			allProcessor = false
		}
	}
	for _, e := range l.inc.EventsOf(incident.EvProcessorAware) {
		pt, named := l.inc.Party(e.Party)
		entrustor := named && pt.Kind == incident.PartyEntrustor
		if !entrustor && !(allProcessor && !l.inc.Cause.AtProcessor()) {
			continue
		}
		l.add(CodeProcessorAwareOwn, SeverityWarning, "", "", txt(
			"出来事「委託先が知った」（"+e.ID+"）は、自社が委託した先（再委託先を含む）が自社より先に事態を知った時のためのものです。委託元など他社から連絡を受けたのであれば「検知」（連絡元を選ぶ）として入力してください。このままでは、委託元への通知や本人への通知に「委託先が…を把握」と書かれます。",
			"The event \"processor knew\" ("+e.ID+") is for a contractor (or subcontractor) of yours that knew before you did. If your entrustor or another company told you, enter it as \"detected\" with who told you: as it is, the notice to the entrustor and to the persons say that a processor of yours knew."))
	}
}

// contactWords name the items by which a person can be reached.
var contactWords = map[string][2]string{"email": {"メールアドレス", "e-mail addresses"}, "address": {"住所", "postal addresses"}, "phone": {"電話番号", "telephone numbers"}}

// unreachableContact: a set said to have no one who can be told holds
// contact details (CodeUnreachableContact).
func (l *linter) unreachableContact() {
	for _, d := range l.inc.Affected("") {
		if !d.NoOneToTell() {
			continue
		}
		var items, itemsEN []string
		for _, c := range d.Categories {
			if w, ok := contactWords[c.ID]; ok {
				items, itemsEN = append(items, w[0]), append(itemsEN, w[1])
			}
		}
		if len(items) == 0 {
			continue
		}
		name := setLabel(d)
		l.add(CodeUnreachableContact, SeverityWarning, "", "", txt(
			"「"+name+"」は「誰にも個別に通知できない」とされていますが、項目に"+strings.Join(items, "・")+"があります。公表で通知に代えられるのは通知が困難な場合だけです（法26条2項但書、ガイドライン通則編3-5-4-5）。これらの連絡先を今も保有しているなら、その方には個別に通知してください。",
			"\""+name+"\" is marked as having no one who can be told individually, but its items include "+strings.Join(itemsEN, ", ")+". An announcement stands as notice only where notifying is difficult (APPI Art. 26(2) proviso; General Guidelines 3-5-4-5): if the company still holds those details, tell those persons individually."))
	}
}

// remarkInName finds words of a note to oneself in a set's name (words of
// doubt, 「？」 and 要確認, are unsureWord's).
var remarkInName = &lazyRegexp{expr: `無事|大丈夫|セーフ|問題なし|問題無し|たぶん|多分|かもしれ|っぽい|らしい|調査中|TODO|\bOK\b|（笑）|\(笑\)|自分の|うちの`}

// ruleRemark finds, in a retention rule's name, words of how the rule was
// (not) kept: the data paragraph already says the data was not deleted.
var ruleRemark = &lazyRegexp{expr: `実際は|実際には|実は|(?:し|され|守られ|守っ)てい(?:なかった|ない)|形骸化|(?i:\bactually\b|\bin practice\b|\b(?:not|never) (?:followed|enforced|applied|done)\b)`}

// remarkInName: a set's name, or the name of the rule setting its retention
// period, carries a remark (CodeRemarkInName).
func (l *linter) remarkInName() {
	for _, d := range l.inc.Affected("") {
		if !unsureWord.MatchString(d.Name) { // a word of doubt: unsureNames names it
			if m := remarkInName.FindString(d.Name); m != "" {
				l.add(CodeRemarkInName, SeverityWarning, "", "", txt(
					"データの集合の名前「"+d.Name+"」に、メモのような書き方（"+m+"）があります。集合の名前は、報告書・通知・公表文にそのまま載ります。読み手に向けた名前（例：「会員（親族マッチング機能の利用者）」）に直し、メモは事案のメモ欄に書いてください。",
					"The name of the data set \""+d.Name+"\" carries a note to oneself ("+m+"). The name is printed as typed in the reports, the notices and the announcement: give it a name meant for those readers and keep the remark in the incident's notes."))
			}
		}
		// The rule's name goes into 「当社の規程（…）では」 (158: 「…（退職
		// 後3年で削除、実際は削除していない）」, a confession in the rule's
		// name; a question in it is unsureNames').
		rule := d.Former.Rule
		if typedDoubt.MatchString(rule) {
			continue
		}
		m := ruleRemark.FindString(rule)
		if m == "" {
			m = remarkInName.FindString(rule)
		}
		if m == "" {
			continue
		}
		l.add(CodeRemarkInName, SeverityWarning, "", "", txt(
			"「"+setLabel(d)+"」の保存期間を定めた規程の名前「"+rule+"」に、メモのような書き方（"+m+"）があります。規程の名前は「当社の規程（…）では」として通知・公表・報告にそのまま載り、削除されずに保存されていたことは別の文で伝えます。規程の名前（と条項）だけを書き、実際の運用は事案のメモ欄に書いてください。",
			"The name of the rule setting the retention period of \""+setLabel(d)+"\", \""+rule+"\", carries a note to oneself ("+m+"). The rule's name is printed as typed in the notices, the announcement and the reports (\"under our rule (...)\"), and another sentence already says the data was kept: give only the rule's name (and clause), and keep how it was applied in the incident's notes."))
	}
}

// remarkInWhy finds, in the reason for the knowing instant, words of an
// internal doubt or of who raised it. Not 未確認 (90: the contractor's mail
// said the impact was 未確認, a fact of the case). Another date argued is
// told 「…では、と」 or 「…ではないか」 whoever argues it (F1424: 169's
// 部長, 171's 事務長, 119's 監査室 were not named, only legal and counsel).
var remarkInWhy = &lazyRegexp{expr: `[?？]|では、?と|ではないか|\bTBC\b|\bTBD\b|要確認|確認中|法務から|法務は|弁護士と|弁護士に|弁護士は|DPOは|指摘あり|指摘がある|との指摘|意見が割れ|と言っている|(?i)counsel to confirm|to be confirmed|counsel says|legal says|\b(?:legal|counsel|GC|DPO) asks\b|\basks (?:if|whether)\b|\b(?:counsel|legal|GC|DPO)\s*:|\bwill (?:say|argue)\b|\bplaintiffs?\b`}

// remarkInWhy: the reason for the knowing instant carries an internal
// remark (CodeRemarkInWhy).
func (l *linter) remarkInWhy() {
	why := strings.TrimSpace(l.inc.AwareWhy.Text)
	m := remarkInWhy.FindString(why)
	if m == "" {
		return
	}
	where := txt("この理由は個人情報保護委員会への報告（(1)概要）にそのまま載ります。",
		"The reason is printed as typed in the report to the PPC (item (1)):")
	if !l.japanMayApply() {
		// No report to the PPC is drafted, and no other document prints
		// the reason (162: a US subsidiary, F1190); it stays on record.
		where = txt("この理由は、この事案の文書には載りませんが、判断の記録として残ります。",
			"The reason is printed in none of this case's documents, but it stays on record as the company's judgment:")
	}
	l.add(CodeRemarkInWhy, SeverityWarning, "", "", txt(
		"「事態を知った時とした理由」に、社内での検討のような書き方（"+m+"）があります。"+where.JA+"会社としての判断と根拠を書き、異論や確認中の点は事案のメモ欄に残してください（異論があるなら、早い方の日から数えた期限も確認してください）。",
		"The reason given for the knowing instant carries an internal remark ("+m+"). "+where.EN+" state the company's judgment and its grounds, and keep dissent and open points in the incident's notes (and if the earlier date is argued, check the deadlines counted from it)."))
}

// japanMayApply: Japan's law applies to the case or may (a report to the
// PPC is drafted).
func (l *linter) japanMayApply() bool {
	for _, j := range l.a.Jurisdictions {
		if j.ID == "JP" && j.Applies != assess.No {
			return true
		}
	}
	return false
}

// ourSubsidiary is 「当社の…子会社」 in a text.
var ourSubsidiary = &lazyRegexp{expr: `当社の[^。、]{0,12}子会社`}

// parentVoice: the public texts call a subsidiary "ours" while the
// organisation is named as one (CodeParentVoice).
func (l *linter) parentVoice() {
	name := strings.ToLower(l.inc.Org.Name + " " + l.inc.Org.NameEn)
	if !strings.Contains(name, "子会社") && !strings.Contains(name, "subsidiary") {
		return
	}
	pub := l.inc.Public
	for _, t := range []string{pub.Summary, pub.Cause, pub.Measures, pub.Prevention, pub.Harm} {
		if ourSubsidiary.MatchString(t) {
			l.add(CodeParentVoice, SeverityWarning, "", "", txt(
				"本人・公表向けの文に「"+ourSubsidiary.FindString(t)+"」とありますが、文書は「"+l.inc.Org.Name+"」の名で出ます。子会社自身が出す文書なら「当社」は子会社自身です。親会社が公表する場合は、親会社の名で別に作成してください。",
				"A text for the persons and the public says \""+ourSubsidiary.FindString(t)+"\" (our subsidiary), but the documents go out in the name of \""+l.inc.Org.Name+"\", itself a subsidiary. In its own documents \"we\" is the subsidiary; an announcement by the parent is the parent's, written in its name."))
			return
		}
	}
}

// lintStamp writes an instant for a finding as well as it is known: with
// its time of day only when that was given ("2026-12-02 09:00"; "2026-12-02",
// "2026-12-02頃" / "about 2026-12-02", "2026-03", "2026").
func lintStamp(t time.Time, p incident.Precision) rules.Text {
	switch p {
	case incident.Exact:
		s := t.Format("2006-01-02 15:04")
		return rules.Text{JA: s, EN: s}
	case incident.Approx:
		s := t.Format("2006-01-02")
		return rules.Text{JA: s + "頃", EN: "about " + s}
	case incident.Month:
		s := t.Format("2006-01")
		return rules.Text{JA: s, EN: s}
	case incident.Year:
		s := t.Format("2006")
		return rules.Text{JA: s + "年頃", EN: "about " + s}
	}
	s := t.Format("2006-01-02")
	return rules.Text{JA: s, EN: s}
}

// ruledOutShortLogs: a set ruled out on logs that begin after the period
// the data lay open began (CodeRuledOutShortLogs). Whether a possibility
// of a leak remains for the time the logs do not cover is for the user
// and counsel (General Guidelines 3-5-1: a leak "may have occurred" when
// it is suspected though not established); the tool takes the status as
// entered and says what it rests on.
func (l *linter) ruledOutShortLogs() {
	v := newView(l.inc, l.a, l.rs, Spec{Kind: KindPublic, Lang: JA}, l.a.Now)
	w, ok := v.exposure()
	if !ok || w.From == "" {
		return
	}
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if d.StatusOn("") != incident.RuledOut || d.LogsFrom == "" || d.LogsFrom.OnOrBefore(w.From) {
			continue
		}
		name := setLabel(d)
		l.add(CodeRuledOutShortLogs, SeverityWarning, "", "", txt(
			"「"+name+"」は対象外（漏えいなし）とされていますが、アクセス記録は"+dayJA(d.LogsFrom)+"以降しかなく、情報が閲覧され得た期間（"+dayJA(w.From)+"から）の全部を確かめていません。記録のない期間について漏えい等のおそれがないと言える根拠がなければ、「漏えいのおそれ」のまま扱うのが保守的です（通則編3-5-1）。文書は記録のある期間について述べ、それより前は確認できないと書いています。法律家と確認してください。",
			"\""+name+"\" is ruled out, but its access logs begin on "+dayEN(d.LogsFrom)+", after the period the data lay open began ("+dayEN(w.From)+"): the time before them was not checked. Unless there are grounds to say no leak may have occurred then, keeping the set as a possible leak is the conservative course (General Guidelines 3-5-1). The documents speak of the time the logs cover and say the time before cannot be checked. Check with counsel."))
	}
}

// recoveredTaken: recovered before anyone saw it, though a person took the
// data with an unlawful purpose (CodeRecoveredTaken). The engine applies the
// exclusion only to a set not confirmed (jp.excl.recovered); the fact still
// says what cannot be so.
func (l *linter) recoveredTaken() {
	c := l.inc.Cause
	attack := cyberCause(c.Kind)
	if c.UnlawfulPurpose != incident.Yes || c.Kind != incident.CauseInsider && c.Kind != incident.CauseTheft && !attack {
		return
	}
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if d.Recovered != incident.Yes {
			continue
		}
		name := setLabel(d)
		if attack {
			// An attacker's word that the copy was destroyed (170: paid
			// through the bug bounty against a signed undertaking) is no
			// recovery: the attacker saw the data (F1434).
			l.add(CodeRecoveredTaken, SeverityWarning, "", "", txt(
				"「"+name+"」は「第三者に閲覧される前に全て回収」とされていますが、原因は不正の目的による攻撃で、攻撃者が情報を取得しています。攻撃者が削除したと言っていても回収には当たりません。その経緯は二次被害の説明に書き、この項目は「いいえ」か「不明」にしてください（通則編3-5-1-1）。",
				"\""+name+"\" is recorded as recovered before any third party saw it, but the cause is an attack with an unlawful purpose, and the attacker obtained the data. An attacker's word that it was deleted is no recovery: tell it in the account of the harm, and answer this no or unknown (General Guidelines 3-5-1-1)."))
			continue
		}
		l.add(CodeRecoveredTaken, SeverityWarning, "", "", txt(
			"「"+name+"」は「第三者に閲覧される前に全て回収」とされていますが、原因は不正の目的による持ち出し・盗難で、持ち出した者（盗んだ者）が情報を見ています。回収（押収）できたことは二次被害の説明に書き、この項目は「いいえ」か「不明」にしてください（通則編3-5-1-1）。",
			"\""+name+"\" is recorded as recovered before any third party saw it, but the cause is a person taking the data (or stealing it) with an unlawful purpose, who saw it. Tell the recovery (the seizure) in the account of the harm, and answer this no or unknown (General Guidelines 3-5-1-1)."))
	}
}

// attackerKnown: the information is said to have gone only to recipients
// the company has identified while the cause is an attack with an unlawful
// purpose: the recipient is the attacker, and the documents then leave out
// every warning of phishing and of what the company will never ask
// (CodeAttackerKnown; F1428, 170: two individuals paid through the bug
// bounty, "known", and 607,000 drivers told only to report anything odd).
func (l *linter) attackerKnown() {
	c := l.inc.Cause
	if c.RecipientKnown != incident.Yes || c.UnlawfulPurpose != incident.Yes || !cyberCause(c.Kind) {
		return
	}
	l.add(CodeAttackerKnown, SeverityWarning, "", "", txt(
		"「情報が渡った相手は、特定の相手に限られ、分かっていますか」が「はい」ですが、原因は不正の目的による攻撃で、情報を得たのは攻撃者です。このため通知と公表は、不審な連絡（フィッシング等）への注意や当社が求めない事項を載せていません。攻撃者が誰か分かっていても、その先に渡っていないことの保証にはならないため、通常は「いいえ」にしてください。",
		"\"Did the information go only to recipients you have identified?\" is answered yes, but the cause is an attack with an unlawful purpose: the recipient is the attacker. The notices and announcements therefore leave out the warning of phishing and of what we will never ask. Knowing who the attackers are gives no assurance that the data went no further: usually answer no."))
}

// manyCompanies is a count of companies in a party's name: 「約120社」, 「各社」.
var manyCompanies = &lazyRegexp{expr: `[0-9０-９]+社|各社|全社`}

// entrustorMany: one entrustor party named as many companies, not marked as
// standing for every client (CodeEntrustorMany).
func (l *linter) entrustorMany() {
	for _, pt := range l.inc.Parties {
		if pt.Kind != incident.PartyEntrustor || pt.Clients == incident.Yes || !manyCompanies.MatchString(pt.Name) {
			continue
		}
		l.add(CodeEntrustorMany, SeverityWarning, "", "", txt(
			"委託元「"+pt.Name+"」は複数の会社を指しているようです。委託元への通知は委託元ごとに送るものです（規則9条）。会社ごとに当事者を入力するか、サービスの全利用企業に同じ通知を送るなら、その委託元を「サービスの利用企業すべて」としてください（宛名は「お客様各位」になります）。",
			"The entrustor \""+pt.Name+"\" seems to stand for several companies. The notice to entrustors goes to each of them (Rules Art. 9): enter each company as a party, or, to send the same notice to every client of the service, mark this entrustor as standing for all clients (the letter is then addressed to every client)."))
	}
}

// toldByMany: a detection names as its teller a party whose name counts
// several companies, not marked as standing for every client
// (CodeToldByMany).
func (l *linter) toldByMany() {
	for _, e := range l.inc.EventsOf(incident.EvDetected) {
		pt, ok := l.inc.Party(e.Party)
		if !ok || pt.Clients == incident.Yes || !manyCompanies.MatchString(pt.Name) {
			continue
		}
		l.add(CodeToldByMany, SeverityWarning, "", "", txt(
			"検知の連絡をした相手が「"+pt.Name+"」となっており、複数の会社を指しているようです。報告書等には「"+pt.Name+"から連絡を受け」と書かれます。連絡してきた会社を1社の当事者として入力し、その当事者を選んでください。",
			"The detection was told by \""+pt.Name+"\", which seems to stand for several companies; the reports say the organization was told by it. Enter the company that made contact as a party of its own and choose it."))
		return
	}
}

// noActionJA, noActionEN: a text telling the persons they need do nothing.
var (
	noActionJA = &lazyRegexp{expr: `(追加の|特段の|特別な|新たな)?(ご)?(対応|対処|手続き?)(は|を)?(必要(ありません|ございません|ない)|不要です|していただく必要はありません)`}
	noActionEN = &lazyRegexp{expr: `(?i)(no (further |additional )?action is (needed|required|necessary)|(do|need) not (need to )?take any (further |additional )?(action|steps))`}
)

// noActionNeeded names a text for the persons or the public that tells them
// nothing needs doing, while the drafts warn them of fake messages or of
// misuse: a notice that contradicts itself (CodeNoActionNeeded).
func (l *linter) noActionNeeded() {
	if l.inc.Cause.RecipientKnown == incident.Yes {
		return // the documents do not warn of unknown third parties
	}
	pub := l.inc.Public
	for _, t := range []string{pub.Summary, pub.Cause, pub.Measures, pub.Prevention, pub.Harm} {
		m := noActionJA.get().FindString(t)
		if m == "" {
			m = noActionEN.get().FindString(t)
		}
		if m == "" {
			continue
		}
		l.add(CodeNoActionNeeded, SeverityWarning, "", "", txt(
			"本人・公表向けの文に「"+m+"」とありますが、通知と公表は、当社等をかたる不審な連絡への注意や、悪用された場合の相談をお願いしています。本人が取るべき対応がないと伝えると、文書の中で矛盾し、注意を促す効果を損ないます。残すなら、何が不要なのか（例：パスワードの変更）を限定してください。",
			"A text for the persons and the public says \""+m+"\", while the notices and announcements ask them to beware of messages posing as the company and to report misuse. Telling them no action is needed contradicts the document and blunts the warning; if kept, say what is not needed (for example, changing a password)."))
		return
	}
}

// unsureWord: a word of doubt in a name the documents print as typed.
var unsureWord = &lazyRegexp{expr: `[?？]|\bTBC\b|\bTBD\b|要確認|未確認|未確定|確認中`}

// typedDoubt: a question or a note to check, in a rule's name or a count's
// source. Not 未確認 or 確認中, which a source may state as a fact of the
// count (87: 「…（重なりは未確認）」).
var typedDoubt = &lazyRegexp{expr: `[?？]|\bTBC\b|\bTBD\b|要確認`}

// unsureNames names a data set's name or an "other" item's words that carry
// the user's doubt, printed as typed in the reports, notices and memos
// (CodeUnsureName).
func (l *linter) unsureNames() {
	for _, d := range l.inc.DataSets {
		texts := []string{d.Name}
		for _, c := range d.Categories {
			if c.ID == "other" {
				texts = append(texts, c.Other)
			}
		}
		for _, t := range texts {
			m := unsureWord.get().FindString(t)
			if m == "" {
				continue
			}
			l.add(CodeUnsureName, SeverityWarning, "", "", txt(
				"データセット名又は項目「"+t+"」に「"+m+"」があります。この言葉は報告・通知・届出にそのまま載ります。確かめてから書き直すか、分かっていることだけにしてください。",
				"The data set's name or item \""+t+"\" has \""+m+"\": it is printed as typed in the reports, notices and memos. Check it and rewrite it, or keep to what is known."))
		}
		// The retention rule's name is printed in the paragraph on data
		// kept too long, a count's source beside the count (158: 「就業規則
		// の付属規程？（…）」 in the notices and the announcement; 159:
		// "unknown - 'millions'?" in the police memo).
		name := setLabel(&d)
		if m := typedDoubt.get().FindString(d.Former.Rule); m != "" {
			l.add(CodeUnsureName, SeverityWarning, "", "", txt(
				"「"+name+"」の保存期間を定めた規程の名前「"+d.Former.Rule+"」に「"+m+"」があります。規程の名前は通知・公表・報告にそのまま載ります。規程を確かめて、その名前（と条項）だけを書いてください。",
				"The name of the rule setting the retention period of \""+name+"\", \""+d.Former.Rule+"\", has \""+m+"\": it is printed as typed in the notices, the announcement and the reports. Check the rule and give only its name (and clause)."))
		}
		for _, figs := range []incident.Figure{d.Persons, d.Records} {
			for _, f := range figs {
				if m := typedDoubt.get().FindString(f.Source); m != "" {
					l.add(CodeUnsureName, SeverityWarning, "", "", txt(
						"「"+name+"」の数の出典「"+f.Source+"」に「"+m+"」があります。出典は報告・届出に数とともにそのまま載ります。どう数えたか（名寄せ後、ログとの照合等）を書くか、空けてください。",
						"The source of a count of \""+name+"\", \""+f.Source+"\", has \""+m+"\": it is printed as typed beside the count in the reports and memos. Say how the count was made (after removing duplicates, matched against the logs), or leave it empty."))
				}
			}
		}
	}
}

// musingWord: a guess in an item's words (a question or 要確認 is
// unsureWord's).
var musingWord = &lazyRegexp{expr: `ありうる|あり得る|ありえる|かもしれ|かも|たぶん|多分|と思う|気がする|っぽい|(?i:\bmaybe\b|\bperhaps\b|\bprobably\b|\bmight\b|\bI think\b)`}

// longAside: a parenthesis in an item's words, its content returned.
var longAside = &lazyRegexp{expr: `[（(]([^（）()]*)[）)]`}

// itemMusings names an item whose own words carry a guess, or an aside
// that is a sentence or, in Japanese and not a list of sub-items, more
// than twice as long as the item ("TFN (tax file number)" spells out an
// abbreviation) (CodeItemMusing). An item with a word of doubt is
// unsureNames' alone.
func (l *linter) itemMusings() {
	for _, d := range l.inc.DataSets {
		for _, c := range d.Categories {
			t := strings.TrimSpace(c.Other)
			if c.ID != "other" || t == "" || unsureWord.get().MatchString(t) {
				continue
			}
			m := musingWord.get().FindString(t)
			if m == "" {
				for _, g := range longAside.get().FindAllStringSubmatch(t, -1) {
					in := []rune(strings.TrimSpace(g[1]))
					out := []rune(strings.TrimSpace(strings.Replace(t, g[0], "", 1)))
					list := strings.ContainsAny(g[1], "・、，,")
					if strings.ContainsAny(g[1], "。．") || len(in) >= 15 && len(in) > 2*len(out) && !list && nonLatin(g[1]) {
						m = g[0]
						break
					}
				}
			}
			if m == "" {
				continue
			}
			l.add(CodeItemMusing, SeverityWarning, "", "", txt(
				"項目「"+t+"」に、推測やメモのような書き方（"+m+"）があります。項目の言葉は、通知・報告・公表文にそのまま載ります。項目は含まれる情報の名前だけにし（例：「会話のタイトル」）、推測や補足は事案のメモ欄に書いてください。推測している種類の情報（例：病気の相談＝要配慮個人情報のおそれ）があれば、別の項目として分類してください。",
				"The item \""+t+"\" carries a guess or a note to oneself ("+m+"). Items are printed as typed in the notices, the reports and the announcement: keep the item to the name of the data (\"conversation titles\", say) and put the guess in the incident's notes. If it guesses at a kind of data (health questions: possibly special-care information), enter that as an item of its own and classify it."))
		}
	}
}

// otherNamed names each free-text item not classified whose words name a
// kind of data a flag marks (rules.Flag.NamedBy) (CodeOtherNamed). The
// tool does not guess the item's kind: a word is no proof (a hospital's
// name alone may not be special-care information), and a guess would make
// the reports state a type of breach the company has not found; it asks.
func (l *linter) otherNamed() {
	// The one flag with such words is Japan's special-care information:
	// not asked where Japan's law does not apply.
	if l.rs == nil || japanOut(l.a) {
		return
	}
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		for _, c := range d.Categories {
			t := strings.TrimSpace(c.Other)
			if c.ID != "other" || t == "" || len(c.Flags) > 0 {
				continue
			}
			for _, f := range l.rs.Flags {
				w := f.NamedIn(t)
				if w == "" {
					continue
				}
				name := setLabel(d)
				l.add(CodeOtherNamed, SeverityWarning, "", "", txt(
					"「"+name+"」の項目「"+t+"」は、その言葉（"+w+"）から、"+f.JA+"（"+f.Source.JA+"）を含むかもしれません。性質が選ばれていない「その他」の項目のため、"+f.JA+"に関する判定（報告対象か等）は「まだ判定できません」のままで、報告書にもその事態として載りません。データセットの項目で、この項目の性質を選んでください（当たらなければ「いずれにも当たらない」）。",
					"The item \""+t+"\" in \""+name+"\" may hold "+f.EN+" ("+f.Source.EN+"): it says \""+w+"\". As an \"other\" item with no kind chosen, what turns on that (whether the breach is reportable, say) stays \"cannot tell yet\", and the reports do not state it. Choose the item's kind in the data set (or \"None of these\")."))
				break
			}
		}
	}
}

// possibleBeforeKnowing names the first data set whose status is possible
// or confirmed from a day before the day of knowing
// (CodePossibleBeforeKnowing).
func (l *linter) possibleBeforeKnowing() {
	if l.a.Knew == nil {
		return
	}
	knew := incident.DateOf(l.a.Knew.In(l.loc))
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		for _, st := range d.Status {
			if st.On == "" || st.On == knew || !st.On.OnOrBefore(knew) || st.Status != incident.Possible && st.Status != incident.Confirmed {
				continue
			}
			name := setLabel(d)
			l.add(CodePossibleBeforeKnowing, SeverityWarning, "", "", txt(
				"「"+name+"」は"+string(st.On)+"から漏えい等の"+map[bool]string{true: "おそれあり", false: "発生"}[st.Status == incident.Possible]+"と記録されていますが、知った時は"+string(knew)+"です。個人情報保護法の「知った時」は漏えい等のおそれを知った時を含み、オーストラリアの評価期間（30日）は疑いに気付いた時から数えます。知った時を見直すか、状態の日付を確かめてください。",
				"\""+name+"\" is recorded as "+map[bool]string{true: "possibly affected", false: "affected"}[st.Status == incident.Possible]+" from "+string(st.On)+", but the time of knowing is "+string(knew)+". APPI's knowing covers a breach that may have occurred, and Australia's 30-day assessment runs from reasonable grounds to suspect. Check the time of knowing, or the status's date."))
			return
		}
	}
}

// accessSeenPossible names the first data set whose logs show someone not
// entitled viewed or took it while it stays "possible", or while the cause
// answers no unlawful purpose (CodeAccessSeenPossible).
func (l *linter) accessSeenPossible() {
	for _, d := range l.inc.Affected("") {
		if d.AccessSeen != incident.Yes {
			continue
		}
		name := setLabel(d)
		what, whatEN := "閲覧・取得", "seen or taken"
		if d.ViewedOnly() {
			what, whatEN = "閲覧", "viewed" // a view counter (148, F953)
		}
		if d.StatusOn("") == incident.Possible {
			l.add(CodeAccessSeenPossible, SeverityWarning, "", "", txt(
				"「"+name+"」はアクセス記録で権限のない者による"+what+"が確認されていますが、漏えいの「おそれ」のままです。文書は「漏えいしたおそれ」と書きながら"+what+"の確認を伝えます。漏えいが発生したもの（状態「発生」）として扱うか確かめてください。",
				"\""+name+"\" is recorded as "+whatEN+" by someone not entitled in the logs, yet only as possibly leaked: the documents say \"may have leaked\" beside the access the logs show. Check whether it is a leak that occurred (status \"confirmed\")."))
			return
		}
		if l.inc.Cause.UnlawfulPurpose == incident.No && l.inc.Cause.Kind != incident.CauseMispublication {
			// A file the organisation itself put where anyone could open
			// it (165: a PDF on the prefecture's website, downloaded while
			// it was up) is not taken by an act against it (Rules Art.
			// 7(3): 「当該個人情報取扱事業者に対する行為」; its examples are
			// intrusions, ransomware and insiders' taking), and the
			// question is not asked of it (F1247).
			l.add(CodeAccessSeenPossible, SeverityWarning, "", "", txt(
				"「"+name+"」はアクセス記録で権限のない者による"+what+"が確認されていますが、不正の目的のおそれは「なし」と入力されています。誰がなぜ取得したか分からない取得は、不正の目的をもって行われたおそれ（規則7条3号、確報は60日）に当たり得ます。回答を確かめてください。",
				"\""+name+"\" is recorded as "+whatEN+" by someone not entitled in the logs, yet the cause answers that no unlawful purpose is suspected. A download by someone unknown may be an act with a possibly unlawful purpose (APPI Rules Art. 7(3), final report within 60 days). Check the answer."))
			return
		}
	}
}

// doneOrNow is when ob was done, or now while it is open; false when it
// was done at a time not recorded.
func (l *linter) doneOrNow(ob *assess.Obligation) (time.Time, bool) {
	switch {
	case ob.DoneAt != nil:
		return *ob.DoneAt, true
	case ob.DoneBy != "":
		return time.Time{}, false
	}
	return l.a.Now, true
}

// finalKinds pairs each obligation X of the assessment with its X.60, the
// final report of the 60-day kind (an unlawful purpose), where the law has
// one: finalTypeOpen and finalTypeBlank read the pair.
func (l *linter) finalKinds() [][2]*assess.Obligation {
	var out [][2]*assess.Obligation
	for _, j := range l.a.Jurisdictions {
		byID := map[string]*assess.Obligation{}
		for i := range j.Obligations {
			byID[j.Obligations[i].ID] = &j.Obligations[i]
		}
		for i := range j.Obligations {
			if sixty := byID[j.Obligations[i].ID+".60"]; sixty != nil {
				out = append(out, [2]*assess.Obligation{&j.Obligations[i], sixty})
			}
		}
	}
	return out
}

// finalTypeOpen: a final report late on the 30-day limit, in time (or
// still open within) the 60-day one, whose 60-day kind is undetermined
// (CodeFinalTypeOpen). Under either count of the 60 days (DueAlt, the
// first day not counted, when the engine gives it).
func (l *linter) finalTypeOpen() {
	for _, fk := range l.finalKinds() {
		base, sixty := fk[0], fk[1]
		if base.Applies != assess.Yes || !late(base) || sixty.Applies != assess.Unknown || sixty.Due == nil {
			continue
		}
		at, ok := l.doneOrNow(base)
		if !ok {
			continue // done at a time not recorded
		}
		limit := *sixty.Due
		if sixty.DueAlt != nil && sixty.DueAlt.After(limit) {
			limit = *sixty.DueAlt
		}
		if at.After(limit) {
			continue // late on either kind
		}
		day := limit.In(l.loc).Format("2006-01-02")
		l.add(CodeFinalTypeOpen, SeverityWarning, "", "", txt(
			"「"+base.Title.JA+"」は期限を過ぎていますが、「"+sixty.Title.JA+"」に当たるか（不正の目的をもって行われたおそれがあるか）が未回答です。当たるなら期限は"+day+"までで、"+map[bool]string{true: "この報告は期限内です", false: "まだ期限内です"}[base.DoneAt != nil]+"。確報の下書きは30日の期限を過ぎたとして遅れた理由を求めます。原因の「不正の目的のおそれ」に回答してから提出してください。",
			"\""+base.Title.EN+"\" is past its deadline, but whether \""+sixty.Title.EN+"\" applies (whether the act may have been done with an unlawful purpose) is not answered. If it does, the deadline runs to "+day+" and "+map[bool]string{true: "this report is in time", false: "there is still time"}[base.DoneAt != nil]+". The final report's draft says the 30-day deadline has passed and asks for the reasons: answer the cause's unlawful-purpose question before filing."))
	}
}

// finalTypeBlank: a set the logs show seen or taken by someone not
// identified, the unlawful purpose left blank (or "unknown"), and a final
// report's 60-day kind undetermined while the report is still to be filed
// and not yet late (CodeFinalTypeBlank). It asks early what finalTypeOpen
// asks once the 30 days have passed (158: the purpose left blank on the
// night, the 確報 filed on day 60).
func (l *linter) finalTypeBlank() {
	if up := l.inc.Cause.UnlawfulPurpose; up != "" && up != incident.Unknown || l.inc.Cause.RecipientKnown == incident.Yes {
		return
	}
	var seen *incident.DataSet
	for _, d := range l.inc.Affected("") {
		if d.AccessSeen == incident.Yes {
			seen = d
			break
		}
	}
	if seen == nil {
		return
	}
	for _, fk := range l.finalKinds() {
		base, sixty := fk[0], fk[1]
		if base.Applies != assess.Yes || sixty.Applies != assess.Unknown || base.State.Settled() || late(base) {
			continue
		}
		name := setLabel(seen)
		l.add(CodeFinalTypeBlank, SeverityInfo, "", "", txt(
			"「"+name+"」はアクセス記録で権限のない者による閲覧・取得が確認されていますが、原因の「不正の目的のおそれ」が未回答です。誰がなぜ取得したか分からない取得は、不正の目的をもって行われたおそれがある事態（規則7条3号）に当たり得て、当たれば「"+sixty.Title.JA+"」となります。確報の期限と報告する事態の類型がこの回答で決まります。分かっている事実から回答してください。",
			"\""+name+"\" is recorded as seen or taken by someone not entitled in the logs, but the cause's question whether an unlawful purpose is suspected is not answered. A download by someone unknown may be an act with a possibly unlawful purpose (APPI Rules Art. 7(3)), and then \""+sixty.Title.EN+"\" applies: the final report's deadline and the type of situation it reports turn on the answer. Answer it from what is known."))
		return
	}
}

// unknownItems names the first item id of a data set that the vocabulary
// does not have (CodeUnknownItem).
func (l *linter) unknownItems() {
	if l.rs == nil {
		return
	}
	for _, d := range l.inc.DataSets {
		for _, c := range d.Categories {
			if c.ID == "" || l.rs.Category(c.ID) != nil {
				continue
			}
			name := setLabel(&d)
			l.add(CodeUnknownItem, SeverityWarning, "", "", txt(
				"「"+name+"」の項目「"+c.ID+"」は、項目の一覧にありません。未分類の「その他」として扱われ、各法令の判定はその性質を尋ね、文書には項目名の空欄が入ります。一覧の項目を選び直してください。",
				"\""+name+"\" lists the item \""+c.ID+"\", which is not in the list of items. It is read as an unclassified \"other\" item: the laws ask what it is and the documents leave its name blank. Choose an item from the list."))
			return
		}
	}
}

// accessSeenNoLogs names the first set whose logs question is answered yes
// with no first day of the logs, when the cause is one that need leave no
// log: an insider's taking, a theft, a loss, a misdelivery
// (CodeAccessSeenNoLogs).
func (l *linter) accessSeenNoLogs() {
	switch l.inc.Cause.Kind {
	case incident.CauseInsider, incident.CauseTheft, incident.CauseLoss, incident.CauseMisdelivery:
	default:
		return
	}
	for _, d := range l.inc.Affected("") {
		if d.AccessSeen != incident.Yes || d.LogsFrom != "" {
			continue
		}
		name := setLabel(d)
		l.add(CodeAccessSeenNoLogs, SeverityWarning, "", "", txt(
			"「"+name+"」は「アクセス記録で権限のない者の閲覧・取得が確認された」と入力されていますが、記録の始期がなく、原因は記録の残らないことのある持ち出し・盗難・紛失・誤送付です。文書は「保存されているアクセス記録により…確認されております」と書きます。警察からの連絡や持ち出された物の発見など、記録以外で分かったのなら、この質問は未回答にしてください（漏えいの発生はデータセットの状態「発生」が伝えます。どう分かったかは経緯に書いてください）。",
			"\""+name+"\" is answered as seen or taken by someone not entitled according to the access logs, but no first day of the logs is given and the cause (a taking by an insider, a theft, a loss, a misdelivery) may leave no log. The documents say \"the access logs kept show\" it. If it was known otherwise (the police, the copies found), leave the question unanswered: the set's status \"confirmed\" tells the leak, the story how it was found."))
		return
	}
}

// readersLanguage names the countries, among the affected sets' residence,
// whose persons would be told in a language the drafts are not in
// (CodeReadersLanguage). An organisation established outside Japan only
// writes to its own country's people in their language; a Japanese one
// may write abroad in English, but persons it serves in their own language
// (120: members in Taiwan and Hong Kong who used the service in Chinese)
// are told in it too: it is asked (Org.LocalLanguage), and said nothing of
// once it answers no.
func (l *linter) readersLanguage() {
	es := l.inc.Org.Establishments
	abroad := len(es) > 0 && !slices.Contains(es, "JP")
	places := l.inc.OtherLanguageResidence()
	if len(places) == 0 {
		return
	}
	list := strings.Join(places, ", ")
	if !abroad {
		switch l.inc.Org.LocalLanguage {
		case incident.No:
		case incident.Yes:
			l.add(CodeReadersLanguage, SeverityInfo, "", "", txt(
				"本人の居住国に、日本語・英語以外の言語の国があります（"+list+"）。これらの方に自社のサービスや問合せ窓口を現地の言語で提供しているため、通知もその言語で行うのが適切です。下書きは日本語と英語だけです。翻訳を手配してください。",
				"Some of the persons live where the language is neither Japanese nor English ("+list+"), and you serve them in their own language: the notice should be in it too. The drafts are in Japanese and English only: arrange a translation."))
		default:
			l.add(CodeReadersLanguage, SeverityInfo, "", "", txt(
				"本人の居住国に、日本語・英語以外の言語の国があります（"+list+"）。通知・公表の下書きは日本語と英語だけです。これらの方に自社のサービスや問合せ窓口を現地の言語で提供しているかを事実の「組織」の欄で答えてください。提供している場合は、その言語での通知を検討し、翻訳を手配してください。",
				"Some of the persons live where the language is neither Japanese nor English ("+list+"). The drafts are in Japanese and English only: answer under \"Organization\" whether you serve these persons in their own language (your service or your desk); if you do, consider a notice in it and arrange a translation."))
		}
		return
	}
	l.add(CodeReadersLanguage, SeverityInfo, "", "", txt(
		"本人の居住国に、日本語・英語以外の言語の国があります（"+list+"）。通知・公表の下書きは日本語と英語だけです。現地の言語での通知が必要か、翻訳と現地の法律家の確認を手配してください。",
		"Some of the persons live where the language is neither Japanese nor English ("+list+"). The drafts are in Japanese and English only: arrange a translation, reviewed by local counsel, where the notice is to be in the local language."))
}

// defectWords are what a cause's description says of a program's defect.
var defectWords = []string{"プログラム", "不具合", "バグ", "実装", "脆弱性", "照合していな", "確認していな", "チェックしていな", "program", "bug", "defect", "vulnerab", "did not check"}

// defectAsSetting asks, for a misconfiguration whose description speaks of
// a program's defect, whether the cause is a software defect
// (CodeDefectAsSetting): the documents would tell a setting put wrong and
// corrected.
func (l *linter) defectAsSetting() {
	if l.inc.Cause.Kind != incident.CauseMisconfiguration {
		return
	}
	d := strings.ToLower(l.inc.Cause.Description)
	for _, w := range defectWords {
		if strings.Contains(d, w) {
			l.add(CodeDefectAsSetting, SeverityInfo, "", "", txt(
				"原因は「設定の誤り」ですが、原因の説明に「"+w+"」とあります。文書は「設定の誤りにより」「設定を修正し」と書きます。プログラムの誤り（確認の漏れ、バグ等）であれば、原因を「システムの不具合」にしてください。",
				"The cause is a misconfiguration, but its description says \""+w+"\". The documents say a setting was wrong and was corrected. If a program was at fault (a missing check, a bug), choose \"software defect\" as the cause."))
			return
		}
	}
}

// legalForms are the words of a Japanese or English company name that say
// its legal form, not who it is.
var legalForms = strings.NewReplacer(
	"株式会社", "", "（株）", "", "(株)", "", "有限会社", "", "合同会社", "", "合名会社", "", "合資会社", "",
	"一般社団法人", "", "公益社団法人", "", "一般財団法人", "", "公益財団法人", "", "社会福祉法人", "", "医療法人", "",
	"学校法人", "", "特定非営利活動法人", "", "Co., Ltd.", "", "Co.,Ltd.", "", "Co., Ltd", "", "Ltd.", "", "Inc.", "",
	"Corporation", "", "Corp.", "", "LLC", "", "GmbH", "", "K.K.", "", "Limited", "")

// clientNamed: an announcement that names clients whose data the company
// processed (entrustor parties standing for one named client each),
// however their legal forms are written, named once per announcement
// (CodeClientNamed). A party standing for every client of a service, or
// whose name counts several companies (entrustorMany's), names no one.
func (l *linter) clientNamed(d Document) {
	if d.Kind != KindPublic {
		return
	}
	var names []string
	para := ""
	for _, p := range l.inc.PartiesOf(incident.PartyEntrustor) {
		if p.Clients == incident.Yes || manyCompanies.MatchString(p.Name) {
			continue
		}
		name := strings.TrimSpace(p.Name)
		if i := strings.IndexAny(name, "（("); i > 0 {
			name = name[:i] // 「架空市（子育て支援課）」
		}
		core := strings.Trim(legalForms.Replace(name), " 　,、")
		if utf8.RuneCountInString(core) < 2 {
			continue
		}
		if id := paraWith(d, func(text string) bool { return strings.Contains(text, core) }); id != "" {
			names = append(names, strings.TrimSpace(p.Name))
			if para == "" {
				para = id
			}
		}
	}
	if len(names) == 0 {
		return
	}
	l.add(CodeClientNamed, SeverityWarning, d.ID, para, txt(
		"公表文に委託元（"+strings.Join(names, "、")+"）の名称が出ています（データの名称を含む）。取引先名を公表するのは委託元の了解を得てからにしてください。了解がなければ、その段落を編集して名称を除いてください。",
		"The announcement names clients ("+strings.Join(names, ", ")+"), data sets' names included. Publish a client's name only with its agreement; without it, edit those paragraphs to leave the name out."))
}

// partyNote: a document that prints a party's name as entered (an
// authority's, a card company's as the letter's addressee), with
// a bracket that reads as a working note (how the report went, who goes
// first, what is still open: noteInName), prints the note to its readers
// (CodePartyNote, warning, once per party and document). The name is the
// user's and stays as typed: only the user can say whether the bracket is
// part of the name and where the note belongs (the event's note).
func (l *linter) partyNote(d Document) {
	for _, p := range l.inc.Parties {
		name := strings.TrimSpace(p.Name)
		note := noteInName(name)
		if note == "" {
			continue
		}
		if id := paraWith(d, func(text string) bool { return strings.Contains(text, name) }); id != "" {
			l.add(CodePartyNote, SeverityWarning, d.ID, id, txt(
				"相手先「"+name+"」の名称が、括弧内の「"+note+"」ごと文書に出ています。作業上のメモに見えます。名称の一部でなければ、相手先の名称から除いて、出来事のメモに移してください。",
				"The document prints the party's name \""+name+"\" with \""+note+"\" in brackets, which reads as a working note. Unless it is part of the name, take it out of the party's name and put it in the event's note."))
		}
	}
}

// nameNote finds a bracket in a name, (…) or （…）; noteWords are the
// words that make it a working note rather than part of the name (「架空
// 県警察本部（サイバー犯罪対策課）」 is a name): how a report went ("via",
// 経由), who goes first, what is not settled yet.
var (
	nameNote  = &lazyRegexp{expr: `[（(]([^）)]*)[）)]`}
	noteWords = &lazyRegexp{expr: `(?i)\b(via|first|tbd|tbc|todo)\b|経由|未定|要確認|[?？]`}
)

// noteInName is the first bracket of name that reads as a working note,
// with its brackets, or "".
func noteInName(name string) string {
	for _, m := range nameNote.FindAllStringSubmatch(name, -1) {
		if noteWords.MatchString(m[1]) {
			return m[0]
		}
	}
	return ""
}

// paraWith is the id of d's first paragraph whose text has says yes, or "".
func paraWith(d Document, has func(text string) bool) string {
	for _, pr := range d.Paragraphs() {
		if has(pr.Text) {
			return pr.ID
		}
	}
	return ""
}

// fewPersons is the largest set an announcement is warned of naming when
// the persons' safety may be at risk: a handful can be told apart by
// those who know them. [U] a tool's line, not a rule of law.
const fewPersons = 10

// fewNamed warns of an announcement that names, or counts, a data set of
// a few persons while their safety may be at risk (CodeFewNamed).
func (l *linter) fewNamed(d Document) {
	if d.Kind != KindPublic || l.inc.Risk.SafetyAtRisk != incident.Yes {
		return
	}
	var names []string
	para := ""
	for _, s := range l.inc.Affected("") {
		c := s.Persons.Latest()
		n := c.N
		if !c.Known || n < 1 || n > fewPersons || !l.inc.SafetyAtRisk(s) {
			continue
		}
		name := strings.TrimSpace(s.Name)
		count := "（" + strconv.FormatInt(n, 10) + "名）"
		if id := paraWith(d, func(text string) bool {
			return name != "" && strings.Contains(text, name) || strings.Contains(text, count)
		}); id != "" {
			names = append(names, setLabel(s)+count)
			if para == "" {
				para = id
			}
		}
	}
	if len(names) == 0 {
		return
	}
	l.add(CodeFewNamed, SeverityWarning, d.ID, para, txt(
		"本人の身の安全が脅かされるおそれがある事案で、公表文に少人数のデータセット（"+strings.Join(names, "、")+"）の名称又は人数が出ています。地域・日時・経緯と合わせて本人が特定されるおそれがあります。公表するときは、その段落を編集して名称と人数を除いてください。",
		"The persons' safety may be at risk, and the announcement names or counts a data set of a few persons ("+strings.Join(names, ", ")+"): with the area, the days and the course of events it can point to them. If you publish, edit that paragraph to leave the name and the number out."))
}

// residenceAssumedAll names the sets in scope whose residence rows are
// read as every person's though a count is missing (CodeResidenceAssumedAll):
// a row with no count, no row for other countries, and the counts given
// not adding up to the set's persons (or the set's persons not counted).
// A part of a set with rows of its own is checked as any set. Only where
// the case reaches abroad (abroadLinked): a Japanese business's list of
// "Japan, count unknown" is read as the user meant it.
func (l *linter) residenceAssumedAll() {
	if !l.abroadLinked() {
		return // a business in Japan alone, all its persons entered there: the reading is the user's
	}
	var names []string
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if len(d.Residence) == 0 || d.StatusOn("") == incident.RuledOut {
			continue
		}
		var counted int64
		uncounted, other := false, false
		var places []string
		for _, r := range d.Residence {
			other = other || r.Country == incident.OtherCountries
			if r.Persons.Known {
				counted += r.Persons.N
			} else {
				uncounted = true
			}
			p := r.Country
			if r.Region != "" {
				p += "-" + r.Region
			}
			places = append(places, p)
		}
		if !uncounted || other {
			continue
		}
		if p := d.Persons.Latest(); p.Known && counted >= p.N {
			continue
		}
		names = append(names, setLabel(d)+"（"+strings.Join(places, "・")+"）")
	}
	if len(names) == 0 {
		return
	}
	list := strings.Join(names, "、")
	l.add(CodeResidenceAssumedAll, SeverityInfo, "", "", txt(
		"本人の居住地に人数の分からない国があり、その他の国の行がないため、次のデータの本人は全員が入力された国に住むものとして判定しています："+list+"。ほかの国に住む人がいるかもしれない場合は、その国か「その他の国」の行を加えてください（その国の法律の適用を判定します）。",
		"Some residence rows give no count and there is no row for other countries, so every person of these sets is read as living in the places entered: "+strings.ReplaceAll(strings.ReplaceAll(list, "（", " ("), "）", ")")+". If some may live elsewhere, add their country or an \"other countries\" row (that country's law is then judged)."))
}

// abroadLinked: the case reaches beyond Japan: an establishment abroad, a
// set with persons living outside Japan (or in other countries), or
// persons served in a language of their own.
func (l *linter) abroadLinked() bool {
	for _, e := range l.inc.Org.Establishments {
		if e != "JP" {
			return true
		}
	}
	for _, d := range l.inc.DataSets {
		for _, r := range d.Residence {
			if r.Country != "JP" {
				return true
			}
		}
	}
	return l.inc.Org.LocalLanguage == incident.Yes
}

// groupAsOneController asks, where the GDPR applies and the organisation
// is established in two or more EEA countries, whether those are one
// company (one controller, one lead authority for its cross-border
// processing, GDPR Art. 56(1)) or several (CodeGroupAsOneController).
// The engine keeps one controller per case; the case of each company is
// then its own.
func (l *linter) groupAsOneController() {
	if l.rs == nil {
		return
	}
	eu := l.rs.Jurisdiction("EU")
	if eu == nil || !slices.ContainsFunc(l.a.Jurisdictions, func(j assess.Jurisdiction) bool { return j.ID == "EU" && j.Applies != assess.No }) {
		return
	}
	var in []string
	for _, e := range l.inc.Org.Establishments {
		if slices.ContainsFunc(eu.Places, func(p rules.Place) bool { return p.Country == e && p.Region == "" }) && !slices.Contains(in, e) {
			in = append(in, e)
		}
	}
	if len(in) < 2 {
		return
	}
	list := strings.Join(in, ", ")
	l.add(CodeGroupAsOneController, SeverityInfo, "", "", txt(
		"組織の拠点がEEAの複数の国（"+list+"）にあります。これらが別の会社（子会社等）であれば、それぞれが自社のデータの管理者として、自国の監督機関に通知します（GDPR 33条。主監督機関（56条1項）の仕組みは一つの管理者の越境的な取扱いのもので、グループ会社をまとめるものではありません）。現地の法律家に確認し、別の会社であれば会社ごとに事案を分けて入力してください（データ、監督機関、報告がそれぞれ別になります）。",
		"The organization is established in several EEA countries ("+list+"). If these are separate companies (subsidiaries), each is the controller of its own data and notifies its own supervisory authority (GDPR Art. 33; the lead authority of Art. 56(1) serves one controller's cross-border processing, not a group of companies). Confirm with local counsel and, if they are separate companies, enter each company's case on its own (its data, its authority, its report)."))
}

// recipientDuty says, of a cause that arose at a business the company had
// provided the data to, who is sure to owe what and what is for counsel
// (CodeRecipientDuty).
func (l *linter) recipientDuty() {
	if !l.inc.Cause.AtRecipient() {
		return
	}
	l.add(CodeRecipientDuty, SeverityInfo, "", "", txt(
		"原因は、情報を提供した先の事業者（又はその委託先）で生じたものとして入力されています。提供先は、提供を受けた情報を自らの個人データとして報告・本人通知します。提供元である自社にも報告・本人通知の義務が及ぶかは、このツールでは確定していません。ここでは自社の報告・通知を要するものとして扱っています。要否と、提供先との役割分担（どちらがどの本人に通知し、どちらが公表するか）を弁護士と決め、報告しない場合はその理由を記録してください。国外の法律（GDPR等）でも、提供先が自らの管理者として通知するかを確認してください。",
		"The cause is entered as having arisen at a business the organization had provided the data to (or at its contractor). That business reports and notifies for the data it received, as its own personal data. Whether the provider's duty to report and notify reaches a leak there is not settled in this tool: it treats the organization's report and notices as owed. Decide with counsel whether they are, and who tells which persons and who announces it; if you do not report, record why. Under foreign laws (GDPR and others) too, confirm whether the recipient notifies as a controller in its own right."))
}

// partNamedWithin names a part whose name begins with 「うち」 or 「内」 (or
// "of whom", "of which"), words the documents add themselves
// (CodePartNamedWithin).
func (l *linter) partNamedWithin() {
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		n := strings.TrimSpace(d.Name)
		if d.Within == "" || n == "" {
			continue
		}
		lower := strings.ToLower(n)
		if !strings.HasPrefix(n, "うち") && !strings.HasPrefix(n, "内") && !strings.HasPrefix(n, "（うち") &&
			!strings.HasPrefix(lower, "of whom") && !strings.HasPrefix(lower, "of which") {
			continue
		}
		whole := d.Within
		if w, ok := l.inc.DataSet(d.Within); ok && strings.TrimSpace(w.Name) != "" {
			whole = w.Name
		}
		l.add(CodePartNamedWithin, SeverityWarning, "", "", txt(
			"データセット「"+n+"」は「"+whole+"」の一部として入力されていますが、名前が「うち」等で始まっています。文書は「"+whole+"のうち、"+n+"」のように一部であることを自ら書くため、「うち」が重なります。名前はその人たちを表す言葉だけにしてください（例：「会員（ポイントプログラム）」）。",
			"Data set \""+n+"\" is entered as part of \""+whole+"\", but its name begins with words such as \"of whom\" or うち. The documents say themselves that it is part of the other set, so the words are doubled: name only who they are (for example \"members (points program)\")."))
	}
}

// seenByStaff names the sets only the organisation's own staff could see,
// and says what is for counsel (CodeSeenByStaff).
func (l *linter) seenByStaff() {
	var names []string
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if d.SeenBy == incident.SeenByStaff && d.Online() != incident.Yes {
			names = append(names, setLabel(d))
		}
	}
	if len(names) == 0 {
		return
	}
	l.add(CodeSeenByStaff, SeverityInfo, "", "", txt(
		"自組織の従業者・職員だけが閲覧できたデータセットがあります："+strings.Join(names, "、")+"。外部に出ていない、自組織の者による閲覧が「漏えい」（ガイドライン（通則編）3-5-1-1：個人データが外部に流出すること）に当たるかは、このツールでは確定していません。ここでは漏えいのおそれとして扱い、報告・通知を要するものとしています。閲覧できた者の範囲、アクセス記録で実際に閲覧されたか、持ち出しや外部への伝達の有無を確かめ、報告・通知の要否を弁護士と決めてください。報告しない場合はその理由を記録してください。",
		"Some data sets could be seen only by the organization's own staff: "+strings.Join(names, ", ")+". Whether viewing by the organization's own people, with nothing leaving it, is a leak (General Guidelines 3-5-1-1: personal data flowing out) is not settled in this tool: it treats it as a possible leak, with the report and the notices owed. Establish who could view it, whether the access logs show it was viewed, and whether anything was taken or passed on, and decide with counsel whether to report and notify; if you do not, record why."))
}

// formerUnanswered names the sets with a retention rule but nothing telling
// whether persons who had left are among them (CodeFormerUnanswered).
func (l *linter) formerUnanswered() {
	var names []string
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		f := d.Former
		if f.Included != incident.Unknown || f.HasLeft() || f.Persons.Known || f.RetentionYears == 0 && !f.UntilPurpose && strings.TrimSpace(f.Rule) == "" {
			continue
		}
		names = append(names, setLabel(d))
	}
	if len(names) == 0 {
		return
	}
	l.add(CodeFormerUnanswered, SeverityInfo, "", "", txt(
		"保存期間の規程が入力されていますが、退会者・元顧客が含まれるかが分かりません："+strings.Join(names, "、")+"。含まれる場合は「退会者・元顧客が含まれる」を「はい」にするか、その数か最も早く退会した年を入力してください。それまで、通知・報告は退会者に触れません。",
		"A retention rule is entered, but nothing says whether persons who had left are among these sets' persons: "+strings.Join(names, ", ")+". If they are, answer \"persons who had left are included\" yes, or enter their number or the year the earliest left; until then the notices and reports say nothing of them."))
}
