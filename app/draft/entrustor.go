package draft

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// entrustorNotice is the processor's notice to one entrustor (委託元): what it
// knows of the nine items of Rules Art. 8(1) about the data that entrustor
// entrusted to it — that entrustor's data sets only, never another client's
// — as fast as a 速報 (Rules Art. 9), with an offer to help the entrustor
// report and notify. It is dated at its sending once sent.
func entrustorNotice(b *builder) {
	v := b.v
	b.doc.Title = "個人データの漏えい等に関するご報告（委託先からの通知）"
	b.doc.Letterhead = true
	to := v.orFill(v.entrustorNameJA(), "委託元の名称", "entrustor") + "　御中"
	you := honorificJA(v.entrustorNameJA(), v.entrustorKind())
	if v.entrustorClients() {
		to, you = "お客様各位", "お客様" // every client of the service (82)
	}
	b.section("header", v.letterheadJA(to)...)
	b.section("lead",
		p("p1", you+"から委託を受けて"+v.weJA()+"が取り扱っている個人データについて、"+v.whereJA()+v.happenedJA()+"。"+apologyToJA(you)+"に多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。"),
		p("p2", v.entrustorBasisJA()+"、現時点で"+v.weJA()+"が把握している事項を下記のとおりご報告いたします。"),
		p("ki", "記"))
	b.section("summary", p("p1", strings.ReplaceAll(v.entrustorSummaryJA(), "貴社", you)), p("dates", strings.ReplaceAll(v.datesJA(false), "貴社", you)), p("timeline", v.timelineBlockJA()), p("story", v.inc.Story.Summary))
	if on, none := v.ruledOut(); none {
		v.entrustorRuledOutJA(b, on)
	} else {
		b.section("items", p("p1", v.itemsBySetJA()), p("kind", "漏えい等の別："+v.eventKindsJA()))
		b.section("persons", append([]para{p("p1", v.personsBySetJA()), p("each", v.eachClientJA())}, v.personsNotesJA()...)...)
	}
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("measures", append(v.responseJA(), p("prevention", "再発防止のための措置："+v.orFill(v.inc.Story.Prevention, "再発防止策", "preventive measures")))...)
	b.section("other",
		p("copy", v.entrustorCopyJA(you)),
		p("help", v.entrustorHelpJA(you)),
		p("story", v.inc.Story.Other))
	b.section("closing", p("end", "以上"))
}

// eachClientJA: a letter to a party standing for all the clients of a
// service gives the count of all of them; each client needs its own to
// report and notify (116: 340 client companies told 「約12万名」).
func (v *view) eachClientJA() string {
	if v.entrustor().Clients != incident.Yes {
		return ""
	}
	return "上記は、" + v.weJA() + "が委託を受けている全てのお客様の分を合わせた人数です。お客様ごとの対象者数と対象者の一覧：" + v.fill("お客様ごとの対象者数と一覧（別紙）", "each client's number of persons and list (annex)")
}

// notReportableJA: the assessment says APPI's report is not due (no type
// of Rules Art. 7 holds, or every set is excluded); unknown is not "no".
func (v *view) notReportableJA() bool {
	jp := v.jur("JP")
	return jp != nil && jp.Reportable == assess.No
}

// entrustorBasisJA is why the processor reports: Rules Art. 9 where the case
// is one the entrustor must report (Art. 26(1) proviso), the contract where
// it is not (a list of 415 customers lost: no type of Rules Art. 7 holds,
// and citing Art. 9 would tell the entrustor it has a report to make).
//
// Where the data includes My Number and the My Number Act makes the case one
// the entrustor must report, the notice is also the contractor's under that
// Act (番号法29条の4第1項ただし書, its breach Rules Art. 4; 118: a tax
// accountant's notice to the companies whose staff's My Number it held
// cited APPI alone).
func (v *view) entrustorBasisJA() string {
	var bases []string
	if !v.notReportableJA() {
		bases = append(bases, "個人情報の保護に関する法律施行規則第9条")
	}
	if mn := v.jur("JP-MN"); mn != nil && mn.Reportable != assess.No {
		for _, o := range mn.Obligations {
			if o.ID == "jn.entrustor.notice" && o.Party == v.entrustorID() {
				bases = append(bases, "行政手続における特定の個人を識別するための番号の利用等に関する法律第29条の4第1項ただし書及び特定個人情報の漏えい等に関する報告等に関する規則第4条")
				break
			}
		}
	}
	if len(bases) == 0 {
		return "委託契約に基づき"
	}
	return strings.Join(bases, "並びに") + "に基づき"
}

// entrustorHelpJA offers the entrustor what it needs for its own steps: its
// report to the PPC and the notice to the persons where the case is
// reportable, else its own response (a financial entrustor's report under
// its business law, the persons' questions).
func (v *view) entrustorHelpJA(you string) string {
	if v.notReportableJA() && v.entrustorReportsItself() {
		// Not the processor's case to report, but the public body's own
		// (more than 100 persons: APPI Art. 68(1), Rules Art. 43(4)).
		return you + "による個人情報保護委員会への報告（個人情報の保護に関する法律第68条第1項）及び本人への通知に必要な情報は、判明し次第、速やかにご提供いたします。本人への通知やお問い合わせへの対応の方法について、" + you + "のご指示をいただけますようお願いいたします。"
	}
	if v.notReportableJA() {
		return you + "における対応（監督当局への報告や本人への連絡が必要な場合を含みます）に必要な情報は、判明し次第、速やかにご提供いたします。本人への連絡やお問い合わせへの対応の方法について、" + you + "のご指示をいただけますようお願いいたします。"
	}
	return you + "による個人情報保護委員会への報告及び本人への通知に必要な情報は、判明し次第、速やかにご提供いたします。本人への通知やお問い合わせへの対応の方法について、" + you + "のご指示をいただけますようお願いいたします。"
}

// entrustorCopyJA: data the processor only lost or damaged (no leak) is
// not lost or damaged for an entrustor that keeps the same data itself (a
// backup, the original records): General Guidelines 3-5-1-2, 3-5-1-3. The
// entrustor decides its own report on that; the letter says so (82: a host
// deleted its clients' sites and mailboxes with its own backups, and told
// them to rebuild from theirs, but the letter spoke as if every client had
// lost its data).
func (v *view) entrustorCopyJA(you string) string {
	leak, loss, damage := v.kinds()
	if leak || !loss && !damage || len(v.data()) == 0 {
		return ""
	}
	if !v.noOneHolds() {
		return "" // "no leak" is not this letter's to say
	}
	what := v.leakJA()
	if loss && damage {
		what = "滅失・毀損"
	}
	return "本件は個人データの" + what + "であり、外部への漏えいはありません。" + you + "において同じ内容のデータ（バックアップ、元の記録等）を保管されている場合は、" + you + "の個人データの" + what + "には当たらないとされています（個人情報の保護に関する法律についてのガイドライン（通則編）3-5-1-2、3-5-1-3）。報告の要否のご判断に当たり、" + you + "における保管の有無をご確認ください。"
}

// entrustorReportsItself: the entrustor the document is to is a public
// body that must report the case itself although the processor need not
// (jp.entrustor.notice.public owed to it).
func (v *view) entrustorReportsItself() bool {
	for i := range v.a.Jurisdictions {
		for _, o := range v.a.Jurisdictions[i].Obligations {
			if o.ID == "jp.entrustor.notice.public" && o.Applies == assess.Yes && o.Party == v.entrustorID() {
				return true
			}
		}
	}
	return false
}

// entrustorSummaryJA: the summary from the processor's side: how it came to
// know (who told it), when, and what of the entrustor's data.
func (v *view) entrustorSummaryJA() string {
	det, hasDet := v.trigger()
	knew := v.knew()
	if knew == nil {
		if hasDet {
			return v.evDateJA(det) + "、" + v.sourceJA(det) + "、貴社の個人データへの影響の有無を調査しております。"
		}
		return "現在、" + v.weJA() + "において把握した事象について、貴社の個人データへの影響の有無を調査しております。"
	}
	s := ""
	if hasDet && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew) {
		if late := v.readLateJA(det); late != "" {
			s = late + v.investigatedJA(det, "調査を進めた結果、")
		} else {
			s = v.evDateJA(det) + "、" + v.sourceJA(det) + "、" + v.investigatedJA(det, "調査を進めた結果、")
		}
	}
	found, foundLater := v.entrustorFoundLater()
	if foundLater {
		// Every set of this entrustor was found after the knowing (136: a
		// CRO's ransomware known on 11/3, the hospital's trial subjects
		// found on 3/10): the processor knew of the attack then, of this
		// client's data on the day it was found.
		what := "本件"
		if c := v.causeJA(); c != "" {
			what = c
		}
		s += v.knewDayJA() + "、" + v.weJA() + "は、" + what + "を把握し、" + v.laterJA(found, false) + dayJA(found) + "、"
	} else {
		s += v.knewDayJA() + "、" + v.weJA() + "は、"
		if c := v.causeJA(); c != "" {
			s += c + "により、"
		}
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
		return s + "したおそれがあることを確認いたしました。" + v.confirmedSince(foundLater)
	}
	return s + "したことを確認いたしました。"
}

// honorificJA is how a letter calls the entrustor it is addressed to: 貴市,
// 貴県, … for a local government, 貴法人 for a school, medical or other
// corporation that is not a company, else 貴社 (also when the name is not
// known). A city or a 学校法人 is not a 社. The department a user adds to
// the name (架空市（こども部 子育て支援課）, 架空市 こども部) does not
// change whom the letter is to; a public body whose name says none of
// these is 貴機関 (kind: the party's incident.OrgKind). A hospital or a
// clinic is 貴院, a university 貴学, a school 貴校.
func honorificJA(name string, kind incident.OrgKind) string {
	name = strings.TrimSpace(name)
	if i := strings.IndexAny(name, "（("); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	for _, pre := range []string{"学校法人", "医療法人", "社会福祉法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "独立行政法人", "国立大学法人", "地方独立行政法人", "特定非営利活動法人", "宗教法人"} {
		if strings.HasPrefix(name, pre) {
			return "貴法人"
		}
	}
	if strings.HasSuffix(name, "株式会社") || strings.HasPrefix(name, "株式会社") || strings.Contains(name, "会社") {
		return "貴社"
	}
	// A hospital or a clinic is 貴院, a university 貴学, a school 貴校,
	// whoever runs it (136: a university hospital was told 「貴社」).
	for _, x := range []struct{ end, you string }{
		{"病院", "貴院"}, {"医院", "貴院"}, {"診療所", "貴院"}, {"クリニック", "貴院"},
		{"大学", "貴学"}, {"高等学校", "貴校"}, {"中学校", "貴校"}, {"小学校", "貴校"}, {"高校", "貴校"}, {"学校", "貴校"},
	} {
		if strings.HasSuffix(name, x.end) {
			return x.you
		}
	}
	if you := localHonorificJA(name); you != "" {
		return you
	}
	if kind.IsPublic() {
		return "貴機関"
	}
	return "貴社"
}

// localHonorificJA is a local government's 貴市, 貴県, ... when the name, or
// its first word before a department (架空市 こども部), ends with the kind
// of body; "" otherwise.
func localHonorificJA(name string) string {
	first, _, _ := strings.Cut(name, " ")
	first, _, _ = strings.Cut(first, "　")
	for _, n := range []string{name, first} {
		for _, suf := range []string{"市", "町", "村", "区", "県", "都", "府", "道"} {
			if strings.HasSuffix(n, suf) {
				return "貴" + suf
			}
		}
	}
	return ""
}

// apologyToJA is whom the entrustor notice apologises to: a company and its
// customers; a public body or another corporation and everyone concerned
// (a city's residents and a school's students are not its お客様).
func apologyToJA(you string) string {
	switch you {
	case "貴社":
		return "貴社並びに貴社のお客様をはじめ関係する皆さま"
	case "お客様":
		return "お客様をはじめ関係する皆さま"
	}
	return you + "並びに関係する皆さま"
}

// entrustorRuledOutJA writes the items and persons of a notice to an
// entrustor on a case the investigation ruled out (89: the letter said
// 「漏えい等の別：調査中」 and 「合計：調査中」, then 「上記のとおり個人情報は漏え
// いしていない」): what was thought at risk of that entrustor's data, its
// persons as counted, and the outcome — that entrustor's sets only.
func (v *view) entrustorRuledOutJA(b *builder, on time.Time) {
	var sets []*incident.DataSet
	for i := range v.inc.DataSets {
		if d := &v.inc.DataSets[i]; d.Role == incident.Processor && d.Entrustor == v.party {
			sets = append(sets, d)
		}
	}
	var items, names, counts []string
	for _, d := range sets {
		for _, c := range d.Categories {
			if l := v.categoryJA(c); !slices.Contains(items, l) {
				items = append(items, l)
			}
		}
		name := strings.TrimSpace(d.Name)
		if name != "" {
			names = append(names, name)
		}
		if c := d.Persons.Latest(); c.Known {
			n := countJA(c) + "名"
			if name != "" && len(sets) > 1 {
				n = name + "：" + n
			}
			counts = append(counts, n)
		}
	}
	what := "漏えい等のおそれがあるとしていた項目：調査中"
	if len(items) > 0 {
		what = "漏えい等のおそれがあるとしていた項目：" + strings.Join(items, "、")
	}
	s := "その後の調査の結果、"
	if !on.IsZero() {
		s += v.dateJA(on) + "、"
	}
	which := "貴社からお預かりしている個人データ"
	if len(names) > 0 {
		which += "（" + strings.Join(names, "、") + "）"
	}
	outcome := s + which + "は、漏えいしていないことを確認いたしました。"
	if from, w, ok := v.ruledOutOnShortLogs(); ok {
		outcome = s + which + "について、アクセス記録が残っている" + dayJA(from) + "以降に第三者が閲覧した形跡はないことを確認いたしました。" +
			"それより前の期間（" + dayJA(w.From) + "から）については、記録が残っていないため、確認することができません。"
	}
	b.section("items", p("p1", what), p("ruled-out", outcome))
	persons := "対象としていた本人の数：調査中"
	if len(counts) > 0 {
		persons = "対象としていた本人の数：" + strings.Join(counts, "、")
	}
	b.section("persons", p("p1", persons))
}

// entrustorFoundLater: in a notice to an entrustor, every data set of it was
// found to be part of the case after the day the company knew (DataSet.Found):
// the earliest of those days.
func (v *view) entrustorFoundLater() (incident.Date, bool) {
	k := v.knew()
	if v.kind != KindEntrustor || k == nil {
		return "", false
	}
	knewOn := incident.DateOf(k.In(v.loc))
	var first incident.Date
	sets := v.data()
	for _, x := range sets {
		if x.Found == "" || !(x.Found > knewOn) {
			return "", false
		}
		if first == "" || x.Found < first {
			first = x.Found
		}
	}
	return first, len(sets) > 0
}
