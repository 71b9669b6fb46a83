package draft

// noticeJA is the customer notice (お詫びとお知らせ / ご報告): the items of
// Rules Art. 10 (Art. 8(1) items 1, 2, 4, 5, 9), what the reader should do,
// the response, prevention and the contact desk, in the register of a
// company apologising to its customers. Variants: e-mail (no links: the
// reader is told what to search for), letter (拝啓…敬具) and web page.
func noticeJA(b *builder) {
	v := b.v
	b.doc.Title = v.titleJA()
	open := []para{}
	if b.doc.Variant == VariantLetter {
		open = append(open, p("greeting", "拝啓　時下ますますご清祥のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。"))
	}
	open = append(open, p("lead", v.leadJA()), p("intro", "本件の概要と"+v.weJA()+"の対応について、下記のとおりご報告いたします。"))
	b.section("opening", open...)
	b.section("summary", p("p1", v.summaryJA()), p("period", v.periodJA()), p("history", v.historyJA()), p("story", v.inc.Story.Summary))
	b.section("data", v.dataJA()...)
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("request", v.requestJA()...)
	b.section("response", v.responseJA()...)
	b.section("prevention", p("p1", v.preventionJA()))
	b.section("compensation", p("p1", v.compensationJA()))
	b.section("contact", v.contactJA(b.doc.Variant != VariantWeb)...)
	closing := []para{p("apology", v.you+"には多大なるご迷惑とご心配をおかけしますことを、重ねて深くお詫び申し上げます。")}
	if b.doc.Variant == VariantLetter {
		closing = append(closing, p("keigu", "敬具"))
	}
	closing = append(closing, p("signature", v.signatureJA()))
	b.section("closing", closing...)
}
