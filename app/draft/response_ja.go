package draft

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// The company's response, as the Japanese documents tell it: containment,
// reports made, prevention, the contact desk and compensation.

// containedJA is what was done to stop the harm, by the cause (the measure
// itself is told in the company's words: Public.Measures, Story.Response).
func (v *view) containedJA(e incident.Event) string {
	s := v.evDateJA(e) + "、"
	if v.containedByContractor(e) {
		c := v.contractorJA(false)
		switch v.cause() {
		case incident.CauseMisdelivery:
			if v.sendingLasted() && v.addressesShown() {
				return s + c + "において、受信者同士のメールアドレスが見える状態での送信が停止されました。"
			}
			if v.sendingLasted() {
				return s + c + "において、誤った宛先への送信が停止されました。"
			}
			return s + c + "において、" + v.misdeliveredToJA() + "への連絡と、回収・削除の依頼が行われました。"
		case incident.CauseMisconfiguration, incident.CauseDefect:
			f := v.fixedJA()
			if v.sentOut() {
				return s + c + "において" + f + "が修正され、外部への送信が停止されました。"
			}
			if v.shownToUsers() {
				return s + c + "において" + f + "が修正され、他の利用者に表示されない状態になりました。"
			}
			if v.shownToStaff() {
				return s + c + "において" + f + "が修正され、業務上の必要のない" + v.staffJA() + "が閲覧できない状態になりました。"
			}
			if v.openToKnown() {
				return s + c + "において" + f + "が修正され、閲覧の権限のない方が閲覧できない状態になりました。"
			}
			if v.harvested() {
				return s + c + "において" + f + "が修正され、第三者が不正に取得できない状態になりました。"
			}
			return s + c + "において" + f + "が修正され、外部から閲覧できない状態になりました。"
		case incident.CauseMispublication:
			if v.postedOnline() {
				return s + c + "において掲載が取り下げられ、閲覧できない状態になりました。"
			}
			return s + c + "において閲覧できる範囲が改められ、権限のない方が閲覧できない状態になりました。"
		case incident.CauseOutsideService:
			if v.postedOnline() {
				return s + c + "において、外部サービス上の情報が削除され、閲覧できない状態になりました。"
			}
			return s + c + "において、外部サービスの運営者への削除の依頼等、被害の拡大を防ぐための措置が講じられました。"
		}
		return s + c + "において、被害の拡大を防ぐための措置が講じられました。"
	}
	if by := v.takenDownBy(e); by != "" {
		if v.cause() == incident.CauseOutsideService && !v.postedOnline() {
			return s + by + "において入力した情報が削除されたことを確認いたしました。"
		}
		if v.postedOnline() {
			return s + by + "において掲載が削除され、閲覧できない状態になったことを確認いたしました。"
		}
		return s + by + "において閲覧できる範囲が改められ、権限のない方が閲覧できない状態になったことを確認いたしました。"
	}
	switch v.cause() {
	case incident.CauseMisdelivery:
		if v.sendingLasted() && v.addressesShown() {
			return s + "受信者同士のメールアドレスが見える状態での送信を停止いたしました。" // 141 (F863)
		}
		if v.sendingLasted() {
			// The forwarding was stopped; asking the recipient to delete is
			// another act, told by the company in its own words (68).
			return s + "誤った宛先への送信を停止いたしました。"
		}
		if v.askedRecipients() {
			// The asking is told by its own event, on its own day: the
			// containment is another act (98: the wrong number corrected
			// in the list, told twice as "asked to delete").
			return s + "被害の拡大を防ぐための措置を講じました。"
		}
		return s + v.misdeliveredToJA() + "に連絡し、回収・削除を依頼いたしました。"
	case incident.CauseMisconfiguration, incident.CauseDefect:
		f := v.fixedJA()
		if v.sentOut() {
			return s + f + "を修正し、外部への送信を停止いたしました。" // nothing lay open to view (104)
		}
		if v.shownToUsers() {
			return s + f + "を修正し、他の利用者に表示されない状態にいたしました。" // 130 (F665)
		}
		if v.shownToStaff() {
			return s + f + "を修正し、業務上の必要のない" + v.staffJA() + "が閲覧できない状態にいたしました。" // 137 (F770)
		}
		if v.openToKnown() {
			return s + f + "を修正し、閲覧の権限のない方が閲覧できない状態にいたしました。"
		}
		if v.harvested() {
			return s + f + "を修正し、第三者が不正に取得できない状態にいたしました。" // 150
		}
		return s + f + "を修正し、外部から閲覧できない状態にいたしました。"
	case incident.CauseMispublication:
		if v.postedOnline() {
			return s + "掲載を取り下げ、閲覧できない状態にいたしました。"
		}
		return s + "閲覧できる範囲を改め、権限のない方が閲覧できない状態にいたしました。"
	case incident.CauseOutsideService:
		if v.askedTakedown() {
			// The asking is told by its own event, on its own day (105:
			// staff deleted the shared links at once, the operator and a
			// search engine were asked days later): the containment is
			// another act, told by the company in its own words.
			return s + "被害の拡大を防ぐための措置を講じました。"
		}
		// The operator deletes; the company asks and checks. What was done
		// beyond the request is the company's to tell (「等」).
		if v.postedOnline() {
			return s + "外部サービスの運営者に削除を依頼し、入力した情報が閲覧できない状態となったことを確認いたしました。"
		}
		return s + "外部サービスの運営者に入力した情報の削除を依頼する等、被害の拡大を防ぐための措置を講じました。"
	}
	return s + "被害の拡大を防ぐための措置を講じました。"
}

// misdeliveredToJA is whom a misdelivery reached: 「誤って送付した先」, or
// 「誤って交付した相手」 for papers handed over (F1188).
func (v *view) misdeliveredToJA() string {
	if v.misdeliveryBy() == "handed" {
		return "誤って交付した相手"
	}
	return "誤って送付した先"
}

// papersMisdelivered: a misdelivery of papers or faxes, posted or handed
// over, which are returned or destroyed, not deleted.
func (v *view) papersMisdelivered() bool {
	by := v.misdeliveryBy()
	return v.cause() == incident.CauseMisdelivery && (by == "post" || by == "fax" || by == "handed")
}

// laterTakedowns are the dated takedown events after first that name a
// party not asked before (a misdelivery's recipients are one group, told
// once).
func (v *view) laterTakedowns(first incident.Event) []incident.Event {
	if v.cause() == incident.CauseMisdelivery {
		return nil
	}
	asked := map[string]bool{v.deletedByName(first): true}
	var out []incident.Event
	for _, e := range v.inc.EventsOf(incident.EvTakedown) {
		n := v.deletedByName(e)
		if e.ID == first.ID || e.At.IsZero() || n == "" || asked[n] {
			continue
		}
		asked[n] = true
		out = append(out, e)
	}
	return out
}

// askedTakedown: the deletion asked of others is on the timeline as its own
// event (a takedown), so the containment does not claim it.
func (v *view) askedTakedown() bool {
	_, ok := v.first(incident.EvTakedown)
	return ok
}

// askedRecipients: a misdelivery whose wrong recipients were asked to
// delete or return what they received, as a takedown event records.
func (v *view) askedRecipients() bool {
	_, ok := v.first(incident.EvTakedown)
	return v.cause() == incident.CauseMisdelivery && ok
}

// takenDownBy names who took a mispublished file down when the containment
// names someone other than an authority (71: the translation site's operator
// deleted the mail a bank's staff had typed in): 「掲載を取り下げ」 would claim
// the company did. "" when no such party is named.
func (v *view) takenDownBy(e incident.Event) string {
	if v.cause() != incident.CauseMispublication && v.cause() != incident.CauseOutsideService || e.Party == "" {
		return ""
	}
	p, ok := v.inc.Party(e.Party)
	if !ok || p.Kind != incident.PartyOther && p.Kind != incident.PartyEntrustor {
		return ""
	}
	return bareName(p.Name)
}

// bareName is a party's name without the note the user put in brackets
// after it (「翻訳サイトの運営者（海外、問合せフォームのみ）」).
func bareName(n string) string {
	n = strings.TrimSpace(n)
	if i := strings.LastIndex(n, "（"); i > 0 && strings.HasSuffix(n, "）") {
		return strings.TrimSpace(n[:i])
	}
	return n
}

// containedOfJA is containedJA naming the data the measure was for, when
// it is tied to data sets and the document tells of others too (165's
// announcement: 「2026年4月28日、審査請求人（…）の情報について、掲載を取り下げ
// …」, then the petitioners' file of 5/7).
func (v *view) containedOfJA(e incident.Event) string {
	s := v.containedJA(e)
	day := v.evDateJA(e) + "、"
	if rest, ok := strings.CutPrefix(s, day); ok && v.othersToo(e) {
		return day + v.setNamesJA(e.Sets) + "の情報について、" + rest
	}
	return s
}

// ownContainments are the containments after first tied to data sets of
// the document (Event.Sets) none told before shares: each set's own first
// measure (165: the petitioners' file taken down on 5/7, the appellant's
// on 4/28). A later measure for the same data is not (laterContainment).
func (v *view) ownContainments(first incident.Event) []incident.Event {
	told := []incident.Event{first}
	var out []incident.Event
	for _, x := range v.timeline() {
		if x.Kind != incident.EvContained || len(x.Sets) == 0 || x.ID == first.ID ||
			slices.ContainsFunc(told, func(o incident.Event) bool { return sameData(o, x) }) {
			continue
		}
		told = append(told, x)
		out = append(out, x)
	}
	return out
}

// containedByContractor: the cause arose at a contractor and the
// containment came before the company knew (40: the contractor got its
// laptop back in April, the society heard of the loss in July), so the
// contractor took that step, not the company: a notice that says
// 「措置を講じました」 claims the company did. False when the company may
// have (no knowing instant, or the same day).
func (v *view) containedByContractor(e incident.Event) bool {
	k := v.knew()
	return k != nil && v.atOther() && e.Last(v.loc).Before(k.In(v.loc)) &&
		incident.DateOf(e.At.In(v.loc)) != incident.DateOf(k.In(v.loc))
}

// stepsTakenJA are the first paragraphs of what the organisation has done:
// the containment, the forensic investigation (said as forensic, after its
// date when known) and the reports made.
func (v *view) stepsTakenJA(forensic string) []para {
	var ps []para
	if e, ok := v.first(incident.EvContained); ok {
		ps = append(ps, p("contained", v.containedOfJA(e)))
		for i, x := range v.ownContainments(e) {
			ps = append(ps, p("contained-"+strconv.Itoa(i+2), v.containedOfJA(x)))
		}
	}
	if e, ok := v.first(incident.EvRetrieved); ok {
		ps = append(ps, p("retrieved", v.retrievedJA(e)))
	}
	if e, ok := v.first(incident.EvTakedown); ok {
		s := v.evDateJA(e) + "、対象の情報が掲載されていたウェブサイト等の運営者に、削除を依頼いたしました。"
		if n := v.deletedByName(e); n != "" {
			// Asked of whom the event names (100: the journalist who took a
			// sample), not of a site where it was posted.
			s = v.evDateJA(e) + "、" + n + "に、対象の情報の削除を依頼いたしました。"
		}
		if v.cause() == incident.CauseMisdelivery {
			s = v.evDateJA(e) + "、誤って届いた先に、対象の情報の削除を依頼いたしました。"
			if v.papersMisdelivered() {
				// Papers are returned or destroyed, not deleted (99: tax
				// notices recalled with a return envelope).
				s = v.evDateJA(e) + "、誤って届いた先に、対象の書類の返送又は破棄を依頼いたしました。"
			}
		}
		ps = append(ps, p("takedown", s))
		for i, x := range v.laterTakedowns(e) {
			// Each further party asked, on its own day (105: a search
			// engine on 8/1, the AI service's operator on 8/4).
			ps = append(ps, p("takedown-"+strconv.Itoa(i+2), v.evDateJA(x)+"、"+v.deletedByName(x)+"に、対象の情報の削除を依頼いたしました。"))
		}
	}
	if e, ok := v.first(incident.EvDeleted); ok {
		done, ask := "対象の情報が削除された", "削除"
		if v.papersMisdelivered() {
			done, ask = "対象の書類が返送又は破棄された", "返送又は破棄" // papers (99: letters returned)
		}
		s := v.evDateJA(e) + "、" + v.deletedAtJA(e) + "において" + done + "ことを確認いたしました。"
		last := v.lastDeletion()
		if c, n, some := last.DeletedBySome(); some {
			among, unit := v.deletedAmongJA(last, n)
			s = v.evDateJA(last) + "までに、" + among + "のうち" + grouped(int64(c)) + unit + "において" + done + "ことを確認いたしました。残る" + grouped(int64(n-c)) + unit + "にも、引き続き" + ask + "を依頼しております。"
		}
		ps = append(ps, p("deleted", s))
	}
	if e, ok := v.forensicOf(); ok {
		if v.forensicByContractor(e) {
			// The contractor's own investigation, as its containment is
			// told (「委託先において…されました」).
			forensic = v.contractorJA(false) + "において調査が開始されました。"
		}
		if e.Dated() {
			forensic = v.evDateJA(e) + "、" + forensic
		}
		ps = append(ps, p("forensic", forensic))
	}
	return append(ps, p("reports", v.reportsJA()))
}

// responseJA is what the organisation has done: containment, investigation,
// reports, and the company's own account (Public.Measures for the persons and
// the public, Story.Response for the authorities).
func (v *view) responseJA() []para {
	ps := v.stepsTakenJA("外部の専門機関に調査を依頼いたしました。")
	own := v.inc.Public.Measures
	if v.formal() {
		own = v.storyResponse()
	}
	if r := strings.TrimSpace(own); r != "" {
		ps = append(ps, p("story", r))
	}
	if strings.Join(paraTexts(ps), "") == "" {
		ps = append(ps, p("ongoing", "現在、影響の有無と範囲を調査しております。判明した事項は、速やかにお知らせいたします。"))
	}
	return append(ps, v.plannedJA()...)
}

// plannedJA says what the organisation means to do and has not done (an
// event recorded as planned), never as done: only a forensic investigation
// not engaged by any other event yet.
func (v *view) plannedJA() []para {
	if !v.planned[incident.EvForensic] || v.hasForensic() {
		return nil
	}
	return []para{p("forensic_planned", "今後、外部の専門機関に調査を依頼する予定です。")}
}

// reportsJA lists the reports to authorities, done or to be made, each to
// whom it went (the recipient of Japan's report is the assessment's: the
// PPC, or the ministry it delegated to), reports on the same days together.
// The report to a ministry leaves out that ministry's own reports (this is one).
func (v *view) reportsJA() string {
	type sent struct {
		at   time.Time // the first report of the group: groups are told in date order
		days []string
		to   []string
	}
	var groups []*sent
	add := func(at time.Time, days []string, to string) {
		key := strings.Join(days, "及び")
		for _, g := range groups {
			if strings.Join(g.days, "及び") == key {
				g.to = append(g.to, to)
				return
			}
		}
		groups = append(groups, &sent{at: at, days: days, to: []string{to}})
	}
	var days []string
	var first time.Time
	to := ""
	for _, k := range []incident.EventKind{incident.EvReportPrelim, incident.EvReportFinal} {
		if e, ok := v.firstFor(k, "JP"); ok {
			days = append(days, v.evDateJA(e))
			if to == "" {
				to, first = v.reportedToJA(e), e.At
			}
		}
	}
	// A 速報 recorded without a date was made all the same: the sentence
	// says so without a day, and never "will report" nor that the first
	// report was the 確報's day.
	_, prelimDated := v.firstFor(incident.EvReportPrelim, "JP")
	undatedPrelim, hasUndated := v.undatedFor(incident.EvReportPrelim, "JP")
	var out []string
	switch {
	case hasUndated && !prelimDated && len(days) > 0: // the 確報 only is dated
		fin, _ := v.firstFor(incident.EvReportFinal, "JP")
		out = append(out, v.addressJA(v.reportedToJA(undatedPrelim))+"へ速報を行い、"+v.evDateJA(fin)+"に確報を提出いたしました。")
	case hasUndated && !prelimDated:
		out = append(out, v.addressJA(v.reportedToJA(undatedPrelim))+"へ報告いたしました。")
	case len(days) > 0:
		add(first, days, v.addressJA(to))
	}
	for _, e := range v.inc.EventsOf(incident.EvReportPrelim) {
		if e.Dated() && e.Jurisdiction != "" && e.Jurisdiction != "JP" && v.jur(e.Jurisdiction) != nil {
			add(e.At, []string{v.evDateJA(e)}, v.reportedToJA(e))
		}
	}
	if v.kind != KindMinistry {
		for _, e := range v.inc.EventsOf(incident.EvMinistryReport) {
			if m := v.ministryNameJA(e.Party); e.Dated() && m != "" {
				add(e.At, []string{v.evDateJA(e)}, m)
			}
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].at.Before(groups[j].at) })
	// Reports on other days to the same recipients are one sentence (106:
	// the business-law report to the FSA on 11/14, the APPI reports to it
	// by delegation on 11/17 and 1/13, told as two sentences to the FSA).
	var merged []*sent
	for _, g := range groups {
		key := strings.Join(g.to, "及び")
		i := slices.IndexFunc(merged, func(m *sent) bool { return strings.Join(m.to, "及び") == key })
		if i < 0 {
			merged = append(merged, &sent{at: g.at, days: slices.Clone(g.days), to: g.to})
			continue
		}
		for _, d := range g.days {
			if !slices.Contains(merged[i].days, d) {
				merged[i].days = append(merged[i].days, d)
			}
		}
	}
	for _, g := range merged {
		out = append(out, joinJA(g.days)+"に"+strings.Join(g.to, "及び")+"へ報告いたしました。")
	}
	if s := v.foundAfterReportJA(); s != "" {
		out = append(out, s)
	}
	// A report still to make, after a report already told (a ministry's
	// under its sector's law), says under which law it is made: 「…金融局へ
	// 報告いたしました。金融庁へ報告いたします。」 read to a customer as the
	// one report told twice, done and not done (176, F1584).
	told := len(out) > 0
	switch {
	case len(days) > 0 || hasUndated: // a 速報 made, dated or not, is told above
	case v.obligationApplies("jp.report.prelim"):
		to := v.addressJA(v.recipientJA())
		mn := v.obligationApplies("jn.report.prelim") && v.recipientJA() != "個人情報保護委員会"
		switch {
		case told && mn:
			out = append(out, "個人情報保護法に基づく報告を"+to+"へ、番号法に基づく報告を"+v.addressJA("個人情報保護委員会")+"へ行います。")
		case told:
			out = append(out, "個人情報保護法に基づく報告を"+to+"へ行います。")
		case mn:
			out = append(out, to+"及び"+v.addressJA("個人情報保護委員会")+"へ報告いたします。") // APPI's report delegated to a ministry, the My Number Act's to the PPC
		default:
			out = append(out, to+"へ報告いたします。")
		}
	case v.obligationApplies("jn.report.prelim"):
		if told {
			out = append(out, "番号法に基づく報告を"+v.addressJA("個人情報保護委員会")+"へ行います。")
		} else {
			out = append(out, v.addressJA("個人情報保護委員会")+"へ報告いたします。") // the My Number Act's report alone: always the PPC
		}
	}
	if e, ok := v.first(incident.EvPolice); ok {
		out = append(out, v.policeSentenceJA(e))
	}
	return strings.Join(out, "")
}

// foundAfterReport: a document to persons whose sets were all found after
// Japan's last report (DataSet.Found) is to say that what was found then
// goes into the 確報 (or a later report, the 確報 made already: final): the
// report told before was of the case as known on its day, not of their data
// (161: the evacuation plans' persons, found on 6/29, read 「2026年6月8日に
// 個人情報保護委員会へ報告いたしました」 of the 速報 on the tax data; F1184).
// last is Japan's last report before that day. false when a report was made
// on or after the day found, or none was made.
func (v *view) foundAfterReport() (found incident.Date, last incident.Event, final, ok bool) {
	knew := v.knew()
	if knew == nil {
		return "", last, false, false
	}
	found, ok = assess.FoundLater(v.inc, v.readerSets(), *knew, v.loc)
	if !ok {
		return "", last, false, false
	}
	// Only what the reports are to cover: a set the engine finds not
	// reportable (165's petitioners, found later with the appellant's
	// reported set) is not promised to the 確報 (F1300).
	covered := func(id string) bool {
		for _, ob := range jpReports {
			if reported(v.obligation(ob), id) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(v.readerSets(), covered) {
		return "", last, false, false
	}
	made := false
	for _, k := range []incident.EventKind{incident.EvReportPrelim, incident.EvReportFinal} {
		for _, e := range v.inc.EventsOf(k) {
			if !e.Dated() || e.Planned || e.Jurisdiction != "" && e.Jurisdiction != "JP" {
				continue
			}
			if found.OnOrBefore(incident.DateOf(e.At.In(v.loc))) {
				return "", last, false, false // reported on or after the day found: that report told of it
			}
			if !made || last.At.Before(e.At) {
				last = e
			}
			made, final = true, final || k == incident.EvReportFinal
		}
	}
	return found, last, final, made
}

// foundAfterReportJA is foundAfterReport's sentence: 「2026年6月29日に判明し
// た事項については、個人情報保護委員会へ確報で報告いたします。」, or "".
func (v *view) foundAfterReportJA() string {
	found, last, final, ok := v.foundAfterReport()
	if !ok {
		return ""
	}
	to := v.addressJA(v.reportedToJA(last))
	if final {
		return dayJA(found) + "に判明した事項については、追って" + to + "へ報告いたします。"
	}
	return dayJA(found) + "に判明した事項については、" + to + "へ確報で報告いたします。"
}

// foundAfterReportEN is foundAfterReportJA in English.
func (v *view) foundAfterReportEN() string {
	found, last, final, ok := v.foundAfterReport()
	if !ok {
		return ""
	}
	to := v.reportedToEN(last)
	if final {
		return "What we found on " + dayEN(found) + " will be reported to " + to + " in a further report."
	}
	return "What we found on " + dayEN(found) + " will be included in our final report to " + to + "."
}

// ministryNameJA names the ministry a party id (or the only ministry) is.
func (v *view) ministryNameJA(id string) string {
	if p, ok := v.inc.Party(id); ok && strings.TrimSpace(p.Name) != "" {
		return strings.TrimSpace(p.Name)
	}
	if ps := v.inc.PartiesOf(incident.PartyMinistry); len(ps) == 1 {
		return strings.TrimSpace(ps[0].Name)
	}
	return ""
}

// preventionJA: the preventive measures as the company wrote them for the
// readers (Public.Prevention; Story.Prevention for an authority), or a placeholder.
func (v *view) preventionJA() string {
	pr := strings.TrimSpace(v.inc.Public.Prevention)
	if v.formal() {
		pr = strings.TrimSpace(v.inc.Story.Prevention)
	}
	if pr == "" {
		pr = v.fill("再発防止策", "preventive measures")
	}
	return "このたびの事態を厳粛に受け止め、次の再発防止策を講じてまいります。\n" + pr
}

// contactJA is the inquiry desk; the search hint replaces any link.
func (v *view) contactJA(withSearch bool) []para {
	c := v.inc.Contact
	lines := []string{v.orFill(c.Name, "窓口の名称", "name of the desk")}
	if c.Phone == "" && c.Email == "" {
		lines = append(lines, "電話："+v.fill("電話番号", "phone number"))
	}
	if c.Phone != "" {
		lines = append(lines, "電話："+c.Phone)
	}
	if c.Email != "" {
		lines = append(lines, "メール："+c.Email)
	}
	lines = append(lines, "受付時間："+v.orFill(c.Hours, "受付時間", "hours"))
	ps := []para{p("desk", strings.Join(lines, "\n"))}
	if withSearch && v.toStaff() {
		// Staff hear more from their employer directly; a notice to them
		// does not promise a page on the public website (43: nothing was
		// published).
		ps = append(ps, p("later", "本件について新たに判明した事項は、追ってお知らせいたします。"))
	} else if withSearch {
		name := searchNameJA(c.Web)
		if name == "" {
			name = v.orgName() + "　お知らせ"
		}
		// The sentence quotes the words in 「」: quotes inside them are 『』
		// (135: 「…（転職サイト「架空ジョブ」運営）　お知らせ」).
		name = strings.NewReplacer("「", "『", "」", "』").Replace(name)
		ps = append(ps, p("search", "本件の最新の情報は、"+v.weJA()+"のウェブサイトでお知らせいたします。検索サイトで「"+name+"」と検索してご覧ください。"))
	}
	return ps
}

// compensationJA: what is offered, to whom, and why only to some.
func (v *view) compensationJA() string {
	st := v.inc.Story
	c := strings.TrimSpace(st.Compensation)
	if c == "" || st.CompensationScope == "none" {
		return ""
	}
	if st.CompensationScope == "some" {
		if r := strings.TrimSpace(st.CompensationReason); r != "" {
			c += "\n対象を限定する理由：" + r
		}
	}
	return c
}

// lostItemJA names what was lost or stolen as the facts allow: papers, a
// device or a storage medium (the cause does not say which). What an
// insider took out or what was sent to the wrong recipient was neither lost
// nor stolen (F151: disks an employee of a disposal contractor resold, a
// prescription faxed to a private home).
func (v *view) lostItemJA() string {
	switch v.cause() {
	case incident.CauseLoss:
		return "紛失した" + v.lostThingJA()
	case incident.CauseTheft:
		return "盗難に遭った" + v.lostThingJA()
	case incident.CauseInsider:
		return "持ち出された書類・記録媒体等"
	case incident.CauseMisdelivery:
		if v.misdeliveryBy() == "handed" {
			return "誤って交付した書類等"
		}
		return "誤って送付した書類等"
	}
	// Nothing was lost or stolen (162: a copier's hard drive handed on with
	// the lease, F1183).
	return "情報が記録された書類・記録媒体等"
}

// retrievedNotFound: what came back was taken out by an insider or sent to
// the wrong recipient: it was got back from whoever held it, not found, and
// the facts do not say into whose hands (F151).
func (v *view) retrievedNotFound() bool {
	return v.cause() == incident.CauseInsider || v.cause() == incident.CauseMisdelivery
}

// retrievedElsewhere: a retrieval that names the data sets it concerns, none
// of them one the document speaks of. What came back held other persons'
// data, not the readers' (156: the slips of July 1–13 found at a paper
// recycler, those of July 14–17 not; the notice to the patients of the
// later days said 「紛失した書類…が見つかり…戻りました」). Only a notice to the
// persons of a set is told so: the other documents speak of every set.
func (v *view) retrievedElsewhere(e incident.Event) bool { return v.otherSetsOnly(e) }

// otherSetsOnly: the event names the data sets it concerns, none of them
// one the notice to the persons of a set speaks of (a retrieval of other
// slips, another set's data found posted). The other documents speak of
// every set: false.
func (v *view) otherSetsOnly(e incident.Event) bool {
	if v.reader == nil || len(e.Sets) == 0 {
		return false
	}
	for _, s := range v.data() {
		if slices.Contains(e.Sets, s.ID) {
			return false
		}
	}
	return true
}

// retrievedFromOther: what a contractor lost came back through someone the
// retrieval names who is not that contractor (156: the hospital took its
// slips back from the paper recycler): to whose hands is not on record, and
// 「委託先の手元に戻りました」 would say it.
func (v *view) retrievedFromOther(e incident.Event) bool {
	at := strings.TrimSpace(v.inc.Cause.AtName)
	if !v.atOther() || e.Party == "" || at == "" {
		return false
	}
	p, ok := v.inc.Party(e.Party)
	return ok && !strings.Contains(p.Name, at)
}

// retrievedJA tells that what was lost or stolen came back, to whom (the
// contractor when the loss was its), and, when a set's answer to "fully
// recovered before any third party saw it" is unknown, that nobody knows
// whether a finder or a thief looked at it (F96). A "yes" is not repeated to
// the persons: through a finder's or the police's hands it is most often
// wrong (incident.CodeRecoveredLost warns the user), and a notice must not
// reassure on it.
func (v *view) retrievedJA(e incident.Event) string {
	who := v.weJA()
	if v.atOther() {
		who = v.contractorJA(false)
	}
	what, rest := v.lostItemJA(), ""
	if c, n, some := e.RetrievedSome(); some {
		// Only part came back (110: one file of two, the PC not; 111: 521
		// of 842 cards): told as all of it, the notice reassured on what
		// is still out.
		what += "（" + grouped(int64(n)) + "件）のうち" + grouped(int64(c)) + "件"
		rest = "残る" + grouped(int64(n-c)) + "件は、見つかっておりません。"
		if v.retrievedNotFound() {
			rest = "残る" + grouped(int64(n-c)) + "件は、回収できておりません。"
		}
	}
	elsewhere := v.retrievedElsewhere(e)
	if elsewhere {
		what += "の一部"
		rest = "このお知らせをお送りしている" + v.you + "の情報を含むものは、見つかっておりません。"
		if v.retrievedNotFound() {
			rest = "このお知らせをお送りしている" + v.you + "の情報を含むものは、回収できておりません。"
		}
	}
	s := v.evDateJA(e) + "、" + what + "が見つかり、" + who + "の手元に戻りました。"
	switch {
	case v.retrievedNotFound() && v.atOther():
		s = v.evDateJA(e) + "、" + what + "が回収されました。"
	case v.retrievedFromOther(e):
		s = v.evDateJA(e) + "、" + what + "が見つかり、回収されました。"
	case v.retrievedNotFound():
		s = v.evDateJA(e) + "、" + what + "を回収いたしました。"
	}
	s += rest
	if v.seenUnknown() && !elsewhere {
		s += "見つかるまでの間に第三者が内容を見たかどうかは、確認できておりません。"
	}
	return s
}

// seenUnknown: a set the document speaks of has "unknown" (or no answer) to
// whether it was fully recovered before any third party saw it.
func (v *view) seenUnknown() bool {
	for _, s := range v.data() {
		if s.Recovered == incident.Unknown {
			return true
		}
	}
	return false
}
