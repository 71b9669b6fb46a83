package draft

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// A notice to the persons dated past the tool's benchmark for it (the
// timeline's finding tl.notice, its limit) tells the days taken since the
// knowing and why, from the fact public.noticeDelay; without that fact it
// says nothing and lint asks for it (a sentence with a blank in it would
// leave a case with every fact entered no clean notice).

// noticeLateAt: a notice to the persons of sets, dated at date, comes
// after the limit the timeline sets for the notice to the persons (a
// benchmark, or a law's days where that law applies). The limit runs from
// the knowing, or, for sets all found to be part of the case after it, from
// the day they were found (noticeStart): 161's letter to the evacuation
// plans' persons, found on 6/29 and told on 7/8, was "late" by the knowing
// of 6/4 (F1184).
func noticeLateAt(a assess.Assessment, inc *incident.Incident, sets []string, date time.Time) bool {
	for _, f := range a.Findings {
		if f.ID != "tl.notice" || f.Limit == nil {
			continue
		}
		if start, found := noticeStart(a, inc, sets); found || !start.Equal(f.FromAt) {
			return date.After(start.Add(f.Limit.Sub(f.FromAt)))
		}
		return date.After(*f.Limit)
	}
	return false
}

// noticeStart is when the notice to the persons of sets is measured from:
// the first day of the earliest set's finding when all were found after the
// knowing (found), else the knowing.
func noticeStart(a assess.Assessment, inc *incident.Incident, sets []string) (at time.Time, found bool) {
	if a.Knew == nil {
		return time.Time{}, false
	}
	loc := inc.Location()
	if day, ok := assess.FoundLater(inc, sets, *a.Knew, loc); ok {
		if at, ok := day.First(loc); ok {
			return at, true
		}
	}
	return *a.Knew, false
}

// readerSets are the ids of the sets a notice speaks to: its reader's set,
// else every set of its scope.
func (v *view) readerSets() []string {
	if v.reader != nil {
		return []string{v.reader.ID}
	}
	var ids []string
	for _, s := range v.scope {
		ids = append(ids, s.ID)
	}
	return ids
}

// civilDay is t's calendar day in the incident's zone, as a UTC midnight:
// the difference of two is whole days.
func (v *view) civilDay(t time.Time) time.Time {
	y, m, d := t.In(v.loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysSinceKnew is the days from the knowing to the document's date, as
// calendar days in the incident's zone; least is the fewest when the
// knowing is known by its month or year only (counted from its last day),
// else days. ok: the knowing is known and not after the date (days and
// least are given whenever the knowing is known).
func (v *view) daysSinceKnew() (days, least int, ok bool) {
	return v.daysSince(v.knew())
}

// daysSince is daysSinceKnew from knew.
func (v *view) daysSince(knew *time.Time) (days, least int, ok bool) {
	if knew == nil {
		return 0, 0, false
	}
	days = int(v.civilDay(v.date).Sub(v.civilDay(*knew)).Hours() / 24)
	least = days
	if p := v.a.KnewPrecision; p == incident.Month || p == incident.Year {
		last := incident.Event{At: *knew, Precision: p}.Last(v.loc)
		if l := int(v.civilDay(v.date).Sub(v.civilDay(last)).Hours() / 24); l >= 0 && l < days {
			least = l
		}
	}
	return days, least, days >= 0
}

// lateNotice is, for a notice dated past the timeline's limit with a reason
// entered for the time taken, the reason and the days since the knowing
// (daysSinceKnew); ok is false for any other.
// found: the days run from the day the reader's sets were found
// (noticeStart), not from the knowing.
func (v *view) lateNotice() (why string, days, least int, found, ok bool) {
	why = strings.TrimSpace(v.inc.Public.NoticeDelay)
	sets := v.readerSets()
	start, found := noticeStart(v.a, v.inc, sets)
	if found {
		days, least, ok = v.daysSince(&start)
	} else {
		days, least, ok = v.daysSinceKnew()
	}
	return why, days, least, found, ok && why != "" && noticeLateAt(v.a, v.inc, sets, v.date)
}

// noticeDelayJA: 「当社が個人情報への影響を把握してから本お知らせまでに54日を要しました。」
// (「対象の情報が本件に含まれていることが判明してから」 for sets found
// later) and the reason, or "".
func (v *view) noticeDelayJA() string {
	why, days, least, found, ok := v.lateNotice()
	if !ok {
		return ""
	}
	n := itoa(days) + "日"
	if least < days {
		n = itoa(least) + "〜" + itoa(days) + "日"
	}
	if found {
		return "対象の情報が本件に含まれていることが判明してから本お知らせまでに" + n + "を要しました。" + why
	}
	return v.weJA() + "が個人情報への影響を把握してから本お知らせまでに" + n + "を要しました。" + why
}

// noticeDelayEN is noticeDelayJA in English: the reason as entered when in
// Latin letters, else a blank asking for it in English.
func (v *view) noticeDelayEN() string {
	ja, days, least, found, ok := v.lateNotice()
	if !ok {
		return ""
	}
	n := itoa(days) + " days"
	if least < days {
		n = itoa(least) + " to " + itoa(days) + " days"
	}
	why := englishText(ja)
	if why == "" {
		why = v.fill("お知らせまでに日数を要した理由（英語）", "why this notice took as long as it did")
	}
	if found {
		return "This notice comes " + n + " after we found that your information was involved. " + why
	}
	return "This notice comes " + n + " after we learned of the incident. " + why
}

// noticeDelay: a notice to the persons dated past the timeline's limit for
// it, with no reason entered for the time taken (CodeNoticeDelayUntold,
// once per notice). A notice dated at its own sending is a record of what
// the persons received: no sentence can be added to it, so the finding is
// information only, for what is still to be sent and for the questions.
func (l *linter) noticeDelay(d Document) {
	if d.Kind != KindNotice || strings.TrimSpace(l.inc.Public.NoticeDelay) != "" || l.a.Knew == nil || !noticeLateAt(l.a, l.inc, l.noticeSets(d), d.Date) {
		return
	}
	if l.wentOut(d) {
		l.add(CodeNoticeDelayUntold, SeverityInfo, d.ID, "", txt(
			"このお知らせは送付済みで（タイムラインの本人への通知）、事態を知った時からの目安の日数（「知った時から本人通知まで」）を過ぎて出されましたが、要した日数とその理由を述べていません。送付済みの文書に文は足せません。「お知らせまでに日数を要した理由」を入力すると、これから出すお知らせに日数とともに載り、本人からの問い合わせへの答えとしても記録に残ります。",
			"This notice has gone out (the timeline's notice to persons) after the benchmark counted from the knowing (\"knowing to the notice to persons\") and said nothing of the time taken. Nothing can be added to what was sent. Enter \"why the notice took as long as it did\": the notices still to go out then give the days and the reason, and the answer is on record for the persons' questions."))
		return
	}
	l.add(CodeNoticeDelayUntold, SeverityWarning, d.ID, "", txt(
		"このお知らせは、事態を知った時からの目安の日数（タイムラインの「知った時から本人通知まで」）を過ぎて出されますが、要した日数とその理由を述べていません。「お知らせまでに日数を要した理由」を入力すると、日数とともにお知らせに載ります。",
		"This notice goes out after the benchmark counted from the knowing (the timeline's \"knowing to the notice to persons\") and says nothing of the time taken. Enter \"why the notice took as long as it did\": the notices then give the days and the reason."))
}

// noticeSets are the sets a notice speaks to: its own set, else every set.
func (l *linter) noticeSets(d Document) []string {
	if d.Set != "" {
		return []string{d.Set}
	}
	var ids []string
	for _, s := range l.inc.DataSets {
		ids = append(ids, s.ID)
	}
	return ids
}

// wentOut: the document is dated at its own event, the record of its
// sending or filing (see DatedAt), not a draft of what is still to go out.
func (l *linter) wentOut(d Document) bool {
	s := Spec{Kind: d.Kind, Lang: d.Lang, Variant: d.Variant, Party: d.Party, Set: d.Set, Follow: d.Follow, Place: d.Place}
	at, ok := DatedAt(s, l.inc, d.Date)
	return ok && !d.Date.IsZero() && at.Equal(d.Date)
}

// entrustorsCustomers: a Japanese notice to the persons of a set the
// company holds for an entrustor, who do not deal with it (Direct not yes),
// says 「お客様」 (CodeEntrustorsCustomers, once per notice, at the first
// such paragraph): the word was written for the company's own customers
// (the public summary, an edit), and these readers are the entrustor's,
// who may not know the company (138: franchise hotels' guests told
// 「お客様の情報が流出した」 from the group's announcement, F773).
func (l *linter) entrustorsCustomers(d Document) {
	if d.Kind != KindNotice || d.Lang != JA || d.Set == "" {
		return
	}
	set, ok := l.inc.DataSet(d.Set)
	if !ok || set.Role != incident.Processor || set.Direct == incident.Yes {
		return
	}
	for _, s := range d.Sections {
		for _, pr := range s.Paras {
			if !strings.Contains(pr.Text, "お客様") {
				continue
			}
			name := setLabel(set)
			l.add(CodeEntrustorsCustomers, SeverityWarning, d.ID, pr.ID, txt(
				"このお知らせは、委託を受けて取り扱う「"+name+"」の方々に宛てたものですが、「お客様」とあります。読み手は委託元のお客様等で、当社のお客様ではなく、当社を知らないこともあります。誰の情報か（委託元の名称、どのサービスの利用者か）が分かる言葉にし、公表文の概要をそのまま載せている場合は、この方々について確認できていること（漏えいか、そのおそれか）に合わせて書き直してください。",
				"This notice goes to the persons of \""+name+"\", data the company handles for an entrustor, yet it says 「お客様」 (our customers). The readers are the entrustor's customers or others, not the company's, and may not know it. Say whose information it is (the entrustor, the service they used), and where the public summary is printed as written, rewrite it to what is established for these persons (a leak, or its possibility)."))
			return
		}
	}
}
