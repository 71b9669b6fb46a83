package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings fixed in the fixopen29a round (testdata/golden/assess/REVIEW.md).

// F1246 (163, 165): a detection whose party is one of the affected persons
// (Source "affected") is told to that person as their own contact, to
// others as a contact from one of the persons affected, and to an authority
// as 本人's: never 「関係者の方からの連絡」 (163's letter to the man whose own
// call it was).
func TestAffectedPersonsCallIsTheirOwn(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc42Whistle)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	letter := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(letter, "2026年1月19日（月）　あなた様からご連絡をいただく") || strings.Contains(letter, "関係者の方からの") {
		t.Errorf("163 letter:\n%s", letter)
	}
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs); !strings.Contains(en, "you contacted us") || strings.Contains(en, "one of the people") {
		t.Errorf("163 English letter:\n%s", en)
	}
	if pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(pub, "対象となった方からの連絡を受") || strings.Contains(pub, "あなた様") {
		t.Errorf("163 announcement:\n%s", pub)
	}
	if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(ppc, "対象となった本人からの連絡を受け") || strings.Contains(ppc, "住民等からの連絡") {
		t.Errorf("163 PPC report:\n%s", ppc)
	}

	// 165: the appellant called (the detection names no set); the letter to
	// the appellant is told it was their call, the letter to the three
	// officers, whose set was found later, that it was an affected person's.
	inc = scenario(t, rc42Masks)
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(d1, "あなた様からご連絡をいただく") {
		t.Errorf("165 appellant's letter:\n%s", d1)
	}
	if d2 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs); !strings.Contains(d2, "対象となった方からの連絡を受") || strings.Contains(d2, "あなた様からご連絡") {
		t.Errorf("165 officers' letter:\n%s", d2)
	}
	// A detection naming the other set is not the reader's.
	inc.Events[1].Sets = []string{"d2"}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); strings.Contains(d1, "あなた様からご連絡") {
		t.Errorf("165 appellant's letter, the call named d2's:\n%s", d1)
	}
}

// F1251 (164): a regulator told the organisation first (Source
// "regulator"); the notices name it, not "a report of a possible incident".
func TestRegulatorsWordIsToldAsTheRegulators(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc42Legacy)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, inc, a, rs)
	if !strings.Contains(en, "PDPC Singapore contacted us") || strings.Contains(en, "a report of a possible incident") {
		t.Errorf("164 notice:\n%s", en)
	}
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail}, inc, a, rs); !strings.Contains(ja, "PDPC Singaporeから連絡を受") {
		t.Errorf("164 Japanese notice:\n%s", ja)
	}
	// Without a party, the regulator is named by what it is.
	inc.Events[1].Party = ""
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, inc, a, rs); !strings.Contains(en, "a data protection authority contacted us") {
		t.Errorf("164 notice, no party:\n%s", en)
	}
}

// F1261 (133): an authority's name entered with a working note in brackets
// (「個人情報保護委員会 (via Tokyo parent)」) is printed by the notices; the
// checks say so of each document that prints it, and of no name whose
// bracket is part of the name.
func TestPartyNameWithANoteIsFlagged(t *testing.T) {
	inc := scenario(t, "133-us-game-network-shutdown-then-week-before-users-told")
	flagged := map[string]bool{}
	for _, f := range lintOf(t, inc) {
		if f.Code == CodePartyNote {
			flagged[f.DocID] = true
			if !strings.Contains(f.Message.JA, "(via Tokyo parent)") && !strings.Contains(f.Message.JA, "(via EU representative, Ireland DPC first)") && !strings.Contains(f.Message.JA, "(Visa/MC/Amex via processor)") {
				t.Errorf("%s: %s", f.DocID, f.Message.JA)
			}
		}
	}
	for _, id := range []string{"notice-d2-ja", "ppc-final-ja", "public-2-en", "card-ja"} {
		if !flagged[id] {
			t.Errorf("133: %s prints a party name with a note and is not flagged (flagged: %v)", id, flagged)
		}
	}
	for _, n := range []string{"架空県警察本部（サイバー犯罪対策課）", "PDPC Thailand (สคส.)", "個人情報保護委員会", "Office of the Privacy Commissioner (NZ)"} {
		if note := noteInName(n); note != "" {
			t.Errorf("%s read as a note: %s", n, note)
		}
	}
	for _, n := range []string{"県警（委託先経由でのみ連絡）", "EU DPAs (via EU representative, Ireland DPC first)", "ICO (TBD)", "総務省（担当課？）"} {
		if noteInName(n) == "" {
			t.Errorf("%s not read as a note", n)
		}
	}
}

// F1340 (163, 165, every public body): the retention lint told a city of
// 「自社の保存期間」 and "the company's own rules"; a public body's rule is the
// period it set under its records rules. A business's message is unchanged.
func TestRetentionLintSpeaksToTheOrganisationsKind(t *testing.T) {
	inc := scenario(t, "02-hosting-os-command-injection")
	retention := func() []Finding {
		var out []Finding
		for _, f := range lintOf(t, inc) {
			if f.Code == CodeRetention {
				out = append(out, f)
			}
		}
		return out
	}
	fs := retention()
	if len(fs) == 0 || !strings.Contains(fs[0].Message.JA, "自社の保存期間") {
		t.Fatalf("02: %v", fs)
	}
	inc.Org.Kind = "local"
	fs = retention()
	if len(fs) == 0 {
		t.Fatal("02 as a city: no retention finding")
	}
	for _, f := range fs {
		if strings.Contains(f.Message.JA, "自社") || strings.Contains(f.Message.EN, "company") || !strings.Contains(f.Message.JA, "定めた保存期間") {
			t.Errorf("02 as a city: %s / %s", f.Message.JA, f.Message.EN)
		}
	}
}

// F1343 (163; F1246): a message from a person that nobody read until later
// (Event.Learned) was told 「…から届いていたの連絡に」 for any source phrased
// 「…からの連絡を受け」 (a customer's, and the affected person's added by
// F1246): the particle is dropped.
func TestReadLateMessageFromAPersonReadsWell(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc42Whistle)
	det := inc.Events[2]
	det.Learned = "2026-01-21"
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for src, want := range map[string]string{
		"affected": "2026年1月19日にあなた様から届いていたご連絡に、2026年1月21日に気付き、",
		"customer": "2026年1月19日に関係者の方から届いていた連絡に、2026年1月21日に気付き、",
	} {
		det.Source = src
		v := newView(inc, a, rs, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc.UpdatedAt)
		if got := v.readLateJA(det); got != want {
			t.Errorf("%s: %q, want %q", src, got, want)
		}
	}
}
