package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// notesIn finds the notes a text contains as strings.Contains does, note by
// note: notes sharing their first bytes, one inside another, at the text's
// very start and end, Japanese and ASCII.
func TestNotesInFindsWhatContainsFinds(t *testing.T) {
	inc := &incident.Incident{Events: []incident.Event{
		{ID: "a", Note: "ログ解析 1 件目: 踏み台サーバ"},
		{ID: "b", Note: "ログ解析 1 件目: 踏み台サーバのアクセスログ"},
		{ID: "c", Note: "ログ解析 12 件目: 確認した"},
		{ID: "d", Note: "backup host checked\\nsecond line of it"},
		{ID: "e", Note: "short"},
		{ID: "f", Note: "ABCDEFGH"},
	}}
	inc.Events[3].Note = "backup host checked\nsecond line of it"
	l := &linter{inc: inc}
	texts := []string{
		"",
		"ログ解析 1 件目: 踏み台サーバのアクセスログを確認した。",
		"前置き ログ解析 12 件目: 確認した",
		"ABCDEFGH",
		"xABCDEFG",
		"second line of it, and backup host checked.",
		"ログ解析 1 件目: 踏み台サー",
		"short notes are not looked for",
	}
	for _, text := range texts {
		var want []string
		for _, n := range l.notes() {
			if strings.Contains(text, n) {
				want = append(want, n)
			}
		}
		if got := l.notesIn(text); !slices.Equal(got, want) {
			t.Errorf("%q: notesIn %q, strings.Contains %q", text, got, want)
		}
	}
	if got := l.notesIn(texts[1]); len(got) != 2 {
		t.Errorf("the test's own text holds two notes, found %q", got)
	}
}
