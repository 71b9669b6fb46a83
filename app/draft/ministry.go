package draft

import (
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// ministryReport is the written report to the sector ministry, in the five
// items a ministry asked for in the 2016 precedent. The timeline and the
// assessment's delay findings feed item 1 (the facts) and item 3 (the
// response, with its problems set out).
func ministryReport(b *builder) {
	v := b.v
	b.doc.Title = "個人データの漏えい等事案に関する報告書"
	ministry := v.orFill(v.inc.Org.Ministry, "所管省庁の名称", "ministry")
	head := ministry + "　御中\n\n" + v.dateJA(v.date) + "\n" + v.orgName() + "\n" + v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative")
	lead := "標記の件について、下記のとおりご報告いたします。"
	if e, ok := v.first(incident.EvMinistryOrder); ok {
		lead = v.dateJA(e.At) + "付けでご指示のありました標記の件について、下記のとおりご報告いたします。"
	}
	b.section("header", p("addressee", head), p("lead", lead))
	b.section("facts",
		p("summary", v.summaryJA()),
		p("cause", "原因："+strings.Join(paraTexts(v.causeTextJA()), "")),
		p("items", "対象となる個人データの項目："+v.categoriesJA()),
		p("persons", "本人の数："+v.personsJA()),
		p("timeline", v.timelineBlockJA()),
		p("elapsed", v.findingsJA(false)),
		p("story", v.inc.Story.Summary))
	b.section("before", p("p1", v.orFill(v.inc.Story.MeasuresBefore, "発覚前に講じてきた安全管理措置（組織的・人的・物理的・技術的）", "safeguards before discovery")))
	after := v.responseJA()
	after = append(after, p("notice", "本人への対応："+v.noticeStateJA()), p("public", "公表："+v.publicStateJA()))
	after = append(after, p("problems", v.findingsJA(true)))
	b.section("after", after...)
	b.section("current", p("p1", v.orFill(v.inc.Story.CurrentState, "現在の安全管理の状況", "current safeguards")))
	b.section("prevention", p("p1", v.orFill(v.inc.Story.Prevention, "今後の再発防止策（実施時期を含む）", "preventive measures")))
	b.section("closing", p("end", "以上"))
}

// findingsJA writes the assessment's delay findings: the measured spans
// (problems false), or the delays against the law or practice with a list of
// the problems they show (problems true).
func (v *view) findingsJA(problems bool) string {
	var lines []string
	late := 0
	for _, f := range v.a.Findings {
		info := f.Verdict == assess.FindingInfo
		if problems == info {
			continue
		}
		if f.Verdict == assess.FindingLate || f.Verdict == assess.FindingOverdue {
			late++
		}
		lines = append(lines, "・"+f.Explanation.JA)
	}
	if !problems {
		if len(lines) == 0 {
			return ""
		}
		return "【各段階の所要時間】\n" + strings.Join(lines, "\n")
	}
	s := "【対応の経過と問題点の整理】\n"
	if len(lines) > 0 {
		s += strings.Join(lines, "\n") + "\n"
	}
	if late == 0 {
		return s + "法令上の期限・実務上の目安を超えた対応の遅れは、現時点で確認されておりません。"
	}
	return s + "上記のとおり、目安又は期限を超えた対応がありました。その原因（社内の報告経路、判断の基準、体制等）を検証し、再発防止策に反映いたします。"
}

// paraTexts returns the texts of paragraphs.
func paraTexts(ps []para) []string {
	var out []string
	for _, x := range ps {
		out = append(out, x.text)
	}
	return out
}
