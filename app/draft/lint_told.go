package draft

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// acquirerWords: a note that speaks of telling the acquirer (the card
// company that holds the merchant agreement) or the card brands.
var acquirerWords = &lazyRegexp{expr: `アクワイアラ|加盟店契約会社|国際ブランド|カードブランド|(?i:\bacquir(?:er|ers|ing bank)\b|\bcard brands?\b)`}

// cardNoticeAsOther names an "other" event to a card company (or to no
// party) whose note speaks of the acquirer or the card brands
// (CodeCardNoticeAsOther): recorded so, the card brands' notice stays open
// however early it was given. The note's words decide, not the party's kind
// alone: a call to an issuer about chargebacks is rightly "other".
func (l *linter) cardNoticeAsOther() {
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvOther || e.Planned {
			continue
		}
		if pt, named := l.inc.Party(e.Party); e.Party != "" && (!named || pt.Kind != incident.PartyCard) {
			continue
		}
		m := acquirerWords.get().FindString(e.Note)
		if m == "" || l.cardToldBy(e) {
			continue
		}
		l.add(CodeCardNoticeAsOther, SeverityInfo, "", "", txt(
			"出来事「"+e.ID+"」は種類が「その他」ですが、メモに「"+m+"」への連絡と読める記載があります。加盟店契約会社（アクワイアラ）やカードブランドへの報告なら、種類を「カード会社への連絡」にしてください。「その他」のままでは、カード会社への報告は済んでいないものとして期限を判定します。",
			"Event \""+e.ID+"\" is of kind \"other\", but its note reads as telling "+m+". If it was the report to the acquirer or the card brands, record it as \"card company contacted\": as \"other\", the card companies' notice is judged as not given."))
	}
}

// cardToldBy: a card company was contacted (card_acquirer) on or before the
// day of e, so that e is a later message, not the notice.
func (l *linter) cardToldBy(e incident.Event) bool {
	for _, c := range l.inc.EventsOf(incident.EvCardAcquirer) {
		if !c.Planned && (!c.Dated() || !e.Dated() || !c.At.After(e.Last(l.inc.Location()))) {
			return true
		}
	}
	return false
}

// pressWords: a note that speaks of the case in the press.
var pressWords = &lazyRegexp{expr: `報道|新聞|朝刊|夕刊|ニュース|ネット記事|(?i:\bpress\b|newspaper|news (?:report|story|article)|reported (?:by|in) the)`}

// pressAsOther names an "other" event whose note speaks of the press, in a
// case with no press report recorded (CodePressAsOther): the reports' time
// lines leave "other" events out, and an announcement made hours after a
// newspaper's story then reads as the company's own timing (131, F687).
func (l *linter) pressAsOther() {
	l.otherSaying(incident.EvPress, pressWords, nil, func(e incident.Event, m string) {
		l.add(CodePressAsOther, SeverityInfo, "", "", txt(
			"出来事「"+e.ID+"」は種類が「その他」ですが、メモに「"+m+"」とあります。本件が報道されたのであれば、種類を「報道」にしてください。報告書の時系列に「本件に関する報道」として載ります（報道機関の名前やメモは載りません）。「その他」のままでは時系列に載らず、報道の後の公表が自社の判断の時期として読まれます。",
			"Event \""+e.ID+"\" is of kind \"other\", but its note says \""+m+"\". If the case was reported in the press, record it as \"press report\": the reports' time lines then show that it was reported (without the outlet's name or the note). As \"other\" it is left out, and an announcement made after the story reads as the organization's own timing."))
	})
}

// otherSaying calls f with each "other" event (not planned) whose note
// matches words, and not unless (nil: none), with the words matched; none
// when an event of kind k is recorded (the user chose it already).
func (l *linter) otherSaying(k incident.EventKind, words, unless *lazyRegexp, f func(e incident.Event, m string)) {
	if len(l.inc.EventsOf(k)) > 0 {
		return
	}
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvOther || e.Planned {
			continue
		}
		m := words.get().FindString(e.Note)
		if m == "" || unless != nil && unless.get().MatchString(e.Note) {
			continue
		}
		f(e, m)
	}
}

// postWords: a note that speaks of the data put online by someone.
var postWords = &lazyRegexp{expr: `リークサイト|ダークウェブ|掲示板|(?i:leak ?site|dark ?web|paste ?site|forum|posted (?:on|online))`}

// noPostWords: a note that says nothing was found posted (143: "no leak
// site listing so far").
var noPostWords = &lazyRegexp{expr: `掲載されていない|掲載はない|掲載なし|(?i:\bno (?:leak ?site|dark ?web|posting|listing)|not (?:yet )?(?:posted|published|listed))`}

// postedAsOther names an "other" event whose note speaks of the data put
// online, in a case with no post found recorded (CodePostedAsOther): as
// "other" the time lines and notices leave it out, and the step that looks
// for the copies online is not asked for it. The attacker's claim without
// the data is "other" rightly: the message asks, it does not decide.
func (l *linter) postedAsOther() {
	l.otherSaying(incident.EvPosted, postWords, noPostWords, func(e incident.Event, m string) {
		l.add(CodePostedAsOther, SeverityInfo, "", "", txt(
			"出来事「"+e.ID+"」は種類が「その他」ですが、メモに「"+m+"」とあります。情報がネット上に掲載されたことを確認した日であれば、種類を「情報がネット上に掲載されたことを確認した日時」にしてください。時系列・通知に「情報がインターネット上に掲載されていることを確認」として載り（掲載先やメモは載りません）、ネット上の写しの確認と削除の依頼が対応手順に加わります。犯行声明だけで情報が掲載されていないなら「その他」のままで構いません。",
			"Event \""+e.ID+"\" is of kind \"other\", but its note says \""+m+"\". If it is the day the data was found published, record it as \"Data found published\": the time lines and notices then say the information was found posted on the internet (without the site or the note), and the playbook asks you to find the copies online and have them removed. A claim with no data posted may stay \"other\"."))
	})
}

// processorFoundAsOwn asks, of a case whose cause arose at a processor,
// whether the first detection, told by someone other than a vendor and
// followed later by a vendor's message, was the company's or the
// processor's (CodeProcessorFoundAsOwn): a researcher's report to the maker
// entered as the company's detection starts the company's practice clocks
// and the timeline's account from a day it knew nothing.
func (l *linter) processorFoundAsOwn() {
	if !l.inc.Cause.AtProcessor() || len(l.inc.EventsOf(incident.EvProcessorAware)) > 0 {
		return
	}
	first, ok := l.first(incident.EvDetected)
	if !ok || first.Source == "vendor" {
		return
	}
	loc := l.inc.Location()
	for _, d := range l.inc.EventsOf(incident.EvDetected) {
		if d.Source != "vendor" || d.Planned || !d.Dated() || !first.Last(loc).Before(d.At) {
			continue
		}
		l.add(CodeProcessorFoundAsOwn, SeverityInfo, "", "", txt(
			"原因は委託先で生じたとされ、最初の「検知」（"+first.ID+"）の後に、委託先・取引先からの連絡（"+d.ID+"）が「検知」として入力されています。"+first.ID+"の時に自社が知ったのですか、それとも委託先（再委託先を含む）が知ったのですか。委託先が知ったのなら、"+first.ID+"の種類を「委託先が知った」にしてください。このままでは、自社が"+first.ID+"の時に検知したものとして、社内報告等の目安と報告書の経緯がその日から書かれます。",
			"The cause is entered as arising at a processor, and after the first detection ("+first.ID+") a vendor's message ("+d.ID+") is entered as a detection too. Did you learn of it at "+first.ID+", or did the processor (or its subcontractor)? If the processor did, record "+first.ID+" as \"processor knew\": as it is, the targets of the first steps and the reports' account run from "+first.ID+" as your own detection."))
		return
	}
}

// detectionAtProcessor names a detection that has the party and the instant
// of a processor's knowing and came before the company knew
// (CodeDetectionAtProcessor): the contact reached the processor, not the
// company, yet the reports' time lines say the company received it, and the
// deadlines' other reading (from the detection) runs from it.
func (l *linter) detectionAtProcessor() {
	knew := l.a.Knew
	for _, d := range l.inc.EventsOf(incident.EvDetected) {
		if d.Party == "" || d.Planned || !d.Dated() || knew == nil || !d.At.Before(*knew) {
			continue
		}
		for _, p := range l.inc.EventsOf(incident.EvProcessorAware) {
			if p.Party != d.Party || !p.Dated() || !p.At.Equal(d.At) {
				continue
			}
			l.add(CodeDetectionAtProcessor, SeverityWarning, "", "", txt(
				"検知（"+d.ID+"）は、委託先が知った時（"+p.ID+"）と同じ相手・同じ時刻で入力されています。この連絡を受けたのが委託先なら、それは委託先が知った時として記録済みです。検知は、自社が連絡を受けた時に直すか、削除してください。このままでは、報告書等の時系列に自社がその時に連絡を受けたと書かれ、「検知から数えた場合」の期限もその時から計算されます。",
				"The detection ("+d.ID+") has the same party and time as the processor's knowing ("+p.ID+"). If it was the processor that was told, that is already recorded as its knowing: move the detection to when you were told, or remove it. As it is, the reports' time lines say you received the contact then, and the deadlines counted from the detection run from it."))
			return
		}
	}
}

// lastActOutside names a last unauthorised act found (Event kind last_act)
// dated before the first intrusion, which the documents cannot use, as a
// warning; and one after the containment, which says the containment did
// not hold, as information (CodeLastActOutside).
func (l *linter) lastActOutside() {
	first, intruded := l.first(incident.EvIntrusion)
	contained, held := l.first(incident.EvContained)
	for _, e := range l.inc.EventsOf(incident.EvLastAct) {
		if !e.Dated() {
			continue
		}
		switch {
		case intruded && e.At.Before(first.At):
			l.add(CodeLastActOutside, SeverityWarning, "", "", txt(
				"確認された最後の不正な行為（"+e.ID+"）が、最初の侵入（"+first.ID+"）より前の日時で入力されています。どちらかの日時の誤りと思われます。このままでは、米国の通知の期間はこの行為ではなく封じ込めの日で終わります。",
				"The last unauthorized act found ("+e.ID+") is dated before the first intrusion ("+first.ID+"): one of the two dates is likely wrong. As it is, the US letters end the breach period at the containment, not at this act."))
		case held && e.At.After(contained.At):
			l.add(CodeLastActOutside, SeverityInfo, "", "", txt(
				"確認された最後の不正な行為（"+e.ID+"）が、封じ込め（"+contained.ID+"）より後です。封じ込めの後も不正な行為が続いたなら、再侵入や封じ込めの不備として、侵入・封じ込めの出来事を追加してください。報告書の経緯と再発防止策にも関わります。",
				"The last unauthorized act found ("+e.ID+") comes after the containment ("+contained.ID+"). If unauthorized acts went on after it, record that as a new intrusion or a containment that did not hold (add the intrusion and containment events): the reports' account and the preventive measures depend on it."))
		}
	}
}

// policeWords: a note that speaks of the police.
var policeWords = &lazyRegexp{expr: `警察|警視庁|県警|府警|道警|(?i:\bpolice\b)`}

// processorPolice names a processor's knowing, or a vendor's message, whose
// note speaks of the police, when no police event is recorded
// (CodeProcessorPolice): the police called the processor, or the processor
// went to them (91: the police found the records and called the
// contractor; 46: the provider reported the ransomware to the police), and
// the company's police step stays open. Recorded as a police event by the
// processor, it shows the contact the step asks the company to confirm.
func (l *linter) processorPolice() {
	if len(l.inc.EventsOf(incident.EvPolice)) > 0 {
		return
	}
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvProcessorAware && (e.Kind != incident.EvDetected || e.Source != "vendor") {
			continue
		}
		m := policeWords.get().FindString(e.Note)
		if m == "" {
			continue
		}
		l.add(CodeProcessorPolice, SeverityInfo, "", "", txt(
			"出来事「"+e.ID+"」のメモに「"+m+"」とあります。委託先（再委託先を含む）が警察に相談・届出をし、又は警察から連絡を受けたのなら、その日を「警察」の出来事として、届け出た者を「委託先」にして記録してください。警察への相談の手順は、記録があるまで未了と表示されます。自社としても相談するかは別に判断してください。",
			"The note of event \""+e.ID+"\" mentions \""+m+"\". If the processor (or its subcontractor) consulted or reported to the police, or the police contacted it, record that as a police event made by the processor: until then the police step shows as not done. Whether to consult the police yourself too is a separate decision."))
		return
	}
}

// missingBeforeKnowing: lost or stolen papers or media were found missing
// more than a day before the instant taken as knowing
// (CodeMissingBeforeKnowing); reports whether it said so. The company's
// own staff noticing is CodeStaffToldEarlier's question.
func (l *linter) missingBeforeKnowing() bool {
	jp := slices.IndexFunc(l.a.Jurisdictions, func(j assess.Jurisdiction) bool { return j.ID == "JP" })
	if l.inc.Cause.Kind != incident.CauseLoss && l.inc.Cause.Kind != incident.CauseTheft || l.a.Knew == nil || jp < 0 {
		return false
	}
	det, ok := l.first(incident.EvDetected)
	if !ok || det.Planned || det.Source == "staff" || l.a.Knew.Sub(det.Last(l.loc)) <= 24*time.Hour {
		return false
	}
	d := lintStamp(det.At.In(l.loc), det.Precision)
	k := lintStamp(l.a.Knew.In(l.loc), l.a.KnewPrecision)
	what := rules.Text{JA: "書類・記録媒体等の所在が分からなくなっていること", EN: "the papers or media were missing"}
	told := rules.Text{JA: "所在不明の連絡を受け、又はそれに気付いた時点", EN: "the moment the company was told, or noticed, that it was missing"}
	if l.inc.Cause.Kind == incident.CauseTheft {
		what = rules.Text{JA: "書類・記録媒体等が盗まれたこと", EN: "the papers or media had been stolen"}
		told = rules.Text{JA: "盗難の連絡を受け、又はそれに気付いた時点", EN: "the moment the company was told, or noticed, that it was stolen"}
	}
	why := rules.Text{JA: "「知った時とした理由」に記録してください。", EN: "record the reason in the facts (\"why this is when we knew\")."}
	if strings.TrimSpace(l.inc.AwareWhy.Text) != "" {
		why = rules.Text{JA: "「知った時とした理由」の記載がその判断に足りるか確かめてください。", EN: "check that the reason recorded in the facts (\"why this is when we knew\") supports that decision."}
	}
	early := rules.Text{}
	if countedEarly(l.a.Jurisdictions[jp]) {
		early = rules.Text{JA: "検知から数えた期限は評価の画面に示されています。", EN: " The assessment shows the deadlines counted from the detection."}
	}
	l.add(CodeMissingBeforeKnowing, SeverityWarning, "", "", txt(
		"検知（"+d.JA+"）の時点で"+what.JA+"が分かっていましたが、知った時は"+k.JA+"とされています。漏えい等の報告の期限は漏えいのおそれを知った時から数えるため、"+told.JA+"で漏えいのおそれがあると解される可能性があります。後の時点（捜索を終えて紛失と判断した時、記録されていた内容を確かめた時など）を知った時とする扱いが認められるかは、このツールでは確かめられていません。法務担当者等と判断し、"+why.JA+early.JA,
		"At the detection ("+d.EN+") it was known that "+what.EN+", but the time of knowing is "+k.EN+". Japan's report deadlines run from knowing of a breach that may have occurred: the papers or media may be taken as a possible leak from "+told.EN+". Whether a later instant (the search given up and the loss confirmed, the contents established) may be taken instead is not settled in this tool. Decide with counsel, and "+why.EN+early.EN))
	return true
}

// countedEarly: some duty of j has its deadline also counted from the
// first detection (the assessment shows it beside the one from knowing).
func countedEarly(j assess.Jurisdiction) bool {
	return slices.ContainsFunc(j.Obligations, func(ob assess.Obligation) bool { return ob.Early != nil })
}

// forNotice: the obligation id of j is done only by an announcement that
// stands for the notice (rules.Obligation.ForNotice).
func forNotice(j *rules.Jurisdiction, id string) bool {
	for _, o := range j.Obligations {
		if o.ID == id {
			return o.ForNotice
		}
	}
	return false
}

// alternativeUnanswered names the announcement the alternative measure to
// the notice is credited to when nobody said whether it told the persons
// of their data (CodeAlternativeUnanswered): one that spoke only of an
// outage or an attack is no publication in place of the notice (General
// Guidelines 3-5-4-5), and the tool cannot tell the two apart.
func (l *linter) alternativeUnanswered() {
	if l.rs == nil {
		return
	}
	for _, j := range l.a.Jurisdictions {
		rj := l.rs.Jurisdiction(j.ID)
		for _, o := range j.Obligations {
			if o.DoneBy == "" || rj == nil || !forNotice(rj, o.ID) {
				continue
			}
			e, ok := l.inc.Event(o.DoneBy)
			if !ok || e.Kind != incident.EvPublic || e.ForNotice != incident.Unknown {
				continue
			}
			dayJA, dayEN := "日付のない公表", "an undated announcement"
			if e.Dated() {
				day := e.At.In(l.loc).Format("2006-01-02")
				dayJA, dayEN = day+"の公表", "the announcement of "+day
			}
			l.add(CodeAlternativeUnanswered, SeverityInfo, "", "", txt(
				"個別に通知できない本人への代替措置（公表）は、出来事「"+e.ID+"」（"+dayJA+"）で実施済みと判定しています。この公表で本人のどの情報が対象かを示し、問合せ窓口を案内したなら、経過の画面でこの公表の「本人への通知に代わるもの」を「はい」に、障害や攻撃を知らせただけで本人の情報に触れていないなら「いいえ」にしてください。「いいえ」の公表は代替措置として扱いません。",
				"The alternative measure (publication) for the persons who cannot be told individually is judged done by event \""+e.ID+"\" ("+dayEN+"). If that announcement said which of the persons' data was involved and gave a desk to ask, answer \"yes\" to \"stands as the notice to the persons\" on the timeline; if it only told of an outage or an attack, answer \"no\": an announcement answered \"no\" is not taken as the alternative measure."))
		}
	}
}

// foundLaterNamed: a document dated before a set's Found day that names the
// set by the head of its name (setHead) names what nobody knew on its day
// (CodeFoundLaterNamed, warning, once per set and document). A head that is
// also in the name of a set known by the document's day says nothing of
// the later one and is not looked for.
func (l *linter) foundLaterNamed(d Document) {
	if d.Date.IsZero() {
		return
	}
	day := incident.DateOf(d.Date.In(l.loc))
	var known []string
	for _, s := range l.inc.DataSets {
		if s.Found == "" || s.Found.OnOrBefore(day) {
			known = append(known, s.Name)
		}
	}
	for _, s := range l.inc.DataSets {
		if s.Found == "" || s.Found.OnOrBefore(day) {
			continue
		}
		head := setHead(s.Name)
		if head == "" || slices.ContainsFunc(known, func(n string) bool { return strings.Contains(n, head) }) {
			continue
		}
		for _, sec := range d.Sections {
			i := slices.IndexFunc(sec.Paras, func(pr Paragraph) bool { return strings.Contains(pr.Text, head) })
			if i < 0 {
				continue
			}
			how := txt("概要、原因（本人・公表向け）、原因の説明、発覚の経緯、発覚後の対応なら、その「時点（日付）」に判明の日を入れると、それより前の文書にはその日の事実から作った文が載ります（発覚後の対応は載りません）。",
				"For a summary, the cause for the persons, the description of the cause, how it was discovered or the response, enter the day it is true for (\"As of\"): documents dated before it then give the text their own day's facts make (the response is left out).")
			if desk := strings.TrimSpace(l.inc.Contact.Name); desk != "" && strings.Contains(desk, head) && strings.Contains(sec.Paras[i].Text, desk) {
				// The desk's name has no day (no history of desks is kept,
				// F1360): the paragraph's own edit gives this document the
				// desk of its day.
				how = txt("問合せ窓口の名称は日付を持たず、どの日の文書にも今の名称が載ります。この文書では、この段落を編集して、この日の窓口の名称に書き直してください。",
					"The desk's name has no day: every document prints today's. In this document, edit this paragraph to the desk's name on its day.")
			}
			l.add(CodeFoundLaterNamed, SeverityWarning, d.ID, sec.Paras[i].ID, txt(
				"この文書の日付（"+string(day)+"）は、データセット「"+s.Name+"」が本件の対象と判明した日（"+string(s.Found)+"）より前ですが、「"+head+"」とあります。後から書いた文をこの時点の文書に載せていないか確認し、この日に分かっていたことに書き直すか、削除してください。"+how.JA,
				"This document is dated "+string(day)+", before the data set \""+s.Name+"\" was found to be part of the case ("+string(s.Found)+"), yet it says \""+head+"\". Check whether a text written later is printed in it, and rewrite it to what was known on its day or leave it out. "+how.EN))
			return
		}
	}
}

// foundAfterPeriod: a notice or announcement to the readers of a set
// found after the incident's period ended (periodEnd) prints that period's
// end (CodeFoundAfterPeriod, warning, once per document, at the first
// paragraph giving that day): the set's own period and takedown are not the
// incident's, and no field holds them. Only where data lay open by what
// the organisation published or set (a file put online, a setting left
// open, an outside service): each file or setting has its own period, and
// taking down one leaves another up (165). An intrusion, a malware or a
// defect is one period for every set on the systems it reached, a set
// found later among the data taken included (27, 132: the school's data
// found on the leak site). A document dated before the set was found is
// foundLaterNamed's.
func (l *linter) foundAfterPeriod(d Document) {
	if d.Kind != KindNotice && d.Kind != KindPublic || d.Date.IsZero() {
		return
	}
	switch l.inc.Cause.Kind {
	case incident.CauseMispublication, incident.CauseMisconfiguration, incident.CauseOutsideService:
	default:
		return
	}
	end, ok := periodEnd(l.inc)
	if !ok {
		return
	}
	day := incident.DateOf(d.Date.In(l.loc))
	for _, id := range l.noticeSets(d) {
		s, ok := l.inc.DataSet(id)
		if !ok || s.Found == "" || s.Found.OnOrBefore(end) || !s.Found.OnOrBefore(day) || ownContainment(l.inc, id) {
			continue
		}
		for _, sec := range d.Sections {
			i := slices.IndexFunc(sec.Paras, func(pr Paragraph) bool {
				return strings.Contains(pr.Text, dayJA(end)) || strings.Contains(pr.Text, dayEN(end))
			})
			if i < 0 {
				continue
			}
			if !s.OwnExposure().Empty() {
				// Its own period is entered and told; what still carries
				// the case's end is a measure's day (the take-down).
				l.add(CodeFoundAfterPeriod, SeverityWarning, d.ID, sec.Paras[i].ID, txt(
					"データセット「"+s.Name+"」には本件と別の期間（"+windowJA(s.OwnExposure())+"）が入力されていますが、この段落は本件の当初の日（"+dayJA(end)+"）を伝えています。このデータセットの情報の取り下げ等の対応が別の日であれば、この段落を書き直してください。",
					"The data set \""+s.Name+"\" has a period of its own ("+windowEN(s.OwnExposure())+"), yet this paragraph tells the case's first end ("+dayEN(end)+"). If that set's data was taken down or otherwise dealt with on another day, rewrite this paragraph."))
				return
			}
			l.add(CodeFoundAfterPeriod, SeverityWarning, d.ID, sec.Paras[i].ID, txt(
				"データセット「"+s.Name+"」は、本件の期間が終わった日（"+dayJA(end)+"）より後の"+dayJA(s.Found)+"に本件の対象と判明しましたが、この文書が伝える期間と対応（"+dayJA(end)+"まで）は本件の当初のものです。このデータセットの情報が閲覧・取得できる状態にあった期間や、取り下げ等の対応の日は別の可能性があります。確かめて、この文書のその段落を書き直してください。",
				"The data set \""+s.Name+"\" was found to be part of the case on "+dayEN(s.Found)+", after the case's period ended ("+dayEN(end)+"), yet this document tells that period and its measures (until "+dayEN(end)+"). That set's data may have lain open for another period and been taken down on another day. Check, and rewrite that paragraph of this document."))
			return
		}
	}
}

// ownContainment: a dated containment is tied to the data set id
// (Event.Sets): the documents to its readers tell that one (165: the
// petitioners' file taken down on 5/7), not the case's first.
func ownContainment(inc *incident.Incident, id string) bool {
	return slices.ContainsFunc(inc.Events, func(e incident.Event) bool {
		return e.Kind == incident.EvContained && e.Dated() && !e.Planned && slices.Contains(e.Sets, id)
	})
}

// periodEnd is the last day of the incident's period as the documents tell
// it: the exposure window's end (ExposureWindow), else the day of the first
// containment; false when neither is known.
func periodEnd(inc *incident.Incident) (incident.Date, bool) {
	if w := inc.ExposureWindow(); w.To != "" {
		return w.To, true
	}
	if e, ok := inc.FirstEvent(incident.EvContained); ok && e.Dated() {
		return incident.DateOf(e.At.In(inc.Location())), true
	}
	return "", false
}

// setHead is the head of a set's name a text would name it by: the name up
// to its first 「の」, bracket, comma or 「・」 (「個別避難計画の対象者（令和6年度
// 作成分）」: 「個別避難計画」), when it is at least three characters (a
// word, not 「顧客」), or of two words at least in Latin letters (not
// "Members", which any document may say); "" otherwise.
func setHead(name string) string {
	name = strings.TrimSpace(name)
	if i := strings.IndexAny(name, "の（(、,・:："); i >= 0 {
		name = strings.TrimSpace(name[:i])
	}
	if utf8.RuneCountInString(name) < 3 || latinOnly(name) && len(strings.Fields(name)) < 2 {
		return ""
	}
	return name
}

// laterCountInText: a text the user wrote with no day of its own (the
// story's and the public summary, the harm note, the cause's description)
// states a count of persons first established after the document's date,
// and the document prints that text (CodeLaterCountInText, warning, once
// per text and document). Counts with no day (residence rows, items) are
// not compared: a day is what the check needs.
func (l *linter) laterCountInText(d Document) {
	if d.Date.IsZero() {
		return
	}
	day := incident.DateOf(d.Date.In(l.loc))
	texts := []struct {
		name rules.Text
		text string
		on   incident.Date
	}{
		{txt("概要（報告用）", "the summary (for the authorities)"), l.inc.Story.Summary, l.inc.Story.SummaryOn},
		{txt("概要（本人・公表向け）", "the summary (for the persons and the public)"), l.inc.Public.Summary, l.inc.Public.SummaryOn},
		{txt("二次被害の内容", "the secondary harm"), l.inc.Risk.SecondaryHarmNote, l.inc.Risk.SecondaryHarmNoteOn},
		{txt("原因の説明", "the description of the cause"), l.inc.Cause.Description, l.inc.Cause.DescriptionOn},
	}
	for _, t := range texts {
		head := []rune(strings.TrimSpace(t.text))
		if len(head) == 0 || t.on != "" {
			continue
		}
		head = head[:min(len(head), 20)]
		for _, g := range findFigures(t.text) {
			first := l.firstCountDay(g.n)
			if !g.persons || first == "" || first.OnOrBefore(day) {
				continue
			}
			printed := false
			for _, sec := range d.Sections {
				for _, pr := range sec.Paras {
					if strings.Contains(pr.Text, string(head)) {
						printed = true
					}
				}
			}
			if !printed {
				break
			}
			l.add(CodeLaterCountInText, SeverityWarning, d.ID, "", txt(
				"この文書の日付（"+string(day)+"）は、人数「"+g.text+"」が入力された日（"+string(first)+"）より前ですが、"+t.name.JA+"がこの人数を含んだまま載っています。後から書いた文なら、その「時点（日付）」を入れてください。それより前の文書には、その日の事実から作った文が載ります。",
				"This document is dated "+string(day)+", before the count '"+g.text+"' was entered ("+string(first)+"), yet "+t.name.EN+" is printed in it with that count. If the text was written later, enter the day it is true for (\"As of\"): documents dated before it then give the text their own day's facts make."))
			break
		}
	}
}

// firstCountDay is the first day n was a count of persons of the facts: a
// set's or the incident's revision, or the total on a revision's day; ""
// when n was one from the start (a revision with no day) or never.
func (l *linter) firstCountDay(n int64) incident.Date {
	var first incident.Date
	seen := func(on incident.Date) bool {
		if on == "" {
			return true
		}
		if first == "" || !first.OnOrBefore(on) {
			first = on
		}
		return false
	}
	revs := slices.Clone(l.inc.Persons)
	for _, s := range l.inc.DataSets {
		revs = append(revs, s.Persons...)
	}
	for _, r := range revs {
		if c := r.Count(); c.Known && c.N == n && seen(r.On) {
			return ""
		}
		if r.On != "" {
			if c, _ := l.inc.Total(r.On); c.Known && c.N == n && seen(r.On) {
				return ""
			}
		}
	}
	return first
}
