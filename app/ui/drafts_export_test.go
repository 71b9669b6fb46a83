package ui

import (
	"testing"
	"time"

	"breachdesk/app/draft"
)

func TestDraftsFileName(t *testing.T) {
	day := time.Date(2026, 5, 14, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))
	cases := []struct {
		title string
		doc   draft.Document
		ext   string
		want  string
	}{
		{"標的型メール 2026", draft.Document{ID: "notice-ja", Kind: draft.KindNotice, Variant: "email", Date: day}, "txt",
			"2026-05-14_標的型メール-2026_notice-ja-email.txt"},
		{"", draft.Document{ID: "ppc-prelim-ja", Kind: draft.KindPPC, Variant: "prelim", Date: day}, "md",
			"2026-05-14_ppc-prelim-ja.md"},
		{`<script>window.__xss=1</script><img src=x onerror="x">`, draft.Document{ID: "police-ja", Kind: draft.KindPolice}, "html",
			"script-window-xss-1-script-img-src-x-one_police-ja.html"},
		{"../../etc/passwd", draft.Document{ID: "card-ja", Kind: draft.KindCard}, "txt", "etc-passwd_card-ja.txt"},
		{"javascript:alert(1)", draft.Document{ID: "public-en", Kind: draft.KindPublic, Variant: "web"}, "txt",
			"javascript-alert-1_public-en-web.txt"},
	}
	for _, c := range cases {
		if got := draftsFileName(c.title, c.doc, c.ext); got != c.want {
			t.Errorf("draftsFileName(%q, %s) = %q, want %q", c.title, c.doc.ID, got, c.want)
		}
	}
}

func TestDraftsSafeNameCutsAndTrims(t *testing.T) {
	if got := draftsSafeName("--a b--", 10); got != "a-b" {
		t.Errorf("got %q", got)
	}
	if got := draftsSafeName("あいうえおかきくけこ", 3); got != "あいう" {
		t.Errorf("got %q", got)
	}
	if got := draftsSafeName("ab   cd", 3); got != "ab" {
		t.Errorf("cut before a dash: got %q", got)
	}
}
