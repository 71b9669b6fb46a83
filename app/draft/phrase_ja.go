package draft

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"breachdesk/app/incident"
)

var weekdaysJA = [...]string{"日", "月", "火", "水", "木", "金", "土"}

// dateJA writes "2026年5月13日" in the incident's time zone.
func (v *view) dateJA(t time.Time) string { return dayOfJA(t.In(v.loc)) }

// dateWJA writes "2026年5月13日（水）", as notices date the steps of a case.
func (v *view) dateWJA(t time.Time) string {
	t = t.In(v.loc)
	return v.dateJA(t) + "（" + weekdaysJA[t.Weekday()] + "）"
}

// japanTime is Japan Standard Time (no daylight saving time).
var japanTime = time.FixedZone("JST", 9*3600)

// dateTimeJA writes "2026年5月13日 16時00分" in the incident's time zone.
// Where that is not Japan time, the offset and the time in Japan follow
// (「2026年3月3日 10時00分（UTC+8、日本時間 11時00分）」): a Japanese reader,
// the PPC first, reads a bare time of day as Japan time.
func (v *view) dateTimeJA(t time.Time) string { return v.dateTimeAtJA(t, "") }

// dateTimeAtJA is dateTimeJA with about after the time of day (頃, for an
// approximate time: 「2025年12月12日 14時10分頃」), before the time in Japan.
func (v *view) dateTimeAtJA(t time.Time, about string) string {
	t = t.In(v.loc)
	s := fmt.Sprintf("%s %d時%02d分%s", v.dateJA(t), t.Hour(), t.Minute(), about)
	_, off := t.Zone()
	if off == 9*3600 {
		return s
	}
	j := t.In(japanTime)
	jt := fmt.Sprintf("%d時%02d分", j.Hour(), j.Minute())
	if y, m, d := t.Date(); j.Year() != y || j.Month() != m || j.Day() != d {
		jt = fmt.Sprintf("%d月%d日 %s", int(j.Month()), j.Day(), jt)
	}
	return s + "（" + utcOffsetJA(off) + "、日本時間 " + jt + "）"
}

// utcOffsetJA writes an offset from UTC: "UTC+8", "UTC+5:30", "UTC-5".
func utcOffsetJA(off int) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	if m != 0 {
		return fmt.Sprintf("UTC%s%d:%02d", sign, h, m)
	}
	return fmt.Sprintf("UTC%s%d", sign, h)
}

// evDateJA writes an event's date as it is known: "2026年5月13日", 頃 when
// approximate, "2026年5月" or "2014年頃" when only the month or the year is.
func (v *view) evDateJA(e incident.Event) string {
	t := e.At.In(v.eventLocJA(e))
	switch e.Precision {
	case incident.Approx:
		return dayOfJA(t) + "頃"
	case incident.Month:
		return fmt.Sprintf("%d年%d月", t.Year(), int(t.Month()))
	case incident.Year:
		return fmt.Sprintf("%d年頃", t.Year())
	}
	return dayOfJA(t)
}

// dayOfJA writes "2026年5月13日" for the day t has in its own location.
func dayOfJA(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// evDateWJA is evDateJA with the day of the week when the day is known, for
// the steps a notice lists.
func (v *view) evDateWJA(e incident.Event) string {
	if e.Precision == incident.Exact || e.Precision == incident.Day {
		t := e.At.In(v.eventLocJA(e))
		return dayOfJA(t) + "（" + weekdaysJA[t.Weekday()] + "）"
	}
	return v.evDateJA(e)
}

// evDateTimeJA writes an event's instant for a report: the time of day only
// when it is known (with 頃 when it is about that time: AboutTime),
// （推定） when the day or the time is not.
func (v *view) evDateTimeJA(e incident.Event) string {
	if e.AboutTime() {
		return v.dateTimeAtJA(e.At, "頃") + "（推定）"
	}
	switch e.Precision {
	case incident.Exact:
		return v.dateTimeJA(e.At)
	case incident.Day, incident.Month:
		return v.evDateJA(e)
	}
	return v.evDateJA(e) + "（推定）"
}

// knewJA writes the instant the company knew as the assessment has it: with
// the time of day when that is known, else the date (頃 when approximate).
func (v *view) knewJA() string {
	k := v.knew()
	if k == nil {
		return ""
	}
	if v.a.KnewPrecision == incident.Exact {
		return v.dateTimeJA(*k)
	}
	if e := (incident.Event{At: k.In(v.loc), Precision: v.a.KnewPrecision}); e.AboutTime() {
		return v.dateTimeAtJA(*k, "頃")
	}
	return v.knewDayJA()
}

// knewDayJA writes the day the company knew as well as it is known, without
// the time of day: "2026年12月2日", "2026年12月2日頃", "2026年3月" (never the
// first of a month that was given alone); "" when it did not know yet.
func (v *view) knewDayJA() string {
	k := v.knew()
	if k == nil {
		return ""
	}
	return v.evDateJA(incident.Event{At: *k, Precision: v.a.KnewPrecision})
}

// dayJA writes a date as people know it: "2013年", "2013年4月", "2013年4月1日".
func dayJA(d incident.Date) string {
	s := string(d)
	switch len(s) {
	case 4:
		return s + "年"
	case 7:
		return s[:4] + "年" + strings.TrimPrefix(s[5:7], "0") + "月"
	case 10:
		return s[:4] + "年" + strings.TrimPrefix(s[5:7], "0") + "月" + strings.TrimPrefix(s[8:], "0") + "日"
	}
	return s
}

// windowJA writes a period: "2024年4月1日から2025年9月22日まで"; an open end
// "2024年4月1日以降"; "" when nothing of it is known.
func windowJA(w incident.Window) string {
	switch {
	case w.From != "" && w.From == w.To:
		return dayJA(w.From) // one day (44: a cache that served other members' pages for six hours), not 「6月19日から6月19日まで」
	case w.From != "" && w.To != "":
		return dayJA(w.From) + "から" + dayJA(w.To) + "まで"
	case w.From != "":
		return dayJA(w.From) + "以降"
	case w.To != "":
		return dayJA(w.To) + "まで"
	}
	return ""
}

// personsJA writes a number of persons with the records beside it when they
// differ: "約679万名（延べ7,930,000件）"; unknown persons: "調査中".
func personsJA(persons, records incident.Count) string {
	s := "調査中"
	if persons.Known {
		s = countJA(persons) + "名"
	}
	if records.Known && (!persons.Known || records.N != persons.N) {
		s += "（" + recordsJA(records, persons) + "）"
	}
	return s
}

// recordsJA writes a number of records beside the persons: 延べ (a total
// that counts a person more than once) unless there are fewer records than
// persons, when a record holds several persons' data (85: a list of 86
// households, 99 persons, was told as 「延べ86件」): then 記録.
func recordsJA(records, persons incident.Count) string {
	if persons.Known && records.N < persons.N {
		return "記録" + countJA(records) + "件"
	}
	return "延べ" + countJA(records) + "件"
}

// categoryJA is the name of a category for the reader: the free text for
// "other", without the rules' parenthetical distinctions.
func (v *view) categoryJA(c incident.Category) string {
	if c.ID == "other" || v.rs.Category(c.ID) == nil {
		return v.orFill(c.Other, "項目の名称", "name of the item")
	}
	if c.ID == "salary" && !v.salaryOfJapan() {
		return "給与・賞与" // 標準報酬月額 is Japan's social insurance figure (59: a Singapore company, F178)
	}
	if c.ID == "grades" {
		switch v.gradesOf() {
		case "pupils":
			return "成績"
		case "staff":
			return "人事評価"
		}
	}
	if c.ID == "customer_id" {
		if o := strings.TrimSpace(c.Other); o != "" {
			return o // the user's own words for the number (60: 社員番号)
		}
		switch v.numberOf() {
		case "staff":
			return "社員番号・職員番号"
		case "pupils":
			return "学籍番号"
		case "patients":
			return "患者ID・診察券番号"
		}
	}
	return v.rs.Category(c.ID).ReaderJA()
}

// numberOf tells whose the catalogue's 「会員ID・顧客番号」 is: staff's
// numbers are employee numbers, a school's pupils' student numbers, a
// hospital's patients' patient IDs (68: students were told their
// 「会員ID・顧客番号」 had leaked); "" when the facts do not say.
func (v *view) numberOf() string {
	switch {
	case v.toStaff():
		return "staff"
	case v.inc.Org.Sector == "education" || strings.Contains(v.you, "生徒") || strings.Contains(v.you, "学生"):
		return "pupils"
	case v.inc.Org.Sector == "medical" || strings.Contains(v.you, "患者"):
		return "patients"
	}
	return ""
}

// abroad: the organisation names its establishments and Japan is not one
// of them (an overseas subsidiary).
func (v *view) abroad() bool {
	es := v.inc.Org.Establishments
	return len(es) > 0 && !slices.Contains(es, "JP")
}

// salaryOfJapan: the pay the document speaks of may include Japan's
// social insurance figure (標準報酬月額): the organisation is established
// in Japan (59: a Singapore company's staff, some since gone back to
// Japan, F178) and some set it reads that carries the item has persons
// who live in Japan by the set's residence, or has no residence. A
// Japanese company's UK drivers' weekly pay (170) is no 標準報酬月額.
func (v *view) salaryOfJapan() bool {
	if v.abroad() {
		return false
	}
	sets := v.scope
	if v.reader != nil {
		sets = []*setView{v.reader}
	} else if len(sets) == 0 {
		sets = v.sets
	}
	carried := false
	for _, s := range sets {
		if !slices.ContainsFunc(s.categories(), func(c incident.Category) bool { return c.ID == "salary" }) {
			continue
		}
		carried = true
		if v.livesInJapan(s) {
			return true
		}
	}
	return !carried
}

// livesInJapan: some of the set's persons live in Japan by its residence,
// or it has none (the organisation's establishments tell then).
func (v *view) livesInJapan(s *setView) bool {
	if len(s.Residence) == 0 {
		return true
	}
	return slices.ContainsFunc(s.Residence, func(r incident.Residence) bool { return r.Country == "JP" })
}

// gradesOf tells whose the catalogue's one item 「成績・人事評価」 is: a
// school's or a cram school's are pupils' grades (49, 12: 人事評価 in a
// letter to pupils reads oddly, F140), a notice to staff speaks of their
// ratings; "" when the facts do not say.
func (v *view) gradesOf() string {
	switch {
	case v.inc.Org.Sector == "education" || strings.Contains(v.group, "生徒") || strings.Contains(v.group, "学生"):
		return "pupils"
	case v.toStaff():
		return "staff"
	}
	return ""
}

// itemsJA lists categories, with a count where an item concerns fewer
// persons than its set and how an item was kept when said (itemJA):
// "氏名、住所、旅券番号（うち4,300名）".
func (v *view) itemsJA(cs []incident.Category, of incident.Count) string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		n := v.categoryJA(c)
		if seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, v.itemJA(c, of))
	}
	return strings.Join(out, "、")
}

// notInvolvedNamesJA names category ids known not to be affected.
func (v *view) notInvolvedNamesJA(ids []string) string {
	var out []string
	for _, id := range ids {
		n := strings.TrimSpace(id)
		if c := v.rs.Category(id); c != nil {
			n = c.AbsentJA()
		}
		// Two categories may read alike once the rules' distinction is
		// dropped (both kinds of ログインID・パスワード): named once (F99).
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return strings.Join(out, "、")
}

// setNamesJA names the data sets of ids (those the document knows), "" for none.
func (v *view) setNamesJA(ids []string) string { return v.joinSetsJA(ids, v.setNameJA) }

// setPersonsJA names the persons of the data sets of ids, whom a notice
// went to: a set's name, or, when the name names data rather than persons
// (169: 「…の信用情報機関への登録内容」, told 「…の登録内容への通知を実施」),
// the name and who (「…の登録内容の本人」); "" for none.
func (v *view) setPersonsJA(ids []string, who string) string {
	return v.joinSetsJA(ids, func(s *setView) string {
		n := v.setNameJA(s)
		if namesData(s.Name) {
			n += "の" + who
		}
		return n
	})
}

// joinSetsJA joins with 「・」 what name says of each data set of ids the
// document knows.
func (v *view) joinSetsJA(ids []string, name func(*setView) string) string {
	var out []string
	for _, id := range ids {
		if s := v.setByID(id); s != nil {
			out = append(out, name(s))
		}
	}
	return strings.Join(out, "・")
}

// dataWordsJA end a set's name that names data, not persons.
var dataWordsJA = []string{"内容", "データ", "情報", "記録", "名簿", "台帳", "リスト", "一覧", "ファイル", "書類", "画像", "映像", "伝票", "報告書", "申告書", "設計書", "調査結果", "写し", "資料", "カルテ", "対応表", "明細", "履歴"}

// namesData: a set's name, read outside its brackets, ends in a word for
// data (「電子カルテの患者データ」, 「宿泊者名簿（国内にお住まいのお客様）」),
// not for persons.
func namesData(name string) bool {
	out, _ := outsideBrackets(strings.TrimSpace(name))
	return slices.ContainsFunc(dataWordsJA, func(w string) bool { return strings.HasSuffix(out, w) })
}

// reportedToJA names whom a report went to: the party the event names, the
// recipient of Japan's report (the PPC, or the ministry it delegated to), or
// the foreign regulator.
func (v *view) reportedToJA(e incident.Event) string {
	if p, ok := v.inc.Party(e.Party); ok && strings.TrimSpace(p.Name) != "" {
		return strings.TrimSpace(p.Name)
	}
	switch e.Jurisdiction {
	case "", "JP":
		return v.recipientJA()
	case "EU":
		return "EUの主たる監督機関"
	case "KR":
		return "韓国の個人情報保護委員会（KISA経由）"
	case "CN": // PIPL Art. 57 names no single authority; the event's party names it
		return "中国の個人情報保護の所管当局"
	}
	if j := v.jur(e.Jurisdiction); j != nil && j.Regulator.JA != "" {
		return j.Regulator.JA
	}
	return e.Jurisdiction + "の監督機関"
}

// recipientJA is the short name of the recipient of Japan's report: the
// obligation's recipient (routed to a delegated ministry, when it is), its
// first sentence without the parenthesis: "個人情報保護委員会", "総務省".
func (v *view) recipientJA() string {
	return shortName(v.reportTo())
}

// reportTo is the recipient of Japan's report as the assessment states it.
func (v *view) reportTo() string {
	for _, id := range []string{"jp.report.prelim", "jp.report.final", "jp.report.final.60", "jp.report.2017"} {
		if ob := v.obligation(id); ob != nil && ob.To.JA != "" {
			return ob.To.JA
		}
	}
	return "個人情報保護委員会"
}

// firstSentence is s up to its first 。 outside brackets: a 。 inside
// （…） ends a sentence of the aside, not of s (the FSA's recipient reads
// 「金融庁（監督局の担当課室。委任がある場合は…財務局・財務支局）。…」).
func firstSentence(s string) string {
	depth := 0
	for i, r := range s {
		switch r {
		case '（', '「':
			depth++
		case '）', '」':
			if depth > 0 {
				depth--
			}
		case '。':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// shortName is the first sentence of a recipient without its parentheses.
func shortName(s string) string {
	s = firstSentence(s)
	for {
		i := strings.Index(s, "（")
		if i < 0 {
			return strings.TrimSpace(s)
		}
		j := strings.Index(s[i:], "）")
		if j < 0 {
			return strings.TrimSpace(s[:i])
		}
		s = s[:i] + s[i+j+len("）"):]
	}
}

// kinds is what happened to the data of every set concerned, together
// (DataSet.Kinds: a leak while nothing is stated).
func (v *view) kinds() (leak, loss, damage bool) {
	for _, s := range v.data() {
		l, lo, d, _ := s.Kinds()
		leak, loss, damage = leak || l, loss || lo, damage || d
	}
	return leak, loss, damage
}

// handlingOnly: every set concerned is marked lost or damaged only with
// its same data kept elsewhere (nothingLost): as entered, nothing was
// leaked, lost or damaged in the law's sense (169: wrong balances given to
// the credit bureaus, the right ledger kept). The notice tells a matter of
// handling, not a 毀損 the assessment does not find (General Guidelines
// 3-5-1-3: data restored from a copy is no 毀損).
func (v *view) handlingOnly() bool {
	sets := v.data()
	return len(sets) > 0 && !slices.ContainsFunc(sets, func(s *setView) bool { return !nothingLost(s.DataSet) })
}

// handlingJA tells what happened to data kept elsewhere (handlingOnly):
// its cause (62: a list lost, its copy kept), else an error in handling.
func (v *view) handlingJA() string {
	if c := v.causeShortJA(); c != "" {
		return c + "があった"
	}
	return "取扱いに誤りがあった"
}

// leakJA is the noun for what happened to the data: 漏えい, 滅失 or 毀損.
func (v *view) leakJA() string {
	leak, loss, _ := v.kinds()
	switch {
	case leak || len(v.data()) == 0:
		return "漏えい"
	case loss:
		return "滅失"
	}
	return "毀損"
}

// happenedJA: "漏えいしたことが判明いたしました" / "漏えいしたおそれがあることが判明いたしました".
func (v *view) happenedJA() string {
	if v.handlingOnly() {
		return v.handlingJA() + "ことが判明いたしました"
	}
	if v.possible() {
		return v.leakJA() + "したおそれがあることが判明いたしました"
	}
	return v.leakJA() + "したことが判明いたしました"
}

// affectedJA qualifies the data: "漏えいした" / "漏えいしたおそれのある".
func (v *view) affectedJA() string {
	if v.handlingOnly() {
		return "対象となる"
	}
	if v.possible() {
		return v.leakJA() + "したおそれのある"
	}
	return v.leakJA() + "した"
}

// placesJA returns the Japanese name of a place residents are counted in, ""
// for one not listed.
func placesJA(country string) string {
	switch country {
	case incident.OtherCountries:
		return "その他の国・地域"
	case "JP":
		return "日本"
	case "US":
		return "米国"
	case "KR":
		return "韓国"
	case "CN":
		return "中国"
	case "TW":
		return "台湾"
	case "HK":
		return "香港"
	case "SG":
		return "シンガポール"
	case "AU":
		return "オーストラリア"
	case "NZ":
		return "ニュージーランド"
	case "CA":
		return "カナダ"
	case "GB":
		return "英国"
	case "DE":
		return "ドイツ"
	case "FR":
		return "フランス"
	case "IT":
		return "イタリア"
	case "ES":
		return "スペイン"
	case "NL":
		return "オランダ"
	case "IE":
		return "アイルランド"
	case "TH":
		return "タイ"
	case "VN":
		return "ベトナム"
	case "PH":
		return "フィリピン"
	case "ID":
		return "インドネシア"
	case "MY":
		return "マレーシア"
	case "IN":
		return "インド"
	case "BR":
		return "ブラジル"
	}
	return ""
}

// placeJA names a place of residence: "ドイツ", "米国（CA）"; the code when not listed.
func placeJA(country, region string) string {
	n := placesJA(country)
	if n == "" {
		n = country
	}
	if region != "" {
		n += "（" + region + "）"
	}
	return n
}
