package draft

import (
	"strings"

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

// leadJA is the first sentence and the apology.
func (v *view) leadJA() string {
	we := v.weJA()
	s := "このたび、"
	if c := v.causeShortJA(); c != "" {
		s += c + "により、"
	}
	s += we + "が保有する" + v.you + "の個人情報が" + v.whereJA() + v.happenedJA() + "。"
	s += v.you + "をはじめ関係者の皆さまに多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。"
	return s
}

// summaryJA says when the organisation detected and when it knew.
func (v *view) summaryJA() string {
	we := v.weJA()
	aw, ok := v.first(incident.EvAware)
	if !ok {
		return "現在、" + we + "のシステムで検知した事象について、個人情報への影響の有無を調査中です。"
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
	for _, c := range v.inc.Data.Categories {
		l := "・" + v.categoryJA(c)
		if c.Persons.Known && v.inc.Data.Persons.Known && c.Persons.N < v.inc.Data.Persons.N {
			l += "（" + incident.FormatCount(c.Persons, JA) + "名）"
		}
		list = append(list, l)
	}
	items := "・調査中"
	if len(list) > 0 {
		items = strings.Join(list, "\n")
	}
	ps := []para{
		p("items", v.affectedJA()+"情報は、次のとおりです。\n"+items),
		p("persons", "対象となる"+v.you+"の数は、"+v.personsJA()+"です。"),
	}
	if v.inc.Data.Records.Known && v.inc.Data.Persons.Known && v.inc.Data.Records.N != v.inc.Data.Persons.N {
		ps = append(ps, p("records", "延べ件数には、同じ方の情報が重複して含まれているため、人数とは一致しません。"))
	}
	if ni := v.notInvolvedJA(); ni != "" {
		ps = append(ps, p("not-involved", "なお、"+ni+"は含まれておりません。"))
	}
	return ps
}

// causeTextJA explains the cause.
func (v *view) causeTextJA() []para {
	c := v.causeJA()
	d := strings.TrimSpace(v.inc.Cause.Description)
	var s string
	switch {
	case c == "" && d == "":
		s = "原因は、現在調査中です。"
	case d == "":
		s = "原因は、" + c + "です。"
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

// harmJA says whether secondary harm is known, and what the risk is.
func (v *view) harmJA() []para {
	var s string
	switch r := v.inc.Risk; r.SecondaryHarm {
	case incident.Yes:
		s = "本件に起因する二次被害又はそのおそれが確認されております"
		if n := strings.TrimSpace(r.SecondaryHarmNote); n != "" {
			s += "（" + n + "）"
		}
		s += "。"
	case incident.No:
		s = "現時点で、本件に起因する二次被害は確認されておりません。"
	default:
		s = "二次被害の有無は、現在調査中です。"
	}
	var risks []string
	if v.hasFlag("card") {
		risks = append(risks, "クレジットカード情報が不正に利用されるおそれがあります。")
	}
	if v.hasFlag("password") {
		risks = append(risks, "ログインID・パスワードが悪用され、第三者が"+v.you+"になりすましてログインするおそれがあります。")
	}
	if v.hasCategory("email") || v.hasCategory("phone") || v.hasCategory("address") {
		risks = append(risks, v.weJA()+"や公的機関等をかたる不審なメール、電話、郵便物が届くおそれがあります。")
	}
	if v.hasFlag("sensitive") {
		risks = append(risks, "要配慮個人情報が含まれるため、"+v.you+"の権利利益が害されるおそれがあります。")
	}
	ps := []para{p("p1", s)}
	if len(risks) > 0 {
		ps = append(ps, p("risks", strings.Join(risks, "")))
	}
	if e, ok := v.first(incident.EvCardAcquirer); ok && v.hasFlag("card") {
		ps = append(ps, p("card", v.dateJA(e.At)+"、カード会社に本件を連絡し、対象となるカードの不正利用の監視について協力を依頼しております。"))
	}
	return ps
}

// requestJA is what the reader should do.
func (v *view) requestJA() []para {
	ps := []para{
		p("phishing", v.weJA()+"や公的機関、カード会社等を装った不審なメール、SMS、電話、郵便物にご注意ください。身に覚えのない連絡には応じず、記載されたリンクや添付ファイルを開かないようお願いいたします。"),
		p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、クレジットカード番号、セキュリティコード、パスワード等をお尋ねすることは一切ございません。"),
	}
	if v.hasFlag("card") {
		ps = append(ps, p("card", "お手元のクレジットカードのご利用明細に身に覚えのない請求がないか、ご確認をお願いいたします。万一、身に覚えのない請求がございましたら、カード裏面に記載のカード会社の窓口までお問い合わせください。"))
	}
	if v.hasFlag("password") {
		ps = append(ps, p("password", v.orgName()+"のサービスのパスワードを変更していただきますようお願いいたします。同じパスワードを他のサービスでもお使いの場合は、そちらも変更されることをお勧めします。"))
	}
	return ps
}

// responseJA is what the organisation has done: containment, investigation, reports.
func (v *view) responseJA() []para {
	var ps []para
	if e, ok := v.first(incident.EvContained); ok {
		s := v.dateJA(e.At) + "、"
		switch v.cause() {
		case incident.CauseMisdelivery:
			s += "誤って送付した先に連絡し、回収・削除を依頼いたしました。"
		case incident.CauseInsider:
			s += "当該従業者のアクセス権限を停止いたしました。"
		default:
			s += "被害の拡大を防ぐため、対象のシステムを外部から遮断する等の措置を講じました。"
		}
		ps = append(ps, p("contained", s))
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

// reportsJA lists the reports to authorities, done or to be made.
func (v *view) reportsJA() string {
	var out []string
	if e, ok := v.firstFor(incident.EvReportPrelim, "JP"); ok {
		out = append(out, v.dateJA(e.At)+"に個人情報保護委員会へ報告いたしました。")
	} else if v.obligationApplies("jp.report.prelim") {
		out = append(out, "個人情報保護委員会へ報告いたします。")
	}
	if m := strings.TrimSpace(v.inc.Org.Ministry); m != "" {
		if e, ok := v.first(incident.EvMinistryReport); ok {
			out = append(out, v.dateJA(e.At)+"に"+m+"へ報告いたしました。")
		} else if _, ok := v.first(incident.EvMinistryOrder); ok {
			out = append(out, m+"へ報告いたします。")
		}
	}
	if e, ok := v.first(incident.EvPolice); ok {
		out = append(out, v.dateJA(e.At)+"に警察へ相談・届出を行っております。")
	}
	return strings.Join(out, "")
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
