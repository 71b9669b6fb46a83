package draft

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// ppcReport is the report to the PPC (漏えい等報告), one section per item of
// Rules Art. 8(1) in the order of Form 1, so that each can be copied into the
// online form. It is dated at its filing once filed and says what was known
// then: the 速報 what was known on its day ("調査中" where nothing was), the
// 確報 what was known on its day, with the counts' history. Every field the
// facts or the assessment can fill is filled: the recipient (the PPC, or the
// ministry it delegated to), the situations of Rules Art. 7 with the data
// sets that carry each, how the breach came to light and why the company took
// the instant it did as knowing.
func ppcReport(b *builder) {
	v := b.v
	final := b.doc.Variant == VariantFinal
	kind := "速報"
	if final {
		kind = "確報"
	}
	b.doc.Title = v.dataNounJA() + "の漏えい等に関する報告（" + kind + "）"
	b.public = v.inc.Org.Kind.IsPublic()
	if v.myNumberOnly() {
		b.doc.Title = "特定個人情報の漏えい等に関する報告（" + kind + "）" // the My Number Act alone
		b.myNumber = true
	}
	name := "事業者の名称："
	if b.public {
		name = "行政機関等の名称：" // a city is not a 個人情報取扱事業者 (APPI Art. 16(2)); it reports under Art. 68 (69)
	}
	reporter := []string{name + v.orgName()}
	if a := v.abroadJA(); a != "" {
		reporter = append(reporter, a)
	}
	reporter = append(reporter,
		"代表者："+v.representativeJA(),
		"報告の区分："+kind,
		"報告日："+v.dateJA(v.date),
		v.recipientLineJA(),
		"担当者・連絡先："+v.personJA(v.inc.People.PrivacyOfficer, "個人情報保護の担当者と連絡先"),
	)
	b.section("reporter", p("p1", strings.Join(reporter, "\n")))
	on, ruledOut := v.ruledOut()
	situations := v.situationsJA()
	notReportable := ""
	switch {
	case ruledOut:
		situations = v.ruledOutSituationsJA() // nothing holds now: what the 速報 named, found not to have occurred
	case final && v.notReportableAfterPrelim():
		situations = v.notReportableSituationsJA() // what the 速報 named, then why the case is not reportable now
		notReportable = v.notReportableSummaryJA()
	case final:
		if d := v.droppedSituationsJA(); d != "" {
			situations = strings.TrimSuffix(situations+"\n"+d, "\n")
		}
	}
	b.section("summary",
		p("p1", v.summaryJA()),
		p("ruled-out", v.ruledOutSummaryJA(on, ruledOut)),
		p("not-reportable", notReportable),
		p("dates", v.datesJA(final)),
		p("how", "発覚の経緯："+v.howDiscoveredJA(final)),
		p("triggers", situations),
		p("timeline", v.timelineBlockJA()),
		p("story", v.inc.Story.Summary))
	if ruledOut {
		v.ppcRuledOutJA(b)
	} else {
		b.section("items", p("p1", v.itemsBySetJA()), p("kind", "漏えい等の別："+v.eventKindsJA()), p("protection", "暗号化等の保護措置："+v.protectionJA()))
		persons := v.personsBySetJA()
		if b.myNumber {
			persons = v.myNumberPersonsJA()
		}
		b.section("persons", append([]para{p("p1", persons)}, v.personsNotesJA()...)...)
	}
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	notice := v.noticeStateJA()
	if ruledOut {
		notice = "該当なし（調査の結果、漏えい等は発生していないことを確認したため）。"
		if _, _, short := v.ruledOutOnShortLogs(); short {
			notice = "未実施（アクセス記録の残る期間に漏えい等の形跡がないため。記録のない期間を含めた判断は上記(1)のとおり）。"
		}
	}
	b.section("response", p("p1", "本人への通知："+notice), p("desk", "問合せ窓口："+v.deskStateJA(final)))
	b.section("publication", p("p1", v.publicStateJA()))
	prev := strings.TrimSpace(v.inc.Story.Prevention)
	switch {
	case prev != "":
	case final:
		prev = v.fill("再発防止のための措置（実施済みのもの・実施予定のものと時期）", "preventive measures")
	default:
		prev = "原因の究明と並行して検討中。"
	}
	b.section("prevention", p("p1", prev))
	other := []para{p("late", v.lateReportJA(final)), p("mynumber", v.myNumberJA(final)), p("exempt", v.exemptSetsJA()), p("reports", v.otherReportsJA()), p("story", v.inc.Story.Other)}
	if strings.Join(paraTexts(other), "") == "" {
		other = append(other, p("none", "特になし。"))
	}
	b.section("other", other...)
}

// recipientLineJA is whom the report goes to, as the assessment routes it:
// "報告先：個人情報保護委員会（漏えい等報告フォーム）", or the ministry the PPC
// delegated to, with the source of the delegation on a line of its own. A
// case with My Number goes through the form's My Number entry (its first
// question comes before the one on delegation); where APPI's report is due
// too and the PPC delegated it to a ministry, that report still goes to the
// ministry, and both routes are named (番号法29条の4第1項: to the PPC;
// APPI Art. 147 and the sector's delegation: to the ministry).
func (v *view) recipientLineJA() string {
	if ob := v.myNumberReport(); ob != nil && ob.To.JA != "" {
		mn := firstSentence(ob.To.JA)
		if to, route, ok := v.appiRecipientJA(true); ok && route != "" {
			return "報告先（番号法に基づく報告）：" + mn +
				"\n報告先（個人情報保護法に基づく報告）：" + to +
				"\n報告先の根拠（権限の委任）：" + route
		}
		return "報告先：" + mn
	}
	if to, route, ok := v.appiRecipientJA(false); ok {
		s := "報告先：" + to
		if route != "" {
			s += "\n報告先の根拠（権限の委任）：" + route
		}
		return s + v.businessLawBasisJA()
	}
	return "報告先：個人情報保護委員会"
}

// jpReports are the obligations of Japan's report to the PPC: the 速報 and
// the 確報 (30 days, or 60 for the unlawful-purpose type).
var jpReports = []string{"jp.report.prelim", "jp.report.final", "jp.report.final.60"}

// businessLawBasisJA is, for a report routed to the FSA, the line asking for
// the business law's article beside APPI's: a financial institution's report
// is also its report under its business law, and one report may carry both
// bases (PPC/FSA Q&A Q4-10, Q4-11). The examples are the rule's own
// (jp.finance.bizlaw in checklists/jp.json); "" for any other route.
func (v *view) businessLawBasisJA() string {
	for _, id := range jpReports {
		ob := v.obligation(id)
		if ob == nil || ob.Route == nil {
			continue
		}
		// Routed by the sector's rule, or to the ministry the user marked as
		// delegated for a financial institution (111: its Local Finance
		// Bureau entered as a party, F497).
		finance := v.inc.Org.Sector == "finance" || v.inc.Org.Sector == "insurance"
		if ob.Route.RuleID != "jp.route.finance" && !(ob.Route.RuleID == "jp.route.party" && finance) {
			continue
		}
		ex := ""
		if j, jr := v.rs.Jurisdiction("JP"), v.jur("JP"); j != nil && jr != nil {
			if r := j.ObligationByID("jp.finance.bizlaw", jr.LawDate); r != nil {
				ex = r.Citation.JA
			}
		}
		return "\n根拠条文：個人情報保護法第26条第1項、" + v.fill(v.weJA()+"に適用される業法の報告義務の条文（"+ex+"）", "the business law's article")
	}
	return ""
}

// appiRecipientJA is whom APPI's report goes to (the first sentence of the
// obligation's recipient, the ministry's own name when the user marked it as
// delegated) and the source of the delegation that routed it there ("" when
// none); ok is false when no report obligation names a recipient or, with
// due, when none is due (applies, not exempt).
func (v *view) appiRecipientJA(due bool) (to, route string, ok bool) {
	for _, id := range []string{"jp.report.prelim", "jp.report.final", "jp.report.final.60", "jp.report.final.ruledout", "jp.report.final.ruledout.60", "jp.report.final.notreportable", "jp.report.final.notreportable.60"} {
		ob := v.obligation(id)
		if ob == nil || ob.To.JA == "" || due && (ob.Applies == assess.No || exempt(ob)) {
			continue
		}
		to = firstSentence(ob.To.JA)
		for _, p := range v.inc.PartiesOf(incident.PartyMinistry) {
			if n := strings.TrimSpace(p.Name); p.Delegated == incident.Yes && n != "" && strings.HasPrefix(to, n) {
				to = n // the ministry the user marked as delegated: its name, not the rule's wording
			}
		}
		if ob.Route != nil {
			route = ob.Route.Citation.JA
			if n := v.reportedToMinistryJA(); n != "" && !strings.HasPrefix(to, n) {
				to = n // the office the report was sent to, not the rule's "the FSA, or the bureau where delegated"
			}
		}
		return to, route, true
	}
	return "", "", false
}

// reportedToMinistryJA is the ministry (or its local bureau) the user
// recorded as the recipient of a report already made (速報 or 確報), "" when
// none: a routed report names the office it went to ("関東財務局"), as the
// timeline of the same document does, where the route's own wording can
// only say "the FSA, or the Local Finance Bureau where delegated".
func (v *view) reportedToMinistryJA() string {
	ids := []string{v.ownParty}
	for _, k := range []incident.EventKind{incident.EvReportPrelim, incident.EvReportFinal} {
		for _, e := range v.inc.EventsOf(k) {
			ids = append(ids, e.Party)
		}
	}
	for _, id := range ids {
		if p, ok := v.inc.Party(id); ok && p.Kind == incident.PartyMinistry {
			if n := strings.TrimSpace(p.Name); n != "" {
				return n
			}
		}
	}
	return ""
}

// myNumberOnly: the document is the PPC report made under the My Number
// Act alone (APPI does not make the case reportable), which speaks of
// 特定個人情報 where APPI's report speaks of 個人データ.
func (v *view) myNumberOnly() bool {
	jp := v.jur("JP")
	return v.kind == KindPPC && (jp == nil || jp.Reportable == assess.No) && v.jurApplies("JP-MN")
}

// dataNounJA is the law's name for the data the document reports on:
// 特定個人情報 under the My Number Act alone, 保有個人情報 for a public body
// (APPI Art. 68(1); 48's city reported a 「個人データの漏えい等」), else
// 個人データ (Art. 26(1)).
func (v *view) dataNounJA() string {
	if v.myNumberOnly() {
		return "特定個人情報"
	}
	if v.inc.Org.Kind.IsPublic() {
		return "保有個人情報"
	}
	return "個人データ"
}

// myNumberReport is the My Number Act's report the case calls for (the
// Act's own, or the one its guidelines ask for as an endeavour), or nil
// when the Act does not apply.
func (v *view) myNumberReport() *assess.Obligation {
	if !v.jurApplies("JP-MN") {
		return nil
	}
	for _, id := range []string{"jn.report.prelim", "jn.report.voluntary"} {
		if ob := v.obligation(id); ob != nil && ob.Applies != assess.No {
			return ob
		}
	}
	return nil
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

// reportWindow is the 対象期間 a report tells: the exposure window as the
// user entered it; when a data set of the report has a period of its own
// (DataSet.Exposure), the span of the report's sets' periods (exposure:
// each set's own, else the case's as told for it), as the notices to
// their readers tell them (165 with the petitioners' file reported: from
// its posting of 2025-12-02, not the appellant's of 4/23). Empty: none.
func (v *view) reportWindow() incident.Window {
	for _, s := range v.data() {
		if !s.OwnExposure().Empty() {
			if w, ok := v.exposure(); ok {
				return w
			}
			break
		}
	}
	return v.inc.ExposureWindow()
}

// datesJA: 発生日 (the first malicious act or cause, never the start of the
// exposure window), 対象期間 (the exposure window) and 発覚日 (the instant the
// company knew, the assessment's). Unknown: 調査中 in a 速報, a placeholder in a
// 確報; a notice to a card company made before the company knew has no 発覚日.
func (v *view) datesJA(final bool) string {
	unknown := func(what string) string {
		if final {
			return v.fill(what, what)
		}
		return "調査中"
	}
	occurred := unknown("発生日（推定を含む）")
	if s, ok := v.lostWhen(); ok {
		occurred = v.occurredSpanJA(s) // the first event is not the loss (F947)
	} else if e, ok := v.first(incident.EvIntrusion); ok {
		occurred = v.evDateTimeJA(e)
	}
	lines := []string{"発生日：" + occurred}
	period := v.reportWindow()
	if w := windowJA(period); w != "" {
		if from := period.From; from != "" && v.stillMissing() {
			// Papers or media not found again are missing to this day,
			// whatever end the window was given, as the notices say (146:
			// the day of the carrier's call, F941, F947).
			w = dayJA(from) + "から現在まで（" + map[bool]string{true: "盗難物は未回収", false: "所在不明"}[v.cause() == incident.CauseTheft] + "）"
		}
		if period.Approx {
			w += "（推定）"
		}
		if each := v.setPeriodListJA(); each != "" {
			w += "（" + each + "）" // each set's, where they differ
		}
		lines = append(lines, "対象期間："+w)
		if l := v.logsCoverJA(); l != "" {
			lines = append(lines, l)
		}
	}
	k := v.knew()
	switch {
	case k == nil && v.kind == KindCard:
		return strings.Join(lines, "\n")
	case k == nil && !final:
		// A 速報 made before the knowing entered, or before any (132: a
		// report of 「漏えいのおそれ」 about 6/14, the knowing entered as
		// 6/28; 13: drafted on the detection): the report is itself of the
		// situation, known at least as a possibility, and the form asks the
		// day the company knew: never 「調査中」 (F688). The detection is
		// named as a lead, not as the knowing, which it need not be.
		what := "漏えい等のおそれを含め事態を知った日"
		if e, ok := v.first(incident.EvDetected); ok && e.Dated() {
			what += "（端緒の検知は" + v.evDateJA(e) + "）"
		}
		return strings.Join(append(lines, "発覚日（事態を知った日）："+v.fill(what, what)), "\n")
	case k == nil:
		return strings.Join(append(lines, "発覚日（事態を知った日）："+unknown("事態を知った日時")), "\n")
	}
	lines = append(lines, "発覚日（事態を知った日）："+v.knewJA())
	if found, ok := v.entrustorFoundLater(); ok {
		lines = append(lines, "貴社のデータが対象と判明した日："+dayJA(found))
	}
	// The processor knew first (F84): both dates, as the guideline's
	// 3-5 days for the processor's notice are measured between them.
	if e, ok := v.first(incident.EvProcessorAware); ok && e.At.Before(*k) {
		who := "委託先"
		if v.inc.Cause.AtCarrier() {
			who = "運送会社" // F946
		}
		if told, ok := v.processorTold(e, *k); ok {
			// The processor's message came well before the knowing (109:
			// told on 1/24 that an agent photographed screens, judged not
			// reportable; known on 5/12 from an extortion mail): 「報告を
			// 受け、…が事態を知った日は上記の発覚日」 read as if the message
			// had led to the knowing, hiding the months between.
			lines = append(lines, who+"が事態を知った日："+v.evDateTimeJA(e)+"（"+who+"から"+v.weJA()+"への連絡は"+v.evDateTimeJA(told)+"。"+v.weJA()+"が事態を知った日は上記の発覚日）")
		} else {
			lines = append(lines, who+"が事態を知った日："+v.evDateTimeJA(e)+"（当該"+who+"から報告を受け、"+v.weJA()+"が事態を知った日は上記の発覚日）")
		}
	}
	return strings.Join(lines, "\n")
}

// processorTold is the processor's message to the company (a detection
// the vendor told of), after the processor knew and on a day before the
// company knew.
func (v *view) processorTold(knewAt incident.Event, knew time.Time) (incident.Event, bool) {
	for _, d := range v.inc.EventsOf(incident.EvDetected) {
		if d.Source == "vendor" && d.Dated() && !d.At.Before(knewAt.At) && d.Last(v.loc).Before(knew) &&
			d.At.In(v.loc).Format("2006-01-02") != knew.In(v.loc).Format("2006-01-02") {
			return d, true
		}
	}
	return incident.Event{}, false
}

// howDiscoveredJA: the company's account for the authorities, else the
// detection (who told the company: Event.Source) and the knowing instant;
// with the reason the company took that instant as knowing (AwareWhy) when
// something was detected earlier, or a placeholder asking for it.
func (v *view) howDiscoveredJA(final bool) string {
	s := v.howDiscovered()
	det, hasDet := v.first(incident.EvDetected)
	knew := v.knew()
	if s == "" {
		switch {
		case hasDet && knew != nil:
			when := v.knewJA()
			if v.dateJA(det.At) == v.dateJA(*knew) {
				when = "同日"
				if v.a.KnewPrecision == incident.Exact && det.Precision == incident.Exact {
					when = "同日" + strings.TrimPrefix(v.dateTimeJA(*knew), v.dateJA(*knew)+" ")
				}
			}
			s = v.evDateTimeJA(det) + "、" + v.sourceJA(det) + "、調査を開始いたしました。" +
				when + "、" + v.dataNounJA() + "の漏えい等が発生し、又は発生したおそれがあることを把握いたしました。"
		case hasDet:
			s = v.evDateTimeJA(det) + "、" + v.sourceJA(det) + "、調査を開始いたしました。" + v.dataNounJA() + "への影響の有無は調査中です。"
		case knew != nil:
			s = v.knewJA() + "、" + v.dataNounJA() + "の漏えい等が発生し、又は発生したおそれがあることを把握いたしました。"
		case final:
			s = v.fill("発覚の経緯", "how it was found")
		default:
			s = "調査中"
		}
	}
	why := strings.TrimSpace(v.inc.AwareWhy.Text)
	switch {
	case why != "":
		s += "\n事態を知った時とした理由：" + why
	case hasDet && knew != nil && det.At.Before(*knew) && v.dateJA(det.At) != v.dateJA(*knew):
		s += "\n事態を知った時とした理由：" + v.fill("検知から事態を知った時までの経緯と、その時点を事態を知った時とした理由", "why the company knew only then")
	}
	return s
}

// situationsJA are the situations of Rules Art. 7 that hold, from the
// assessment (as of the report's date), each with the data sets that carry
// it when not all of them do, and the sets an exclusion takes out.
func (v *view) situationsJA() string {
	s := v.situationsOfJA("JP", "報告対象となる事態")
	if mn := v.jur("JP-MN"); mn != nil && mn.Applies == assess.Yes {
		if m := v.situationsOfJA("JP-MN", "報告対象となる事態（番号法）"); m != "" {
			if s != "" {
				s += "\n"
			}
			s += m
		}
	}
	return s
}

// situationsOfJA lists the situations of one law under a heading.
func (v *view) situationsOfJA(jur, heading string) string {
	return v.situationsListJA(jur, heading, true)
}

// situationsListJA is situationsOfJA; without exclusions, every situation
// the engine matched is listed and no exclusion is (what a 速報 filed before
// an exclusion was established was filed under, F94).
func (v *view) situationsListJA(jur, heading string, exclusions bool) string {
	j := v.jur(jur)
	if j == nil {
		return ""
	}
	// A set an exclusion takes out carries no situation (as the engine's
	// summary reads it: anyReportable); a situation whose every set is
	// taken out is not listed, and "none" is said above the exclusions when
	// none is left (F76: every set recovered, the 速報 listed 7(3) and 7(4)
	// beside 「報告対象外：…回収したため」).
	excluded := map[string]bool{}
	for _, x := range j.Exclusions {
		if exclusions && x.Verdict == assess.Yes {
			for _, id := range x.Sets {
				excluded[id] = true
			}
		}
	}
	var lines []string
	for _, t := range j.Triggers {
		if t.Verdict != assess.Yes {
			continue
		}
		l := "・" + v.ruleNameJA(j.ID, t)
		var on []*setView
		for _, s := range v.scope {
			if slices.Contains(t.Sets, s.ID) && !excluded[s.ID] {
				on = append(on, s)
			}
		}
		if len(t.Sets) > 0 && !slices.ContainsFunc(t.Sets, func(id string) bool { return !excluded[id] }) {
			continue
		}
		if len(on) > 0 && len(on) < len(v.scope) {
			l += "：" + v.whoJA(on) + v.partOfJA(on, v.ruleFlag(jur, t.RuleID))
		}
		l += v.overAtMostJA(jur, t.RuleID)
		lines = append(lines, l)
	}
	if len(lines) == 0 && len(excluded) > 0 {
		// The other sets not yet judged (128: a religious body's exempt
		// mailing list beside its researchers' fees list, one item of it
		// not yet classified): 「該当なし」 told the PPC nothing was
		// reportable while the engine could not tell.
		if j.Reportable == assess.Unknown {
			lines = append(lines, "・調査中")
		} else {
			lines = append(lines, "・該当なし")
		}
	}
	for _, x := range j.Exclusions {
		if !exclusions || x.Verdict != assess.Yes || len(x.Sets) == 0 {
			continue
		}
		var on []*setView
		for _, s := range v.sets {
			if slices.Contains(x.Sets, s.ID) {
				on = append(on, s)
			}
		}
		if len(on) > 0 {
			// The reason, the rule's first sentence: what follows is
			// advice to the user (「…を確認してください」), not for the
			// authority (139's 確報 told the PPC 「別のデータセットで
			// 判定します」, F768).
			reason, _, _ := strings.Cut(x.Text.JA, "。")
			lines = append(lines, "・報告対象外："+v.whoJA(on)+"（"+reason+"）")
		}
	}
	if len(lines) == 0 {
		if j.Reportable == assess.Unknown {
			return heading + "：調査中"
		}
		return ""
	}
	return heading + "：\n" + strings.Join(lines, "\n")
}

// logsCoverJA is, in the report, how far the access logs kept reach back
// when they begin after the period began (115: an API open from 2024-11-12,
// the gateway's logs kept for 90 days from 2025-10-15): what happened
// before them cannot be checked. The notices say it (accessJA); the report
// said nothing of it. "" when no set gives its logs' first day or they
// cover the period.
func (v *view) logsCoverJA() string {
	w := v.inc.ExposureWindow()
	if w.From == "" {
		return ""
	}
	var from incident.Date
	for _, s := range v.scope {
		if s.LogsFrom != "" && (from == "" || !s.LogsFrom.OnOrBefore(from)) {
			from = s.LogsFrom
		}
	}
	if from == "" || from.OnOrBefore(w.From) {
		return ""
	}
	return "アクセス記録：" + dayJA(from) + "以降の分のみ保存（それより前の期間の閲覧の有無は、記録がないため確認できない）"
}

// overAtMostJA: a situation of a count of persons over a threshold met only
// by an upper bound of a leak that did occur says so: the bound is then a
// count not yet made exact (141: 「本人の数が100人超」 on "up to 652", a count
// of addresses with businesses' and repeated ones in it, F871), not the
// persons of a possible leak (Count.Max), whose bound is the count the rule
// asks for. "" when the rule tests no count, or when the counts known
// exactly exceed it by themselves.
func (v *view) overAtMostJA(jur, id string) string {
	limit, ok := v.personsThreshold(jur, id)
	if !ok {
		return ""
	}
	c, _ := v.persons()
	if !c.Known || !c.Max || c.N <= limit {
		return ""
	}
	var exact int64
	bound := false
	for _, s := range v.tops() {
		switch {
		case s.persons.Known && !s.persons.Max:
			exact += s.persons.N
		case s.persons.Known && s.confirmed():
			bound = true
		}
	}
	if exact > limit || !bound {
		return ""
	}
	return "（本人の数は上限（" + countJA(c) + "名）しか判明しておらず、この上限により判定）"
}

// personsThreshold is the number a trigger's count of persons must exceed
// ("persons_held > 100"), as the rule's data states it.
func (v *view) personsThreshold(jur, id string) (int64, bool) {
	j := v.rs.Jurisdiction(jur)
	if j == nil {
		return 0, false
	}
	for _, r := range j.Triggers {
		if r.ID != id {
			continue
		}
		var limit int64
		found := false
		var walk func(c rules.Cond)
		walk = func(c rules.Cond) {
			if p := c.Pred; p != nil && (p.Fact == "persons" || p.Fact == "persons_held") && p.Op == ">" && len(p.Values) == 1 {
				if n, err := strconv.ParseInt(p.Values[0], 10, 64); err == nil {
					limit, found = n, true
				}
			}
			for _, x := range append(slices.Clone(c.All), c.Any...) {
				walk(x)
			}
		}
		walk(r.When)
		return limit, found
	}
	return 0, false
}

// ruleFlag is the category flag a trigger's condition tests (「要配慮個人情報
// を含む」 tests category.sensitive), "" when it tests none or several.
func (v *view) ruleFlag(jur, id string) string {
	j := v.rs.Jurisdiction(jur)
	if j == nil {
		return ""
	}
	for _, r := range j.Triggers {
		if r.ID != id {
			continue
		}
		var flags []string
		var walk func(c rules.Cond)
		walk = func(c rules.Cond) {
			if c.Pred != nil && c.Pred.Fact == "category.*" && !slices.Contains(flags, c.Pred.Arg) {
				flags = append(flags, c.Pred.Arg)
			}
			for _, x := range append(slices.Clone(c.All), c.Any...) {
				walk(x)
			}
		}
		walk(r.When)
		if len(flags) == 1 {
			return flags[0]
		}
	}
	return ""
}

// partOfJA says, after the sets a situation is listed for, how many of
// their persons the items that make it are known to concern when that is
// fewer than the set's count: 「組合員名簿（1,386名）」 listed under 要配慮個人
// 情報を含む while the creed column was filled for about 212 (114). "" when
// flag is none, the sets are several, or the items concern all or an
// unknown number.
func (v *view) partOfJA(on []*setView, flag string) string {
	if flag == "" || len(on) != 1 || !on[0].persons.Known {
		return ""
	}
	var most incident.Count
	for _, c := range on[0].Categories {
		if !v.carries(c, flag) {
			continue
		}
		if !c.Persons.Known {
			return ""
		}
		if c.Persons.N > most.N {
			most = c.Persons
		}
	}
	if most.N == 0 || most.N >= on[0].persons.N {
		return ""
	}
	return "のうち" + countJA(most) + "名"
}

// ruleNameJA is a rule's short name (its citation when it has none).
func (v *view) ruleNameJA(jur string, r assess.Reason) string {
	if j := v.rs.Jurisdiction(jur); j != nil {
		for _, list := range [][]rules.Rule{j.Triggers, j.Exclusions} {
			for _, x := range list {
				if s := x.ShortFor(v.inc.Org.Kind.IsPublic()); x.ID == r.RuleID && s != nil {
					return s.JA
				}
			}
		}
	}
	return r.Citation.JA
}

// timelineBlockJA: the full timeline under a heading.
func (v *view) timelineBlockJA() string {
	if t := v.timelineJA(); t != "" {
		return "【時系列】\n" + t
	}
	return ""
}

// lateReportJA says, in a report filed late, how long after knowing it comes
// and asks for the reason (76: a 速報 58 days and a 確報 65 days after knowing
// said nothing of why; the PPC's guidance criticised the delay). A 確報 is
// late past its deadline (Rules Art. 8(2)); a 速報 has only a target (「速やか
// に」, about 3–5 days), so it is called late only when filed more than 30
// days after knowing, when even the shorter 確報 would have been due. APPI
// asks for no reason (the GDPR report does, Art. 33(1)): the sentence is for
// the user to complete, and lint names the placeholder. "" otherwise.
func (v *view) lateReportJA(final bool) string {
	if v.knew() == nil {
		return ""
	}
	day := v.civilDay
	// Knowing given only as a month or a year (131: 「2025年9月」, the day not
	// recorded): counted from the first of the month the report said 「141日後」,
	// the longest the delay can be; from the month's last day it is 112. The
	// report gives both ends, as the timeline's findings do, neither hiding
	// part of the delay nor adding to it.
	days, least, _ := v.daysSinceKnew()
	after := itoa(days) + "日後"
	if least < days {
		after = itoa(least) + "〜" + itoa(days) + "日後"
	}
	knewDay := "事態を知った日"
	if k := v.knewDayJA(); k != "" && after != itoa(days)+"日後" {
		knewDay = "事態を知った" + k + "（日は記録なし）"
	}
	reason := v.fill("報告が遅れた理由", "reasons for the late report")
	if !final {
		o := v.obligation("jp.report.prelim")
		if o == nil || o.Applies != assess.Yes || !late(o) || days <= 30 {
			return ""
		}
		return "報告の時期：本報告（速報）は、" + knewDay + "から" + after + "の報告となりました。" + v.countPassedJA(o, day) + "報告が遅れた理由は次のとおりです。" + reason
	}
	for _, c := range []struct {
		id string
		n  int
	}{{"jp.report.final.60", 60}, {"jp.report.final", 30}} {
		o := v.obligation(c.id)
		if o == nil || o.Applies != assess.Yes || o.Due == nil {
			continue
		}
		if !late(o) || !v.date.After(*o.Due) {
			return "" // in time, or filed on a day not recorded (27: 「確報は出したはず」)
		}
		if o.DueAlt != nil && !v.date.After(*o.DueAlt) {
			// Late only on the conservative count (the day of knowing
			// counted): under the Civil Code's (Art. 140, the first day not
			// counted), which the assessment shows beside it, the report is
			// in time. A report dated the 60th day after knowing said it was
			// 「60日後の報告となり、期限（知った日から60日以内）を過ぎております」.
			return ""
		}
		return "報告の時期：本報告（確報）は、" + knewDay + "から" + after + "の報告となり、期限（知った日から" + itoa(c.n) + "日以内）を過ぎております。" + v.countPassedJA(o, day) + "期限を過ぎた理由は次のとおりです。" + reason
	}
	return ""
}

// countPassedJA: the day the count first showed the persons above the
// number that makes the case reportable, when it did not on the day of
// knowing (assess's Later reading), and the report counted from it; "" when
// the engine has no such reading.
func (v *view) countPassedJA(o *assess.Obligation, day func(time.Time) time.Time) string {
	if o.Later == nil {
		return ""
	}
	k := int(day(v.date).Sub(day(o.Later.StartAt)).Hours() / 24)
	s := "なお、本人の数が報告対象事態に当たる人数を超えることが判明したのは" + v.dateJA(o.Later.StartAt) + "で、同日から" + itoa(k) + "日後の報告です"
	if !v.date.After(o.Later.Due) {
		s += "（同日から数えた期限の内）"
	}
	return s + "。"
}

// late: the duty was done after its deadline or is still open past it.
func late(o *assess.Obligation) bool {
	return o.State == assess.StateDoneLate || o.State == assess.StateOverdue
}

// abroadJA is the reporter's line for a business with no establishment in
// Japan, under APPI by its handling of persons in Japan (Art. 171): the
// country where it is (143: a Singapore company's report gave its name
// only). "" for a business or a body in Japan, or one whose establishments
// are not entered.
func (v *view) abroadJA() string {
	es := v.inc.Org.Establishments
	if len(es) == 0 || slices.Contains(es, "JP") || v.inc.Org.Kind.IsPublic() {
		return ""
	}
	names := make([]string, 0, len(es))
	for _, c := range es {
		n := placesJA(c)
		if n == "" {
			n = c
		}
		names = append(names, n)
	}
	return "所在国：" + strings.Join(names, "、") + "（日本国内に拠点のない事業者）"
}
