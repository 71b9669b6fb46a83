//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// cramSchoolNow is testdata/desk/cram-school-public-link.json moved in time
// so that now is 25 days (and some hours) after the company knew: a cram
// school's share link was open to anyone since a day nobody knows; a
// researcher's e-mail (the detection) waited nine days in the general
// inbox; the preliminary report was filed two days after its target; the
// final report is undecided with a few days left (and overdue counted from
// the detection); the notice to the persons is recorded as not decided yet.
func cramSchoolNow(t *testing.T, now time.Time) *incident.Incident {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "desk", "cram-school-public-link.json"))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	loc := inc.Location()
	ref := time.Date(2026, 11, 27, 0, 0, 0, 0, loc)
	today := now.In(loc)
	days := int(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, loc).Sub(ref).Round(24*time.Hour) / (24 * time.Hour))
	at := func(x time.Time) time.Time {
		if x.IsZero() {
			return x
		}
		return x.In(loc).AddDate(0, 0, days)
	}
	day := func(d incident.Date) incident.Date {
		x, err := time.Parse("2006-01-02", string(d))
		if err != nil {
			return d // a month or a year stays as it is
		}
		return incident.Date(x.AddDate(0, 0, days).Format("2006-01-02"))
	}
	for i := range inc.Events {
		inc.Events[i].At = at(inc.Events[i].At)
	}
	for i := range inc.Ledger {
		e := &inc.Ledger[i]
		for j := range e.Decisions {
			e.Decisions[j].At = at(e.Decisions[j].At)
		}
		for j := range e.Filings {
			e.Filings[j].At, e.Filings[j].RecordedAt = at(e.Filings[j].At), at(e.Filings[j].RecordedAt)
		}
	}
	for i := range inc.DataSets {
		d := &inc.DataSets[i]
		for j := range d.Persons {
			d.Persons[j].On = day(d.Persons[j].On)
		}
		for j := range d.Status {
			d.Status[j].On = day(d.Status[j].On)
		}
	}
	inc.Exposure.To = day(inc.Exposure.To)
	inc.CreatedAt, inc.UpdatedAt = at(inc.CreatedAt), now.Add(-time.Hour)
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Fatalf("the case is not valid: %v", ps.Errors())
	}
	return inc
}

// A privacy officer opens the dashboard and the packet of a case whose
// clock is contested and whose start is unknown, in both languages, at
// desktop and phone size: each duty shows what is on record beside the
// engine's verdict and the deadline, the late filing and the undecided
// duty near its deadline stand out; the packet carries each law's verdict
// per data set, the version of the law, the laws that do not apply with
// their reason, both counts of the contested clock, dates as known (the
// undated event undated), and none of the internal notes. axe finds nothing
// at either size; with SCREENS the screens are saved.
func TestDutiesContestedCase(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	inc := cramSchoolNow(t, time.Now())
	importIncident(t, ctx, inc)
	axe := ""
	if axeOK() {
		axe = axeSource(t)
	}
	notes := []string{"窓口で保留", "設定履歴が残っておらず", "共有リンクを無効化", "中身を確認"}
	for _, size := range []struct {
		name string
		w, h int64
	}{{"desktop", 1280, 900}, {"phone", 390, 844}} {
		do(t, ctx, "sizing the window", chromedp.EmulateViewport(size.w, size.h))
		for _, lang := range []string{"ja", "en"} {
			where := lang + " " + size.name
			do(t, ctx, "opening the dashboard", openPage("/incident#"+inc.ID), waitApp(), visible("#duties"))
			if eval[string](t, ctx, "reading lang", `document.documentElement.lang`) != lang {
				do(t, ctx, "switching the language", chromedp.Click(chromedp.CSS("#lang-switch")),
					waitJS(fmt.Sprintf(`document.documentElement.lang === %q`, lang)), visible("#duties"))
			}
			prelim := `#duties [data-duty="JP/jp.report.prelim"]`
			final := `#duties [data-duty="JP/jp.report.final"]`
			do(t, ctx, "the duties standing out", visible("#duties.bd-card-bad"),
				visible(prelim+`.bd-duty-bad [data-flag="filed_late"]`), visible(final+`.bd-duty-bad [data-flag="undecided"]`),
				visible(`#duties [data-duty="JP/jp.entrustor.notice/p1"] [data-flag="late_from_detection"]`))
			want := map[string][]string{
				"ja": {"提出済み", "PPC-2026-11-0123", "法務部 佐藤", "期限の状況：完了（遅延）", "過ぎて提出"},
				"en": {"Filed", "PPC-2026-11-0123", "法務部 佐藤", "Clock: Done late", "late."},
			}[lang]
			got := text(t, ctx, prelim)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s: the preliminary report's duty lacks %q: %q", where, w, got)
				}
			}
			if got := text(t, ctx, final+" .bd-duty-record"); !strings.Contains(got, map[string]string{"ja": "判断の記録なし", "en": "Nothing yet"}[lang]) {
				t.Errorf("%s: the final report's record: %q", where, got)
			}
			if got := text(t, ctx, `#duties [data-duty="JP/jp.notice.persons"] .bd-duty-record`); !strings.Contains(got, map[string]string{"ja": "未決定", "en": "Not decided yet"}[lang]) {
				t.Errorf("%s: the notice to persons' record: %q", where, got)
			}
			if got := text(t, ctx, "#contested-clock"); !strings.Contains(got, map[string]string{"ja": "検知から数えると", "en": "the first detection"}[lang]) {
				t.Errorf("%s: no contested clock: %q", where, got)
			}
			if size.name == "phone" {
				phoneCheck(t, ctx, "dashboard "+where)
			}
			if axe != "" {
				a11yCheck(t, ctx, axe, "dashboard "+where)
			}
			saveSmall(t, ctx, "dashboard-duties-"+lang+"-"+size.name, chromedp.Screenshot(chromedp.CSS("#duties")))

			do(t, ctx, "opening the packet", openPage("/incident/packet#"+inc.ID), waitApp(), visible("#pk-law"))
			law := text(t, ctx, "#pk-law")
			for _, w := range []string{"塾生と保護者", "架空学園から受託した模試受験者", map[string]string{"ja": "適用した法令：", "en": "Law applied:"}[lang]} {
				if !strings.Contains(law, w) {
					t.Errorf("%s: the packet's law section lacks %q: %q", where, w, law)
				}
			}
			if n := eval[int](t, ctx, "counting the laws that do not apply", `document.querySelectorAll("#pk-law .bd-pk-na li").length`); n < 3 {
				t.Errorf("%s: the packet lists %d laws that do not apply", where, n)
			}
			do(t, ctx, "the packet's ledger flags the late filing", visible(`#pk-ledger [data-ledger="JP/jp.report.prelim"] [data-flag="filed_late"]`))
			early, knew := text(t, ctx, "#pk-clock-early"), text(t, ctx, "#pk-clock-knew")
			if early == "" || knew == "" || early == knew {
				t.Errorf("%s: the packet's two counts: %q, %q", where, early, knew)
			}
			packet := text(t, ctx, "#packet")
			for _, n := range notes {
				if strings.Contains(packet, n) {
					t.Errorf("%s: the packet carries the internal note %q", where, n)
				}
			}
			if strings.Contains(packet, "0001") {
				t.Errorf("%s: the packet gives the undated event an invented date", where)
			}
			if size.name == "phone" {
				phoneCheck(t, ctx, "packet "+where)
			}
			if axe != "" {
				a11yCheck(t, ctx, axe, "packet "+where)
			}
			saveSmall(t, ctx, "packet-law-"+lang+"-"+size.name, chromedp.Screenshot(chromedp.CSS("#pk-law")))
			saveSmall(t, ctx, "packet-cover-"+lang+"-"+size.name, chromedp.Screenshot(chromedp.CSS("#pk-cover")))
		}
	}
}

// saveSmall is saveScreen reduced to 256 colours (quantize), the top
// screenMaxHeight pixels: the screenshots must stay small in git.
func saveSmall(t *testing.T, ctx context.Context, name string, take chromedp.Action[[]byte]) {
	t.Helper()
	if os.Getenv("SCREENS") == "" {
		return
	}
	raw, err := chromedp.Run(ctx, take)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if b := img.Bounds(); b.Dy() > screenMaxHeight {
		img = img.(interface {
			SubImage(image.Rectangle) image.Image
		}).SubImage(image.Rect(b.Min.X, b.Min.Y, b.Max.X, b.Min.Y+screenMaxHeight))
	}
	var out bytes.Buffer
	if err := png.Encode(&out, quantize(img)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(os.Getenv("SCREENS"), name+".png"), out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
