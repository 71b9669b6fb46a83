package ui

import (
	"fmt"
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// tx picks the language of a text from the law as data.
func tx(l catalog.Lang, t rules.Text) string {
	if l == catalog.EN && t.EN != "" || t.JA == "" {
		return t.EN
	}
	return t.JA
}

// when formats an instant in the incident's time zone, e.g. "11/27 17:00 JST"
// (with the year when it is not the current one).
func when(t time.Time, loc *time.Location, now time.Time) string {
	t = t.In(loc)
	if t.Year() != now.In(loc).Year() {
		return t.Format("2006/01/02 15:04 MST")
	}
	return t.Format("01/02 15:04 MST")
}

// span formats a duration the way a countdown reads: "2 d 4 h", "5 h 12 min", "40 min".
func span(l catalog.Lang, d time.Duration) string {
	if d < 0 {
		d = -d
	}
	days := int(d / (24 * time.Hour))
	hours := int(d % (24 * time.Hour) / time.Hour)
	mins := int(d % time.Hour / time.Minute)
	switch {
	case days > 0:
		return catalog.T(l, "span.dh", days, hours)
	case hours > 0:
		return catalog.T(l, "span.hm", hours, mins)
	default:
		return catalog.T(l, "span.m", mins)
	}
}

// datetimeLocal formats an instant for <input type="datetime-local"> in loc.
func datetimeLocal(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("2006-01-02T15:04")
}

// parseDatetimeLocal reads an <input type="datetime-local"> value as a time in loc.
func parseDatetimeLocal(s string, loc *time.Location) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date and time: %q", s)
}

// countText is a count as its text input shows it, in the page's language:
// "1,200", "約1,200" / "approx. 1,200", and "" when unknown (the field is left
// empty). incident.ParseCount reads every one of them back.
func countText(l catalog.Lang, c incident.Count) string {
	if !c.Known {
		return ""
	}
	return strings.TrimSpace(incident.FormatCount(c, string(l)))
}

// startWhen is an instant a clock starts from, as well as its event is
// known: the date and time of an exact one (when), else its day, month or
// year (eventWhen): a knowing "about 2 December" is not "12/02 00:00".
func startWhen(l catalog.Lang, at time.Time, p incident.Precision, loc *time.Location, now time.Time) string {
	if p == incident.Exact {
		return when(at, loc, now)
	}
	return eventWhen(l, incident.Event{At: at, Precision: p}, loc, now)
}

// eventPrecision is how well the event id is dated (Exact when there is no such event).
func eventPrecision(inc *incident.Incident, id string) incident.Precision {
	if ev, ok := inc.Event(id); ok {
		return ev.Precision
	}
	return incident.Exact
}

// eventWhen is when an event happened as well as it is known: an exact
// instant as when shows it, a day, a day "about" (頃), a month or a year,
// or that it has no date yet (never an invented one).
func eventWhen(l catalog.Lang, ev incident.Event, loc *time.Location, now time.Time) string {
	if ev.Planned {
		return catalog.T(l, "tl.planned") // not done yet: never told as a date-less deed
	}
	if !ev.Dated() {
		return catalog.T(l, "tl.undated")
	}
	t := ev.At.In(ev.DayZone(loc)) // a day as it was entered (F1060)
	switch ev.Precision {
	case incident.Exact:
		return when(ev.At, loc, now)
	case incident.Month:
		return catalog.T(l, "prec.monthOf", t.Format(catalog.T(l, "prec.monthLayout")))
	case incident.Year:
		return catalog.T(l, "prec.yearOf", t.Year())
	case incident.Approx:
		if ev.AboutTime() {
			return catalog.T(l, "prec.aboutAt", t.Format(catalog.T(l, "prec.dayLayout")), t.Format("15:04"))
		}
		return catalog.T(l, "prec.about", t.Format(catalog.T(l, "prec.dayLayout")))
	}
	return t.Format(catalog.T(l, "prec.dayLayout"))
}
