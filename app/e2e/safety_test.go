//go:build e2e

package e2e

// Data safety (issue 6): passphrase protection, backup and restore, hostile
// files, a second tab. Figures (unlock time, hostile files) are logged with
// the prefix "FIGURE" and asserted, so a regression fails the suite.

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/vault"

	"github.com/chromedp/chromedp"
)

const safetyPass = "kumo sora umi 7 tsuki"

// safetyOpen starts Chromium on the app's home page and returns the context and the base URL.
func safetyOpen(t *testing.T) (context.Context, string) {
	t.Helper()
	ctx, _ := session(t)
	openHome(t, ctx)
	return ctx, "http://" + appHost
}

// safetyCreate starts an incident from the home page, types its title and
// summary in the wizard, waits until they are stored and returns its id.
func safetyCreate(t *testing.T, ctx context.Context, title, summary string) string {
	t.Helper()
	// The home page by the app's link when the tab shows the app (nearly
	// every caller has just loaded it), loaded otherwise.
	do(t, ctx, "the home page", openPage("/"), waitApp(), visible("#start-incident"))
	id := startIncident(t, ctx)
	do(t, ctx, "typing the title and the summary", typeText("#f-title", title), typeText("#f-summary", summary))
	waitStoredID(t, ctx, id, "the title and the summary", func(inc *incident.Incident) bool {
		return inc.Title == title && inc.Story.Summary == summary
	})
	return id
}

// safetySetLang switches the interface to lang ("ja" or "en") with the switch.
func safetySetLang(t *testing.T, ctx context.Context, lang string) {
	t.Helper()
	cur := eval[string](t, ctx, "reading lang", `document.documentElement.lang`)
	if cur != lang {
		do(t, ctx, "switching language", chromedp.Click(chromedp.CSS("#lang-switch")),
			waitJS(fmt.Sprintf(`document.documentElement.lang === %q`, lang)))
	}
}

// (a) Protect with a passphrase; after a reload the app asks for it; a wrong
// one says so and changes nothing; the right one shows the incidents. No
// plaintext of a typed marker is stored.
func TestSafetyProtectAndUnlock(t *testing.T) {
	// Not t.Parallel: its figures are timings, taken with the machine to
	// itself (the suite runs such tests alone, before the others).
	ctx, base := safetyOpen(t)
	marker := "MARKER-" + strings.ToUpper(fmt.Sprintf("%x", time.Now().UnixNano())) + "-機密"
	safetyCreate(t, ctx, "Alpha "+marker, "summary "+marker)
	if raw := dumpDB(t, ctx).Raw; !strings.Contains(raw, marker) {
		t.Fatalf("before protection the marker should be stored in plain text (the dump is blind otherwise)")
	}

	do(t, ctx, "opening the settings", chromedp.Navigate(base+"/settings"), waitApp(), visible("#protect-form"))
	shot(t, ctx, "safety-settings-ja")
	safetySetLang(t, ctx, "en")
	shot(t, ctx, "safety-settings-en")
	safetySetLang(t, ctx, "ja")
	do(t, ctx, "protecting",
		chromedp.SendKeys(chromedp.CSS("#pass-new"), safetyPass),
		chromedp.SendKeys(chromedp.CSS("#pass-repeat"), safetyPass),
		chromedp.Click(chromedp.CSS("#protect-button")),
		visible("#protect-status"),
	)
	raw := dumpDB(t, ctx).Raw
	if strings.Contains(raw, marker) || strings.Contains(raw, "Alpha") {
		t.Fatalf("plaintext stored after protection: %.300s", raw)
	}
	if !strings.Contains(raw, vault.RecordFormat) || !strings.Contains(raw, vault.KeyCheckFormat) {
		t.Fatalf("no sealed records or key check stored: %.300s", raw)
	}
	shot(t, ctx, "safety-settings-protected-ja")

	// Reload: the app asks for the passphrase instead of showing incidents.
	do(t, ctx, "reloading on the home page", chromedp.Navigate(base+"/"), chromedp.Reload(), waitApp(), visible("#unlock-passphrase"))
	if got := eval[bool](t, ctx, "looking for the list", `!!document.querySelector("#incident-list")`); got {
		t.Fatal("the incident list is shown while locked")
	}
	shot(t, ctx, "safety-unlock-ja")
	before := dumpDB(t, ctx).Raw
	do(t, ctx, "wrong passphrase",
		chromedp.SendKeys(chromedp.CSS("#unlock-passphrase"), "not the passphrase"),
		chromedp.Click(chromedp.CSS("#unlock-button")),
		waitText("#unlock-passphrase-problem", "パスフレーズが違います。何も変更していません。大文字・小文字や入力モードを確かめて、もう一度入力してください。"),
	)
	shot(t, ctx, "safety-unlock-wrong-ja")
	if after := dumpDB(t, ctx).Raw; after != before {
		t.Fatal("a wrong passphrase changed the stored data")
	}
	safetySetLang(t, ctx, "en")
	do(t, ctx, "unlock screen in English", waitText("#unlock-title", "Unlock the incidents"))
	shot(t, ctx, "safety-unlock-en")

	do(t, ctx, "typing the right passphrase", chromedp.SendKeys(chromedp.CSS("#unlock-passphrase"), safetyPass))
	ms := eval[float64](t, ctx, "unlocking", `(async () => {
		const t0 = performance.now();
		document.querySelector("#unlock-button").click();
		while (!document.querySelector("#incident-list")) await new Promise((r) => setTimeout(r, 5));
		return performance.now() - t0;
	})()`)
	kdf := eval[float64](t, ctx, "reading the derivation time", `window.__breachdeskUnlockMs || -1`)
	t.Logf("FIGURE unlock: %.0f ms from the click to the incident list on screen; key derivation and check (PBKDF2-SHA256, 600,000 iterations, WebCrypto) %.0f ms", ms, kdf)
	if ms > 5000 {
		t.Errorf("unlocking took %.0f ms", ms)
	}
	if got := text(t, ctx, "#incident-list tbody .bd-incident-link"); !strings.Contains(got, marker) {
		t.Errorf("after unlock the list shows %q", got)
	}

	// An edit after the unlock is stored sealed too. (In-app links: a page
	// load starts locked, since the key lives only in memory.)
	marker2 := marker + "-EDIT"
	do(t, ctx, "editing after unlock",
		chromedp.Click(chromedp.CSS("#incident-list .bd-incident-link")),
		visible(`.bd-tabs a[href*="/incident/start#"]`),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href*="/incident/start#"]`)),
		visible("#f-summary"),
		chromedp.SendKeys(chromedp.CSS("#f-summary"), " "+marker2),
	)
	if id := eval[string](t, ctx, "id", `location.hash.slice(1)`); id == "" {
		t.Fatal("no id in the URL")
	}
	// The edit reaches IndexedDB sealed: the record, opened here with the
	// passphrase's key, holds it.
	d := vaultWaitDB(t, ctx, "the edit stored", func(d dbDump) bool {
		k, ok := vaultKeyOf(t, vaultProtection(t, d), safetyPass)
		if !ok {
			t.Fatal("the stored key check does not accept the passphrase")
		}
		for _, inc := range vaultOpenAll(t, d, k) {
			if strings.Contains(inc.Story.Summary, marker2) {
				return true
			}
		}
		return false
	})
	raw = d.Raw
	if strings.Contains(raw, marker) {
		t.Fatal("plaintext stored after an edit while protected")
	}
	if len(d.Incidents) != 1 || !strings.Contains(d.Incidents[0].Data, vault.RecordFormat) {
		t.Fatalf("stored incidents: %+v", d.Incidents)
	}

	// Lock on demand: the incident page gives way to the unlock screen.
	do(t, ctx, "locking", chromedp.Click(chromedp.CSS(`.bd-nav a[href$="/settings"]`)),
		visible("#lock-now"),
		chromedp.Click(chromedp.CSS("#lock-now")),
		visible("#unlock-passphrase"),
		chromedp.Evaluate[chromedp.Void](`history.back()`),
		waitJS(`location.pathname === "/incident/start"`),
		visible("#unlock-passphrase"),
	)
	if strings.Contains(eval[string](t, ctx, "page text", `document.body.innerText`), marker) {
		t.Fatal("the marker is on screen while locked")
	}
}

// (b) Export all (sealed with a passphrase) → the file is downloaded → wipe
// → import → the same incidents are back.
func TestSafetyExportWipeImport(t *testing.T) {
	parallel(t)
	ctx, _ := safetyOpen(t)
	safetyCreate(t, ctx, "Backup one", "first summary")
	safetyCreate(t, ctx, "Backup two", "second summary")
	do(t, ctx, "home shows the backup reminder", goTo("/"), waitApp(), visible("#notice-backup"))
	before := dumpDB(t, ctx)
	if len(before.Incidents) != 2 {
		t.Fatalf("%d incidents stored", len(before.Incidents))
	}

	dls := watchDownloads(t, ctx)
	do(t, ctx, "exporting all, sealed",
		goTo("/settings"), waitApp(),
		visible("#export-seal"),
		chromedp.Click(chromedp.CSS("#export-seal")),
		visible("#export-pass"),
		chromedp.SendKeys(chromedp.CSS("#export-pass"), safetyPass),
		chromedp.SendKeys(chromedp.CSS("#export-repeat"), safetyPass),
		chromedp.Click(chromedp.CSS("#export-all")),
		visible("#export-done"),
	)
	got, data := dls.wait(t, "*.sealed.json")
	file := filepath.Join(t.TempDir(), got.Name) // the file as the user has it
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(vault.ExportFormat)) || bytes.Contains(data, []byte("Backup one")) {
		t.Fatalf("the export is not sealed: %.200s", data)
	}
	do(t, ctx, "the reminder is gone", goTo("/"), waitApp(), visible("#incident-list"))
	if eval[bool](t, ctx, "reminder", `!!document.querySelector("#notice-backup")`) {
		t.Error("the backup reminder is still shown after exporting everything")
	}

	do(t, ctx, "wiping",
		goTo("/settings"), waitApp(),
		visible("#wipe-confirm"),
		chromedp.Evaluate[chromedp.Void](`window.__beforeWipe = true`),
		chromedp.SendKeys(chromedp.CSS("#wipe-confirm"), "削除"),
		chromedp.Click(chromedp.CSS("#wipe-button")),
	)
	// The wipe ends with a reload of the page: wait for the new page to have
	// opened its (new, empty) storage, which it shows by its settings. (When
	// the test went on as soon as the reloaded page had rendered, the home
	// page loaded next once never finished opening its storage, in a full run
	// on a busy machine; not reproduced alone, not explained yet.)
	// The settings page's HTML, prerendered, holds the wipe form before the
	// app has run: wait for the app (go-app's loader gone) as well. A test
	// that went on at the form alone navigated away from a page still
	// loading its module, and the next page's storage never opened (seen
	// three times in full runs, databases() empty: the open still pending;
	// an open bug of the app, README ²³).
	waitUntil(t, "the page reloaded after the wipe, its storage open", time.Minute, func() bool {
		return pageSays(ctx, `window.__beforeWipe === undefined && !document.querySelector("#app-wasm-loader") && !!document.querySelector("#wipe-confirm")`)
	})
	do(t, ctx, "loading the home page after the wipe", openPage("/"), waitApp())
	if !eventually(45*time.Second, func() bool { return pageSays(ctx, `!!document.querySelector("#no-incidents")`) }) {
		// Seen twice in full runs on a busy machine, never alone: the page
		// stays at "loading the incidents" (the desk's first read of
		// IndexedDB never answers). Say what the browser's storage looks
		// like then, so that the next occurrence tells where it hangs.
		diag := eval[string](t, ctx, "the storage after the hang", wipeHangProbe)
		t.Fatalf("after the wipe, the home page never listed the (no) incidents: %q\nstorage: %s", text(t, ctx, "main"), diag)
	}
	// The desk's open has a deadline: past it the page lists nothing and says
	// the storage did not answer. That is the hang above, told to the user.
	if pageSays(ctx, `!!document.querySelector("#storage-error")`) {
		diag := eval[string](t, ctx, "the storage after the hang", wipeHangProbe)
		t.Fatalf("after the wipe, the storage did not open: %q\nstorage: %s", text(t, ctx, "#storage-error"), diag)
	}

	do(t, ctx, "importing the sealed file",
		goTo("/settings"), waitApp(),
		visible("#import-file"),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		visible("#import-pass"),
		chromedp.SendKeys(chromedp.CSS("#import-pass"), safetyPass),
		chromedp.Click(chromedp.CSS("#import-open")),
		visible("#import-result.bd-ok"),
	)
	after := dumpDB(t, ctx)
	if len(after.Incidents) != len(before.Incidents) {
		t.Fatalf("%d incidents after the import, %d before", len(after.Incidents), len(before.Incidents))
	}
	for i := range before.Incidents {
		if before.Incidents[i].Key != after.Incidents[i].Key || before.Incidents[i].Data != after.Incidents[i].Data {
			t.Errorf("incident %d differs:\nbefore %s\nafter  %s", i, before.Incidents[i].Data, after.Incidents[i].Data)
		}
	}
}

// safetyExport is a valid export of two incidents, made with the app's own encoder.
func safetyExport(t testing.TB) []byte {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	a := incident.New("0123456789abcdef", now)
	a.Title = "Imported A"
	a.Story.Summary = "summary A"
	b := incident.New("fedcba9876543210", now)
	b.Title = "Imported B"
	b.Notes = "notes of B"
	data, err := incident.EncodeExport([]*incident.Incident{a, b}, now)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// goKey is a key derived here, with Go's crypto, as WebCrypto derives it in
// the app: PBKDF2-SHA256 → AES-GCM-256 (it seals what the app opens, and
// opens what the app sealed).
type goKey struct {
	kdf  vault.KDF
	aead cipher.AEAD
}

// newGoKey derives pass's key with kdf's salt and iterations.
func newGoKey(t testing.TB, pass string, kdf vault.KDF) *goKey {
	t.Helper()
	key, err := pbkdf2.Key(sha256.New, pass, kdf.Salt, kdf.Iterations, 32)
	if err != nil {
		t.Fatal(err)
	}
	blk, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(blk)
	return &goKey{kdf: kdf, aead: aead}
}

// newGoCipher derives pass's key with a fresh salt.
func newGoCipher(t testing.TB, pass string) *goKey {
	t.Helper()
	salt := make([]byte, vault.SaltSize)
	_, _ = rand.Read(salt)
	kdf, err := vault.NewKDF(salt)
	if err != nil {
		t.Fatal(err)
	}
	return newGoKey(t, pass, kdf)
}

func (k *goKey) KDF() vault.KDF { return k.kdf }
func (k *goKey) Seal(p []byte) ([]byte, []byte, error) {
	iv := make([]byte, vault.IVSize)
	_, _ = rand.Read(iv)
	return iv, k.aead.Seal(nil, iv, p, nil), nil
}
func (k *goKey) Open(iv, ct []byte) ([]byte, error) { return k.aead.Open(nil, iv, ct, nil) }

// openRaw decrypts a stored envelope's bytes with k whatever salt the
// envelope names: the proof that a record no longer opens with an old key.
func (k *goKey) openRaw(stored string, format string) ([]byte, error) {
	e, err := vault.Decode([]byte(stored), format)
	if err != nil {
		return nil, err
	}
	return k.aead.Open(nil, e.IV, e.Data, nil)
}

// safetyBadFile is a hostile file and what its message must say.
type safetyBadFile struct {
	name string
	data []byte
	pass string // for a sealed file
	want string // in the message (English)
	ok   bool   // imported (as new incidents), with the message listing warnings
}

func safetyBadFiles(t *testing.T) []safetyBadFile {
	valid := safetyExport(t)
	s := string(valid)
	var events strings.Builder
	events.WriteString(`{"format":"breachdesk-export","schema":1,"incidents":[{"schema":1,"id":"many-events","title":"x","timeZone":"Asia/Tokyo","events":[`)
	for i := 0; i < 100_000; i++ {
		if i > 0 {
			events.WriteByte(',')
		}
		fmt.Fprintf(&events, `{"id":"e%d"}`, i)
	}
	events.WriteString(`]}]}`)
	big := append([]byte(`{"format":"breachdesk-export","schema":1,"incidents":[{"id":"big","title":"`), bytes.Repeat([]byte("a"), 50<<20)...)
	big = append(big, []byte(`"}]}`)...)
	sealed, err := vault.SealExport(newGoCipher(t, safetyPass), valid)
	if err != nil {
		t.Fatal(err)
	}
	var env map[string]any
	_ = json.Unmarshal(sealed, &env)
	ct, _ := base64.StdEncoding.DecodeString(env["data"].(string))
	ct[len(ct)/2] ^= 0x01
	env["data"] = base64.StdEncoding.EncodeToString(ct)
	tampered, _ := json.Marshal(env)
	return []safetyBadFile{
		{name: "not-json.json", data: []byte("this is not JSON at all"), want: "not an incident file"},
		{name: "truncated.json", data: valid[:len(valid)/2], want: "truncated"},
		{name: "future-schema.json", data: []byte(strings.Replace(s, `"schema": 2,`, `"schema": 7,`, 1)), want: "schema 7"},
		{name: "wrong-types.json", data: []byte(strings.Replace(s, `"title": "Imported A"`, `"title": 42`, 1)), want: "incidents[0].title"},
		{name: "events-100000.json", data: []byte(events.String()), want: "incidents[0].events"},
		{name: "nul-title.json", data: []byte(strings.Replace(s, `"title": "Imported A"`, `"title": "A\u0000B"`, 1)), want: "incidents[0].title"},
		{name: "rtl-title.json", data: []byte(strings.Replace(s, `"title": "Imported A"`, `"title": "invoice\u202Efdp.exe"`, 1)), want: "incidents[0].title"},
		{name: "script-strings.json", data: []byte(strings.NewReplacer(
			`"title": "Imported A"`, `"title": "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>"`,
			`"notes": "notes of B"`, `"notes": "javascript:window.__xss=3 \u202Eevil"`).Replace(s)),
			want: "incidents[1].notes", ok: true},
		{name: "big-50mb.json", data: big, want: "too large"},
		{name: "sealed-wrong-pass.json", data: sealed, pass: "not the passphrase", want: "Wrong passphrase"},
		{name: "sealed-tampered.json", data: tampered, pass: safetyPass, want: "Wrong passphrase"},
	}
}

// (c) Hostile files through the real file input: each gets a precise message
// and the stored incidents stay byte for byte as they were.
func TestSafetyBadFiles(t *testing.T) {
	parallel(t)
	ctx, base := safetyOpen(t)
	safetyCreate(t, ctx, "Existing incident", "must not change")
	safetySetLang(t, ctx, "en")
	do(t, ctx, "opening the settings", chromedp.Navigate(base+"/settings"), waitApp(), visible("#import-file"))
	dir := t.TempDir()
	only := os.Getenv("SAFETY_ONLY") // one file's name, to debug it
	for _, f := range safetyBadFiles(t) {
		if only != "" && f.name != only {
			continue
		}
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		bd := dumpDB(t, ctx)
		before := bd.Raw
		steps := []chromedp.Action[chromedp.Void]{chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path})}
		if f.pass != "" {
			steps = append(steps, visible("#import-pass"),
				chromedp.SendKeys(chromedp.CSS("#import-pass"), f.pass),
				chromedp.Click(chromedp.CSS("#import-open")))
		}
		steps = append(steps, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](fmt.Sprintf(`(() => { const r = document.querySelector("#import-result"); return !!r && (r.textContent.includes(%q) || r.classList.contains("bd-ok")); })()`, f.name),
				chromedp.WithPollingTimeout(45*time.Second), chromedp.WithPollingInterval(pollEvery))(ctx, tg)
			return err
		}))
		start := time.Now()
		if only != "" {
			// Debugging one file: what the page shows 8 s into its import.
			defer time.AfterFunc(8*time.Second, func() {
				shot(t, ctx, "safety-debug-"+f.name)
				t.Logf("at 8 s: %s", eval[string](t, ctx, "state", `document.querySelector("#backup").innerText`))
			}).Stop()
		}
		do(t, ctx, "importing "+f.name, steps...)
		msg := text(t, ctx, "#import-result")
		t.Logf("%s (%d bytes, %v): %s", f.name, len(f.data), time.Since(start).Round(time.Millisecond), msg)
		if !strings.Contains(msg, f.want) {
			t.Errorf("%s: the message does not say %q: %s", f.name, f.want, msg)
		}
		ad := dumpDB(t, ctx)
		after := ad.Raw
		if !f.ok {
			if after != before {
				t.Errorf("%s: the stored data changed", f.name)
			}
			if !strings.Contains(msg, "Nothing was changed") {
				t.Errorf("%s: the message does not say that nothing changed", f.name)
			}
			if f.pass != "" {
				do(t, ctx, "cancelling", chromedp.Click(chromedp.CSS("#import-cancel")))
			}
			continue
		}
		// Imported: every record that was there is byte for byte the same, the new ones are added.
		old := map[string]string{}
		for _, r := range bd.Incidents {
			old[r.Key] = r.Data
		}
		for _, r := range ad.Incidents {
			if d, ok := old[r.Key]; ok && d != r.Data {
				t.Errorf("%s: incident %s changed", f.name, r.Key)
			}
		}
		if len(ad.Incidents) != len(bd.Incidents)+2 {
			t.Errorf("%s: %d incidents after, %d before", f.name, len(ad.Incidents), len(bd.Incidents))
		}
		if x := eval[int](t, ctx, "xss flag", `window.__xss || 0`); x != 0 {
			t.Errorf("%s: a script from the file ran (%d)", f.name, x)
		}
		do(t, ctx, "the hostile title is shown as text", chromedp.Navigate(base+"/"), waitApp(), visible("#incident-list"))
		if got := eval[string](t, ctx, "titles", `Array.from(document.querySelectorAll(".bd-incident-link")).map((a) => a.textContent).join("|")`); !strings.Contains(got, "<script>window.__xss=1</script>") {
			t.Errorf("%s: titles %q", f.name, got)
		}
		if x := eval[int](t, ctx, "xss flag", `window.__xss || 0`); x != 0 {
			t.Errorf("%s: a script from the file ran (%d)", f.name, x)
		}
		do(t, ctx, "back to the settings", chromedp.Navigate(base+"/settings"), waitApp(), visible("#import-file"))
	}
}

// safetyMutate returns a hostile variant of a valid export.
func safetyMutate(r *mrand.Rand, valid []byte) []byte {
	b := append([]byte(nil), valid...)
	pick := func() int { return r.IntN(len(b)) }
	switch r.IntN(14) {
	case 0: // truncate
		return b[:pick()]
	case 1: // flip bytes
		for i := 0; i < 1+r.IntN(8); i++ {
			b[pick()] ^= byte(1 << r.IntN(8))
		}
	case 2: // insert junk
		i := pick()
		junk := []string{"{", "}", "[", "]", ",", ":", `"`, `\`, "\x00", "\u202e", "null", "1e999", "-0", "\xff\xfe", `"<script>"`, "true"}
		return append(b[:i:i], append([]byte(junk[r.IntN(len(junk))]), b[i:]...)...)
	case 3: // delete a range
		i := pick()
		j := i + r.IntN(64)
		if j > len(b) {
			j = len(b)
		}
		return append(b[:i:i], b[j:]...)
	case 4: // a value of the wrong type
		for _, k := range []string{`"title": "Imported A"`, `"schema": 2`, `"timeZone": "Asia/Tokyo"`, `"incidents": [`, `"events": [`} {
			if r.IntN(2) == 0 {
				repl := []string{`"title": 1`, `"schema": "1"`, `"timeZone": {}`, `"incidents": {"a":[`, `"events": "x",[`}
				b = bytes.Replace(b, []byte(k), []byte(repl[r.IntN(len(repl))]), 1)
			}
		}
	case 5: // schema from the future or the past
		b = bytes.Replace(b, []byte(`"schema": 2,`), []byte(fmt.Sprintf(`"schema": %d,`, []int{-1, 0, 3, 99, 1 << 40}[r.IntN(5)])), 1)
	case 6: // duplicate ids
		b = bytes.Replace(b, []byte("fedcba9876543210"), []byte("0123456789abcdef"), 1)
	case 7: // deep nesting
		d := 60 + r.IntN(200)
		return []byte(strings.Repeat("[", d) + strings.Repeat("]", d))
	case 8: // hostile strings in names
		bad := []string{"\x00", "\u202e", "\u2066", "\n", "\t", "\x1b[31m", strings.Repeat("長", 300)}
		b = bytes.Replace(b, []byte(`"Imported A"`), []byte(fmt.Sprintf("%q", "A"+bad[r.IntN(len(bad))])), 1)
	case 9: // huge numbers and dates
		b = bytes.Replace(b, []byte(`"2026-03-01T09:00:00Z"`), []byte([]string{`"9999-99-99T99:99:99Z"`, `"0001-01-01T00:00:00Z"`, `123`, `"yesterday"`, `1e308`}[r.IntN(5)]), 1)
	case 10: // unknown format marker
		b = bytes.Replace(b, []byte(`"breachdesk-export"`), []byte([]string{`"breachdesk-export-sealed"`, `"other"`, `""`, `null`}[r.IntN(4)]), 1)
	case 11: // many incidents
		var sb strings.Builder
		sb.WriteString(`{"format":"breachdesk-export","schema":1,"incidents":[`)
		n := 10_001 + r.IntN(100)
		for i := 0; i < n; i++ {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(`{}`)
		}
		sb.WriteString("]}")
		return []byte(sb.String())
	case 12: // random bytes
		n := r.IntN(4096)
		out := make([]byte, n)
		for i := range out {
			out[i] = byte(r.IntN(256))
		}
		return out
	case 13: // a sealed-looking file with garbage
		return []byte(fmt.Sprintf(`{"format":"breachdesk-export-sealed","v":1,"kdf":{"name":"PBKDF2-SHA256","iterations":%d,"salt":"AAAA"},"cipher":"AES-GCM-256","iv":"x","data":"%s"}`,
			[]int{1, 600000, 1 << 40}[r.IntN(3)], base64.StdEncoding.EncodeToString(b[:r.IntN(64)])))
	}
	return b
}

// (d) A thousand hostile files through the import (the test hook runs the
// same code as the file input after it has read the file): count how many are
// rejected cleanly, and prove that none changed the stored data.
func TestSafetyHostileFiles(t *testing.T) {
	parallel(t)
	ctx, base := safetyOpen(t)
	safetyCreate(t, ctx, "Existing incident", "must not change")
	eval[bool](t, ctx, "enabling the test hook", `(localStorage.setItem("breachdesk.testHooks", "1"), true)`)
	do(t, ctx, "reloading with the hook", chromedp.Navigate(base+"/settings"), waitApp(), visible("#import-file"))
	if !eval[bool](t, ctx, "hook", `typeof window.__breachdeskImport === "function"`) {
		t.Fatal("no import hook")
	}
	valid := safetyExport(t)
	r := mrand.New(mrand.NewPCG(6, 1000))
	// 300 files through the browser's own storage (each checked against a
	// whole dump of the database before and after: ~0.2 s of CPU a file on
	// the 2-core machine); the soak runs 10,000 through Desk.Import natively
	// (SOAK_RUN=ImportMutations make soak).
	const files = 300
	var rejected, imported, changed, lost int
	start := time.Now()
	for i := 0; i < files; i++ {
		data := safetyMutate(r, valid)
		js := fmt.Sprintf(`(async () => {
			const dump = async () => JSON.parse(await %s);
			const before = await dump();
			const bytes = Uint8Array.from(atob(%q), (c) => c.charCodeAt(0));
			const res = JSON.parse(await window.__breachdeskImport(bytes, ""));
			await new Promise((r) => setTimeout(r, 0));
			const after = await dump();
			const old = new Map((before.incidents || []).map((r) => [r.key, r.data + "|" + r.updatedAt]));
			let changed = 0, kept = 0;
			for (const r of after.incidents || []) {
				if (old.has(r.key)) { kept++; if (old.get(r.key) !== r.data + "|" + r.updatedAt) changed++; }
			}
			const lost = old.size - kept;
			const added = (after.incidents || []).length - (before.incidents || []).length;
			return JSON.stringify({ res, changed, lost, added, same: JSON.stringify(before) === JSON.stringify(after) });
		})()`, dbDumpJS, base64.StdEncoding.EncodeToString(data))
		var out struct {
			Res struct {
				Problems []string `json:"problems"`
				Added    int      `json:"added"`
				Error    string   `json:"error"`
			} `json:"res"`
			Changed, Lost, Added int
			Same                 bool
		}
		if err := json.Unmarshal([]byte(eval[string](t, ctx, fmt.Sprintf("hostile file %d", i), js)), &out); err != nil {
			t.Fatal(err)
		}
		changed += out.Changed
		lost += out.Lost
		switch {
		case out.Res.Added > 0:
			imported++
			if out.Added != out.Res.Added {
				t.Errorf("file %d: %d incidents reported added, %d stored", i, out.Res.Added, out.Added)
			}
		case len(out.Res.Problems) > 0 || out.Res.Error != "":
			if out.Same {
				rejected++
			} else {
				t.Errorf("file %d was refused but the stored data changed", i)
			}
			for _, p := range out.Res.Problems {
				if strings.TrimSpace(p) == "" {
					t.Errorf("file %d: an empty problem", i)
				}
			}
		default:
			t.Errorf("file %d: neither imported nor refused: %+v", i, out.Res)
		}
	}
	t.Logf("FIGURE hostile files: %d tried, %d rejected cleanly (nothing changed), %d still valid and imported as new incidents, %d stored incidents changed, %d lost, in %v",
		files, rejected, imported, changed, lost, time.Since(start).Round(time.Second))
	if changed != 0 || lost != 0 {
		t.Errorf("stored data changed: %d changed, %d lost", changed, lost)
	}
	if rejected+imported != files {
		t.Errorf("%d files not accounted for", files-rejected-imported)
	}
	if rejected < files*8/10 {
		t.Errorf("only %d of %d hostile files were rejected", rejected, files)
	}
}

// (e) A second tab on the same incident: its change is announced, and this
// tab's edit is not written over it until the user chooses.
func TestSafetySecondTab(t *testing.T) {
	parallel(t)
	ctx, base := safetyOpen(t)
	id := safetyCreate(t, ctx, "Two tabs", "first")
	url := base + "/incident/start#" + id
	do(t, ctx, "tab 1 on the incident", chromedp.Navigate(url), waitApp(), visible("#f-title"))

	tab2, cancel := chromedp.NewContext(ctx)
	defer cancel()
	do(t, tab2, "tab 2 on the incident", chromedp.Navigate(url), waitApp(), visible("#f-title"),
		chromedp.SendKeys(chromedp.CSS("#f-title"), " from tab 2"))
	waitStoredID(t, ctx, id, "tab 2's title", func(inc *incident.Incident) bool { return strings.HasSuffix(inc.Title, "from tab 2") })

	do(t, ctx, "tab 1 is told", visible("#notice-changed-"+id))
	shot(t, ctx, "safety-second-tab-ja")
	// Tab 1 types anyway: its write must not replace tab 2's. The desk checks
	// the record before writing and stops; the notice then says that this
	// tab's edits were not saved.
	do(t, ctx, "tab 1 edits", chromedp.SendKeys(chromedp.CSS("#f-title"), " from tab 1"),
		waitContains("#notice-changed-"+id, "このタブでの入力は保存していません"))
	d := dumpDB(t, ctx)
	if len(d.Incidents) != 1 || !strings.Contains(d.Incidents[0].Data, "from tab 2") || strings.Contains(d.Incidents[0].Data, "from tab 1") {
		t.Fatalf("stored: %+v", d.Incidents)
	}
	msg := text(t, ctx, "#notice-changed-"+id)
	if !strings.Contains(msg, "別のタブで変更された") {
		t.Errorf("tab 1 says %q", msg)
	}
	// Reload it: tab 2's version is shown and the notice goes.
	do(t, ctx, "tab 1 reloads the incident", chromedp.Click(chromedp.CSS("#notice-changed-"+id+" .notice-reload")),
		gone("#notice-changed-"+id))
	if v := eval[string](t, ctx, "title", `document.querySelector("#f-title").value`); !strings.Contains(v, "from tab 2") || strings.Contains(v, "from tab 1") {
		t.Errorf("after reload the title is %q", v)
	}
}

// wipeHangProbe reports, as JSON, the databases the origin has, and whether
// each of Breach Desk's that is listed opens and counts its stores within 5 s
// from this page (one not listed is not opened: that would create it), and
// the worker's state.
const wipeHangProbe = `(async () => {
	const within = (p) => Promise.race([p, new Promise((r) => setTimeout(() => r("no answer in 5 s"), 5000))]);
	const out = {};
	try { out.databases = await within(indexedDB.databases()); } catch (e) { out.databases = String(e); }
	const listed = Array.isArray(out.databases) ? out.databases.map((d) => d.name) : [];
	for (const name of ["breachdesk", "breachdesk-device", "breachdesk-evidence"]) {
		if (!listed.includes(name)) { out[name] = "not listed"; continue; } // an open would create it
		out[name] = await within(new Promise((ok) => {
			const r = indexedDB.open(name);
			r.onblocked = () => ok("blocked");
			r.onerror = () => ok("error " + r.error);
			r.onsuccess = () => {
				const db = r.result;
				const stores = Array.from(db.objectStoreNames);
				if (!stores.length) { db.close(); ok({ version: db.version, stores }); return; }
				const t = db.transaction(stores, "readonly");
				const counts = {};
				for (const s of stores) { const q = t.objectStore(s).count(); q.onsuccess = () => { counts[s] = q.result; }; }
				t.oncomplete = () => { db.close(); ok({ version: db.version, counts }); };
				t.onerror = () => { db.close(); ok("read error " + t.error); };
			};
		}));
	}
	out.worker = navigator.serviceWorker.controller ? navigator.serviceWorker.controller.state : "none";
	return JSON.stringify(out);
})()`
