package draft

import (
	"strings"

	"breachdesk/app/incident"
)

// policeMemo is the memo a company brings to a police consultation: what it
// asks, the timeline, the damage, the method so far known (or, without an
// attack, how it happened), the evidence it keeps and whom to call. The
// evidence comes from the playbook step of preserving evidence when the user
// recorded it there.
func policeMemo(b *builder) {
	v := b.v
	b.doc.Title = "個人情報の漏えい等事案に関するご相談（事実関係の整理）"
	b.retitle = map[string]string{}
	if _, ok := v.policeBegan(); ok {
		b.doc.Title = "個人情報の漏えい等事案に関する事実関係の整理（捜査へのご協力）"
		b.retitle["summary"] = "1. 本書の趣旨"
	}
	b.section("header", p("p1", v.dateJA(v.date)+"\n"+v.policeDeskJA()+"相談者："+v.orgName()+"\n担当者："+v.personJA(v.inc.People.CISO, "担当者の氏名と連絡先")))
	what := v.weJA() + "において発生した"
	if c := v.contractorJA(true); c != "" {
		what = v.weJA() + "の" + c + "において発生した"
		if v.inc.Cause.AtCarrier() {
			what = v.weJA() + "が" + c + "において発生した" // 「当行が輸送を依頼した運送会社において」
		}
	}
	if c := v.causeBareJA(); c != "" {
		what += c + "に起因する"
	}
	what += "個人情報の" + v.leakJA()
	if v.possible() {
		what += "のおそれ"
	}
	if v.criminal() && v.inc.Risk.SecondaryHarm == incident.Yes {
		// What the police can act on is the misuse as much as the leak (57:
		// accounts taken over and used to buy goods with the users' cards).
		what += "及びこれに伴う二次被害"
	}
	ask := "について、ご相談いたしたく、事実関係を以下のとおり整理いたしました。"
	if v.criminal() {
		ask = "について、被害のご相談をいたしたく、事実関係を以下のとおり整理いたしました。"
	}
	if det, ok := v.policeBegan(); ok {
		// The police began the case: the memo answers them (16: the
		// police told a web shop its customers' cards were being misused).
		ask = "について、" + v.evDateJA(det) + "に警察からご連絡をいただきました。捜査へのご協力のため、事実関係を以下のとおり整理いたしました。"
	}
	if e, ok := v.policeByOther(); ok && !(v.criminal() && v.policeFiledJA() != "") {
		// Someone else went to the police (146: the carrier's 遺失届): the
		// memo cites it (F955); a 被害届 or 告訴 is cited below.
		ask += "なお、本件については、" + v.policeSentenceJA(e)
	}
	if v.criminal() {
		filed := "被害届の提出についても、ご相談させていただければ幸いです。"
		if f := v.policeFiledJA(); f != "" {
			filed = f // a 被害届 or 告訴 already made (by whom it was): not asked about again
		}
		ask += filed + v.weJA() + "は、捜査に全面的に協力いたします。"
	}
	b.section("summary", p("p1", what+ask))
	b.section("timeline", p("p1", v.orFill(v.timelineJA(), "時系列", "timeline")))
	b.section("damage", p("goods", v.goodsJA()), p("items", "対象となる個人情報の項目：\n"+v.itemsBySetJA()), p("persons", "対象となる本人の数：\n"+v.personsBySetJA()), p("harm", strings.Join(paraTexts(v.harmJA()[:1]), "")))
	method := v.causeDescription()
	label := "侵入・発端："
	if !v.cyber() {
		label = "発端："
	}
	if e, ok := v.first(incident.EvIntrusion); ok {
		if method != "" {
			method += "\n"
		}
		if s, ok := v.lostWhen(); ok && v.spanStart(e) {
			// The span it went missing in, not the last known
			// whereabouts as 「発端」 (F947, F983).
			method += "発生：" + v.occurredSpanJA(s) + "　" + v.intrusionJA()
		} else {
			method += label + v.evDateTimeJA(e) + "　" + v.intrusionJA()
		}
	}
	if !v.criminal() {
		b.retitle["method"] = "4. 発生の状況"
	} else {
		b.retitle["method"] = "4. 判明している手口"
	}
	b.section("method", p("p1", v.orFill(method, "判明している手口（侵入経路、使われた手段、不審な通信先等）", "method")))
	ev := v.orFill(v.evidenceJA(), "保全しているログ・端末・メール等の一覧と保全の方法", "evidence kept")
	if e, ok := v.forensicOf(); ok {
		who := "外部の専門機関"
		if v.forensicByContractor(e) {
			who = v.contractorJA(false)
		}
		s := who + "が調査を行っており、その調査資料を含みます。\n"
		if e.Dated() {
			s = v.evDateJA(e) + "から" + s
		}
		ev = s + ev
	}
	b.section("evidence", p("p1", ev))
	b.section("contact", p("p1", "連絡先："+v.personJA(v.inc.People.CISO, "担当者の氏名と連絡先")+"\n法務担当："+v.personJA(v.inc.People.Legal, "法務担当者の氏名と連絡先")))
}

// policeDeskJA is the memo's lines on the police consulted, each ending in a
// line break: where (a placeholder until entered) and whom, the first
// contact with the police on the timeline (a consultation, or the 遺失届 or
// 被害届 it filed) and the reference number given.
func (v *view) policeDeskJA() string {
	pd, ok := v.inc.Party(v.party)
	if !ok {
		pd = partyOf(v.inc, incident.PartyPolice)
	}
	where := "相談先の警察署"
	if v.cyber() {
		where = "相談先の警察署・都道府県警察のサイバー犯罪相談窓口"
	}
	s := "相談先：" + v.orFill(pd.Name, where, "police station or cyber crime unit")
	if c := strings.TrimSpace(pd.Contact); c != "" {
		s += "（ご担当：" + c + "）"
	}
	s += "\n"
	if e, ok := v.first(incident.EvPolice); ok {
		label := "初回のご相談"
		switch v.policeAct(e) {
		case "damage_report":
			label = "被害届の提出"
		case "complaint":
			label = "告訴"
		case "lost_property":
			label = "遺失届の提出"
		}
		if v.policeFiling(e) {
			label = "被害の届出"
		}
		if who := v.policeFilerJA(e.By); who != "" {
			label += "（" + who + "による）"
		}
		s += label + "：" + v.evDateJA(e) + "\n"
	}
	if r := strings.TrimSpace(pd.Reference); r != "" {
		s += "受理番号：" + r + "\n"
	}
	return s
}

// evidenceJA is what the user recorded as kept on the playbook step of
// preserving evidence (its evidence: the step's note is for the record only), or "".
func (v *view) evidenceJA() string {
	return strings.TrimSpace(v.inc.Steps["pb.evidence"].Evidence)
}

// policeMemoEN is policeMemo in English, for police abroad (88: a Thai
// subsidiary's ransomware, its memo to the Royal Thai Police drafted in
// Japanese only): what the company asks, the key dates, the data and
// persons, the method known, the evidence kept and whom to call. The
// company's own free texts go in only when written in Latin letters.
func policeMemoEN(b *builder) {
	v := b.v
	b.doc.Title = "Personal data incident: police consultation"
	if _, ok := v.policeBegan(); ok {
		b.doc.Title = "Personal data incident: the facts, for your investigation"
	}
	pd, ok := v.inc.Party(v.party)
	if !ok {
		pd = partyOf(v.inc, incident.PartyPolice)
	}
	to := v.fill("", "police station or cyber crime unit")
	if n := strings.TrimSpace(pd.Name); n != "" && !nonLatin(n) {
		to = strings.NewReplacer("（", " (", "）", ")").Replace(n) // "FBI（IC3）" typed with Japanese brackets
	}
	if c := strings.TrimSpace(pd.Contact); c != "" && !nonLatin(c) {
		to += " (attention: " + c + ")"
	}
	head := v.dateEN(v.date) + "\nTo: " + to + "\nFrom: " + v.orgName() + "\nContact: " + v.personEN(v.inc.People.CISO, "contact person and details")
	if e, ok := v.first(incident.EvPolice); ok {
		label := "First consulted"
		switch v.policeAct(e) {
		case "damage_report":
			label = "Report of the damage filed" // a 被害届, as the notices say it: no criminal complaint (151)
		case "complaint":
			label = "Complaint filed"
		case "lost_property":
			label = "Loss reported"
		}
		if v.policeFiling(e) {
			label = "Crime reported" // abroad: neither a 被害届 nor a "complaint" (F950)
		}
		head += "\n" + label + ": " + v.evDateEN(e)
	}
	if r := strings.TrimSpace(pd.Reference); r != "" {
		head += "\nYour reference: " + r
	}
	b.section("header", p("p1", head))
	what := "a leak of personal information"
	if v.possible() {
		what = "a possible leak of personal information"
	}
	if c := v.causeAtEN(); c != "" {
		what += " caused by " + c
	}
	s := "We would like to consult you about " + what + ". We have set out the facts below."
	if det, ok := v.policeBegan(); ok {
		s = capitalEN(v.onDateEN(det)) + ", the police contacted us about " + what + ". To assist the investigation, we have set out the facts below."
		if v.criminal() {
			if e, filed := v.complaintFiled(); filed && e.Dated() {
				s += " " + v.complaintFiledEN(e)
			}
			s += " We will cooperate fully with any investigation."
		}
	} else if v.criminal() {
		s = "We would like to report " + what + " and consult you about it. We have set out the facts below."
		if e, filed := v.complaintFiled(); filed && e.Dated() {
			s += " " + v.complaintFiledEN(e)
		} else {
			s += " We would also like to discuss how to report the crime formally." // not "a criminal complaint": abroad, a prosecutor's charging document (F1001)
		}
		s += " We will cooperate fully with any investigation."
	}
	if e, ok := v.policeByOther(); ok && e.Dated() && !(v.criminal() && v.complaintFiledDated()) {
		if _, began := v.policeBegan(); !began {
			s += " " + v.policeSentenceEN(e) // another's visit (F955)
		}
	}
	b.section("summary", p("p1", s))
	b.section("timeline", p("p1", v.orFill(v.keyDatesEN(), "時系列", "key dates")))
	b.section("damage",
		p("goods", v.goodsEN()),
		// With the persons an item concerns when it is only some of them,
		// as the notices say (151: medical records of 25,000 of 33,147).
		p("items", "Personal information involved: "+v.categoriesEN()+"."),
		p("persons", v.affectedCountEN()))
	method := englishText(v.causeDescription())
	b.section("method", p("p1", v.orFill(method, "判明している手口（英語）", "what is known of the method (entry point, tools used, suspicious addresses), in English")))
	ev := englishText(v.evidenceJA())
	b.section("evidence", p("p1", v.orFill(ev, "保全している資料（英語）", "the logs, devices and e-mails kept and how, in English")))
	b.section("contact", p("p1", "Contact: "+v.personEN(v.inc.People.CISO, "contact person and details")+"\nLegal: "+v.personEN(v.inc.People.Legal, "legal contact")))
}

// policeBegan is the detection that told the company of the case when the
// police told it (Event.Source "police"), dated: the memo then answers the
// police rather than opening a consultation.
func (v *view) policeBegan() (incident.Event, bool) {
	det, ok := v.trigger()
	if !ok || det.Source != "police" || !det.Dated() {
		return incident.Event{}, false
	}
	return det, true
}

// keyDatesEN lists the dated events a police officer asks for first, one a
// line: when it began, was detected, known, contained, investigated, and
// when the police and the authorities were told.
func (v *view) keyDatesEN() string {
	labels := map[incident.EventKind]string{
		incident.EvIntrusion: "first unauthorized act or cause", incident.EvDetected: "detected",
		incident.EvAware: "we learned that personal information was affected", incident.EvContained: "contained",
		incident.EvForensic: "forensic investigator engaged", incident.EvPolice: "police contacted",
		incident.EvReportPrelim: "reported to the data protection authority", incident.EvPublic: "public announcement",
		incident.EvNoticePersons: "affected persons notified", incident.EvTakedown: "deletion of the data asked",
		incident.EvPress: "reported in the press", incident.EvLastAct: "last unauthorized act found",
		incident.EvPosted: "the data found posted on the internet",
	}
	var lines []string
	for _, e := range v.timeline() {
		l, ok := labels[e.Kind]
		if !ok || e.Planned {
			continue
		}
		if e.Kind == incident.EvDetected {
			// Who told what, as the Japanese memo's lines (159: an internal
			// alert and a reporter's e-mail were both "detected").
			l = v.sourceEN(e)
		}
		if e.Kind == incident.EvForensic && v.forensicByContractor(e) {
			l = "investigation by " + v.contractorEN() + " began" // its own, not a firm we engaged
		}
		if e.Kind == incident.EvReportPrelim {
			// Each authority by its name: two filings on one day were two
			// identical lines (95: the OAIC and New Zealand's commissioner).
			l = "reported to " + v.reportedToEN(e)
		}
		lines = append(lines, "- "+v.evDateEN(e)+": "+l)
	}
	return strings.Join(lines, "\n")
}

// policeAbroad: the police memo is also drafted in English: the police
// party is named in Latin letters, or the organisation is established
// outside Japan only.
func policeAbroad(inc *incident.Incident) bool {
	if latinNamed(inc, incident.PartyPolice) {
		return true
	}
	es := inc.Org.Establishments
	for _, c := range es {
		if strings.EqualFold(strings.TrimSpace(c), "JP") {
			return false
		}
	}
	return len(es) > 0
}

// goodsJA asks, of a theft or a loss, for the things themselves: the
// police identify stolen or lost property by its kind, make, model and
// serial number, which the data items do not give (110: a PC and two
// files stolen with a cash box, the memo listing only the personal data).
// "" for other causes.
func (v *view) goodsJA() string {
	switch v.cause() {
	case incident.CauseTheft:
		return "被害品：" + v.fill("品名・メーカー・型番・製造番号・数量・特徴（書類は表題と冊数）、同時に被害に遭った現金・物品", "")
	case incident.CauseLoss:
		return "遺失物：" + v.fill("品名・メーカー・型番・製造番号・数量・特徴（書類は表題と冊数）、最後に所在を確認した日時と場所", "")
	}
	return ""
}

// goodsEN is goodsJA in English.
func (v *view) goodsEN() string {
	switch v.cause() {
	case incident.CauseTheft:
		return "Property stolen: " + v.fill("", "kind, make, model, serial number, quantity and features of each item (papers: title and number of files), and any cash or goods taken with them") + "."
	case incident.CauseLoss:
		return "Property lost: " + v.fill("", "kind, make, model, serial number, quantity and features of each item (papers: title and number of files), and when and where it was last seen") + "."
	}
	return ""
}

// policeByOther is the first police event made by someone other than the
// organisation (Event.By: its staff on their own, the entrustor, a
// processor), when the organisation went to the police on none.
func (v *view) policeByOther() (incident.Event, bool) {
	var other incident.Event
	found := false
	for _, e := range v.policeEvents() {
		if e.By == "" {
			return incident.Event{}, false
		}
		if !found {
			other, found = e, true
		}
	}
	return other, found
}

// complaintFiledEN tells the 被害届 or complaint already filed: "We filed a
// criminal complaint on …", by whoever filed it when someone else did, or
// for a filing abroad "We reported the crime on …".
func (v *view) complaintFiledEN(e incident.Event) string {
	switch {
	case e.By != "":
		return v.policeSentenceEN(e)
	case v.policeFiling(e):
		return "We reported the crime " + v.onDateEN(e) + "."
	}
	return "We " + filedEN(e) + " " + v.onDateEN(e) + "."
}

// complaintFiledDated: a dated 被害届 or complaint is recorded (the English
// memo tells it).
func (v *view) complaintFiledDated() bool {
	e, ok := v.complaintFiled()
	return ok && e.Dated()
}

// filedEN is what a police event that complaintFiled found was: a report
// of the damage (被害届) or a criminal complaint (告訴); the two are not
// the same act and the memo says which (151: a 被害届 told as "We filed a
// criminal complaint").
func filedEN(e incident.Event) string {
	if e.Police == "damage_report" {
		return "filed a report of the damage"
	}
	return "filed a criminal complaint"
}
