package ui

import (
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
	testDesk(t, nil, inc)
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

func TestWipeConfirmed(t *testing.T) {
	for s, want := range map[string]bool{"削除": true, "DELETE": true, " delete ": true, "": false, "del": false, "削除する": false} {
		if got := wipeConfirmed(s); got != want {
			t.Errorf("wipeConfirmed(%q) = %v", s, got)
		}
	}
}

func TestBytesText(t *testing.T) {
	if got := bytesText(3 << 20); got != "3.0 MB" {
		t.Error(got)
	}
}
