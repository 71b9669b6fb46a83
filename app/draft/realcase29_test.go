package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
)

// Findings of the realcase29 review (scenarios 125–127; testdata/golden/
// assess/REVIEW.md, F600–).

// F601 (126, an airline's loyalty desk keeping the incident in Singapore
// time while Tokyo entered its filings by date): DatedAt, the exported
// reader of the day a document went out, read a date-only event stored at
// midnight in Tokyo as the day before (23:00 in Singapore), where the engine
// and Build, which anchor such dates in the incident's zone, read the day
// the user gave. One day, one reader: it anchors too.
func TestDatedAtReadsTheDayGivenInAnotherOffset(t *testing.T) {
	inc := scenarios(t)["103-snack-maker-pcs-not-destroyed-by-disposer"].Clone()
	inc.TimeZone = "Asia/Singapore" // changed after the dates were entered at midnight in Tokyo
	sgt := inc.Location()
	s := Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}
	at, ok := DatedAt(s, inc, inc.UpdatedAt)
	if !ok {
		t.Fatal("103: the notice has no date")
	}
	if want := time.Date(2023, 10, 10, 23, 59, 59, 0, sgt); !at.Equal(want) {
		t.Errorf("103 kept in Singapore: notice dated %v, want %v (the day given, 10 October)", at, want)
	}
}

// F602 (126, kept in Singapore time; 125 in Paris time, 88 in Bangkok's):
// the PPC 速報 said 「発覚日（事態を知った日）：2026年3月3日 10時00分」 and
// 「2026年3月6日 16時00分　本件を公表」 — Singapore times, an hour before the
// Japan times the PPC reads (11:00; the announcement went out at 17:00 in
// Tokyo). A Japanese time of day in another zone carries its offset and the
// time in Japan; in Japan time nothing is added.
func TestJapaneseTimesOutsideJapanSayTheZone(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["126-airline-loyalty-partner-pss-breach-members-worldwide"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	for _, want := range []string{"発覚日（事態を知った日）：2026年3月3日 10時00分（UTC+8、日本時間 11時00分）", "2026年3月6日 16時00分（UTC+8、日本時間 17時00分）　本件を公表"} {
		if !strings.Contains(ja, want) {
			t.Errorf("126 速報 lacks %q:\n%s", want, ja)
		}
	}
	// Across midnight in Tokyo the date is given too; in Japan time nothing.
	v := &view{loc: time.FixedZone("CEST", 2*3600)}
	if got, want := v.dateTimeJA(time.Date(2021, 5, 6, 18, 0, 0, 0, v.loc)), "2021年5月6日 18時00分（UTC+2、日本時間 5月7日 1時00分）"; got != want {
		t.Errorf("Paris evening: %q, want %q", got, want)
	}
	v = &view{loc: time.FixedZone("IST", 5*3600+1800)}
	if got, want := v.dateTimeJA(time.Date(2026, 1, 5, 9, 0, 0, 0, v.loc)), "2026年1月5日 9時00分（UTC+5:30、日本時間 12時30分）"; got != want {
		t.Errorf("India: %q, want %q", got, want)
	}
	v = &view{loc: japanTime}
	if got, want := v.dateTimeJA(time.Date(2026, 1, 5, 9, 0, 0, 0, japanTime)), "2026年1月5日 9時00分"; got != want {
		t.Errorf("Tokyo: %q, want %q", got, want)
	}
}

// F604 (127, a Canadian auto-finance company; 65's Canadian customers):
// the English notice under PIPEDA gave the What Happened … For More
// Information headings of California's law and nothing of the Breach of
// Security Safeguards Regulations' last item, the organisation's internal
// complaint process and the individual's right to complain to the
// Commissioner (SOR/2018-64 s3(g)). Where PIPEDA's notice applies, it is
// said; where it does not (95, Australia and New Zealand), it is not.
func TestCanadianNoticeTellsTheRightToComplain(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["127-ca-finance-subsidiary-unauthorised-access-provinces"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "you may make a complaint to us through the desk above") || !strings.Contains(en, "right to file a complaint with the Office of the Privacy Commissioner of Canada") {
		t.Errorf("127 notice lacks the complaint process and the right to complain:\n%s", en)
	}
	inc = scenarios(t)["95-au-subsidiary-ransomware-finance-customers"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	en = docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(en, "Privacy Commissioner of Canada") {
		t.Errorf("95 (no Canadian reader) is told of the Canadian Commissioner:\n%s", en)
	}
}

// F608 (127): 260,000 of the finance customers entered as living in Québec,
// told in English only; the language lint counted Canada as English and
// said nothing. A region whose language the drafts are not in is named.
func TestQuebecReadersNeedFrench(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["127-ca-finance-subsidiary-unauthorised-access-provinces"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	found := false
	for _, f := range Lint(inc, a, nil) {
		if f.Code == CodeReadersLanguage {
			found = strings.Contains(f.Message.EN, "CA-QC") && !strings.Contains(f.Message.EN, "CA-ON")
		}
	}
	if !found {
		t.Error("127: no language finding naming Québec (CA-QC)")
	}
}
