package ics

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden/ics")

var jst = time.FixedZone("JST", 9*3600)

func ptr(t time.Time) *time.Time { return &t }

// handmade is an assessment built by hand, with text that needs escaping and folding.
func handmade() (*incident.Incident, assess.Assessment) {
	inc := &incident.Incident{ID: "inc-1", Title: "テスト, 事案; A\\B\n二行目", TimeZone: "Asia/Tokyo"}
	a := assess.Assessment{Now: time.Date(2026, 5, 2, 9, 0, 0, 0, jst), TimeZone: "Asia/Tokyo",
		Jurisdictions: []assess.Jurisdiction{{ID: "JP", Obligations: []assess.Obligation{
			{ID: "jp.prelim", State: assess.StateDue, Title: rules.Text{JA: "個人情報保護委員会への速報", EN: "Preliminary report to the PPC"},
				To:      rules.Text{JA: "個人情報保護委員会", EN: "PPC"},
				DueFrom: ptr(time.Date(2026, 5, 4, 23, 59, 59, 0, jst)), Due: ptr(time.Date(2026, 5, 6, 23, 59, 59, 0, jst)),
				DeadlineText: rules.Text{JA: "知った時から速やかに（概ね3～5日以内）", EN: "promptly (about 3–5 days)"},
				Explanation:  rules.Text{JA: strings.Repeat("期限まであと4日です。", 12), EN: strings.Repeat("Due in 4 days; ", 12)},
				Citation:     rules.Citation{JA: "個人情報保護法 第26条第1項、規則第8条第1項", EN: "APPI Art. 26(1); Rules Art. 8(1)", URL: "https://www.ppc.go.jp/personalinfo/legal/leakAction/"}},
			{ID: "jp.final", State: assess.StateDue, Title: rules.Text{JA: "確報", EN: "Final report"},
				Due: ptr(time.Date(2026, 5, 31, 23, 59, 59, 0, jst)), Citation: rules.Citation{JA: "規則第8条第2項", EN: "Rules Art. 8(2)"}},
			{ID: "jp.done", State: assess.StateDone, Title: rules.Text{JA: "済", EN: "Done"}, Due: ptr(time.Date(2026, 5, 1, 0, 0, 0, 0, jst))},
			{ID: "jp.nodue", State: assess.StateOpen, Title: rules.Text{JA: "本人通知", EN: "Notice"}},
		}}}}
	return inc, a
}

func mustParse(t *testing.T, b []byte) *component {
	t.Helper()
	cal, err := parseICS(b)
	if err != nil {
		t.Fatalf("not valid RFC 5545: %v\n%s", err, b)
	}
	return cal
}

func events(cal *component) []*component {
	var out []*component
	for _, s := range cal.Subs {
		if s.Name == "VEVENT" {
			out = append(out, s)
		}
	}
	return out
}

func text(t *testing.T, c *component, name string) string {
	t.Helper()
	p, ok := c.get(name)
	if !ok {
		t.Fatalf("%s missing", name)
	}
	s, err := unescapeText(p.Value)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

func when(t *testing.T, c *component, name string) time.Time {
	t.Helper()
	p, ok := c.get(name)
	if !ok {
		t.Fatalf("%s missing", name)
	}
	var at time.Time
	var err error
	if tz := p.Params["TZID"]; tz != "" {
		loc, lerr := time.LoadLocation(tz)
		if lerr != nil {
			t.Fatal(lerr)
		}
		at, err = time.ParseInLocation("20060102T150405", p.Value, loc)
	} else {
		at, err = time.Parse("20060102T150405Z", p.Value)
	}
	if err != nil {
		t.Fatalf("%s %q: %v", name, p.Value, err)
	}
	return at
}

// TestRoundTrip writes the handmade calendar, reads it back with the strict
// parser and compares every value with what was meant.
func TestRoundTrip(t *testing.T) {
	inc, a := handmade()
	now := time.Date(2026, 5, 2, 9, 30, 0, 0, jst)
	for _, lang := range []string{"ja", "en"} {
		opt := Options{Lang: lang, Now: now}
		b := Export(inc, a, opt)
		cal := mustParse(t, b)
		if got := text(t, cal, "X-WR-CALNAME"); got != "Breach Desk: "+inc.Title {
			t.Errorf("calendar name %q", got)
		}
		want := Entries(inc, a, opt)
		evs := events(cal)
		if len(evs) != 2 || len(want) != 2 {
			t.Fatalf("%s: %d events, %d entries; want 2 (done and no-due left out)", lang, len(evs), len(want))
		}
		for i, ev := range evs {
			w := want[i]
			if p, _ := ev.get("UID"); p.Value != w.UID {
				t.Errorf("UID %q, want %q", p.Value, w.UID)
			}
			if got := text(t, ev, "SUMMARY"); got != w.Summary {
				t.Errorf("SUMMARY %q, want %q", got, w.Summary)
			}
			if got := text(t, ev, "DESCRIPTION"); got != w.Description {
				t.Errorf("DESCRIPTION %q, want %q", got, w.Description)
			}
			if got := when(t, ev, "DTSTART"); !got.Equal(w.Start) {
				t.Errorf("DTSTART %v, want %v", got, w.Start)
			}
			if got := when(t, ev, "DTSTAMP"); !got.Equal(now) {
				t.Errorf("DTSTAMP %v, want %v", got, now)
			}
			if len(ev.Subs) != 1 || ev.Subs[0].Name != "VALARM" {
				t.Errorf("want one VALARM, have %v", ev.Subs)
			}
		}
		// The target range 3–5 days is an event from day 3 to day 5.
		if got := when(t, evs[0], "DTEND"); !got.Equal(*a.Jurisdictions[0].Obligations[0].Due) {
			t.Errorf("DTEND %v", got)
		}
		if _, ok := evs[1].get("DTEND"); ok {
			t.Error("a single deadline has a DTEND")
		}
		if p, _ := evs[0].get("DTSTART"); p.Params["TZID"] != "Asia/Tokyo" || p.Value != "20260504T235959" {
			t.Errorf("DTSTART %+v", p)
		}
		if !strings.Contains(want[0].Description, "APPI Art. 26(1)") && !strings.Contains(want[0].Description, "第26条第1項") {
			t.Errorf("no legal basis in %q", want[0].Description)
		}
	}
	// The Japanese summary is in Japanese.
	if e := Entries(inc, a, Options{Lang: "ja"}); e[0].Summary != "[JP] 個人情報保護委員会への速報" {
		t.Errorf("ja summary %q", e[0].Summary)
	}
}

// UIDs stay the same for the same incident and obligation, whatever "now" is,
// and differ between incidents and obligations.
func TestUIDStable(t *testing.T) {
	inc, a := handmade()
	e1 := Entries(inc, a, Options{Now: time.Unix(0, 0)})
	a.Now = a.Now.Add(72 * time.Hour)
	e2 := Entries(inc, a, Options{Now: time.Unix(1e9, 0), Lang: "ja"})
	if e1[0].UID != e2[0].UID || e1[0].UID == e1[1].UID {
		t.Errorf("UIDs %q %q %q", e1[0].UID, e2[0].UID, e1[1].UID)
	}
	inc2 := *inc
	inc2.ID = "inc-2"
	if Entries(&inc2, a, Options{})[0].UID == e1[0].UID {
		t.Error("two incidents share a UID")
	}
}

func TestOptions(t *testing.T) {
	inc, a := handmade()
	if n := len(Entries(inc, a, Options{IncludeDone: true})); n != 3 {
		t.Errorf("IncludeDone: %d entries, want 3", n)
	}
	inc.Drill = true
	e := Entries(inc, a, Options{Lang: "ja"})
	if !strings.HasPrefix(e[0].Summary, "【訓練】") {
		t.Errorf("drill summary %q", e[0].Summary)
	}
	b := Export(inc, a, Options{Lang: "en"})
	if !strings.Contains(string(b), "X-WR-CALNAME:[DRILL] Breach Desk") {
		t.Error("drill calendar not marked")
	}
}

// An incident kept in another zone is written in UTC, with no VTIMEZONE.
func TestUTC(t *testing.T) {
	inc, a := handmade()
	inc.TimeZone = "Europe/Berlin"
	cal := mustParse(t, Export(inc, a, Options{Now: time.Unix(0, 0)}))
	for _, s := range cal.Subs {
		if s.Name == "VTIMEZONE" {
			t.Error("VTIMEZONE for a UTC calendar")
		}
	}
	ev := events(cal)[1]
	if p, _ := ev.get("DTSTART"); p.Value != "20260531T145959Z" {
		t.Errorf("DTSTART %q, want 20260531T145959Z", p.Value)
	}
}

func TestFold(t *testing.T) {
	for _, s := range []string{strings.Repeat("a", 200), strings.Repeat("あ", 100), "X:" + strings.Repeat("é漢😀", 40), "short"} {
		var b strings.Builder
		fold(&b, s)
		out := b.String()
		for i, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > 75 {
				t.Errorf("line %d: %d octets", i, len(l))
			}
			if !strings.HasPrefix(l, " ") && i > 0 {
				t.Errorf("continuation %d without a space", i)
			}
		}
		if got := strings.ReplaceAll(strings.TrimSuffix(out, "\r\n"), "\r\n ", ""); got != s {
			t.Errorf("unfolded %q, want %q", got, s)
		}
	}
}

func TestEscape(t *testing.T) {
	in := "a,b;c\\d\r\ne\nf\tg\x01h"
	want := `a\,b\;c\\d\ne\nf` + "\tg" + "h"
	if got := escape(in); got != want {
		t.Errorf("escape = %q, want %q", got, want)
	}
	back, err := unescapeText(escape(in))
	if err != nil || back != "a,b;c\\d\ne\nf\tgh" {
		t.Errorf("unescape = %q, %v", back, err)
	}
}

func TestFilename(t *testing.T) {
	if got := Filename(&incident.Incident{ID: "事案/1 a"}); got != "breachdesk-___1_a.ics" {
		t.Errorf("Filename = %q", got)
	}
}

// TestGolden exports scenarios evaluated at their updatedAt, checks them with
// the parser and compares them with golden files.
func TestGolden(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := "../../testdata/golden/ics"
	for _, name := range []string{"01-travel-targeted-email", "03-webshop-skimming-2025", "13-just-detected", "10-crossborder-eu-jp-ca"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/scenarios", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		inc, err := incident.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		for _, lang := range []string{"ja", "en"} {
			got := Export(inc, a, Options{Lang: lang, Now: inc.UpdatedAt, IncludeDone: true, Steps: true})
			mustParse(t, got)
			gf := filepath.Join(dir, name+"."+lang+".ics")
			if *update {
				_ = os.MkdirAll(dir, 0o755)
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test ./app/ics -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from its golden file (run with -update and review the diff)", gf)
			}
		}
	}
}
