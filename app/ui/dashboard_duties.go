package ui

import (
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The dashboard's duties: for each obligation instance (a jurisdiction's
// duty to one recipient), what the ledger records (decided, why, filed when,
// by whom, under which reference) beside the engine's verdict and the
// deadline. desk.Duties derives all of it; this only renders it.

// dutiesCard lists every duty with its record; a duty filed late or not
// decided near its deadline stands out (desk.DutyFlag).
func dutiesCard(l catalog.Lang, b *desk.Board) app.UI {
	ds := b.Duties()
	if len(ds) == 0 {
		return nil
	}
	loc, now := b.Incident.Location(), b.Now
	cls, severe := "bd-card", 0
	decided, filed, noReason := 0, 0, 0
	for _, d := range ds {
		if d.Severe() {
			severe++
		}
		if d.Decided {
			decided++
		}
		if d.Filings > 0 {
			filed++
		}
		if d.Has(desk.FlagNoReason) {
			noReason++
		}
	}
	if severe > 0 {
		cls += " bd-card-bad"
	}
	items := make([]app.UI, 0, len(ds))
	for _, d := range ds {
		items = append(items, dutyItem(l, d, loc, now))
	}
	return el("section#duties[aria-labelledby=duties-h]", "class", cls).Body(
		elt("h2#duties-h", catalog.T(l, "duty.title")),
		elt("p.bd-hint", catalog.T(l, "duty.lead")),
		app.If(severe > 0, func() app.UI {
			return elt("p#duties-attention.bd-problem", catalog.T(l, "duty.attention", severe))
		}),
		elt("p#ledger-counts", catalog.T(l, "ledger.dashCounts", len(ds), decided, filed, noReason)),
		el("ul.bd-duties").Body(items...),
		el("p").Body(elt("a", catalog.T(l, "duty.toLedger"), "href", incidentHref(PathLedger, b.Incident.ID))),
	)
}

// dutyItem is one duty: its name and recipient, then the engine's verdict,
// the deadline and the record, each labelled, then what makes it stand out.
func dutyItem(l catalog.Lang, d desk.Duty, loc *time.Location, now time.Time) app.UI {
	title, to := obligationName(l, d.LedgerRow)
	jur := d.Jur.ID
	if n := tx(l, d.Jur.Name); n != "" {
		jur = n
	}
	cls := "bd-duty"
	switch {
	case d.Severe():
		cls += " bd-duty-bad"
	case len(d.Flags) > 0:
		cls += " bd-duty-warn"
	}
	var verdict app.UI = el("span.bd-muted").Text(catalog.T(l, "ledger.orphan"))
	if !d.Orphan {
		verdict = el("span").Body(
			elt("span", catalog.T(l, "verdict."+string(d.Ob.Applies)), "class", "bd-verdict bd-verdict-"+string(d.Ob.Applies)),
			app.Text(" "),
			elt("span", catalog.T(l, "duty.clock", catalog.T(l, "state."+string(d.Ob.State))), "class", "bd-state bd-state-"+string(d.Ob.State)),
		)
	}
	flags := make([]app.UI, 0, len(d.Flags))
	for _, f := range d.Flags {
		c := "bd-duty-flag bd-warning-text"
		if f.Severe() {
			c = "bd-duty-flag bd-problem"
		}
		flags = append(flags, elt("li", flagMark(f)+dutyFlagText(l, d, f, loc, now), "class", c, "data-flag", string(f)))
	}
	return el("li", "class", cls, "data-duty", d.Key).Body(
		el("h3.bd-duty-name").Body(elt("span.bd-jur", jur), app.Text(" "+title)),
		app.If(to != "", func() app.UI { return elt("p.bd-muted.bd-duty-to", "→ "+to) }),
		el("dl.bd-duty-dl").Body(
			elt("dt", catalog.T(l, "duty.col.verdict")), el("dd.bd-duty-verdict").Body(verdict),
			elt("dt", catalog.T(l, "duty.col.due")), elt("dd.bd-duty-due", dutyDueText(l, d, loc, now)),
			elt("dt", catalog.T(l, "duty.col.record")), el("dd.bd-duty-record", "data-record", string(d.Record)).Body(
				elt("strong", catalog.T(l, "duty.record."+string(d.Record))),
				app.Text(dutyRecordDetail(l, d, loc, now)),
			),
		),
		app.If(len(flags) > 0, func() app.UI { return el("ul.bd-duty-flags").Body(flags...) }),
	)
}

// dutyDueText is the deadline and how far it is (or "no day count: 速やかに").
func dutyDueText(l catalog.Lang, d desk.Duty, loc *time.Location, now time.Time) string {
	if d.Orphan {
		return "—"
	}
	if d.Due == nil {
		if t := tx(l, d.Ob.DeadlineText); t != "" {
			return t
		}
		return catalog.T(l, "duty.noDue")
	}
	s := when(*d.Due, loc, now)
	if d.Ob.Limit == "target" {
		s += catalog.T(l, "due.target")
	}
	if !d.Ob.State.Settled() {
		s += catalog.T(l, "duty.paren", relative(l, *d.Due, now))
	}
	return s
}

// dutyRecordDetail is what follows the record's name: the filing (when, by
// whom, reference, how many more), else the decision (reason, who, when).
func dutyRecordDetail(l catalog.Lang, d desk.Duty, loc *time.Location, now time.Time) string {
	s := ""
	if d.Filings > 0 {
		f := d.Filing
		s = " " + catalog.T(l, "duty.filed", when(f.At, loc, now), orDash(f.By))
		if f.Reference != "" {
			s += " — " + catalog.T(l, "ledger.reference") + " " + f.Reference
		}
		if d.Filings > 1 {
			s += " " + catalog.T(l, "duty.moreFilings", d.Filings-1)
		}
	}
	if d.Decided {
		dec := d.Decision
		if d.Filings > 0 {
			s += " / " + catalog.T(l, "duty.decidedAs", catalog.T(l, "ledger.decision."+string(dec.Decision)))
		}
		s += reasonText(dec.Reason) + " — " + catalog.T(l, "ledger.by", dec.By, when(dec.At, loc, now))
	}
	return s
}

// dutyFlagText says why a duty stands out, with the instants it compares.
func dutyFlagText(l catalog.Lang, d desk.Duty, f desk.DutyFlag, loc *time.Location, now time.Time) string {
	ob := d.Ob
	switch f {
	case desk.FlagFiledLate:
		at := d.Filing.At
		if d.Filings == 0 && ob.DoneAt != nil {
			at = *ob.DoneAt
		}
		if ob.Due != nil {
			return catalog.T(l, "duty.flag.filed_late", when(*ob.Due, loc, now), span(l, at.Sub(*ob.Due)))
		}
	case desk.FlagLateFromDetection:
		if ob.Early != nil {
			return catalog.T(l, "duty.flag.late_from_detection", when(ob.Early.StartAt, loc, now), when(ob.Early.Due, loc, now))
		}
	case desk.FlagUndecided:
		if d.Due != nil && now.After(*d.Due) {
			return catalog.T(l, "duty.flag.undecidedPast", when(*d.Due, loc, now), span(l, now.Sub(*d.Due)))
		}
		if d.Due != nil {
			return catalog.T(l, "duty.flag.undecided", when(*d.Due, loc, now), span(l, d.Due.Sub(now)))
		}
	case desk.FlagNotFiled:
		if ob.Due != nil {
			return catalog.T(l, "duty.flag.not_filed", when(*ob.Due, loc, now))
		}
	case desk.FlagAgainstVerdict:
		return catalog.T(l, "duty.flag.against_verdict", catalog.T(l, "verdict."+string(assess.Yes)))
	}
	return catalog.T(l, "duty.flag."+string(f))
}

// dutyRecordLine is a duty's record in one line under a deadline of the
// dashboard ("On record: decided to report (not filed) — …"), marked when
// the duty stands out.
func dutyRecordLine(l catalog.Lang, d desk.Duty, loc *time.Location, now time.Time) app.UI {
	cls := "bd-ob-record"
	if d.Severe() {
		cls += " bd-problem"
	}
	return el("p", "class", cls, "data-record", string(d.Record)).Body(
		app.Text(catalog.T(l, "duty.col.record")+catalog.T(l, "duty.colon")),
		elt("strong", catalog.T(l, "duty.record."+string(d.Record))),
		app.Text(dutyRecordDetail(l, d, loc, now)),
	)
}

// flagMark marks a flag so that it survives black-and-white printing: ▲ a
// problem of the record, △ a point to check.
func flagMark(f desk.DutyFlag) string {
	if f.Severe() {
		return "▲ "
	}
	return "△ "
}
