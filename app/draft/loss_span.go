package draft

import "breachdesk/app/incident"

// lossSpan is the span in which papers or media went missing, when the
// moment is not known: the first event is then the last moment their
// whereabouts were known, not the loss (146: the tape handed to the carrier
// at 15:10 was printed as 「発生日：2026年10月20日 15時10分」 and 「15時10分
// 委託先における書類・記録媒体等の紛失」; it went missing some time before the
// carrier's call the next morning, F947).
type lossSpan struct {
	start incident.Event // the first event: the last known whereabouts
	// end is the first sign they were gone (a detection, the contractor's
	// knowing, the knowing) when it fell on the window's last day, else
	// the zero event and endDay is that day.
	end    incident.Event
	endDay incident.Date
}

// lostWhen reads the span of a loss or theft: the exposure window entered
// runs from the day of the first event to a later day, no later than the
// day the papers or media were first found missing. Such a window cannot
// be the time they were missing (that lasted at least until they were
// found missing): it is the span in which they went missing. A retrieval
// on or before the window's end leaves the window as the time they were
// missing (found again the next day), and a window that goes on past the
// first sign of the loss is the time missing too (F941).
func (v *view) lostWhen() (lossSpan, bool) {
	if v.cause() != incident.CauseLoss && v.cause() != incident.CauseTheft {
		return lossSpan{}, false
	}
	w := v.inc.Exposure
	if len(w.From) != 10 || len(w.To) != 10 || w.To <= w.From {
		return lossSpan{}, false
	}
	start, ok := v.first(incident.EvIntrusion)
	if !ok || incident.DateOf(start.At.In(v.loc)) != w.From {
		return lossSpan{}, false
	}
	for _, r := range v.inc.EventsOf(incident.EvRetrieved) {
		if r.Dated() && incident.DateOf(r.At.In(v.loc)) <= w.To {
			return lossSpan{}, false
		}
	}
	var sign incident.Event
	for _, k := range []incident.EventKind{incident.EvDetected, incident.EvProcessorAware, incident.EvAware} {
		if e, ok := v.first(k); ok && e.At.After(start.At) && (!sign.Dated() || e.At.Before(sign.At)) {
			sign = e
		}
	}
	if k := v.knew(); k != nil && k.After(start.At) && (!sign.Dated() || k.Before(sign.At)) {
		sign = incident.Event{Kind: incident.EvAware, At: *k, Precision: v.a.KnewPrecision}
	}
	if !sign.Dated() {
		return lossSpan{}, false
	}
	day := incident.DateOf(sign.At.In(v.loc))
	if day < w.To {
		return lossSpan{}, false
	}
	s := lossSpan{start: start, endDay: w.To}
	if day == w.To {
		s.end = sign
	}
	return s, true
}

// lossWordJA is the word of the loss: 紛失, or 盗難.
func (v *view) lossWordJA() string {
	if v.cause() == incident.CauseTheft {
		return "盗難"
	}
	return "紛失"
}

// occurredSpanJA is the report's 発生日 of a loss whose moment is not known:
// 「2026年10月20日 15時10分から2026年10月21日 10時30分までの間（紛失の日時は
// 特定できていない）」.
func (v *view) occurredSpanJA(s lossSpan) string {
	end := dayJA(s.endDay)
	if s.end.Dated() {
		end = v.evDateTimeJA(s.end)
	}
	return v.evDateTimeJA(s.start) + "から" + end + "までの間（" + v.lossWordJA() + "の日時は特定できていない）"
}

// lastSeenJA is the first event of such a loss as a line of the steps.
func (v *view) lastSeenJA() string {
	return "書類・記録媒体等の所在を確認できた最後の時点（" + v.atJA(false) + v.lossWordJA() + "はこの後で、日時は特定できていない）"
}

// occurredSpanEN is the date of such a loss in an English notice.
func (v *view) occurredSpanEN(s lossSpan) string {
	end := dayEN(s.endDay)
	if s.end.Dated() {
		end = v.evDateEN(s.end)
	}
	what := "lost"
	if v.cause() == incident.CauseTheft {
		what = "stolen"
	}
	return "The documents or media were " + what + " at a time not yet established between " + v.evDateEN(s.start) + " and " + end + "."
}

// spanStart: e is the first event of a loss whose moment is not known.
func (v *view) spanStart(e incident.Event) bool {
	s, ok := v.lostWhen()
	return ok && s.start.ID == e.ID && s.start.At.Equal(e.At)
}
