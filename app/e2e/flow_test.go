//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/chromedp/chromedp"
)

// wizardAnswers are what a user types into the six questions of the first hour.
type wizardAnswers struct {
	title, cause, summary      string
	aware, detected, contained time.Time
	categories                 []string
	status, encryption         string
	persons, records           string
	residentsJP                string
	org, establishments        string
}

// typeText replaces an input's text by typing, as a user would.
func typeText(sel, s string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).select()`, sel)),
		chromedp.SendKeys(chromedp.CSS(sel), s),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).dispatchEvent(new Event("change", {bubbles: true}))`, sel)),
	)
}

// choose sets a select or a date-time picker the way the browser does after
// a user's choice: the value, then a change event.
func choose(sel, v string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(() => { const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); })()`, sel, v))
}

// next goes to the next question and waits until it is shown.
func next() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		before, err := chromedp.Evaluate[string](`document.querySelector(".bd-progress").textContent`)(ctx, tg)
		if err != nil {
			return err
		}
		if _, err := chromedp.Click(chromedp.CSS("#wizard-next"))(ctx, tg); err != nil {
			return err
		}
		_, err = chromedp.Poll[bool](fmt.Sprintf(`(() => { const p = document.querySelector(".bd-progress"); return !!p && p.textContent !== %q; })()`, before),
			chromedp.WithPollingTimeout(30*time.Second))(ctx, tg)
		return err
	})
}

// answerWizard starts an incident from the home page and answers the six questions.
func answerWizard(t *testing.T, ctx context.Context, a wizardAnswers) {
	t.Helper()
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	local := func(t time.Time) string { return t.In(tokyo).Format("2006-01-02T15:04") }
	do(t, ctx, "starting an incident", chromedp.Click(chromedp.CSS("#start-incident")), chromedp.WaitVisible(chromedp.CSS("#f-title")))
	do(t, ctx, "question 1", typeText("#f-title", a.title), choose("#f-cause", a.cause),
		chromedp.SendKeys(chromedp.CSS("#f-summary"), a.summary), next())
	do(t, ctx, "question 2", chromedp.WaitVisible(chromedp.CSS("#f-at-aware")),
		choose("#f-at-aware", local(a.aware)), choose("#f-at-detected", local(a.detected)),
		choose("#f-at-contained", local(a.contained)), next())
	steps := []chromedp.Action[chromedp.Void]{chromedp.WaitVisible(chromedp.CSS("#cat-name"))}
	for _, c := range a.categories {
		steps = append(steps, chromedp.Click(chromedp.CSS("#cat-"+c)))
	}
	steps = append(steps, choose("#f-status", a.status), choose("#f-encryption", a.encryption), next())
	do(t, ctx, "question 3", steps...)
	do(t, ctx, "question 4", chromedp.WaitVisible(chromedp.CSS("#f-persons")),
		typeText("#f-persons", a.persons), typeText("#f-records", a.records), next())
	do(t, ctx, "question 5", chromedp.WaitVisible(chromedp.CSS("#f-res-JP")), typeText("#f-res-JP", a.residentsJP), next())
	do(t, ctx, "question 6", chromedp.WaitVisible(chromedp.CSS("#f-org")), chromedp.SendKeys(chromedp.CSS("#f-org"), a.org),
		typeText("#f-establishments", a.establishments),
		chromedp.Click(chromedp.CSS("#wizard-finish")), chromedp.WaitVisible(chromedp.CSS("#jurisdictions")))
}

// storedIncidents reads every incident from the page's IndexedDB, as stored.
func storedIncidents(t *testing.T, ctx context.Context) []*incident.Incident {
	t.Helper()
	raw := eval[[]string](t, ctx, "reading IndexedDB", `new Promise((ok, fail) => {
		const r = indexedDB.open("breachdesk");
		r.onerror = () => fail(r.error);
		r.onsuccess = () => {
			const q = r.result.transaction("incidents").objectStore("incidents").getAll();
			q.onerror = () => fail(q.error);
			q.onsuccess = () => ok(q.result.map((v) => new TextDecoder().decode(v.data)));
		};
	})`)
	var out []*incident.Incident
	for _, s := range raw {
		inc, err := incident.Decode([]byte(s))
		if err != nil {
			t.Fatalf("a stored incident does not decode: %v", err)
		}
		out = append(out, inc)
	}
	return out
}

// waitStored waits until the stored incident satisfies ok: edits reach
// IndexedDB within about half a second of typing.
func waitStored(t *testing.T, ctx context.Context, what string, ok func(*incident.Incident) bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		incs := storedIncidents(t, ctx)
		if len(incs) == 1 && ok(incs[0]) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the stored incident never showed %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// checkDashboard compares the dashboard on screen with the engine's
// assessment of the stored facts at the browser's now.
func checkDashboard(t *testing.T, ctx context.Context, l catalog.Lang) assess.Assessment {
	t.Helper()
	incs := storedIncidents(t, ctx)
	if len(incs) != 1 {
		t.Fatalf("%d incidents stored, want 1", len(incs))
	}
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := time.UnixMilli(int64(eval[float64](t, ctx, "browser clock", `Date.now()`)))
	a := assess.Evaluate(incs[0], rs, now)
	loc := incs[0].Location()
	for _, j := range a.Jurisdictions {
		want := catalog.T(l, "reportable."+string(j.Reportable))
		got := text(t, ctx, fmt.Sprintf(`[data-jurisdiction=%q] h3 .bd-verdict`, j.ID))
		if got != want {
			t.Errorf("%s: screen says %q, engine says %q", j.ID, got, want)
		}
		for _, ob := range j.Obligations {
			if ob.Due == nil || (ob.State != assess.StateDue && ob.State != assess.StateOverdue) || ob.Applies == assess.No {
				continue
			}
			due := ob.Due.In(loc).Format("01/02 15:04 MST")
			if ob.Due.In(loc).Year() != now.In(loc).Year() {
				due = ob.Due.In(loc).Format("2006/01/02 15:04 MST")
			}
			got := text(t, ctx, fmt.Sprintf(`[data-obligation=%q]`, ob.ID))
			if !strings.Contains(got, due) {
				t.Errorf("obligation %s: screen %q lacks the due time %s", ob.ID, got, due)
			}
		}
	}
	var wantSteps []string
	for _, s := range a.Steps {
		if len(wantSteps) == 3 {
			break
		}
		if s.Applies == assess.No {
			continue
		}
		switch s.State {
		case assess.StateDone, assess.StateDoneLate, assess.StateNA, assess.StateExempt, assess.StateNotRequired:
			continue
		}
		wantSteps = append(wantSteps, s.ID)
	}
	gotSteps := eval[[]string](t, ctx, "next steps", `Array.from(document.querySelectorAll("#next-steps [data-step]")).map((e) => e.dataset.step)`)
	if strings.Join(gotSteps, ",") != strings.Join(wantSteps, ",") {
		t.Errorf("next steps on screen %v, engine %v", gotSteps, wantSteps)
	}
	return a
}

// A person who has never seen the app goes from "we just found something" to
// a dashboard that tells them what they owe whom by when, and finds it all
// again after a reload, offline, in either language.
func TestFirstHourToDashboard(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	do(t, ctx, "loading", chromedp.Navigate("http://"+appHost+"/"), waitApp(), chromedp.WaitVisible(chromedp.CSS("#start-incident")))
	waitOffline(t, ctx)

	// Scenario 01 (targeted e-mail at a travel agency), its clock moved to yesterday.
	aware := time.Now().Add(-26 * time.Hour).Truncate(time.Minute)
	answerWizard(t, ctx, wizardAnswers{
		title: "標的型メールによる不正アクセス", cause: "targeted_email", summary: "社員が標的型メールの添付ファイルを開き、端末がマルウェアに感染した。",
		aware: aware, detected: aware.Add(-55 * 24 * time.Hour), contained: aware.Add(-49 * 24 * time.Hour),
		categories: []string{"name", "gender", "birth_date", "email", "address", "phone", "passport_number", "travel_itinerary"},
		status:     "possible", encryption: "none", persons: "6,788,443", records: "約793万", residentsJP: "6788443",
		org: "架空トラベル株式会社", establishments: "JP",
	})
	waitStored(t, ctx, "the last answers", func(inc *incident.Incident) bool {
		return inc.Org.Name == "架空トラベル株式会社" && len(inc.Org.Establishments) == 1
	})
	incs := storedIncidents(t, ctx)
	inc := incs[0]
	if inc.Data.Persons.N != 6788443 || inc.Data.Records.N != 7930000 || !inc.Data.Records.Approx || len(inc.Data.Categories) != 8 {
		t.Errorf("stored facts differ from what was typed: persons %+v records %+v categories %d",
			inc.Data.Persons, inc.Data.Records, len(inc.Data.Categories))
	}
	// Each question's inputs are fresh: nothing typed in one shows up in the next.
	if inc.Org.Name != "架空トラベル株式会社" || inc.Title != "標的型メールによる不正アクセス" {
		t.Errorf("stored name %q / title %q differ from what was typed", inc.Org.Name, inc.Title)
	}
	if len(inc.Org.Establishments) != 1 || inc.Org.Establishments[0] != "JP" {
		t.Errorf("stored establishments %v, want [JP]", inc.Org.Establishments)
	}
	if ev, ok := inc.FirstEvent(incident.EvAware); !ok || !ev.At.Equal(aware) {
		t.Errorf("stored 知った時 = %v, want %v", ev.At, aware)
	}
	a := checkDashboard(t, ctx, catalog.JA)
	if len(a.Jurisdictions) != 1 {
		t.Errorf("with offices and persons only in Japan, only Japan's law should apply or may apply: %d jurisdictions", len(a.Jurisdictions))
	}
	if a.Jurisdictions[0].ID != "JP" || a.Jurisdictions[0].Reportable != assess.Yes {
		t.Fatalf("the engine should find this reportable in Japan: %+v", a.Jurisdictions[0].Reportable)
	}
	if got := text(t, ctx, "#due"); !strings.Contains(got, "速報") || !strings.Contains(got, "あと") {
		t.Errorf("the 速報 countdown is not on the dashboard: %q", got)
	}

	// Tomorrow: reload offline, everything is as it was left.
	id := inc.ID
	n.setOffline(true)
	do(t, ctx, "offline reload", chromedp.Reload(), waitApp(), chromedp.WaitVisible(chromedp.CSS("#jurisdictions")))
	checkDashboard(t, ctx, catalog.JA)
	do(t, ctx, "offline: the list", chromedp.Navigate("http://"+appHost+"/"), waitApp(),
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`tr[data-id=%q]`, id))))
	if got := text(t, ctx, "#incident-list"); !strings.Contains(got, "標的型メールによる不正アクセス") || !strings.Contains(got, "速報") {
		t.Errorf("the list lacks the incident or its next deadline: %q", got)
	}
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Incidents"),
		chromedp.Click(chromedp.CSS(".bd-incident-link")), waitText("main h1", "Where we stand"))
	checkDashboard(t, ctx, catalog.EN)
	n.setOffline(false)
	n.checkPrivacy(t, appHost)
}

// A derived view is never stale: when the number of persons crosses 1,000,
// the assessment on screen follows at once.
func TestDerivedViewsFollowTheFacts(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	do(t, ctx, "loading", chromedp.Navigate("http://"+appHost+"/"), waitApp(), chromedp.WaitVisible(chromedp.CSS("#start-incident")))
	// Scenario 05 (a misdelivered e-mail), 1,000 persons.
	aware := time.Now().Add(-3 * time.Hour).Truncate(time.Minute)
	answerWizard(t, ctx, wizardAnswers{
		title: "メール誤送信", cause: "misdelivery", summary: "顧客一覧を添付したメールを別の取引先に送信した。",
		aware: aware, detected: aware, contained: aware.Add(time.Hour),
		categories: []string{"name", "email", "phone"}, status: "confirmed", encryption: "none",
		persons: "1,000", records: "1,000", residentsJP: "1000", org: "架空不動産株式会社", establishments: "JP",
	})
	waitStored(t, ctx, "1,000 persons", func(inc *incident.Incident) bool { return inc.Data.Persons.N == 1000 && inc.Org.Name != "" })
	before := checkDashboard(t, ctx, catalog.JA)
	do(t, ctx, "back to the count", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/start"]`)),
		chromedp.WaitVisible(chromedp.CSS("#f-title")), next(), next(), next(), chromedp.WaitVisible(chromedp.CSS("#f-persons")),
		typeText("#f-persons", "1,001"),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident#"]`)), chromedp.WaitVisible(chromedp.CSS("#jurisdictions")))
	waitStored(t, ctx, "1,001 persons", func(inc *incident.Incident) bool { return inc.Data.Persons.N == 1001 })
	after := checkDashboard(t, ctx, catalog.JA)
	if before.Jurisdictions[0].Reportable == after.Jurisdictions[0].Reportable {
		t.Errorf("JP reportability did not change across 1,000 → 1,001 persons: %s", after.Jurisdictions[0].Reportable)
	}
	if after.Jurisdictions[0].Reportable != assess.Yes {
		t.Errorf("1,001 persons: JP = %s, want yes", after.Jurisdictions[0].Reportable)
	}
	n.checkPrivacy(t, appHost)
}
