package draft

import (
	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// hashedContact names each item of e-mail addresses or telephone numbers
// kept as a plain (unsalted) hash (CodeHashedContact).
func (l *linter) hashedContact() {
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		for _, c := range d.Categories {
			if c.Protection != incident.ItemHashed || (c.ID != "email" && c.ID != "phone") {
				continue
			}
			what, whatEN := "メールアドレス", "e-mail addresses"
			if c.ID == "phone" {
				what, whatEN = "電話番号", "telephone numbers"
			}
			name := setLabel(d)
			l.add(CodeHashedContact, SeverityWarning, "", "", txt(
				"「"+name+"」の"+what+"は「ハッシュ化」と入力されています。ソルトのないハッシュ値は、元の"+what+"を持つ者が同じ計算をすれば照合でき（広告事業者はそのために受け取ります）、電話番号は取り得る番号を全て計算すれば元に戻せます。高度な暗号化等の保護措置には当たらないものとして扱い、通知や報告で「ハッシュ化して保存」と伝えることが本人の安心材料と読まれないようにしてください。送信の時にだけハッシュ化されたのなら、項目の保護は「なし」とし、その旨を説明に書いてください。",
				"The "+whatEN+" of \""+name+"\" are entered as hashed. An unsalted hash is matched by anyone who holds the original and computes the same hash (advertising platforms receive them for exactly that), and telephone numbers are recovered by hashing every possible number. Treat them as unprotected, not as high-grade encryption or an equivalent measure, and do not let \"stored as hashes\" in the notices and reports read as a reassurance. If they were hashed only when sent, set the item's protection to none and say so in its description."))
		}
	}
}

// partlyWords: an item's protection detail saying that only part of it was
// protected, or that some of it was not.
var partlyWords = &lazyRegexp{expr: `(?i)(一部|うち[^。]{0,20}(なし|されていない|せず)|暗号化(なし|されていない|せず)|未暗号化|平文|ハッシュ化(なし|されていない|せず)|\bpart(ly|ially)\b|\bsome\b[^.]{0,40}\bnot\b|unencrypted|not encrypted|in (the )?clear|plain ?text|unhashed|not hashed)`}

// protectionMixed names an item entered as protected (encrypted, hashed,
// masked) whose detail says part of it was not (CodeProtectionMixed): the
// protection is one value for the whole item, and the documents tell every
// person of it 「暗号化して保存」, those whose data was in clear too.
func (l *linter) protectionMixed() {
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		for _, c := range d.Categories {
			if c.Protection == "" || c.Protection == incident.ItemPlain {
				continue
			}
			m := partlyWords.get().FindString(c.ProtectionDetail)
			if m == "" {
				continue
			}
			item := c.Other
			if names := l.itemNames(c.ID, JA); item == "" && len(names) > 0 {
				item = names[0]
			}
			if item == "" {
				item = c.ID
			}
			name := setLabel(d)
			l.add(CodeProtectionMixed, SeverityWarning, "", "", txt(
				"「"+name+"」の「"+item+"」は保護ありと入力されていますが、説明に「"+m+"」とあり、一部だけが保護されていたと読めます。項目の保護は項目全体に一つで、通知では対象の方全員に保護されていたと伝わります（保護のなかった方にも）。保護のなかった部分がある項目は保護を「なし」とし、保護された部分は説明に書くか、保護の有無で分けたデータ（人数つき）として入力してください。",
				"The "+item+" of \""+name+"\" are entered as protected, but the description says \""+m+"\", which reads as only part of them being protected. An item's protection is one value for the whole item: the notices tell every person of it that it was protected, those whose data was not too. Set the protection of an item partly unprotected to none and describe the protected part, or enter the parts as data of their own, each with its count."))
		}
	}
}

// tagWords: a cause that reads as an advertising or analytics tag, pixel or
// SDK on the company's own site or app sending data to another business.
var tagWords = &lazyRegexp{expr: `(?i)((広告|解析|計測|効果測定|トラッキング|アクセス解析|マーケティング)[^。]{0,30}(タグ|ピクセル|SDK)|(タグ|ピクセル|SDK)[^。]{0,30}(広告|解析|計測)|(meta|facebook|tiktok|linkedin) pixel|tracking (pixel|tag|code|technolog)|(advertising|analytics) (pixel|tag|sdk))`}

// tagProvision asks whether data sent by a tag the company placed is a leak
// or a provision to a third party (CodeTagProvision).
func (l *linter) tagProvision() {
	c := l.inc.Cause
	for _, t := range []string{c.Description, l.inc.Story.Summary, l.inc.Public.Summary, l.inc.Public.Cause} {
		if !tagWords.get().MatchString(t) {
			continue
		}
		l.add(CodeTagProvision, SeverityInfo, "", "", txt(
			"原因の説明から、自社のウェブサイトやアプリに置いた広告・解析用のタグ（ピクセル、SDK等）が情報を他の事業者に送信した事案と読めます。個人データを事業者が自らの意図に基づき第三者に提供した場合は「漏えい」に当たらないとされており（ガイドライン通則編3-5-1-1）、そう見るなら漏えい等の報告（法26条）ではなく、本人の同意のない第三者提供（法27条、外国にある第三者へは法28条）や、提供先で個人データとなる個人関連情報の提供（法31条）の問題になります。意図しない項目（フォームの入力内容、受診した診療科等）まで送られていたなら漏えい等として扱う考え方もあり、この判定は漏えい等として扱っています。どちらに当たるか、報告するなら何を報告するかを法律家と確認してください。あわせて、利用者情報の外部送信についての公表等（電気通信事業法27条の12。対象となる事業かの確認が必要です）と、送信先での削除・利用停止の依頼も確認してください。",
			"The cause reads as an advertising or analytics tag (a pixel, an SDK) on the company's own website or app sending information to another business. Personal data a business provides to a third party of its own intention is not a leak (General Guidelines 3-5-1-1); read that way, the question is not a breach report (APPI Art. 26) but a provision to a third party without consent (Art. 27; Art. 28 for a third party abroad), or a provision of personally referable information that becomes personal data at the recipient (Art. 31). Where items never meant to be sent went too (what was typed into forms, the department booked), it may be treated as a leak, as this assessment does. Decide with counsel which it is and, if reporting, what to report. Check also the disclosure duties for sending users' information to outside parties (Telecommunications Business Act Art. 27-12; whether the business is covered needs checking) and ask the recipient to delete the data and stop using it."))
		return
	}
}

// authorityWords: an authority abroad named in a note, by the jurisdiction
// whose filing it receives.
var authorityWords = []struct {
	jur string
	re  *lazyRegexp
}{
	{"SG", &lazyRegexp{expr: `\bPDPC\b`}},
	{"UK", &lazyRegexp{expr: `\bICO\b|Information Commissioner`}},
	{"AU", &lazyRegexp{expr: `\bOAIC\b`}},
	{"KR", &lazyRegexp{expr: `\bPIPC\b|\bKISA\b|個人情報保護委員会（韓国）|韓国の個人情報保護委員会`}},
	{"EU", &lazyRegexp{expr: `\bCNIL\b|\bBfDI\b|(?i)supervisory authority|監督機関`}},
}

// authorityAsOther names an "other" event whose note tells of a filing
// with an authority abroad whose law applies or may apply
// (CodeAuthorityAsOther).
func (l *linter) authorityAsOther() {
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvOther || e.Note == "" {
			continue
		}
		for _, w := range authorityWords {
			m := w.re.get().FindString(e.Note)
			if m == "" || !l.mayApply(w.jur) {
				continue
			}
			l.add(CodeAuthorityAsOther, SeverityInfo, "", "", txt(
				"出来事「"+e.ID+"」は種類が「その他」ですが、メモに「"+m+"」への届出・報告と読める記載があります。届出・報告なら、種類を報告（速報・確報）にし、法域を「"+w.jur+"」にしてください。「その他」のままでは、その国の期限の判定と文書に反映されません。",
				"Event \""+e.ID+"\" is of kind \"other\", but its note reads as a filing with "+m+". If it is, record it as a report with the jurisdiction "+w.jur+": as \"other\" it counts for neither that country's deadlines nor its documents."))
			break
		}
	}
}

// mayApply: the assessment holds jurisdiction id as applying or possibly so.
func (l *linter) mayApply(id string) bool {
	for _, j := range l.a.Jurisdictions {
		if j.ID == id {
			return j.Applies == assess.Yes || j.Applies == assess.Unknown
		}
	}
	return false
}

// onlineFromInput asks, for an outside service whose data became viewable
// online, from when it was online, when the documents would tell it from
// the first input (CodeOnlineFromInput).
func (l *linter) onlineFromInput() {
	if l.inc.Cause.Kind != incident.CauseOutsideService || !l.inc.Exposure.Empty() {
		return
	}
	online := false
	for _, d := range l.inc.Affected("") {
		online = online || d.Online() == incident.Yes
	}
	first, ok1 := l.first(incident.EvIntrusion)
	det, ok2 := l.first(incident.EvDetected)
	if !online || !ok1 || !ok2 {
		return
	}
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvOther || !e.Dated() || !e.At.After(first.At) || !e.At.Before(det.At) {
			continue
		}
		l.add(CodeOnlineFromInput, SeverityInfo, "", "", txt(
			"外部サービスに入力した情報がインターネット上で閲覧できる状態になった事案で、期間が入力されていないため、通知・公表は最初の入力の時から閲覧できたと書いています。入力と発覚の間に出来事「"+e.ID+"」があります。公開されたのがその時（共有リンクの作成等）なら、事案の「対象期間（情報が外部から見える状態だった期間）」に公開された日からを入れてください。",
			"Information typed into an outside service became viewable online and no exposure window is given: the notices and the announcement tell it as online from the first input. Event \""+e.ID+"\" lies between the first input and the detection; if that is when it went online (a share link made), enter the exposure window (when the data lay open) from that day."))
		return
	}
}
