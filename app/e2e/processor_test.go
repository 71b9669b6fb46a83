//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/chromedp/chromedp"
)

// A processor enters its own members and the bookings it handles for a
// partner hotel through the facts page, tells the hotel in time on the
// timeline, and the dashboard shows the exemption of APPI Art. 26(1) proviso
// applying to the entrusted data set only; the drafts hold one notice to the
// entrustor. Both pages pass axe in both languages, at desktop and phone
// size, and their screens are saved when SCREENS names a folder.
func TestProcessorOwnAndEntrustedData(t *testing.T) {
	parallel(t)
	const (
		own      = "自社会員"
		bookings = "提携ホテルから受託した予約者"
		hotel    = "架空ホテルズ株式会社"
	)
	ctx, _ := session(t)
	base := "http://" + appHost
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	aware := time.Now().In(tokyo).Add(-20 * time.Hour).Truncate(time.Minute)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "予約システムへの不正アクセス", cause: "unauthorized_access",
		aware: aware, detected: aware.Add(-30 * time.Hour),
		categories: []string{"name", "email"}, status: "confirmed",
		persons: "800", residentsJP: "800", org: "架空トラベルサービス株式会社", establishments: "JP",
	})

	do(t, ctx, "entering the two data sets", openPage("/incident/facts#"+id), waitApp(),
		visible("#fx-dataSets-0-name"),
		typeText("#fx-dataSets-0-name", own),
		chromedp.Click(chromedp.CSS("#fx-cause-unlawfulPurpose-yes")),
		chromedp.Click(chromedp.CSS("#fx-set-add")), chromedp.WaitVisible(chromedp.CSS("#fx-dataSets-1-name")),
		waitJS(`document.activeElement && document.activeElement.id === "fx-dataSets-1-name"`),
		typeText("#fx-dataSets-1-name", bookings),
		chromedp.Click(chromedp.CSS("#fx-dataSets-1-role-processor")), chromedp.WaitVisible(chromedp.CSS("#fx-dataSets-1-entrustor")),
		choose("#fx-dataSets-1-entrustor", "+new"), chromedp.WaitVisible(chromedp.CSS("#fx-dataSets-1-entrustor-new")),
		typeText("#fx-dataSets-1-entrustor-new", hotel),
		chromedp.Click(chromedp.CSS("#fx-dataSets-1-entrustor-new-add")),
		waitJS(`document.querySelector("#fx-dataSets-1-entrustor").value === "p-entrustor"`),
		choose("#fx-dataSets-1-status", "confirmed"),
		choose("#fx-dataSets-1-persons", "300"),
		choose("#fx-dataSets-1-cat-name", "yes"),
		typeText("#fx-dataSets-1-residence-new-country", "JP"), typeText("#fx-dataSets-1-residence-new-persons", "300"),
		chromedp.Click(chromedp.CSS("#fx-dataSets-1-residence-new-add")),
		chromedp.WaitVisible(chromedp.CSS("#fx-dataSets-1-residence-0-country")),
	)
	inc := waitStoredID(t, ctx, id, "the two data sets", func(inc *incident.Incident) bool {
		if len(inc.DataSets) != 2 {
			return false
		}
		d := inc.DataSets[1]
		p, _ := inc.Party(d.Entrustor)
		return inc.DataSets[0].Name == own && d.Name == bookings && d.Role == incident.Processor && p.Name == hotel &&
			d.Persons.Latest().N == 300 && d.StatusOn("") == incident.Confirmed && len(d.Residence) == 1 &&
			inc.Cause.UnlawfulPurpose == incident.Yes
	})
	entrustor := inc.DataSets[1].Entrustor

	told := aware.Add(2 * time.Hour)
	do(t, ctx, "telling the hotel", openPage("/incident/timeline#"+id), waitApp(),
		visible("#tl-add-kind"),
		choose("#tl-add-kind", "entrustor_notice"), chromedp.WaitVisible(chromedp.CSS("#tl-add-party")),
		choose("#tl-add-at", told.Format("2006-01-02T15:04")),
		choose("#tl-add-party", entrustor),
		chromedp.Click(chromedp.CSS("#tl-add-submit")),
		chromedp.WaitVisible(chromedp.CSS(`#tl-line [data-kind="entrustor_notice"]`)))
	inc = waitStoredID(t, ctx, id, "the notice to the hotel", func(inc *incident.Incident) bool {
		for _, e := range inc.EventsOf(incident.EvEntrustorNotice) {
			if e.Party == entrustor && e.At.Equal(told) {
				return true
			}
		}
		return false
	})

	// The engine on the stored facts: the exemption lifts the entrusted set only.
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	a := assess.Evaluate(inc, rs, now)
	var lifted []assess.Obligation
	for _, j := range a.Jurisdictions {
		for _, ob := range j.Obligations {
			if len(ob.ExemptSets) > 0 {
				lifted = append(lifted, ob)
			}
		}
	}
	ownID, set2 := inc.DataSets[0].ID, inc.DataSets[1].ID
	if len(lifted) == 0 {
		t.Fatalf("no obligation exempts a data set:\n%s", assess.Report("processor", a))
	}
	for _, ob := range lifted {
		if !slices.Equal(ob.ExemptSets, []string{set2}) || ob.State.Settled() {
			t.Errorf("%s: exempt %v, state %s; want the entrusted set only, the duty still open for %s", ob.ID, ob.ExemptSets, ob.State, ownID)
		}
	}

	// The dashboard says so.
	do(t, ctx, "opening the dashboard", openPage("/incident#"+id), waitApp(),
		visible("#jurisdictions"))
	due := text(t, ctx, "#due")
	if !strings.Contains(due, "免除されたデータセット："+bookings) || strings.Contains(due, "免除されたデータセット："+own) {
		t.Errorf("the dashboard does not show the exemption of the entrusted set only:\n%s", due)
	}
	jp := text(t, ctx, `#jurisdictions [data-jurisdiction="JP"]`)
	for _, want := range []string{own, bookings, hotel + "から委託"} {
		if !strings.Contains(jp, want) {
			t.Errorf("Japan's verdict does not name %q: %q", want, jp)
		}
	}
	if got := text(t, ctx, "#contested-clock"); !strings.Contains(got, "検知から数えると") {
		t.Errorf("no contested clock: %q", got)
	}

	// One notice to the entrustor, addressed to it.
	var toEntrustor []draft.Spec
	for _, s := range draft.Available(inc, a) {
		if s.Kind == draft.KindEntrustor && s.Lang == draft.JA {
			toEntrustor = append(toEntrustor, s)
		}
	}
	if len(toEntrustor) != 1 || toEntrustor[0].Party != "" && toEntrustor[0].Party != entrustor {
		t.Errorf("notices to the entrustor: %+v", toEntrustor)
	}
	do(t, ctx, "opening the drafts", openPage("/incident/drafts#"+id), waitApp(), visible("#draft"))
	if n := eval[int](t, ctx, "counting the entrustor's notices", `document.querySelectorAll('#drafts-docs [data-kind="entrustor"]').length`); n != 1 {
		t.Errorf("%d notices to the entrustor listed, want 1", n)
	}

	processorScreens(t, ctx, base, id)
}

// processorScreens checks the facts page and the dashboard with axe, and
// saves their screens: Japanese at desktop size, English at a phone's
// (each language and each size once, as the suite's walks do).
func processorScreens(t *testing.T, ctx context.Context, base, id string) {
	t.Helper()
	axe := ""
	if axeOK() {
		axe = axeSource(t)
	}
	for _, size := range []struct {
		name string
		w, h int64
	}{{"desktop", 1280, 900}, {"phone", 390, 844}} {
		do(t, ctx, "sizing the window", chromedp.EmulateViewport(size.w, size.h))
		for _, lang := range []string{map[string]string{"desktop": "ja", "phone": "en"}[size.name]} {
			for _, pg := range []struct{ name, path, ready string }{
				{"facts", "/incident/facts#", "#fx-dataSets-1-name"},
				{"dashboard", "/incident#", "#jurisdictions"},
			} {
				do(t, ctx, "opening "+pg.name, openPage(pg.path+id), waitApp(), visible(pg.ready))
				if eval[string](t, ctx, "reading lang", `document.documentElement.lang`) != lang {
					do(t, ctx, "switching the language", chromedp.Click(chromedp.CSS("#lang-switch")),
						waitJS(fmt.Sprintf(`document.documentElement.lang === %q`, lang)), visible(pg.ready))
				}
				if axe != "" {
					a11yCheck(t, ctx, axe, pg.name+" "+lang+" "+size.name)
				}
				name := pg.name + "-sets-" + lang + "-" + size.name
				if pg.name == "facts" {
					saveSmall(t, ctx, name, chromedp.Screenshot(chromedp.CSS("#sec-sets")))
					saveSmall(t, ctx, "facts-parties-"+lang+"-"+size.name, chromedp.Screenshot(chromedp.CSS("#sec-parties")))
					saveSmall(t, ctx, "facts-aware-"+lang+"-"+size.name, chromedp.Screenshot(chromedp.CSS("#sec-aware")))
				} else {
					saveSmall(t, ctx, "dashboard-clock-"+lang+"-"+size.name, chromedp.FullScreenshot(100))
				}
			}
		}
	}
}

// axeOK reports whether axe-core is at hand (make test-e2e installs it).
func axeOK() bool { return os.Getenv("AXE_JS") != "" }
