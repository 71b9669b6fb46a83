package draft

import "breachdesk/app/incident"

// entrustorNotice is the processor's notice to its entrustor (委託元): what it
// knows of the nine items of Rules Art. 8(1), as fast as a 速報 (Rules Art. 9),
// with an offer to help the entrustor report and notify.
func entrustorNotice(b *builder) {
	v := b.v
	b.doc.Title = "個人データの漏えい等に関するご報告（委託先からの通知）"
	b.doc.Letterhead = true
	to := v.orFill(partyName(v.inc, incident.PartyEntrustor), "委託元の名称", "entrustor")
	b.section("header", v.letterheadJA(to+"　御中")...)
	b.section("lead",
		p("p1", "貴社から委託を受けて当社が取り扱っている個人データについて、"+v.whereJA()+v.happenedJA()+"。貴社並びに貴社のお客様をはじめ関係する皆さまに多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p2", "個人情報の保護に関する法律施行規則第9条に基づき、現時点で当社が把握している事項を下記のとおりご報告いたします。"),
		p("ki", "記"))
	b.section("summary", p("p1", v.entrustorSummaryJA()), p("dates", "発生日："+v.eventDateJA(incident.EvIntrusion)+"\n発覚日（事態を知った日）："+v.eventDateJA(incident.EvAware)), p("timeline", v.timelineBlockJA()), p("story", v.inc.Story.Summary))
	b.section("items", p("p1", v.categoriesJA()), p("kind", "事態の区分："+v.eventKindsJA()))
	b.section("persons", p("p1", v.personsJA()))
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("measures", append(v.responseJA(), p("prevention", "再発防止のための措置："+v.orFill(v.inc.Story.Prevention, "再発防止策", "preventive measures")))...)
	b.section("other",
		p("help", "貴社による個人情報保護委員会への報告及び本人への通知に必要な情報は、判明し次第、速やかにご提供いたします。本人への通知やお問い合わせへの対応の方法について、貴社のご指示をいただけますようお願いいたします。"),
		p("story", v.inc.Story.Other))
	b.section("closing", p("end", "以上"))
}

// entrustorSummaryJA: the summary from the processor's side.
func (v *view) entrustorSummaryJA() string {
	aw, ok := v.first(incident.EvAware)
	if !ok {
		return "現在、当社のシステムで検知した事象について、貴社の個人データへの影響の有無を調査中です。"
	}
	s := v.dateJA(aw.At) + "、当社は、"
	if c := v.causeJA(); c != "" {
		s += c + "により、"
	}
	s += "貴社からお預かりしている個人データが" + v.whereJA() + v.leakJA()
	if v.possible() {
		return s + "したおそれがあることを確認いたしました。"
	}
	return s + "したことを確認いたしました。"
}
