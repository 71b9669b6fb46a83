package draft

import (
	"strings"
	"unicode"

	"breachdesk/app/incident"
)

// weJA is how the organisation names itself: 当社, 当院, 本市 ...
func (v *view) weJA() string {
	if v.inc.Org.Kind == incident.Public {
		n := v.inc.Org.Name
		for _, s := range []string{"市", "区", "町", "村", "県", "都", "府"} {
			if strings.Contains(n, s) {
				return "本" + s
			}
		}
		return "当機関"
	}
	if v.inc.Org.Sector == "medical" {
		return "当院"
	}
	return "当社"
}

// causeShortJA is the cause as a title uses it.
func (v *view) causeShortJA() string {
	switch v.cause() {
	case incident.CauseUnauthorizedAccess, incident.CauseMalware:
		return "不正アクセス"
	case incident.CauseRansomware:
		return "ランサムウェア被害"
	case incident.CauseTargetedEmail:
		return "標的型メール攻撃"
	case incident.CauseWebSkimming:
		return "決済画面の改ざん"
	case incident.CauseInsider:
		return "従業者による持ち出し"
	case incident.CauseMisdelivery:
		if strings.Contains(v.inc.Cause.Description, "メール") {
			return "メールの誤送信"
		}
		return "書類の誤送付"
	case incident.CauseLoss:
		return "記録媒体の紛失"
	case incident.CauseTheft:
		return "盗難"
	case incident.CauseMisconfiguration:
		return "設定の誤り"
	}
	return ""
}

// titleJA: "不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ".
func (v *view) titleJA() string {
	t := "個人情報" + v.leakJA()
	if c := v.causeShortJA(); c != "" {
		t = c + "による" + t
	}
	if v.possible() {
		return t + "のおそれに関するお詫びとお知らせ"
	}
	return t + "に関するお詫びとご報告"
}

// whereJA: "外部に" for attacks, "第三者に" otherwise.
func (v *view) whereJA() string {
	if v.cyber() {
		return "外部に"
	}
	return "第三者に"
}

// holderJA is whose data it is: "当社が保有するお客様", or for a processor
// "当社が架空商事株式会社様から委託を受けて取り扱っている皆さま".
func (v *view) holderJA() string {
	if v.data.Entrusted {
		if e := strings.TrimSpace(partyName(v.inc, incident.PartyEntrustor)); e != "" {
			return v.weJA() + "が" + e + "様から委託を受けて取り扱っている" + v.you
		}
		return v.weJA() + "が委託を受けて取り扱っている" + v.you
	}
	return v.weJA() + "が保有する" + v.you
}

// othersJA is whom the apology addresses: "お客様をはじめ関係者の皆さまに".
func (v *view) othersJA() string {
	if strings.HasSuffix(v.you, "皆さま") {
		return v.you + "に"
	}
	return v.you + "をはじめ関係者の皆さまに"
}

// apologyJA is the apology of a notice or announcement; again: the closing one.
func (v *view) apologyJA(again bool) string {
	if again {
		return v.you + "には多大なるご迷惑とご心配をおかけしておりますことを、重ねて深くお詫び申し上げます。"
	}
	return v.othersJA() + "多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"
}

// leadJA is the first sentence and the apology.
func (v *view) leadJA() string {
	s := "このたび、"
	if _, ok := v.first(incident.EvAware); !ok {
		s += v.weJA() + "のシステムにおいて異常を検知し、" + v.you + "の個人情報が" + v.leakJA() + "したおそれがあることから、現在、影響の有無と範囲を調査しております。"
	} else {
		if c := v.causeShortJA(); c != "" {
			s += c + "により、"
		}
		s += v.holderJA() + "の個人情報が" + v.whereJA() + v.happenedJA() + "。"
	}
	return s + v.apologyJA(false)
}

// summaryJA says when the organisation detected and when it knew.
func (v *view) summaryJA() string {
	we := v.weJA()
	aw, ok := v.first(incident.EvAware)
	if !ok {
		if d, ok := v.first(incident.EvDetected); ok {
			return v.dateJA(d.At) + "に" + we + "のシステムで異常を検知し、現在、個人情報への影響の有無を調査しております。"
		}
		return "現在、" + we + "のシステムで検知した事象について、個人情報への影響の有無を調査しております。"
	}
	s := ""
	if d, ok := v.first(incident.EvDetected); ok && v.dateJA(d.At) != v.dateJA(aw.At) {
		if v.cyber() {
			s = v.dateJA(d.At) + "に" + we + "のシステムで異常を検知し、調査を進めた結果、"
		} else {
			s = v.dateJA(d.At) + "に本件の端緒を把握し、調査を進めた結果、"
		}
	}
	s += v.dateJA(aw.At) + "、" + v.you + "の個人情報が" + v.whereJA() + v.leakJA()
	if v.possible() {
		return s + "したおそれがあることを確認いたしました。"
	}
	return s + "したことを確認いたしました。"
}

// periodJA: the window of an attack, from the intrusion to the containment.
func (v *view) periodJA() string {
	if !v.cyber() && v.cause() != incident.CauseInsider {
		return ""
	}
	in, ok1 := v.first(incident.EvIntrusion)
	end, ok2 := v.first(incident.EvContained)
	if !ok1 || !ok2 || !end.At.After(in.At) {
		return ""
	}
	return "対象となる期間は、" + v.dateJA(in.At) + "から" + v.dateJA(end.At) + "までです。"
}

// historyJA lists the dated steps that led to knowing, for a notice.
func (v *view) historyJA() string {
	var lines []string
	for _, e := range v.timeline() {
		switch e.Kind {
		case incident.EvIntrusion, incident.EvDetected, incident.EvContained, incident.EvAware,
			incident.EvForensic, incident.EvScopeConfirmed:
		default:
			continue
		}
		l := "・" + v.dateJA(e.At) + "　" + eventJA(e.Kind)
		if n := strings.TrimSpace(e.Note); n != "" {
			l += "：" + n
		}
		lines = append(lines, l)
	}
	if len(lines) < 2 {
		return ""
	}
	return "【経緯】\n" + strings.Join(lines, "\n")
}

// dataJA lists the affected items and the number of persons.
func (v *view) dataJA() []para {
	var list []string
	for _, c := range v.data.Categories {
		l := "・" + v.categoryJA(c)
		if c.Persons.Known && v.data.Persons.Known && c.Persons.N < v.data.Persons.N {
			l += "（うち" + incident.FormatCount(c.Persons, JA) + "名）"
		}
		list = append(list, l)
	}
	items := "・現在調査中です。判明し次第、お知らせいたします。"
	if len(list) > 0 {
		items = strings.Join(list, "\n")
	}
	persons := "対象となる" + v.you + "は、" + v.personsJA() + "です。"
	if !v.data.Persons.Known {
		persons = "対象となる" + v.you + "の数は、現在調査中です。"
	}
	ps := []para{
		p("items", v.affectedJA()+"情報は、次のとおりです。\n"+items),
		p("persons", persons),
	}
	if v.data.Records.Known && v.data.Persons.Known && v.data.Records.N != v.data.Persons.N {
		ps = append(ps, p("records", "延べ件数には同じ方の情報が重複して含まれているため、人数とは一致しません。"))
	}
	if ni := v.notInvolvedJA(); ni != "" {
		ps = append(ps, p("not-involved", "なお、"+ni+"は含まれておりません。"))
	}
	return ps
}

// causeTextJA explains the cause. The description is the user's free text:
// a noun phrase becomes "具体的には、…によるものです"; sentences stay sentences.
func (v *view) causeTextJA() []para {
	c := v.causeJA()
	d := strings.TrimSuffix(strings.TrimSpace(v.inc.Cause.Description), "。")
	var s string
	switch {
	case c == "" && d == "":
		s = "原因は、現在調査中です。"
	case d == "":
		s = "原因は、" + c + "です。"
	case strings.Contains(d, "。"):
		if c == "" {
			c = "次のとおり"
		}
		s = "原因は、" + c + "です。" + d + "。"
	case c == "" || overlaps(c, d):
		s = "原因は、" + d + "です。"
	default:
		s = "原因は、" + c + "です。具体的には、" + d + "によるものです。"
	}
	ps := []para{p("p1", s)}
	if _, ok := v.first(incident.EvForensic); ok && v.cyber() {
		ps = append(ps, p("forensic", "外部の専門機関の協力を得て、侵入の経路と手口の詳細を調査しております。"))
	}
	return ps
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

// harmJA says whether secondary harm is known, and what the risk is.
func (v *view) harmJA() []para {
	var s string
	switch r := v.inc.Risk; r.SecondaryHarm {
	case incident.Yes:
		s = "本件に起因する二次被害又はそのおそれのある事象を確認しております"
		if n := strings.TrimSpace(r.SecondaryHarmNote); n != "" {
			s += "（" + n + "）"
		}
		s += "。"
	case incident.No:
		s = "現時点で、本件に起因する二次被害は確認されておりません。"
	default:
		s = "二次被害の有無は、現在調査中です。"
	}
	protected := v.data.Encryption == incident.HighGrade
	var risks []string
	if v.hasFlag("card") {
		risks = append(risks, "クレジットカード情報が不正に利用されるおそれがあります。")
	}
	if v.hasFlag("password") {
		risks = append(risks, "ログインID・パスワードが悪用され、第三者が"+v.you+"になりすましてログインするおそれがあります。")
	}
	if ch := v.channelsJA(); ch != "" {
		risks = append(risks, v.weJA()+"や公的機関等をかたる不審な"+ch+"が届くおそれがあります。")
	}
	if v.hasFlag("sensitive") && !protected {
		if v.formal() {
			risks = append(risks, "要配慮個人情報が含まれるため、本人の権利利益が害されるおそれがあります。")
		} else {
			risks = append(risks, "健康や診療に関する情報など、特に慎重な取扱いを要する情報が含まれております。")
		}
	}
	ps := []para{p("p1", s)}
	if protected {
		ps = append(ps, p("protected", "対象の情報は高度な暗号化により保護されており、復号に必要な鍵（パスワード）の漏えいは確認されていないため、第三者が内容を閲覧するおそれは低いと考えております。"))
	}
	if len(risks) > 0 {
		ps = append(ps, p("risks", strings.Join(risks, "")))
	}
	if e, ok := v.first(incident.EvCardAcquirer); ok && v.hasFlag("card") {
		ps = append(ps, p("card", v.dateJA(e.At)+"、カード会社に本件を連絡し、対象となるカードの不正利用の監視について協力を依頼しております。"))
	}
	if !v.formal() && v.inc.Risk.SecondaryHarm != incident.Unknown {
		ps = append(ps, p("watch", v.weJA()+"では、二次被害の防止に向けて、引き続き状況の把握に努めてまいります。"))
	}
	return ps
}

// neverAskJA lists what the organisation will never ask for, by the data involved.
func (v *view) neverAskJA() string {
	var xs []string
	if v.hasFlag("card") {
		xs = append(xs, "クレジットカード番号", "セキュリティコード")
	}
	if v.hasCategory("bank_account") || v.hasCategory("bank_account_pin") {
		xs = append(xs, "口座番号", "暗証番号")
	}
	if v.hasFlag("mynumber") {
		xs = append(xs, "個人番号（マイナンバー）")
	}
	xs = append(xs, "パスワード")
	return strings.Join(xs, "、")
}

// requestJA is what the reader should do.
func (v *view) requestJA() []para {
	who := v.weJA() + "や公的機関"
	if v.hasFlag("card") {
		who += "、カード会社"
	}
	ps := []para{
		p("phishing", who+"等を装った不審なメール、SMS、電話、郵便物にご注意ください。身に覚えのない連絡には応じず、記載されたリンクや添付ファイルを開かないようお願いいたします。"),
		p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、"+v.neverAskJA()+"等をお尋ねすることは一切ございません。"),
	}
	if v.hasFlag("card") {
		ps = append(ps, p("card", "お手元のクレジットカードのご利用明細に身に覚えのない請求がないか、ご確認をお願いいたします。万一、身に覚えのない請求がございましたら、カード裏面に記載のカード会社の窓口までお問い合わせください。"))
	}
	if v.hasFlag("password") {
		ps = append(ps, p("password", v.weJA()+"のサービスでご利用のパスワードを変更していただきますよう、お願いいたします。同じパスワードを他のサービスでもお使いの場合は、そちらも変更されることをお勧めいたします。"))
	}
	return ps
}

// containedJA is what was done to stop the harm, from the containment
// event: its note when it names an action ("…を遮断"), else by cause.
func (v *view) containedJA(e incident.Event) string {
	s := v.dateJA(e.At) + "、"
	n := strings.TrimSpace(e.Note)
	switch v.cause() {
	case incident.CauseMisdelivery:
		return s + "誤って送付した先に連絡し、回収・削除を依頼いたしました。"
	}
	if actionNote(n) {
		return s + n + "するなど、被害の拡大を防ぐための措置を講じました。"
	}
	switch v.cause() {
	case incident.CauseInsider:
		return s + "当該従業者のアクセス権限を停止いたしました。"
	case incident.CauseMisconfiguration:
		return s + "設定を修正し、外部から閲覧できない状態にいたしました。"
	}
	if !v.cyber() {
		return s + "被害の拡大を防ぐための措置を講じました。"
	}
	return s + "被害の拡大を防ぐため、対象のシステムを外部から遮断する等の措置を講じました。"
}

// actionNote: the note is an action ending in a verbal noun ("外部通信を遮断"),
// so that "…するなど" reads well.
func actionNote(n string) bool {
	r := []rune(n)
	if len(r) < 4 || strings.ContainsAny(n, "。（）()") {
		return false
	}
	return unicode.Is(unicode.Han, r[len(r)-1])
}

// responseJA is what the organisation has done: containment, investigation, reports.
func (v *view) responseJA() []para {
	var ps []para
	if e, ok := v.first(incident.EvContained); ok {
		ps = append(ps, p("contained", v.containedJA(e)))
	}
	if e, ok := v.first(incident.EvForensic); ok {
		ps = append(ps, p("forensic", v.dateJA(e.At)+"、外部の専門機関に調査を依頼いたしました。"))
	}
	ps = append(ps, p("reports", v.reportsJA()))
	if r := strings.TrimSpace(v.inc.Story.Response); r != "" {
		ps = append(ps, p("story", r))
	}
	return ps
}

// reportsJA lists the reports to authorities, done or to be made. In the
// report to the ministry, the ministry's own reports are left out (this is one).
func (v *view) reportsJA() string {
	var out []string
	var days []string
	for _, k := range []incident.EventKind{incident.EvReportPrelim, incident.EvReportFinal} {
		if e, ok := v.firstFor(k, "JP"); ok {
			days = append(days, v.dateJA(e.At))
		}
	}
	switch {
	case len(days) > 0:
		out = append(out, strings.Join(days, "及び")+"に個人情報保護委員会へ報告いたしました。")
	case v.obligationApplies("jp.report.prelim"):
		out = append(out, "個人情報保護委員会へ報告いたします。")
	}
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if j := v.jur(e.Jurisdiction); !e.At.IsZero() && e.Jurisdiction != "" && e.Jurisdiction != "JP" && j != nil && j.Regulator.JA != "" {
			reg := j.Regulator.JA
			switch e.Jurisdiction {
			case "EU":
				reg = "EUの主たる監督機関"
			case "KR":
				reg = "韓国の個人情報保護委員会（KISA経由）"
			}
			out = append(out, v.dateJA(e.At)+"に"+reg+"へ報告いたしました。")
		}
	}
	if m := strings.TrimSpace(partyName(v.inc, incident.PartyMinistry)); m != "" && v.kind != KindMinistry {
		if e, ok := v.first(incident.EvMinistryReport); ok {
			out = append(out, v.dateJA(e.At)+"に"+m+"へ報告いたしました。")
		} else if _, ok := v.first(incident.EvMinistryOrder); ok {
			out = append(out, m+"へ報告いたします。")
		}
	}
	if e, ok := v.first(incident.EvPolice); ok {
		out = append(out, v.dateJA(e.At)+"に"+v.policeActJA(e)+"。")
	}
	return strings.Join(out, "")
}

// policeActJA: what was done with the police: 遺失届, 被害届 or a consultation.
func (v *view) policeActJA(e incident.Event) string {
	if f := v.policeFilingJA(e); f != "" {
		return "警察へ" + f + "を提出いたしました"
	}
	return "警察へ相談いたしました"
}

// policeFilingJA is what the police event filed (遺失届, 被害届), or "" for a consultation.
func (v *view) policeFilingJA(e incident.Event) string {
	switch {
	case strings.Contains(e.Note, "遺失届") || v.cause() == incident.CauseLoss:
		return "遺失届"
	case strings.Contains(e.Note, "被害届"):
		return "被害届"
	}
	return ""
}

// preventionJA: the preventive measures, or a placeholder.
func (v *view) preventionJA() string {
	pr := strings.TrimSpace(v.inc.Story.Prevention)
	if pr == "" {
		pr = v.fill("再発防止策", "preventive measures")
	}
	return "このたびの事態を厳粛に受け止め、次の再発防止策を講じてまいります。\n" + pr
}

// contactJA is the inquiry desk; the search hint replaces any link.
func (v *view) contactJA(withSearch bool) []para {
	c := v.inc.Contact
	lines := []string{v.orFill(c.Name, "窓口の名称", "name of the desk")}
	if c.Phone == "" && c.Email == "" {
		lines = append(lines, "電話："+v.fill("電話番号", "phone number"))
	}
	if c.Phone != "" {
		lines = append(lines, "電話："+c.Phone)
	}
	if c.Email != "" {
		lines = append(lines, "メール："+c.Email)
	}
	lines = append(lines, "受付時間："+v.orFill(c.Hours, "受付時間", "hours"))
	ps := []para{p("desk", strings.Join(lines, "\n"))}
	if withSearch {
		name := strings.TrimSpace(c.Web)
		if name == "" {
			name = v.orgName() + "　お知らせ"
		}
		ps = append(ps, p("search", "本件の最新の情報は、"+v.weJA()+"のウェブサイトでお知らせいたします。検索サイトで「"+name+"」と検索してご覧ください。"))
	}
	return ps
}

// compensationJA: what is offered, to whom, and why only to some.
func (v *view) compensationJA() string {
	st := v.inc.Story
	c := strings.TrimSpace(st.Compensation)
	if c == "" || st.CompensationScope == "none" {
		return ""
	}
	if st.CompensationScope == "some" {
		if r := strings.TrimSpace(st.CompensationReason); r != "" {
			c += "\n対象を限定する理由：" + r
		}
	}
	return c
}

// letterheadJA is the head of a letter or report: date, addressee, sender.
func (v *view) letterheadJA(to string) []para {
	return []para{
		p("date", v.dateJA(v.date)),
		p("to", to),
		p("from", v.orgName()+"\n"+v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative's title and name")),
	}
}

// addresseeJA is how a notice addresses its readers: "お客様各位", "住民の皆さまへ".
func (v *view) addresseeJA() string {
	if v.you == "皆さま" {
		return "対象となる皆さまへ"
	}
	if strings.HasSuffix(v.you, "皆さま") {
		return v.you + "へ"
	}
	return v.you + "各位"
}

// signatureJA: date, organisation and representative.
func (v *view) signatureJA() string {
	return v.dateJA(v.date) + "\n" + v.orgName() + "\n" + v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative's title and name")
}

// overlaps: a and b share a run of four characters (the description already
// names the cause).
func overlaps(a, b string) bool {
	r := []rune(a)
	for i := 0; i+4 <= len(r); i++ {
		if strings.Contains(b, string(r[i:i+4])) {
			return true
		}
	}
	return false
}
