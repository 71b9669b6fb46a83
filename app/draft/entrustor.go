package draft

import "breachdesk/app/incident"

// entrustorNotice is the processor's notice to one entrustor (委託元): what it
// knows of the nine items of Rules Art. 8(1) about the data that entrustor
// entrusted to it — that entrustor's data sets only, never another client's
// — as fast as a 速報 (Rules Art. 9), with an offer to help the entrustor
// report and notify. It is dated at its sending once sent.
func entrustorNotice(b *builder) {
	v := b.v
	b.doc.Title = "個人データの漏えい等に関するご報告（委託先からの通知）"
	b.doc.Letterhead = true
	to := v.orFill(v.entrustorNameJA(), "委託元の名称", "entrustor")
	b.section("header", v.letterheadJA(to+"　御中")...)
	b.section("lead",
		p("p1", "貴社から委託を受けて当社が取り扱っている個人データについて、"+v.whereJA()+v.happenedJA()+"。貴社並びに貴社のお客様をはじめ関係する皆さまに多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p2", "個人情報の保護に関する法律施行規則第9条に基づき、現時点で当社が把握している事項を下記のとおりご報告いたします。"),
		p("ki", "記"))
	b.section("summary", p("p1", v.entrustorSummaryJA()), p("dates", v.datesJA(false)), p("timeline", v.timelineBlockJA()), p("story", v.inc.Story.Summary))
	b.section("items", p("p1", v.itemsBySetJA()), p("kind", "漏えい等の別："+v.eventKindsJA()))
	b.section("persons", append([]para{p("p1", v.personsBySetJA())}, v.personsNotesJA()...)...)
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("measures", append(v.responseJA(), p("prevention", "再発防止のための措置："+v.orFill(v.inc.Story.Prevention, "再発防止策", "preventive measures")))...)
	b.section("other",
		p("help", "貴社による個人情報保護委員会への報告及び本人への通知に必要な情報は、判明し次第、速やかにご提供いたします。本人への通知やお問い合わせへの対応の方法について、貴社のご指示をいただけますようお願いいたします。"),
		p("story", v.inc.Story.Other))
	b.section("closing", p("end", "以上"))
}

// entrustorSummaryJA: the summary from the processor's side: how it came to
// know (who told it), when, and what of the entrustor's data.
func (v *view) entrustorSummaryJA() string {
	det, hasDet := v.first(incident.EvDetected)
	knew := v.knew()
	if knew == nil {
		if hasDet {
			return v.evDateJA(det) + "、" + v.sourceJA(det.Source) + "、貴社の個人データへの影響の有無を調査しております。"
		}
		return "現在、当社において把握した事象について、貴社の個人データへの影響の有無を調査しております。"
	}
	s := ""
	if hasDet && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew) {
		s = v.evDateJA(det) + "、" + v.sourceJA(det.Source) + "、調査を進めた結果、"
	}
	s += v.dateJA(*knew) + "、当社は、"
	if c := v.causeJA(); c != "" {
		s += c + "により、"
	}
	s += "貴社からお預かりしている個人データが" + v.whereJA() + v.leakJA()
	// Confirmed only later than the day the company knew (scenario 25: a
	// risk known on 6/6, the leak of this client's data confirmed on 6/26):
	// the notice tells both days, as the summary of a report does.
	later := false
	for _, x := range v.data() {
		later = later || x.confirmed() && x.since != "" && x.since > incident.DateOf(knew.In(v.loc))
	}
	if v.possible() || later {
		return s + "したおそれがあることを確認いたしました。" + v.confirmedSince()
	}
	return s + "したことを確認いたしました。"
}
