package desk_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// One reader per fact, as a property over random timelines: whatever the
// knowing events (several, at any precision, some after now, some at the
// same instant as another in any input order) and whatever the incident's
// time zone (including "Local" and "", which are refused), the dashboard
// (the board's assessment), every document's date of knowing and deadlines
// (draft.Build through the board) and lint tell the same instants in the
// same zone. A second reader of the knowing instant or of the time zone in
// any of them (inc.FirstEvent(EvAware), time.Local, time.LoadLocation) makes
// some timeline disagree.
func TestBoardDraftsLintAgreeOnInstants(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	bases := agreeBases(t)
	n := 48
	if testing.Short() {
		n = 16
	}
	docs := map[draft.Kind]int{}
	for seed := range n {
		r := rand.New(rand.NewPCG(uint64(seed), 11))
		base := bases[seed%len(bases)]
		inc, now := randomTimeline(r, base.inc)
		name := fmt.Sprintf("seed %d (%s, zone %q)", seed, base.name, inc.TimeZone)
		b := desk.NewBoard(inc, rs, now)
		if b.Err != nil {
			t.Fatalf("%s: %v", name, b.Err)
		}
		set := b.Drafts()
		if set.Err != nil {
			t.Fatalf("%s: %v", name, set.Err)
		}
		checkBoardInstants(t, name, inc, b.Assessment)
		for _, d := range set.Docs {
			docs[d.Kind]++
			checkDocumentInstants(t, name, inc, b.Assessment, d)
		}
		for _, f := range set.Findings {
			if f.Code == draft.CodeDateMismatch {
				t.Errorf("%s: lint finds a date of %s on no event or deadline it knows: %s", name, f.DocID, f.Message.EN)
			}
		}
	}
	for _, k := range []draft.Kind{draft.KindPPC, draft.KindNotice, draft.KindMinistry, draft.KindEntrustor, draft.KindGDPR33} {
		if docs[k] == 0 {
			t.Errorf("no %s document in any timeline: its date of knowing is not checked", k)
		}
	}
}

type agreeBase struct {
	name string
	inc  *incident.Incident
}

// agreeBases are scenarios whose documents state the knowing instant in
// each way there is: the PPC report and the entrustor's notice (発覚日), the
// ministry's report (事態を知った時, 法定の期限), the GDPR report (became aware),
// the notices to persons in Japanese and English.
func agreeBases(t *testing.T) []agreeBase {
	t.Helper()
	var out []agreeBase
	for _, f := range []string{"01-travel-targeted-email", "08-callcentre-insider-processor", "10-crossborder-eu-jp-ca", "19-telecom-insider-ministries-police"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "scenarios", f+".json"))
		if err != nil {
			t.Fatal(err)
		}
		inc, err := incident.Decode(raw)
		if err != nil {
			t.Fatal(err)
		}
		inc.Drill = false
		out = append(out, agreeBase{name: f, inc: inc})
	}
	return out
}

// agreeZones are the zones a random timeline is kept in: offsets east and
// west, summer time, and the names refused (Asia/Tokyo is used for them).
var agreeZones = []string{"Asia/Tokyo", "UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Auckland", "Local", ""}

// randomTimeline is base in a random zone with one to four knowing events
// around the original one, some after now and some at the instant of
// another with another precision, the timeline shuffled; and the instant
// now, up to three weeks after the original knowing.
func randomTimeline(r *rand.Rand, base *incident.Incident) (*incident.Incident, time.Time) {
	inc := base.Clone()
	from := base.Location()
	inc.TimeZone = agreeZones[r.IntN(len(agreeZones))]
	loc := inc.Location()
	// The same calendar days in the new zone: a date-only event stays at
	// the start of its day.
	for i := range inc.Events {
		e := &inc.Events[i]
		if e.Dated() && e.Precision != incident.Exact {
			d := e.At.In(from)
			e.At = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc)
		}
	}
	anchor := time.Date(2026, 5, 1, 10, 0, 0, 0, loc)
	if e, ok := base.FirstEvent(incident.EvAware); ok {
		d := e.At.In(from)
		anchor = time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), 0, 0, loc)
	}
	inc.Events = slices.DeleteFunc(inc.Events, func(e incident.Event) bool { return e.Kind == incident.EvAware })
	var aware []incident.Event
	for i := range 1 + r.IntN(4) {
		e := incident.Event{ID: fmt.Sprintf("aware-%c", 'a'+r.IntN(26)), Kind: incident.EvAware}
		if i > 0 && r.IntN(2) == 0 {
			// a tie: the instant of one before, another precision
			other := aware[r.IntN(len(aware))]
			e.At, e.Precision = other.At, tiePrecision(r, other, loc)
		} else {
			day := anchor.AddDate(0, 0, r.IntN(15)-5)
			e.At, e.Precision = randomInstant(r, day, loc)
		}
		e.ID += fmt.Sprint(i)
		if r.IntN(4) == 0 {
			e.Jurisdiction = []string{"JP", "EU", "US-CA"}[r.IntN(3)]
		}
		aware = append(aware, e)
	}
	inc.Events = append(inc.Events, aware...)
	r.Shuffle(len(inc.Events), func(i, j int) { inc.Events[i], inc.Events[j] = inc.Events[j], inc.Events[i] })
	now := anchor.Add(time.Duration(r.IntN(21*24)) * time.Hour).Add(time.Duration(r.IntN(60)) * time.Minute)
	return inc, now
}

// randomInstant is an instant on day at a random precision: a time of day
// when exact, else the start of the day, month or year.
func randomInstant(r *rand.Rand, day time.Time, loc *time.Location) (time.Time, incident.Precision) {
	p := incident.Precisions[r.IntN(len(incident.Precisions))]
	y, m, d := day.Date()
	switch p {
	case incident.Exact:
		if r.IntN(3) == 0 {
			return time.Date(y, m, d, 0, 0, 0, 0, loc), p // midnight: a tie with a date-only event can follow
		}
		return time.Date(y, m, d, r.IntN(24), r.IntN(4)*15, 0, 0, loc), p
	case incident.Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, loc), p
	case incident.Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, loc), p
	}
	return time.Date(y, m, d, 0, 0, 0, 0, loc), p
}

// tiePrecision is a precision another event at the same instant can have:
// any for the start of a day (of a month, a year), exact otherwise.
func tiePrecision(r *rand.Rand, other incident.Event, loc *time.Location) incident.Precision {
	at := other.At.In(loc)
	if at.Hour() != 0 || at.Minute() != 0 {
		return incident.Exact
	}
	ps := []incident.Precision{incident.Exact, incident.Day, incident.Approx}
	if at.Day() == 1 {
		ps = append(ps, incident.Month)
	}
	return ps[r.IntN(len(ps))]
}

// checkBoardInstants: the dashboard's instants are in the incident's one
// zone, and every clock started by the company's knowing starts at Knew.
func checkBoardInstants(t *testing.T, name string, inc *incident.Incident, a assess.Assessment) {
	t.Helper()
	zone := inc.Location().String()
	if a.TimeZone != zone {
		t.Errorf("%s: the assessment's zone %q, the incident's %q", name, a.TimeZone, zone)
	}
	inZone := func(what string, at *time.Time) {
		if at != nil && at.Location().String() != zone {
			t.Errorf("%s: %s in %s, not %s", name, what, at.Location(), zone)
		}
	}
	inZone("now", &a.Now)
	inZone("knew", a.Knew)
	if a.Knew != nil && a.Knew.After(a.Now) {
		t.Errorf("%s: knew at %v, after now %v", name, a.Knew, a.Now)
	}
	for _, j := range a.Jurisdictions {
		inZone(j.ID+" clock", j.ClockAt)
		if j.Clock == incident.EvAware && !sameInstant(j.ClockAt, a.Knew) {
			t.Errorf("%s: %s's clock starts at %v, the company knew at %v", name, j.ID, j.ClockAt, a.Knew)
		}
		for _, o := range j.Obligations {
			for what, at := range map[string]*time.Time{"start": o.StartAt, "due": o.Due, "due from": o.DueFrom, "alt due": o.DueAlt} {
				inZone(o.ID+" "+what, at)
			}
			if o.Start == incident.EvAware && o.StartAt != nil && !sameInstant(o.StartAt, a.Knew) {
				t.Errorf("%s: %s counts from %v, the company knew at %v", name, o.ID, o.StartAt, a.Knew)
			}
		}
	}
}

func sameInstant(a, b *time.Time) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Equal(*b)
}

// checkDocumentInstants: a document states the dashboard's knowing instant
// (with its precision, in its zone) once it is dated at or after it, and
// that the company does not know yet before; the deadlines it states are
// the dashboard's.
func checkDocumentInstants(t *testing.T, name string, inc *incident.Incident, a assess.Assessment, d draft.Document) {
	t.Helper()
	id := name + " " + d.ID + " " + d.Variant
	zone := a.TimeZone
	if d.Date.Location().String() != zone {
		t.Errorf("%s: dated in %s, not %s", id, d.Date.Location(), zone)
	}
	var knew *time.Time // what the document knows: the board's instant, once it is dated at or after it
	if a.Knew != nil && !a.Knew.After(d.Date) {
		knew = a.Knew
	}
	text := draft.Text(d)
	field := func(label string) (string, bool) {
		for _, l := range strings.Split(text, "\n") {
			if v, ok := strings.CutPrefix(l, label); ok {
				return v, true
			}
		}
		return "", false
	}
	if got, ok := field("発覚日（事態を知った日）："); ok || d.Kind == draft.KindPPC || d.Kind == draft.KindEntrustor {
		switch {
		case knew != nil && got != knewJA(*knew, a.KnewPrecision):
			t.Errorf("%s: 発覚日 %q, the dashboard's %q", id, got, knewJA(*knew, a.KnewPrecision))
		case knew == nil && got != "調査中" && !strings.HasPrefix(got, "【要記入"):
			t.Errorf("%s: 発覚日 %q, the company does not know yet on %v", id, got, d.Date)
		}
	}
	if got, ok := field("・事態を知った時："); ok != (knew != nil) || knew != nil && got != knewJA(*knew, a.KnewPrecision) {
		if d.Kind == draft.KindMinistry {
			t.Errorf("%s: 事態を知った時 %q (stated %v), the dashboard's %v", id, got, ok, knew)
		}
	}
	if d.Kind == draft.KindGDPR33 {
		want := ""
		if knew != nil {
			want = "We became aware of the breach " + knewEN(*knew, a.KnewPrecision) + "."
		}
		got := ""
		if s := d.Section("timing"); s != nil && len(s.Paras) > 0 && strings.HasPrefix(s.Paras[0].Text, "We became aware") {
			got = s.Paras[0].Text
		}
		if got != want {
			t.Errorf("%s: %q, the dashboard's %q", id, got, want)
		}
	}
	// The account of a notice or an announcement, unless the company wrote its own.
	if (d.Kind == draft.KindNotice || d.Kind == draft.KindPublic) && d.Lang == draft.JA && strings.TrimSpace(inc.Public.Summary) == "" {
		s := d.Section("summary")
		if s == nil {
			s = d.Section("what-happened")
		}
		if s != nil && len(s.Paras) > 0 {
			p := s.Paras[0].Text
			switch {
			case knew != nil && !strings.Contains(p, knewDayJA(*knew, a.KnewPrecision)+"、"):
				t.Errorf("%s: the account does not say the company knew on %s:\n%s", id, knewDayJA(*knew, a.KnewPrecision), p)
			case knew == nil && !strings.Contains(p, "調査しております"):
				t.Errorf("%s: the account says what the company does not know yet on %v:\n%s", id, d.Date, p)
			}
		}
	}
	// Every statutory deadline a report states is a deadline of the board.
	for _, part := range strings.Split(text, "法定の期限：")[1:] {
		day, _, _ := strings.Cut(part, "）")
		if !boardDeadline(a, day) {
			t.Errorf("%s: states the deadline %s, which is no deadline of the dashboard", id, day)
		}
	}
}

// boardDeadline: day (as a document writes it) is the day of a deadline of
// the board's assessment.
func boardDeadline(a assess.Assessment, day string) bool {
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			for _, at := range []*time.Time{o.Due, o.DueAlt} {
				if at != nil && dayJA(*at) == day {
					return true
				}
			}
		}
	}
	return false
}

// How the documents write an instant, restated here so that the test does
// not share the code it checks: "2026年5月13日", "2026年5月13日 16時00分",
// "May 13, 2026", "May 13, 2026, 16:00 JST".
func dayJA(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

func knewJA(t time.Time, p incident.Precision) string {
	if p == incident.Exact {
		s := fmt.Sprintf("%s %d時%02d分", dayJA(t), t.Hour(), t.Minute())
		// Outside Japan time, the offset and the time in Japan follow.
		if _, off := t.Zone(); off != 9*3600 {
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			z := fmt.Sprintf("UTC%s%d", sign, off/3600)
			if off%3600 != 0 {
				z += fmt.Sprintf(":%02d", off%3600/60)
			}
			j := t.In(time.FixedZone("JST", 9*3600))
			jt := fmt.Sprintf("%d時%02d分", j.Hour(), j.Minute())
			if dayJA(j) != dayJA(t) {
				jt = fmt.Sprintf("%d月%d日 %s", int(j.Month()), j.Day(), jt)
			}
			s += "（" + z + "、日本時間 " + jt + "）"
		}
		return s
	}
	return knewDayJA(t, p)
}

// knewDayJA is the day known, never a day or a month that was not given:
// "2026年5月13日", "2026年5月13日頃", "2026年5月", "2026年頃".
func knewDayJA(t time.Time, p incident.Precision) string {
	switch p {
	case incident.Approx:
		return dayJA(t) + "頃"
	case incident.Month:
		return fmt.Sprintf("%d年%d月", t.Year(), int(t.Month()))
	case incident.Year:
		return fmt.Sprintf("%d年頃", t.Year())
	}
	return dayJA(t)
}

// knewEN: "on May 13, 2026, 16:00 JST", "on May 13, 2026", "around May
// 13, 2026", "in May 2026", "around 2026".
func knewEN(t time.Time, p incident.Precision) string {
	switch p {
	case incident.Exact:
		// The Art. 33 report puts UTC beside a time of another zone (a
		// European authority reads it): "19:00 JST (10:00 UTC)".
		s := t.Format("on January 2, 2006, 15:04 MST")
		u := t.UTC()
		switch {
		case t.Format("-0700") == "+0000":
		case t.Format("2006-01-02") == u.Format("2006-01-02"):
			s += " (" + u.Format("15:04") + " UTC)"
		default:
			s += " (" + u.Format("January 2, 15:04") + " UTC)"
		}
		return s
	case incident.Approx:
		return t.Format("around January 2, 2006")
	case incident.Month:
		return t.Format("in January 2006")
	case incident.Year:
		return t.Format("around 2006")
	}
	return t.Format("on January 2, 2006")
}
