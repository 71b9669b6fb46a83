package draft

import (
	"slices"
	"strconv"
	"strings"

	"breachdesk/app/incident"
)

// How the Japanese documents name a cause, who told the company, an
// intrusion and each kind of event on the timeline.

// causeWords name a cause in a sentence (of), in a title (short) and as
// the first line of a case's steps (start).
type causeWords struct{ of, short, start string }

// causeWordsJA names each kind of cause in Japanese. A misdelivery is named by its channel (misdeliveryJA).
var causeWordsJA = map[incident.CauseKind]causeWords{
	incident.CauseUnauthorizedAccess: {"第三者による不正アクセス", "不正アクセス", "不正アクセスの開始"},
	incident.CauseCredentialStuffing: {"他のサービス等で入手されたとみられるID・パスワードを使った第三者による不正ログイン", "不正ログイン", "不正ログインの開始"},
	// A virus that came in an attachment is not 不正アクセス (45: Emotet's
	// notice was titled 「不正アクセスによる…」 and its time line began
	// 「不正アクセスの開始」).
	incident.CauseMalware:       {"マルウェア（コンピュータウイルス）への感染", "ウイルス感染", "マルウェア（コンピュータウイルス）への感染"},
	incident.CauseTargetedEmail: {"標的型メール攻撃によるマルウェア感染", "標的型メール攻撃", "標的型メールによるマルウェア感染"},
	incident.CauseWebSkimming:   {"決済画面の改ざん（いわゆるWebスキミング）", "決済画面の改ざん", "決済画面の改ざん"},
	incident.CauseInsider:       {"従業者による不正な持ち出し", "不正な持ち出し", "従業者による持ち出しの開始"},
	// Papers, a device or a storage medium: the facts do not say which
	// (43: printed files left on a train were 「記録媒体の紛失」).
	incident.CauseLoss:             {"書類・記録媒体等の紛失", "書類・記録媒体等の紛失", "書類・記録媒体等の紛失"},
	incident.CauseTheft:            {"盗難", "盗難", "盗難"},
	incident.CauseRansomware:       {"ランサムウェアによる攻撃", "ランサムウェア被害", "ランサムウェアによる攻撃の開始"},
	incident.CauseMisconfiguration: {"システムの設定の誤り", "設定の誤り", "設定の誤りの発生"},
	// A program that did not check whose data it showed is no setting (115).
	incident.CauseDefect: {"システムの不具合（プログラムの誤り）", "システムの不具合", "システムの不具合の発生"},
	// A file shared with people inside who should not have seen it (49:
	// a teacher's file in the pupils' folder) is not a setting's error.
	incident.CauseMispublication: {"個人情報を含むファイル等の誤った共有", "ファイル等の誤共有", "ファイル等の誤った共有"},
	// What staff typed into a translation site or an AI service left
	// through their own act; the site, not the company, kept or showed it
	// (71: not 「ファイル等の誤掲載」).
	incident.CauseOutsideService: {"外部サービスへの業務情報の入力", "外部サービスへの入力", "外部サービスへの業務情報の入力"},
	// A flood, an earthquake or a fire: no attack and no one's act, and
	// the facts do not say which (171: a river's flood was the 「本件の原因
	// となる事象」 of a cause entered as other). The time line's first line
	// is the event itself.
	incident.CauseDisaster: {"自然災害・事故等", "災害・事故等", "災害・事故等の発生"},
}

// mispublishedJA: a file published on the internet by mistake (48: a
// sheet hidden in a spreadsheet on the city's site) is 誤掲載, told apart
// from a file shared inside by mistake by whether a set was viewable by
// anyone on the internet.
var mispublishedJA = causeWords{"個人情報を含むファイル等の誤掲載", "ファイル等の誤掲載", "ファイル等の誤掲載"}

// postedOnline: a set was (or may have been) viewable by anyone on the
// internet, which tells a file posted by mistake (誤掲載) from one shared
// inside by mistake (誤共有) in every sentence about it.
func (v *view) postedOnline() bool {
	on, _ := v.exposedOnline()
	return on
}

// phishedPasswordJA: a targeted e-mail that led to a fake login page and
// took a password, with which the sender logged in (107: a mailbox taken
// over for payment fraud), is no malware infection.
var phishedPasswordJA = causeWords{"標的型メール（フィッシング）で詐取されたパスワードによる第三者の不正ログイン", "標的型メール攻撃", "標的型メール（フィッシング）によるパスワードの詐取"}

// phishedPassword: the cause is a targeted e-mail whose description tells a
// password or login taken through a fake page (phishing) and no malware or
// virus. The user's classification stays; only its wording follows the
// description (as misdeliveryBy and formerInsider read it).
func (v *view) phishedPassword() bool {
	if v.cause() != incident.CauseTargetedEmail {
		return false
	}
	d := strings.ToLower(v.inc.Cause.Description)
	if affirms(d, malwareWords) {
		return false
	}
	for _, w := range []string{"パスワード", "偽のログイン", "偽ログイン", "フィッシング", "password", "phishing", "credential", "fake login"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// phishedLoginJA: logins with IDs and passwords the persons typed into a
// fake copy of the company's site (176: a net bank's customers led there
// by text messages) were obtained from no other service; the first act is
// the phishing, not a login.
var phishedLoginJA = causeWords{"偽のサイト（フィッシングサイト）で詐取されたID・パスワード等を使った第三者による不正ログイン", "不正ログイン", "フィッシング（偽のサイトへの誘導）の開始"}

// phishedLogin: the cause is credential stuffing (the kind a user picks for
// logins with credentials obtained elsewhere, the list having no phishing)
// whose description tells a fake site or phishing, not denied. The user's
// classification stays; only its wording follows the description, as
// phishedPassword.
func (v *view) phishedLogin() bool {
	if v.cause() != incident.CauseCredentialStuffing {
		return false
	}
	return affirms(strings.ToLower(v.inc.Cause.Description), []string{"フィッシング", "偽サイト", "偽のサイト", "偽のログイン", "偽ログイン", "phishing", "fake site", "fake website", "fake copy", "fake login", "fake page"})
}

// lostDevice: what was lost or stolen is a device (a smartphone, a
// laptop, a tablet), as the cause's description tells it, and the
// description names no papers or storage medium (177: a sales agent's
// phone, told as 「書類・記録媒体等の紛失」; 110: a PC stolen with two
// files keeps the general words). The ID documents whose images a phone
// held are its contents, not a second thing lost. The user's
// classification stays; only its wording follows the description, as
// phishedPassword.
func (v *view) lostDevice() bool {
	if c := v.cause(); c != incident.CauseLoss && c != incident.CauseTheft {
		return false
	}
	d := strings.ToLower(v.inc.Cause.Description)
	d = strings.ReplaceAll(d, "確認書類", "")
	for _, w := range paperOrMediaWords {
		if strings.Contains(d, w) {
			return false
		}
	}
	for _, w := range deviceWords {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// deviceWords name a device in a description of a loss or theft; "PC" only
// with a word before or after that makes it one (not the letters in a word).
var deviceWords = []string{"スマートフォン", "スマホ", "携帯電話", "携帯端末", "iphone", "android", "タブレット", "ipad", "ノートpc", "業務用pc", "pcを", "pcが", "パソコン", "laptop", "smartphone", "mobile phone", "tablet", "notebook computer"}

// paperOrMediaWords name papers or a storage medium (a disk's encryption
// is the laptop's, not a medium of its own).
var paperOrMediaWords = []string{"書類", "紙", "名簿", "用紙", "伝票", "帳票", "リスト", "ファイル", "usb", "メモリ", "記録媒体", "外付け", "テープ", "cd-r", "dvd", "sdカード", "paper", "document", "file", "tape", "external drive", "memory stick"}

// lostThingJA names what was lost or stolen: a device when the description
// says so (lostDevice), else papers, a device or a medium.
func (v *view) lostThingJA() string {
	if v.lostDevice() {
		return "端末"
	}
	return "書類・記録媒体等"
}

// malwareWords tell, in a cause's description, that malicious software ran.
var malwareWords = []string{"マルウェア", "ウイルス", "ウィルス", "malware", "virus", "emotet", "トロイ", "trojan", "添付ファイルを開", "opened the attachment"}

// deceivedSenderJA: an e-mail that impersonated someone the employee
// trusted (the chief executive, a business partner) and led the employee to
// send the data to its sender (a W-2 or payroll request in a chief
// executive's name): no malware ran and no account was taken, so neither
// 「マルウェア感染」 nor 「不正ログイン」 is true of it. The staff word is the
// organisation's (staffJA).
func (v *view) deceivedSenderJA() causeWords {
	s := v.staffJA()
	return causeWords{"なりすましメールにだまされた" + s + "による第三者への情報の送信", "なりすましメール", "なりすましメールの受信"}
}

// deceivedSender: the cause is a targeted e-mail whose description tells
// an impersonation and that the data was sent (replied, attached) in answer
// to it, and neither malware (unless denied: "no malware") nor a password
// taken through a fake page. The user's classification stays; only its
// wording follows the description, as phishedPassword.
func (v *view) deceivedSender() bool {
	if v.cause() != incident.CauseTargetedEmail || v.phishedPassword() {
		return false
	}
	d := strings.ToLower(v.inc.Cause.Description)
	if affirms(d, malwareWords) {
		return false
	}
	impersonated, sent := false, false
	for _, w := range []string{"なりすまし", "成りすまし", "を装", "を名乗", "impersonat", "posing as", "pretending to be", "appeared to come from", "appearing to come from", "spoof", "lookalike", "look-alike"} {
		impersonated = impersonated || strings.Contains(d, w)
	}
	for _, w := range []string{"送信し", "送付し", "返信し", "添付して", "replied", "sent ", "emailed", "e-mailed", "attached", "forwarded"} {
		sent = sent || strings.Contains(d, w)
	}
	return impersonated && sent
}

// affirms: some word of words occurs in d (lower case) and is not denied
// where it stands: "no malware", "without a virus", 「マルウェア感染はない」,
// 「ウイルスは検出されなかった」 deny it.
func affirms(d string, words []string) bool {
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(d[i:], w)
			if j < 0 {
				break
			}
			at := i + j
			before := d[max(0, at-12):at]
			after := d[at+len(w) : min(len(d), at+len(w)+30)]
			denied := false
			for _, n := range []string{"no ", "not ", "without ", "non-", "nor "} {
				denied = denied || strings.HasSuffix(before, n) || strings.Contains(before, n)
			}
			for _, n := range []string{"なし", "無し", "はな", "ない", "なかった", "ありません"} {
				denied = denied || strings.Contains(after, n)
			}
			if !denied {
				return true
			}
			i = at + len(w)
		}
	}
	return false
}

// formerInsiderJA: the data was taken by someone who had already left (70:
// a former employee had a colleague copy a folder after leaving), not by a
// 従業者 of the time.
var formerInsiderJA = causeWords{"元従業者による不正な持ち出し", "不正な持ち出し", "元従業者による持ち出し"}

// formerInsider: the cause's description says the person who took the data
// had left before (元職員, 元従業員, 退職後 …). A person who left after
// taking it (37: 退職前の営業社員) is still told as a 従業者.
func (v *view) formerInsider() bool {
	if v.cause() != incident.CauseInsider {
		return false
	}
	d := strings.ToLower(v.inc.Cause.Description)
	for _, w := range []string{"元職員", "元従業員", "元従業者", "元社員", "元スタッフ", "退職後", "former employee", "former staff", "after leaving", "after he left", "after she left"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// lookedUpAndUsed: an insider looked the data up and used it for their own
// purposes, and the user said nothing was copied or taken out
// (Cause.CopiedOut no). A former employee who had left is still told as
// taking (formerInsider): they had no screen to look at. Data only deleted
// or destroyed (insiderDestroyed) with nothing copied is a deletion, not a
// looking-up (F1528).
func (v *view) lookedUpAndUsed() bool {
	return v.cause() == incident.CauseInsider && v.inc.Cause.CopiedOut == incident.No && !v.formerInsider() && !v.insiderDestroyed()
}

// insiderDestroyed: an insider's act whose data sets are all marked lost
// or damaged and none leaked (DataSet.Kinds): the data was deleted or
// destroyed, not taken out. A set also marked leaked (a copy taken before
// the deletion) keeps the taking.
func (v *view) insiderDestroyed() bool {
	if v.cause() != incident.CauseInsider {
		return false
	}
	leak, loss, damage := v.kinds()
	return !leak && (loss || damage)
}

// staffJA is what the organisation calls its people when one of them told
// it of the incident: a public body's are 職員 (69: 「本市の従業者から報告を受領」),
// a university's 教職員, a hospital's 職員; a company's 従業者 (the Act's word).
func (v *view) staffJA() string {
	switch {
	case v.inc.Org.Kind.IsPublic():
		return "職員"
	case v.weJA() == "本学" || v.weJA() == "本学園":
		return "教職員"
	case v.weJA() == "当院", v.weJA() == "当事務所":
		return "職員"
	}
	return "従業者"
}

// causeWordsOfJA are the words of the incident's cause (causeWordsJA).
func (v *view) causeWordsOfJA() (causeWords, bool) {
	if v.cause() == incident.CauseMispublication {
		if v.postedOnline() {
			return mispublishedJA, true
		}
	}
	if v.phishedPassword() {
		return phishedPasswordJA, true
	}
	if v.phishedLogin() {
		return phishedLoginJA, true
	}
	if v.cause() == incident.CauseLoss && v.lostDevice() {
		return causeWords{"端末の紛失", "端末の紛失", "端末の紛失"}, true
	}
	if v.deceivedSender() {
		return v.deceivedSenderJA(), true
	}
	if v.insiderDestroyed() {
		// Deleted or destroyed, nothing said to have left (173: a former
		// employee's timed deletion of the customer ledger, told as
		// 「元従業者による不正な持ち出し」 with 「持ち出しが行われた可能性のある期間」).
		who := v.staffJA()
		if v.formerInsider() {
			who = "元従業者"
		}
		return causeWords{who + "による不正な削除・破棄", "不正な削除・破棄", who + "による不正な削除・破棄の開始"}, true
	}
	if v.formerInsider() {
		return formerInsiderJA, true
	}
	if v.lookedUpAndUsed() {
		// Read on the screen and used, nothing copied out (153: a mover
		// who looked up a customer's address and followed her was told as
		// 「従業者による不正な持ち出し」).
		s := v.staffJA()
		return causeWords{s + "による業務外の閲覧と私的な利用", "業務外の閲覧と私的な利用", s + "による業務外の閲覧の開始"}, true
	}
	if v.cause() == incident.CauseInsiderViewing {
		// Looked at, not taken out (84: 「従業者による不正な持ち出し」 beside
		// 「院外に持ち出した形跡は確認されていない」); the viewer is named as
		// the organisation calls its people.
		s := v.staffJA()
		return causeWords{s + "による業務外の閲覧", "業務外の閲覧", s + "による業務外の閲覧"}, true
	}
	w, ok := causeWordsJA[v.cause()]
	if ok && v.misusedFault() {
		// 149 (F970): 「設定の誤りによる個人情報漏えい」 for staff who looked
		// the customers up on purpose and used them; the timeline's first
		// line is still the fault's.
		w = causeWords{w.of + "と、それに乗じた閲覧の権限のない者による不正な目的での閲覧", w.short + "に乗じた不正な閲覧", w.start}
	}
	return w, ok
}

// misdeliveryJA names a misdelivery by its channel (misdeliveryBy).
func (v *view) misdeliveryJA() string {
	switch v.misdeliveryBy() {
	case "fax":
		return "FAXの誤送信"
	case "email":
		return "メールの誤送信"
	case "message":
		return "誤配信"
	case "handed":
		return "書類の誤交付"
	}
	return "書類の誤送付"
}

// misdeliveryBy is a misdelivery's channel as the cause's description
// says it: "fax" (55: a prescription faxed to a wrong number was told as
// 「書類の誤送付」, F157), "email", "message" (a message or file sent through
// an app, a chat or SMS: 63's kindergarten app was told as 「書類の誤送付」),
// "email" too for a file attached or sent to BCC recipients, "handed"
// (papers given over at a counter or by hand, 交付: 160's disclosure
// answered at the city hall was told as 「書類の誤送付」, F1188), else
// "post" (papers).
func (v *view) misdeliveryBy() string {
	d := strings.ToLower(v.inc.Cause.Description)
	switch {
	case strings.Contains(d, "fax") || strings.Contains(d, "ｆａｘ") || strings.Contains(d, "ファクス") || strings.Contains(d, "ファックス"):
		return "fax"
	case strings.Contains(d, "メール") || strings.Contains(d, "e-mail") || strings.Contains(d, "email"):
		return "email"
	case strings.Contains(d, "アプリ") || strings.Contains(d, "チャット") || strings.Contains(d, "メッセージ") || strings.Contains(d, "sms") ||
		strings.Contains(v.inc.Cause.Description, "LINE") || strings.Contains(d, "an app") || strings.Contains(d, "chat") || strings.Contains(d, "messag"):
		return "message"
	case strings.Contains(d, "bcc") || strings.Contains(d, "添付") || strings.Contains(d, "送信") || strings.Contains(d, "attach"):
		// Sent as an attachment, to BCC recipients (92: 「事務局用のファイル
		// を誤って添付し、488社にBCCで一斉送信した」, told as 「書類の誤送付」):
		// an e-mail, though the word is not written.
		return "email"
	case handedOver(d):
		return "handed"
	}
	return "post"
}

// handedOver: a misdelivery's description (lower-cased) tells of papers
// given over in person (交付, 手渡し, at a counter) and of no posting.
func handedOver(d string) bool {
	for _, w := range []string{"郵送", "郵便", "発送", "送付", "封入", "封筒", "mail", "post"} {
		if strings.Contains(d, w) {
			return false
		}
	}
	for _, w := range []string{"交付", "手渡", "窓口", "handed", "hand over", "counter"} {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// causeJA names the cause, where it arose first when that was a
// contractor: "第三者による不正アクセス", "委託先（株式会社A）における従業者による
// 不正な持ち出し"; "" when it is not known or "other".
func (v *view) causeJA() string {
	if c := v.causeBareJA(); c != "" {
		return v.atJA(true) + c
	}
	return ""
}

// causeBareJA names the cause without where it arose.
func (v *view) causeBareJA() string {
	if v.cause() == incident.CauseMisdelivery {
		return v.misdeliveryJA()
	}
	w, _ := v.causeWordsOfJA()
	return w.of
}

// causeShortJA is the cause as a title uses it ("委託先における不正アクセス":
// a title names no contractor).
func (v *view) causeShortJA() string {
	w, _ := v.causeWordsOfJA()
	c := w.short
	if v.cause() == incident.CauseMisdelivery {
		c = v.misdeliveryJA()
	}
	if c == "" {
		return ""
	}
	return v.atJA(false) + c
}

// contractorJA is the contractor a cause arose at: "委託先", with its name
// when named ("委託先（株式会社A）"); a company whose data in the document
// is all held for an entrustor calls its own contractor a 再委託先; a
// business the company had provided the data to is its 提供先 (F607). ""
// when the cause arose at the company itself.
func (v *view) contractorJA(named bool) string {
	if !v.atOther() {
		return ""
	}
	return v.contractorNameJA(named)
}

// atOther: the cause arose at another business that held the data, a
// contractor (Cause.AtProcessor) or a business the company had provided
// it to (Cause.AtRecipient): its systems, its staff, its containment.
func (v *view) atOther() bool {
	return v.inc.Cause.AtProcessor() || v.inc.Cause.AtRecipient() || v.inc.Cause.AtCarrier()
}

// entrustorJA names an entrustor party: 「委託元（架空市）」, its name asked
// for when not entered.
func (v *view) entrustorJA(p incident.Party) string {
	return "委託元（" + v.orFill(strings.TrimSpace(p.Name), "委託元の名称", "entrustor's name") + "）"
}

// subcontractor: a party's name says it is a contractor's contractor
// (「…（再委託先・セブ）」), told as 再委託先, not as the company's 委託先.
func subcontractor(name string) bool { return strings.Contains(name, "再委託") }

// contractorNameJA names the contractor of the cause, wherever it arose.
// A name that already says where the contractor stands in the chain
// (「委託先の再委託先（米国の事業者）」) is used as it is: wrapped, it read
// 「委託先（委託先の再委託先（米国の事業者））」.
func (v *view) contractorNameJA(named bool) string {
	w := "委託先"
	switch {
	case v.inc.Cause.AtCarrier():
		// A carrier that only transports is not told as a contractor
		// (146, F946): 「輸送を依頼した運送会社（架空運輸）」, or the name
		// itself when it says it is a carrier.
		w = "輸送を依頼した運送会社"
		if n := strings.TrimSpace(v.inc.Cause.AtName); named && n != "" {
			if strings.Contains(n, "運送") || strings.Contains(n, "運輸") || strings.Contains(n, "輸送") {
				return "輸送を依頼した" + n
			}
			return w + "（" + n + "）"
		}
		return w
	case v.inc.Cause.AtRecipient():
		w = "提供先"
	case v.entrusted():
		w = "再委託先"
	}
	if n := strings.TrimSpace(v.inc.Cause.AtName); named && n != "" {
		if strings.Contains(n, "委託先") || strings.Contains(n, "提供先") {
			return n
		}
		w += "（" + n + "）"
	}
	return w
}

// atJA is contractorJA as the words before the cause: "委託先における";
// "委託先を経由した" when the contractor was only the way into the company's
// own systems (Cause.ViaProcessor). A misdelivery that arose at a contractor
// is 「委託先に起因する」: the contractor may have sent the letters, or the
// company's staff sent mails through a system the contractor ran and let
// fail (141: 「委託先におけるメールの誤送信」 said the contractor sent them,
// F865); the cause's description says which.
func (v *view) atJA(named bool) string {
	switch {
	case v.atOther() && v.cause() == incident.CauseMisdelivery:
		return v.contractorNameJA(named) + "に起因する"
	case v.atOther():
		return v.contractorNameJA(named) + "における"
	case v.inc.Cause.ViaProcessor():
		return v.contractorNameJA(named) + "を経由した"
	case v.inc.Cause.OnPlatform() && v.accountCause():
		return v.platformJA(named) + "の" + v.weJA() + "アカウントへの"
	}
	return ""
}

// accountCause: a cause that is the misuse of an account (unauthorized
// access, logins with credentials from elsewhere).
func (v *view) accountCause() bool {
	return v.cause() == incident.CauseUnauthorizedAccess || v.cause() == incident.CauseCredentialStuffing
}

// platformJA names the outside service the company's account is on:
// 「外部サービス」 where the cause is named briefly (a title), else its name as
// the company uses it (「当社が利用する宿泊予約サイト」).
func (v *view) platformJA(named bool) string {
	if n := strings.TrimSpace(v.inc.Cause.AtName); named && n != "" {
		return v.weJA() + "が利用する" + n
	}
	return "外部サービス" // a title's and a time line's short form
}

// sourceJA says who told the company of a detection, as the clause before
// "…、調査を行った結果": "クレジットカード会社から連絡を受け". The company
// itself: "当社のシステムにおいて異常を検知し"; nobody named: "本件の端緒となる
// 事象を把握し" (never "we detected" when someone else told us).
func (v *view) sourceJA(det incident.Event) string {
	we := v.weJA()
	switch src := det.Source; src {
	case "self":
		if c := v.contractorJA(false); c != "" && v.cyber() {
			// The attack was on the contractor's systems (46: the company
			// found its payroll cloud down), not on ours.
			return c + "のシステムの異常を把握し"
		}
		if v.inc.Cause.OnPlatform() && v.cyber() {
			return v.platformJA(true) + "の" + we + "アカウントにおいて異常を検知し"
		}
		if v.cyber() {
			return we + "のシステムにおいて異常を検知し"
		}
		if v.beforeKnowing(det) {
			return we + "において本件の端緒となる事象を把握し"
		}
		return we + "において本件を把握し"
	case "staff":
		return we + "の" + v.staffJA() + "から報告を受け"
	case "card_company":
		return "クレジットカード会社から連絡を受け"
	case "payment_provider":
		return "決済代行会社から連絡を受け"
	case "police":
		return "警察から連絡を受け"
	case "regulator":
		return v.regulatorToldJA(det) + "から連絡を受け"
	case "customer":
		return v.customerJA() + "連絡を受け"
	case "affected":
		if v.toldByReader(det) {
			return "あなた様からのご連絡を受け"
		}
		return v.affectedPersonOfJA(det) + "連絡を受け"
	case "entrustor":
		return "委託元から連絡を受け"
	case "vendor":
		if c := v.vendorContractorJA(det); c != "" {
			return c + "から連絡を受け"
		}
		return "取引先の事業者から連絡を受け"
	case "researcher":
		return "外部のセキュリティ研究者から指摘を受け"
	case "public_post":
		// Posts the company found or was shown, no one told it (130, F664).
		if v.beforeKnowing(det) {
			return "SNS等への投稿により本件の端緒となる事象を把握し"
		}
		return "SNS等への投稿により本件を把握し"
	case "media":
		return "報道機関から問い合わせを受け"
	case "news":
		// A report the company read, no one asked it (175, F1583).
		if v.beforeKnowing(det) {
			return "報道により本件の端緒となる事象を把握し"
		}
		return "報道により本件を把握し"
	case "attacker":
		return "攻撃者とみられる者から連絡があり"
	case "other": // not said to come from outside: a colleague may be "other" too
		if n := v.detectionPartyName(det); n != "" {
			return n + "から連絡を受け"
		}
		return "本件に関する連絡を受け"
	}
	return "本件の端緒となる事象を把握し"
}

// sourceShortJA is the detection as a line of the steps of the case.
func (v *view) sourceShortJA(det incident.Event) string {
	switch src := det.Source; src {
	case "self":
		if c := v.contractorJA(false); c != "" && v.cyber() {
			return c + "のシステムの異常を把握"
		}
		if v.inc.Cause.OnPlatform() && v.cyber() {
			return v.platformJA(true) + "の" + v.weJA() + "アカウントで異常を検知"
		}
		if v.cyber() {
			return v.weJA() + "のシステムで異常を検知"
		}
		if v.beforeKnowing(det) {
			return v.weJA() + "において本件の端緒となる事象を把握"
		}
		return v.weJA() + "において本件を把握"
	case "staff":
		return v.weJA() + "の" + v.staffJA() + "から報告を受領"
	case "card_company":
		return "クレジットカード会社から連絡を受領"
	case "payment_provider":
		return "決済代行会社から連絡を受領"
	case "police":
		return "警察から連絡を受領"
	case "regulator":
		return v.regulatorToldJA(det) + "から連絡を受領"
	case "customer":
		return v.customerJA() + "連絡を受領"
	case "affected":
		if v.toldByReader(det) {
			return "あなた様からご連絡をいただく"
		}
		return v.affectedPersonOfJA(det) + "連絡を受領"
	case "entrustor":
		return "委託元から連絡を受領"
	case "vendor":
		if c := v.vendorContractorJA(det); c != "" {
			return c + "から連絡を受領"
		}
		return "取引先の事業者から連絡を受領"
	case "researcher":
		return "外部のセキュリティ研究者から指摘を受領"
	case "public_post":
		if v.beforeKnowing(det) {
			return "SNS等への投稿により本件の端緒となる事象を把握"
		}
		return "SNS等への投稿により本件を把握"
	case "media":
		return "報道機関から問い合わせを受領"
	case "news":
		if v.beforeKnowing(det) {
			return "報道により本件の端緒となる事象を把握"
		}
		return "報道により本件を把握"
	case "attacker":
		return "攻撃者とみられる者から連絡"
	case "other":
		if n := v.detectionPartyName(det); n != "" {
			return n + "から連絡を受領"
		}
		return "本件に関する連絡を受領"
	}
	return "本件の端緒を把握"
}

// beforeKnowing: the detection was on a day before the company knew
// personal data was affected. The company's own detection is then not
// 「本件を把握」, which says it knew the case that day (84: attention drawn
// to many accesses on 4/14, the charts' viewers looked up on 6/8; the time
// line read 「4月14日頃　当院において本件を把握」, then 「6月8日　個人情報への
// 影響を把握」), but the sign of it.
func (v *view) beforeKnowing(det incident.Event) bool {
	knew := v.knew()
	return knew != nil && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew)
}

// intrusionJA is the first malicious act (or the cause) as a line of the steps.
func (v *view) intrusionJA() string {
	if v.cause() == incident.CauseMisdelivery {
		return v.atJA(false) + v.misdeliveryJA()
	}
	if w, ok := v.causeWordsOfJA(); ok {
		return v.atJA(false) + w.start
	}
	return "本件の原因となる事象の発生"
}

// eventJA is an event as a line of the steps of a case, from its kind, its
// party and its source: never from its note, which is for the record only.
// "" for an event a document does not list (a free event, the assessment).
func (v *view) eventJA(e incident.Event) string {
	t := v.eventKindJA(e)
	if t != "" && v.othersToo(e) {
		// Whose posting or take-down it was, where the document tells of
		// other data too (165's announcement: two files, two days each).
		t += "（対象：" + v.setNamesJA(e.Sets) + "）"
	}
	return t
}

// eventKindJA is eventJA without the data sets an event is tied to.
func (v *view) eventKindJA(e incident.Event) string {
	party := ""
	if p, ok := v.inc.Party(e.Party); ok {
		party = strings.TrimSpace(p.Name)
		// A notice to one entrustor does not tell it of the company's other
		// clients (scenario 25: the note to 架空クレジット listed the notice
		// to 架空市): what a processor tells one client of another is that
		// client's business.
		if v.kind == KindEntrustor && p.Kind == incident.PartyEntrustor && e.Party != v.party {
			return ""
		}
	}
	if v.kind == KindEntrustor && len(e.Sets) > 0 && !v.entrustorsSetIn(e.Sets) {
		// An event of the company's other data only (136: the CRO's notices
		// to its applicants and shareholders, in the letter to a hospital)
		// is not the entrustor's business either.
		return ""
	}
	switch e.Kind {
	case incident.EvIntrusion:
		if v.spanStart(e) {
			return v.lastSeenJA() // the last known whereabouts, not the loss (F947)
		}
		return v.intrusionJA()
	case incident.EvDetected:
		if v.readLate(e) {
			// Arrived then, nobody read it until the day learned (F1220).
			return v.sourceShortJA(e) + "（" + dayJA(e.Learned) + "に確認）"
		}
		return v.sourceShortJA(e)
	case incident.EvLastAct:
		return "確認された最後の不正な行為"
	case incident.EvProcessorAware:
		who := "委託先"
		switch {
		case subcontractor(party):
			who = "再委託先" // the event's party is the contractor's own (109: a BPO abroad)
		case v.inc.Cause.AtCarrier():
			who = "運送会社" // F946
		}
		if v.formal() {
			return who + "が" + v.dataNounJA() + "の漏えい等（そのおそれを含む）を把握"
		}
		return who + "が個人情報への影響を把握"
	case incident.EvContained:
		if v.containedByContractor(e) {
			// The contractor's act, as section 5 tells it (91: a worker
			// dismissed by the contractor before the company knew).
			if subcontractor(party) {
				return "再委託先において被害拡大の防止措置を実施"
			}
			return v.contractorJA(false) + "において被害拡大の防止措置を実施"
		}
		if v.laterContainment(e) {
			// A second measure of the company's own (135: the program
			// fixed on 10/31, the service stopped on 11/6) is not the first
			// told again: two lines 「被害拡大の防止措置を実施」 read as one
			// entered twice.
			return "追加の被害拡大防止措置を実施"
		}
		return "被害拡大の防止措置を実施"
	case incident.EvDeleted:
		what := "削除"
		if v.papersMisdelivered() {
			what = "返送・破棄" // papers (see stepsTakenJA)
		}
		if c, n, some := e.DeletedBySome(); some {
			if among, unit := v.deletedAmongJA(e, n); unit != "件" {
				return among + "のうち" + grouped(int64(c)) + unit + "での" + what + "を確認"
			}
			return v.deletedAtJA(e) + "での" + what + "を確認（" + grouped(int64(n)) + "件中" + grouped(int64(c)) + "件）"
		}
		return v.deletedAtJA(e) + "での" + what + "を確認"
	case incident.EvTakedown:
		if v.cause() == incident.CauseMisdelivery {
			if v.papersMisdelivered() {
				return "誤って届いた先に書類の返送又は破棄を依頼" // papers (see stepsTakenJA)
			}
			return "誤って届いた先に削除を依頼"
		}
		if n := v.deletedByName(e); n != "" {
			return n + "に削除を依頼"
		}
		return "情報の掲載先に削除を依頼"
	case incident.EvRetrieved:
		what := v.lostItemJA()
		if c, n, some := e.RetrievedSome(); some {
			what += "の一部（" + grouped(int64(n)) + "件中" + grouped(int64(c)) + "件）"
		} else if v.retrievedElsewhere(e) {
			what += "の一部"
		}
		if v.atOther() && !v.retrievedNotFound() && !v.retrievedFromOther(e) {
			return v.contractorJA(false) + "が" + what + "を回収"
		}
		return what + "を回収"
	case incident.EvAware:
		if v.formal() {
			return v.dataNounJA() + "の漏えい等（そのおそれを含む）を把握（事態を知った時）"
		}
		return "個人情報への影響を把握"
	case incident.EvScopeConfirmed:
		if v.scopeBefore(e) {
			// The scope found again, wider (149: three lines 「対象範囲を
			// 特定」 as the logs searched went back further): one finding,
			// then updates.
			return "調査の結果により対象範囲を更新"
		}
		return "対象範囲を特定"
	case incident.EvAssessed:
		return ""
	case incident.EvForensic:
		if v.forensicByContractor(e) {
			return v.contractorJA(false) + "による調査を開始"
		}
		return "外部の専門機関による調査を開始"
	case incident.EvReportPrelim, incident.EvReportFinal:
		to := v.reportedToJA(e)
		if e.Jurisdiction == "" || e.Jurisdiction == "JP" {
			if e.Kind == incident.EvReportPrelim {
				return to + "へ報告（速報）"
			}
			return to + "へ報告（確報）"
		}
		return to + "へ報告"
	case incident.EvNoticePersons:
		to := "本人"
		if !v.formal() {
			to = "対象となる方"
		}
		if names := v.setPersonsJA(e.Sets, to); names != "" {
			to = names
		}
		if v.formal() {
			return to + "への通知を実施"
		}
		return to + "へのご連絡を開始"
	case incident.EvPublic:
		if p, theirs := v.inc.EntrustorsAnnouncement(e); theirs {
			return v.entrustorJA(p) + "が本件を公表"
		}
		if v.announcedBeforeKnowing(e) {
			// An announcement made before the company knew personal
			// data was affected (113: a system failure, 「情報流出は調査
			// 中」) did not announce the leak the report is about.
			return "事案の発生を公表（個人データの漏えい等の把握前）"
		}
		if v.followUpAnnouncement(e) {
			// The second announcement of the same leak (131: the morning's
			// first word after a newspaper's report, the persons and the
			// count that evening) is not the leak announced again: two
			// lines 「本件を公表」 read as one announcement entered twice.
			return "本件の続報を公表"
		}
		return "本件を公表"
	case incident.EvPolice:
		return v.policeLineJA(e)
	case incident.EvCardAcquirer:
		if party != "" {
			return party + "へ連絡"
		}
		return "クレジットカード会社へ連絡"
	case incident.EvEntrustorNotice:
		what := "通知"
		if beforeKnowing(v.inc, e) {
			what = "被害の発生を連絡" // before the company knew: not the notice of the 事態
		}
		if party != "" {
			return "委託元（" + party + "）へ" + what
		}
		return "委託元へ" + what
	case incident.EvMinistryOrder:
		if party == "" {
			party = "所管省庁"
		}
		return party + "から" + orderJA(e)
	case incident.EvMinistryReport:
		if party == "" {
			party = "所管省庁"
		}
		return party + "へ報告"
	case incident.EvPosted:
		// What was found, not a step taken: the removal asked of the
		// site is a takedown of its own.
		return "情報がインターネット上に掲載されていることを確認"
	case incident.EvPress:
		return "本件に関する報道"
	case incident.EvOther:
		if v.cardContact(e) {
			return party + "へ連絡" // recorded as a free event with a card party (57: the issuers of the registered cards, F177)
		}
	}
	return ""
}

// cardContact: the event is a contact with a card company, as its own kind or
// as a free event the user recorded with a card company as its party.
func (v *view) cardContact(e incident.Event) bool {
	if e.Kind == incident.EvCardAcquirer {
		return true
	}
	p, ok := v.inc.Party(e.Party)
	return ok && e.Kind == incident.EvOther && p.Kind == incident.PartyCard && strings.TrimSpace(p.Name) != ""
}

// customerJA names who told the company when the user chose "顧客・本人"
// (src.customer): one customer, or the recipient of a misdelivered letter
// (scenario 23), seldom every affected person. "本人から" in a report and
// "皆さまから" in a notice said the affected persons told it; the phrase
// names the kind of person without saying which one.
func (v *view) customerJA() string {
	if v.formal() {
		if who := plainAudience(v.you); who != "本人" {
			return who + "等からの"
		}
		return "関係者からの"
	}
	if v.group == "お客様" {
		return "お客様からの"
	}
	return "関係者の方からの"
}

// affectedPersonJA is one of the affected persons who told the organisation
// (Source "affected"), as 「…からの」: the law's 本人 in a document to an
// authority or a business, 「対象となった方」 in one to the persons or the
// public (163: the city's letter to the man it had named said the call of
// 1/19 came from 「関係者の方」; it was his, F1246).
func (v *view) affectedPersonJA() string {
	if v.formal() {
		return "対象となった本人からの"
	}
	return "対象となった方からの"
}

// affectedPersonOfJA is affectedPersonJA for the detection det: in a
// notice whose readers' data cannot be the caller's (callerAmong false),
// 「ほかの対象となった方からの」 (165: the appellant's call about her own
// file, in the letter to the petitioners whose file was found later, F1561).
func (v *view) affectedPersonOfJA(det incident.Event) string {
	if v.callerElsewhere(det) {
		return "ほかの対象となった方からの"
	}
	return v.affectedPersonJA()
}

// callerElsewhere: det is a call of an affected person (Source "affected")
// and the document is a notice to persons none of whose data can be the
// caller's (callerAmong).
func (v *view) callerElsewhere(det incident.Event) bool {
	return det.Source == "affected" && (v.kind == KindNotice || v.kind == KindGDPR34) && !v.callerAmong(det)
}

// toldByReader: det was the call of the one person a notice is addressed
// to (Source "affected", a letter to one known person, toOne). The
// detection is theirs when it names their set, or names none and their set
// was part of the case by its day (a set found later is not the caller's).
// A notice to many is never told "your call": one of them made it.
func (v *view) toldByReader(det incident.Event) bool {
	return det.Source == "affected" && v.toOne() && v.callerAmong(det)
}

// callerAmong: det may be the call of one of the document's persons: it
// names a set of theirs, or names none and a set of theirs was part of the
// case by its day (a set found later is not the caller's).
func (v *view) callerAmong(det incident.Event) bool {
	day := incident.DateOf(det.At.In(v.loc))
	for _, s := range v.data() {
		if len(det.Sets) > 0 && slices.Contains(det.Sets, s.ID) ||
			len(det.Sets) == 0 && (s.Found == "" || !det.Dated() || s.Found.OnOrBefore(day)) {
			return true
		}
	}
	return false
}

// regulatorToldJA names the regulator that told the organisation (Source
// "regulator"): the party the detection names, when it is an authority
// (164: Singapore's PDPC told the subsidiary of a forum post selling its
// users' data, F1251), else 「監督機関」.
func (v *view) regulatorToldJA(det incident.Event) string {
	if pt, ok := v.authorityOf(det); ok {
		if n := strings.TrimSpace(pt.Name); n != "" {
			return n
		}
	}
	return "監督機関"
}

// authorityOf is the party det names when it is an authority (a regulator
// or a ministry): the one regulatorToldJA and regulatorToldEN name.
func (v *view) authorityOf(det incident.Event) (incident.Party, bool) {
	pt, ok := v.inc.Party(det.Party)
	return pt, ok && (pt.Kind == incident.PartyRegulator || pt.Kind == incident.PartyMinistry)
}

// lastDeletion is the latest dated deletion event as of the document's
// day: the one whose counts say how many recipients have confirmed.
func (v *view) lastDeletion() incident.Event {
	var last incident.Event
	for _, e := range v.inc.EventsOf(incident.EvDeleted) {
		if e.Dated() && !e.At.Before(last.At) {
			last = e
		}
	}
	return last
}

// deletedAtJA names those whose deletion an EvDeleted event confirms: data
// sent by mistake is deleted where it arrived by mistake; data given on
// purpose (93: ride histories provided monthly to an analytics firm, told
// as 「誤って届いた先での削除を確認」) is deleted by the party the event
// names, or by those who received it.
func (v *view) deletedAtJA(e incident.Event) string {
	if v.cause() == incident.CauseMisdelivery {
		return "誤って届いた先"
	}
	if n := v.deletedByName(e); n != "" {
		return n
	}
	return "情報を受け取った先"
}

// deletedAmongJA is, for a deletion some recipients confirmed, the
// recipients as a whole and the counter its counts take: the party's name
// when it ends in that number with a counter (「サービス利用企業38社」, 38
// recipients: 社), else the recipients with their number in 件 (168: 「サービス
// 利用企業38社での削除を確認（38件中35件）」 and 「38社（38件）のうち3件」
// counted companies twice and in 件, F1324).
func (v *view) deletedAmongJA(e incident.Event, n int) (among, unit string) {
	name := v.deletedAtJA(e)
	for _, c := range []string{"社", "名", "人", "校", "団体", "機関", "店舗", "法人"} {
		if strings.HasSuffix(name, grouped(int64(n))+c) || strings.HasSuffix(name, strconv.Itoa(n)+c) {
			return name, c
		}
	}
	return name + "（" + grouped(int64(n)) + "件）", "件"
}

// deletedByName is the name of the party an EvDeleted event names, when
// the cause is not a misdelivery and the name is in the document's
// language's script ("" otherwise).
func (v *view) deletedByName(e incident.Event) string {
	if v.cause() == incident.CauseMisdelivery || e.Party == "" {
		return ""
	}
	pt, ok := v.inc.Party(e.Party)
	if !ok {
		return ""
	}
	n := strings.TrimSpace(pt.Name)
	if v.lang == EN && firstNonLatin(n) != "" {
		return ""
	}
	return n
}

// toldByContractor: a detection told by a business partner (Source
// "vendor") where the cause arose at a contractor is that contractor telling
// of its own incident (19, 30, 40, 53, 90, 91: 「委託先から電話」), unless the
// event names another party: 「取引先の事業者から連絡を受領」 hid who it was.
func (v *view) toldByContractor(det incident.Event) bool {
	if det.Source != "vendor" || !v.atOther() {
		return false
	}
	if det.Party == "" {
		return true
	}
	pt, ok := v.inc.Party(det.Party)
	n := strings.TrimSpace(v.inc.Cause.AtName)
	if !ok || n == "" || strings.Contains(pt.Name, n) || strings.Contains(n, pt.Name) || strings.Contains(pt.Name, "委託") {
		return true
	}
	// The same company named with a gloss or a branch (146: the cause at
	// 「架空通運株式会社（運送会社）」, the call from 「架空通運株式会社 長岡航空
	// 支店」 was 「取引先の事業者から連絡を受領」 beside 「委託先における…紛失」,
	// F944): compared without the note in brackets (bareName).
	b, p := bareName(n), bareName(pt.Name)
	return b != "" && p != "" && (strings.Contains(p, b) || strings.Contains(b, p))
}

// vendorContractorJA is 委託先 (再委託先) when toldByContractor, "" else.
func (v *view) vendorContractorJA(det incident.Event) string {
	if !v.toldByContractor(det) {
		return ""
	}
	return v.contractorJA(false)
}

// detectionPartyName is the name of the party a detection of source
// "other" names, in a document for an authority or a business (89:
// 「IPA（情報処理推進機構）セキュリティセンター」, whose message began the
// case, was 「本件に関する連絡を受領」 in the 速報's 発覚の経緯); "" when it
// names none, and in the notices and announcements, where the party may be
// the wrong recipient of the data (61: the insurer the contracts were sent
// to), whom the persons and the public are not told of by name.
func (v *view) detectionPartyName(det incident.Event) string {
	if det.Source != "other" || det.Party == "" || !v.formal() {
		return ""
	}
	if pt, ok := v.inc.Party(det.Party); ok {
		return strings.TrimSpace(pt.Name)
	}
	return ""
}

// announcedBeforeKnowing: an announcement of the company's own made before it
// knew personal data was affected (in a formal document, which dates the
// knowing).
func (v *view) announcedBeforeKnowing(e incident.Event) bool {
	k := v.knew()
	return v.formal() && k != nil && e.Dated() && e.Last(v.eventLoc(e)).Before(*k)
}

// followUpAnnouncement: e is one of the company's own announcements of the
// leak and an earlier one of them is in the timeline.
func (v *view) followUpAnnouncement(e incident.Event) bool {
	seen := false
	for _, o := range v.timeline() {
		if o.Kind != incident.EvPublic {
			continue
		}
		if _, theirs := v.inc.EntrustorsAnnouncement(o); theirs || v.announcedBeforeKnowing(o) {
			continue
		}
		if o.ID == e.ID {
			return seen
		}
		seen = true
	}
	return false
}

// laterContainment: e is a containment of the company's own after another
// of its own in the timeline (a contractor's containment is told as the
// contractor's).
func (v *view) laterContainment(e incident.Event) bool {
	for _, o := range v.timeline() {
		if o.Kind != incident.EvContained || v.containedByContractor(o) || !sameData(o, e) {
			continue
		}
		return o.ID != e.ID
	}
	return false
}

// sameData: two events concern some data set in common, or one of them all
// (Event.Sets empty): a take-down of other data (165: the petitioners' file
// on 5/7) is its own first measure, not one added to the first.
func sameData(a, b incident.Event) bool {
	return len(a.Sets) == 0 || len(b.Sets) == 0 || slices.ContainsFunc(a.Sets, func(id string) bool { return slices.Contains(b.Sets, id) })
}

// entrustorsSetIn: one of ids is a data set the company handles for the
// entrustor a letter is addressed to (or a part of one).
func (v *view) entrustorsSetIn(ids []string) bool {
	who := v.entrustorID()
	for _, id := range ids {
		d, ok := v.inc.DataSet(id)
		for seen := 0; ok && seen <= len(v.inc.DataSets); seen++ { // a part of a part, never round a loop
			if d.Role == incident.Processor && (who == "" || d.Entrustor == who) {
				return true
			}
			d, ok = v.inc.DataSet(d.Within)
		}
	}
	return false
}

// orderJA names an authority's order by what it asks and the law it was
// made under (F743): a report order or a business improvement order under
// a sector's law, with the provision as entered; the PPC's recommendation
// or order of measures; a demand for a report under the APPI, or an order
// whose basis was not entered, as 「報告の求め」; administrative guidance as
// 「行政指導」.
func orderJA(e incident.Event) string {
	law := ""
	if l := strings.TrimSpace(e.OrderLaw); l != "" && e.SectorOrder() {
		law = "（" + l + "）"
	}
	switch {
	case e.OrderBasis == "guidance":
		return "行政指導" // not an order: no law obliges the answer (F822)
	case e.Improvement() && e.OrderBasis == "appi":
		return "措置の勧告・命令"
	case e.Improvement():
		return "業務改善命令" + law
	case e.SectorOrder() && e.OrderKind == "report":
		return "報告命令" + law
	case e.SectorOrder():
		return "命令" + law
	}
	return "報告の求め"
}

// scopeBefore: the scope was confirmed once already, on an earlier day or
// at an earlier time, before the scope event e. Whether one exists needs no
// sorted copy of them (EventsOf): the time line asks this for every scope
// event it shows, in every document, and a sorted copy each time made
// building a 1,000-event incident's drafts quadratic (BenchmarkBuildAllLogged).
func (v *view) scopeBefore(e incident.Event) bool {
	if !e.Dated() {
		return false
	}
	for _, o := range v.inc.Events {
		if o.Kind == incident.EvScopeConfirmed && o.ID != e.ID && o.Dated() && o.At.Before(e.At) {
			return true
		}
	}
	return false
}
