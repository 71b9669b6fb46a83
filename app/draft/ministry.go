package draft

import (
	"regexp"
	"strconv"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// ministryReport is the written report to the sector ministry, in the five
// items a ministry asked for in the 2016 precedent. The timeline and the
// assessment's delay findings feed item 1 (the facts) and item 3 (the
// response, with its problems set out). It is laid out as a Japanese report
// to an authority: date, addressee and sender above the title, the apology
// and the reference to the order, 記, the five items, 以上.
func ministryReport(b *builder) {
	v := b.v
	b.doc.Title = "個人データの漏えい等事案に関する報告書"
	b.doc.Letterhead = true
	ministry := v.orFill(partyName(v.inc, incident.PartyMinistry), "所管省庁の名称", "ministry")
	b.section("header", v.letterheadJA(ministry+"　御中")...)
	lead := "標記の件について、下記のとおりご報告いたします。"
	if e, ok := v.first(incident.EvMinistryOrder); ok {
		lead = v.dateJA(e.At) + "付けで" + honorificOrgJA(partyName(v.inc, incident.PartyMinistry)) + "からご指示をいただきました標記の件について、下記のとおりご報告いたします。"
	}
	b.section("lead",
		p("apology", "このたび、"+v.weJA()+"において個人データの漏えい等事案が発生し、"+v.you+"をはじめ関係者の皆さまに多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p1", lead),
		p("ki", "記"))
	b.section("facts",
		p("summary", v.summaryJA()),
		p("cause", strings.Join(paraTexts(v.causeTextJA()), "")),
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

// honorificOrgJA is how a report names its addressee authority: 貴省, 貴庁, 貴委員会.
func honorificOrgJA(name string) string {
	for _, s := range []string{"委員会", "省", "庁", "局", "府"} {
		if strings.HasSuffix(strings.TrimSpace(name), s) {
			return "貴" + s
		}
	}
	return "貴庁"
}

// isoStamp is a date and time as the assessment writes it ("2026-05-17 23:59 JST").
var isoStamp = regexp.MustCompile(`([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2})(?: [A-Z]{3,4})?`)

// jaStamps rewrites the assessment's ISO stamps in Japanese: "2026年5月17日 23時59分".
func jaStamps(s string) string {
	return isoStamp.ReplaceAllStringFunc(s, func(m string) string {
		g := isoStamp.FindStringSubmatch(m)
		mo, _ := strconv.Atoi(g[2])
		d, _ := strconv.Atoi(g[3])
		h, _ := strconv.Atoi(g[4])
		return g[1] + "年" + strconv.Itoa(mo) + "月" + strconv.Itoa(d) + "日 " + strconv.Itoa(h) + "時" + g[5] + "分"
	})
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
		lines = append(lines, "・"+jaStamps(f.Explanation.JA))
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
	return s + "上記のとおり、法令上の期限又は実務上の目安を超えた対応がありました。遅れが生じた原因（社内の報告経路、判断の基準、体制等）を検証し、その結果を再発防止策に反映いたします。"
}

// paraTexts returns the texts of paragraphs.
func paraTexts(ps []para) []string {
	var out []string
	for _, x := range ps {
		out = append(out, x.text)
	}
	return out
}
