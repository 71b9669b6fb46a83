package draft

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"breachdesk/app/incident"
)

var weekdaysJA = [...]string{"日", "月", "火", "水", "木", "金", "土"}

// dateJA writes "2026年5月13日" in the incident's time zone.
func (v *view) dateJA(t time.Time) string {
	t = t.In(v.loc)
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// dateWJA writes "2026年5月13日（水）".
func (v *view) dateWJA(t time.Time) string {
	t = t.In(v.loc)
	return v.dateJA(t) + "（" + weekdaysJA[t.Weekday()] + "）"
}

// dateTimeJA writes "2026年5月13日 16時00分".
func (v *view) dateTimeJA(t time.Time) string {
	t = t.In(v.loc)
	return fmt.Sprintf("%s %d時%02d分", v.dateJA(t), t.Hour(), t.Minute())
}

// personsJA writes the number of persons, with the records beside it when they
// differ: "約6,788,443名（延べ7,930,000件）". Unknown persons: "調査中".
func (v *view) personsJA() string {
	d := v.data
	var s string
	if d.Persons.Known {
		s = incident.FormatCount(d.Persons, JA) + "名"
	} else {
		s = "調査中"
	}
	if d.Records.Known && (!d.Persons.Known || d.Records.N != d.Persons.N) {
		s += "（延べ" + incident.FormatCount(d.Records, JA) + "件）"
	}
	return s
}

var parenTail = regexp.MustCompile(`\s*[（(][^（）()]*[）)]$`)

// categoryJA is the name of a category for the reader: the free text for
// "other", without the rules' parenthetical distinctions.
func (v *view) categoryJA(c incident.Category) string {
	if c.ID == "other" || v.rs.Category(c.ID) == nil {
		return v.orFill(c.Other, "項目の名称", "name of the item")
	}
	return parenTail.ReplaceAllString(v.rs.Category(c.ID).JA, "")
}

// categoriesJA lists the affected items, with a count where an item concerns
// fewer persons than the whole: "氏名、住所、旅券番号（4,300名）".
func (v *view) categoriesJA() string {
	var out []string
	seen := map[string]bool{}
	for _, c := range v.data.Categories {
		n := v.categoryJA(c)
		if seen[n] {
			continue
		}
		seen[n] = true
		if c.Persons.Known && v.data.Persons.Known && c.Persons.N < v.data.Persons.N {
			n += "（うち" + incident.FormatCount(c.Persons, JA) + "名）"
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return "調査中"
	}
	return strings.Join(out, "、")
}

// notInvolvedJA lists the items known not to be affected.
func (v *view) notInvolvedJA() string {
	var out []string
	for _, id := range v.data.NotInvolved {
		if c := v.rs.Category(id); c != nil {
			out = append(out, parenTail.ReplaceAllString(c.JA, ""))
		} else if strings.TrimSpace(id) != "" {
			out = append(out, id)
		}
	}
	return strings.Join(out, "、")
}

// causeJA names the cause: "第三者による不正アクセス".
func (v *view) causeJA() string {
	switch v.cause() {
	case incident.CauseUnauthorizedAccess:
		return "第三者による不正アクセス"
	case incident.CauseMalware:
		return "マルウェア（コンピュータウイルス）への感染"
	case incident.CauseTargetedEmail:
		return "標的型メール攻撃によるマルウェア感染"
	case incident.CauseWebSkimming:
		return "決済画面の改ざん（いわゆるWebスキミング）"
	case incident.CauseInsider:
		return "従業者による不正な持ち出し"
	case incident.CauseMisdelivery:
		if strings.Contains(v.inc.Cause.Description, "メール") {
			return "メールの誤送信"
		}
		return "書類の誤送付"
	case incident.CauseLoss:
		return "記録媒体等の紛失"
	case incident.CauseTheft:
		return "盗難"
	case incident.CauseRansomware:
		return "ランサムウェアによる攻撃"
	case incident.CauseMisconfiguration:
		return "システムの設定の誤り"
	case incident.CauseOther:
		return v.orFill(v.inc.Cause.Description, "原因", "cause")
	}
	return ""
}

// eventJA names an event kind for a timeline.
func eventJA(k incident.EventKind) string {
	switch k {
	case incident.EvIntrusion:
		return "原因となる事象の発生"
	case incident.EvDetected:
		return "異常の検知・連絡の受領"
	case incident.EvContained:
		return "被害拡大の防止措置"
	case incident.EvAware:
		return "個人データへの影響を把握"
	case incident.EvScopeConfirmed:
		return "影響範囲の確定"
	case incident.EvForensic:
		return "外部専門機関による調査の開始"
	case incident.EvReportPrelim:
		return "監督機関への報告（速報）"
	case incident.EvReportFinal:
		return "監督機関への報告（確報）"
	case incident.EvEntrustorNotice:
		return "委託元への通知"
	case incident.EvCardAcquirer:
		return "カード会社・決済代行会社への連絡"
	case incident.EvPolice:
		return "警察への相談・届出"
	case incident.EvNoticePersons:
		return "ご本人への通知"
	case incident.EvPublic:
		return "公表"
	case incident.EvMinistryOrder:
		return "所管省庁から報告の求め"
	case incident.EvMinistryReport:
		return "所管省庁への報告"
	}
	return "その他"
}

// timelineJA writes the dated events as lines "・2026年3月15日 9時12分　侵入…（note）".
func (v *view) timelineJA() string {
	var lines []string
	for _, e := range v.timeline() {
		l := "・" + v.dateTimeJA(e.At) + "　" + eventJA(e.Kind)
		if n := strings.TrimSpace(e.Note); n != "" {
			l += "：" + n
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n")
}

// leakJA is the noun for what happened to the data: 漏えい, 滅失 or 毀損.
func (v *view) leakJA() string {
	d := v.data
	switch {
	case d.Leak || !d.Loss && !d.Damage:
		return "漏えい"
	case d.Loss:
		return "滅失"
	}
	return "毀損"
}

// happenedJA: "漏えいしたことが判明いたしました" / "漏えいしたおそれがあることが判明いたしました".
func (v *view) happenedJA() string {
	if v.possible() {
		return v.leakJA() + "したおそれがあることが判明いたしました"
	}
	return v.leakJA() + "したことが判明いたしました"
}

// affectedJA qualifies the data: "漏えいした" / "漏えいしたおそれのある".
func (v *view) affectedJA() string {
	if v.possible() {
		return v.leakJA() + "したおそれのある"
	}
	return v.leakJA() + "した"
}
