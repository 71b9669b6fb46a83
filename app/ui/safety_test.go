package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/vault/strength"
)

// Weak passphrases are refused with what makes them weak, in the user's
// language and against the desk's own context.
func TestWeakPassphraseSaysWhy(t *testing.T) {
	inc := incident.New("weak-test", time.Now())
	inc.Org.Name, inc.Org.NameEn = "さくら旅行株式会社", "Sakura Travel Co., Ltd."
	desk.incidents[inc.ID] = inc
	t.Cleanup(func() { delete(desk.incidents, inc.ID) })
	for _, c := range []struct {
		pass string
		ja   string // "" when accepted
		en   string
	}{
		{"password123", "（よく使われるパスワード", "(a very common password"},
		{"qwertyuiop", "キーボードの並び", "a keyboard pattern"},
		{"SakuraTravel2026", "（会社名＋年）", "(the company's name plus a year)"},
		{"short", "短すぎます", "too short"},
		{"harbor lantern quietly umbrella", "", ""},
	} {
		for _, l := range []struct {
			lang catalog.Lang
			want string
		}{{catalog.JA, c.ja}, {catalog.EN, c.en}} {
			got := weakPassphrase(l.lang, c.pass)
			if (l.want == "") != (got == "") || !strings.Contains(got, l.want) {
				t.Errorf("%s %q: %q, want it to contain %q", l.lang, c.pass, got, l.want)
			}
		}
	}
	// The strength line names the reasons too.
	if got := strengthText(catalog.JA, rate("SakuraTravel2026")); got != "強さ：弱すぎて使えません（会社名＋年）。1日以内に推測されます。" {
		t.Errorf("strength line: %q", got)
	}
	if got := strengthText(catalog.EN, rate("harbor lantern quietly umbrella")); got != catalog.T(catalog.EN, "safety.strength.4") {
		t.Errorf("strength line of four random words: %q", got)
	}
}

// Every reason the estimator gives has its text.
func TestWeakReasonsHaveText(t *testing.T) {
	for _, l := range catalog.Langs {
		for _, r := range strength.AllReasons() {
			if got := catalog.T(l, "safety.weak."+string(r)); strings.HasPrefix(got, "[") {
				t.Errorf("%s: no text for %s", l, r)
			}
		}
	}
}

func TestPlanImportNeverReplaces(t *testing.T) {
	incs := []*incident.Incident{{ID: "here", Title: "A"}, {ID: "new", Title: "B"}, {ID: "new", Title: "C"}, {ID: "", Title: "D"}}
	taken := func(id string) bool { return id == "here" }
	n := 0
	fresh := func() string {
		n++
		if n == 1 {
			return "here" // taken: must be skipped
		}
		return "fresh" + string(rune('0'+n))
	}
	got := planImport(incs, taken, fresh)
	ids := map[string]bool{}
	for i, a := range got {
		if ids[a.ID] || taken(a.ID) || a.ID == "" {
			t.Errorf("%d: id %q reused", i, a.ID)
		}
		ids[a.ID] = true
		if incs[i].ID != a.ID {
			t.Errorf("%d: incident id %q, plan %q", i, incs[i].ID, a.ID)
		}
	}
	if got[0].OldID != "here" || got[1].OldID != "" || got[2].OldID != "new" || got[3].OldID != "" || got[3].ID == "" {
		t.Errorf("plan = %+v", got)
	}
}

func TestReadImportRefusesWithPaths(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	good := incident.New("abc", now)
	good.Title = "Good"
	valid, err := incident.EncodeExport([]*incident.Incident{good}, now)
	if err != nil {
		t.Fatal(err)
	}
	if incs, errs, _ := readImport(valid); len(errs) > 0 || len(incs) != 1 || incs[0].Title != "Good" {
		t.Fatalf("valid export: %v %v", incs, errs)
	}
	for _, c := range []struct {
		name, data, want string
	}{
		{"not JSON", "hello", "not an incident file"},
		{"empty", "", "empty"},
		{"truncated", string(valid[:len(valid)/2]), "truncated"},
		{"future schema", strings.Replace(string(valid), fmt.Sprintf(`"schema": %d`, incident.SchemaVersion), `"schema": 99`, 1), "schema"},
		{"wrong type", strings.Replace(string(valid), `"title": "Good"`, `"title": 12`, 1), "incidents[0].title"},
		{"NUL in title", strings.Replace(string(valid), `"title": "Good"`, `"title": "a\u0000b"`, 1), "incidents[0].title"},
		{"RTL override in title", strings.Replace(string(valid), `"title": "Good"`, `"title": "a\u202Eb"`, 1), "incidents[0].title"},
	} {
		incs, errs, _ := readImport([]byte(c.data))
		if incs != nil || len(errs) == 0 {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if txt := errs[0].Text("en"); !strings.Contains(txt, c.want) {
			t.Errorf("%s: %q does not say %q", c.name, txt, c.want)
		}
	}
}

func TestNotBackedUp(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	a := &incident.Incident{ID: "a", UpdatedAt: t0.Add(time.Hour)}
	b := &incident.Incident{ID: "b", UpdatedAt: t0.Add(3 * time.Hour)}
	m := backupMeta{All: t0.Add(2 * time.Hour)}
	if got := notBackedUp([]*incident.Incident{a, b}, m); len(got) != 1 || got[0].ID != "b" {
		t.Errorf("got %v", got)
	}
	m.IDs = map[string]time.Time{"b": t0.Add(4 * time.Hour)}
	if got := notBackedUp([]*incident.Incident{a, b}, m); len(got) != 0 {
		t.Errorf("after exporting b alone: %v", got)
	}
	if got := m.lastAny(); !got.Equal(t0.Add(4 * time.Hour)) {
		t.Errorf("lastAny = %v", got)
	}
	if m := decodeBackups([]byte("garbage")); !m.All.IsZero() {
		t.Errorf("garbage meta = %+v", m)
	}
}

func TestWipeConfirmed(t *testing.T) {
	for s, want := range map[string]bool{"削除": true, "DELETE": true, " delete ": true, "": false, "del": false, "削除する": false} {
		if got := wipeConfirmed(s); got != want {
			t.Errorf("wipeConfirmed(%q) = %v", s, got)
		}
	}
}

func TestExportName(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 5, 0, 0, time.UTC)
	if got := exportName(nil, false, now); got != "breachdesk-backup-20260301-0905.json" {
		t.Error(got)
	}
	if got := exportName(&incident.Incident{ID: "../x<y>"}, true, now); got != "breachdesk-xy-20260301-0905.sealed.json" {
		t.Error(got)
	}
	if got := bytesText(3 << 20); got != "3.0 MB" {
		t.Error(got)
	}
}
