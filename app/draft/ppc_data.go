package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// The items of the PPC report about the data and the persons: the items
// and kinds of events by data set, the protection, the number of persons
// by set and its history.

// itemsBySetJA lists the items: of the one data set, or set by set.
func (v *view) itemsBySetJA() string {
	if len(v.scope) == 1 {
		s := v.scope[0]
		if items := v.itemsJA(s.categories(), s.persons); items != "" {
			if s.ItemsVary == incident.Yes {
				items += "（本人により、これらの一部又は全部）"
			}
			return items
		}
		return "調査中"
	}
	var lines []string
	for _, s := range v.scope {
		inParent := s.parent != nil && slices.Contains(v.scope, s.parent)
		items := v.itemsJA(v.ownItems(s), s.persons)
		same := items == "" && inParent && len(s.Categories) > 0 // no item beyond its set's
		if items == "" {
			items = "調査中"
		} else if s.ItemsVary == incident.Yes {
			items += "（本人により、これらの一部又は全部）"
		}
		name := v.setNameJA(s)
		if inParent {
			name = v.setNameJA(s.parent) + "のうち" + name
			items = "上記に加え、" + items
			if same {
				items = "上記と同じ（追加の項目なし）"
			}
		}
		if s.persons.Known {
			name += "（" + countJA(s.persons) + "名）"
		}
		lines = append(lines, "・"+name+"："+items)
	}
	return strings.Join(lines, "\n")
}

// eventKindsJA: 漏えい / 滅失 / 毀損, with おそれ while only possible, set by
// set when some are confirmed and others not. Data whose copy is kept
// elsewhere was not lost or damaged (通則編 3-5-1-2, 3-5-1-3): 85's welfare
// list, lost in the street with its original in the office, was reported as
// 「漏えい・滅失のおそれ」.
func (v *view) eventKindsJA() string {
	kinds := func(s *setView) string {
		var ks []string
		leak, loss, damage, _ := s.Kinds()
		if leak && s.CopyHeld == incident.Yes {
			loss, damage = false, false // a set only lost, its copy held, is excluded (jp.excl.copy_held)
		}
		if leak {
			ks = append(ks, "漏えい")
		}
		if loss {
			ks = append(ks, "滅失")
		}
		if damage {
			ks = append(ks, "毀損")
		}
		return strings.Join(ks, "・")
	}
	state := func(s *setView) string {
		if nothingLost(s.DataSet) {
			// Marked lost or damaged only, its same data kept elsewhere:
			// the report's own judgment says neither (F1421, 169: 「毀損
			// （発生）」 two paragraphs after 「「滅失」「毀損」に当たりません」).
			return "該当なし（同じ内容のデータを他に保管しているため、滅失・毀損に当たらない）"
		}
		k := kinds(s)
		if k == "" {
			return "調査中"
		}
		if s.confirmed() {
			return k + "（発生）"
		}
		return k + "のおそれ"
	}
	if len(v.scope) == 0 {
		return "調査中"
	}
	first := state(v.scope[0])
	same := true
	for _, s := range v.scope[1:] {
		same = same && state(s) == first
	}
	if same {
		return first
	}
	var lines []string
	for _, s := range v.scope {
		l := state(s) + "：" + v.setNameJA(s)
		if s.confirmed() && s.since != "" {
			l += "（" + dayJA(s.since) + "に確認）"
		}
		lines = append(lines, "・"+l)
	}
	return "\n" + strings.Join(lines, "\n")
}

// protectionJA: the encryption of the data, set by set when they differ,
// then the items whose own protection the user stated (F83).
func (v *view) protectionJA() string {
	word := func(e incident.Encryption) string {
		switch e {
		case incident.NotEncrypted:
			return "なし"
		case incident.HighGrade:
			return "高度な暗号化等の保護措置あり（鍵の漏えいなし）"
		case incident.HighGradeKeyOut:
			// The key taken, or maybe taken (the value covers both): the
			// leak of the key is not asserted before it was found (138: a
			// 速報 of data only possibly leaked read 「鍵も漏えいした」, F760).
			return "暗号化されていたが、復号の鍵も第三者に取得され、又は取得されたおそれがある"
		}
		return "調査中"
	}
	if len(v.scope) == 0 {
		return "調査中"
	}
	items := v.itemProtectionsJA()
	first := v.scope[0].Encryption
	same := true
	for _, s := range v.scope[1:] {
		same = same && s.Encryption == first
	}
	if same && len(items) == 0 {
		return word(first)
	}
	if same {
		return word(first) + "（項目ごとの措置は次のとおり）\n" + strings.Join(items, "\n")
	}
	var lines []string
	for _, s := range v.scope {
		lines = append(lines, "・"+v.setNameJA(s)+"："+word(s.Encryption))
	}
	if len(items) > 0 {
		lines = append(lines, "項目ごとの措置：")
		lines = append(lines, items...)
	}
	return "\n" + strings.Join(lines, "\n")
}

// personsBySetJA: the number of persons valid on the report's day, with how
// it was established and the earlier figures; set by set and in total when
// several.
func (v *view) personsBySetJA() string {
	if len(v.scope) == 1 && v.reader == nil {
		s := v.scope[0]
		total, _ := v.persons()
		fig := s.DataSet.Persons
		if len(v.sets) == 1 && len(v.inc.Persons) > 0 {
			fig = v.inc.Persons
		}
		out := personsJA(total, incident.Count{}) + v.historyOfJA(fig)
		if s.records.Known && (!total.Known || s.records.N != total.N) {
			out += "、" + recordsJA(s.records, total)
		}
		return out
	}
	var lines []string
	for _, s := range v.scope {
		name := v.setNameJA(s)
		if s.parent != nil && slices.Contains(v.scope, s.parent) {
			name = v.setNameJA(s.parent) + "のうち" + name
		}
		l := "・" + name + "：" + personsJA(s.persons, incident.Count{}) + v.historyOfJA(s.DataSet.Persons)
		if s.records.Known && (!s.persons.Known || s.records.N != s.persons.N) {
			l += "、" + recordsJA(s.records, s.persons)
		}
		lines = append(lines, l)
	}
	total, partial := v.persons()
	t := "合計：" + personsJA(total, incident.Count{})
	var notes []string
	switch {
	case !total.Known:
		t = "合計：調査中"
	case partial && total.Max:
		// An upper bound for the sets counted, nothing for the rest (142:
		// 「最大約27万名以上」 said both at once).
		t = "合計：判明している分で" + personsJA(total, incident.Count{})
		notes = append(notes, "このほか人数の判明していないデータがあります")
	case partial:
		t += "以上"
		notes = append(notes, "人数の判明していないデータがあります")
	}
	if len(v.scope) == len(v.sets) && len(v.inc.Persons) > 0 {
		t += v.historyOfJA(v.inc.Persons)
		if len(v.inc.Persons) == 1 {
			notes = append(notes, "重複を除いた人数")
		}
	} else {
		for _, s := range v.scope {
			if s.parent != nil && slices.Contains(v.scope, s.parent) {
				notes = append(notes, v.setNameJA(s)+"は"+v.setNameJA(s.parent)+"の内数")
			}
		}
	}
	if len(notes) > 0 {
		t += "（" + strings.Join(notes, "。") + "）"
	}
	return strings.Join(append(lines, t), "\n")
}

// historyOfJA tells how a figure valid on the report's day was established
// and what it was before: "（2025年10月20日時点、名寄せ後。それまでの数：約52,000名（2025年
// 9月25日、初期推計））"; "" for a figure of one revision without date or source.
func (v *view) historyOfJA(f incident.Figure) string {
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	var head []string
	if last.On != "" {
		head = append(head, dayJA(last.On)+"時点")
	}
	if s := strings.TrimSpace(last.Source); s != "" {
		head = append(head, s)
	}
	if len(f) > 1 {
		head = append(head, changeReasonJA(last)...)
	}
	var before []string
	for i, r := range f[:len(f)-1] {
		x := personsJA(r.Count(), incident.Count{})
		var why []string
		if r.On != "" {
			why = append(why, dayJA(r.On))
		}
		if s := strings.TrimSpace(r.Source); s != "" {
			why = append(why, s)
		}
		if i > 0 {
			why = append(why, changeReasonJA(r)...)
		}
		if len(why) > 0 {
			x += "（" + strings.Join(why, "、") + "）"
		}
		before = append(before, x)
	}
	s := strings.Join(head, "、")
	if len(before) > 0 {
		if s != "" {
			s += "。"
		}
		s += "それまでの数：" + strings.Join(before, "→")
	}
	if s == "" {
		return ""
	}
	return "（" + s + "）"
}

// changeReasonJA is the reason for the readers of a revision that changed
// a figure (Revision.Reason, as the updates give it), as an item of the
// report's parenthesis: 「変更の理由：重複を除いたため」; none when not given
// or when it only repeats the figure's source.
func changeReasonJA(r incident.Revision) []string {
	why := strings.TrimRight(strings.TrimSpace(r.Reason), "。")
	if why == "" || why == strings.TrimRight(strings.TrimSpace(r.Source), "。") {
		return nil
	}
	return []string{"変更の理由：" + why}
}

// personsNotesJA: residence by country and persons who had left, set by set.
func (v *view) personsNotesJA() []para {
	var ps []para
	// A place's count is the sum of the sets' counts known for it; a set
	// that names the place without a count leaves the sum a floor, said
	// as such, not "unknown" (60: 129,894 users and 30,409 staff in Japan,
	// the business contacts' residence not counted).
	byPlace := map[string]incident.Count{}
	unknown := map[string]bool{}
	var places []string
	// A country some of whose persons are counted by state: the row
	// without one is the persons whose state is not given, not the
	// country's total (F1422, 170: 「米国：約1,019万名」 beside 「米国（CA）：
	// 96,400名」 read as every US resident).
	split := map[string]bool{}
	for _, s := range v.tops() {
		for _, r := range s.Residence {
			split[r.Country] = split[r.Country] || r.Region != ""
		}
	}
	for _, s := range v.tops() {
		rs := s.Residence
		for _, r := range rs {
			k := placeJA(r.Country, r.Region)
			if r.Region == "" && split[r.Country] {
				k += "（州の記載なし）"
			}
			c, ok := byPlace[k]
			if !ok {
				places = append(places, k)
			}
			if r.Persons.Known {
				c.Known = true
				c.N += r.Persons.N
				c.Approx = c.Approx || r.Persons.Approx
			} else {
				unknown[k] = true
			}
			byPlace[k] = c
		}
	}
	if len(places) > 1 {
		var out []string
		for _, k := range places {
			switch c := byPlace[k]; {
			case c.Known && unknown[k]:
				out = append(out, k+"："+countJA(c)+"名（ほかに人数不明の分あり）")
			case c.Known:
				out = append(out, k+"："+countJA(c)+"名")
			default:
				out = append(out, k+"：人数不明")
			}
		}
		ps = append(ps, p("residence", "居住地別の内訳："+strings.Join(out, "、")))
	}
	for _, s := range v.scope {
		f := s.Former
		if !f.HasLeft() {
			continue
		}
		if s.Role == incident.Processor {
			ps = append(ps, p("former-"+s.ID, v.keptAfterEntrustmentJA(s)))
			continue
		}
		// Who left, in the set's own word (46: former employees were
		// 「既に取引を終了した方（退会者等）」 whose data was kept past
		// 「取引終了後5年」).
		who, since, after := v.formerPPCJA(s)
		txt := "うち、" + who
		if v.several() {
			txt = v.setNameJA(s) + "のうち、" + who
		}
		if f.LeftFrom != "" {
			txt += "：" + dayJA(f.LeftFrom) + "以降に" + since + "、"
		} else {
			txt += "："
		}
		if f.Persons.Known {
			txt += countJA(f.Persons) + "名"
		} else {
			txt += "人数は調査中"
		}
		if exceeded, _ := v.retention(s); exceeded {
			rule := "社内規程"
			if r := strings.TrimSpace(f.Rule); r != "" {
				rule = r
			}
			if f.RetentionYears > 0 {
				// Of those who left since LeftFrom, some may still be within
				// the period: the data of those past it was kept too.
				txt += "。" + rule + "の保存期間（" + after + itoa(f.RetentionYears) + "年）を経過した方の情報も、消去されずに保存されていた"
			} else {
				txt += "。" + rule + "では利用目的の達成後に消去することとしていたが、保存されていた"
			}
		}
		ps = append(ps, p("former-"+s.ID, txt+"。"))
	}
	return ps
}

// formerPPCJA names, for the report, the persons of s who left: in the
// set's own word when its name or rule gives one (応募, 解約, 退職, 退会), its
// persons are staff (退職) or members (退会); else in the report's neutral
// words. Who, what they did since a day, and the start of the retention
// period: 「既に退職された方」「退職された方」「退職後」.
func (v *view) formerPPCJA(s *setView) (who, since, after string) {
	w := ""
	for _, x := range []string{"応募", "解約", "退職", "卒業", "退会"} {
		if strings.Contains(s.Name+s.Former.Rule, x) {
			w = x
			break
		}
	}
	switch {
	case w != "":
	case personKindJA(s.Name) == "従業員の皆さま":
		w = "退職"
	case strings.Contains(s.Name, "会員") && !severalKindsJA(s.Name):
		w = "退会" // not for guests and members in one set (138, F774): the neutral words below
	case personKindJA(s.Name) == "保証人の皆さま":
		// Guarantors stand surety for a contract and leave nothing (142,
		// F874): their guarantee ended.
		return "既に保証契約が終了した方", "保証契約が終了した方", "保証契約の終了後"
	case v.formerPatients(s):
		// A hospital's former patients ended no transaction and left no
		// membership (139: 「既に取引を終了した方（退会者等）」 of ten years of
		// patients, F764): their care ended, and a record is kept from
		// then (医師法24条2項: five years).
		return "既に診療を終えた方（過去の患者）", "診療を終えた方", "診療の終了後"
	default:
		return "既に取引を終了した方（退会者等）", "終了した方", "取引終了後"
	}
	return "既に" + w + "された方", w + "された方", w + "後"
}

// keptAfterEntrustmentJA: for data a processor handles, "former persons"
// are not customers who left (they are still the entrustor's), but data
// whose job was over and which the entrustment said to erase (scenario 25:
// print data of 2022 kept on an ordinary network until the 2024 attack).
func (v *view) keptAfterEntrustmentJA(s *setView) string {
	f := s.Former
	txt := "うち、委託業務の終了後に消去すべきであったデータ"
	if v.several() {
		txt = v.setNameJA(s) + "のうち、委託業務の終了後に消去すべきであったデータ"
	}
	txt += "："
	if f.LeftFrom != "" {
		txt += dayJA(f.LeftFrom) + "までに業務が終了したもの、"
	}
	if f.Persons.Known {
		txt += countJA(f.Persons) + "名分"
	} else {
		txt += "人数は調査中"
	}
	if exceeded, _ := v.retention(s); exceeded {
		rule := "委託契約"
		if r := strings.TrimSpace(f.Rule); r != "" {
			rule = "「" + r + "」"
		}
		txt += "。" + rule + "により消去することとされていたが、" + v.weJA() + "に保存されていた"
	}
	return txt + "。"
}
