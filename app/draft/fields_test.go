package draft

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// built is one document of a scenario with what it knew: the facts and the
// engine's answer as of its date.
type built struct {
	name string
	doc  Document
	inc  *incident.Incident // the facts as known on the document's date
	a    assess.Assessment  // the assessment at that instant
	v    *view
}

// allBuilt is every document of every scenario and case, and the view each
// was built from, built once for the package's tests: five tests read it,
// and each built its own (a fifth of the package's CPU in make test). They
// only read it: the views' one answer kept once asked, the sorted time
// line, is asked before they are shared.
func allBuilt(t *testing.T) []built {
	t.Helper()
	all, err := allBuiltOnce()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

var allBuiltOnce = sync.OnceValues(func() ([]built, error) {
	rs, err := rules.Default()
	if err != nil {
		return nil, err
	}
	all, err := passesOnce()
	if err != nil {
		return nil, err
	}
	var out []built
	for name, p := range all {
		inc, a := p.inc, p.a
		for _, d := range p.docs {
			known, then := knownAt(inc, a, rs, d.Date, ownEventID(d.Spec(), inc, d.Date))
			v := newView(known, then, rs, d.Spec(), d.Date)
			if e, ok := ownEvent(d.Spec(), inc, d.Date); ok {
				v.ownParty = e.Party // as Build does
			}
			v.timeline()
			out = append(out, built{name: name, doc: d, inc: known, a: then, v: v})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no document built from %s and %s", scenarioDir, caseDir)
	}
	return out, nil
})

// line is the line of a paragraph that starts with label, without it ("" when none).
func line(d Document, section, label string) string {
	s := d.Section(section)
	if s == nil {
		return ""
	}
	for _, l := range strings.Split(s.Text(), "\n") {
		if r, ok := strings.CutPrefix(l, label); ok {
			return r
		}
	}
	return ""
}

// TestFieldsMatchEngine: every field a document fills from the facts or the
// assessment says what they say on the document's date, for every scenario:
// the PPC report's recipient (routed to the delegated ministry when it is),
// the situations of Rules Art. 7 that hold (and no 調査中 when some do), 発覚日
// (the assessment's knowing instant), 発生日 (the first intrusion, not the
// exposure window), the number of persons (valid on the day); the notice's
// date (its sending) and number of persons; the entrustor's and the
// ministry's name; the card holders' number.
func TestFieldsMatchEngine(t *testing.T) {
	t.Parallel()
	kinds := map[Kind]int{}
	for _, b := range allBuilt(t) {
		d, v := b.doc, b.v
		id := b.name + " " + d.ID + " " + d.Variant
		kinds[d.Kind]++
		if at, ok := DatedAt(d.Spec(), b.inc, d.Date); ok && !at.Equal(d.Date) {
			t.Errorf("%s: dated %v, its own event is at %v", id, d.Date, at)
		}
		switch d.Kind {
		case KindPPC:
			rep := v.obligation("jp.report.prelim")
			for _, id := range []string{"jp.report.final.ruledout", "jp.report.final.ruledout.60", "jp.report.final.notreportable", "jp.report.final.notreportable.60"} {
				if ob := v.obligation(id); rep == nil && ob != nil && (ob.Applies == assess.Yes || ob.Applies == assess.Unknown && strings.Contains(id, "ruledout")) {
					rep = ob // the final report closing a preliminary one on a case ruled out (34, 89 with its 30 or 60 days open) or found not reportable (43)
				}
			}
			to := line(d, "reporter", "報告先：")
			var want string
			if mn := v.myNumberReport(); mn != nil {
				want, rep = firstSentence(mn.To.JA), nil // a case with My Number goes by the form's My Number route
				if l := line(d, "reporter", "報告先（番号法に基づく報告）："); l != "" {
					to = l // APPI's report delegated to a ministry: its own line (TestPPCReportBothRoutesWhenDelegated)
				}
			} else {
				if rep == nil {
					t.Fatalf("%s: no report duty in %v", id, v.a.Now)
				}
				want = firstSentence(rep.To.JA)
				if p := delegated(b.inc); p != "" {
					want = p
				}
				n := recordedOffice(b.inc)
				if p, ok := b.inc.Party(v.ownParty); ok && n == "" && p.Kind == incident.PartyMinistry {
					n = strings.TrimSpace(p.Name) // the report is this document: its own event is not among the facts it knew
				}
				if rep.Route != nil && n != "" && !strings.HasPrefix(want, n) {
					want = n // the bureau the user recorded the report as sent to (F191)
				}
			}
			if to != want {
				t.Errorf("%s: 報告先 %q, the assessment routes it to %q", id, to, want)
			}
			if rep != nil && rep.Route != nil && !strings.Contains(d.Section("reporter").Text(), rep.Route.Citation.JA) {
				t.Errorf("%s: the delegation's source is missing", id)
			}
			sit := d.Section("summary").Text()
			j := v.jur("JP")
			yes := 0
			excluded := map[string]bool{}
			for _, x := range j.Exclusions {
				if x.Verdict == assess.Yes {
					for _, s := range x.Sets {
						excluded[s] = true
					}
				}
			}
			for _, tr := range j.Triggers {
				name := v.ruleNameJA("JP", tr)
				if tr.Verdict == assess.Yes && len(tr.Sets) > 0 && !slices.ContainsFunc(tr.Sets, func(s string) bool { return !excluded[s] }) {
					continue // every set it holds for is excluded: not listed, the exclusion is (F76, 43)
				}
				if tr.Verdict == assess.Yes {
					yes++
					if !strings.Contains(sit, "・"+name) {
						t.Errorf("%s: 報告対象となる事態 lacks %s, which the engine matched", id, name)
					}
				} else if strings.Contains(sit, "・"+name) && !strings.Contains(sit, "速報において報告対象とした事態") {
					// a closing report on a case ruled out names the 速報's situations, found not to have occurred (TestRuledOutFinalNamesPrelimSituations)
					t.Errorf("%s: 報告対象となる事態 names %s, which the engine did not match", id, name)
				}
			}
			if yes > 0 && strings.Contains(sit, "報告対象となる事態：調査中") {
				t.Errorf("%s: 事態 調査中 although the engine matched %d situations", id, yes)
			}
			knewDay := ""
			if b.a.Knew != nil {
				knewDay = v.dateJA(*b.a.Knew)
				if p := b.a.KnewPrecision; p == incident.Month || p == incident.Year {
					knewDay = v.knewDayJA() // as precise as it was entered ("2025年9月")
				}
			}
			if b.a.Knew != nil && !strings.Contains(line(d, "summary", "発覚日（事態を知った日）："), knewDay) {
				t.Errorf("%s: 発覚日 %q is not the assessment's %v", id, line(d, "summary", "発覚日（事態を知った日）："), *b.a.Knew)
			}
			occ := line(d, "summary", "発生日：")
			if in, ok := firstIntrusionOf(b.inc, v.scope); ok {
				want := v.evDateJA(in) // as precise as it was entered ("2017年3月")
				if in.AboutTime() {
					want = v.dateTimeAtJA(in.At, "頃") // about a time of day ("14時10分頃")
				}
				if !strings.HasPrefix(occ, want) {
					t.Errorf("%s: 発生日 %q is not the first intrusion %v", id, occ, in.At)
				}
			} else if occ != "調査中" && !strings.HasPrefix(occ, "【要記入") {
				t.Errorf("%s: 発生日 %q without an intrusion event", id, occ)
			}
			if _, ok := b.inc.FirstEvent(incident.EvDetected); ok && strings.HasPrefix(line(d, "summary", "発覚の経緯："), "調査中") {
				t.Errorf("%s: 発覚の経緯 調査中 while the timeline records the detection", id)
			}
			total, _ := v.persons()
			if total.Known && !strings.Contains(d.Section("persons").Text(), countJA(total)+"名") {
				t.Errorf("%s: 本人の数 lacks the total %s valid on its date:\n%s", id, countJA(total), d.Section("persons").Text())
			}
		case KindNotice, KindPublic:
			if d.Lang != JA {
				continue
			}
			persons, _ := v.persons()
			if v.toOne() {
				// A letter to one person by name tells no count (F135).
				if strings.Contains(d.Section("data").Text(), "1名") {
					t.Errorf("%s: a notice to one person counts them:\n%s", id, d.Section("data").Text())
				}
			} else if persons.Known && !strings.Contains(d.Section("data").Text(), countJA(persons)+"名") && !strings.Contains(d.Section("data").Text(), "亡くなられた方") {
				// (the deceased told apart from the living's total: F501)
				t.Errorf("%s: the number of persons is not %s:\n%s", id, countJA(persons), d.Section("data").Text())
			}
			if d.Set != "" && v.reader == nil {
				t.Errorf("%s: a notice to data set %s that is not affected", id, d.Set)
			}
			if e, ok := v.firstFor(incident.EvReportPrelim, "JP"); ok {
				if to := v.reportedToJA(e); !strings.Contains(d.Section("response").Text(), to+"へ報告") && !strings.Contains(d.Section("response").Text(), to+"及び") {
					t.Errorf("%s: the report of %v to %s is not told:\n%s", id, e.At, to, d.Section("response").Text())
				}
			}
		case KindPolice:
			date := v.evDateJA
			if d.Lang == EN {
				date = v.evDateEN
			}
			if e, ok := v.first(incident.EvPolice); ok && !strings.Contains(d.Sections[0].Text(), date(e)) {
				t.Errorf("%s: the first contact with the police (%v) is not in the header", id, e.At)
			}
			// The English memo names a desk not written in Latin letters by
			// asking for its name in English (서울경찰청 for the Seoul police).
			if p := v.inc.PartiesOf(incident.PartyPolice); len(p) > 0 && p[0].Name != "" && !strings.Contains(d.Sections[0].Text(), p[0].Name) &&
				!strings.Contains(d.Sections[0].Text(), strings.NewReplacer("（", " (", "）", ")").Replace(p[0].Name)) &&
				(d.Lang != EN || !nonLatin(p[0].Name) || !strings.Contains(d.Sections[0].Text(), "[to be completed: police station or cyber crime unit]")) {
				t.Errorf("%s: the police desk %s is not named", id, p[0].Name)
			}
		case KindGDPR33:
			if !strings.Contains(d.Section("controller").Text(), "Date of this notification: "+v.dateEN(d.Date)) {
				t.Errorf("%s: not dated %v", id, d.Date)
			}
			if b.a.Knew != nil && !strings.Contains(d.Section("timing").Text(), v.dateEN(*b.a.Knew)) {
				t.Errorf("%s: the awareness date is not the assessment's %v", id, *b.a.Knew)
			}
		case KindEntrustor:
			name := v.entrustorNameJA()
			if v.entrustorClients() {
				// All the clients of a service (F302): 「お客様各位」.
				if !strings.Contains(d.Sections[0].Text(), "お客様各位") {
					t.Errorf("%s: not addressed to the clients", id)
				}
				break
			}
			if name == "" || line(d, "header", name+"　御中") == "" && !strings.Contains(d.Sections[0].Text(), name+"　御中") {
				t.Errorf("%s: not addressed to its entrustor %q", id, name)
			}
			for _, s := range v.sets {
				if s.Role == incident.Processor && s.Entrustor != v.party && strings.Contains(Text(d), v.setNameJA(s)) {
					t.Errorf("%s: tells entrustor %s of another entrustor's data %s", id, v.party, s.Name)
				}
			}
		case KindMinistry:
			if m := v.ministryNameJA(v.party); m != "" && !strings.Contains(d.Sections[0].Text(), m+"　御中") {
				t.Errorf("%s: not addressed to %s", id, m)
			}
		case KindCard:
			var n incident.Count
			for _, s := range v.scope {
				counted := false // a card item counted: the uncounted ones are of its cards (F540)
				for _, c := range s.Categories {
					counted = counted || v.flagged("card")(c) && c.Persons.Known
				}
				for _, c := range s.Categories {
					who := c.Persons
					if !who.Known && !counted {
						who = s.persons
					}
					if v.flagged("card")(c) && who.Known && who.N > n.N {
						n = who
					}
				}
			}
			got := line(d, "scope", "対象となるカード会員の数：")
			if d.Lang == EN {
				got = line(d, "scope", "Number of cardholders: ")
				if n.Known && got != countEN(n, "cardholder", "cardholders") || !n.Known && got != "under investigation" {
					t.Errorf("%s: card holders %q, the facts say %v", id, got, n)
				}
				break
			}
			if n.Known && got != countJA(n)+"名" || !n.Known && got != "調査中" {
				t.Errorf("%s: card holders %q, the facts say %v", id, got, n)
			}
		}
	}
	for _, k := range []Kind{KindPPC, KindNotice, KindPublic, KindEntrustor, KindMinistry, KindCard, KindPolice, KindGDPR33} {
		if kinds[k] == 0 {
			t.Errorf("no %s document in any scenario: its fields are not checked", k)
		}
	}
}

// delegated is the name of the ministry the user marked as delegated, if any.
// recordedOffice is the ministry recorded on a 速報 or 確報 event, "" when none.
func recordedOffice(inc *incident.Incident) string {
	for _, e := range inc.Events {
		if e.Kind != incident.EvReportPrelim && e.Kind != incident.EvReportFinal {
			continue
		}
		if p, ok := inc.Party(e.Party); ok && p.Kind == incident.PartyMinistry && strings.TrimSpace(p.Name) != "" {
			return strings.TrimSpace(p.Name)
		}
	}
	return ""
}

func delegated(inc *incident.Incident) string {
	for _, p := range inc.PartiesOf(incident.PartyMinistry) {
		if p.Delegated == incident.Yes {
			return p.Name
		}
	}
	return ""
}

// TestDocumentsKnowOnlyTheirDate: no document states an event dated after
// it, and a report does not list its own filing.
func TestDocumentsKnowOnlyTheirDate(t *testing.T) {
	t.Parallel()
	for name, p := range passes(t, false) {
		inc, a, docs := p.inc, p.a, p.docs
		for _, d := range docs {
			text := Text(d)
			loc := inc.Location()
			for _, e := range inc.Events {
				if !e.Dated() || incident.DateOf(e.At.In(loc)) <= incident.DateOf(d.Date.In(loc)) {
					continue
				}
				day := (&view{loc: loc}).dateJA(e.At)
				if d.Lang == JA && strings.Contains(text, day) && !dueOn(a, inc, day) {
					t.Errorf("%s %s (%s): states %s, a day after the document's date", name, d.ID, d.Date.Format("2006-01-02"), day)
				}
			}
		}
	}
}

// dueOn: day is a deadline of the assessment (a document may state a deadline ahead).
func dueOn(a assess.Assessment, inc *incident.Incident, day string) bool {
	v := &view{loc: inc.Location()}
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			if o.Due != nil && v.dateJA(*o.Due) == day || o.DueAlt != nil && v.dateJA(*o.DueAlt) == day {
				return true
			}
		}
	}
	for _, e := range inc.Events {
		if e.Due != nil && v.dateJA(*e.Due) == day {
			return true
		}
	}
	return false
}

// TestNotesNeverInDocuments: the story written for the authorities (and the
// cause's description, the note on secondary harm, an item's protection
// detail) reaches no document the persons or the public read.
func TestNotesNeverInDocuments(t *testing.T) {
	t.Parallel()
	for _, b := range allBuilt(t) {
		if b.v.formal() {
			continue
		}
		inc := b.inc
		text := strings.ReplaceAll(Text(b.doc), "\n", "") // the e-mail's wrapping splits lines
		pub := inc.Public
		written := pub.Summary + pub.Cause + pub.Measures + pub.Prevention
		st := inc.Story
		authorities := []string{st.Summary, st.HowDiscovered, st.MeasuresBefore, st.Response, st.CurrentState, st.Prevention, st.Other, inc.Cause.Description, inc.Risk.SecondaryHarmNote, inc.AwareWhy.Text}
		for _, s := range authorities {
			s = strings.TrimSpace(s)
			if len([]rune(s)) >= 12 && strings.Contains(text, s) && !strings.Contains(written, s) {
				t.Errorf("%s %s: a text written for the authorities reaches the persons: %q", b.name, b.doc.ID, s)
			}
		}
		for _, d := range inc.DataSets {
			for _, c := range d.Categories {
				if s := strings.TrimSpace(c.ProtectionDetail); s != "" && strings.Contains(text, s) { // "SHA-1、ソルトなし"
					t.Errorf("%s %s: an item's protection detail reaches the persons: %q", b.name, b.doc.ID, s)
				}
			}
		}
	}
}

// TestNotesNeverReachDocuments: no note written for the record (the
// incident's notes, an event's, a party's, a status change's, an evidence
// file's) reaches any document: every scenario's documents are the same
// when each note is replaced by another text. (Looking for each note in the
// documents instead found notes that are phrases of the templates, such as
// 「ウェブサイトでお知らせ」, and notes the user also wrote into the story:
// F86.)
func TestNotesNeverReachDocuments(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	build := func(inc *incident.Incident) map[string]string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, d := range docs {
			out[d.ID+" "+d.Variant] = Text(d)
		}
		return out
	}
	noted := 0
	for name, inc := range everything(t) {
		before := build(inc)
		n := 0
		other := func(s *string) {
			if *s != "" {
				n++
				*s = fmt.Sprintf("置き換えたメモ %d: replaced note", n)
			}
		}
		other(&inc.Notes)
		for i := range inc.Events {
			other(&inc.Events[i].Note)
		}
		for i := range inc.Parties {
			other(&inc.Parties[i].Note)
		}
		for i := range inc.DataSets {
			for j := range inc.DataSets[i].Status {
				other(&inc.DataSets[i].Status[j].Note)
			}
		}
		for i := range inc.Evidence {
			other(&inc.Evidence[i].Note)
		}
		if n == 0 {
			continue
		}
		noted++
		after := build(inc)
		if len(after) != len(before) {
			t.Errorf("%s: %d documents with its notes, %d with other notes", name, len(before), len(after))
		}
		for id, text := range before {
			if after[id] != text {
				t.Errorf("%s %s: a note reaches the document:\n%s", name, id, firstDiff(text, after[id]))
			}
		}
	}
	if noted < 10 {
		t.Fatalf("only %d scenarios have notes", noted)
	}
}

// TestRegulatorDocumentsStateFactsOnly: what goes to an authority states
// facts and legal deadlines: never this tool's benchmarks (the "30-day"
// notice target, the 3-5 day target as a measure of the company), never a
// countdown.
func TestRegulatorDocumentsStateFactsOnly(t *testing.T) {
	t.Parallel()
	bad := []string{"目安", "残り", "超えています", "30日を", "30-day", "target", "remaining", "left to"}
	n := 0
	for _, b := range allBuilt(t) {
		switch b.doc.Kind {
		case KindPPC, KindMinistry, KindGDPR33, KindEntrustor, KindPolice, KindCard:
		default:
			continue
		}
		n++
		// "targeted" names a kind of attack (a targeted e-mail), not a
		// benchmark.
		text := strings.ReplaceAll(Text(b.doc), "targeted", "")
		for _, w := range bad {
			if strings.Contains(text, w) {
				t.Errorf("%s %s: %q in a document to an authority or business:\n%s", b.name, b.doc.ID, w, text)
			}
		}
	}
	if n == 0 {
		t.Fatal("no document to an authority was checked")
	}
}

// TestEveryNoticeWarnsBroadly: every notice says the company never asks for
// any of the numbers and secrets a fraudster asks for, whatever data leaked;
// a bank account number and My Number only where it has no business asking
// its readers for them (an employer asks its staff for both, a company its
// business contacts for an account: F120).
func TestEveryNoticeWarnsBroadly(t *testing.T) {
	t.Parallel()
	accounts, noAccounts := 0, 0
	for _, b := range allBuilt(t) {
		if b.doc.Kind != KindNotice && b.doc.Kind != KindPublic {
			continue
		}
		text := ""
		for _, p := range b.doc.Paragraphs() {
			if strings.HasSuffix(p.ID, "/never-ask") {
				text = p.Text
			}
		}
		if text == "" && b.doc.Kind == KindPublic && b.v.oneOnly() {
			continue // the one person is told in person (F135)
		}
		if b.v.knownRecipients() && !b.v.clearedOfLeak() {
			// A case cleared of any leak warns of impostors who use its
			// news, whoever had the data (89; 152: nine million users of
			// an app whose contractor abroad could reach their data).
			if text != "" {
				t.Errorf("%s %s %s: recipients identified, still warns of what is never asked", b.name, b.doc.ID, b.doc.Variant)
			}
			continue // no unknown third party to pretend to be the company (F236)
		}
		if text == "" {
			t.Errorf("%s %s %s: no warning of what is never asked", b.name, b.doc.ID, b.doc.Variant)
			continue
		}
		var want, not []string
		if b.doc.Lang == JA {
			want = []string{"クレジットカード番号", "暗証番号", "ID・パスワード"}
			not = []string{"口座番号", "マイナンバー"}
		} else {
			want = []string{"card number", "PIN", "password"}
			not = []string{"bank account number", "My Number"}
		}
		if b.v.asksForAccounts() {
			noAccounts++
		} else {
			accounts++
			want, not = append(want, not[0]), nil
			// Japan's My Number only where readers may live in Japan (51:
			// a US subsidiary's employees have none; 96: a Korean
			// subsidiary's customers, in Japanese too, F409).
			if b.v.readersMayLiveInJapan() {
				want = append(want, map[string]string{JA: "マイナンバー", EN: "My Number"}[b.doc.Lang])
			}
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %s %s (to %s): the warning lacks %q: %s", b.name, b.doc.ID, b.doc.Variant, b.v.you, w, text)
			}
		}
		for _, w := range not {
			if strings.Contains(text, w) {
				t.Errorf("%s %s %s (to %s): the warning says %q is never asked for: %s", b.name, b.doc.ID, b.doc.Variant, b.v.you, w, text)
			}
		}
	}
	if accounts == 0 || noAccounts == 0 {
		t.Fatalf("%d notices promise no bank account is asked for, %d do not: both shapes must be among the scenarios", accounts, noAccounts)
	}
}

// TestNeverAskByReader: who may rightly be asked for a bank account or My
// Number is told neither is never asked for (F120).
func TestNeverAskByReader(t *testing.T) {
	cases := []struct {
		you, sector string
		asks        bool
	}{
		{"お客様", "retail", false},
		{"患者さま", "medical", false},
		{"住民の皆さま", "public", false},
		{"受診者の皆さま", "other", false},
		{"従業員の皆さま", "retail", true}, // payroll, 年末調整
		{"職員の皆さま", "public", true},
		{"お取引先の皆さま", "manufacturing", true}, // payments to an account
		{"株主の皆さま", "other", true},           // dividends, My Number
		{"加入者の皆さま", "insurance", true},      // a health insurance society's insured
		{"学生の皆さま", "education", true},       // scholarships
		{"皆さま", "bpo", true},                // an entrustor's persons: not known
		{"お客様", "finance", true},            // a bank's own customers
		{"お客様", "insurance", true},
	}
	for _, c := range cases {
		v := &view{inc: &incident.Incident{Org: incident.Organisation{Sector: c.sector}}, you: c.you, group: c.you}
		if got := v.asksForAccounts(); got != c.asks {
			t.Errorf("%s (%s): asksForAccounts = %v, want %v", c.you, c.sector, got, c.asks)
		}
		ja := v.neverAskJA()
		if strings.Contains(ja, "口座番号") == c.asks || strings.Contains(ja, "マイナンバー") == c.asks {
			t.Errorf("%s (%s): %s", c.you, c.sector, ja)
		}
	}
	if got := personKindJA("US Employees (HR system)"); got != "従業員の皆さま" {
		t.Errorf("a set named in English: %q", got)
	}
	if got := personKindJA("Online shop customers"); got != "お客様" {
		t.Errorf("a set named in English: %q", got)
	}
}

// TestNoticePerDataSet: the persons of each data set are told of theirs: the
// card holders (a set within the members) get a notice with the card items;
// the other members one that says a part of them (how many) had card data
// too and that theirs did not; no notice states card data for everyone.
func TestNoticePerDataSet(t *testing.T) {
	rs := mustRules(t)
	inc := cases(t)["hosting-card-minority"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	specs := Available(inc, a)
	var sets []string
	for _, s := range specs {
		if s.Kind == KindNotice && s.Lang == JA {
			sets = append(sets, s.Set)
		}
	}
	if !slices.Equal(sets, []string{"d1", "d2"}) {
		t.Fatalf("notices for %v, want one per data set (d1, d2)", sets)
	}
	members, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	holders, _ := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d2"}, inc, a, rs)
	m, h := Text(members), Text(holders)
	items := members.Section("data").Paras[0].Text
	if strings.Contains(items, "クレジットカード") {
		t.Errorf("the members' notice lists card data as theirs:\n%s", items)
	}
	for _, w := range []string{"会員のうち一部の方（12,754名）", "クレジットカード番号、セキュリティコードは含まれておりません", "対象となるお客様は、48,685名です"} {
		if !strings.Contains(m, w) {
			t.Errorf("the members' notice lacks %q:\n%s", w, m)
		}
	}
	for _, w := range []string{"・クレジットカード番号・有効期限・名義", "・氏名", "12,754名", "再発行に伴う手数料は、当社が負担いたします"} {
		if !strings.Contains(h, w) {
			t.Errorf("the card holders' notice lacks %q:\n%s", w, h)
		}
	}
	if strings.Contains(m, "再発行") || strings.Contains(m, "ご利用明細") {
		t.Error("the members' notice asks them to check card statements")
	}
	public, _ := Build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	harm := public.Section("harm").Text()
	if !strings.Contains(harm, "カード情報を登録した会員（12,754名）については、クレジットカード情報が不正に利用されるおそれ") {
		t.Errorf("the announcement does not say whose card data:\n%s", harm)
	}
}

// TestCountsRevisedAndDated: the 速報 (dated at its filing) gives the first
// estimate valid then and 調査中 for the card holders not counted yet; the
// 確報 (dated at its filing) the de-duplicated figure with the estimate
// before it and its date; the diff between them shows the change.
func TestCountsRevisedAndDated(t *testing.T) {
	rs := mustRules(t)
	inc := cases(t)["hosting-card-minority"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	pre, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	fin, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if got := pre.Date.Format("2006-01-02 15:04"); got != "2025-09-25 17:00" {
		t.Errorf("速報 dated %s, filed 2025-09-25 17:00", got)
	}
	if got := fin.Date.Format("2006-01-02 15:04"); got != "2025-11-05 16:00" {
		t.Errorf("確報 dated %s, filed 2025-11-05 16:00", got)
	}
	p, f := pre.Section("persons").Text(), fin.Section("persons").Text()
	for _, w := range []string{"約52,000名", "カード情報を登録した会員：調査中"} {
		if !strings.Contains(p, w) {
			t.Errorf("速報 persons lack %q:\n%s", w, p)
		}
	}
	for _, w := range []string{"48,685名（2025年10月20日時点、名寄せ後。それまでの数：約52,000名（2025年9月24日", "12,754名"} {
		if !strings.Contains(f, w) {
			t.Errorf("確報 persons lack %q:\n%s", w, f)
		}
	}
	if strings.Contains(Text(pre), "警察へ相談") || strings.Contains(Text(pre), "総務省へ報告（速報）") {
		t.Errorf("the 速報 states what came after its filing (or its own filing):\n%s", Text(pre))
	}
	if !strings.Contains(pre.Section("items").Text(), "漏えいのおそれ") || !strings.Contains(fin.Section("items").Text(), "漏えい（発生）") {
		t.Error("the 速報 must say おそれ (confirmed only on 2025-09-30), the 確報 発生")
	}
	changed := false
	for _, c := range Diff(pre, fin) {
		if c.Section == "persons" && strings.Contains(c.Before, "約52,000名") && strings.Contains(c.After, "48,685名") {
			changed = true
		}
	}
	if !changed {
		t.Errorf("the diff does not show the count's change: %+v", Diff(pre, fin))
	}
	sit := fin.Section("summary").Text()
	if !strings.Contains(sit, "不正利用による財産的被害のおそれ（規則7条2号）：カード情報を登録した会員（12,754名）") {
		t.Errorf("the 確報 does not name the data set that carries Rules Art. 7(2):\n%s", sit)
	}
}

// TestConfirmedOnlyFromItsDay: a notice dated before a data set was
// confirmed says おそれ for it; one dated after says 確認, with the day.
func TestConfirmedOnlyFromItsDay(t *testing.T) {
	rs := mustRules(t)
	inc := cases(t)["hosting-card-minority"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	early := time.Date(2025, 10, 1, 12, 0, 0, 0, inc.Location()) // members confirmed (09-30), card holders not yet (10-10)
	d, _ := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d2", Date: early}, inc, a, rs)
	text := Text(d)
	if d.Date.Format("2006-01-02") != "2025-10-01" {
		t.Fatalf("dated %v", d.Date)
	}
	if !strings.Contains(d.Title, "おそれ") || strings.Contains(text, "2025年10月10日") {
		t.Errorf("a notice of 2025-10-01 to the card holders (confirmed 2025-10-10) asserts the leak:\n%s", text)
	}
	if !strings.Contains(text, "2025年9月30日に個人情報が漏えいしたことを確認") && !strings.Contains(text, "2025年9月30日に会員（") {
		t.Errorf("the members' data, confirmed on 2025-09-30, is not said to be confirmed:\n%s", text)
	}
	late, _ := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d2"}, inc, a, rs)
	if !strings.Contains(Text(late), "2025年10月10日にカード情報を登録した会員（12,754名）の情報が") {
		t.Errorf("the notice of 2025-11-09 does not say the card data was confirmed on 2025-10-10:\n%s", Text(late))
	}
	for _, f := range Lint(inc, a, []Document{d, late}) {
		if f.Code == CodeStatusAsserted || f.Code == CodeStatusHedged {
			t.Errorf("the generated notices draw %s: %s", f.Code, f.Message.JA)
		}
	}
}

// TestEntrustorNoticePerParty: each entrustor gets a notice about its own data
// sets only, dated at its sending; one told before its set was ruled out is
// still listed.
func TestEntrustorNoticePerParty(t *testing.T) {
	rs := mustRules(t)
	inc := cases(t)["booking-own-and-entrusted"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var parties []string
	for _, s := range Available(inc, a) {
		if s.Kind == KindEntrustor {
			parties = append(parties, s.Party)
		}
	}
	if !slices.Equal(parties, []string{"p1", "p2"}) {
		t.Fatalf("entrustor notices for %v, want p1 and p2", parties)
	}
	for _, c := range []struct{ party, to, mine, other, date string }{
		{"p1", "架空ホテルズ株式会社　御中", "2,400名", "架空レンタカー", "2026-09-04"},
		{"p2", "架空レンタカー株式会社　御中", "調査中", "架空ホテルズから受託", "2026-09-11"},
	} {
		d, err := Build(Spec{Kind: KindEntrustor, Lang: JA, Party: c.party}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		text := Text(d)
		if d.ID != "entrustor-"+c.party+"-ja" || d.Date.Format("2006-01-02") != c.date {
			t.Errorf("%s: id %s dated %v", c.party, d.ID, d.Date)
		}
		if !strings.Contains(text, c.to) || !strings.Contains(d.Section("persons").Text(), c.mine) {
			t.Errorf("%s: not addressed to it or not its data:\n%s", c.party, text)
		}
		if strings.Contains(d.Section("items").Text()+d.Section("persons").Text(), c.other) {
			t.Errorf("%s: tells of another entrustor's data:\n%s", c.party, text)
		}
	}
}

// TestFormerPersonsAndExposure: a notice whose data set holds persons who
// left long ago says so and apologises for keeping their data; the exposure
// window is told apart from the data, which is not limited to it.
func TestFormerPersonsAndExposure(t *testing.T) {
	rs := mustRules(t)
	inc := cases(t)["hosting-card-minority"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, _ := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb, Set: "d1"}, inc, a, rs)
	text := Text(d)
	for _, w := range []string{"2013年以降に退会された方（8,100名）", "削除されずに保存されておりました", "深くお詫び申し上げます",
		"2024年4月1日から2025年9月22日まで", "限られず", "2005年以降"} {
		if !strings.Contains(text, w) {
			t.Errorf("the members' notice lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "検知") {
		t.Errorf("the notice says the company detected the breach; a card company told it:\n%s", text)
	}
	if !strings.Contains(text, "クレジットカード会社から連絡を受け") {
		t.Errorf("the notice does not say who told the company:\n%s", text)
	}
}

// TestFinalReportStatesWhatWasDone: a 確報 filed after the notices went out
// says they went out, and names the desk; 設置準備中 and 準備中 never.
func TestFinalReportStatesWhatWasDone(t *testing.T) {
	rs := mustRules(t)
	inc := cases(t)["booking-own-and-entrusted"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	fin, _ := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	r := fin.Section("response").Text()
	if !strings.Contains(r, "2026年9月16日に本人への通知を実施済み") || strings.Contains(r, "準備中") {
		t.Errorf("the 確報 of 2026-10-15 misstates the notice of 2026-09-16:\n%s", r)
	}
	inc.Contact = incident.ContactDesk{}
	fin, _ = Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(fin.Section("response").Text(), "設置準備中") {
		t.Errorf("a 確報 filed after the notices says the desk is being set up:\n%s", fin.Section("response").Text())
	}
}

// TestCountsJapanese: counts as a Japanese document writes them.
func TestCountsJapanese(t *testing.T) {
	for _, c := range []struct {
		in incident.Count
		ja string
		en string
	}{
		{incident.Count{Known: true, N: 6788443}, "6,788,443", "6,788,443"},
		{incident.Count{Known: true, N: 6788443, Approx: true}, "約679万", "approx. 6.79 million"},
		{incident.Count{Known: true, N: 52000, Approx: true}, "約52,000", "approx. 52,000"},
		{incident.Count{Known: true, N: 590000, Approx: true}, "約59万", "approx. 590,000"},
		{incident.Count{Known: true, N: 132000, Approx: true}, "約13万2千", "approx. 132,000"},
		{incident.Count{Known: true, N: 123456789, Approx: true}, "約1億2,346万", "approx. 123 million"},
		{incident.Count{Known: true, N: 200000000, Approx: true}, "約2億", "approx. 200 million"},
		{incident.Count{Known: true, N: 1000000, Approx: true}, "約100万", "approx. 1 million"},
		{incident.Count{}, "不明", "unknown"},
	} {
		if got := countJA(c.in); got != c.ja {
			t.Errorf("countJA(%+v) = %q, want %q", c.in, got, c.ja)
		}
		if got := countWordsEN(c.in); got != c.en {
			t.Errorf("countWordsEN(%+v) = %q, want %q", c.in, got, c.en)
		}
	}
}

// TestStaffNoticeIsInternal: a letter to the organisation's own staff is an
// internal notice (no 拝啓 … 敬具, no thanks for their patronage, no promise
// of a page on the public website), while a letter to customers keeps the
// form of a letter to outsiders (F95).
func TestStaffNoticeIsInternal(t *testing.T) {
	t.Parallel()
	staff, outsiders := 0, 0
	for _, b := range allBuilt(t) {
		if b.doc.Kind != KindNotice || b.doc.Lang != JA || b.doc.Variant != VariantLetter {
			continue
		}
		text := paraText(b.doc)
		letterForms := []string{"拝啓", "敬具", "略儀ながら", "平素より"}
		if b.v.toStaff() {
			staff++
			for _, w := range append(letterForms, "ウェブサイトでお知らせ") {
				if strings.Contains(text, w) {
					t.Errorf("%s %s (to %s): %q in an internal notice:\n%s", b.name, b.doc.ID, b.v.you, w, text)
				}
			}
			for _, w := range []string{"\n記\n", "\n以上\n", "追ってお知らせいたします"} {
				if !strings.Contains("\n"+text, w) {
					t.Errorf("%s %s (to %s): %q missing:\n%s", b.name, b.doc.ID, b.v.you, w, text)
				}
			}
			continue
		}
		outsiders++
		for _, w := range letterForms {
			if w == "平素より" && b.v.entrusted() && !b.v.directReaders() {
				w = "突然のお手紙にて失礼いたします" // readers who may not know the company (F539)
			}
			if w == "平素より" && b.v.opensOnWhatHappened() {
				w = "拝啓　このたび" // not thanked for their custom when in danger (F1027) or harmed (F1242)
			}
			if !strings.Contains(text, w) {
				t.Errorf("%s %s (to %s): %q missing from a letter to outsiders:\n%s", b.name, b.doc.ID, b.v.you, w, text)
			}
		}
	}
	if staff == 0 || outsiders == 0 {
		t.Fatalf("%d letters to staff, %d to others: both must be among the scenarios", staff, outsiders)
	}
}

// firstIntrusionOf is the first dated intrusion of the report's data sets:
// one tied to other sets only (Event.Sets) is theirs (165: the petitioners'
// file posted in December, the report on the appellant's alone).
func firstIntrusionOf(inc *incident.Incident, scope []*setView) (incident.Event, bool) {
	var first incident.Event
	found := false
	for _, e := range inc.Events {
		if e.Kind != incident.EvIntrusion || e.At.IsZero() {
			continue
		}
		if len(e.Sets) > 0 && !slices.ContainsFunc(scope, func(s *setView) bool { return slices.Contains(e.Sets, s.ID) }) {
			continue
		}
		if !found || e.At.Before(first.At) {
			first, found = e, true
		}
	}
	return first, found
}
