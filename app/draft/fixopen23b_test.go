package draft

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings fixed in the fixopen23b round (testdata/golden/assess/REVIEW.md).

// scenario loads one scenario by name (a fresh copy, free to change).
func scenario(t *testing.T, name string) *incident.Incident {
	t.Helper()
	return loadScenario(t, filepath.Join(scenarioDir, name+".json"))
}

// F950 (147): a US subsidiary's online complaint to the FBI's Internet
// Crime Complaint Center was told as 「警察へ告訴いたしました」 and "We filed a
// criminal complaint with the police": a 告訴 is an act of Japan's criminal
// procedure, and abroad "criminal complaint" is a prosecutor's charging
// document. A 告訴 or 被害届 made abroad is a report of the crime to law
// enforcement, named in English when its name is in Latin letters; one made
// in Japan keeps its words.
func TestComplaintAbroadIsAReportOfTheCrime(t *testing.T) {
	inc := scenario(t, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo")
	texts := allTexts(t, inc)
	for id, text := range texts {
		for _, bad := range []string{"告訴", "criminal complaint with the police", "filed a criminal complaint"} {
			if strings.Contains(text, bad) {
				t.Errorf("147 %s says %q", id, bad)
			}
		}
	}
	for id, want := range map[string]string{
		"notice-ja": "2026年2月26日に捜査機関へ被害の届出をいたしました。",
		"notice-en": "We reported the crime to law enforcement (FBI IC3) on February 26, 2026.",
		"police-ja": "被害の届出：2026年2月26日",
		"police-en": "We reported the crime on February 26, 2026.",
	} {
		if !strings.Contains(texts[id], want) {
			t.Errorf("147 %s lacks %q:\n%s", id, want, texts[id])
		}
	}
	// Given a jurisdiction, the event says where it was made: the same
	// complaint recorded as made in Japan is a 告訴 again.
	for i := range inc.Events {
		if inc.Events[i].Kind == incident.EvPolice {
			inc.Events[i].Jurisdiction = "JP"
		}
	}
	if got := allTexts(t, inc)["notice-ja"]; !strings.Contains(got, "警察へ告訴いたしました。") {
		t.Errorf("147 with its complaint made in Japan: no 告訴:\n%s", got)
	}
	// A Japanese company's 告訴 (no establishment abroad) keeps its words;
	// so does a police name in another script, unnamed in English.
	v := &view{inc: &incident.Incident{Org: incident.Organisation{Establishments: []string{"JP", "US"}},
		Parties: []incident.Party{{ID: "p", Kind: incident.PartyPolice, Name: "警視庁"}}}}
	e := incident.Event{Kind: incident.EvPolice, Police: "complaint", Party: "p"}
	if v.policeFiling(e) || v.policeLineJA(e) != "警察へ告訴" {
		t.Errorf("a complaint in Japan: %q", v.policeLineJA(e))
	}
	e.Jurisdiction = "US-IL"
	if !v.policeFiling(e) || v.policeLineJA(e) != "捜査機関へ被害の届出" || v.policeNameEN(e) != "" {
		t.Errorf("a complaint in Illinois: %q, name %q", v.policeLineJA(e), v.policeNameEN(e))
	}
	v.inc.Parties[0].Name = "FBI (Columbia field office)"
	if n := v.policeNameEN(e); n != "FBI, Columbia field office" {
		t.Errorf("name in brackets: %q", n)
	}
}

// F956 (147): in the Japanese documents each English sentence the user
// typed raised lang.en-in-ja and also style.note (「文が『。』で終わっていま
// せん」), though it ends with a full stop: one fault told twice. An English
// sentence is left to lang.en-in-ja; a Japanese note still raises style.note.
func TestEnglishSentenceInJapaneseIsOneLint(t *testing.T) {
	inc := scenario(t, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo")
	fs := lintOf(t, inc)
	if !has(fs, CodeEnglishInJA, "notice-ja") {
		t.Error("147 notice-ja: no lang.en-in-ja")
	}
	for _, f := range fs {
		if f.Code == CodeNoteStyle {
			t.Errorf("147 %s %s: %s", f.DocID, f.ParagraphID, f.Message.EN)
		}
	}
	inc.Public.Measures = "送信元ドメインをブロック済み、捜査機関と税務当局へ報告済み"
	if fs := lintOf(t, inc); !has(fs, CodeNoteStyle, "notice-ja") {
		t.Error("a Japanese note without its full stop raises no style.note")
	}
}

// F900 (06, 43, 53, 66, 80, 85, 141): the e-mail notice wrapped its title
// like body text, cutting a word: 「…お詫びとお知\nらせ」, 「…ご報\n告」. A
// title wider than the mail's width is broken between phrases (after
// 「による」, 「に関する」 …), as late as the width allows.
func TestMailTitleBreaksBetweenPhrases(t *testing.T) {
	checked := 0
	for _, f := range []string{"06", "43", "141"} {
		files, _ := filepath.Glob(filepath.Join(scenarioDir, f+"-*.json"))
		for _, file := range files {
			inc := loadScenario(t, file)
			_, docs := builtDocs(t, inc)
			for _, d := range docs {
				if d.Variant != VariantEmail || colWidth([]rune(d.Title)) <= MailWidth {
					continue
				}
				checked++
				lines := strings.Split(Text(d), "\n")
				joined := ""
				for _, l := range lines {
					if joined == d.Title {
						break
					}
					if joined != "" && !slices.ContainsFunc(phraseEnds, func(e string) bool { return strings.HasSuffix(joined, e) }) {
						t.Errorf("%s %s: the title is broken inside a phrase after %q", filepath.Base(file), d.ID, joined)
					}
					joined += l
				}
				if joined != d.Title {
					t.Errorf("%s %s: the title's lines %q are not the title %q", filepath.Base(file), d.ID, lines[:3], d.Title)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no e-mail title wider than the mail")
	}
	for in, want := range map[string]string{
		"書類・記録媒体等の紛失による個人情報漏えいのおそれに関するお詫びとお知らせ":         "書類・記録媒体等の紛失による個人情報漏えいのおそれに関する\nお詫びとお知らせ",
		"再委託先における書類・記録媒体等の紛失による個人情報漏えいのおそれに関するお詫びとお知らせ": "再委託先における書類・記録媒体等の紛失による\n個人情報漏えいのおそれに関するお詫びとお知らせ",
		"個人情報漏えいに関するお詫び": "個人情報漏えいに関するお詫び",
		"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん": "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめも\nやゆよらりるれろわをん",
	} {
		if got := WrapTitle(in, MailWidth); got != want {
			t.Errorf("WrapTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
