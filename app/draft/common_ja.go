package draft

import (
	"slices"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// The Japanese sentences the notices, announcements and reports share. What
// the persons and the public read is built from the facts and from the texts
// the company wrote for them (Public); the texts written for the authorities
// (Story, the cause's description, the note on secondary harm) reach the
// reports only; the notes (Notes, Event.Note) reach no document.

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
	n := v.inc.Org.Name
	for _, x := range []struct{ in, we string }{{"協会", "当協会"}, {"財団", "当財団"}, {"組合", "当組合"}, {"大学", "本学"}, {"学園", "本学園"}} {
		if strings.Contains(n, x.in) && !strings.Contains(n, "株式会社") {
			return x.we
		}
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

// entrustorNameJA is the name of the entrustor of the data the document
// speaks of, "" when not one named entrustor.
func (v *view) entrustorNameJA() string {
	id := v.party
	if id == "" {
		for _, s := range v.data() {
			if s.Role != incident.Processor {
				continue
			}
			if id != "" && id != s.Entrustor {
				return ""
			}
			id = s.Entrustor
		}
	}
	if p, ok := v.inc.Party(id); ok {
		return strings.TrimSpace(p.Name)
	}
	return ""
}

// holderJA is whose data it is, as "…の個人情報": "当社が保有するお客様の個人
// 情報"; for a processor "当社が架空商事株式会社様から委託を受けて取り扱っている皆さまの
// 個人情報"; for both, "当社が保有するお客様の個人情報及び当社が委託を受けて取り扱っている
// 個人情報".
func (v *view) holderJA() string {
	own, entrusted := false, false
	for _, s := range v.data() {
		if s.Role == incident.Processor {
			entrusted = true
		} else {
			own = true
		}
	}
	switch {
	case own && entrusted:
		return v.weJA() + "が保有する" + v.you + "の個人情報及び" + v.weJA() + "が委託を受けて取り扱っている個人情報"
	case entrusted:
		if e := v.entrustorNameJA(); e != "" {
			return v.weJA() + "が" + e + "様から委託を受けて取り扱っている" + v.you + "の個人情報"
		}
		return v.weJA() + "が委託を受けて取り扱っている" + v.you + "の個人情報"
	}
	return v.weJA() + "が保有する" + v.you + "の個人情報"
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
	if v.knew() == nil {
		s += v.weJA() + "において異常を把握し、" + v.you + "の個人情報が" + v.leakJA() + "したおそれがあることから、現在、影響の有無と範囲を調査しております。"
	} else {
		if c := v.causeShortJA(); c != "" {
			s += c + "により、"
		}
		s += v.holderJA() + "が" + v.whereJA() + v.happenedJA() + "。"
	}
	return s + v.apologyJA(false)
}

// summaryJA says how the company came to know and when: the detection and
// who told it (Event.Source), the instant it knew (the assessment's), and the
// day each set was confirmed when that came later.
func (v *view) summaryJA() string {
	we := v.weJA()
	det, hasDet := v.first(incident.EvDetected)
	knew := v.knew()
	if knew == nil {
		if hasDet {
			return v.evDateJA(det) + "、" + v.sourceJA(det.Source) + "、現在、" + v.you + "の個人情報への影響の有無を調査しております。"
		}
		return "現在、" + we + "において把握した事象について、" + v.you + "の個人情報への影響の有無を調査しております。"
	}
	s := v.dateJA(*knew) + "、"
	switch {
	case hasDet && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew):
		s = v.evDateJA(det) + "、" + v.sourceJA(det.Source) + "、調査を進めた結果、" + s
	case hasDet && det.Source != "":
		s += v.sourceJA(det.Source) + "、調査を行った結果、"
	}
	s += v.you + "の個人情報が" + v.whereJA() + v.leakJA()
	sets := v.data()
	allFrom := true // every set confirmed from the day the company knew
	for _, x := range sets {
		if !x.confirmed() || x.since != "" && x.since > incident.DateOf(knew.In(v.loc)) {
			allFrom = false
		}
	}
	if allFrom && len(sets) > 0 {
		return s + "したことを確認いたしました。"
	}
	s += "したおそれがあることが判明いたしました。"
	if conf := v.confirmedSince(); conf != "" {
		s += conf
	}
	return s
}

// publicSummaryJA is what happened as the company told it to the persons
// and the public (Public.Summary), else as the facts tell it (summaryJA).
func (v *view) publicSummaryJA() string {
	if s := strings.TrimSpace(v.inc.Public.Summary); s != "" {
		return s
	}
	return v.summaryJA()
}

// confirmedSince tells, after the おそれ, which sets were confirmed and on
// which day: "その後の調査により、2025年10月10日、カード情報を登録した会員（12,754名）
// の情報が漏えいしたことを確認いたしました。" ("" when none was).
func (v *view) confirmedSince() string {
	byDay := map[incident.Date][]*setView{}
	var days []incident.Date
	for _, x := range v.data() {
		if !x.confirmed() {
			continue
		}
		if _, ok := byDay[x.since]; !ok {
			days = append(days, x.since)
		}
		byDay[x.since] = append(byDay[x.since], x)
	}
	if len(days) == 0 {
		return ""
	}
	slices.Sort(days)
	one := len(v.data()) == 1
	what := func(d incident.Date) string {
		if one {
			return "個人情報"
		}
		return v.whoJA(byDay[d]) + "の情報"
	}
	var out, dated []string
	for _, d := range days {
		if d == "" {
			out = append(out, "このうち、"+what(d)+"については、"+v.leakJA()+"したことを確認しております。")
			continue
		}
		dated = append(dated, dayJA(d)+"に"+what(d)+"が")
	}
	switch len(dated) {
	case 0:
	case 1:
		out = append(out, "その後の調査により、"+strings.TrimSuffix(dated[0], "が")+"が"+v.leakJA()+"したことを確認いたしました。")
	default:
		out = append(out, "その後の調査により、"+strings.Join(dated, "、")+"、それぞれ"+v.leakJA()+"したことを確認いたしました。")
	}
	return strings.Join(out, "")
}

// acquiring: the set's data was being typed in when it was taken (web
// skimming), not held: its persons are those who typed it in the period.
func (v *view) acquiring(s *setView) bool {
	return s.Acquiring == incident.Yes || s.Acquiring == incident.Unknown && v.cause() == incident.CauseWebSkimming
}

// periodJA tells the period the data lay open to the cause (the exposure
// window, else from the intrusion to the containment): for data being typed
// in (web skimming) it defines the persons (those who typed card data then);
// for data held, the data affected is not limited to it (the sets' own
// periods, or what the systems held then).
func (v *view) periodJA() string {
	if !v.cyber() && v.cause() != incident.CauseInsider && v.inc.Exposure.Empty() {
		return ""
	}
	w := v.inc.Exposure
	if w.Empty() {
		in, ok1 := v.first(incident.EvIntrusion)
		end, ok2 := v.first(incident.EvContained)
		if !ok1 || !ok2 || !end.At.After(in.At) {
			return ""
		}
		w = incident.Window{From: incident.DateOf(in.At.In(v.loc)), To: incident.DateOf(end.At.In(v.loc)), Approx: in.Precision != incident.Exact && in.Precision != incident.Day}
	}
	span := windowJA(w)
	if w.To == "" {
		span = dayJA(w.From) + "から現在まで" // still open, as far as the document knows
	}
	var typed, held []*setView
	for _, s := range v.data() {
		if v.acquiring(s) {
			typed = append(typed, s)
		} else {
			held = append(held, s)
		}
	}
	est := ""
	if w.Approx {
		est = "（調査により推定した期間です）"
	}
	if len(typed) > 0 && len(held) == 0 {
		return "対象となるのは、" + span + est + "の間に、" + v.weJA() + "のウェブサイトの決済画面でクレジットカード情報等を入力された" + v.you + "です。"
	}
	not := "ただし、対象となる情報は、この期間に" + v.weJA() + "がお預かりした情報に限られず、"
	hs := v.heldJA(held)
	if hs == "" {
		hs = "その時点で" + v.weJA() + "のシステムに保存されていた情報"
	}
	if len(typed) > 0 {
		var names []string
		for _, x := range held {
			names = append(names, v.setNameJA(x))
		}
		var typedNames []string
		for _, x := range typed {
			typedNames = append(typedNames, v.setNameJA(x))
		}
		return span + est + "の間に" + v.weJA() + "のウェブサイトの決済画面で入力された、" + strings.Join(typedNames, "及び") + "のクレジットカード情報等が対象となります。" +
			"また、" + strings.Join(names, "及び") + "の情報は、この期間に" + v.weJA() + "がお預かりしたものに限られず、" + hs + "です。"
	}
	what := "不正なアクセスが可能な状態にあった期間"
	switch v.cause() {
	case incident.CauseInsider:
		what = "持ち出しが行われていた期間"
	case incident.CauseMisconfiguration:
		what = "外部から閲覧できる状態にあった期間"
	}
	s := what + "は、" + span
	if w.Approx {
		s += "と推定しております。"
	} else {
		s += "です。"
	}
	return s + not + hs + "です。"
}

// heldJA names the periods the sets cover: "2005年以降に当社がお預かりした会員の情報".
func (v *view) heldJA(sets []*setView) string {
	var out []string
	for _, s := range sets {
		if w := windowJA(s.Held); w != "" {
			n := "情報"
			if len(sets) > 1 || v.several() || v.reader != nil && len(v.data()) > 1 {
				n = v.setNameJA(s) + "の情報"
			}
			out = append(out, w+"に"+v.weJA()+"がお預かりした"+n)
		}
	}
	return strings.Join(out, "、")
}

// historyJA lists the dated steps that led to knowing, for a notice: each
// step from its kind, its party and its source, never its note.
func (v *view) historyJA() string {
	var lines []string
	for _, e := range v.timeline() {
		switch e.Kind {
		case incident.EvIntrusion, incident.EvDetected, incident.EvContained, incident.EvAware,
			incident.EvForensic, incident.EvScopeConfirmed:
		default:
			continue
		}
		if t := v.eventJA(e); t != "" {
			lines = append(lines, "・"+v.evDateWJA(e)+"　"+t)
		}
	}
	if len(lines) < 2 {
		return ""
	}
	return "【経緯】\n" + strings.Join(lines, "\n")
}

// timelineJA writes every event known on the document's date, for a report
// or a memo: dated lines in order, then those not dated yet.
func (v *view) timelineJA() string {
	var lines []string
	for _, e := range v.timeline() {
		if t := v.eventJA(e); t != "" {
			lines = append(lines, "・"+v.evDateTimeJA(e)+"　"+t)
		}
	}
	for _, e := range v.inc.Events {
		if !e.Dated() {
			if t := v.eventJA(e); t != "" {
				lines = append(lines, "・日付未確認　"+t)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// dataJA lists the affected items and the number of persons, for a notice or
// an announcement: to the persons of one set, what of theirs was affected
// (with the data of the set they are part of), what was not, and that a part
// of them had more affected; for everyone, set by set.
func (v *view) dataJA() []para {
	if v.several() {
		return v.dataBySetJA()
	}
	cs := v.categoriesOf()
	persons, _ := v.persons()
	records, _ := v.records()
	var list []string
	for _, c := range cs {
		l := "・" + v.categoryJA(c)
		if c.Persons.Known && persons.Known && c.Persons.N < persons.N {
			l += "（うち" + countJA(c.Persons) + "名）"
		}
		list = append(list, l)
	}
	items := "・現在調査中です。判明し次第、お知らせいたします。"
	if len(list) > 0 {
		items = strings.Join(list, "\n")
	}
	count := "対象となる" + v.you + "は、" + personsJA(persons, incident.Count{}) + "です。"
	if v.reader != nil && v.reader.parent != nil {
		count = "対象となる" + v.you + "は、" + v.setNameJA(v.reader.parent) + "のうち「" + v.setNameJA(v.reader) + "」に当たる" + personsJA(persons, incident.Count{}) + "です。"
	}
	if !persons.Known {
		count = "対象となる" + v.you + "の数は、現在調査中です。"
	}
	ps := []para{p("items", v.affectedJA()+"情報は、次のとおりです。\n"+items), p("persons", count)}
	if records.Known && persons.Known && records.N != persons.N {
		ps = append(ps, p("records", "延べ件数（"+countJA(records)+"件）には同じ方の情報が重複して含まれているため、人数とは一致しません。"))
	}
	sub := v.subsetsJA()
	ps = append(ps, p("subsets", sub))
	if ni := v.notInvolvedJA(); ni != "" {
		lead := "なお、"
		if sub != "" {
			lead = "また、"
		}
		whose := v.you + "の情報"
		if v.reader != nil && len(v.sets) > 1 {
			whose = "このお知らせをお送りしている" + v.you + "の情報"
		}
		ps = append(ps, p("not-involved", lead+whose+"には、"+ni+"は含まれておりません。"))
	}
	ps = append(ps, v.formerJA()...)
	return ps
}

// dataBySetJA lists the items set by set, for everyone (an announcement).
func (v *view) dataBySetJA() []para {
	var blocks []string
	for _, s := range v.scope {
		head := "【" + v.setNameJA(s)
		if s.parent != nil && slices.Contains(v.scope, s.parent) {
			head = "【" + v.setNameJA(s.parent) + "のうち、" + v.setNameJA(s)
		}
		if s.persons.Known {
			head += "（" + countJA(s.persons) + "名）"
		}
		head += "】"
		items := v.itemsJA(v.ownItems(s), s.persons)
		if items == "" {
			items = "調査中です。"
		}
		if s.parent != nil && slices.Contains(v.scope, s.parent) {
			items = "上記に加え、" + items
		}
		status := ""
		if v.confirmedSets() != nil { // some confirmed, some only possible: say which
			if s.confirmed() {
				status = "（" + v.leakJA() + "を確認）"
			} else {
				status = "（" + v.leakJA() + "のおそれ）"
			}
		}
		blocks = append(blocks, head+status+"\n"+items)
	}
	persons, partial := v.persons()
	count := "対象となる方は、合計" + personsJA(persons, incident.Count{}) + "です。"
	switch {
	case !persons.Known:
		count = "対象となる方の数は、現在調査中です。"
	case partial:
		count = "対象となる方は、現時点で判明している分で" + personsJA(persons, incident.Count{}) + "です。人数は引き続き調査しております。"
	}
	ps := []para{
		p("items", v.affectedJA()+"情報は、対象となる方により異なり、次のとおりです。\n"+strings.Join(blocks, "\n")),
		p("persons", count),
	}
	if ni := v.notInvolvedJA(); ni != "" {
		ps = append(ps, p("not-involved", "なお、"+ni+"は含まれておりません。"))
	}
	ps = append(ps, v.formerJA()...)
	return ps
}

// subsetsJA tells the persons of a set that a part of them (the sets within
// it) had more data affected, and are told apart: "なお、会員の皆さまのうち一部の方
// （12,754名）については、上記に加え、クレジットカード番号…も対象となっております。該当する
// 方には、このお知らせとは別に、個別にご連絡いたします。".
func (v *view) subsetsJA() string {
	if v.reader == nil {
		return ""
	}
	var out []string
	for _, s := range v.sets {
		if s.parent != v.reader {
			continue
		}
		var extra []incident.Category
		for _, c := range s.Categories {
			if !slices.ContainsFunc(v.reader.categories(), func(x incident.Category) bool { return sameCategory(x, c) }) {
				extra = append(extra, c)
			}
		}
		if len(extra) == 0 {
			continue
		}
		who := v.setNameJA(v.reader) + "のうち一部の方"
		if s.persons.Known {
			who += "（" + countJA(s.persons) + "名）"
		}
		out = append(out, "なお、"+who+"については、上記に加え、"+v.itemsJA(extra, incident.Count{})+"も対象となっております。該当する方には、このお知らせとは別に、個別にご連絡いたします。")
	}
	return strings.Join(out, "")
}

// notInvolvedJA lists what was not involved for the persons the document
// speaks of: the items a set says were not affected, and, in a notice to the
// persons of one set, the weighty items (card, password, My Number, health)
// that other sets had and theirs did not.
func (v *view) notInvolvedJA() string {
	have := v.categoriesOf()
	var ids []string
	add := func(id string) {
		if !slices.ContainsFunc(have, func(c incident.Category) bool { return c.ID == id }) && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, s := range v.data() {
		for _, id := range s.NotInvolved {
			add(id)
		}
	}
	if v.reader != nil {
		for _, s := range v.sets {
			for _, c := range s.Categories {
				if cat := v.rs.Category(c.ID); cat != nil && (cat.Has("card") || cat.Has("password") || cat.Has("mynumber") || cat.Has("sensitive") || cat.Has("financial")) {
					add(c.ID)
				}
			}
		}
	}
	return v.notInvolvedNamesJA(ids)
}

// retention is, for a set with former persons, whether their data was kept
// past the company's own rule (assess.KeptPastRule, as the engine and the
// lint judge it, at the instant the company knew, or at the document's date
// while it has not), and how many years ago the earliest of them left.
func (v *view) retention(s *setView) (exceeded bool, ago int) {
	f := s.Former
	year := f.LeftFrom.Year()
	if f.Persons.Known && f.Persons.N == 0 || year == 0 {
		return false, 0
	}
	ref := v.date
	if k := v.knew(); k != nil {
		ref = *k
	}
	past, ok := assess.KeptPastRule(v.inc, s.DataSet, ref)
	return ok && past, ref.In(v.loc).Year() - year
}

// formerJA tells, for a notice, that persons who had left are among those
// affected and, when their data was kept past the company's own rule,
// apologises for keeping it.
func (v *view) formerJA() []para {
	var ps []para
	for _, s := range v.data() {
		f := s.Former
		if !f.Any() || f.Persons.Known && f.Persons.N == 0 {
			continue
		}
		word := v.formerWordJA(s)
		who := "既に" + word + "された方"
		if f.LeftFrom != "" {
			who = dayJA(f.LeftFrom) + "以降に" + word + "された方"
		}
		if f.Persons.Known {
			who += "（" + countJA(f.Persons) + "名）"
		}
		what := "対象には、"
		if v.several() {
			what = v.setNameJA(s) + "には、"
		}
		txt := what + who + "の情報も含まれております。"
		if exceeded, _ := v.retention(s); exceeded {
			rule := v.weJA() + "の規程"
			if r := strings.TrimSpace(f.Rule); r != "" && !v.formal() {
				rule = v.weJA() + "の規程（" + r + "）"
			}
			limit := word + "後" + itoa(f.RetentionYears) + "年を経過した情報は"
			if f.RetentionYears == 0 {
				limit = "利用目的を達成した情報は速やかに"
			}
			txt += rule + "では、" + limit + "削除することとしておりましたが、削除されずに保存されておりました。本来削除すべき情報を保存していたために、" + word + "された皆さまにもご迷惑とご心配をおかけすることとなりましたことを、深くお詫び申し上げます。"
		}
		ps = append(ps, p("former-"+s.ID, txt))
	}
	return ps
}

// formerWordJA is what the persons of s who left did, as the set's name or
// the company's rule says: 応募 (applicants, whose purpose ended with the
// selection), 解約 (a contract ended), 退職 (staff), 退会; without a word
// there, 退職 in a notice to staff and 退会 otherwise.
func (v *view) formerWordJA(s *setView) string {
	for _, w := range []string{"応募", "解約", "退職", "退会"} {
		if strings.Contains(s.Name+s.Former.Rule, w) {
			return w
		}
	}
	if strings.HasPrefix(v.you, "従業員") {
		return "退職"
	}
	return "退会"
}

// causeTextJA explains the cause. For the persons and the public: the
// company's own words (Public.Cause), else the cause's kind. For the
// authorities: the kind and the description entered for the cause (a noun
// phrase becomes "具体的には、…によるものです"; sentences stay sentences).
func (v *view) causeTextJA() []para {
	c := v.causeJA()
	var s string
	if !v.formal() {
		pub := strings.TrimSpace(v.inc.Public.Cause)
		switch {
		case pub != "":
			s = pub
		case c == "":
			s = "原因は、現在調査中です。"
		default:
			s = "原因は、" + c + "です。"
		}
	} else {
		d := strings.TrimSuffix(strings.TrimSpace(v.inc.Cause.Description), "。")
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
	ps := []para{p("p1", s)}
	if v.hasForensic() && v.cyber() {
		ps = append(ps, p("forensic", "外部の専門機関の協力を得て、侵入の経路と手口の詳細を調査しております。"))
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
func (v *view) forWhomJA(flag string) string {
	sets, all := v.holders(v.flagged(flag))
	if all || len(sets) == 0 {
		return ""
	}
	if len(v.scope) > 1 || v.reader != nil && len(v.data()) > 1 {
		return v.whoJA(sets) + "については、"
	}
	for _, c := range v.categoriesOf() {
		if v.flagged(flag)(c) && c.Persons.Known {
			return "対象となる方のうち一部の方（" + countJA(c.Persons) + "名）については、"
		}
	}
	return "対象となる方のうち一部の方については、"
}

// harmJA says whether secondary harm is known, and what the risk is.
func (v *view) harmJA() []para {
	var s string
	switch r := v.inc.Risk; r.SecondaryHarm {
	case incident.Yes:
		s = "本件に起因する二次被害又はそのおそれのある事象を確認しております"
		if n := strings.TrimSpace(r.SecondaryHarmNote); n != "" && v.formal() {
			s += "（" + n + "）"
		}
		s += "。"
	case incident.No:
		s = "現時点で、本件に起因する二次被害は確認されておりません。"
	default:
		s = "二次被害の有無は、現在調査中です。"
	}
	protected := len(v.data()) > 0
	for _, x := range v.data() {
		protected = protected && x.Encryption == incident.HighGrade
	}
	var risks []string
	if v.hasFlag("card") {
		risks = append(risks, v.forWhomJA("card")+"クレジットカード情報が不正に利用されるおそれがあります。")
	}
	if v.hasFlag("password") {
		risks = append(risks, v.forWhomJA("password")+"ログインID・パスワードが悪用され、第三者が"+v.you+"になりすましてログインするおそれがあります。")
	}
	if ch := v.channelsJA(); ch != "" {
		risks = append(risks, v.weJA()+"や公的機関等をかたる不審な"+ch+"が届くおそれがあります。")
	}
	if v.hasFlag("sensitive") && !protected {
		if v.formal() {
			risks = append(risks, "要配慮個人情報が含まれるため、本人の権利利益が害されるおそれがあります。")
		} else {
			risks = append(risks, v.forWhomJA("sensitive")+"健康や診療に関する情報など、特に慎重な取扱いを要する情報が含まれております。")
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
		ps = append(ps, p("card", v.evDateJA(e)+"、クレジットカード会社に本件を連絡し、対象となるカードの不正利用の監視について協力を依頼しております。"))
	}
	if !v.formal() && v.inc.Risk.SecondaryHarm != incident.Unknown {
		ps = append(ps, p("watch", v.weJA()+"では、二次被害の防止に向けて、引き続き状況の把握に努めてまいります。"))
	}
	return ps
}

// neverAskJA is what the organisation will never ask for: always the whole
// list, whatever data was affected (a fraudster asks for any of them).
const neverAskJA = "クレジットカード番号、セキュリティコード、銀行の口座番号、暗証番号、ID・パスワード、マイナンバー（個人番号）"

// requestJA is what the reader should do.
func (v *view) requestJA() []para {
	who := v.weJA() + "や公的機関"
	if v.hasFlag("card") {
		who += "、クレジットカード会社"
	}
	ps := []para{
		p("phishing", who+"等を装った不審なメール、SMS、電話、郵便物にご注意ください。身に覚えのない連絡には応じず、記載されたリンクや添付ファイルを開かないようお願いいたします。"),
		p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、"+neverAskJA+"等をお尋ねすることは一切ございません。"),
	}
	if v.hasFlag("card") {
		ps = append(ps,
			p("card", v.forWhomJA("card")+"お手元のクレジットカードのご利用明細に身に覚えのない請求がないか、ご確認をお願いいたします。万一、身に覚えのない請求がございましたら、カード裏面に記載のカード会社の窓口までお問い合わせください。"),
			p("reissue", "カードの再発行を希望される場合は、カード裏面に記載のカード会社の窓口にお申し付けください。再発行に伴う手数料は、"+v.weJA()+"が負担いたします。"))
	}
	if v.hasFlag("password") {
		ps = append(ps, p("password", v.forWhomJA("password")+v.weJA()+"のサービスでご利用のパスワードを変更していただきますよう、お願いいたします。同じパスワードを他のサービスでもお使いの場合は、そちらも変更されることをお勧めいたします。"))
	}
	return ps
}

// containedJA is what was done to stop the harm, by the cause (the measure
// itself is told in the company's words: Public.Measures, Story.Response).
func (v *view) containedJA(e incident.Event) string {
	s := v.evDateJA(e) + "、"
	switch v.cause() {
	case incident.CauseMisdelivery:
		return s + "誤って送付した先に連絡し、回収・削除を依頼いたしました。"
	case incident.CauseMisconfiguration:
		return s + "設定を修正し、外部から閲覧できない状態にいたしました。"
	}
	return s + "被害の拡大を防ぐための措置を講じました。"
}

// responseJA is what the organisation has done: containment, investigation,
// reports, and the company's own account (Public.Measures for the persons and
// the public, Story.Response for the authorities).
func (v *view) responseJA() []para {
	var ps []para
	if e, ok := v.first(incident.EvContained); ok {
		ps = append(ps, p("contained", v.containedJA(e)))
	}
	if e, ok := v.first(incident.EvForensic); ok {
		ps = append(ps, p("forensic", v.evDateJA(e)+"、外部の専門機関に調査を依頼いたしました。"))
	} else if _, ok := v.undated(incident.EvForensic); ok {
		ps = append(ps, p("forensic", "外部の専門機関に調査を依頼いたしました。"))
	}
	ps = append(ps, p("reports", v.reportsJA()))
	own := v.inc.Public.Measures
	if v.formal() {
		own = v.inc.Story.Response
	}
	if r := strings.TrimSpace(own); r != "" {
		ps = append(ps, p("story", r))
	}
	if strings.Join(paraTexts(ps), "") == "" {
		ps = append(ps, p("ongoing", "現在、影響の有無と範囲を調査しております。判明した事項は、速やかにお知らせいたします。"))
	}
	return ps
}

// reportsJA lists the reports to authorities, done or to be made, each to
// whom it went (the recipient of Japan's report is the assessment's: the
// PPC, or the ministry it delegated to), reports on the same days together.
// The report to a ministry leaves out that ministry's own reports (this is one).
func (v *view) reportsJA() string {
	type sent struct {
		days []string
		to   []string
	}
	var groups []*sent
	add := func(days []string, to string) {
		key := strings.Join(days, "及び")
		for _, g := range groups {
			if strings.Join(g.days, "及び") == key {
				g.to = append(g.to, to)
				return
			}
		}
		groups = append(groups, &sent{days: days, to: []string{to}})
	}
	var days []string
	to := ""
	for _, k := range []incident.EventKind{incident.EvReportPrelim, incident.EvReportFinal} {
		if e, ok := v.firstFor(k, "JP"); ok {
			days = append(days, v.evDateJA(e))
			if to == "" {
				to = v.reportedToJA(e)
			}
		}
	}
	if len(days) > 0 {
		add(days, v.addressJA(to))
	}
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if e.Dated() && e.Jurisdiction != "" && e.Jurisdiction != "JP" && v.jur(e.Jurisdiction) != nil {
			add([]string{v.evDateJA(e)}, v.reportedToJA(e))
		}
	}
	if v.kind != KindMinistry {
		for _, e := range v.inc.EventsOf(incident.EvMinistryReport) {
			if m := v.ministryNameJA(e.Party); e.Dated() && m != "" {
				add([]string{v.evDateJA(e)}, m)
			}
		}
	}
	var out []string
	for _, g := range groups {
		out = append(out, strings.Join(g.days, "及び")+"に"+strings.Join(g.to, "及び")+"へ報告いたしました。")
	}
	if len(days) == 0 && v.obligationApplies("jp.report.prelim") {
		out = append(out, v.addressJA(v.recipientJA())+"へ報告いたします。")
	}
	if e, ok := v.first(incident.EvPolice); ok {
		if v.cause() == incident.CauseLoss {
			out = append(out, v.evDateJA(e)+"に警察へ遺失届を提出いたしました。")
		} else {
			out = append(out, v.evDateJA(e)+"に警察へ相談いたしました。")
		}
	}
	return strings.Join(out, "")
}

// ministryNameJA names the ministry a party id (or the only ministry) is.
func (v *view) ministryNameJA(id string) string {
	if p, ok := v.inc.Party(id); ok && strings.TrimSpace(p.Name) != "" {
		return strings.TrimSpace(p.Name)
	}
	if ps := v.inc.PartiesOf(incident.PartyMinistry); len(ps) == 1 {
		return strings.TrimSpace(ps[0].Name)
	}
	return ""
}

// preventionJA: the preventive measures as the company wrote them for the
// readers (Public.Prevention; Story.Prevention for an authority), or a placeholder.
func (v *view) preventionJA() string {
	pr := strings.TrimSpace(v.inc.Public.Prevention)
	if v.formal() {
		pr = strings.TrimSpace(v.inc.Story.Prevention)
	}
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

// representativeJA is who signs: the representative's title and name, or a placeholder.
func (v *view) representativeJA() string {
	return v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative's title and name")
}

// letterheadJA is the head of a letter or report: date, addressee, sender.
func (v *view) letterheadJA(to string) []para {
	return []para{
		p("date", v.dateJA(v.date)),
		p("to", to),
		p("from", v.orgName()+"\n"+v.representativeJA()),
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
	return v.dateJA(v.date) + "\n" + v.orgName() + "\n" + v.representativeJA()
}

// endsInVerb: a description ending in a verb or adjective ("…窃取される状態に
// なっていた") takes こと before "によるものです"; a noun phrase does not.
func endsInVerb(s string) bool {
	r := []rune(s)
	if len(r) == 0 {
		return false
	}
	last := r[len(r)-1]
	return strings.ContainsRune("たるいうくすつぬむぶぐず", last)
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
