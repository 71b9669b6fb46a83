package draft

import (
	"slices"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// The items of the PPC report about the response: the notice to the
// persons, the contact desk, publication, other reports, and the sets an
// exemption covers.

// noticeStateJA: 本人への対応の実施状況, as of the report's date.
func (v *view) noticeStateJA() string {
	var s string
	covered := map[string]bool{}
	all := false
	// A notice that went to only some of its persons (Event.Recipients,
	// 142: the ~29,000 whose data was put online, of ~270,000 taken) is done
	// for them; the rest are said to be waiting unless a later notice went
	// to them (F870).
	var partSets []string
	partAll := false
	for _, e := range v.inc.EventsOf(incident.EvNoticePersons) {
		// A notice recorded without a date was sent all the same (the
		// report's timeline lists it "日付未確認"): done, day not recorded.
		on, day := v.evDateJA(e)+"に", ""
		if !e.Dated() {
			on, day = "", "（実施日未確認）"
		}
		part, some := "", v.toldSome(e)
		if some {
			part = "のうち" + grouped(int64(e.Recipients)) + "名"
		} else if e.Recipients > 0 && v.toldBefore(e) > 0 {
			part = "の残る" + grouped(int64(e.Recipients)) + "名" // the last batch of a mailing
		}
		if names := v.setPersonsJA(e.Sets, "本人"); names != "" {
			s += on + names + part + "への通知を実施済み" + day + "。"
			for _, id := range e.Sets {
				if some && !covered[id] {
					partSets = append(partSets, id)
					continue
				}
				covered[id] = true
				partSets = slices.DeleteFunc(partSets, func(x string) bool { return x == id })
			}
			continue
		}
		s += on + "本人" + part + "への通知を実施済み" + day + "。"
		if some {
			partAll = true
			continue
		}
		all, partAll, partSets = true, false, nil
		break
	}
	if partAll {
		s += "残る本人への通知は未実施（通知の方法と時期を検討中）。"
		all = true
	}
	if names := v.setNamesJA(partSets); names != "" && !all {
		s += names + "の残る本人への通知は未実施（通知の方法と時期を検討中）。"
		for _, id := range partSets {
			covered[id] = true
		}
	}
	// The sets whose persons none can be told are not waiting for a
	// notice: the announcement stands as theirs (said below).
	var gone []*setView
	for _, x := range v.scope {
		if x.NoOneToTell() {
			covered[x.ID] = true
			gone = append(gone, x)
		}
	}
	if s == "" && len(gone) == 0 {
		s = "未実施（" + v.waitingJA("通知の方法と時期を検討中", "通知") + "）。"
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
	instead := "公表と問合せ窓口による代替措置を講じる予定（" + v.noticeInsteadLawJA() + "）。"
	if e, ok := v.noticePublic(); ok {
		instead = v.evDateJA(e) + "の公表をもって通知に代える措置を講じた（" + v.noticeInsteadLawJA() + "）。"
	}
	if len(gone) > 0 {
		s += v.whoJA(gone) + "の本人については、本人を特定できない又は連絡先が分からないため個別に通知できず、" + instead
	}
	if v.inc.Risk.NoticeUnreachable == incident.Yes {
		if len(gone) > 0 {
			s += "このほか、"
		}
		s += "個別に通知できない本人（連絡先不明等）については、" + instead
	}
	if ob := v.obligation("jp.notice.persons"); ob != nil && len(ob.ExemptSets) > 0 {
		var on []*setView
		for _, x := range v.sets {
			if slices.Contains(ob.ExemptSets, x.ID) {
				on = append(on, x)
			}
		}
		if len(on) > 0 {
			s += "なお、" + v.whoJA(on) + "への通知は、委託元への通知により" + v.weJA() + "の義務から除かれます（個人情報保護法第26条第2項かっこ書）。"
		}
	}
	return s
}

// toldSome: a notice given a number of persons it went to (Event.Recipients)
// that, with the earlier batches to the same sets (toldBefore), is short of
// the persons of the sets it names (all sets when it names none), or of sets
// whose count is not known exactly. The engine decides the duty alike
// (assess: shortNotices).
func (v *view) toldSome(e incident.Event) bool {
	if e.Recipients <= 0 {
		return false
	}
	var n int64
	for _, x := range v.scope {
		if len(e.Sets) > 0 && !slices.Contains(e.Sets, x.ID) || x.parent != nil && slices.Contains(v.scope, x.parent) && len(e.Sets) == 0 {
			continue
		}
		if !x.persons.Known || x.persons.Max || x.persons.Approx {
			return true
		}
		n += x.persons.N
	}
	return n > int64(e.Recipients+v.toldBefore(e))
}

// toldBefore: the persons the notices before e to the same sets went to,
// each given a number (a mailing in batches).
func (v *view) toldBefore(e incident.Event) int {
	sum := 0
	for _, x := range v.inc.EventsOf(incident.EvNoticePersons) {
		if x.ID == e.ID {
			return sum
		}
		if x.Recipients > 0 && slices.Equal(x.Sets, e.Sets) {
			sum += x.Recipients
		}
	}
	return 0
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
	_, public := v.ownPublic()
	if told || public || final {
		return v.fill("問合せ窓口の名称と連絡先", "the contact desk")
	}
	return "設置準備中"
}

// publicStateJA: 公表の実施状況, as of the report's date.
func (v *view) publicStateJA() string {
	if _, ok := v.ownPublic(); ok {
		// An announcement made before the company knew personal data was
		// affected (113: a system failure on 2/14, the leak known on 2/16
		// and announced on 3/16; tl.public says the same) is not the
		// 公表 of the leak: the first one after knowing is. Every one
		// made by the report's day is named (132: four announcements, the
		// 確報 named two), the later ones as follow-ups; one day is named
		// once.
		k := v.knew()
		var before, after []string
		add := func(list []string, d string) []string {
			if slices.Contains(list, d) {
				return list
			}
			return append(list, d)
		}
		for _, l := range sentOwnEvents(Spec{Kind: KindPublic, Lang: JA}, v.inc, v.date) {
			if k != nil && l.Last(v.eventLoc(l)).Before(*k) {
				before = add(before, v.evDateJA(l))
			} else {
				after = add(after, v.evDateJA(l))
			}
		}
		if len(after) == 0 {
			return strings.Join(before, "、") + "に、個人データの漏えい等を把握する前に事案の発生を公表。漏えい等についての公表は未実施（公表の要否・時期を検討中）。"
		}
		var more []string
		if len(after) > 1 {
			more = append(more, "続報："+strings.Join(after[1:], "、"))
		}
		if len(before) > 0 {
			more = append(more, strings.Join(before, "、")+"にも、個人データの漏えい等を把握する前に事案の発生を公表")
		}
		if len(more) == 0 {
			return after[0] + "に公表済み。"
		}
		return after[0] + "に公表済み（" + strings.Join(more, "。") + "）。"
	}
	for _, e := range v.inc.EventsOf(incident.EvPublic) {
		if p, theirs := v.inc.EntrustorsAnnouncement(e); theirs && e.Dated() {
			return v.entrustorJA(p) + "が" + v.evDateJA(e) + "に公表。" + v.weJA() + "としての公表は未実施（公表の要否・時期を検討中）。"
		}
	}
	return "未実施（" + v.waitingJA("公表の要否・時期を検討中", "公表") + "）。"
}

// waitingJA says why a notice or an announcement is not made yet: being
// considered, or, when law enforcement asked the company to wait
// (Risk.LawEnforcementDelay), that request (123: the police asked a phone
// company not to announce before they allowed it, and its 速報 said 「公表の
// 要否・時期を検討中」). Japanese law has no such delay; the report says
// what the company is doing and why.
func (v *view) waitingJA(considering, what string) string {
	if v.inc.Risk.LawEnforcementDelay == incident.Yes {
		return "捜査機関からの要請により、" + what + "の時期を捜査機関と調整中"
	}
	return considering
}

// noticePublic is the company's first dated announcement in Japan that may
// stand as the notice to the persons: not one marked as not telling them of
// their data (Event.ForNotice No; 139's first, of the attack only, F771),
// as the engine credits the alternative measure.
//
// The announcement the engine credits with the alternative measure comes
// first: one made before a set was found does not stand for that set's
// notice (161: the tax data announced on 6/5, the evacuation plans' data
// found on 6/29 and announced on 6/30, F1181).
func (v *view) noticePublic() (incident.Event, bool) {
	sent := sentOwnEvents(Spec{Kind: KindPublic, Lang: JA}, v.inc, v.date)
	if ob := v.obligation("jp.notice.alternative"); ob != nil && ob.DoneBy != "" {
		for _, e := range sent {
			if e.ID == ob.DoneBy {
				return e, true
			}
		}
	}
	for _, e := range sent {
		if e.ForNotice != incident.No {
			return e, true
		}
	}
	return incident.Event{}, false
}

// noticeInsteadLawJA is the provision under which an announcement stands
// for the notice to persons who cannot be told: APPI Art. 26(2) proviso for
// a business, Art. 68(2) for a public body (F1182; the public-body notice
// cited as jp.notice.persons cites it, checklists/jp.json).
func (v *view) noticeInsteadLawJA() string {
	if v.inc.Org.Kind.IsPublic() {
		return "個人情報保護法第68条第2項"
	}
	return "個人情報保護法第26条第2項但書"
}

// ownPublic is the company's first dated announcement in Japan: not one
// its entrustor made (dated.go's isOwn, as the announcement's own dating).
func (v *view) ownPublic() (incident.Event, bool) {
	if sent := sentOwnEvents(Spec{Kind: KindPublic, Lang: JA}, v.inc, v.date); len(sent) > 0 {
		return sent[0], true
	}
	return incident.Event{}, false
}

// myNumberJA: the form's first routing question, and what the My Number
// Act (番号法29条の4, its breach rules and the PPC's guidelines for
// businesses, Annex 2) makes of the case: a report under the Act with its
// final report's deadline (in the 速報), one the guidelines ask for as an endeavour, or
// one whose type is still being established.
func (v *view) myNumberJA(final bool) string {
	if !v.hasFlag("mynumber") {
		return ""
	}
	s := "対象には、個人番号（マイナンバー）を含む個人情報（特定個人情報）が含まれる。"
	if w := v.forWhomJA("mynumber"); w != "" {
		// One My Number card among 1.7 million ID images is not everyone's
		// (81: the report said so of all, and its own lint said it was wrong).
		s = w + "個人番号（マイナンバー）を含む個人情報（特定個人情報）が含まれる。"
	}
	j := v.jur("JP-MN")
	if j == nil || j.Applies != assess.Yes {
		return s
	}
	switch j.Reportable {
	case assess.Yes:
		var types []string
		for _, t := range j.Triggers {
			if t.Verdict == assess.Yes {
				types = append(types, v.ruleNameJA(j.ID, t))
			}
		}
		s += "番号法第29条の4第1項の報告対象事態（" + strings.Join(types, "、") + "）に該当するため、同項及び特定個人情報の漏えい等に関する報告等に関する規則第3条に基づき報告する。"
		for _, id := range []string{"jn.report.final.60", "jn.report.final"} {
			if final {
				break // the 確報 itself: its deadline is not news to the PPC
			}
			if ob := v.obligation(id); ob != nil && ob.Applies == assess.Yes && ob.Due != nil && ob.State != assess.StateExempt {
				days := "30日"
				if id == "jn.report.final.60" {
					days = "60日"
				}
				s += "確報の期限は" + v.dateJA(*ob.Due) + "（事態を知った日を1日目として" + days + "以内。末日が行政機関の休日に当たる場合は翌日。同規則第3条第2項、特定個人情報の適正な取扱いに関するガイドライン（事業者編）別添2 3E）。"
				break
			}
		}
	case assess.No:
		if ob := v.obligation("jn.report.voluntary"); ob != nil && ob.Applies == assess.Yes {
			s += "番号法の報告対象事態（特定個人情報の漏えい等に関する報告等に関する規則第2条各号）には該当しないが、特定個人情報の適正な取扱いに関するガイドライン（事業者編）別添2 3Bに基づき報告する。"
		}
	default:
		s += "番号法の報告対象事態（特定個人情報の漏えい等に関する報告等に関する規則第2条各号）への該当性は調査中。"
	}
	return s
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
		case incident.EvOther:
			if v.cardContact(e) {
				out = append(out, "・"+v.evDateJA(e)+"　"+v.eventJA(e))
			}
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
