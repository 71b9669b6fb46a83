package draft

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// The data affected, as the Japanese documents tell it: the period, the
// items and persons of each data set, the persons who had left and the
// retention of their data.

// acquiring: the set's data was being typed in when it was taken (web
// skimming), not held: its persons are those who typed it in the period.
func (v *view) acquiring(s *setView) bool {
	return s.Acquiring == incident.Yes || s.Acquiring == incident.Unknown && v.cause() == incident.CauseWebSkimming
}

// periodJA tells the period the data lay open to the cause (the exposure
// window, else from the intrusion to the containment): for data being typed
// in (web skimming) it defines the persons (those who typed card data then);
// for data held, the data affected is not limited to it (the sets' own
// periods, or what the systems held then).
func (v *view) periodJA() string {
	s := v.periodSpanJA()
	if s != "" {
		s += v.setPeriodsJA()
	}
	return s + v.accessJA()
}

// setPeriodsJA tells each set's period when the document's sets lay open
// for different periods, one of them entered as its own (165: an
// announcement of two PDF files, one online five days, one five months):
// the period told before it is their span. "" else.
func (v *view) setPeriodsJA() string {
	if each := v.setPeriodListJA(); each != "" {
		return "データごとの期間は、" + each + "です。"
	}
	return ""
}

// setPeriodListJA lists setPeriods, 「名称：期間」 joined by 「、」; "" for none.
func (v *view) setPeriodListJA() string {
	var out []string
	for _, sp := range v.setPeriods() {
		out = append(out, v.setNameJA(sp.set)+"："+windowJA(sp.w))
	}
	return strings.Join(out, "、")
}

// setPeriod is a set of the document and the period its data lay open.
type setPeriod struct {
	set *setView
	w   incident.Window
}

// setPeriods are the document's sets with their periods, when a set has a
// period of its own (DataSet.Exposure, or its own posting and take-down:
// setCaseExposure) that is not every other's; none else, or when a set's
// period is not known (the case's not known either).
func (v *view) setPeriods() []setPeriod {
	sets := v.data()
	if len(sets) < 2 {
		return nil
	}
	var out []setPeriod
	differ := false
	for _, s := range sets {
		w := s.OwnExposure()
		if w.Empty() {
			base, ok := v.setCaseExposure(s.ID)
			if !ok {
				return nil
			}
			w = base
		}
		differ = differ || len(out) > 0 && w != out[0].w
		out = append(out, setPeriod{s, w})
	}
	if !differ {
		return nil
	}
	return out
}

// accessJA says that the logs kept show no one viewed the data, when every
// set of the document was checked and none did (DataSet.AccessSeen no),
// and that nothing can be told before the logs begin (80: a cloud setting
// open for ten years, the logs kept for the last months only). "" else.
func (v *view) accessJA() string {
	if sets, from := v.accessSeen(); len(sets) > 0 {
		// The logs show someone not entitled viewed or took the data (117:
		// downloads from unknown addresses in the 90 days the logs kept):
		// told, with what the logs cannot show.
		who := ""
		if len(sets) < len(v.data()) {
			who = v.whoJA(sets) + "については、"
		}
		s := who + "保存されているアクセス記録"
		if from != "" {
			s += "（" + dayJA(from) + "以降）"
		}
		what := "閲覧・取得"
		if viewedOnly(sets) {
			what = "閲覧" // a view counter is no taking (148, F953)
		}
		if v.insiderCause() {
			// Someone of the organisation (or of its contractor) with access
			// to the system used it outside the work (153: a mover who looked
			// up a customer's address to follow her; 109, 123): he was not
			// without access rights, he had no business reason.
			s += "により、業務上の必要のない" + what + "が確認されております"
		} else if v.inc.Cause.Kind == incident.CauseMispublication {
			// A file the organisation itself published (165: a PDF whose
			// masks came off; 148: a video on a public site): anyone could
			// open it, and 「権限のない者」 reads as an intrusion (F1249).
			s += "により、公開中に外部からの" + what + "が確認されております"
		} else {
			s += "により、権限のない者による" + what + "が確認されております"
		}
		if v.logsBeginLate(from, sets) {
			s += "。" + dayJA(from) + "より前については、記録がないため確認できません"
		}
		return s + "。"
	}
	from, ok := v.noAccessSeen()
	if !ok {
		return ""
	}
	if !v.possible() && !v.knownRecipients() {
		// The leak is established otherwise (150: the table offered for
		// sale matched the accounts): "no one's viewing confirmed" beside
		// 「漏えいしたことが判明」 reads as a denial. The logs did not show
		// it, and where they stop is said.
		s := "保存されているアクセス記録からは、この漏えいを確認できませんでした"
		if from != "" {
			s += "（" + dayJA(from) + "より前の記録はありません）"
		}
		return s + "。"
	}
	s := "保存されているアクセス記録の範囲では、第三者による閲覧は確認されておりません"
	if v.knownRecipients() {
		// The data went to a recipient the company identified, who saw it
		// (119: a subcontractor abroad keyed the forms): the logs speak of
		// anyone else (F555).
		s = "保存されているアクセス記録の範囲では、対象の情報が渡った相手以外の者による閲覧は確認されておりません"
	}
	if from != "" {
		s += "（" + dayJA(from) + "より前については、記録がないため確認できません）"
	}
	return s + "。"
}

// insiderCause: the cause is someone inside with access to the data who
// took or viewed it for no business reason (an employee, or one of the
// contractor's where the cause arose there).
func (v *view) insiderCause() bool {
	c := v.cause()
	return c == incident.CauseInsider || c == incident.CauseInsiderViewing
}

// accessSeen are the sets of the document whose logs show someone not
// entitled viewed or took the data (DataSet.AccessSeen yes), and the latest
// first day of their logs ("" when none gives one).
func (v *view) accessSeen() (sets []*setView, from incident.Date) {
	if leak, _, _ := v.kinds(); !leak {
		return nil, ""
	}
	for _, s := range v.data() {
		if s.AccessSeen != incident.Yes {
			continue
		}
		sets = append(sets, s)
		if s.LogsFrom != "" && (from == "" || !s.LogsFrom.OnOrBefore(from)) {
			from = s.LogsFrom
		}
	}
	return sets, from
}

// viewedOnly: the logs of every one of sets show its data viewed, and no
// more (DataSet.ViewedOnly).
func viewedOnly(sets []*setView) bool {
	for _, s := range sets {
		if !s.ViewedOnly() {
			return false
		}
	}
	return len(sets) > 0
}

// logsBeginLate: the logs, first kept on from, begin after the data of sets
// lay open (or when it lay open from is not known), so the time before them
// cannot be checked. The period is theirs (spanOf): a set with a period of
// its own is checked against it, not against another set's.
func (v *view) logsBeginLate(from incident.Date, sets []*setView) bool {
	if from == "" {
		return false
	}
	ids := make([]string, len(sets))
	for i, s := range sets {
		ids[i] = s.ID
	}
	w, ok := v.caseExposureOf(ids)
	w, ok = v.spanOf(ids, w, ok, v.setCaseExposure)
	return !ok || w.From == "" || !from.OnOrBefore(w.From)
}

// noAccessSeen: every affected set of the document answers that its logs
// show no access (AccessSeen no); from is the latest first day of their
// logs (what all of them cover), "" when none gives one.
func (v *view) noAccessSeen() (from incident.Date, ok bool) {
	sets := v.data()
	if len(sets) == 0 {
		return "", false
	}
	if leak, _, _ := v.kinds(); !leak {
		return "", false
	}
	for _, s := range sets {
		if s.AccessSeen != incident.No {
			return "", false
		}
		if s.LogsFrom != "" && (from == "" || !s.LogsFrom.OnOrBefore(from)) {
			from = s.LogsFrom
		}
	}
	return from, true
}

// periodSpanJA is the period the data lay open (periodJA without the logs).
func (v *view) periodSpanJA() string {
	if !v.cyber() && !v.openedOrTaken() && v.enteredWindow().Empty() {
		return ""
	}
	w, ok := v.exposure()
	if !ok {
		return ""
	}
	if v.stillMissing() {
		w.To = "" // 146: the tape was never found; the window's end was only when the carrier called
	}
	span := windowJA(w)
	if w.To == "" {
		span = dayJA(w.From) + "から現在まで" // still open, as far as the document knows
	} else if w.From == "" {
		// The end known, the start not (139: 「…期間は、2025年5月19日
		// までです」 read as a period with no start, F767).
		span += "（始まりの時期は調査中）"
	}
	var typed, held []*setView
	for _, s := range v.data() {
		if v.acquiring(s) {
			typed = append(typed, s)
		} else {
			held = append(held, s)
		}
	}
	est := ""
	if w.Approx {
		est = "（調査により推定した期間です）"
	}
	during := "の間に"
	if w.From != "" && w.From == w.To {
		during = "に" // one day: 「2025年6月19日に」
	}
	if len(typed) > 0 && len(held) == 0 {
		return "対象となるのは、" + span + est + during + "、" + v.weJA() + "のウェブサイトの決済画面でクレジットカード情報等を入力された" + v.you + "です。"
	}
	not := "ただし、対象となる情報は、この期間に" + v.weJA() + "がお預かりした情報に限られず、"
	hs := v.heldJA(held)
	if hs == "" {
		hs = "その時点で" + v.weJA() + "のシステムに保存されていた情報"
		if c := v.contractorJA(false); c != "" {
			hs = "その時点で" + c + "が保管していた情報"
		}
	}
	if len(typed) > 0 {
		var names []string
		for _, x := range held {
			names = append(names, v.setNameJA(x))
		}
		var typedNames []string
		for _, x := range typed {
			typedNames = append(typedNames, v.setNameJA(x))
		}
		return span + est + during + v.weJA() + "のウェブサイトの決済画面で入力された、" + strings.Join(typedNames, "及び") + "のクレジットカード情報等が対象となります。" +
			"また、" + strings.Join(names, "及び") + "の情報は、この期間に" + v.weJA() + "がお預かりしたものに限られず、" + hs + "です。"
	}
	what := "不正なアクセスが可能な状態にあった期間"
	switch v.cause() {
	case "":
		// No cause known: no access is asserted (F1041).
		what = "本件の対象となる期間"
		if v.inc.Cause.Kind == incident.CauseInsider {
			what = "漏えいした可能性のある期間" // an insider's taking not known yet (cause): no access, no taking named
		}
	case incident.CauseInsider:
		// From the first act to the containment: the taking may have
		// happened in it, not all through it (37: the employee left in
		// March, the access was cut in June).
		what = "持ち出しが行われた可能性のある期間"
		if v.insiderDestroyed() {
			what = "削除・破棄が行われた可能性のある期間" // nothing taken (173)
		}
		if v.lookedUpAndUsed() {
			what = "業務外の閲覧が行われた可能性のある期間"
		}
		if v.postedOnline() {
			// The data went on to the internet (a file-sharing program on
			// the PC it was taken to, an SNS post): the window is that of
			// its leaking, the taking may have come before (128, F668).
			// Confirmed, the leak is not hedged (status.hedged).
			what = "流出した期間"
			if v.possible() {
				what = "流出した可能性のある期間"
			}
		}
	case incident.CauseMisconfiguration, incident.CauseDefect:
		what = "外部から閲覧できる状態にあった期間"
		if v.sentOut() && v.cause() == incident.CauseDefect {
			what = "システムの不具合により情報が外部に送信されていた期間"
		} else if v.sentOut() {
			what = "誤った設定により情報が外部に送信されていた期間" // a tag sending to an ad platform (104)
		} else if v.shownToUsers() {
			what = "他の利用者の画面に表示されるおそれがあった期間" // a defect that showed one user's data to another (130, F665)
		} else if v.shownToStaff() {
			what = "業務上の必要のない" + v.staffJA() + "が閲覧できる状態にあった期間" // 137 (F770)
		} else if v.openToKnown() {
			what = "閲覧の権限のない方が閲覧できる状態にあった期間" // the service's other users (78, F279); a group company's staff (149)
		} else if v.harvested() {
			what = "第三者が不正に取得できる状態にあった期間" // 150
		}
	case incident.CauseMispublication:
		what = "閲覧の権限のない方が閲覧できる状態にあった期間" // a folder the pupils used (49)
		if v.postedOnline() {
			what = "インターネット上で閲覧できる状態にあった期間"
		}
	case incident.CauseInsiderViewing:
		what = "業務外の閲覧が行われた可能性のある期間"
	case incident.CauseOutsideService:
		// From the typing to the deletion: what the service kept, or
		// showed on the internet (71), in that time.
		what = "入力した情報が外部サービス上に保存されていた可能性のある期間"
		if v.postedOnline() {
			what = "入力した情報がインターネット上で閲覧できる状態にあった期間"
		}
	case incident.CauseLoss:
		// Papers or a medium out of anyone's hands: nothing lay open to
		// access (146: a tape lost by the carrier was 「不正なアクセスが可能な
		// 状態にあった期間」, F941).
		what = v.lostThingJA() + "の所在が分からなくなっていた期間"
		if v.stillMissing() {
			what = v.lostThingJA() + "の所在が分からなくなっている期間"
		}
	case incident.CauseTheft:
		what = "盗難により" + v.lostThingJA() + "が第三者の手にあった期間"
		if v.stillMissing() {
			what = "盗難により" + v.lostThingJA() + "が第三者の手にある期間"
		}
	case incident.CauseMalware:
		what = "ウイルスに感染していた可能性のある期間" // from the infection to the isolation (45)
	case incident.CauseCredentialStuffing:
		// The accounts were logged into, not the systems opened (57, F176).
		what = "不正ログインが行われた可能性のある期間"
	case incident.CauseMisdelivery:
		// Mail forwarded for months to a mistyped domain (68): nothing was
		// open to access; what went is what was sent in the period.
		what = map[string]string{"email": "誤った宛先にメールが送信されていた期間", "fax": "誤った番号にFAXが送信されていた期間",
			"message": "誤った宛先にメッセージが配信されていた期間"}[v.misdeliveryBy()]
		if v.addressesShown() {
			what = "受信者同士でメールアドレスが見える状態でメールが送信されていた期間"
		}
		if what == "" {
			what = "誤った宛先に書類が送付されていた期間"
		}
	}
	s := what + "は、" + span
	if w.From != "" && w.From == w.To {
		s += "の1日" // 「…期間は、2025年7月14日の1日と推定しております」, not 「期間は、2025年7月14日」 (134)
	}
	if w.Approx {
		s += "と推定しております。"
	} else {
		s += "です。"
	}
	if _, none := v.ruledOut(); none || heldSinceWindow(held, w) {
		return s // nothing was held from before the window: "not limited to it" would be false
	}
	if v.narrowTaking() && v.heldJA(held) == "" {
		// What a file held or an insider took is what the data sets say:
		// "what our systems held at the time" would widen one file or one
		// photographed slip to everything the company keeps (47, 48, 49).
		return s
	}
	if v.systemFault() && v.enteredWindow().Empty() && v.heldJA(held) == "" {
		// A period read from the timeline (the setting went wrong, then was
		// fixed): what could be viewed is what the system held while the
		// setting was wrong (36: years of requests; 35: a form's answers,
		// all given after it opened, so "not limited to what was received
		// in the period" would mislead). A window the user entered keeps
		// the sentence below (22).
		if v.sentOut() {
			return s + "対象となる情報は、この間に送信された情報です。" // not what the systems held (104)
		}
		if v.imagesOnly() {
			// Cameras: what could be seen was their live images and the
			// recordings kept at each moment, not years of stored data
			// (86: cameras open for seven years kept 14 days; F338).
			return s + "対象となる情報は、この間のカメラの映像（ライブ映像及びその時点で保存されていた録画）です。"
		}
		if c := v.contractorJA(false); c != "" {
			return s + "対象となる情報は、この間に" + c + "が保管していた情報です。"
		}
		return s + "対象となる情報は、この間に" + v.weJA() + "のシステムに保存されていた情報です。"
	}
	if heldBeforeWindow(held, w) {
		return s + "対象となる情報は、" + hs + "です。"
	}
	return s + not + hs + "です。"
}

// openedOrTaken: a cause that is not an attack from outside but still has
// a period the data lay open (a setting, a file put where others could see
// it) or may have been taken (an insider).
func (v *view) openedOrTaken() bool {
	switch v.cause() {
	case incident.CauseInsider, incident.CauseInsiderViewing, incident.CauseMisconfiguration, incident.CauseDefect, incident.CauseMispublication, incident.CauseOutsideService:
		return true
	}
	return false
}

// narrowTaking: the cause reached only what the data sets describe, not
// whatever the systems held: a file published or shared by mistake, data
// an insider took, accounts logged into with stolen passwords (what each
// account shows, 57).
func (v *view) narrowTaking() bool {
	switch v.cause() {
	case incident.CauseMispublication, incident.CauseOutsideService, incident.CauseInsider, incident.CauseInsiderViewing, incident.CauseCredentialStuffing, incident.CauseMisdelivery:
		return true
	}
	// Data shown only on the service's other users' screens (F665) is what
	// the fault put there, as the sets describe it, not whatever the
	// systems held (130: a cache that showed titles and billing pages, F721).
	return v.shownToUsers()
}

// exposure is the period the data lay open to the cause: as the user
// entered it, else from the first act to its end on the timeline; false
// when neither is recorded. A set of the document's readers with a period
// of its own makes it the span of theirs (ownSpan).
func (v *view) exposure() (incident.Window, bool) {
	w, ok := v.caseExposure()
	return v.ownSpan(w, ok)
}

// caseExposure is exposure for the incident as a whole, the sets' own
// periods aside, its events those of the document's sets (first).
func (v *view) caseExposure() (incident.Window, bool) {
	return v.caseExposureOf(v.readerSets())
}

// caseExposureOf is caseExposure read from the events of the data sets ids
// (firstOf): one set's own posting and take-down, when tied to it, make its
// period (165: the appellant's file, 4/23 to 4/28, beside the petitioners'
// of December to May in an announcement of both).
func (v *view) caseExposureOf(ids []string) (incident.Window, bool) {
	if w := v.inc.ExposureWindow(); !w.Empty() {
		return w, true
	}
	in, ok := v.firstOf(incident.EvIntrusion, ids)
	if !ok {
		return incident.Window{}, false
	}
	if v.cause() == incident.CauseCredentialStuffing {
		// The same IDs and passwords log in until they are reset: blocking
		// the attack's addresses or stopping payments ends the misuse seen,
		// not the logins (F176). No reset recorded: the period is open.
		w := v.inferredWindow(in, in)
		w.To = ""
		if at, ok := v.passwordsReset(); ok && at.After(in.At) {
			w.To = incident.DateOf(at.In(v.loc))
		}
		return w, true
	}
	end, ok := v.firstOf(incident.EvContained, ids)
	if !ok || !end.At.After(in.At) {
		return incident.Window{}, false
	}
	return v.inferredWindow(in, end), true
}

// setCaseExposure is caseExposureOf the one set id: what stands for its
// period when it has none of its own.
func (v *view) setCaseExposure(id string) (incident.Window, bool) {
	return v.caseExposureOf([]string{id})
}

// enteredWindow is the period the data lay open as the user entered it
// (none read from the timeline): the incident's, or the span of the
// readers' own periods (ownSpan).
func (v *view) enteredWindow() incident.Window {
	w := v.inc.ExposureWindow()
	w, _ = v.spanOf(v.readerSets(), w, !w.Empty(), func(string) (incident.Window, bool) { return w, !w.Empty() })
	return w
}

// ownSpan is the period told to the document's readers when a set of
// theirs has a period of its own (DataSet.Exposure: 165's petitioners'
// document, online from December to May beside a file of five days in
// April): the span of their periods, the case's as told for that set
// (setCaseExposure: its own posting and take-down, when tied to it)
// standing for a set without one. Else, or when such a set has nothing to
// stand for it (the case's period not known), the case's (w, ok).
func (v *view) ownSpan(w incident.Window, ok bool) (incident.Window, bool) {
	return v.spanOf(v.readerSets(), w, ok, v.setCaseExposure)
}

// spanOf is ownSpan for the sets ids, stand giving the period of a set
// without its own.
func (v *view) spanOf(ids []string, w incident.Window, ok bool, stand func(id string) (incident.Window, bool)) (incident.Window, bool) {
	var span incident.Window
	own, first := false, true
	for _, id := range ids {
		d, found := v.inc.DataSet(id)
		if !found {
			continue
		}
		x := d.OwnExposure()
		if !x.Empty() {
			own = true
		} else if sx, sok := stand(id); !sok {
			return w, ok
		} else {
			x, own = sx, own || sx != w // its own posting and take-down (setCaseExposure)
		}
		if first {
			span, first = x, false
			continue
		}
		span = widen(span, x)
	}
	if !own {
		return w, ok
	}
	return span, true
}

// widen is the span of two periods; a start or an end not known ("") in
// either is not known in the span (an end not known: still open).
func widen(a, b incident.Window) incident.Window {
	w := incident.Window{Approx: a.Approx || b.Approx}
	if a.From != "" && b.From != "" {
		w.From = a.From
		if b.From.OnOrBefore(a.From) {
			w.From = b.From
		}
	}
	if a.To != "" && b.To != "" {
		w.To = a.To
		if a.To.OnOrBefore(b.To) {
			w.To = b.To
		}
	}
	return w
}

// passwordsReset is when the passwords were reset, as recorded: the step
// marked done (its time), or the earliest dated event recorded as doing it.
func (v *view) passwordsReset() (time.Time, bool) {
	const step = "pb.password.reset"
	var at time.Time
	if st, ok := v.inc.Steps[step]; ok && st.Status == incident.StepDone && st.DoneAt != nil {
		at = *st.DoneAt
	}
	for _, e := range v.inc.Events {
		if e.Step == step && !e.Planned && e.Dated() && (at.IsZero() || e.At.Before(at)) {
			at = e.At
		}
	}
	return at, !at.IsZero()
}

// addressesShown: mails went to the right recipients with their addresses
// visible to one another (the BCC a sender forgot, or a forced-BCC system
// that stopped: 31, 141): a misdelivery by e-mail whose cause says so and
// whose only items are the addresses and the names they show. Nothing went
// to a wrong address (141 was told 「誤った宛先にメールが送信されていた期間」,
// F863).
func (v *view) addressesShown() bool {
	if v.cause() != incident.CauseMisdelivery || v.misdeliveryBy() != "email" {
		return false
	}
	d := strings.ToLower(v.inc.Cause.Description)
	if !strings.Contains(d, "bcc") && !strings.Contains(d, "ｂｃｃ") && !strings.Contains(d, "受信者同士") && !strings.Contains(d, "宛先欄") {
		return false
	}
	cs := v.categoriesOf()
	return len(cs) > 0 && !slices.ContainsFunc(cs, func(c incident.Category) bool { return c.ID != "email" && c.ID != "name" })
}

// sendingLasted: the wrong sending went on over a period the user entered
// as the exposure (an automatic forwarding to a mistyped domain, 68), not a
// single mail or letter: its containment stopped the sending.
func (v *view) sendingLasted() bool {
	return v.cause() == incident.CauseMisdelivery && v.inc.ExposureLasted()
}

// inferredWindow is the period from the first act (in) to the containment
// (end), its start known only as well as the event says: a start known to
// the month is 「2025年2月」, not the 1st of the month (37), and a start not
// known to the day makes the period an estimate.
func (v *view) inferredWindow(in, end incident.Event) incident.Window {
	from := incident.DateOf(in.At.In(v.eventLoc(in)))
	switch in.Precision {
	case incident.Month:
		from = from[:7]
	case incident.Year:
		from = from[:4]
	}
	return incident.Window{From: from, To: incident.DateOf(end.At.In(v.eventLoc(end))), Approx: in.Precision != incident.Exact && in.Precision != incident.Day}
}

// heldBeforeWindow reports whether every set of held says its data was all
// received before the window opened (users registered up to July, a
// database exposed in October): the data is then not "not limited to what
// was received in the window", since none of it was; it is what the sets'
// periods say.
func heldBeforeWindow(held []*setView, w incident.Window) bool {
	if len(held) == 0 || w.From == "" {
		return false
	}
	for _, s := range held {
		if s.Held.To == "" || w.From.OnOrBefore(s.Held.To) {
			return false
		}
	}
	return true
}

// heldSinceWindow reports whether every set of held says it covers only data
// taken from the window's start on (a shared folder whose files were all
// made after it was opened): the data is then what was received in the
// window, and a document must not say it is "not limited to" that.
func heldSinceWindow(held []*setView, w incident.Window) bool {
	if len(held) == 0 || w.From == "" {
		return false
	}
	for _, s := range held {
		if s.Held.From == "" {
			return false
		}
		if len(s.Held.From) == 4 && s.Held.From.Year() == w.From.Year() {
			// Known only to the year the window starts in: as far as the
			// company knows, nothing was held from before the window
			// ("from 2003" against a window from April 2003), and "not
			// limited to the period, but since 2003" would say nothing.
			continue
		}
		if len(s.Held.From) == 7 && strings.HasPrefix(string(w.From), string(s.Held.From)) {
			// Known only to the month the window starts in, as the year
			// above (148: a video held "from 2025-11", published on 28
			// November, was 「この期間に…お預かりした情報に限られず、2025年
			// 11月から…お預かりした情報です」, F943).
			continue
		}
		if !w.From.OnOrBefore(s.Held.From) {
			return false
		}
	}
	return true
}

// heldJA names the periods the sets cover: "2005年以降に当社がお預かりした会員の情報".
func (v *view) heldJA(sets []*setView) string {
	var out []string
	for _, s := range sets {
		if w := windowJA(s.Held); w != "" {
			n := "情報"
			if len(sets) > 1 || v.several() || v.reader != nil && len(v.data()) > 1 {
				n = v.setNameJA(s) + "の情報"
			}
			out = append(out, w+"に"+v.weJA()+"がお預かりした"+n)
		}
	}
	return strings.Join(out, "、")
}

// dataJA lists the affected items and the number of persons, for a notice or
// an announcement: to the persons of one set, what of theirs was affected
// (with the data of the set they are part of), what was not, and that a part
// of them had more affected; for everyone, set by set. Before the company
// knew (a document dated before a knowing recorded later: knowsLater),
// no item is listed: the items have no day, and a statement of the 5th listed what was
// learnt on the 11th (145: payroll items down to tax numbers in the statement
// of the attack); the summary says the effect is being investigated.
func (v *view) dataJA() []para {
	if on, ok := v.ruledOut(); ok {
		return v.ruledOutDataJA(on)
	}
	if v.knowsLater() {
		return []para{p("items", "個人情報が含まれるかどうか、含まれる場合にどの情報かは、現在調査中です。判明し次第、お知らせいたします。")}
	}
	if v.kind == KindPublic && v.oneOnly() {
		told := "個別にお知らせいたします。"
		if _, ok := v.first(incident.EvNoticePersons); ok {
			told = "個別にお知らせしております。"
		}
		return []para{p("persons", "対象となる"+v.oneWhoseJA()+"は1名です。漏えいした情報の内容は、ご本人に"+told)}
	}
	if v.several() {
		return v.dataBySetJA()
	}
	cs := v.categoriesOf()
	persons, _ := v.persons()
	records, _ := v.records()
	var list []string
	for _, c := range cs {
		list = append(list, "・"+v.itemJA(c, persons))
	}
	items := "・現在調査中です。判明し次第、お知らせいたします。"
	if len(list) > 0 {
		items = strings.Join(list, "\n")
	}
	count := "対象となる" + v.whoseJA() + "は、" + personsJA(persons, incident.Count{}) + "です。"
	if v.reader != nil && v.reader.parent != nil {
		count = "対象となる" + v.whoseJA() + "は、" + v.setNameJA(v.reader.parent) + "のうち「" + v.setNameJA(v.reader) + "」に当たる" + personsJA(persons, incident.Count{}) + "です。"
	}
	if !persons.Known {
		count = "対象となる" + v.whoseJA() + "の数は、現在調査中です。"
		if records.Known {
			// The rows counted before the persons (90: three files, about
			// 420,000 rows, announced as 「約42万件」): the size known is told,
			// without a reason for the difference the tool does not have.
			count = "対象となる情報は延べ" + countJA(records) + "件です（件数と人数は数え方が異なります）。対象となる" + v.whoseJA() + "の人数は、現在調査中です。"
		}
	}
	if v.toOne() {
		count = ""
	}
	lead := v.affectedJA() + "情報は、次のとおりです。"
	if v.itemsVary() {
		lead = v.affectedJA() + "情報は、" + v.whoseJA() + "によって、次の項目の一部又は全部です。"
	}
	ps := []para{p("items", lead+"\n"+items), p("persons", count)}
	if records.Known && persons.Known && records.N != persons.N {
		// Why the figures differ (the same person in several records, records
		// of companies, one record for a family) is not a fact the tool has.
		line := "延べ件数は" + countJA(records) + "件です。件数と人数は数え方が異なるため、一致しません。"
		if records.N < persons.N {
			line = "記録の件数は" + countJA(records) + "件です。複数の方の情報を一つの記録に含むものがあるため、人数と一致しません。"
		}
		ps = append(ps, p("records", line))
	}
	sub := v.subsetsJA()
	ps = append(ps, p("subsets", sub))
	if ni := v.notInvolvedJA(); ni != "" {
		lead := "なお、"
		if sub != "" {
			lead = "また、"
		}
		whose := v.whoseJA() + "の情報"
		if v.reader != nil && len(v.sets) > 1 {
			whose = "このお知らせをお送りしている" + v.you + "の情報"
		}
		ps = append(ps, p("not-involved", lead+whose+"には、"+ni+"は含まれておりません。"))
	}
	ps = append(ps, v.formerJA()...)
	return ps
}

// dataBySetJA lists the items set by set, for everyone (an announcement).
func (v *view) dataBySetJA() []para {
	var blocks []string
	for _, s := range v.scope {
		head := "【" + v.setNameJA(s)
		if s.parent != nil && slices.Contains(v.scope, s.parent) {
			head = "【" + v.setNameJA(s.parent) + "のうち、" + v.setNameJA(s)
		}
		if s.persons.Known {
			head += "（" + countJA(s.persons) + "名）"
		}
		head += "】"
		items := v.itemsJA(v.ownItems(s), s.persons)
		inParent := s.parent != nil && slices.Contains(v.scope, s.parent)
		switch {
		case items == "" && inParent && len(s.Categories) > 0:
			// Every item of the part is among its set's (120: the members
			// whose purchases were misused had no item beyond the accounts
			// taken over, and read 「上記に加え、調査中です」).
			items = "上記と同じです（追加の項目はありません）。"
		case items == "":
			items = "調査中です。"
			if inParent {
				items = "上記に加え、" + items
			}
		case inParent:
			items = "上記に加え、" + items
		}
		status := ""
		if v.confirmedSets() != nil { // some confirmed, some only possible: say which
			if s.confirmed() {
				status = "（" + v.leakJA() + "を確認）"
			} else {
				status = "（" + v.leakJA() + "のおそれ）"
			}
		}
		blocks = append(blocks, head+status+"\n"+items)
	}
	persons, partial := v.persons()
	// The deceased are told apart from the total (110: 「合計約254名」 beside
	// the PPC's 231 living, with 23 former residents who had died): the
	// requests that follow speak to the living.
	var dead []*setView
	living := slices.DeleteFunc(slices.Clone(v.tops()), func(s *setView) bool {
		if s.Deceased == incident.Yes {
			dead = append(dead, s)
			return true
		}
		return false
	})
	if len(dead) > 0 && len(living) > 0 {
		persons, partial = sumOf(living, func(s *setView) incident.Count { return s.persons })
	}
	count := "対象となる方は、合計" + personsJA(persons, incident.Count{}) + "です。"
	switch {
	case !persons.Known:
		count = "対象となる方の数は、現在調査中です。"
	case partial:
		count = "対象となる方は、現時点で判明している分で" + personsJA(persons, incident.Count{}) + "です。" + v.uncountedJA() + "人数は引き続き調査しております。"
	}
	if d, _ := sumOf(dead, func(s *setView) incident.Count { return s.persons }); len(dead) > 0 && len(living) > 0 {
		n := ""
		if d.Known {
			n = "（" + personsJA(d, incident.Count{}) + "）"
		}
		count += "このほか、亡くなられた方" + n + "の情報が含まれております。"
	}
	ps := []para{
		p("items", v.affectedJA()+"情報は、対象となる方により異なり、次のとおりです。\n"+strings.Join(blocks, "\n")),
		p("persons", count),
	}
	if ni := v.notInvolvedJA(); ni != "" {
		ps = append(ps, p("not-involved", "なお、"+ni+"は含まれておりません。"))
	}
	ps = append(ps, v.formerJA()...)
	return ps
}

// uncountedJA names the sets whose persons are not counted yet, before
// 「人数は引き続き調査しております」: an announcement of 57 staff known and
// the customers seen on camera not countable said only 「現時点で判明している
// 分で57名です」, which the public reads as the case's size. "" when each
// set is counted (the whole is partial for another reason).
func (v *view) uncountedJA() string {
	var names []string
	for _, s := range v.tops() {
		if !s.persons.Known {
			names = append(names, v.setNameJA(s))
		}
	}
	if len(names) == 0 || len(names) == len(v.tops()) {
		return ""
	}
	return strings.Join(names, "、") + "の"
}

// subsetsJA tells the persons of a set that a part of them (the sets within
// it) had more data affected, and are told apart: "なお、会員の皆さまのうち一部の方
// （12,754名）については、上記に加え、クレジットカード番号…も対象となっております。該当する
// 方には、このお知らせとは別に、個別にご連絡いたします。".
func (v *view) subsetsJA() string {
	var out []string
	for _, sub := range v.readerSubsets() {
		s, extra := sub.set, sub.extra
		who := v.setNameJA(v.reader) + "のうち一部の方"
		if s.persons.Known {
			who += "（" + countJA(s.persons) + "名）"
		}
		told := "該当する方には、このお知らせとは別に、個別にご連絡いたします。"
		if e, ok := v.toldApart(s); ok {
			told = "該当する方には、" + v.evDateJA(e) + "に、このお知らせとは別に個別にご連絡いたしました。"
		}
		out = append(out, "なお、"+who+"については、上記に加え、"+v.itemsJA(extra, incident.Count{})+"も対象となっております。"+told)
	}
	return strings.Join(out, "")
}

// notInvolvedJA names what was not involved for the persons the document
// speaks of (notInvolved).
func (v *view) notInvolvedJA() string { return v.notInvolvedNamesJA(v.notInvolved()) }

// retention is, for a set with former persons, whether their data was kept
// past the company's own rule (assess.KeptPastRule, as the engine and the
// lint judge it, at the instant the company knew, or at the document's date
// while it has not), and how many years ago the earliest of them left.
func (v *view) retention(s *setView) (exceeded bool, ago int) {
	f := s.Former
	year := f.LeftFrom.Year()
	if f.Persons.Known && f.Persons.N == 0 || year == 0 {
		return false, 0
	}
	ref := v.date
	if k := v.knew(); k != nil {
		ref = *k
	}
	past, ok := assess.KeptPastRule(v.inc, s.DataSet, ref)
	return ok && past, ref.In(v.loc).Year() - year
}

// formerJA tells, for a notice, that persons who had left are among those
// affected and, when their data was kept past the company's own rule,
// apologises for keeping it.
func (v *view) formerJA() []para {
	var ps []para
	for _, s := range v.data() {
		f := s.Former
		if !f.HasLeft() {
			continue
		}
		word := v.formerWordJA(s)
		did, after := word+"された", word+"後"
		switch {
		case leftWordJA(s.DataSet) != "":
		case v.formerPatients(s):
			// A hospital's former patients finished their care (139: ten
			// years of patients told 「既に退会された方」, F764).
			did, after = "診療を終えた", "診療の終了後"
		case word == "退会" && strings.Contains(s.Name, "会員") && severalKindsJA(s.Name):
			// Guests and members in one set (138: 「宿泊者・会員」 told
			// 「既に退会された方」 of guests who never joined, F774).
			did, after = "ご利用を終了された", "ご利用の終了後"
		case word == "退会" && v.forPublicBody(s):
			// A public body's residents, taxpayers or recipients left
			// nothing: they moved, changed employer or ceased to receive
			// (25: a city's special-collection tax notices told
			// 「以降にご利用を終了された方」, F920).
			did, after = "該当しなくなった", "該当しなくなった後"
		case word == "退会" && !strings.Contains(s.Name, "会員"):
			// No word for what they did, and no members: buyers, guests or
			// an entrustor's cardholders never joined anything to leave
			// (25: 「2022年9月以降に退会された方」, F840). 退会 stays for a
			// set of members, as the name says.
			did, after = "ご利用を終了された", "ご利用の終了後"
		}
		if leftWordJA(s.DataSet) == "" && personKindJA(s.Name) == "保証人の皆さま" {
			// Guarantors joined nothing and left nothing: the guarantee
			// ended (142: 「既に退会された方」, F874).
			did, after = "保証契約が終了した", "保証契約の終了後"
		}
		who := "既に" + did + "方"
		if f.LeftFrom != "" {
			who = dayJA(f.LeftFrom) + "以降に" + did + "方"
		}
		if f.Persons.Known {
			who += "（" + countJA(f.Persons) + "名）"
		}
		what := "対象には、"
		if v.several() {
			what = v.setNameJA(s) + "には、"
		}
		txt := what + who + "の情報も含まれております。"
		if exceeded, _ := v.retention(s); exceeded {
			rule := v.weJA() + "の規程"
			if r := strings.TrimSpace(f.Rule); r != "" && !v.formal() {
				rule = v.weJA() + "の規程（" + r + "）"
			}
			limit := after + itoa(f.RetentionYears) + "年を経過した情報は"
			if f.RetentionYears == 0 {
				limit = "利用目的を達成した情報は速やかに"
			}
			txt += rule + "では、" + limit + "削除することとしておりましたが、削除されずに保存されておりました。本来削除すべき情報を保存していたために、" + did + "皆さまにもご迷惑とご心配をおかけすることとなりましたことを、深くお詫び申し上げます。"
		}
		ps = append(ps, p("former-"+s.ID, txt))
	}
	return ps
}

// forPublicBody: the set is a public body's: the organisation is one, or it
// holds the set for an entrustor entered as one (Party.OrgKind).
func (v *view) forPublicBody(s *setView) bool {
	if s.Role == incident.Processor {
		p, ok := v.inc.Party(s.Entrustor)
		return ok && p.OrgKind.IsPublic()
	}
	return v.inc.Org.Kind.IsPublic()
}

// severalKindsJA: a set's name names more than one kind of person, outside
// its brackets: 「宿泊者・会員（予約データベース）」, 「会員及び非会員の購入者」. What
// the former ones did (left a membership, ended a contract) is then not
// one thing, and the documents use neutral words. A name whose every part
// names members (「会員・元会員」) is one kind.
func severalKindsJA(name string) bool {
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch r {
		case '（', '(', '「', '【':
			depth++
		case '）', ')', '」', '】':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	parts := strings.FieldsFunc(strings.NewReplacer("及び", "・", "および", "・", "並びに", "・", "又は", "・", "または", "・", "、", "・", "と会員", "・会員").Replace(b.String()), func(r rune) bool { return r == '・' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !strings.Contains(p, "会員") || strings.Contains(p, "非会員") {
			return true
		}
	}
	return false
}

// formerPatients: the persons of s are a hospital's or a clinic's
// patients, whose former ones ended no contract or membership: their care
// ended (F764).
func (v *view) formerPatients(s *setView) bool {
	return strings.Contains(s.Name, "患者") || personKindJA(s.Name) == "" && v.inc.Org.Sector == "medical"
}

// leftWordJA is what the persons of d who left did, when the set's name or
// the company's rule says it (formerWordJA), or "".
func leftWordJA(d *incident.DataSet) string {
	for _, w := range []string{"応募", "解約", "退職", "卒業", "退会"} {
		if strings.Contains(d.Name+d.Former.Rule, w) {
			return w
		}
	}
	return ""
}

// formerWordJA is what the persons of s who left did, as the set's name or
// the company's rule says: 応募 (applicants, whose purpose ended with the
// selection), 解約 (a contract ended), 退職 (staff), 卒業 (a school's
// former pupils, 49), 退会; without a word
// there, 退職 in a notice to staff and 退会 otherwise.
func (v *view) formerWordJA(s *setView) string {
	if w := leftWordJA(s.DataSet); w != "" {
		return w
	}
	if strings.Contains(v.group, "従業員") || personKindJA(s.Name) == "従業員の皆さま" {
		return "退職" // a set of staff beside others (108: 「退会された方」 of former employees)
	}
	return "退会"
}

// stillMissing: lost or stolen papers or media that have not come back (no
// retrieval recorded, no set recovered): the period they are missing has no
// end, whatever end the user gave the window (146: the carrier's call).
func (v *view) stillMissing() bool {
	if v.cause() != incident.CauseLoss && v.cause() != incident.CauseTheft {
		return false
	}
	if r, back := v.first(incident.EvRetrieved); back && !v.retrievedElsewhere(r) {
		return false
	}
	for _, d := range v.inc.DataSets {
		if d.Recovered == incident.Yes {
			return false
		}
	}
	return true
}
