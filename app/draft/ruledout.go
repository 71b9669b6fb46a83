package draft

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// A case whose every data set the investigation ruled out (a possible leak
// reported in haste, then found not to have happened): the documents say so,
// and no longer speak of items, persons and harm "under investigation".

// ruledOut reports whether the case has data sets and every one is ruled out
// as of the latest facts, with the day the last of them was (time.Time{}
// when a day is not known).
func (v *view) ruledOut() (time.Time, bool) {
	inc := v.inc
	if len(inc.DataSets) == 0 || len(inc.Affected("")) > 0 {
		return time.Time{}, false
	}
	loc := v.loc
	if loc == nil {
		loc = time.UTC
	}
	var last time.Time
	for _, d := range inc.DataSets {
		for _, c := range d.Status {
			if c.Status != incident.RuledOut {
				continue
			}
			if t, err := time.ParseInLocation("2006-01-02", string(c.On), loc); err == nil && t.After(last) {
				last = t
			}
		}
	}
	return last, true
}

// ruledOutNames names the data sets, 「読者アンケートの回答者、取引先の担当者」.
func (v *view) ruledOutNames(sep string) string {
	var names []string
	for _, d := range v.inc.DataSets {
		if n := strings.TrimSpace(d.Name); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, sep)
}

// ruledOutDataJA replaces the items and persons of a case ruled out. A
// case ruled out on logs that begin after the data lay open (89: a flaw
// open since 2020, access logs kept from 2022-09) is told as what the logs
// show, and that the time before them cannot be checked: "not leaked" would
// say more than anyone knows.
func (v *view) ruledOutDataJA(on time.Time) []para {
	s := "その後の調査の結果、"
	if !on.IsZero() {
		s += v.dateJA(on) + "、"
	}
	what := "漏えいのおそれがあるとしていた個人情報"
	if n := v.ruledOutNames("、"); n != "" {
		what += "（" + n + "の情報）"
	}
	if from, w, ok := v.ruledOutOnShortLogs(); ok {
		return []para{p("ruled-out", s+what+"について、アクセス記録が残っている"+dayJA(from)+"以降に第三者が閲覧した形跡はないことを確認いたしました。"+
			"それより前の期間（"+dayJA(w.From)+"から）については、記録が残っていないため、確認することができません。")}
	}
	return []para{p("ruled-out", s+what+"は、漏えいしていないことを確認いたしました。")}
}

// ruledOutHarmJA: no personal data leaked, so none can be misused; on
// logs that do not cover the whole period, none is known.
func (v *view) ruledOutHarmJA() []para {
	if _, _, ok := v.ruledOutOnShortLogs(); ok {
		return []para{p("ruled-out", "アクセス記録の残る期間に閲覧の形跡はなく、現時点で、本件に起因する個人情報の不正利用等の二次被害は確認されておりません。")}
	}
	return []para{p("ruled-out", "上記のとおり個人情報は漏えいしていないことを確認しており、本件による個人情報の不正利用等の二次被害のおそれはないものと判断しております。")}
}

// ruledOutDataEN is ruledOutDataJA in English.
func (v *view) ruledOutDataEN(on time.Time) []para {
	s := "Our investigation has since found"
	if !on.IsZero() {
		s = "On " + v.dateEN(on) + ", our investigation found"
	}
	what := "the personal information we had said may have been affected" // the sets' names are Japanese
	if from, w, ok := v.ruledOutOnShortLogs(); ok {
		return []para{p("ruled-out", s+" that the access logs, which begin on "+dayEN(from)+", show no one viewing "+what+
			". The time before (from "+dayEN(w.From)+") cannot be checked, as no logs of it are kept.")}
	}
	return []para{p("ruled-out", s+" that "+what+" was not leaked.")}
}

// ruledOutOnShortLogs: the case is ruled out, every set on logs that show
// no access (DataSet.AccessSeen no), and the latest first day of those logs
// (from) is after the period the data lay open began (w.From): the logs
// cannot tell of the time before.
func (v *view) ruledOutOnShortLogs() (from incident.Date, w incident.Window, ok bool) {
	if _, none := v.ruledOut(); !none {
		return "", w, false
	}
	for _, d := range v.inc.DataSets {
		if d.AccessSeen != incident.No || d.LogsFrom == "" {
			return "", w, false
		}
		if from == "" || !d.LogsFrom.OnOrBefore(from) {
			from = d.LogsFrom
		}
	}
	w, open := v.exposure()
	if !open || w.From == "" || from.OnOrBefore(w.From) {
		return "", w, false
	}
	return from, w, true
}

// ruledOutSummaryJA is the report's sentence that the investigation ruled
// the leak out ("" when it did not).
func (v *view) ruledOutSummaryJA(on time.Time, ok bool) string {
	if !ok {
		return ""
	}
	return v.ruledOutDataJA(on)[0].text
}

// ppcRuledOutJA writes items (2) and (3) of a report on a case ruled out:
// what was thought affected, and that no person's data was.
func (v *view) ppcRuledOutJA(b *builder) {
	var items []string
	for _, d := range v.inc.DataSets {
		for _, c := range d.Categories {
			if l := v.categoryJA(c); !slices.Contains(items, l) {
				items = append(items, l)
			}
		}
	}
	what := "漏えい等のおそれがあるとしていた項目：調査中"
	if len(items) > 0 {
		what = "漏えい等のおそれがあるとしていた項目：" + strings.Join(items, "、")
	}
	kind := "漏えい等の別：漏えい等は発生していないことを確認（速報時は漏えいのおそれ）"
	if from, _, ok := v.ruledOutOnShortLogs(); ok {
		kind = "漏えい等の別：アクセス記録の残る" + dayJA(from) + "以降に漏えい等の形跡なし（速報時は漏えいのおそれ）"
	}
	b.section("items", p("p1", what), p("kind", kind))
	persons := "該当なし（調査の結果、漏えい等は発生していないことを確認いたしました）。"
	if from, w, ok := v.ruledOutOnShortLogs(); ok {
		persons = "該当なし（アクセス記録が残る" + dayJA(from) + "以降に閲覧の形跡なし。" + dayJA(w.From) + "からそれまでの期間は記録がなく確認できません）。"
	}
	b.section("persons", p("p1", persons))
}

// ruledOutSituationsJA is, for a report closing a case ruled out, the
// situations of Rules Art. 7 (and of the My Number rules) the 速報 was filed
// under — the engine's answer at the first Japanese 速報's filing, on the
// facts known then — and that none of them occurred, since no personal data
// leaked (F77). "" without a dated 速報, or when it named none.
func (v *view) ruledOutSituationsJA() string {
	parts := v.prelimSituationsJA(true)
	if len(parts) == 0 {
		return ""
	}
	if from, _, ok := v.ruledOutOnShortLogs(); ok {
		return strings.Join(parts, "\n") + "\n調査の結果、アクセス記録が残る" + dayJA(from) + "以降に閲覧の形跡がないことを確認いたしました。それより前の期間は記録がなく確認できません。上記の事態に当たらないと判断した理由：【要記入：記録のない期間について漏えい等のおそれがないと判断した理由】"
	}
	return strings.Join(parts, "\n") + "\n調査の結果、漏えい等は発生していないことを確認したため、上記のいずれの事態にも該当しないことが判明いたしました。"
}

// prelimSituationsJA are the situations the first dated Japanese 速報 was
// filed under, as the engine answered on the facts known at its filing, a
// paragraph per law (APPI, then the My Number Act); none without a dated
// 速報 or when it named none. Without exclusions, the situations matched are
// listed even where an exclusion holds: an exclusion's facts (recovered,
// encrypted) carry no date, so the facts "known at its filing" include one
// established after it.
func (v *view) prelimSituationsJA(exclusions bool) []string {
	then := v.atPrelim()
	if then == nil {
		return nil
	}
	var parts []string
	if s := then.situationsListJA("JP", "速報において報告対象とした事態", exclusions); s != "" && !strings.HasSuffix(s, "：調査中") {
		parts = append(parts, s)
	}
	if mn := then.jur("JP-MN"); mn != nil && mn.Applies == assess.Yes {
		if s := then.situationsListJA("JP-MN", "速報において報告対象とした事態（番号法）", exclusions); s != "" && !strings.HasSuffix(s, "：調査中") {
			parts = append(parts, s)
		}
	}
	return parts
}

// atPrelim is the view of the PPC's first dated 速報 on the facts as known
// at its last instant; nil when none was filed.
func (v *view) atPrelim() *view {
	var pre incident.Event
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if e.Dated() && (e.Jurisdiction == "" || e.Jurisdiction == "JP") && (!pre.Dated() || e.At.Before(pre.At)) {
			pre = e
		}
	}
	if !pre.Dated() {
		return nil
	}
	cut := pre.DayEnd(v.loc)
	if v.knownAt != nil && cut.Before(v.a.Now) {
		// The 速報's own document, built beside this one, was dated at the
		// same instant: its facts and assessment are in the memo (a 速報
		// not yet past is dated now, and evaluated as below).
		snap, then := v.knownAt(cut)
		return newView(snap, then, v.rs, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, cut)
	}
	snap := asOf(v.inc, cut, false)
	return newView(snap, assess.Evaluate(snap, v.rs, cut), v.rs, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, cut)
}

// droppedSituationsJA: a 確報 of a case still reportable names each
// situation of Rules Art. 7 its 速報 was filed under that no longer holds on
// the facts as now known, so that a reader comparing the two does not see a
// type vanish (F496: 7(2) and 7(4) at about 1,200 persons in the 速報, 842
// persons counted against the sending log since, 7(2) alone in the 確報);
// for the count of persons, with the count then and now.
func (v *view) droppedSituationsJA() string {
	then := v.atPrelim()
	if then == nil {
		return ""
	}
	was, now := then.jur("JP"), v.jur("JP")
	if was == nil || now == nil {
		return ""
	}
	holds := func(j *assess.Jurisdiction, id string) bool {
		for _, t := range j.Triggers {
			if t.RuleID == id {
				return t.Verdict == assess.Yes
			}
		}
		return false
	}
	var lines []string
	for _, t := range was.Triggers {
		if t.Verdict != assess.Yes || holds(now, t.RuleID) {
			continue
		}
		l := "・" + then.ruleNameJA("JP", t)
		if strings.HasPrefix(t.RuleID, "jp.r7.4") {
			p, _ := then.inc.Total("")
			q, _ := v.inc.Total("")
			if p.Known && q.Known {
				l += "（速報時の本人の数：" + countJA(p) + "名、現在：" + countJA(q) + "名）"
			}
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 {
		return ""
	}
	return "速報において報告対象とした事態のうち、その後判明した事実関係により該当しないと判断した事態：\n" + strings.Join(lines, "\n")
}

// A case reported in a 速報 and found not reportable since, though data did
// (or may have) leak (F94): every set taken out by an exclusion established
// later (recovered before anyone saw it, high-grade encryption), or the
// situations of Rules Art. 7 no longer holding on the facts as now known (the
// persons counted again, the kind of data corrected). The engine recommends
// telling the PPC so that the filed report is closed
// (jp.report.final.notreportable); its 確報 says that the case is not
// reportable and why, and keeps every item of the facts.

// notReportableAfterPrelim reports whether that recommendation applies.
func (v *view) notReportableAfterPrelim() bool {
	return v.obligationApplies("jp.report.final.notreportable") || v.obligationApplies("jp.report.final.notreportable.60")
}

// notReportableSummaryJA is the report's sentence that the case, reported
// in a 速報, is not reportable on the facts as now known. It does not say the
// facts were found after the 速報: an exemption may have been known when a
// voluntary 速報 was filed (74: a newspaper's sources, APPI Art. 57(1), F266).
func (v *view) notReportableSummaryJA() string {
	return "速報を提出いたしましたが、現時点で把握している事実関係に基づき、報告対象事態に当たらないと判断いたしました。判断の根拠は、下記「現在の判断」のとおりです。"
}

// notReportableSituationsJA is the report's situations for that case: those
// the 速報 was filed under, then the engine's answer on today's facts (the
// exclusion that takes each set out), or that no reportable situation holds
// (worded for a public body too, whose situations are of Rules Art. 43).
func (v *view) notReportableSituationsJA() string {
	now := v.situationsOfJA("JP", "現在の判断")
	if now == "" {
		now = "現在の判断：その後判明した事実関係では、報告対象となる事態のいずれにも該当しないと判断いたしました。"
	}
	return strings.Join(append(v.prelimSituationsJA(false), now), "\n")
}
