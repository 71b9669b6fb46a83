package draft

import (
	"strings"

	"breachdesk/app/incident"
)

// noticeJA is the customer notice (お詫びとお知らせ / ご報告): the items of
// Rules Art. 10 (Art. 8(1) items 1, 2, 4, 5, 9), what the reader should do,
// the response, prevention and the contact desk, in the register of a
// company apologising to its customers. Variants:
//   - e-mail: no links (the reader is told what to search for), lines wrapped,
//     signed at the end;
//   - letter: date, addressee and sender at the top (letterhead), 拝啓, the
//     apology, 敬具, then the items between 記 and 以上; to the organisation's
//     own staff, an internal notice: no 拝啓, thanks for patronage, 略儀 or
//     敬具 (a letter thanking one's own employees for their ご高配 reads as
//     one to an outsider: F95), the apology, then 記 … 以上;
//   - web page: date and sender at the top, the items, the apology at the end.
func noticeJA(b *builder) {
	v := b.v
	b.doc.Title = v.titleJA()
	letter := b.doc.Variant == VariantLetter
	switch b.doc.Variant {
	case VariantLetter:
		b.doc.Letterhead = true
		b.section("letterhead", v.letterheadJA(v.addresseeJA())...)
	case VariantWeb:
		b.doc.Letterhead = true
		b.section("letterhead", p("date", v.dateJA(v.date)), p("from", v.orgName()+"\n"+v.representativeJA()))
	}
	open := []para{}
	outsider := letter && !v.toStaff()
	lead := v.leadJA()
	switch {
	case outsider && v.opensOnWhatHappened():
		lead = "拝啓　" + lead
	case outsider:
		open = append(open, p("greeting", "拝啓　"+v.greetingJA()))
	}
	open = append(open, p("lead", lead), p("intro", "本件の概要と"+v.weJA()+"の対応について、下記のとおりご報告いたします。"))
	if outsider {
		open = append(open, p("ryakugi", "略儀ながら、まずは書面にてお詫びとご報告を申し上げます。"), p("keigu", "敬具"))
	}
	if letter {
		open = append(open, p("ki", "記"))
	}
	b.section("opening", open...)
	b.section("summary", p("p1", v.publicSummaryJA()), p("period", v.periodJA()), p("history", v.historyJA()), p("took", v.noticeDelayJA()))
	b.section("data", v.dataJA()...)
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("request", v.requestJA()...)
	b.section("response", v.responseJA()...)
	b.section("prevention", p("p1", v.preventionJA()))
	b.section("compensation", p("p1", v.compensationJA()))
	b.section("contact", v.contactJA(b.doc.Variant != VariantWeb)...)
	switch b.doc.Variant {
	case VariantLetter:
		b.section("closing", p("ijo", "以上"))
	case VariantWeb:
		b.section("closing", p("apology", v.apologyJA(true)), p("ijo", "以上"))
	default:
		b.section("closing", p("apology", v.apologyJA(true)), p("signature", v.signatureJA()))
	}
}

// opensOnWhatHappened: the letter to outsiders opens on what happened, with
// no thanks first. A person whose safety is at risk from someone who had
// the data is not thanked for their custom (153: a customer followed by a
// worker who looked up her address), nor are readers when harm through the
// leak is already seen (F1242: 163's informant, out of work after the city
// named him; 69's family, who had to move): thanks come badly before the
// apology, and no letter is the worse for leaving them out. A letter to
// business contacts keeps the thanks a business letter opens with, and a
// letter to persons who never dealt with the company its excuse for
// writing.
func (v *view) opensOnWhatHappened() bool {
	if v.safetyAtRisk() {
		return true
	}
	return v.inc.Risk.SecondaryHarm == incident.Yes && v.group != "お取引先の皆さま" && strings.HasPrefix(v.greetingJA(), "平素より")
}

// greetingJA is the first line of a letter after 拝啓: no seasonal greeting
// (an apology leaves it out), thanks in the reader's register.
func (v *view) greetingJA() string {
	switch {
	case v.inc.Org.Kind.IsPublic() && strings.HasPrefix(v.weJA(), "本"):
		return "平素より" + strings.TrimPrefix(v.weJA(), "本") + "政にご理解とご協力を賜り、厚く御礼申し上げます。"
	case v.group == "患者さま", v.group == "ご利用者の皆さま":
		return "平素より" + v.weJA() + "をご利用いただき、誠にありがとうございます。"
	case v.group == "お客様":
		return "平素より格別のご愛顧を賜り、厚く御礼申し上げます。"
	case v.group == "組合員の皆さま", v.group == "党員の皆さま":
		return "平素より" + v.weJA() + "の活動にご理解とご協力を賜り、厚く御礼申し上げます。"
	case v.entrusted() && !v.directReaders():
		// Persons whose data the company held for its client, who may
		// never have heard of it (116: job applicants screened by a
		// background-check vendor), are not thanked for a patronage they
		// never gave. Those who deal with it themselves (an agency's
		// clients, an app's users) are greeted as usual.
		return "突然のお手紙にて失礼いたします。"
	case v.entrusted() && v.directReaders() && !v.toStaff():
		// Those who deal with the company themselves (62: an insurance
		// agency's clients; 78: the parents using a club's app) are
		// thanked for using it, not for a patronage in general (F641).
		return "平素より" + v.weJA() + "をご利用いただき、誠にありがとうございます。"
	}
	return "平素より格別のご高配を賜り、厚く御礼申し上げます。"
}

// toStaff: the notice goes to the organisation's own staff (its sets are
// named as 従業員, 社員, 職員 …).
func (v *view) toStaff() bool {
	return strings.HasSuffix(v.group, "従業員の皆さま") || v.group == "職員の皆さま" || v.group == "教職員の皆さま"
}
