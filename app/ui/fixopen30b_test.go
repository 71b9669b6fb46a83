//go:build !js

package ui

import (
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
)

// F1460 (F1085): the picker's language list had an option for every
// document of the kind, so the two GDPR Art. 33 notifications (one to each
// authority, both in English) offered "English" twice, as notices told
// apart by data set offered each language once a set. Each language is
// offered once; the authorities are the subjects.
func TestDraftsPickerOffersEachLanguageOnce(t *testing.T) {
	eu := draft.Spec{Kind: draft.KindGDPR33, Lang: draft.EN, Place: "EU"}
	uk := eu
	uk.Place = "UK"
	ja := draft.Spec{Kind: draft.KindNotice, Lang: draft.JA, Set: "d1"}
	set := draftsSet{Drafts: desk.Drafts{
		Avail: []draft.Spec{ja, {Kind: draft.KindNotice, Lang: draft.JA, Set: "d2"}, eu, uk},
		Docs: []draft.Document{
			{ID: eu.DocID(), Kind: eu.Kind, Lang: eu.Lang, Place: "EU", Subject: "GDPR — Data Protection Commission (Ireland)"},
			{ID: uk.DocID(), Kind: uk.Kind, Lang: uk.Lang, Place: "UK", Subject: "UK GDPR — Information Commissioner's Office (ICO)"},
		},
	}}
	set.doc = &set.Docs[1]
	var w strings.Builder
	dumpUI(&w, (&DraftsPage{}).renderPicker(catalog.EN, set), 0)
	got := w.String()
	lang := got[strings.Index(got, `id="draft-lang"`):]
	lang = lang[:strings.Index(lang, `id="draft-subject"`)]
	if n := strings.Count(lang, `value="en"`); n != 1 {
		t.Errorf("English offered %d times:\n%s", n, got)
	}
	for _, want := range []string{"GDPR — Data Protection Commission (Ireland)", "UK GDPR — Information Commissioner's Office (ICO)"} {
		if !strings.Contains(got, want) {
			t.Errorf("the picker lacks the subject %q:\n%s", want, got)
		}
	}
}
