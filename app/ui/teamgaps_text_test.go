package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
)

// What the user reads when a hand-edited export is refused, when a tab's
// packet waits for the tab conflict, and when an export left a change log
// out: each names the incident or the cause, says what to do, in both
// languages.
func TestTeamGapsMessages(t *testing.T) {
	mismatch := &desk.LogError{ID: "inc-1", Title: "Phishing", Err: desk.ErrLogMismatch}
	left := []desk.LeftOut{{ID: "inc-1", Title: "Phishing", TooLarge: true, Bytes: 27 << 20}, {ID: "inc-2", Title: "Laptop"}}
	cases := []struct {
		lang catalog.Lang
		got  string
		want []string
	}{
		{catalog.EN, importErrText(catalog.EN, mismatch), []string{"Phishing", "edited after it was exported", "Nothing was imported", "ask its sender for a new export"}},
		{catalog.JA, importErrText(catalog.JA, mismatch), []string{"Phishing", "書き換えられて", "何も取り込まず", "改めてエクスポート"}},
		{catalog.EN, passError(catalog.EN, fmt.Errorf("share: %w", desk.ErrTabConflict)), []string{"another tab", "Reload it", "Keep mine"}},
		{catalog.JA, passError(catalog.JA, desk.ErrTabConflict), []string{"別のタブ", "再読み込み", "このタブの内容を残す"}},
		{catalog.EN, leftOutText(catalog.EN, left), []string{"\"Phishing\" (27.0 MB) was left out", "20.0 MB", "Send your changes", "\"Laptop\" was left out", "Reload the incident"}},
		{catalog.JA, leftOutText(catalog.JA, left), []string{"「Phishing」の変更履歴（27.0 MB）", "20.0 MB", "変更を送る", "「Laptop」の変更履歴", "再読み込み"}},
	}
	for _, c := range cases {
		for _, w := range c.want {
			if !strings.Contains(c.got, w) {
				t.Errorf("%s: %q lacks %q", c.lang, c.got, w)
			}
		}
	}
	if leftOutText(catalog.EN, nil) != "" || errors.Is(mismatch, desk.ErrTabConflict) {
		t.Error("nothing left out is said")
	}
}
