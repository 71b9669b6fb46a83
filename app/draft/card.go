package draft

import (
	"strings"

	"breachdesk/app/incident"
)

// cardNotice is the report to the card company or acquirer when card data is
// involved: card brand rules want the acquirer told at once, the account
// numbers listed and a forensic investigation when they ask for one.
func cardNotice(b *builder) {
	v := b.v
	b.doc.Title = "カード情報の" + v.leakJA() + map[bool]string{true: "のおそれ", false: ""}[v.possible()] + "に関するご報告"
	b.doc.Letterhead = true
	to := v.acquirerJA() + "　御中"
	if c := strings.TrimSpace(partyOf(v.inc, incident.PartyCard).Contact); c != "" {
		to += "\nご担当窓口：" + c
	}
	b.section("header", v.letterheadJA(to)...)
	b.section("lead",
		p("p1", "当社の"+v.cardSystemJA()+"で取り扱ったカード情報について、"+v.whereJA()+v.happenedJA()+"。貴社に多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p2", "現時点で当社が把握している事項を、下記のとおりご報告いたします。"),
		p("ki", "記"))
	b.section("summary", p("p1", v.summaryJA()), p("period", v.periodJA()), p("timeline", v.timelineBlockJA()))
	var cards []string
	var n incident.Count
	for _, c := range v.data.Categories {
		if cat := v.rs.Category(c.ID); cat != nil && cat.Has("card") {
			cards = append(cards, v.categoryJA(c))
			if c.Persons.Known && c.Persons.N > n.N {
				n = c.Persons
			}
		}
	}
	count := "対象となるカード会員の数："
	if n.Known {
		count += incident.FormatCount(n, JA) + "名"
	} else {
		count += "調査中"
	}
	b.section("scope", p("items", "対象となるカード情報："+v.orFill(strings.Join(cards, "、"), "カード情報の項目", "card data")), p("count", count))
	b.section("cause", v.causeTextJA()...)
	var ms []para
	if e, ok := v.first(incident.EvContained); ok {
		ms = append(ms, p("contained", v.dateJA(e.At)+"、被害の拡大を防ぐための措置を講じました"+noteJA(e)+"。"))
	}
	if e, ok := v.first(incident.EvForensic); ok {
		ms = append(ms, p("forensic", v.dateJA(e.At)+"、外部の専門機関による調査を開始いたしました"+noteJA(e)+"。"))
	}
	ms = append(ms, p("reports", v.reportsJA()))
	b.section("measures", ms...)
	pfi := "PCI DSSに基づくフォレンジック調査（PFI調査）の要否と手配について、ご指示をお願いいたします。"
	if e, ok := v.first(incident.EvForensic); ok && strings.Contains(strings.ToUpper(e.Note), "PFI") {
		pfi = "PFI調査の報告書は、受領次第、速やかにご提出いたします。"
	}
	b.section("requests",
		p("monitor", "対象となるカードについて、不正利用のモニタリングをお願いいたします。"),
		p("list", "対象となるカード番号の一覧は、安全な方法でご提供いたします。提供の方法と時期について、ご指示くださいますようお願いいたします。"),
		p("pfi", pfi))
	b.section("contact", p("p1", v.personJA(v.inc.People.CISO, "担当者の氏名と連絡先")))
	b.section("closing", p("end", "以上"))
}

// acquirerJA names the card company or acquirer: the fact, else the note of
// the event that recorded the contact when it names one (…株式会社, as
// incidents recorded before the fact existed do), else a placeholder.
func (v *view) acquirerJA() string {
	if n := strings.TrimSpace(partyOf(v.inc, incident.PartyCard).Name); n != "" {
		return n
	}
	if e, ok := v.first(incident.EvCardAcquirer); ok {
		if n := strings.TrimSpace(e.Note); strings.Contains(n, "株式会社") && !strings.ContainsAny(n, "。、") {
			return n
		}
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

// noteJA is an event's note in parentheses, or "".
func noteJA(e incident.Event) string {
	if n := strings.TrimSpace(e.Note); n != "" {
		return "（" + n + "）"
	}
	return ""
}
