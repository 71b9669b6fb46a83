package ics

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Tokyo is the one zone written with TZID and a VTIMEZONE (no DST since 1951).
const Tokyo = "Asia/Tokyo"

const tokyoZone = "BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n" +
	"TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:JST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"

// Options choose what goes into the file.
type Options struct {
	Lang string    // "ja" or "en" (anything else: English)
	Now  time.Time // DTSTAMP: when the file is written
	// IncludeDone adds obligations already done, exempt or not required.
	IncludeDone bool
	// Steps adds the playbook steps with a practice due date that are still open.
	Steps bool
}

// Entry is one deadline as it goes into the calendar (exported for the UI's
// preview and for tests).
type Entry struct {
	UID         string
	Summary     string
	Description string
	Start       time.Time
	End         *time.Time // the end of a target range ("about 3–5 days"), else nil
	URL         string
	Alarm       bool // a reminder the day before (open deadlines only)
}

// Entries lists the deadlines of the assessment that go into the calendar.
func Entries(inc *incident.Incident, a assess.Assessment, opt Options) []Entry {
	ja := opt.Lang == "ja"
	pick := func(t rules.Text) string {
		if ja && t.JA != "" || t.EN == "" {
			return t.JA
		}
		return t.EN
	}
	prefix := ""
	if inc.Drill {
		prefix = map[bool]string{true: "【訓練】", false: "[DRILL] "}[ja]
	}
	var out []Entry
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			if o.Due == nil || !wanted(o.State, opt.IncludeDone) {
				continue
			}
			e := Entry{
				UID:     uid(inc.ID, "obligation", j.ID, o.ID),
				Summary: prefix + "[" + j.ID + "] " + pick(o.Title),
				Start:   *o.Due,
				URL:     o.Citation.URL,
				Alarm:   o.State == assess.StateDue || o.State == assess.StateOverdue,
			}
			if o.DueFrom != nil && o.DueFrom.Before(*o.Due) {
				end := *o.Due
				e.Start, e.End = *o.DueFrom, &end
			}
			e.Description = description(ja, pick, []line{
				{"宛先", "To", pick(o.To)},
				{"期限", "Deadline", pick(o.DeadlineText)},
				{"状況", "Status", pick(o.Explanation)},
				{"根拠", "Legal basis", pick(o.Citation.Text())},
				{"出典", "Source", o.Citation.URL},
				{"注記", "Relied on", pickPtr(pick, o.ReliedOn)},
			}, inc, a)
			out = append(out, e)
		}
	}
	if opt.Steps {
		for _, s := range a.Steps {
			if s.Due == nil || !(s.State == assess.StateDue || s.State == assess.StateOverdue) {
				continue
			}
			label := map[bool]string{true: "[手順] ", false: "[Step] "}[ja]
			out = append(out, Entry{
				UID:     uid(inc.ID, "step", "", s.ID),
				Summary: prefix + label + pick(s.Title),
				Start:   *s.Due,
				URL:     s.Citation.URL,
				Alarm:   true,
				Description: description(ja, pick, []line{
					{"内容", "What to do", pick(s.Do)},
					{"状況", "Status", pick(s.Explanation)},
					{"担当", "Owner", s.Owner},
					{"根拠", "Basis", pick(s.Citation.Text())},
					{"出典", "Source", s.Citation.URL},
				}, inc, a),
			})
		}
	}
	return out
}

func wanted(s assess.State, done bool) bool {
	switch s {
	case assess.StateDue, assess.StateOverdue, assess.StateUndetermined, assess.StateWaiting, assess.StateOpen:
		return true
	}
	return done
}

type line struct{ ja, en, value string }

func pickPtr(pick func(rules.Text) string, t *rules.Text) string {
	if t == nil {
		return ""
	}
	return pick(*t)
}

// description joins the non-empty lines, then where the entry comes from.
func description(ja bool, pick func(rules.Text) string, ls []line, inc *incident.Incident, a assess.Assessment) string {
	var b strings.Builder
	for _, l := range ls {
		if l.value == "" {
			continue
		}
		if ja {
			b.WriteString(l.ja + "：" + l.value + "\n")
		} else {
			b.WriteString(l.en + ": " + l.value + "\n")
		}
	}
	at := a.Now.Format("2006-01-02 15:04 MST")
	if ja {
		b.WriteString("事案：" + inc.Title + "（Breach Desk、" + at + " 時点の判定）")
	} else {
		b.WriteString("Incident: " + inc.Title + " (Breach Desk, as assessed at " + at + ")")
	}
	return b.String()
}

// uid is stable for the same incident and item: a hash, so that no fact
// (an incident id typed by a user) has to be escaped or leaks into a calendar server's logs.
func uid(incident, kind, jur, id string) string {
	h := sha256.Sum256([]byte(incident + "\x00" + kind + "\x00" + jur + "\x00" + id))
	return hex.EncodeToString(h[:16]) + "@breachdesk.invalid"
}

// Export writes the calendar. It is a pure function of its arguments.
func Export(inc *incident.Incident, a assess.Assessment, opt Options) []byte {
	tz := inc.TimeZone
	if tz == "" {
		tz = incident.DefaultTimeZone
	}
	var loc *time.Location
	if tz == Tokyo {
		loc = time.FixedZone("JST", 9*3600)
	}
	ja := opt.Lang == "ja"
	var b strings.Builder
	w := func(s string) { fold(&b, s) }
	w("BEGIN:VCALENDAR")
	w("VERSION:2.0")
	w("PRODID:-//Breach Desk//Breach Desk deadlines//" + map[bool]string{true: "JA", false: "EN"}[ja])
	w("CALSCALE:GREGORIAN")
	w("METHOD:PUBLISH")
	name := "Breach Desk: " + inc.Title
	if inc.Drill {
		name = map[bool]string{true: "【訓練】", false: "[DRILL] "}[ja] + name
	}
	w("X-WR-CALNAME:" + escape(name))
	if loc != nil {
		w("X-WR-TIMEZONE:" + Tokyo)
		b.WriteString(tokyoZone)
	}
	stamp := opt.Now.UTC().Format("20060102T150405Z")
	for _, e := range Entries(inc, a, opt) {
		w("BEGIN:VEVENT")
		w("UID:" + e.UID)
		w("DTSTAMP:" + stamp)
		w("DTSTART" + stampOf(e.Start, loc))
		if e.End != nil {
			w("DTEND" + stampOf(*e.End, loc))
		}
		w("SUMMARY:" + escape(e.Summary))
		w("DESCRIPTION:" + escape(e.Description))
		if e.URL != "" && !strings.ContainsAny(e.URL, " \r\n\"") {
			w("URL:" + e.URL)
		}
		w("CATEGORIES:Breach Desk")
		w("TRANSP:TRANSPARENT")
		if e.Alarm {
			w("BEGIN:VALARM")
			w("ACTION:DISPLAY")
			w("DESCRIPTION:" + escape(e.Summary))
			w("TRIGGER:-P1D")
			w("END:VALARM")
		}
		w("END:VEVENT")
	}
	w("END:VCALENDAR")
	return []byte(b.String())
}

// stampOf writes ";TZID=Asia/Tokyo:20260504T235959" or ":20260504T145959Z".
func stampOf(t time.Time, loc *time.Location) string {
	if loc != nil {
		return ";TZID=" + Tokyo + ":" + t.In(loc).Format("20060102T150405")
	}
	return ":" + t.UTC().Format("20060102T150405Z")
}

// Filename is a name for the file: "breachdesk-<incident id>.ics", with
// characters outside [A-Za-z0-9._-] replaced.
func Filename(inc *incident.Incident) string {
	id := strings.Map(func(r rune) rune {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			return r
		}
		return '_'
	}, inc.ID)
	if id == "" {
		id = "incident"
	}
	return "breachdesk-" + id + ".ics"
}
