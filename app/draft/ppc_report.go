package draft

import (
	"slices"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// ppcReport is the report to the PPC (漏えい等報告), one section per item of
// Rules Art. 8(1) in the order of Form 1, so that each can be copied into the
// online form. It is dated at its filing once filed and says what was known
// then: the 速報 what was known on its day ("調査中" where nothing was), the
// 確報 what was known on its day, with the counts' history. Every field the
// facts or the assessment can fill is filled: the recipient (the PPC, or the
// ministry it delegated to), the situations of Rules Art. 7 with the data
// sets that carry each, how the breach came to light and why the company took
// the instant it did as knowing.
func ppcReport(b *builder) {
	v := b.v
	final := b.doc.Variant == VariantFinal
	kind := "速報"
	if final {
		kind = "確報"
	}
	b.doc.Title = "個人データの漏えい等に関する報告（" + kind + "）"
	b.section("reporter", p("p1", strings.Join([]string{
		"事業者の名称：" + v.orgName(),
		"代表者：" + v.representativeJA(),
		"報告の区分：" + kind,
		"報告日：" + v.dateJA(v.date),
		v.recipientLineJA(),
		"担当者・連絡先：" + v.personJA(v.inc.People.PrivacyOfficer, "個人情報保護の担当者と連絡先"),
	}, "\n")))
	b.section("summary",
		p("p1", v.summaryJA()),
		p("dates", v.datesJA(final)),
		p("how", "発覚の経緯："+v.howDiscoveredJA(final)),
		p("triggers", v.situationsJA()),
		p("timeline", v.timelineBlockJA()),
		p("story", v.inc.Story.Summary))
	b.section("items", p("p1", v.itemsBySetJA()), p("kind", "漏えい等の別："+v.eventKindsJA()), p("protection", "暗号化等の保護措置："+v.protectionJA()))
	b.section("persons", append([]para{p("p1", v.personsBySetJA())}, v.personsNotesJA()...)...)
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("response", p("p1", "本人への通知："+v.noticeStateJA()), p("desk", "問合せ窓口："+v.deskStateJA(final)))
	b.section("publication", p("p1", v.publicStateJA()))
	prev := strings.TrimSpace(v.inc.Story.Prevention)
	switch {
	case prev != "":
	case final:
		prev = v.fill("再発防止のための措置（実施済みのもの・実施予定のものと時期）", "preventive measures")
	default:
		prev = "原因の究明と並行して検討中。"
	}
	b.section("prevention", p("p1", prev))
	other := []para{p("mynumber", v.myNumberJA()), p("exempt", v.exemptSetsJA()), p("reports", v.otherReportsJA()), p("story", v.inc.Story.Other)}
	if strings.Join(paraTexts(other), "") == "" {
		other = append(other, p("none", "特になし。"))
	}
	b.section("other", other...)
}

// recipientLineJA is whom the report goes to, as the assessment routes it:
// "報告先：個人情報保護委員会（漏えい等報告フォーム）", or the ministry the PPC
// delegated to, with the source of the delegation on a line of its own.
func (v *view) recipientLineJA() string {
	for _, id := range []string{"jp.report.prelim", "jp.report.final", "jp.report.final.60"} {
		ob := v.obligation(id)
		if ob == nil || ob.To.JA == "" {
			continue
		}
		to := firstSentence(ob.To.JA)
		for _, p := range v.inc.PartiesOf(incident.PartyMinistry) {
			if n := strings.TrimSpace(p.Name); p.Delegated == incident.Yes && n != "" && strings.HasPrefix(to, n) {
				to = n // the ministry the user marked as delegated: its name, not the rule's wording
			}
		}
		s := "報告先：" + to
		if ob.Route != nil && ob.Route.Citation.JA != "" {
			s += "\n報告先の根拠（権限の委任）：" + ob.Route.Citation.JA
		}
		return s
	}
	return "報告先：個人情報保護委員会"
}

// personJA: "name（contact）" or a placeholder.
func (v *view) personJA(pr incident.Person, what string) string {
	n := strings.TrimSpace(pr.Name)
	if n == "" {
		return v.fill(what, what)
	}
	if c := strings.TrimSpace(pr.Contact); c != "" {
		n += "（" + c + "）"
	}
	return n
}

// datesJA: 発生日 (the first malicious act or cause, never the start of the
// exposure window), 対象期間 (the exposure window) and 発覚日 (the instant the
// company knew, the assessment's). Unknown: 調査中 in a 速報, a placeholder in a
// 確報; a notice to a card company made before the company knew has no 発覚日.
func (v *view) datesJA(final bool) string {
	unknown := func(what string) string {
		if final {
			return v.fill(what, what)
		}
		return "調査中"
	}
	occurred := unknown("発生日（推定を含む）")
	if e, ok := v.first(incident.EvIntrusion); ok {
		occurred = v.evDateTimeJA(e)
	}
	lines := []string{"発生日：" + occurred}
	if w := windowJA(v.inc.Exposure); w != "" {
		if v.inc.Exposure.Approx {
			w += "（推定）"
		}
		lines = append(lines, "対象期間："+w)
	}
	k := v.knew()
	switch {
	case k == nil && v.kind == KindCard:
		return strings.Join(lines, "\n")
	case k == nil:
		return strings.Join(append(lines, "発覚日（事態を知った日）："+unknown("事態を知った日時")), "\n")
	}
	return strings.Join(append(lines, "発覚日（事態を知った日）："+v.knewJA()), "\n")
}

// howDiscoveredJA: the company's account for the authorities, else the
// detection (who told the company: Event.Source) and the knowing instant;
// with the reason the company took that instant as knowing (AwareWhy) when
// something was detected earlier, or a placeholder asking for it.
func (v *view) howDiscoveredJA(final bool) string {
	s := strings.TrimSpace(v.inc.Story.HowDiscovered)
	det, hasDet := v.first(incident.EvDetected)
	knew := v.knew()
	if s == "" {
		switch {
		case hasDet && knew != nil:
			when := v.knewJA()
			if v.dateJA(det.At) == v.dateJA(*knew) {
				when = "同日"
				if v.a.KnewPrecision == incident.Exact && det.Precision == incident.Exact {
					when = "同日" + strings.TrimPrefix(v.dateTimeJA(*knew), v.dateJA(*knew)+" ")
				}
			}
			s = v.evDateTimeJA(det) + "、" + v.sourceJA(det.Source) + "、調査を開始いたしました。" +
				when + "、個人データの漏えい等が発生し、又は発生したおそれがあることを把握いたしました。"
		case hasDet:
			s = v.evDateTimeJA(det) + "、" + v.sourceJA(det.Source) + "、調査を開始いたしました。個人データへの影響の有無は調査中です。"
		case knew != nil:
			s = v.knewJA() + "、個人データの漏えい等が発生し、又は発生したおそれがあることを把握いたしました。"
		case final:
			s = v.fill("発覚の経緯", "how it was found")
		default:
			s = "調査中"
		}
	}
	why := strings.TrimSpace(v.inc.AwareWhy.Text)
	switch {
	case why != "":
		s += "\n事態を知った時とした理由：" + why
	case hasDet && knew != nil && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew):
		s += "\n事態を知った時とした理由：" + v.fill("検知から事態を知った時までの経緯と、その時点を事態を知った時とした理由", "why the company knew only then")
	}
	return s
}

// situationsJA are the situations of Rules Art. 7 that hold, from the
// assessment (as of the report's date), each with the data sets that carry
// it when not all of them do, and the sets an exclusion takes out.
func (v *view) situationsJA() string {
	j := v.jur("JP")
	if j == nil {
		return ""
	}
	var lines []string
	for _, t := range j.Triggers {
		if t.Verdict != assess.Yes {
			continue
		}
		l := "・" + v.ruleNameJA(j.ID, t)
		var on []*setView
		for _, s := range v.scope {
			if slices.Contains(t.Sets, s.ID) {
				on = append(on, s)
			}
		}
		if len(on) > 0 && len(on) < len(v.scope) {
			l += "：" + v.whoJA(on)
		}
		lines = append(lines, l)
	}
	for _, x := range j.Exclusions {
		if x.Verdict != assess.Yes || len(x.Sets) == 0 {
			continue
		}
		var on []*setView
		for _, s := range v.sets {
			if slices.Contains(x.Sets, s.ID) {
				on = append(on, s)
			}
		}
		if len(on) > 0 {
			lines = append(lines, "・報告対象外："+v.whoJA(on)+"（"+strings.TrimSuffix(x.Text.JA, "。")+"）")
		}
	}
	if len(lines) == 0 {
		if j.Reportable == assess.Unknown {
			return "報告対象となる事態：調査中"
		}
		return ""
	}
	return "報告対象となる事態：\n" + strings.Join(lines, "\n")
}

// ruleNameJA is a rule's short name (its citation when it has none).
func (v *view) ruleNameJA(jur string, r assess.Reason) string {
	if j := v.rs.Jurisdiction(jur); j != nil {
		for _, list := range [][]rules.Rule{j.Triggers, j.Exclusions} {
			for _, x := range list {
				if x.ID == r.RuleID && x.Short != nil {
					return x.Short.JA
				}
			}
		}
	}
	return r.Citation.JA
}

// timelineBlockJA: the full timeline under a heading.
func (v *view) timelineBlockJA() string {
	if t := v.timelineJA(); t != "" {
		return "【時系列】\n" + t
	}
	return ""
}

// itemsBySetJA lists the items: of the one data set, or set by set.
func (v *view) itemsBySetJA() string {
	if len(v.scope) == 1 {
		s := v.scope[0]
		if items := v.itemsJA(s.categories(), s.persons); items != "" {
			return items
		}
		return "調査中"
	}
	var lines []string
	for _, s := range v.scope {
		inParent := s.parent != nil && slices.Contains(v.scope, s.parent)
		items := v.itemsJA(v.ownItems(s), s.persons)
		if items == "" {
			items = "調査中"
		}
		name := v.setNameJA(s)
		if inParent {
			name = v.setNameJA(s.parent) + "のうち" + name
			items = "上記に加え、" + items
		}
		if s.persons.Known {
			name += "（" + countJA(s.persons) + "名）"
		}
		lines = append(lines, "・"+name+"："+items)
	}
	return strings.Join(lines, "\n")
}

// eventKindsJA: 漏えい / 滅失 / 毀損, with おそれ while only possible, set by
// set when some are confirmed and others not.
func (v *view) eventKindsJA() string {
	kinds := func(s *setView) string {
		var ks []string
		if s.Leak {
			ks = append(ks, "漏えい")
		}
		if s.Loss {
			ks = append(ks, "滅失")
		}
		if s.Damage {
			ks = append(ks, "毀損")
		}
		return strings.Join(ks, "・")
	}
	state := func(s *setView) string {
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

// protectionJA: the encryption of the data, set by set when they differ.
func (v *view) protectionJA() string {
	word := func(e incident.Encryption) string {
		switch e {
		case incident.NotEncrypted:
			return "なし"
		case incident.HighGrade:
			return "高度な暗号化等の保護措置あり（鍵の漏えいなし）"
		case incident.HighGradeKeyOut:
			return "暗号化されていたが、鍵も漏えいした（おそれがある）"
		}
		return "調査中"
	}
	if len(v.scope) == 0 {
		return "調査中"
	}
	first := v.scope[0].Encryption
	same := true
	for _, s := range v.scope[1:] {
		same = same && s.Encryption == first
	}
	if same {
		return word(first)
	}
	var lines []string
	for _, s := range v.scope {
		lines = append(lines, "・"+v.setNameJA(s)+"："+word(s.Encryption))
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
			out += "、延べ" + countJA(s.records) + "件"
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
			l += "、延べ" + countJA(s.records) + "件"
		}
		lines = append(lines, l)
	}
	total, partial := v.persons()
	t := "合計：" + personsJA(total, incident.Count{})
	var notes []string
	switch {
	case !total.Known:
		t = "合計：調査中"
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
	var before []string
	for _, r := range f[:len(f)-1] {
		x := personsJA(r.Count(), incident.Count{})
		var why []string
		if r.On != "" {
			why = append(why, dayJA(r.On))
		}
		if s := strings.TrimSpace(r.Source); s != "" {
			why = append(why, s)
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

// personsNotesJA: residence by country and persons who had left, set by set.
func (v *view) personsNotesJA() []para {
	var ps []para
	byPlace := map[string]incident.Count{}
	var places []string
	for _, s := range v.tops() {
		rs := s.Residence
		for _, r := range rs {
			k := placeJA(r.Country, r.Region)
			c, ok := byPlace[k]
			if !ok {
				places = append(places, k)
				c = incident.Count{Known: true}
			}
			if r.Persons.Known && c.Known {
				c.N += r.Persons.N
				c.Approx = c.Approx || r.Persons.Approx
			} else {
				c = incident.Count{}
			}
			byPlace[k] = c
		}
	}
	if len(places) > 1 {
		var out []string
		for _, k := range places {
			if c := byPlace[k]; c.Known {
				out = append(out, k+"："+countJA(c)+"名")
			} else {
				out = append(out, k+"：人数不明")
			}
		}
		ps = append(ps, p("residence", "居住地別の内訳："+strings.Join(out, "、")))
	}
	for _, s := range v.scope {
		f := s.Former
		if !f.Any() || f.Persons.Known && f.Persons.N == 0 {
			continue
		}
		txt := "うち、既に取引を終了した方（退会者等）"
		if v.several() {
			txt = v.setNameJA(s) + "のうち、既に取引を終了した方（退会者等）"
		}
		if f.LeftFrom != "" {
			txt += "：" + dayJA(f.LeftFrom) + "以降に終了した方、"
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
				txt += "。" + rule + "の保存期間（取引終了後" + itoa(f.RetentionYears) + "年）を超えて保存されていた"
			} else {
				txt += "。" + rule + "では利用目的の達成後に消去することとしていたが、保存されていた"
			}
		}
		ps = append(ps, p("former-"+s.ID, txt+"。"))
	}
	return ps
}

// noticeStateJA: 本人への対応の実施状況, as of the report's date.
func (v *view) noticeStateJA() string {
	var s string
	covered := map[string]bool{}
	all := false
	for _, e := range v.inc.EventsOf(incident.EvNoticePersons) {
		if !e.Dated() {
			continue
		}
		if names := v.setNamesJA(e.Sets); names != "" {
			s += v.evDateJA(e) + "に" + names + "への通知を実施済み。"
			for _, id := range e.Sets {
				covered[id] = true
			}
			continue
		}
		s += v.evDateJA(e) + "に本人への通知を実施済み。"
		all = true
		break
	}
	if s == "" {
		s = "未実施（通知の方法と時期を検討中）。"
	} else if !all {
		var rest []*setView
		for _, x := range v.scope {
			if !covered[x.ID] && (x.parent == nil || !covered[x.parent.ID]) {
				rest = append(rest, x)
			}
		}
		if len(rest) > 0 {
			s += v.whoJA(rest) + "への通知は未実施（通知の方法と時期を検討中）。"
		}
	}
	if ob := v.obligation("jp.notice.persons"); ob != nil && len(ob.ExemptSets) > 0 {
		var on []*setView
		for _, x := range v.sets {
			if slices.Contains(ob.ExemptSets, x.ID) {
				on = append(on, x)
			}
		}
		if len(on) > 0 {
			s += "なお、" + v.whoJA(on) + "への通知は、委託元への通知により当社の義務から除かれます（個人情報保護法第26条第2項かっこ書）。"
		}
	}
	return s
}

// deskStateJA: the inquiry desk, as of the report's date: named when entered;
// a placeholder once persons were told or the case published (a desk exists
// then) or in a 確報; 設置準備中 only in a 速報 before any of that.
func (v *view) deskStateJA(final bool) string {
	c := v.inc.Contact
	if c.Phone != "" || c.Email != "" {
		s := v.orFill(c.Name, "窓口の名称", "name of the desk")
		if c.Hours != "" {
			s += "（受付時間：" + c.Hours + "）"
		}
		return s
	}
	_, told := v.first(incident.EvNoticePersons)
	_, public := v.first(incident.EvPublic)
	if told || public || final {
		return v.fill("問合せ窓口の名称と連絡先", "the contact desk")
	}
	return "設置準備中"
}

// publicStateJA: 公表の実施状況, as of the report's date.
func (v *view) publicStateJA() string {
	if e, ok := v.first(incident.EvPublic); ok {
		return v.evDateJA(e) + "に公表済み。"
	}
	return "未実施（公表の要否・時期を検討中）。"
}

// myNumberJA: the form's first routing question.
func (v *view) myNumberJA() string {
	if v.hasFlag("mynumber") {
		return "対象の個人データには、個人番号（マイナンバー）が含まれる。"
	}
	return ""
}

// exemptSetsJA: the entrusted data the processor's notice to its entrustor
// takes out of this report (Art. 26(1) proviso).
func (v *view) exemptSetsJA() string {
	ob := v.obligation("jp.report.prelim")
	if ob == nil || len(ob.ExemptSets) == 0 {
		return ""
	}
	var out []string
	for _, id := range ob.ExemptSets {
		s := v.setByID(id)
		if s == nil {
			continue
		}
		l := v.whoJA([]*setView{s})
		if p, ok := v.inc.Party(s.Entrustor); ok && strings.TrimSpace(p.Name) != "" {
			l += "（委託元：" + strings.TrimSpace(p.Name) + "）"
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return ""
	}
	return "委託を受けて取り扱う個人データのうち、" + strings.Join(out, "、") + "については、委託元へ通知したため、本報告の対象から除いております（個人情報保護法第26条第1項ただし書）。"
}

// otherReportsJA: reports and contacts other than this one, as of the report's date.
func (v *view) otherReportsJA() string {
	var out []string
	for _, e := range v.timeline() {
		switch e.Kind {
		case incident.EvMinistryReport, incident.EvPolice, incident.EvCardAcquirer, incident.EvEntrustorNotice, incident.EvForensic:
			out = append(out, "・"+v.evDateJA(e)+"　"+v.eventJA(e))
		case incident.EvReportPrelim, incident.EvReportFinal:
			if e.Jurisdiction != "" && e.Jurisdiction != "JP" {
				out = append(out, "・"+v.evDateJA(e)+"　"+v.eventJA(e))
			}
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "関係機関への報告・連絡等：\n" + strings.Join(out, "\n")
}
