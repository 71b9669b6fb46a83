package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// cardNotice is the report to the card company or acquirer when card data is
// involved: card brand rules want the acquirer told at once, the account
// numbers listed and a forensic investigation when they ask for one. It
// speaks of the data sets with card data only, and is dated at the first
// contact with the card company once made.
func cardNotice(b *builder) {
	v := b.v
	b.doc.Title = "カード情報の" + v.leakJA() + map[bool]string{true: "のおそれ", false: ""}[v.possible()] + "に関するご報告"
	b.doc.Letterhead = true
	to := v.acquirerJA() + "　御中"
	if c := strings.TrimSpace(v.cardParty().Contact); c != "" {
		to += "\nご担当窓口：" + c
	}
	b.section("header", v.letterheadJA(to)...)
	b.section("lead",
		p("p1", v.weJA()+"の"+v.cardSystemJA()+"で取り扱ったカード情報について、"+v.whereJA()+v.happenedJA()+"。貴社に多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p2", "現時点で"+v.weJA()+"が把握している事項を、下記のとおりご報告いたします。"),
		p("ki", "記"))
	b.section("summary", p("p1", v.summaryJA()), p("dates", v.datesJA(false)), p("timeline", v.timelineBlockJA()))
	cards, n := v.cardItems(v.categoryJA)
	count := "対象となるカード会員の数："
	if n.Known {
		count += countJA(n) + "名"
	} else {
		count += "調査中"
	}
	b.section("scope", p("items", "対象となるカード情報："+v.orFill(strings.Join(cards, "、"), "カード情報の項目", "card data")), p("count", count))
	b.section("cause", v.causeTextJA()...)
	ms := v.stepsTakenJA("外部の専門機関による調査を開始いたしました。")
	if r := v.storyResponse(); r != "" {
		ms = append(ms, p("story", r))
	}
	if len(paraTexts(ms)) == 0 || strings.Join(paraTexts(ms), "") == "" {
		ms = append(ms, p("ongoing", "現在、被害の拡大を防ぐための措置と事実関係の調査を進めております。"))
	}
	b.section("measures", append(ms, v.plannedJA()...)...)
	pfi := "PCI DSSに基づくフォレンジック調査（PFI調査）の要否と手配について、ご指示をお願いいたします。"
	if v.pfiEngaged() {
		pfi = "PFI調査の報告書は、受領次第、速やかにご提出いたします。"
	}
	b.section("requests",
		p("monitor", "対象となるカードについて、不正利用のモニタリングをお願いいたします。"),
		p("list", "対象となるカード番号の一覧は、安全な方法でご提供いたします。提供の方法と時期について、ご指示くださいますようお願いいたします。"),
		p("pfi", pfi),
		p("reissue", "カード会員がカードの再発行を希望される場合の手数料は、"+v.weJA()+"が負担いたします。その方法についてご相談させてください。"))
	b.section("contact", p("p1", v.personJA(v.inc.People.CISO, "担当者の氏名と連絡先")))
	b.section("closing", p("end", "以上"))
}

// pfiEngaged: the forensic firm engaged (by the document's date) is a PFI,
// as the party the event names says (its name, not a note).
func (v *view) pfiEngaged() bool {
	for _, e := range v.inc.EventsOf(incident.EvForensic) {
		if p, ok := v.inc.Party(e.Party); ok && strings.Contains(strings.ToUpper(p.Name), "PFI") {
			return true
		}
	}
	return false
}

// cardParty is the card company the document is addressed to.
func (v *view) cardParty() incident.Party {
	if p, ok := v.inc.Party(v.party); ok {
		return p
	}
	return partyOf(v.inc, incident.PartyCard)
}

// acquirerJA names the card company or acquirer, or a placeholder.
func (v *view) acquirerJA() string {
	if n := strings.TrimSpace(v.cardParty().Name); n != "" {
		return n
	}
	return v.fill("カード会社・加盟店契約会社の名称", "acquirer")
}

// cardSystemJA names where the cards were handled.
func (v *view) cardSystemJA() string {
	if v.cause() == incident.CauseWebSkimming {
		return "ウェブサイトの決済画面"
	}
	return "システム"
}

// cardItems are the card data items of the document's sets, each named once
// by name, and the largest count of cardholders any of them gives.
func (v *view) cardItems(name func(incident.Category) string) ([]string, incident.Count) {
	var cards []string
	var n incident.Count
	for _, s := range v.scope {
		// A card item not counted is of the cards an item counted names
		// (117: security codes some of the 17,649 callers who read their
		// card number gave; the acquirer was told of 180,000 cardholders,
		// every caller); only with no card item counted is it the set's.
		counted := slices.ContainsFunc(s.Categories, func(c incident.Category) bool { return v.flagged("card")(c) && c.Persons.Known })
		for _, c := range s.Categories {
			if v.flagged("card")(c) {
				if x := name(c); !slices.Contains(cards, x) {
					cards = append(cards, x)
				}
				who := c.Persons
				if !who.Known && !counted {
					who = s.persons
				}
				if who.Known && who.N > n.N {
					n = who
				}
			}
		}
	}
	return cards, n
}

// cardNoticeEN is cardNotice in English, for an acquirer or card company
// abroad (65: a Japanese company's North American web store, whose
// acquirer was sent a letter in Japanese only). The same report: what is
// known, the card data and cardholders, the steps taken, and the acquirer's
// instructions asked for on monitoring, the account list and a PFI.
func cardNoticeEN(b *builder) {
	v := b.v
	b.doc.Title = "Report of a " + map[bool]string{true: "possible ", false: ""}[v.possible()] + "compromise of payment card data"
	b.doc.Letterhead = true
	to := v.acquirerEN()
	if c := strings.TrimSpace(v.cardParty().Contact); c != "" {
		to += "\nAttention: " + c
	}
	b.section("header", p("date", v.dateEN(v.date)), p("to", to), p("from", v.orgName()))
	where := "our systems"
	if v.cause() == incident.CauseWebSkimming {
		where = "the checkout page of our website"
	}
	b.section("lead",
		p("p1", "We are writing to report that payment card data handled on "+where+" "+v.happenedEN()+". We sincerely apologize for the trouble and concern this causes you."),
		p("p2", "Below is what we know at this time."))
	b.section("summary", p("p1", v.summaryEN()), p("period", v.periodEN()), p("story", englishText(v.inc.Story.Summary)))
	cards, n := v.cardItems(v.categoryEN)
	count := "Number of cardholders: under investigation"
	if n.Known {
		count = "Number of cardholders: " + countEN(n, "cardholder", "cardholders")
	}
	b.section("scope", p("items", "Card data involved: "+v.orFill(strings.Join(cards, ", "), "カード情報の項目", "card data")), p("count", count))
	b.section("measures", v.responseEN()...)
	pfi := "Please let us know whether a PCI forensic investigation (PFI) is required, and how it should be arranged."
	if v.pfiEngaged() {
		pfi = "We will send you the PFI report as soon as we receive it."
	}
	b.section("requests",
		p("monitor", "Please monitor the cards involved for fraudulent use."),
		p("list", "We will provide the list of the account numbers involved by a secure method. Please tell us how and when you would like to receive it."),
		p("pfi", pfi),
		p("reissue", "We will bear the fees for reissuing the cards of cardholders who ask for new ones. We would like to discuss with you how to arrange this."))
	b.section("contact", p("p1", "Contact: "+v.personEN(v.inc.People.CISO, "contact person and details")))
	b.section("closing", p("signature", v.signatureEN(false)))
}

// acquirerEN names the card company or acquirer for an English document: its
// name when in Latin letters, else a placeholder asking for it in English.
func (v *view) acquirerEN() string {
	n := strings.TrimSpace(v.cardParty().Name)
	switch {
	case n == "":
		return v.fill("カード会社・加盟店契約会社の名称", "acquirer")
	case nonLatin(n):
		return v.fill("カード会社・加盟店契約会社の名称（英語）", "acquirer's name in English")
	}
	return n
}

// cardAbroad: the card report is also drafted in English: the card
// company's name is in Latin letters (an acquirer abroad), or the persons
// are told in English.
func cardAbroad(inc *incident.Incident, en bool) bool {
	return en || latinNamed(inc, incident.PartyCard)
}

// latinNamed: a party of the kind is named in Latin letters (a card
// company or police abroad, to whom a document goes in English).
func latinNamed(inc *incident.Incident, kind incident.PartyKind) bool {
	for _, p := range inc.PartiesOf(kind) {
		if n := strings.TrimSpace(p.Name); n != "" && !nonLatin(n) {
			return true
		}
	}
	return false
}
