package draft

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// ministryReport is the written report to a ministry, in the five items a
// ministry asked for in the 2016 precedent. It is laid out as a Japanese
// report to an authority: date, addressee and sender above the title, the
// apology and the reference to the order, 記, the five items, 以上. Like every
// document to an authority, it states facts and legal deadlines only: never
// this tool's own benchmarks (a "30-day" target for notices), never a
// countdown, never an internal note.
func ministryReport(b *builder) {
	v := b.v
	matter, happened := v.matterJA()
	b.doc.Title = matter + "に関する報告書"
	order, ordered := v.orderOf(v.party)
	plan := ordered && order.Improvement()
	guidance := ordered && order.OrderBasis == "guidance"
	switch {
	case guidance:
		// Administrative guidance is not an order (F822): what it asks is
		// answered as a report, whatever it asks for.
		plan = false
		if order.OrderKind == "improvement" {
			b.doc.Title = matter + "に係る再発防止策等の実施状況のご報告"
		}
	case plan:
		// An improvement order asks for a plan and its execution, not a
		// report of facts (F743): the facts and measures below are the
		// plan's grounds, and the plan itself is the company's to write.
		b.doc.Title = matter + "に係る業務改善計画"
		if order.OrderBasis == "appi" {
			b.doc.Title = matter + "に係る措置の実施計画及び実施状況の報告"
		}
	}
	b.doc.Letterhead = true
	name := v.ministryNameJA(v.party)
	if p, ok := v.inc.Party(v.party); ok && strings.TrimSpace(p.Name) != "" {
		name = strings.TrimSpace(p.Name) // a regulator that ordered the report, too
	}
	ministry := v.orFill(name, "所管省庁の名称", "ministry")
	b.section("header", v.letterheadJA(ministry+"　御中")...)
	lead := "標記の件について、下記のとおりご報告いたします。"
	prev, later := v.previousEvent()
	if later && !ordered {
		// A further report of the same matter (第2報 …), no order since.
		b.doc.Title += v.followTitleJA()
		lead = v.evDateJA(prev) + "にご報告いたしました標記の件について、その後の調査により判明した事項を含め、現在の状況を下記のとおりご報告いたします。"
	}
	switch {
	case guidance:
		lead = v.evDateJA(order) + "付けで" + honorificOrgJA(name) + "から受けました行政指導について、下記のとおりご報告いたします。"
	case plan && order.OrderBasis == "appi":
		lead = v.evDateJA(order) + "付けで" + honorificOrgJA(name) + "から受けました勧告・命令に基づき、講じる措置とその実施状況を下記のとおりご報告いたします。"
	case plan:
		lead = v.evDateJA(order) + "付けで" + honorificOrgJA(name) + "から受けました業務改善命令に基づき、業務改善計画を下記のとおり提出いたします。計画の実施状況は、ご指示に従ってご報告いたします。"
	case ordered:
		lead = v.evDateJA(order) + "付けで" + honorificOrgJA(name) + "からご指示をいただきました標記の件について、下記のとおりご報告いたします。"
	}
	others := v.you + "をはじめ関係者の皆さまに"
	if v.you == "関係者" {
		others = "関係者の皆さまに" // not 「関係者をはじめ関係者の皆さまに」 (71)
	}
	b.section("lead",
		p("apology", "このたび、"+v.weJA()+"において"+happened+"、"+others+"多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p1", lead),
		p("ki", "記"))
	b.section("facts",
		p("summary", v.summaryJA()),
		p("how", "発覚の経緯："+v.howDiscoveredJA(true)),
		p("cause", strings.Join(paraTexts(v.causeTextJA()), "")),
		p("items", "対象となる個人データの項目：\n"+v.itemsBySetJA()),
		p("persons", "本人の数：\n"+v.personsBySetJA()),
		p("timeline", v.timelineBlockJA()),
		p("story", v.inc.Story.Summary))
	b.section("before", p("p1", v.orFill(v.inc.Story.MeasuresBefore, "発覚前に講じてきた安全管理措置（組織的・人的・物理的・技術的）", "safeguards before discovery")))
	after := v.responseJA()
	after = append(after, p("course", v.courseJA()), p("problems", "問題点の整理："+v.fill("対応の経過における問題点（社内の報告・判断の経路、体制等）と、その原因", "the problems of the response and their causes")))
	b.section("after", after...)
	b.section("current", p("p1", v.orFill(v.inc.Story.CurrentState, "現在の安全管理の状況", "current safeguards")))
	prevention := []para{p("p1", v.orFill(v.inc.Story.Prevention, "今後の再発防止策（実施時期を含む）", "preventive measures"))}
	if plan {
		prevention = append(prevention,
			p("plan", "改善策ごとの実施内容、実施時期及び責任者："+v.fill("業務改善計画の各改善策について、実施内容・実施時期・責任者・進捗の確認方法", "each measure of the improvement plan: what, by when, who is responsible, how progress is checked")),
			p("progress", "実施状況："+v.fill("計画の各改善策の実施状況（提出時点）", "how far each measure has been carried out, as of the submission")))
	}
	b.section("prevention", prevention...)
	b.section("closing", p("end", "以上"))
}

// matterJA names the matter a report to an authority is about, as a noun
// for its title and as what happened for its apology: a leak confirmed for
// some set on the report's day is 「個人データの漏えい等事案」; while every
// set is only possible, 「漏えい等のおそれがある事案」 (152: the answer to
// the PPC's order, the sets still possible, was titled and opened as a
// breach that had happened); once every set is ruled out, the おそれ that
// arose.
func (v *view) matterJA() (noun, happened string) {
	if _, none := v.ruledOut(); none {
		return "個人データの漏えい等のおそれが生じた事案", "個人データの漏えい等のおそれが生じ"
	}
	if !slices.ContainsFunc(v.data(), (*setView).confirmed) {
		return "個人データの漏えい等のおそれがある事案", "個人データの漏えい等のおそれがある事案が発生し"
	}
	return "個人データの漏えい等事案", "個人データの漏えい等事案が発生し"
}

// addressJA is how a document names an authority: 貴省 (貴庁, ...) in the
// report to that very authority, else its name.
func (v *view) addressJA(name string) string {
	if v.kind == KindMinistry && name != "" && name == v.ministryNameJA(v.party) {
		return honorificOrgJA(name)
	}
	return name
}

// orderOf is the order the report answers: the latest order of the party
// (an event naming it, or naming none) known on the document's date, the
// report order of 7/22 until an improvement order of 9/18 is known. A later
// report answers only an order made since the report before it: none, and
// it is a further report of the same matter.
func (v *view) orderOf(party string) (incident.Event, bool) {
	after := time.Time{}
	if v.kind == KindMinistry {
		if prev, ok := v.previousEvent(); ok {
			after = prev.At
		} else if v.follow > 0 {
			return incident.Event{}, false
		}
	}
	return orderSince(v.inc, party, after, v.date)
}

// reportedCourseJA names the recipient of a report made, for the course of
// the response in a ministry's report: the ministry itself (to, 「貴庁」)
// unless the report's event names another party. 83: an insurer filed its
// 速報 with the PPC and told the FSA by telephone; the report to the FSA
// said 「貴庁への報告（速報）：2023年1月10日」 beside 「2023年1月10日に個人
// 情報保護委員会へ報告いたしました」.
func (v *view) reportedCourseJA(e incident.Event, to string) string {
	if e.Party != "" && e.Party != v.party {
		if p, ok := v.inc.Party(e.Party); ok && strings.TrimSpace(p.Name) != "" {
			return v.reportedToJA(e)
		}
	}
	return to
}

// courseJA is the course of the response as facts: when the company knew,
// each report and notice made (or not yet made) and, for a report the law
// gives a deadline, that deadline; a deadline of the law passed is said so.
// No practice benchmark and no time left appear.
func (v *view) courseJA() string {
	var lines []string
	if v.knew() != nil {
		lines = append(lines, "・事態を知った時："+v.knewJA())
	}
	done := func(kind incident.EventKind, jurJP bool) (incident.Event, bool) {
		if jurJP {
			return v.firstFor(kind, "JP")
		}
		return v.first(kind)
	}
	to := v.addressJA(v.recipientJA())
	late := false
	item := func(label string, kind incident.EventKind, jurJP bool, obs ...string) {
		var ob *assess.Obligation
		for _, id := range obs {
			if o := v.obligation(id); o != nil && o.Applies == assess.Yes {
				ob = o
			}
		}
		hard := ob != nil && ob.Limit == rules.LimitHard && ob.Due != nil
		e, ok := done(kind, jurJP)
		if ok && (kind == incident.EvReportPrelim || kind == incident.EvReportFinal) {
			label = v.reportedCourseJA(e, to) + strings.TrimPrefix(label, to)
		}
		switch {
		case ok:
			l := "・" + label + "：" + v.evDateJA(e)
			if hard {
				l += "（法定の期限：" + v.dateJA(*ob.Due) + "）"
				if e.Last(v.loc).After(*ob.Due) {
					late = true
				}
			}
			lines = append(lines, l)
		case hard:
			l := "・" + label + "：未実施（法定の期限：" + v.dateJA(*ob.Due) + "）"
			if v.date.After(*ob.Due) {
				late = true
			}
			lines = append(lines, l)
		case ob != nil && ob.State != assess.StateExempt && ob.State != assess.StateNotRequired:
			lines = append(lines, "・"+label+"：未実施")
		}
	}
	item(to+"への報告（速報）", incident.EvReportPrelim, true, "jp.report.prelim")
	item(to+"への報告（確報）", incident.EvReportFinal, true, "jp.report.final", "jp.report.final.60")
	for _, e := range v.inc.EventsOf(incident.EvEntrustorNotice) {
		if e.Dated() {
			lines = append(lines, "・"+v.eventJA(e)+"："+v.evDateJA(e))
		}
	}
	item("本人への通知", incident.EvNoticePersons, false, "jp.notice.persons")
	item("公表", incident.EvPublic, false, "jp.publication")
	if len(lines) == 0 {
		return ""
	}
	s := "【対応の経過】\n" + strings.Join(lines, "\n")
	if late {
		s += "\n上記のとおり、法令上の期限を過ぎた対応がありました。遅れが生じた原因を検証し、その結果を再発防止策に反映いたします。"
	}
	return s
}

// honorificOrgJA is how a report names its addressee authority: 貴省, 貴庁,
// 貴委員会, 貴局, 貴府, by the authority's suffix that ends latest in the
// name, so that a division after it is passed over: 「関東財務局 証券監督第1課」
// is 貴局, not the fallback 貴庁 its 課 gave (134, F821), and 「金融庁監督局
// 証券課」 貴局, the office nearest the division; a local government is named
// as an entrustor letter names it (localHonorificJA: 「架空県 健康福祉部」 貴県).
// Words in brackets are left out.
func honorificOrgJA(name string) string {
	name = strings.TrimSpace(name)
	if i := strings.IndexAny(name, "（("); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	best, end := "", -1
	for _, s := range []string{"委員会", "省", "庁", "局", "府"} {
		if i := strings.LastIndex(name, s); i >= 0 && i+len(s) > end {
			best, end = s, i+len(s)
		}
	}
	if best != "" {
		return "貴" + best
	}
	if you := localHonorificJA(name); you != "" {
		return you
	}
	return "貴庁"
}

// paraTexts returns the texts of paragraphs.
func paraTexts(ps []para) []string {
	var out []string
	for _, x := range ps {
		out = append(out, x.text)
	}
	return out
}
