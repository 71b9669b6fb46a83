package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// The Japanese sentences the notices, announcements and reports share. What
// the persons and the public read is built from the facts and from the texts
// the company wrote for them (Public); the texts written for the authorities
// (Story, the cause's description, the note on secondary harm) reach the
// reports only; the notes (Notes, Event.Note) reach no document.

// weJA is how the organisation names itself: 当社, 当院, 本市 ...
func (v *view) weJA() string {
	if v.inc.Org.Kind.IsPublic() {
		n := v.inc.Org.Name
		if v.inc.Org.Sector == "medical" && slices.ContainsFunc([]string{"病院", "医院", "診療所"}, func(w string) bool { return strings.Contains(n, w) }) {
			return "当院" // a public hospital or clinic (a city's, 121's), not 本市 or 当機関
		}
		for _, s := range []string{"市", "区", "町", "村", "県", "都", "府"} {
			if strings.Contains(n, s) {
				return "本" + s
			}
		}
		return "当機関"
	}
	if v.inc.Org.Sector == "medical" && v.hospital() {
		return "当院"
	}
	n := v.inc.Org.Name
	// A bank or a 金庫 by its name's ending, whatever its company form
	// (株式会社○○銀行, ○○銀行株式会社): 当行, 当金庫. A name that only holds
	// the word (株式会社銀行システム研究所, ○○銀行系カード) is no bank.
	core := strings.Trim(strings.NewReplacer("株式会社", "", "（株）", "", "(株)", "").Replace(n), " 　")
	for _, x := range []struct{ end, we string }{{"銀行", "当行"}, {"信用金庫", "当金庫"}, {"労働金庫", "当金庫"}, {"中央金庫", "当金庫"}} {
		if strings.HasSuffix(core, x.end) {
			return x.we
		}
	}
	// A school named by the corporation that runs it and its own name
	// (学校法人○○学園 ○○高等学校) writes over its principal's name and
	// calls itself 本校 (124: a high school's letter said 本学園 where its
	// own text said 本校); a university stays 本学 below.
	for _, end := range []string{"高等学校", "中学校", "小学校", "中等教育学校", "義務教育学校", "高等専門学校", "専門学校", "高校"} {
		if strings.HasSuffix(strings.TrimSpace(n), end) && !strings.Contains(n, "株式会社") {
			return "本校"
		}
	}
	// A 社会福祉協議会 calls itself 本会 (45: its own text said 本会 and the
	// template 当法人 beside it); a pension fund (企業年金基金, 119) 当基金.
	for _, x := range []struct{ in, we string }{{"協議会", "本会"}, {"協会", "当協会"}, {"財団", "当財団"}, {"組合", "当組合"}, {"基金", "当基金"}, {"大学", "本学"}, {"学園", "本学園"}} {
		if strings.Contains(n, x.in) && !strings.Contains(n, "株式会社") {
			return x.we
		}
	}
	// A corporation that is not a company calls itself 当法人 (43: a
	// 社会福祉法人 wrote 当社); the endings above come first (公益社団法人○○協会
	// is 当協会). So does a professional corporation (税理士法人, 弁護士法人,
	// 監査法人 …: corporations under their own professions' laws, not
	// companies).
	for _, form := range []string{"社会福祉法人", "一般社団法人", "公益社団法人", "特定非営利活動法人", "NPO法人", "医療法人", "宗教法人", "独立行政法人",
		"税理士法人", "弁護士法人", "司法書士法人", "行政書士法人", "社会保険労務士法人", "弁理士法人", "土地家屋調査士法人", "監査法人"} {
		if strings.Contains(n, form) {
			return "当法人"
		}
	}
	// A practice run by a professional in person (架空会計税理士事務所, ○○法律
	// 事務所, ○○社会保険労務士事務所) is 当事務所, not a company (118: a tax
	// accountant's own texts said 当事務所 beside the template's 当社).
	if !strings.Contains(n, "株式会社") && !strings.Contains(n, "有限会社") && !strings.Contains(n, "合同会社") && strings.HasSuffix(core, "事務所") {
		return "当事務所"
	}
	return "当社"
}

// hospital: a medical organisation that calls itself 当院: a hospital or a
// clinic by its name, or one whose name shows no other form. A social
// welfare corporation's or a company's care service entered as medical
// (110: 社会福祉法人…デイサービスセンター, told 「当院の職員」) is 当法人 or 当社.
func (v *view) hospital() bool {
	n := v.inc.Org.Name
	for _, w := range []string{"病院", "医院", "クリニック", "診療所", "歯科"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	for _, form := range []string{"社会福祉法人", "株式会社", "有限会社", "合同会社", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "特定非営利活動法人", "NPO法人"} {
		if strings.Contains(n, form) {
			return false
		}
	}
	return true
}

// titleJA: "不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ".
func (v *view) titleJA() string {
	if v.handlingOnly() {
		if c := v.causeShortJA(); c != "" {
			return c + "に関するお詫びとご報告"
		}
		return "個人情報の取扱いに関するお詫びとご報告"
	}
	t := "個人情報" + v.leakJA()
	if c := v.causeShortJA(); c != "" {
		t = c + "による" + t
	}
	if v.possible() {
		return t + "のおそれに関するお詫びとお知らせ"
	}
	return t + "に関するお詫びとご報告"
}

// whereJA: "外部に" for attacks, "第三者に" otherwise; nothing when the data
// was only lost or damaged: 滅失 and 毀損 happen to no one (a bank's slips
// shredded by mistake were 「第三者に滅失」, an encrypted database 「外部に毀損」).
func (v *view) whereJA() string {
	if leak, _, _ := v.kinds(); !leak && len(v.data()) > 0 {
		return ""
	}
	if v.cyber() {
		return "外部に"
	}
	if v.cause() == incident.CauseInsiderViewing || v.shownToStaff() {
		return "業務上の必要のない" + v.staffJA() + "に" // inside, not to a 第三者 (84, 137)
	}
	return "第三者に"
}

// entrustor is the party of the entrustor of the data the document speaks
// of; the zero Party when not one entrustor.
func (v *view) entrustor() incident.Party {
	p, _ := v.inc.Party(v.entrustorID())
	return p
}

// entrustorClients: the entrustor of the document's data stands for all the
// clients of a service (Party.Clients).
func (v *view) entrustorClients() bool { return v.entrustor().Clients == incident.Yes }

// entrustorKind is the kind of the entrustor of the data the document
// speaks of (its party's OrgKind), "" when not one entrustor.
func (v *view) entrustorKind() incident.OrgKind { return v.entrustor().OrgKind }

// entrustorNameJA is the name of the entrustor of the data the document
// speaks of, "" when not one named entrustor.
func (v *view) entrustorNameJA() string { return strings.TrimSpace(v.entrustor().Name) }

// entrustorID is the party id of the entrustor of the data the document
// speaks of, "" when not one entrustor.
func (v *view) entrustorID() string {
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
	return id
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
		return v.weJA() + "が保有する" + v.whoseJA() + "の個人情報及び" + v.weJA() + "が委託を受けて取り扱っている個人情報"
	case entrusted:
		if e := v.entrustorNameJA(); e != "" && !v.entrustorClients() {
			return v.weJA() + "が" + e + "様から委託を受けて取り扱っている" + v.whoseJA() + "の個人情報"
		}
		if r := strings.TrimSpace(v.entrustor().Relation); r != "" && v.kind == KindNotice && v.entrustorClients() && !v.directReaders() {
			// Readers who may never have heard of the company are told
			// whose clients they were (116: candidates screened for the
			// companies they applied to).
			return v.weJA() + "が、" + r + "（" + v.weJA() + "の取引先）から委託を受けて取り扱っている" + v.whoseJA() + "の個人情報"
		}
		return v.weJA() + "が委託を受けて取り扱っている" + v.whoseJA() + "の個人情報"
	}
	if v.inc.Cause.AtRecipient() {
		// What leaked is the copy the recipient held, not the one the
		// company keeps (126, F607).
		return v.weJA() + "が" + v.providedToJA() + "に提供していた" + v.whoseJA() + "の個人情報"
	}
	return v.weJA() + "が保有する" + v.oneWhoseJA() + "の個人情報"
}

// providedToJA is the business the company had provided the data to, as the
// object of 「…に提供していた」: its name, else 「他の事業者」.
func (v *view) providedToJA() string {
	if n := strings.TrimSpace(v.inc.Cause.AtName); n != "" {
		return n
	}
	return "他の事業者"
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
		s += v.weJA() + "において異常を把握し、" + v.whoseJA() + "の個人情報が" + v.leakJA() + "したおそれがあることから、現在、影響の有無と範囲を調査しております。"
	} else if v.handlingOnly() {
		s += v.holderJA() + "について、" + v.happenedJA() + "。"
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
	det, hasDet := v.trigger()
	knew := v.knew()
	if knew == nil {
		if hasDet {
			return v.evDateJA(det) + "、" + v.sourceJA(det) + "、現在、" + v.whoseJA() + "の個人情報への影響の有無を調査しております。"
		}
		return "現在、" + we + "において把握した事象について、" + v.whoseJA() + "の個人情報への影響の有無を調査しております。"
	}
	s := v.knewDayJA() + "、"
	switch {
	case hasDet && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew):
		if late := v.readLateJA(det); late != "" {
			if det.Learned == incident.DateOf(knew.In(v.loc)) {
				s = late // read on the day it knew: one day, told once
			} else {
				s = late + v.investigatedJA(det, "調査を進めた結果、") + s
			}
			break
		}
		s = v.evDateJA(det) + "、" + v.sourceJA(det) + "、" + v.investigatedJA(det, "調査を進めた結果、") + s
	case hasDet && det.Source != "":
		s += v.sourceJA(det) + "、" + v.investigatedJA(det, "調査を行った結果、")
	}
	if e, ok := v.earlierWord(det); ok && hasDet {
		s = v.evDateJA(e) + "、" + v.sourceJA(e) + "、その後、" + s // the earlier word first (F1423)
	}
	if v.handlingOnly() {
		// Nothing leaked, lost or damaged (F1492): the report's own 「漏え
		// い等の別：該当なし」 beside 「…が毀損したことを確認」 contradicted it.
		what := v.whoseJA() + "の個人情報"
		if v.formal() && v.entrusted() {
			what = "委託元から預かった個人データ"
		}
		return s + what + "について、" + v.handlingJA() + "ことを確認いたしました。"
	}
	if v.formal() && v.entrusted() {
		s += "委託元から預かった個人データが" + v.whereJA() + v.leakJA() // not 「本人の個人情報」: whose they are is the entrustors' to say
	} else {
		s += v.whoseJA() + "の個人情報が" + v.whereJA() + v.leakJA()
	}
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
	if conf := v.confirmedSince(false); conf != "" {
		s += conf
	}
	return s
}

// readLateJA opens a summary on a message that reached the organisation on
// its day and was read only on the day learned (Event.Learned): 「2024年5月
// 24日に委託先から届いていた連絡に、2024年6月3日に気付き、」, not 「…から連絡
// を受け、」 (158: the vendor's notice went to a departed manager's mailbox
// and nobody read it for ten days, F1144). "" for a detection that was no
// message, or was read on its day.
func (v *view) readLateJA(det incident.Event) string {
	if !v.readLate(det) {
		return ""
	}
	src := v.sourceJA(det) // 「委託先から連絡を受け」, 「攻撃者とみられる者から連絡があり」
	i := strings.LastIndex(src, "から")
	if i < 0 {
		return ""
	}
	from, msg := src[:i], src[i+len("から"):]
	what, ok := strings.CutSuffix(msg, "を受け")
	if !ok {
		what, ok = strings.CutSuffix(msg, "があり")
	}
	if !ok {
		return ""
	}
	// 「お客様からの連絡を受け」: 「お客様から届いていた連絡に」, not 「…届いていたの連絡に」.
	what = strings.TrimPrefix(what, "の")
	return v.evDateJA(det) + "に" + from + "から届いていた" + what + "に、" + dayJA(det.Learned) + "に気付き、"
}

// investigatedJA is link when the time line records an investigation
// between det and the knowing (investigated), else nothing: the two days
// are told as they are (F1086).
func (v *view) investigatedJA(det incident.Event, link string) string {
	if v.investigated(det) {
		return link
	}
	return ""
}

// publicSummaryJA is what happened as the company told it to the persons
// and the public (Public.Summary), else as the facts tell it (summaryJA).
//
// Before the company knew personal data was affected, the facts of that day
// are told, not the user's words: they were typed when all was known (142: a
// warning of 1/13 against callers using the company's name said 「当社の従業員
// が、お客様の情報を不正に取得し…判明しました」, learnt on 1/24; 132's first
// announcement 「…漏えいしたことが分かりました」, three weeks before it was;
// F864).
func (v *view) publicSummaryJA() string {
	if v.knew() == nil {
		return v.summaryJA()
	}
	if s := strings.TrimSpace(v.inc.Public.Summary); s != "" {
		return s
	}
	return v.summaryJA()
}

// setsBySince groups the document's sets that keep accepts by the day
// each was confirmed (setView.since), the days in order.
func (v *view) setsBySince(keep func(*setView) bool) ([]incident.Date, map[incident.Date][]*setView) {
	byDay := map[incident.Date][]*setView{}
	var days []incident.Date
	for _, x := range v.data() {
		if !keep(x) {
			continue
		}
		if _, ok := byDay[x.since]; !ok {
			days = append(days, x.since)
		}
		byDay[x.since] = append(byDay[x.since], x)
	}
	slices.Sort(days)
	return days, byDay
}

// confirmedSince tells, after the おそれ, which sets were confirmed and on
// which day: "その後の調査により、2025年10月10日、カード情報を登録した会員（12,754名）
// の情報が漏えいしたことを確認いたしました。" ("" when none was). 「調査により」 only
// when the time line records an investigation by the last of those days
// (investigatedUntil), else 「その後、」 (F1160). again: the sentence before
// has already told a later day with 「その後」 (an entrustor's data found
// after the knowing), so this one goes on with 「さらに」 (F1201).
func (v *view) confirmedSince(again bool) string {
	days, byDay := v.setsBySince((*setView).confirmed)
	if len(days) == 0 {
		return ""
	}
	one := len(v.data()) == 1
	what := func(d incident.Date) string {
		if one {
			return "個人情報"
		}
		return v.whoJA(byDay[d]) + "の情報"
	}
	var out, dated []string
	for _, d := range days {
		if d == "" || v.byKnowing(d) {
			// Confirmed from the start, or by the day of knowing (153:
			// d1's status dated that day), as summaryJA's allFrom reads
			// it: not "after" (F1200).
			out = append(out, "このうち、"+what(d)+"については、"+v.leakJA()+"したことを確認しております。")
			continue
		}
		dated = append(dated, dayJA(d)+"に"+what(d)+"が")
	}
	if len(dated) == 0 {
		return strings.Join(out, "")
	}
	s := v.laterJA(days[len(days)-1], again)
	if len(dated) == 1 {
		s += strings.TrimSuffix(dated[0], "が") + "が"
	} else {
		s += strings.Join(dated, "、") + "、それぞれ"
	}
	return strings.Join(append(out, s+v.leakJA()+"したことを確認いたしました。"), "")
}

// byKnowing: day is on or before the day the company knew.
func (v *view) byKnowing(day incident.Date) bool {
	knew := v.knew()
	return knew != nil && day.OnOrBefore(incident.DateOf(knew.In(v.loc)))
}

// laterJA opens what was found after the knowing, by day: 「その後の調査によ
// り、」 when the time line records an investigation by then
// (investigatedUntil), else 「その後、」 (F1160); again, after a sentence
// that said 「その後」 already, 「さらなる調査により、」 or 「さらに、」.
func (v *view) laterJA(day incident.Date, again bool) string {
	switch investigated := v.investigatedUntil(day); {
	case again && investigated:
		return "さらなる調査により、"
	case again:
		return "さらに、"
	case investigated:
		return "その後の調査により、"
	}
	return "その後、"
}

// historyJA lists the dated steps that led to knowing, for a notice: each
// step from its kind, its party and its source, never its note.
func (v *view) historyJA() string {
	var lines []string
	for _, e := range v.timeline() {
		switch e.Kind {
		case incident.EvIntrusion, incident.EvDetected, incident.EvProcessorAware, incident.EvContained, incident.EvRetrieved, incident.EvDeleted, incident.EvAware, incident.EvPosted, incident.EvTakedown,
			incident.EvForensic, incident.EvScopeConfirmed:
		case incident.EvLastAct:
			// The last unauthorised act found, between the intrusion and
			// the containment, as the reports' time line lists it (159:
			// the IR firm's 18 May; F1202). One dated before the first
			// intrusion is an entry the lint names; the steps leave it
			// out, as the English period does.
			if in, ok := v.first(incident.EvIntrusion); ok && e.At.Before(in.At) {
				continue
			}
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
		if !e.Dated() && !v.elsewhere(e) {
			if t := v.eventJA(e); t != "" {
				lines = append(lines, "・日付未確認　"+t)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// representativeJA is who signs: the representative's title and name, or a placeholder.
func (v *view) representativeJA() string {
	return v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative's title and name")
}

// searchNameJA is what the reader is asked to search for, from the fact
// "how to find the company's page" as a user writes it: the words alone, the
// sentence supplies 「」 and と検索. A user who wrote the whole phrase
// (「〇〇株式会社 お知らせ」で検索, as the hint's example once read) would
// otherwise get 「「… お知らせ」で検索」と検索してご覧ください.
func searchNameJA(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		for _, end := range []string{"。", "してご覧ください", "してください", "で検索", "と検索", "を検索", "で探す"} {
			if t, ok := strings.CutSuffix(s, end); ok {
				s, changed = strings.TrimSpace(t), true
			}
		}
		for _, q := range [][2]string{{"「", "」"}, {"『", "』"}, {"“", "”"}, {"\"", "\""}} {
			if strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) && len(s) > len(q[0])+len(q[1]) {
				s, changed = strings.TrimSpace(s[len(q[0]):len(s)-len(q[1])]), true
			}
		}
	}
	return s
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
	if v.toOne() {
		return v.fill("お名前", "name") + "様"
	}
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
