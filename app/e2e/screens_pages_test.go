//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// screenMaxHeight crops long pages (the facts page, the checklist, the
// drafts): the top of a page is what a reader of the screenshot needs.
const screenMaxHeight = 2200

// screensEveryPage (TestScreens) goes through every page of the app in both languages
// with a realistic incident (scenario 01 of testdata, a travel agency hit by
// a targeted e-mail, as on its first day), checking that each renders its
// title in the language chosen, and when SCREENS names a folder saves a PNG
// of each there (testdata/screens/README.md lists them and what was checked).
func screensEveryPage(t *testing.T) { screensOn(t, desktop) }

// screensOn takes the screenshots of every page on a device (desktop or
// phone); on a phone each page is also checked for what a phone user meets
// (phoneCheck) and, in English when AXE_JS names axe-core, by axe.
func screensOn(t *testing.T, dev device) {
	dir := os.Getenv("SCREENS")
	if dir != "" && dev.folder != "" {
		dir = filepath.Join(dir, dev.folder)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	axe := ""
	if dev.phone && os.Getenv("AXE_JS") != "" {
		axe = axeSource(t)
	}
	base := "http://" + appHost
	file := filepath.Join(t.TempDir(), "travel-agency.json")
	inc := screensIncident(t, time.Now())
	data, err := incident.EncodeExport([]*incident.Incident{inc}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// Each language in a browser of its own that starts with nothing stored
	// (the suite's pool hands one over cleared; session's privacy check
	// ends each).
	for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
		t.Run(string(l), func(t *testing.T) {
			ctx, _ := session(t)
			if dev.phone {
				emulatePhone(t, ctx, dev)
			}
			// axe on a phone in English only: TestA11yEveryPage runs it
			// on every page in both languages on a desktop screen, and
			// what a phone's width changes (targets, wrapping) shows in
			// English's longer words first; phoneCheck runs in both.
			phoneAxe := axe
			if l != catalog.EN {
				phoneAxe = ""
			}
			s := &screens{t: t, ctx: ctx, dir: dir, lang: l, base: base, dev: dev, axe: phoneAxe}
			s.incidentPages(file, inc.Title)
			s.otherPages()
			s.drill()
			s.unlock()
		})
	}
}

// screens takes the screenshots of one language, in one browser that
// starts with nothing stored; the pages are reached by the app's links, but
// the first and the stale links (not found, a missing incident), loaded.
type screens struct {
	t    *testing.T
	dir  string
	lang catalog.Lang
	base string
	id   string // the incident's id
	ctx  context.Context
	dev  device
	axe  string // axe-core's source, to run on every page ("" = not)
}

// device is the screen the pages are shown on.
type device struct {
	width, height int64   // CSS pixels
	scale         float64 // device pixels per CSS pixel
	phone         bool    // a touch screen: checked by phoneCheck
	folder        string  // the screenshots' folder under SCREENS ("" = SCREENS itself)
	shotScale     float64 // the screenshot's pixels per CSS pixel
	maxHeight     float64 // long pages are cropped there (CSS pixels)
}

var (
	desktop = device{width: 1280, height: 900, scale: 1, shotScale: 1, maxHeight: screenMaxHeight}
	// phone is a 6.1-inch phone (iPhone 12 to 15, Pixel 7 in CSS pixels)
	// held upright. Its screenshots are kept at 2 pixels per CSS pixel:
	// sharp enough to read, a third of the bytes of the device's 3.
	phone = device{width: 390, height: 844, scale: 3, phone: true, folder: "phone", shotScale: 2, maxHeight: 2 * 844}
)

// tr is a catalog string in the language of the pass.
func (s *screens) tr(id string, args ...any) string { return catalog.T(s.lang, id, args...) }

// page waits until the page's h1 reads title, then saves the screenshot.
func (s *screens) page(name, title string, steps ...chromedp.Action[chromedp.Void]) {
	s.t.Helper()
	steps = append(steps, waitText("main h1", title))
	do(s.t, s.ctx, name, steps...)
	s.shot(name)
}

// check runs, on a phone, the phone checks and axe on the page shown.
func (s *screens) check(name string) {
	s.t.Helper()
	if !s.dev.phone {
		return
	}
	phoneCheck(s.t, s.ctx, fmt.Sprintf("%s %s", name, s.lang))
	if s.axe != "" {
		a11yCheck(s.t, s.ctx, s.axe, fmt.Sprintf("phone %s %s", name, s.lang))
	}
}

// shot saves the page as <name>-<lang>.png, cropped at screenMaxHeight.
func (s *screens) shot(name string) {
	s.t.Helper()
	// Let pending renders and fonts settle: two frames after the fonts are ready.
	eval[bool](s.t, s.ctx, "settling", `document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))`)
	s.check(name)
	if s.dir == "" {
		return
	}
	h := eval[float64](s.t, s.ctx, "page height", `document.documentElement.scrollHeight`)
	h = min(h, s.dev.maxHeight)
	sctx, cancel := context.WithTimeout(s.ctx, time.Minute)
	defer cancel()
	shot, err := chromedp.Run(sctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		yes := true
		r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{
			Format: page.CaptureScreenshotFormatPng, FromSurface: &yes, CaptureBeyondViewport: &yes,
			Clip: &page.Viewport{X: 0, Y: 0, Width: float64(s.dev.width), Height: h, Scale: s.dev.shotScale / s.dev.scale},
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	}))
	if err != nil {
		s.t.Fatalf("screenshot %s: %v", name, err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		s.t.Fatalf("screenshot %s: %v", name, err)
	}
	var out bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, quantize(img)); err != nil {
		s.t.Fatal(err)
	}
	file := filepath.Join(s.dir, fmt.Sprintf("%s-%s.png", name, s.lang))
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		s.t.Fatal(err)
	}
	b := img.Bounds()
	s.t.Logf("%s: %dx%d, %d KB", filepath.Base(file), b.Dx(), b.Dy(), out.Len()/1024)
}

// tab goes to one of the incident's tabs, as a user does.
func (s *screens) tab(path string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(fmt.Sprintf(`.bd-tabs a[href^=%q]`, path+"#")))
}

// nav follows a link of the main menu.
func (s *screens) nav(path string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(fmt.Sprintf(`.bd-nav a[href=%q]`, path)))
}

// incidentPages imports the incident (the settings page, in the language of
// the pass) and shows each of its pages.
func (s *screens) incidentPages(file, title string) {
	t := s.t
	do(t, s.ctx, "loading", chromedp.Navigate(s.base+"/"), waitApp(), visible("#start-incident"))
	if s.lang == catalog.EN {
		do(t, s.ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Incidents"))
	}
	s.shot("home-empty")
	do(t, s.ctx, "importing the incident", s.nav("/settings"), waitText("main h1", s.tr("safety.title")),
		visible("#import-file"),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		visible("#import-result.bd-ok .import-added a"))
	href := eval[string](t, s.ctx, "the imported incident", `document.querySelector("#import-result .import-added a").getAttribute("href")`)
	_, s.id, _ = strings.Cut(href, "#")
	s.page("home", s.tr("home.title"), s.nav("/"), visible(fmt.Sprintf(`tr[data-id=%q]`, s.id)))
	if got := text(t, s.ctx, "#incident-list"); !strings.Contains(got, title) {
		t.Errorf("%s: the list lacks the incident: %q", s.lang, got)
	}
	s.page("dashboard", s.tr("dash.title"), chromedp.Click(chromedp.CSS(".bd-incident-link")), visible("#jurisdictions"),
		visible("#drafts-lint-count"))
	s.page("wizard-1", s.tr("wiz.title"), s.tab("/incident/start"), visible("#f-title"))
	for step := 2; step <= 6; step++ {
		do(t, s.ctx, fmt.Sprintf("wizard step %d", step), next())
		if step == 3 || step == 6 {
			s.shot(fmt.Sprintf("wizard-%d", step))
		}
	}
	s.page("facts", s.tr("facts.title"), s.tab("/incident/facts"), visible("#facts-problems"))
	// Customers in Korea and Australia, no office there: the page asks for
	// each whether the company does business in that country.
	if got := eval[int](t, s.ctx, "the country questions", `document.querySelectorAll("#fx-targets fieldset").length`); got != 2 {
		t.Errorf("%s: %d questions whether the company does business in a country, want 2 (Korea, Australia)", s.lang, got)
	}
	if s.dir != "" {
		viewShot(t, s.ctx, filepath.Join(s.dev.folder, "facts-targets-"+string(s.lang)), "#fx-targets")
		// A data set's questions with a long legend (whether none of its
		// persons can be told), as phoneCheck and axe saw them.
		viewShot(t, s.ctx, filepath.Join(s.dev.folder, "facts-set-"+string(s.lang)), `fieldset[id$="-unreachable"]`)
		// The risk questions: money demanded of the persons, their safety.
		viewShot(t, s.ctx, filepath.Join(s.dev.folder, "facts-risk-"+string(s.lang)), "#fx-risk-extortion")
	}
	s.page("checklist", s.tr("cl.title"), s.tab("/incident/checklist"), visible(".cl-step"))
	s.page("timeline", s.tr("tl.title"), s.tab("/incident/timeline"), visible("#tl-line"))
	// A deletion asked of recipients: the form asks how many there were
	// and how many confirmed it.
	do(t, s.ctx, "a deletion event's counts", choose("#tl-add-kind", string(incident.EvDeleted)),
		visible("#tl-add-recipients"), visible("#tl-add-confirmed"))
	s.check("timeline-deleted")
	if s.dir != "" {
		viewShot(t, s.ctx, filepath.Join(s.dev.folder, "timeline-deleted-"+string(s.lang)), "#tl-add-recipients")
	}
	// An announcement known about a day: the form asks its time of day (if
	// known), the day it was learned of if later, and whether it stood for
	// the notice to the persons who cannot be told.
	do(t, s.ctx, "an announcement about a day", choose("#tl-add-kind", string(incident.EvPublic)),
		choose("#tl-add-prec", string(incident.Approx)), visible("#tl-add-time"),
		chromedp.Click(chromedp.CSS(".tl-form .tl-more summary")), visible("#tl-add-learned"), visible("#tl-add-forNotice"))
	s.check("timeline-public-approx")
	if s.dir != "" {
		viewShot(t, s.ctx, filepath.Join(s.dev.folder, "timeline-public-approx-"+string(s.lang)), "#tl-add-time")
	}
	do(t, s.ctx, "the form as it was", choose("#tl-add-kind", ""), choose("#tl-add-prec", ""))
	s.page("drafts", s.tr("drafts.title"), s.tab("/incident/drafts"))
	s.page("packet", s.tr("print.title"), s.tab("/incident/packet"), visible(".bd-pk-letter"))
	s.page("print-doc", s.tr("print.docTitle"), chromedp.Click(chromedp.CSS(".bd-pk-letter")))
	s.page("estimate", s.tr("est.title"), goTo("/incident/estimate#"+s.id), waitApp())
}

// otherPages are the pages of the menu, and a stale link.
func (s *screens) otherPages() {
	do(s.t, s.ctx, "home", goTo("/"), waitApp(), waitText("main h1", s.tr("home.title")))
	s.page("drills", s.tr("drill.title"), s.nav("/drills"), visible("#drill-start"))
	s.page("readiness", s.tr("drill.ready.title"), s.nav("/readiness"))
	s.page("about", s.tr("about.title"), s.nav("/about"))
	s.page("settings", s.tr("safety.title"), s.nav("/settings"), visible("#import-file"))
	s.page("not-found", s.tr("notfound.title"), chromedp.Navigate(s.base+"/no-such-page"), waitApp())
	s.page("incident-missing", s.tr("incident.missing"), chromedp.Navigate(s.base+"/incident#0123456789abcdef"), waitApp())
}

// drill starts the travel-agency drill and shows it running.
func (s *screens) drill() {
	do(s.t, s.ctx, "the drills", goTo("/drills"), waitApp(), visible("#drill-start"),
		chromedp.Click(chromedp.CSS(`label[for="scenario-travel-targeted-email"]`)),
		chromedp.Click(chromedp.CSS(`label[for="speed-step"]`)),
		chromedp.Click(chromedp.CSS("#drill-start")),
		visible("#drill-banner"),
		chromedp.Click(chromedp.CSS("#drill-advance")), visible("#drill-latest[data-inject]"))
	s.shot("drill-running")
	s.page("drill-room", s.tr("drill.roomTitle"), chromedp.Click(chromedp.CSS("#drill-room-link")))
}

// unlock protects the incidents with a passphrase, locks them and shows the
// unlock screen.
func (s *screens) unlock() {
	const pass = "correct horse battery staple 2026"
	do(s.t, s.ctx, "protecting", goTo("/settings"), waitApp(), visible("#pass-new"),
		chromedp.SendKeys(chromedp.CSS("#pass-new"), pass),
		chromedp.SendKeys(chromedp.CSS("#pass-repeat"), pass),
		chromedp.Click(chromedp.CSS("#protect-button")),
		visible("#lock-now"),
		chromedp.Click(chromedp.CSS("#lock-now")),
		visible("#unlock-passphrase"))
	// As a user meets it: any page of the incidents is the unlock screen
	// (on the settings page it is one section, under the page's own h1).
	s.page("unlock", s.tr("safety.unlock.title"), s.nav("/"), visible("#unlock-passphrase"))
}

// screensIncident is scenario 01 as it stands on its first day: the events
// up to the moment the company learned of the breach, moved so that this was
// 30 hours ago. A real incident, not the drill testdata marks it as.
func screensIncident(t *testing.T, now time.Time) *incident.Incident {
	t.Helper()
	inc := scenario01(t)
	aware, ok := inc.FirstEvent(incident.EvAware)
	if !ok {
		t.Fatal("scenario 01 has no aware event")
	}
	shift := now.Add(-30 * time.Hour).Truncate(time.Minute).Sub(aware.At)
	var kept []incident.Event
	for _, e := range inc.Events {
		if e.At.After(aware.At) {
			continue
		}
		e.At = e.At.Add(shift)
		kept = append(kept, e)
	}
	inc.Events = kept
	// Some customers live abroad, where the company has no office: the facts
	// page then asks whether it does business in each country, and the phone
	// and axe checks see those questions too.
	d := inc.Main()
	d.Residence = append(d.Residence,
		incident.Residence{Country: "KR", Persons: incident.Count{Known: true, N: 2400}},
		incident.Residence{Country: "AU"})
	inc.ID = "screens-travel"
	inc.CreatedAt = aware.At.Add(shift).Add(time.Hour)
	inc.UpdatedAt = now.Add(-time.Hour)
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Fatalf("the incident is not valid: %v", ps.Errors())
	}
	return inc
}

// quantize reduces a screenshot to its 256 most common colours (counted in
// 5-bit-per-channel buckets, each bucket's colour its average), every pixel
// taking the nearest: a third of the bytes, and a UI's flat colours and
// text look the same (the screenshots must stay under 8 MB in git).
func quantize(img image.Image) *image.Paletted {
	b := img.Bounds()
	type acc struct{ n, r, g, b int }
	buckets := map[uint32]*acc{}
	key := func(r, g, bl uint32) uint32 { return (r>>11)<<10 | (g>>11)<<5 | bl>>11 }
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			k := key(r, g, bl)
			a := buckets[k]
			if a == nil {
				a = &acc{}
				buckets[k] = a
			}
			a.n, a.r, a.g, a.b = a.n+1, a.r+int(r>>8), a.g+int(g>>8), a.b+int(bl>>8)
		}
	}
	keys := make([]uint32, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return buckets[keys[i]].n > buckets[keys[j]].n })
	keys = keys[:min(len(keys), 256)]
	pal := make(color.Palette, len(keys))
	for i, k := range keys {
		a := buckets[k]
		pal[i] = color.RGBA{uint8(a.r / a.n), uint8(a.g / a.n), uint8(a.b / a.n), 255}
	}
	near := map[uint32]uint8{}
	out := image.NewPaletted(b, pal)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.At(x, y)
			r, g, bl, _ := c.RGBA()
			k := key(r, g, bl)
			i, ok := near[k]
			if !ok {
				i = uint8(pal.Index(c))
				near[k] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	return out
}
