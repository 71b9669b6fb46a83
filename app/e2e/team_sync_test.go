//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"

	"github.com/chromedp/chromedp"
)

// teamPass seals the change packets the two people exchange.
const teamPass = "hoshi kawa yama 9 mori"

// member is one person's browser: its own profile and network.
type member struct {
	name string
	ctx  context.Context
	dl   *downloads
}

func newMember(t *testing.T, name, role string) *member {
	t.Helper()
	ctx, _ := session(t)
	m := &member{name: name, ctx: ctx, dl: watchDownloads(t, ctx)}
	do(t, ctx, name+": setting the name", openPage("/incident/share"), waitApp(),
		typeText("#identity-name", name), typeText("#identity-role", role),
		chromedp.Click(chromedp.CSS("#identity-save")),
		chromedp.WaitVisible(chromedp.CSS("#identity-saved")),
		chromedp.WaitVisible(chromedp.CSS("#identity-device")))
	return m
}

// share downloads the change packet of id and returns its file.
func (m *member) share(t *testing.T, id string) string {
	t.Helper()
	return m.shareFor(t, id, "")
}

// shareFor downloads the change packet of id for the colleague named peer
// (chosen in the share page's recipient list), or for everyone when peer
// is "".
func (m *member) shareFor(t *testing.T, id, peer string) string {
	t.Helper()
	pick := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if peer == "" {
			return nil
		}
		_, err := chromedp.Evaluate[bool](fmt.Sprintf(`(() => { const s = document.querySelector("#share-for");
			const o = s && Array.from(s.options).find((o) => o.textContent.includes(%q));
			if (!o) throw new Error("no recipient " + %q + " in " + (s ? s.textContent : "(no list)"));
			s.value = o.value; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`, peer, peer))(ctx, tg)
		return err
	})
	do(t, m.ctx, m.name+": sharing", openPage("/incident/share#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#share-pass")), pick,
		typeText("#share-pass", teamPass), typeText("#share-repeat", teamPass),
		chromedp.Click(chromedp.CSS("#share-button")),
		chromedp.WaitVisible(chromedp.CSS("#share-done")))
	dl, data := m.dl.wait(t, "breachdesk-changes-*.sealed.json")
	if strings.Contains(string(data), `"ops"`) {
		t.Fatalf("%s: the packet %s is not sealed", m.name, dl.Name)
	}
	file := filepath.Join(t.TempDir(), dl.Name)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// receive imports a packet file with pass and waits for the result
// (#packet-done when it merged, #packet-problem when refused).
func (m *member) receive(t *testing.T, id, file, pass, want string) {
	t.Helper()
	do(t, m.ctx, m.name+": importing "+filepath.Base(file), openPage("/incident/share#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#packet-file")),
		chromedp.SetUploadFiles(chromedp.CSS("#packet-file"), []string{file}),
		chromedp.WaitVisible(chromedp.CSS("#packet-pass")),
		typeText("#packet-pass", pass),
		chromedp.Click(chromedp.CSS("#packet-open")),
		chromedp.WaitVisible(chromedp.CSS(want)))
	if want == "#packet-done" {
		// The merge is shown before its log is stored; the page says when
		// it is (leaving before would lose it, and the browser would ask).
		do(t, m.ctx, m.name+": the merge stored", gone("#packet-saving"))
	}
}

// facts is the stored incident id with its time of change left out.
func (m *member) facts(t *testing.T, id string) string {
	t.Helper()
	raw, ok := storedJSON(t, m.ctx)[id]
	if !ok {
		t.Fatalf("%s has no incident %s", m.name, id)
	}
	inc, err := incident.Decode([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	inc.UpdatedAt = inc.CreatedAt
	b, err := incident.Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Two people on two browsers run one incident through change packets: A
// starts it and sends it; both edit it offline (a different field each and
// the title on both sides); they exchange packets in both orders and end
// with the same facts and one conflict, which B settles and sends back. A
// wrong passphrase changes nothing; the change log shows both authors; no
// request leaves the origin (session's privacy check, on each browser).
func TestTeamSyncTwoPeople(t *testing.T) {
	parallelTwo(t)
	a := newMember(t, "Sato", "DPO")
	b := newMember(t, "Tanaka", "CISO")

	openHome(t, a.ctx)
	id := startIncident(t, a.ctx)
	do(t, a.ctx, "A names the incident", typeText("#f-title", "Phishing"))
	waitStoredID(t, a.ctx, id, "the title", func(inc *incident.Incident) bool { return inc.Title == "Phishing" })

	b.receive(t, "", a.share(t, id), teamPass, "#packet-done")
	waitStoredID(t, b.ctx, id, "the incident from A", func(inc *incident.Incident) bool { return inc.Title == "Phishing" })

	// Offline, each edits: the title on both sides, the summary on A, the cause on B.
	do(t, a.ctx, "A edits", openPage("/incident/start#"+id), waitApp(),
		typeText("#f-title", "Phishing (A)"), typeText("#f-summary", "Sato: mail to accounting"))
	cause := string(incident.CauseKinds[1])
	do(t, b.ctx, "B edits", openPage("/incident/start#"+id), waitApp(),
		typeText("#f-title", "Phishing (B)"), choose("#f-cause", cause))
	waitStoredID(t, a.ctx, id, "A's edits", func(inc *incident.Incident) bool {
		return inc.Title == "Phishing (A)" && inc.Story.Summary == "Sato: mail to accounting"
	})
	waitStoredID(t, b.ctx, id, "B's edits", func(inc *incident.Incident) bool {
		return inc.Title == "Phishing (B)" && string(inc.Cause.Kind) == cause
	})
	fromA, fromB := a.share(t, id), b.share(t, id)

	// A wrong passphrase changes nothing.
	before := dumpDB(t, a.ctx).Raw
	a.receive(t, id, fromB, "not the passphrase at all 1", "#packet-problem")
	if got := text(t, a.ctx, "#packet-problem"); !strings.Contains(got, "パスフレーズ") && !strings.Contains(strings.ToLower(got), "passphrase") {
		t.Errorf("wrong passphrase: %q", got)
	}
	if dumpDB(t, a.ctx).Raw != before {
		t.Fatal("a wrong passphrase changed what A stores")
	}

	// A packet altered after it was signed is refused, naming the problem.
	tampered := filepath.Join(t.TempDir(), "tampered.json")
	plain := unsealPacket(t, fromB)
	if !strings.Contains(string(plain), "Phishing (B)") {
		t.Fatal("B's packet does not hold B's title")
	}
	if err := os.WriteFile(tampered, []byte(strings.Replace(string(plain), "Phishing (B)", "Phishing (X)", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	do(t, a.ctx, "A imports a tampered packet", openPage("/incident/share#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#packet-file")),
		chromedp.SetUploadFiles(chromedp.CSS("#packet-file"), []string{tampered}),
		// The wrong passphrase's message may still be on the page (the same
		// page, only its fragment asked again): wait for this import's own.
		waitJS(`(document.querySelector("#packet-problem")?.textContent ?? "").includes("改ざん")`))
	if got := text(t, a.ctx, "#packet-problem"); !strings.Contains(got, "改ざん") {
		t.Errorf("tampered packet: %q", got)
	}
	if dumpDB(t, a.ctx).Raw != before {
		t.Fatal("a tampered packet changed what A stores")
	}

	// Both orders: A takes B's packet, B takes A's.
	a.receive(t, id, fromB, teamPass, "#packet-conflicts")
	b.receive(t, id, fromA, teamPass, "#packet-conflicts")
	waitStoredID(t, a.ctx, id, "B's cause on A", func(inc *incident.Incident) bool { return string(inc.Cause.Kind) == cause })
	waitStoredID(t, b.ctx, id, "A's summary on B", func(inc *incident.Incident) bool { return inc.Story.Summary == "Sato: mail to accounting" })
	if fa, fb := a.facts(t, id), b.facts(t, id); fa != fb {
		t.Fatalf("the facts differ after both orders:\nA %s\nB %s", fa, fb)
	}

	// One visible conflict on B, both sides shown; B takes A's title.
	do(t, b.ctx, "B sees the conflict", openPage("/incident/share#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS(`.bd-conflict[data-path="title"]`)))
	if n := eval[int](t, b.ctx, "counting conflicts", `document.querySelectorAll(".bd-conflict").length`); n != 1 {
		t.Fatalf("%d conflicts shown, want 1", n)
	}
	sides := eval[string](t, b.ctx, "reading the sides", `Array.from(document.querySelectorAll(".bd-conf-side")).map((e) => e.dataset.author + "=" + e.querySelector(".bd-conf-value").textContent).sort().join("|")`)
	if sides != "Sato=Phishing (A)|Tanaka=Phishing (B)" {
		t.Fatalf("sides shown: %s", sides)
	}
	viewShot(t, b.ctx, "team-sync-conflict", ".bd-conflict")
	do(t, b.ctx, "B takes A's title", chromedp.Click(chromedp.CSS(`.bd-conf-side[data-author="Sato"] .conf-take`)),
		chromedp.WaitVisible(chromedp.CSS("#conflict-settled")), chromedp.WaitVisible(chromedp.CSS("#conflicts-none")))
	waitStoredID(t, b.ctx, id, "the settled title on B", func(inc *incident.Incident) bool { return inc.Title == "Phishing (A)" })

	a.receive(t, id, b.share(t, id), teamPass, "#packet-done")
	do(t, a.ctx, "A has no conflict left", openPage("/incident/share#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#conflicts-none")))
	waitStoredID(t, a.ctx, id, "the settled title on A", func(inc *incident.Incident) bool { return inc.Title == "Phishing (A)" })
	if fa, fb := a.facts(t, id), b.facts(t, id); fa != fb {
		t.Fatalf("the facts differ after the settlement:\nA %s\nB %s", fa, fb)
	}

	// A packet for Tanaka holds only what B's browser lacks: A's edit since
	// B's latest change, not the whole log; B merges it.
	do(t, a.ctx, "A edits again", openPage("/incident/start#"+id), waitApp(),
		typeText("#f-summary", "Sato: mail to accounting, two replies"))
	waitStoredID(t, a.ctx, id, "A's second edit", func(inc *incident.Incident) bool {
		return inc.Story.Summary == "Sato: mail to accounting, two replies"
	})
	whole, forB := unsealPacket(t, a.share(t, id)), unsealPacket(t, a.shareFor(t, id, "Tanaka"))
	if nw, nb := strings.Count(string(whole), `"hash"`), strings.Count(string(forB), `"hash"`); nb == 0 || nb >= nw {
		t.Fatalf("the packet for Tanaka holds %d operations, the whole log %d", nb, nw)
	}
	b.receive(t, id, a.shareFor(t, id, "Tanaka"), teamPass, "#packet-done")
	waitStoredID(t, b.ctx, id, "A's second edit on B", func(inc *incident.Incident) bool {
		return inc.Story.Summary == "Sato: mail to accounting, two replies"
	})
	if fa, fb := a.facts(t, id), b.facts(t, id); fa != fb {
		t.Fatalf("the facts differ after the packet for Tanaka:\nA %s\nB %s", fa, fb)
	}

	// The change log shows both authors, and filters by person.
	do(t, a.ctx, "A's change log", openPage("/incident/changes#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#changes-table")))
	shot(t, a.ctx, "team-sync-change-log")
	authors := eval[string](t, a.ctx, "authors", `Array.from(new Set(Array.from(document.querySelectorAll("tr.bd-change")).map((r) => r.dataset.author))).sort().join(",")`)
	if authors != "Sato,Tanaka" {
		t.Fatalf("authors in the change log: %s", authors)
	}
	do(t, a.ctx, "filtering by Tanaka", choose("#changes-person", "Tanaka"),
		waitJS(`Array.from(document.querySelectorAll("tr.bd-change")).every((r) => r.dataset.author === "Tanaka")`))
	got := eval[string](t, a.ctx, "Tanaka's fields", `Array.from(document.querySelectorAll("tr.bd-change")).map((r) => r.dataset.path).sort().join(",")`)
	if !strings.Contains(got, "title") || !strings.Contains(got, "cause") {
		t.Errorf("Tanaka's changes: %s", got)
	}
	// A row's history button filters on its field (one click handler on
	// the table's box: the table is HTML the browser parses).
	do(t, a.ctx, "the history of the title", chromedp.Click(chromedp.CSS(`button.changes-history[data-path="title"]`)),
		waitJS(`document.querySelector("#changes-field").value === "title" && document.querySelectorAll("tr.bd-change").length > 0 &&
			Array.from(document.querySelectorAll("tr.bd-change")).every((r) => r.dataset.path === "title")`))
	do(t, a.ctx, "exporting CSV", chromedp.Click(chromedp.CSS("#changes-csv")))
	_, csv := a.dl.wait(t, "breachdesk-changes-*.csv")
	if !strings.HasPrefix(string(csv), "\ufeff") || !strings.Contains(string(csv), "Tanaka") {
		t.Errorf("CSV: %.200q", csv)
	}
	t.Log(fmt.Sprintf("A's log: %d rows by Tanaka", strings.Count(got, ",")+1))
}

// unsealPacket opens a sealed packet file with teamPass, in Go.
func unsealPacket(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	kdf, err := oplog.SealedKDF(data)
	if err != nil {
		t.Fatal(err)
	}
	k, err := vault.NewGoCipher(teamPass, kdf)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := oplog.Unseal(k, data)
	if err != nil {
		t.Fatal(err)
	}
	return plain
}
