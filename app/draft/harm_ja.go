package draft

import (
	"slices"
	"strings"
	"unicode"

	"breachdesk/app/incident"
)

// The cause, the risks for the persons and what they are asked to do, as
// the Japanese documents tell it.

// causeTextJA explains the cause. For the persons and the public: the
// company's own words (Public.Cause), else the cause's kind. For the
// authorities: the kind and the description entered for the cause (a noun
// phrase becomes "具体的には、…によるものです"; sentences stay sentences).
func (v *view) causeTextJA() []para {
	c := v.causeJA()
	if c == "" && v.atOther() {
		// A cause of no listed kind that arose at a contractor (PCs handed
		// for destruction and not destroyed) is still told as the
		// contractor's: the report named no contractor at all (103).
		c = v.contractorNameJA(true) + "において発生した事象"
	}
	var s string
	if !v.formal() {
		pub := strings.TrimSpace(v.inc.Public.Cause)
		if v.knowsLater() {
			pub = "" // typed when all was known: before the knowing, the facts of that day (as publicSummaryJA)
		}
		switch {
		case pub != "":
			s = pub
		case c == "":
			s = "原因は、現在調査中です。"
		default:
			s = "原因は、" + c + "です。"
		}
	} else {
		d := strings.TrimSuffix(v.causeDescription(), "。")
		if d != "" && latinOnly(d) {
			// Typed in English by an office abroad (143): no Japanese frame
			// around it, which made a broken sentence; it stands on its own
			// line as the record in English (the lint asks for Japanese).
			s = "原因は、現在調査中です。"
			if c != "" {
				s = "原因は、" + c + "です。"
			}
			return v.causeParasJA(s, p("english", "具体的な状況（英語による記載）："+d))
		}
		switch {
		case c == "" && d == "":
			s = "原因は、現在調査中です。"
		case d == "":
			s = "原因は、" + c + "です。"
		case strings.Contains(d, "。") || politeEnd.MatchString(d):
			// Sentences, or one sentence in the polite form (174: 「…
			// 状態となりました」 framed as 「…となりましたことです」): told
			// as typed after the kind, never as a clause of it.
			if c == "" {
				c = "次のとおり"
			}
			s = "原因は、" + c + "です。" + d + "。"
		case (c == "" || overlaps(c, d)) && endsInVerb(d):
			s = "原因は、" + d + "ことです。"
		case c == "" || overlaps(c, d):
			s = "原因は、" + d + "です。"
		case endsInVerb(d):
			s = "原因は、" + c + "です。具体的には、" + d + "ことによるものです。"
		default:
			s = "原因は、" + c + "です。具体的には、" + d + "によるものです。"
		}
	}
	return v.causeParasJA(s)
}

// causeParasJA is the cause's sentence s, then more (the description in
// English), then what every telling of the cause adds.
func (v *view) causeParasJA(s string, more ...para) []para {
	ps := append([]para{p("p1", s)}, more...)
	if v.seenThroughOthers() {
		ps = append(ps, p("others", v.you+"ご自身のID・パスワードが使われたものではなく、第三者が不正にログインした他の利用者のアカウントを通じて、"+v.you+"の情報が閲覧・取得されたものです。"))
	}
	if e, ok := v.forensicOf(); ok && v.cyber() {
		s := "外部の専門機関の協力を得て、侵入の経路と手口の詳細を調査しております。"
		if v.forensicByContractor(e) {
			s = v.contractorJA(false) + "において、侵入の経路と手口の詳細を調査しております。"
		}
		ps = append(ps, p("forensic", s))
	}
	return ps
}

// hasForensic: a forensic firm was engaged by the document's date (or is
// known to be, with no date yet).
func (v *view) hasForensic() bool {
	if _, ok := v.first(incident.EvForensic); ok {
		return true
	}
	_, ok := v.undated(incident.EvForensic)
	return ok
}

// channelsJA: how someone holding the data could reach the persons.
func (v *view) channelsJA() string {
	var cs []string
	if v.hasCategory("email") {
		cs = append(cs, "メール")
	}
	if v.hasCategory("phone") {
		cs = append(cs, "電話・SMS")
	}
	if v.hasCategory("address") {
		cs = append(cs, "郵便物")
	}
	return strings.Join(cs, "、")
}

// forWhomJA qualifies a sentence that concerns only some of the persons the
// document speaks of: "" when all had the item, else "カード情報を登録した会員
// （12,754名）については、" (or, within one set, "一部の方（12,754名）については、").
func (v *view) forWhomJA(flag string) string { return v.forWhomOfJA(v.flagged(flag)) }

// forWhomOfJA is forWhomJA for the items that pass is.
func (v *view) forWhomOfJA(is func(incident.Category) bool) string {
	sets, all := v.holders(is)
	if all || len(sets) == 0 {
		return ""
	}
	if len(v.scope) > 1 || v.reader != nil && len(v.data()) > 1 {
		// A set whose persons only in part had the item is named with
		// that part (138: 「旧チェーンの宿泊者・会員（最大約3,830万名）…に
		// ついては、クレジットカード情報が不正に利用されるおそれ」 of the
		// 約86万名 among them who had cards, F766).
		// One such item not counted, or counted for all, is the whole
		// set's; several counted apart, whose persons may or may not be
		// the same, are 「該当する方」 with no number.
		var out []string
		for _, h := range sets {
			switch part, whole, apart := partOf(h, is); {
			case whole:
				out = append(out, v.whoJA([]*setView{h}))
			case apart:
				out = append(out, v.setNameJA(h)+"のうち該当する方")
			default:
				out = append(out, v.setNameJA(h)+"のうち"+countJA(part)+"名")
			}
		}
		return joinJA(out) + "については、"
	}
	for _, c := range v.categoriesOf() {
		if is(c) && c.Persons.Known {
			return "対象となる方のうち一部の方（" + countJA(c.Persons) + "名）については、"
		}
	}
	return "対象となる方のうち一部の方については、"
}

// partOf is the part of h's persons whose data held the items that pass
// is (F766): whole when one of them is not counted or counted for all (or
// the set's persons are not), apart when several are counted apart (their
// persons may or may not be the same), else the part's count.
func partOf(h *setView, is func(incident.Category) bool) (part incident.Count, whole, apart bool) {
	whole = !h.persons.Known
	for _, c := range h.Categories {
		switch {
		case !is(c):
		case !c.Persons.Known || c.Persons.N >= h.persons.N:
			whole = true
		case part.Known && c.Persons.N != part.N:
			apart = true
		default:
			part = c.Persons
		}
	}
	return part, whole || !part.Known, apart
}

// impersonatedJA names whose login a third party could use: the readers
// (お客様), or, in a report, the persons themselves (本人). A report's word
// for everyone (顧客) is not theirs when the credentials were another
// group's (122: a gym's report said store staff's admin passwords could let
// a third party 「顧客になりすましてログイン」); a group named with 皆さま
// (従業員の皆さま) is 皆さま in the sentence.
func (v *view) impersonatedJA() string {
	if v.formal() {
		return "本人"
	}
	if strings.HasSuffix(v.you, "の皆さま") {
		return "皆さま"
	}
	return v.you
}

// harmJA says whether secondary harm is known, and what the risk is.
func (v *view) harmJA() []para {
	if _, ok := v.ruledOut(); ok {
		return v.ruledOutHarmJA()
	}
	var s string
	switch r := v.inc.Risk; r.SecondaryHarm {
	case incident.Yes:
		s = "本件に起因する二次被害又はそのおそれのある事象を確認しております"
		if n := strings.TrimSpace(r.SecondaryHarmNote); v.formal() {
			// Item 5 of Rules Art. 8(1) is the harm "and what it is": a
			// report dated before the note's day, or with none, asks for
			// it (120: the 速報 of 10/2 said harm was seen, and nothing of
			// the 190 purchases known that day, F556).
			s += "（" + v.orFill(n, "確認している二次被害の内容", "") + "）"
		}
		s += "。"
		if !v.formal() {
			// Rules Art. 10 asks the persons be told item 5 of Art. 8(1),
			// the harm "and what it is". The note is written for the
			// authorities and never reaches the persons: the persons read
			// the user's words for them (F91; 42: fake newsletters had
			// reached the subscribers).
			s += v.orFill(v.inc.Public.Harm, "確認している二次被害の内容（本人・公表向け）", "")
		}
	case incident.No:
		s = "現時点で、本件に起因する二次被害は確認されておりません" + v.harmNoteJA() + "。"
	default:
		s = "二次被害の有無は、現在調査中です" + v.harmNoteJA() + "。"
	}
	if v.formal() {
		s += v.accessJA() // the authorities' documents have no period paragraph
	}
	protected := len(v.data()) > 0
	for _, x := range v.data() {
		protected = protected && x.Encryption == incident.HighGrade
	}
	var risks []string
	if v.hasFlag("card") {
		risks = append(risks, v.forWhomJA("card")+"クレジットカード情報が不正に利用されるおそれがあります。")
	}
	if v.cause() == incident.CauseCredentialStuffing {
		// The logins have happened, with credentials taken elsewhere: the
		// risk left is the same pair at other services (F176), for those
		// whose pair it was.
		if v.credentialsConcern() {
			risks = append(risks, v.forWhomJA("password")+"他のサービスと同じID・パスワードをお使いの場合、そのサービスでも第三者になりすましてログインされるおそれがあります。")
		}
	} else if v.hasFlag("password") {
		risks = append(risks, v.forWhomJA("password")+"ログインID・パスワードが悪用され、第三者が"+v.impersonatedJA()+"になりすましてログインするおそれがあります。")
	}
	if on, sure := v.exposedOnline(); on && sure {
		risks = append(risks, "対象の情報は、インターネット上で不特定多数の者が閲覧できる状態になりました。")
	} else if on {
		risks = append(risks, "対象の情報は、インターネット上で不特定多数の者が閲覧できる状態になったおそれがあります。")
	}
	if v.childrenFindable() {
		risks = append(risks, "お子さまの住所等が知られたことにより、つきまといなど、お子さまの安全に関わる被害が生じるおそれがあります。")
	}
	if slices.ContainsFunc(v.categoriesOf(), isBiometric) {
		// A template cannot be changed as a password can (122: a gym's
		// members' face and fingerprint templates in its entry vendor's
		// open database; the documents spoke only of phishing).
		risks = append(risks, v.forWhomOfJA(isBiometric)+"生体認証の特徴データが悪用され、同じ方式の生体認証を用いる場面で本人になりすまされるおそれも否定できません。この特徴データは、パスワードと異なり変更することができません。")
	}
	if names := v.identityDocsJA(); names != "" {
		who := v.forWhomOfJA(v.identityDoc)
		if who == "" {
			names = v.identityItemsJA() // each with its count where only some had it
		}
		risks = append(risks, who+names+"を第三者が悪用し、"+v.you+"になりすまして各種の契約等を申し込むおそれも否定できません。")
	}
	if leak, _, _ := v.kinds(); leak || len(v.data()) == 0 || v.cause().Attack() {
		// Data only lost or damaged by a mistake reached no one (58: slips
		// dissolved under a certificate): no ground for the risk of mails
		// using it (F175); the request to beware of them stays.
		if v.shownToStaff() {
			// Who viewed it is not known, only that they were staff (137).
			risks = append(risks, "閲覧できたのは"+v.weJA()+"の"+v.staffJA()+"に限られ、現時点で、情報が外部に持ち出され、又は第三者に伝えられたことは確認されておりません。")
		} else if v.knownRecipients() && v.cause() == incident.CauseInsiderViewing {
			risks = append(risks, "閲覧した"+v.staffJA()+"は特定されており、現時点で、情報が外部に持ち出され、又は第三者に伝えられたことは確認されておりません。")
		} else if v.knownRecipients() {
			r := "対象の情報が渡った相手は特定されており、現時点で、それ以外の第三者に広がったことは確認されておりません。"
			if c, n, some := v.lastDeletion().DeletedBySome(); some {
				// Not every recipient confirmed the deletion (114: 268 of
				// 312, the rest personal addresses that never answered):
				// the data may still sit with them, and the report says so
				// where it says who has it.
				among, unit := v.deletedAmongJA(v.lastDeletion(), n)
				r += "ただし、" + among + "のうち" + grouped(int64(n-c)) + unit + "では、削除を確認できておりません。"
			}
			risks = append(risks, r)
		} else if ch := v.channelsJA(); ch != "" && !leak && v.cause().Attack() {
			// Data an attacker destroyed or encrypted, no leak stated (129:
			// a hospital's charts encrypted with their backup, no sign of
			// exfiltration): the same sentence read as if the data had
			// gone out, in a notice that speaks of 毀損 only.
			risks = append(risks, "現時点で、対象の情報の外部への持ち出しは確認されておりませんが、その可能性を完全には否定できないため、"+v.weJA()+"や公的機関等をかたる不審な"+ch+"が届くおそれがあります。")
		} else if ch != "" {
			risks = append(risks, v.weJA()+"や公的機関等をかたる不審な"+ch+"が届くおそれがあります。")
		}
	}
	if v.hasFlag("sensitive") && !protected {
		if v.formal() {
			risks = append(risks, "要配慮個人情報が含まれるため、本人の権利利益が害されるおそれがあります。")
		} else {
			risks = append(risks, v.forWhomJA("sensitive")+v.sensitiveWhatJA()+"など、特に慎重な取扱いを要する情報が含まれております。")
		}
	}
	if !v.formal() && v.lossOnly() {
		// Nobody holds it: the loss, not its reading, is the harm (171).
		return append([]para{p("p1", s)}, v.lostHarmJA()...)
	}
	ps := []para{p("p1", s)}
	if protected {
		ps = append(ps, p("protected", "対象の情報は高度な暗号化により保護されており、復号に必要な鍵（パスワード）の漏えいは確認されていないため、第三者が内容を閲覧するおそれは低いと考えております。"))
	}
	if len(risks) > 0 {
		ps = append(ps, p("risks", strings.Join(risks, "")))
	}
	if e, ok := v.first(incident.EvCardAcquirer); ok && v.hasFlag("card") {
		ps = append(ps, p("card", v.evDateJA(e)+"、クレジットカード会社に本件を連絡し、対象となるカードの不正利用の監視について協力を依頼しております。"))
	}
	if !v.formal() && v.inc.Risk.SecondaryHarm != incident.Unknown {
		ps = append(ps, p("watch", v.weJA()+"では、二次被害の防止に向けて、引き続き状況の把握に努めてまいります。"))
	}
	return ps
}

// harmNoteJA is the company's note on the harm, in brackets, for the
// authorities' documents: item 5 of Rules Art. 8(1) is the harm or its risk
// "and what it is", and what the company knows of it belongs there whether
// or not harm has been seen (80: 「このデータだけでは契約者の氏名等は分からな
// い…」 was dropped because the harm was still being looked into). The
// persons' documents never quote it (F91).
func (v *view) harmNoteJA() string {
	n := strings.TrimRight(strings.TrimSpace(v.inc.Risk.SecondaryHarmNote), "。")
	if n == "" || !v.formal() {
		return ""
	}
	return "（" + n + "）"
}

// neverAskJA is what the organisation will never ask for, whatever data was
// affected (a fraudster asks for any of them): a bank account number and My
// Number only where the organisation has no business asking its readers for
// them (asksForAccounts).
func (v *view) neverAskJA() string {
	if v.asksForAccounts() {
		return "クレジットカード番号、セキュリティコード、暗証番号、ID・パスワード"
	}
	if !v.readersMayLiveInJapan() {
		// Readers all stated to live outside Japan: My Number is Japan's
		// and nothing they hold (96: a Korean subsidiary's customers were
		// told it never asks for their マイナンバー), as in English.
		return "クレジットカード番号、セキュリティコード、銀行の口座番号、暗証番号、ID・パスワード"
	}
	return "クレジットカード番号、セキュリティコード、銀行の口座番号、暗証番号、ID・パスワード、マイナンバー（個人番号）"
}

// noATMJA: a local body's residents and insured are the targets of 還付
// 金詐欺 (a caller posing as the city's office has them operate an ATM to
// "receive a refund", 56): its notice says it never asks that.
func (v *view) noATMJA() string {
	if v.inc.Org.Kind != incident.Local || (v.group != "住民の皆さま" && v.group != "被保険者の皆さま") {
		return ""
	}
	return "また、還付金等のお支払いのために、ATM（現金自動預払機）の操作をお願いすることも一切ございません。"
}

// asksForAccounts: the organisation may rightly ask its readers for a bank
// account number or My Number, so a notice must not promise it never will.
// An employer asks its staff for both (payroll, 年末調整), a company its
// business partners for an account and its shareholders for both, a health
// insurance society its insured for My Number, a school or university its
// pupils and students (fees, scholarships), a bank, an insurer or a
// securities firm its own customers; a notice to persons not known to be
// consumers (皆さま, 関係者) promises neither. Only consumers, patients,
// examinees and a public body's residents and insured are told both are never asked for.
func (v *view) asksForAccounts() bool {
	switch v.inc.Org.Sector {
	case "finance", "insurance":
		return true
	}
	// A business that holds every reader's My Number as its own data asked
	// them for it and will again (118: a tax accountant files its clients'
	// returns with their My Number and refund account, and told them it
	// never asks for either). Not a public body (the government's own
	// warning is that no office asks for My Number by phone: 21), nor a
	// number some persons happened to show (81: one ID image of a My Number
	// card), nor data held for an entrustor.
	if !v.inc.Org.Kind.IsPublic() {
		for _, s := range v.data() {
			if s.Role == incident.Processor {
				continue
			}
			for _, c := range s.categories() {
				if c.ID == "my_number" && (!c.Persons.Known || !s.persons.Known || c.Persons.N >= s.persons.N) {
					return true
				}
			}
		}
	}
	switch v.group {
	case "お客様", "患者さま", "ご利用者の皆さま", "受診者の皆さま", "住民の皆さま", "被保険者の皆さま":
		return false
	}
	return true
}

// businessMail: the notice goes to business contacts whose e-mail
// addresses went (112: a maker's scanned business cards): the fraud they
// face is an e-mail in the company's name asking to change the account
// their company pays into, which the consumer's warning does not name. A
// set named as business contacts beside other persons counts too: its
// readers are called 関係者 then (107: 「取引先の担当者」 described as
// customers and suppliers, whose accounting mailbox was taken and invoices
// redirected, were not warned of it).
func (v *view) businessMail() bool {
	if !v.hasCategory("email") {
		return false
	}
	if v.group == "お取引先の皆さま" || v.group == "取引先" {
		return true
	}
	// A notice's own sets; an announcement to everyone keeps to its
	// readers' name.
	return v.kind == KindNotice && slices.ContainsFunc(v.data(), func(s *setView) bool {
		name := strings.ToLower(s.Name)
		return slices.ContainsFunc(businessContactWords, func(w string) bool { return strings.Contains(name, w) })
	})
}

// requestJA is what the reader should do.
func (v *view) requestJA() []para {
	who := v.weJA() + "や公的機関"
	if v.hasFlag("card") {
		who += "、クレジットカード会社"
	}
	var ps []para
	extorted := false
	if lost := v.unrestorableSets(); len(lost) > 0 {
		// Data destroyed with no copy kept (129): what that means for the
		// readers (records to bring again, details to register again) only
		// the company can say; the sentence asks it to.
		what := "お預かりしていた情報は"
		if len(lost) < len(v.data()) {
			var names []string
			for _, s := range lost {
				names = append(names, v.setNameJA(s))
			}
			what = "お預かりしていた情報のうち、" + strings.Join(names, "及び") + "の情報は"
		}
		ps = append(ps, p("unrestorable", what+"、復元できない状態です。"+
			v.fill("これに伴い対象の方にお願いすること（例：お手元の書類・記録のご提示、情報の再度のご登録）と、その方法", "what the persons are asked to do since the data cannot be restored (e.g. show documents or records they hold, register their details again), and how")))
	}
	if v.imagesOnly() {
		// Faces on camera footage, no contact detail: nobody can write to
		// them with it, and what they can do is tell the company where
		// the images are (86: a barber chain's customers on an overseas
		// viewing site were warned of fake e-mails and told the company
		// never asks for card numbers). What is never asked is still
		// said: every notice says it (TestEveryNoticeWarnsBroadly).
		ps = append(ps,
			p("images", "ご自身が写った画像・映像をインターネット上で見つけられた場合は、下記のお問い合わせ窓口までお知らせください。"+v.weJA()+"から掲載先に削除を依頼いたします。"),
			p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、"+v.neverAskJA()+"等をお尋ねすることは一切ございません。"+v.noATMJA()))
	} else if !v.knownRecipients() && (v.noWayToReach() || v.lossOnly()) {
		// Nothing in the data reaches the persons (140: names, classes
		// and disability types): no warning of fake mails; what is never
		// asked is still said, and the harm there is (for special-care
		// data, how others may treat them) is theirs to tell us of. Data
		// nobody holds (lossOnly: an insider's deletion with nothing
		// copied, F1528) is no one's to write to them with either.
		ps = append(ps, p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、"+v.neverAskJA()+"等をお尋ねすることは一切ございません。"+v.noATMJA()))
		if v.hasFlag("sensitive") {
			ps = append(ps, p("concerns", "本件に関して、ご本人への心ない言動や不当な扱いなど、ご心配なことやお気づきの点がございましたら、下記のお問い合わせ窓口までご相談ください。"))
		} else {
			ps = append(ps, p("concerns", "本件に関して、ご心配なことやお気づきの点がございましたら、下記のお問い合わせ窓口までご相談ください。"))
		}
	} else if !v.knownRecipients() {
		warn := p("phishing", who+"等を装った不審なメール、SMS、電話、郵便物にご注意ください。身に覚えのない連絡には応じず、記載されたリンクや添付ファイルを開かないようお願いいたします。")
		if v.extortion() {
			// The one who has the data writes to each person for money
			// (151): that, not fake messages in general, is what they face.
			warn, extorted = v.extortionJA(), true
		}
		ps = append(ps, warn,
			p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、"+v.neverAskJA()+"等をお尋ねすることは一切ございません。"+v.noATMJA()))
		if v.businessMail() {
			ps = append(ps, p("bec", v.weJA()+"の役職員を装い、お支払先の口座の変更や請求書のお支払いを求めるメール（ビジネスメール詐欺）にご注意ください。お支払先の変更などのご依頼を受けられた場合は、メール以外の方法で"+v.weJA()+"の担当者にご確認ください。"))
		}
	}
	if v.inc.Cause.OnPlatform() && v.accountCause() {
		// The account misused can message them in our name (72: guests
		// sent phishing links through the booking site's messaging).
		ps = append(ps, p("platform", v.platformJA(true)+"の"+v.weJA()+"アカウントから届いたメッセージであっても、第三者が送ったものである場合があります。カード情報等の入力を求めるリンクは開かず、ご不明な点は下記の窓口までお問い合わせください。"))
	}
	if v.hasFlag("card") && v.inc.CardIssuer() {
		// The organisation issued the cards (111): it is the card company
		// the persons would call, and it reissues the cards itself.
		ps = append(ps, p("card", v.forWhomJA("card")+"カードのご利用明細に身に覚えのない請求がないか、ご確認をお願いいたします。万一、身に覚えのない請求がございましたら、下記のお問い合わせ窓口までご連絡ください。"))
	} else if v.hasFlag("card") {
		ps = append(ps,
			p("card", v.forWhomJA("card")+"お手元のクレジットカードのご利用明細に身に覚えのない請求がないか、ご確認をお願いいたします。万一、身に覚えのない請求がございましたら、カード裏面に記載のカード会社の窓口までお問い合わせください。"),
			p("reissue", "カードの再発行を希望される場合は、カード裏面に記載のカード会社の窓口にお申し付けください。再発行に伴う手数料は、"+v.weJA()+"が負担いたします。"))
	}
	if v.extortion() && !extorted {
		ps = append(ps, v.extortionJA())
	}
	if v.safetyAtRisk() {
		ps = append(ps, v.safetyJA()...)
	} else if v.childrenFindable() {
		ps = append(ps, p("safety", "お子さまの身の回りで不審な人物や連絡に気づかれた場合は、最寄りの警察署にご相談いただくとともに、下記のお問い合わせ窓口までお知らせください。"))
	} else if v.paperAddressesOut() {
		ps = append(ps, p("visits", "ご自宅への心当たりのない訪問や、"+v.weJA()+"の担当者等を名乗る連絡があった場合は、その場で応じず、下記のお問い合わせ窓口にご確認いただくか、最寄りの警察署にご相談ください。"))
	}
	if v.identityDocsJA() != "" {
		// A licence is not reissued for a leak of its image (Road Traffic
		// Act Art. 94: lost, destroyed, soiled or broken): the advice is to
		// watch for contracts made in one's name (81: 1.7 million ID
		// document images).
		s := v.forWhomOfJA(v.identityDoc) + "身に覚えのない契約や請求に関する連絡があった場合や、申し込んでいないカード・商品等が届いた場合は、応じずに、最寄りの警察署又は下記のお問い合わせ窓口までご相談ください。"
		if v.readersMayLiveInJapan() {
			// Japan's credit bureaus record a person's own declaration
			// that their identity papers may be misused (本人申告).
			s += "なりすましによるクレジットカードの作成や借入れが心配な場合は、信用情報機関の本人申告制度（本人確認書類の紛失・盗難等を登録し、審査の際に参照される制度）のご利用もご検討ください。"
		}
		ps = append(ps, p("identity", s))
	}
	if slices.ContainsFunc(v.categoriesOf(), isPassport) {
		// A passport's number and copy are misused to pose as its holder
		// anywhere (113: guests from Korea, China, the US and Europe);
		// only the issuing country can say whether to report it or issue a
		// new one, and the holder asks it.
		ps = append(ps, p("passport", v.forWhomOfJA(isPassport)+"旅券（パスポート）の情報の悪用が心配な場合は、旅券を発行した機関（日本国の旅券は都道府県の旅券窓口又は在外公館、外国の旅券は発行国の旅券当局又はその大使館・領事館）にご相談ください。"))
	}
	if v.myNumberOut() {
		ps = append(ps, p("mynumber", v.forWhomJA("mynumber")+"個人番号（マイナンバー）が漏えいして不正に用いられるおそれがあると認められるときは、お住まいの市区町村に個人番号の変更を請求することができます（行政手続における特定の個人を識別するための番号の利用等に関する法律第7条第2項）。"))
	}
	if v.healthInsuranceInJapan() {
		ps = append(ps, p("health-insurance", v.forWhomOfJA(isHealthInsurance)+"ご加入の健康保険の保険者から届く医療費通知（「医療費のお知らせ」等）やマイナポータルの医療費通知情報で、受けていない診療や調剤が記載されていないか、ご確認ください。心当たりのないものがございましたら、ご加入の保険者にご連絡ください。"))
	}
	if slices.ContainsFunc(v.categoriesOf(), v.paymentLogin) && !v.ownBank() {
		ps = append(ps, p("charges", v.forWhomOfJA(v.paymentLogin)+"身に覚えのないご利用がないか、"+v.weJA()+"のサービスのご利用履歴と、ご登録のクレジットカード・銀行口座等のご利用明細をご確認ください。身に覚えのないご利用がございましたら、下記のお問い合わせ窓口までご連絡ください。"))
	}
	if slices.ContainsFunc(v.categoriesOf(), v.bankAccountOut) {
		ps = append(ps, p("bank", v.forWhomOfJA(v.bankAccountOut)+v.bankRequestJA()))
	}
	if slices.ContainsFunc(v.categoriesOf(), isFinanceAccount) {
		ps = append(ps, p("finance-account", v.forWhomOfJA(isFinanceAccount)+"ローン・リース・証券等のご契約の口座に、身に覚えのないお支払い・お取引やご契約内容・ご連絡先の変更がないか、ご利用明細やお取引報告等でご確認ください。身に覚えのないものがございましたら、その口座を管理する会社（当社のご契約については下記のお問い合わせ窓口）にご連絡ください。"))
	}
	if v.hasFlag("password") || v.credentialsConcern() {
		// Staff log into the organisation's systems, not a service it
		// offers them (122: store staff's admin accounts).
		what := v.weJA() + "のサービスでご利用のパスワード"
		if v.toStaff() {
			what = "対象となった業務用アカウントのパスワード"
		}
		ps = append(ps, p("password", v.forWhomJA("password")+what+"を変更していただきますよう、お願いいたします。同じパスワードを他のサービスでもお使いの場合は、そちらも変更されることをお勧めいたします。"))
	}
	if len(ps) == 0 {
		// The recipient is known and nothing else calls for a request
		// (119: a contractor's subcontractor held the forms): the readers
		// are still asked to tell of anything they notice, so that the
		// section a notice needs is not empty.
		// Guardians are asked of their children's data, not their own (160:
		// 「生徒・保護者の皆さまへ」 about 29 pupils' records, F1180).
		whose := "ご自身"
		if _, ok := childrenOf(v.you); ok {
			whose = v.whoseJA()
		}
		ps = append(ps, p("tell-us", whose+"の情報に関して、身に覚えのない連絡など、お気づきの点がございましたら、下記のお問い合わせ窓口までお知らせください。"))
	}
	return ps
}

// sensitiveWhatJA names the special-care items the notice speaks of, for
// 「…など、特に慎重な取扱いを要する情報が含まれております」: health
// check-ups, medical history and medical records are 健康や診療に関する情報;
// any other special-care item is named itself (48: a city's disability
// records were told as 「健康や診療に関する情報」; a creed, a criminal
// record or a crime suffered would have been too).
func (v *view) sensitiveWhatJA() string {
	var names []string
	health := true
	for _, c := range v.categoriesOf() {
		if !v.flagged("sensitive")(c) {
			continue
		}
		switch c.ID {
		case "health_checkup", "medical_history", "medical_record":
		default:
			health = false
		}
		if n := v.categoryJA(c); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if health || len(names) == 0 {
		return "健康や診療に関する情報"
	}
	return strings.Join(names, "、") + "に関する情報"
}

// isBankAccount: the item is a bank account's details (with or without its
// PIN). Whoever holds them can try withdrawals, transfers or direct debits
// with what else they know (123: a sales agency's officer took customers'
// account numbers with a four-digit PIN of the phone company's; 62 accounts
// were emptied where the bank PIN was the same), and the notice asked
// nothing of the readers about their accounts.
func isBankAccount(c incident.Category) bool {
	return c.ID == "bank_account" || c.ID == "bank_account_pin"
}

// isFinanceAccount: the item is the number of a loan, lease, brokerage or
// other financial account that is not a bank's deposit account. Its holder
// is asked to check for payments and changes they did not make, not for
// withdrawals and direct debits (144: a car-finance account number, whose
// readers were told to check their bank statements).
func isFinanceAccount(c incident.Category) bool { return c.ID == "finance_account" }

// ownBank: the organisation is a bank (当行, 当金庫): the bank accounts in
// its data are its own, and its login pays from them.
func (v *view) ownBank() bool {
	we := v.weJA()
	return we == "当行" || we == "当金庫"
}

// bankAccountOut: the item is a bank account's details, or, at a bank, the
// login to its service, which pays from the accounts held there: the bank
// asks of both in one request (176: an internet banking login, F1588),
// where another business asks of the login's registered cards and accounts
// apart (57).
func (v *view) bankAccountOut(c incident.Category) bool {
	return isBankAccount(c) || v.ownBank() && v.paymentLogin(c)
}

// bankRequestJA asks the readers to check their accounts, and tells them
// whom to call: their bank, or the organisation when it is the bank.
func (v *view) bankRequestJA() string {
	whom, acct, where := "お取引の金融機関", "お使いの金融機関の口座", "通帳やお取引明細"
	if v.ownBank() {
		// The accounts in a bank's data are its own (176, F1586), and
		// so are those its login pays from (F1588).
		whom, acct = "下記のお問い合わせ窓口", v.weJA()+"の口座"
		if slices.ContainsFunc(v.categoriesOf(), v.paymentLogin) {
			where = v.weJA() + "のサービスのご利用履歴、" + where
		}
	}
	s := acct + "に、身に覚えのない出金・振込・口座振替などのお取引がないか、" + where + "でご確認ください。身に覚えのないお取引がございましたら、" + whom + "にご連絡ください。"
	if slices.ContainsFunc(v.categoriesOf(), func(c incident.Category) bool { return c.ID == "bank_account_pin" }) {
		s += "暗証番号の変更についても、" + whom + "にご相談ください。"
	}
	return s
}

// isBiometric: the item is a biometric template (an identification code
// made from the face, fingerprints, veins …; Enforcement Order Art. 1(1)).
func isBiometric(c incident.Category) bool { return c.ID == "biometric" }

// isPassport: the item is a passport number (旅券番号).
func isPassport(c incident.Category) bool { return c.ID == "passport_number" }

// isHealthInsurance: the item is a health insurance card's symbol and
// number (健康保険証の記号・番号).
func isHealthInsurance(c incident.Category) bool { return c.ID == "health_insurance" }

// healthInsuranceInJapan: health insurance numbers are among the items and
// the readers may live in Japan, where what was billed in a member's name
// shows on the insurer's medical expense notice (医療費通知) and in
// Mynaportal's medical expense information. The readers are asked to look
// there for care they did not receive and to tell their insurer (F1262: a
// Japanese notice about 被保険者記号・番号 asked nothing; the US notices ask
// for the explanation of benefits, healthPlanEN). The insurer is named as
// theirs, which is right when the company is that insurer too.
func (v *view) healthInsuranceInJapan() bool {
	return slices.ContainsFunc(v.categoriesOf(), isHealthInsurance) && v.readersMayLiveInJapan()
}

// paperAddressesOut: the persons' addresses were on papers, a device or a
// medium lost or stolen, and it is not known into whose hands they went:
// whoever has them knows where the persons live, and may call at their
// home or call them in the organisation's name (85: a list of welfare
// recipients' names, addresses and phones lost from a car's roof, whose
// notice warned only of card and My Number phishing).
func (v *view) paperAddressesOut() bool {
	if leak, _, _ := v.kinds(); !leak || v.knownRecipients() || !v.hasCategory("address") {
		return false
	}
	return v.cause() == incident.CauseLoss || v.cause() == incident.CauseTheft
}

// identityDoc: an item that is the number of an identity document someone
// could present as the person's (a driver's licence, a passport, a US SSN).
// My Number is not among them: it is not an identity document by itself,
// and the law forbids identifying a person by the number alone (My Number
// Act Art. 16: its holder's identity is checked as well).
func (v *view) identityDoc(c incident.Category) bool {
	return v.carries(c, "id_number") && !v.carries(c, "mynumber")
}

// identityDocsJA names the identity-document items of a leak whose
// recipients are not known (「運転免許証番号、旅券番号等」), "" when there is
// none, the data was only lost or damaged, or it went only to recipients
// identified (a letter to the wrong address, 05). Someone holding them can
// pose as the person: the notice says so and what to watch for (81: a
// matching app's 1.7 million ID document images were told only of fake
// letters).
func (v *view) identityDocsJA() string {
	if leak, _, _ := v.kinds(); !leak || v.knownRecipients() {
		return ""
	}
	var names []string
	for _, c := range v.categoriesOf() {
		if v.identityDoc(c) {
			if n := v.categoryJA(c); !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	if len(names) == 0 {
		return ""
	}
	return strings.Join(names, "、") + "等"
}

// identityItemsJA is identityDocsJA with the count of each item that only
// some of its set's persons had: 「運転免許証番号（うち約103万名）、旅券番号等」.
func (v *view) identityItemsJA() string {
	var names, seen []string
	for _, s := range v.data() {
		for _, c := range s.Categories {
			if !v.identityDoc(c) || slices.Contains(seen, v.categoryJA(c)) {
				continue
			}
			seen = append(seen, v.categoryJA(c))
			if sets, all := v.holders(func(x incident.Category) bool { return sameCategory(x, c) }); !all && len(sets) > 0 && !(c.Persons.Known && s.persons.Known && c.Persons.N < s.persons.N) {
				// Held by some sets only, and no count says so (108:
				// the employees' driving licence numbers beside their
				// dependants' SSNs read as everyone's): whose it is.
				var of []string
				for _, h := range sets {
					of = append(of, v.setNameJA(h))
				}
				names = append(names, v.categoryJA(c)+"（"+strings.Join(of, "・")+"のみ）")
				continue
			}
			names = append(names, v.itemJA(c, s.persons))
		}
	}
	return strings.Join(names, "、") + "等"
}

// myNumberOut: a My Number leaked to someone not identified, of persons who
// may live in Japan. The municipality changes a number leaked and likely to
// be misused, on its holder's request (My Number Act Art. 7(2)); the PPC
// asked businesses to tell the persons so (its 2015 notice on My Number
// leaks, as Japanese cities relay it). 81: one member's My Number card was
// among the stolen images, and the notice said nothing of it.
func (v *view) myNumberOut() bool {
	if leak, _, _ := v.kinds(); !leak || v.knownRecipients() || !v.readersMayLiveInJapan() {
		return false
	}
	return v.hasFlag("mynumber")
}

// latinOnly: s has letters and all of them are Latin (a description typed
// in English).
func latinOnly(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// extortion: the persons are (or may be) asked for money by whoever has
// the data (Risk.Extortion).
func (v *view) extortion() bool { return v.inc.Risk.Extortion == incident.Yes }

// safetyAtRisk: someone who obtained the data may put the persons'
// safety at risk (Risk.SafetyAtRisk): a stalker who looked up an address.
// A notice to one set asks that set (a set may answer no, F1222); a
// document to everyone asks whether any set it speaks of is at risk.
func (v *view) safetyAtRisk() bool {
	if v.reader != nil {
		return v.inc.SafetyAtRisk(v.reader.DataSet)
	}
	if len(v.scope) == 0 {
		return v.inc.Risk.SafetyAtRisk == incident.Yes
	}
	return slices.ContainsFunc(v.scope, func(s *setView) bool { return v.inc.SafetyAtRisk(s.DataSet) })
}

// extortionJA: what to do with a demand for money. Paying buys nothing
// the sender can be held to, and a reply tells them the address is read;
// the message kept is what the police need.
func (v *view) extortionJA() para {
	return p("extortion", "本件に関連して、情報を公開しないことなどと引き換えに金銭の支払いを求めるメール、SMS、電話、郵便物等が届くことがあります。このような連絡を受けられた場合は、支払いや返信をせず、記載されたリンクや添付ファイルも開かずに、届いた連絡をそのまま保存し、最寄りの警察署にご相談いただくとともに、下記のお問い合わせ窓口までお知らせください。")
}

// safetyJA: what to do when in danger, and what the company did for the
// person's safety, which only it can say. 110 is Japan's police emergency
// number and #9110 the police's consultation line (警察相談専用電話, the
// National Police Agency's page on it); for readers all abroad, their own
// police.
func (v *view) safetyJA() []para {
	s := "身の危険を感じたときは、ためらわずに警察に通報してください。つきまといや待ち伏せ、不審な連絡など、ご不安なことがあるときは、最寄りの警察にご相談ください。"
	if v.readersMayLiveInJapan() {
		s = "身の危険を感じたときは、ためらわずに110番通報してください。つきまといや待ち伏せ、不審な連絡など、ご不安なことがあるときは、最寄りの警察署又は警察相談専用電話（#9110）にご相談ください。"
	}
	if v.kind != KindNotice {
		// An announcement does not speak of what was done for one
		// person: it could point to them.
		return []para{p("safety", s)}
	}
	return []para{
		p("safety", s),
		p("safety-measures", v.weJA()+"は、"+v.fill("ご本人の安全のために講じた措置（例：関係者とご本人との接触の禁止、警察との連携、ご連絡先・ご住所の変更への協力）", "what you did for the person's safety (e.g. the person involved barred from contact with them, work with the police, help with changing their contact details or address)")+"。ご不安なことやご要望がございましたら、下記のお問い合わせ窓口までご連絡ください。"),
	}
}
