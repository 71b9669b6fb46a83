package draft

import (
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// ppcReport is the report to the PPC (漏えい等報告), one section per item of
// Rules Art. 8(1) in the order of Form 1, so that each can be copied into the
// online form. The 速報 (prelim) says "調査中" where a fact is not known; the
// 確報 (final) says the same, and Lint reports it there.
func ppcReport(b *builder) {
	v := b.v
	kind := "速報"
	if b.doc.Variant == VariantFinal {
		kind = "確報"
	}
	b.doc.Title = "個人データの漏えい等に関する報告（" + kind + "）"
	b.section("reporter", p("p1", strings.Join([]string{
		"事業者の名称：" + v.orgName(),
		"代表者：" + v.orFill(v.inc.People.Representative.Name, "代表者の役職・氏名", "representative"),
		"報告の区分：" + kind,
		"報告日：" + v.dateJA(v.date),
		"担当者・連絡先：" + v.personJA(v.inc.People.PrivacyOfficer, "個人情報保護の担当者と連絡先"),
	}, "\n")))
	b.section("summary",
		p("p1", v.summaryJA()),
		p("dates", "発生日："+v.eventDateJA(incident.EvIntrusion)+"\n発覚日（事態を知った日）："+v.eventDateJA(incident.EvAware)),
		p("how", "発覚の経緯："+v.howDiscoveredJA()),
		p("timeline", v.timelineBlockJA()),
		p("story", v.inc.Story.Summary))
	b.section("items", p("p1", v.categoriesJA()), p("kind", "事態の区分："+v.eventKindsJA()), p("protection", "暗号化等の保護措置："+v.protectionJA()))
	b.section("persons", p("p1", v.personsJA()), p("residence", v.residenceJA()), p("former", v.formerJA()))
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("response", p("p1", v.noticeStateJA()), p("desk", "問合せ窓口："+v.deskStateJA()))
	b.section("publication", p("p1", v.publicStateJA()))
	prev := strings.TrimSpace(v.inc.Story.Prevention)
	if prev == "" {
		prev = "調査中"
	}
	b.section("prevention", p("p1", prev))
	b.section("other", p("triggers", v.triggersJA()), p("reports", v.otherReportsJA()), p("story", v.inc.Story.Other))
}

// personJA: "name（contact）" or a placeholder.
func (v *view) personJA(pr incident.Person, what string) string {
	n := strings.TrimSpace(pr.Name)
	if n == "" {
		return v.fill(what, what)
	}
	if c := strings.TrimSpace(pr.Contact); c != "" {
		n += "（" + c + "）"
	}
	return n
}

// eventDateJA is the date of the first event of kind, or 調査中.
func (v *view) eventDateJA(k incident.EventKind) string {
	if e, ok := v.first(k); ok {
		return v.dateTimeJA(e.At)
	}
	return "調査中"
}

// howDiscoveredJA: the story's account, else the note of the detection, else 調査中.
func (v *view) howDiscoveredJA() string {
	if s := strings.TrimSpace(v.inc.Story.HowDiscovered); s != "" {
		return s
	}
	if e, ok := v.first(incident.EvDetected); ok && strings.TrimSpace(e.Note) != "" {
		return strings.TrimSpace(e.Note)
	}
	return "調査中"
}

// timelineBlockJA: the full timeline under a heading.
func (v *view) timelineBlockJA() string {
	if t := v.timelineJA(); t != "" {
		return "【時系列】\n" + t
	}
	return ""
}

// eventKindsJA: 漏えい / 滅失 / 毀損, with おそれ when only possible.
func (v *view) eventKindsJA() string {
	d := v.data
	var ks []string
	if d.Leak {
		ks = append(ks, "漏えい")
	}
	if d.Loss {
		ks = append(ks, "滅失")
	}
	if d.Damage {
		ks = append(ks, "毀損")
	}
	if len(ks) == 0 {
		return "調査中"
	}
	s := strings.Join(ks, "・")
	if v.possible() {
		return s + "のおそれ"
	}
	return s + "（発生）"
}

// protectionJA: the encryption of the data.
func (v *view) protectionJA() string {
	switch v.data.Encryption {
	case incident.NotEncrypted:
		return "なし"
	case incident.HighGrade:
		return "高度な暗号化等の保護措置あり（鍵の漏えいなし）"
	case incident.HighGradeKeyOut:
		return "暗号化されていたが、鍵も漏えいした（おそれがある）"
	}
	return "調査中"
}

// residenceJA: persons by country, when outside Japan too.
func (v *view) residenceJA() string {
	rs := v.data.Residence
	if len(rs) < 2 {
		return ""
	}
	var out []string
	for _, r := range rs {
		c := r.Country
		if r.Region != "" {
			c += "-" + r.Region
		}
		out = append(out, c+"："+incident.FormatCount(r.Persons, JA)+"名")
	}
	return "居住地別の内訳：" + strings.Join(out, "、")
}

// formerJA: affected persons who had left (退会者等).
func (v *view) formerJA() string {
	f := v.data.Former.Persons
	if !f.Known || f.N == 0 {
		return ""
	}
	return "うち、既に取引を終了した方（退会者等）：" + incident.FormatCount(f, JA) + "名"
}

// noticeStateJA: 本人への対応の実施状況.
func (v *view) noticeStateJA() string {
	if e, ok := v.first(incident.EvNoticePersons); ok {
		s := v.dateJA(e.At) + "に本人へ通知済み"
		if n := strings.TrimSpace(e.Note); n != "" {
			s += "（" + n + "）"
		}
		return s + "。"
	}
	return "本人への通知は準備中（未実施）。"
}

// deskStateJA: whether the inquiry desk is open.
func (v *view) deskStateJA() string {
	c := v.inc.Contact
	if c.Phone == "" && c.Email == "" {
		return "設置準備中"
	}
	s := v.orFill(c.Name, "窓口の名称", "name of the desk")
	if c.Hours != "" {
		s += "（受付時間：" + c.Hours + "）"
	}
	return s
}

// publicStateJA: 公表の実施状況.
func (v *view) publicStateJA() string {
	if e, ok := v.first(incident.EvPublic); ok {
		s := v.dateJA(e.At) + "に公表済み"
		if n := strings.TrimSpace(e.Note); n != "" {
			s += "（" + n + "）"
		}
		return s + "。"
	}
	return "未実施（公表の要否・時期を検討中）。"
}

// triggersJA: which reportable types apply, from the assessment.
func (v *view) triggersJA() string {
	j := v.jur("JP")
	if j == nil {
		return ""
	}
	s := ""
	switch {
	case j.Reportable == assess.Unknown:
		s = "報告対象事態への該当性：調査中"
	case j.Summary.JA != "":
		s = "該当する報告対象事態：" + strings.TrimPrefix(j.Summary.JA, "報告対象です：")
	}
	if v.hasFlag("mynumber") {
		s += "\n対象の個人データには、個人番号（マイナンバー）が含まれる。"
	}
	return s
}

// otherReportsJA: reports and contacts other than the PPC.
func (v *view) otherReportsJA() string {
	var out []string
	for _, e := range v.timeline() {
		switch k := e.Kind; k {
		case incident.EvMinistryReport, incident.EvPolice, incident.EvCardAcquirer, incident.EvEntrustorNotice, incident.EvForensic:
			l := "・" + v.dateJA(e.At) + "　" + eventJA(k)
			if k == incident.EvMinistryReport && partyName(v.inc, incident.PartyMinistry) != "" {
				l += "（" + partyName(v.inc, incident.PartyMinistry) + "）"
			}
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "関係機関への報告・連絡等：\n" + strings.Join(out, "\n")
}
