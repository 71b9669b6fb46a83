package assess

import (
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// set is a data set of persons JP residents with names, e-mail addresses and
// whatever extra categories are given.
func set(id string, persons int64, extra ...string) incident.DataSet {
	cats := []incident.Category{{ID: "name"}, {ID: "email"}}
	for _, c := range extra {
		cats = append(cats, incident.Category{ID: c})
	}
	return incident.DataSet{ID: id, Role: incident.Controller, Categories: cats,
		Persons: incident.FigureOf(kn(persons)), Encryption: incident.NotEncrypted, Recovered: incident.No,
		Residence: []incident.Residence{{Country: "JP", Persons: kn(persons)}}, Former: incident.Former{Persons: kn(0)}}
}

func entrusted(d incident.DataSet, entrustor string) incident.DataSet {
	d.Role, d.Entrustor = incident.Processor, entrustor
	return d
}

// withParties is base with two entrustors named.
func withParties(sets ...incident.DataSet) *incident.Incident {
	inc := base(0)
	inc.Parties = []incident.Party{
		{ID: "p1", Kind: incident.PartyEntrustor, Name: "架空ホテルズ株式会社"},
		{ID: "p2", Kind: incident.PartyEntrustor, Name: "架空レンタカー株式会社"},
	}
	inc.DataSets = sets
	return inc
}

func instance(j Jurisdiction, id, party string) *Obligation {
	for i := range j.Obligations {
		if o := &j.Obligations[i]; o.ID == id && o.Party == party {
			return o
		}
	}
	return nil
}

// A processor with its own data and data entrusted to it: the 1,000 persons
// of Rules Art. 7(4) are counted over the whole incident (500 + 800), so
// both sets are reportable; the notice to the entrustor in time lifts the
// company's own report for the entrusted set only, never for its own data.
func TestProcessorOwnAndEntrusted(t *testing.T) {
	inc := withParties(set("own", 500), entrusted(set("hotel", 800), "p1"))
	addEvent(inc, "n1", incident.EvEntrustorNotice, at(2026, 5, 2, 9, 0))
	inc.Events[len(inc.Events)-1].Party = "p1"
	j := jur(t, eval(t, inc, now), "JP")
	if j.Reportable != Yes || len(j.Sets) != 2 || j.Sets[0].Reportable != Yes || j.Sets[1].Reportable != Yes {
		t.Fatalf("reportable %s, sets %+v", j.Reportable, j.Sets)
	}
	if !slices.Contains(j.Sets[0].Triggers, "jp.r7.4") {
		t.Errorf("own set of 500 persons should be reportable by the whole incident's 1,300: %+v", j.Sets[0])
	}
	for _, id := range []string{"jp.report.prelim", "jp.report.final", "jp.notice.persons"} {
		o := obligation(j, id)
		if o == nil || o.State == StateExempt || !slices.Equal(o.ExemptSets, []string{"hotel"}) || !slices.Equal(o.Sets, []string{"own", "hotel"}) {
			t.Errorf("%s: state %s, sets %v, exempt %v; want owed, own data not exempt", id, o.State, o.Sets, o.ExemptSets)
		}
	}
	en := instance(j, "jp.entrustor.notice", "p1")
	if en == nil || en.State != StateDone || en.PartyName != "架空ホテルズ株式会社" || !slices.Equal(en.Sets, []string{"hotel"}) {
		t.Errorf("notice to the entrustor: %+v", en)
	}
	if instance(j, "jp.entrustor.notice", "") != nil || instance(j, "jp.entrustor.notice", "p2") != nil {
		t.Error("a notice is owed only to the entrustor of an affected set")
	}
	// Entrusted data only, notified in time: exempt as a whole.
	inc = withParties(entrusted(set("hotel", 1500), "p1"))
	addEvent(inc, "n1", incident.EvEntrustorNotice, at(2026, 5, 2, 9, 0))
	j = jur(t, eval(t, inc, now), "JP")
	if o := obligation(j, "jp.report.prelim"); o.State != StateExempt {
		t.Errorf("entrusted data only: prelim %s", o.State)
	}
}

// Two entrustors, each owed its own notice with its own due date; only the
// sets of the entrustor told in time are exempt.
func TestTwoEntrustors(t *testing.T) {
	inc := withParties(entrusted(set("hotel", 900), "p1"), entrusted(set("car", 900), "p2"))
	inc.Events = append(inc.Events,
		incident.Event{ID: "n1", Kind: incident.EvEntrustorNotice, At: at(2026, 5, 2, 9, 0), Party: "p1"},
		incident.Event{ID: "n2", Kind: incident.EvEntrustorNotice, At: at(2026, 5, 9, 9, 0), Party: "p2"})
	j := jur(t, eval(t, inc, at(2026, 5, 12, 9, 0)), "JP")
	if o := instance(j, "jp.entrustor.notice", "p1"); o == nil || o.State != StateDone || o.DoneBy != "n1" {
		t.Errorf("p1: %+v", o)
	}
	if o := instance(j, "jp.entrustor.notice", "p2"); o == nil || o.State != StateDoneLate || o.DoneBy != "n2" {
		t.Errorf("p2 told late: %+v", o)
	}
	o := obligation(j, "jp.report.prelim")
	if o.State == StateExempt || !slices.Equal(o.ExemptSets, []string{"hotel"}) {
		t.Errorf("prelim: %s exempt %v; want owed for the late entrustor's set", o.State, o.ExemptSets)
	}
	// An event naming no entrustor does not count for either when there are two.
	inc.Events[1].Party, inc.Events[2].Party = "", ""
	j = jur(t, eval(t, inc, at(2026, 5, 12, 9, 0)), "JP")
	if o := instance(j, "jp.entrustor.notice", "p1"); o.DoneBy != "" {
		t.Errorf("an unnamed notice counted for p1: %+v", o)
	}
}

// A card-holding minority: the members whose card data leaked are a part of
// all members. Type 2 holds for them only; they are not counted twice.
func TestCardHoldingMinority(t *testing.T) {
	members := set("members", 900)
	cards := set("cards", 300, "card_number", "card_expiry")
	cards.Within = "members"
	inc := withParties(members, cards)
	j := jur(t, eval(t, inc, now), "JP")
	if trigger(j, "jp.r7.4") != No {
		t.Errorf("900 members, 300 of them with cards: 7(4) is %s (persons counted twice?)", trigger(j, "jp.r7.4"))
	}
	for _, r := range j.Triggers {
		if r.RuleID == "jp.r7.2" && (r.Verdict != Yes || !slices.Equal(r.Sets, []string{"cards"})) {
			t.Errorf("7(2) %s for %v; want yes for cards only", r.Verdict, r.Sets)
		}
	}
	if j.Sets[0].Reportable != No || j.Sets[1].Reportable != Yes {
		t.Errorf("sets %+v", j.Sets)
	}
	if c, partial := inc.Total(""); c.N != 900 || partial {
		t.Errorf("total %+v %v", c, partial)
	}
}

// A set ruled out is not counted; persons not yet counted in one set make
// the total a lower bound, which settles only what it can.
func TestRuledOutAndPartialCounts(t *testing.T) {
	out := set("old", 5000)
	out.Status = []incident.StatusChange{{Status: incident.Possible}, {Status: incident.RuledOut, On: "2026-05-03"}}
	inc := withParties(set("a", 800), out)
	j := jur(t, eval(t, inc, now), "JP")
	if j.Reportable != No || len(j.Sets) != 1 {
		t.Errorf("ruled-out set counted: %s %+v", j.Reportable, j.Sets)
	}
	uncounted := set("b", 0)
	uncounted.Persons = nil
	inc = withParties(set("a", 800), uncounted)
	if v := trigger(jur(t, eval(t, inc, now), "JP"), "jp.r7.4"); v != Unknown {
		t.Errorf("800 + not yet counted: 7(4) %s; want unknown", v)
	}
	inc = withParties(set("a", 1200), uncounted)
	if v := trigger(jur(t, eval(t, inc, now), "JP"), "jp.r7.4"); v != Yes {
		t.Errorf("1,200 + not yet counted: 7(4) %s; want yes", v)
	}
	// The company's own de-duplicated total wins over the sum.
	inc = withParties(set("a", 800), set("b", 700))
	inc.Persons = incident.Figure{{Known: true, N: 950, On: "2026-05-03", Source: "名寄せ後"}}
	if v := trigger(jur(t, eval(t, inc, now), "JP"), "jp.r7.4"); v != No {
		t.Errorf("800 + 700 de-duplicated to 950: 7(4) %s; want no", v)
	}
}

// Exclusions hold set by set: an encrypted set is out, the other is not; all
// sets excluded, the case is not reportable. Pseudonymised information is
// outside Art. 26.
func TestExclusionsPerSet(t *testing.T) {
	enc := set("enc", 50, "medical_history")
	enc.Encryption = incident.HighGrade
	plain := set("plain", 50, "medical_history")
	j := jur(t, eval(t, withParties(enc, plain), now), "JP")
	if j.Reportable != Yes || j.Sets[0].Excluded != "jp.excl.encrypted" || j.Sets[1].Reportable != Yes {
		t.Errorf("one encrypted set: %s %+v", j.Reportable, j.Sets)
	}
	j = jur(t, eval(t, withParties(enc), now), "JP")
	if j.Reportable != No || !strings.Contains(j.Summary.EN, "encryption") {
		t.Errorf("only the encrypted set: %s %q", j.Reportable, j.Summary.EN)
	}
	pseudo := set("pseudo", 50, "medical_history")
	pseudo.Pseudonymised = incident.Yes
	if j = jur(t, eval(t, withParties(pseudo), now), "JP"); j.Reportable != No || j.Sets[0].Excluded != "jp.excl.pseudonymised" {
		t.Errorf("pseudonymised: %s %+v", j.Reportable, j.Sets)
	}
	if j = jur(t, eval(t, withParties(set("x", 50, "medical_history")), now), "JP"); j.Reportable != Yes || len(j.Needs) != 0 {
		t.Errorf("pseudonymisation not entered must read as ordinary data, not a need: %s %v", j.Reportable, j.Needs)
	}
}

// Data lost or damaged, not leaked, whose copy is kept elsewhere is neither
// 滅失 nor 毀損 (通則編 3-5-1-2/3): the set is out. A set with nothing
// stated about its kind is a leak and stays in whatever is said of a copy;
// a set that was also leaked stays in; a copy not yet known keeps it in.
func TestCopyHeldLossIsNotALoss(t *testing.T) {
	lost := func(copyHeld incident.Tri, leak bool) incident.DataSet {
		d := set("lost", 2000, "name")
		d.Loss, d.Damage, d.Leak, d.CopyHeld = true, true, leak, copyHeld
		return d
	}
	if j := jur(t, eval(t, withParties(lost(incident.Yes, false)), now), "JP"); j.Reportable != No || j.Sets[0].Excluded != "jp.excl.copy_held" {
		t.Errorf("lost and damaged, copy held: %s %+v", j.Reportable, j.Sets)
	}
	if j := jur(t, eval(t, withParties(lost(incident.Unknown, false)), now), "JP"); j.Reportable != Yes || j.Sets[0].Excluded != "" {
		t.Errorf("copy not yet known: %s %+v", j.Reportable, j.Sets)
	}
	if j := jur(t, eval(t, withParties(lost(incident.Yes, true)), now), "JP"); j.Reportable != Yes || j.Sets[0].Excluded != "" {
		t.Errorf("also leaked, copy held: %s %+v", j.Reportable, j.Sets)
	}
	unstated := set("unstated", 2000, "name")
	unstated.CopyHeld = incident.Yes
	if j := jur(t, eval(t, withParties(unstated), now), "JP"); j.Reportable != Yes || j.Sets[0].Excluded != "" {
		t.Errorf("kind unstated (a leak), copy held: %s %+v", j.Reportable, j.Sets)
	}
}

// Dates as people know them: a knowing known by day starts the clock at
// the start of that day; a report known by day only is judged at its end;
// an undated knowing starts nothing; an event after now is not counted and
// is named.
func TestDatesAsKnown(t *testing.T) {
	inc := base(1500)
	inc.Events = []incident.Event{{ID: "k", Kind: incident.EvAware, At: at(2026, 5, 1, 0, 0), Precision: incident.Day}}
	a := eval(t, inc, now)
	j := jur(t, a, "JP")
	p := obligation(j, "jp.report.prelim")
	if p.StartPrecision != incident.Day || !p.Due.Equal(at(2026, 5, 5, 23, 59).Add(59*time.Second)) {
		t.Errorf("by-day knowing: precision %q due %v", p.StartPrecision, p.Due)
	}
	if a.Knew == nil || a.KnewPrecision != incident.Day {
		t.Errorf("knew %v %q", a.Knew, a.KnewPrecision)
	}
	inc.Events = append(inc.Events, incident.Event{ID: "r", Kind: incident.EvReportPrelim, At: at(2026, 5, 5, 0, 0), Precision: incident.Day})
	if p := obligation(jur(t, eval(t, inc, at(2026, 5, 8, 9, 0)), "JP"), "jp.report.prelim"); p.State != StateDone || !p.DoneAt.Equal(at(2026, 5, 5, 23, 59).Add(59*time.Second)) {
		t.Errorf("report on the last day, time unknown: %s at %v", p.State, p.DoneAt)
	}
	inc.Events = []incident.Event{{ID: "k", Kind: incident.EvAware}, {ID: "f", Kind: incident.EvForensic}}
	a = eval(t, inc, now)
	if a.Knew != nil || obligation(jur(t, a, "JP"), "jp.report.prelim").State != StateWaiting {
		t.Errorf("undated knowing: knew %v", a.Knew)
	}
	inc.Events = []incident.Event{{ID: "tomorrow", Kind: incident.EvAware, At: now.Add(24 * time.Hour)}}
	a = eval(t, inc, now)
	if a.Knew != nil || len(a.Problems) != 1 || !strings.Contains(a.Problems[0].EN, "tomorrow") {
		t.Errorf("knowing dated tomorrow: knew %v problems %v", a.Knew, a.Problems)
	}
}

// Detection before the knowing instant: every deadline from knowing is also
// counted from the detection, the earliest start a regulator may take.
func TestEarlyFromDetection(t *testing.T) {
	inc := base(1500)
	inc.Events = append(inc.Events, incident.Event{ID: "det", Kind: incident.EvDetected, At: at(2026, 4, 20, 9, 0)})
	p := obligation(jur(t, eval(t, inc, now), "JP"), "jp.report.prelim")
	if p.Early == nil || p.Early.Event != "det" || !p.Early.Due.Equal(at(2026, 4, 24, 23, 59).Add(59*time.Second)) ||
		p.Early.DueFrom == nil || !p.Early.DueFrom.Equal(at(2026, 4, 22, 23, 59).Add(59*time.Second)) {
		t.Errorf("early: %+v", p.Early)
	}
	inc.Events[1].At = at(2026, 5, 1, 11, 0) // after knowing: nothing earlier to count from
	if p := obligation(jur(t, eval(t, inc, now), "JP"), "jp.report.prelim"); p.Early != nil {
		t.Errorf("detection after knowing gave %+v", p.Early)
	}
}

// Time zones are resolved by incident.Location alone: "Local" is not the
// machine's zone but refused, and the engine says so.
func TestLocalTimeZone(t *testing.T) {
	inc := base(1500)
	inc.TimeZone = "Local"
	a := eval(t, inc, now)
	if a.TimeZone != "Asia/Tokyo" || len(a.Problems) != 1 {
		t.Errorf("Local: %s %v", a.TimeZone, a.Problems)
	}
	if p := obligation(jur(t, a, "JP"), "jp.report.prelim"); p.Due.Location().String() != "Asia/Tokyo" {
		t.Errorf("due in %s", p.Due.Location())
	}
}

// The company knows once: a knowing event that names another jurisdiction
// is still when it knew (Assessment.Knew), and Japan's clock starts there,
// as the PPC report's 発覚日 says (it once stayed unstarted).
func TestKnowingEventNamingAJurisdiction(t *testing.T) {
	inc := base(1500)
	inc.Events[0].Jurisdiction = "EU"
	inc.Events = append(inc.Events, incident.Event{ID: "aware-jp", Kind: incident.EvAware, At: at(2026, 5, 3, 10, 0), Jurisdiction: "JP"})
	a := eval(t, inc, now)
	j := jur(t, a, "JP")
	p := obligation(j, "jp.report.prelim")
	if a.Knew == nil || a.KnewEvent != "aware" || j.ClockAt == nil || !j.ClockAt.Equal(*a.Knew) || p.StartAt == nil || !p.StartAt.Equal(*a.Knew) {
		t.Errorf("knew %v (%s), JP's clock %v, the report counts from %v", a.Knew, a.KnewEvent, j.ClockAt, p.StartAt)
	}
}

// "Not applicable" always says why: the tests of application that failed,
// or that no rule of the law is encoded for the date of the facts.
func TestNotApplicableSaysWhy(t *testing.T) {
	a := eval(t, base(10), now)
	for _, n := range a.NotApplicable {
		if n.Why.EN == "" || n.Why.JA == "" || n.Name.EN == "" {
			t.Errorf("%s without a reason: %+v", n.ID, n)
		}
	}
	inc := base(10)
	inc.Events[0].At = at(2015, 5, 1, 10, 0)
	a = eval(t, inc, at(2015, 6, 1, 10, 0))
	for _, n := range a.NotApplicable {
		if n.ID == "JP" {
			if !strings.Contains(n.Why.EN, "2015-05-01") || !strings.Contains(n.Why.EN, "2017-05-30") {
				t.Errorf("JP before its rules: %q", n.Why.EN)
			}
			return
		}
	}
	t.Errorf("JP in 2015: not listed as not applicable with a reason: %+v", a.Jurisdictions)
}

// Data of former customers kept beyond the company's rule is told from the
// years alone, before anyone has counted them.
func TestRetentionFromYears(t *testing.T) {
	inc := base(1500)
	inc.DataSets[0].Former = incident.Former{LeftFrom: "2013", RetentionYears: 5}
	e := &env{inc: inc, ref: at(2026, 5, 1, 10, 0)}
	if v := e.exceeded(&inc.DataSets[0]); !v.Known || !v.Bool {
		t.Errorf("left in 2013, rule 5 years, known 2026: %+v", v)
	}
	inc.DataSets[0].Former = incident.Former{LeftFrom: "2023", RetentionYears: 5}
	if v := e.exceeded(&inc.DataSets[0]); !v.Known || v.Bool {
		t.Errorf("left in 2023: %+v", v)
	}
	inc.DataSets[0].Former = incident.Former{LeftFrom: "2013"}
	if v := e.exceeded(&inc.DataSets[0]); v.Known {
		t.Errorf("no rule: %+v; want unknown", v)
	}
	// "Erase once the purpose is met" (applicants after the selection): no
	// years, yet data of persons who left in 2013 was kept past it in 2026;
	// persons who left in 2026-03 are within the year left to judgement.
	inc.DataSets[0].Former = incident.Former{LeftFrom: "2013", UntilPurpose: true}
	if v := e.exceeded(&inc.DataSets[0]); !v.Known || !v.Bool {
		t.Errorf("left in 2013, erase when the purpose is met: %+v", v)
	}
	inc.DataSets[0].Former = incident.Former{LeftFrom: "2026-03", UntilPurpose: true}
	if v := e.exceeded(&inc.DataSets[0]); !v.Known || v.Bool {
		t.Errorf("left in 2026-03, erase when the purpose is met: %+v", v)
	}
	inc.DataSets[0].Former = incident.Former{LeftFrom: "2025-04", UntilPurpose: true}
	if v := e.exceeded(&inc.DataSets[0]); !v.Known || !v.Bool {
		t.Errorf("left in 2025-04, known 2026-05-01 (over a year): %+v", v)
	}
}

// A domestic case is never told of foreign law: the breach register step
// cites the Japanese basis only, the notice to persons is measured against no
// foreign day count; with an EU establishment GDPR Art. 33(5) joins, and with
// Californians the 30 days of SB 446 become the limit.
func TestNoForeignLawInADomesticCase(t *testing.T) {
	step := func(a Assessment, id string) Step {
		for _, s := range a.Steps {
			if s.ID == id {
				return s
			}
		}
		t.Fatalf("no step %s", id)
		return Step{}
	}
	finding := func(a Assessment, id string) *Finding {
		for i := range a.Findings {
			if a.Findings[i].ID == id {
				return &a.Findings[i]
			}
		}
		return nil
	}
	inc := base(1500)
	a := eval(t, inc, now)
	reg := step(a, "pb.register")
	for _, s := range []string{reg.Citation.EN, reg.Citation.JA, reg.Do.EN, reg.Do.JA} {
		if strings.Contains(s, "GDPR") || strings.Contains(s, "PIPEDA") {
			t.Errorf("Japan-only case cites foreign law: %q", s)
		}
	}
	// The tool's own benchmark of 30 days (F686), never a foreign law's.
	if f := finding(a, "tl.notice"); f == nil || f.Verdict != FindingPending || !strings.Contains(f.Explanation.EN, "benchmark of 30 days") || strings.Contains(f.Citation.EN, "Cal.") {
		t.Errorf("Japan-only notice finding: %+v", f)
	}
	inc.Org.Establishments = []string{"JP", "DE"}
	inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: "US", Region: "CA", Persons: kn(10)})
	a = eval(t, inc, now)
	if reg := step(a, "pb.register"); !strings.Contains(reg.Citation.EN, "GDPR Art. 33(5)") || strings.Contains(reg.Citation.EN, "PIPEDA") {
		t.Errorf("with an EU establishment: %q", reg.Citation.EN)
	}
	if f := finding(a, "tl.notice"); f == nil || f.Limit == nil || f.Basis != "law" || !strings.Contains(f.Citation.EN, "1798.82") {
		t.Errorf("with Californians: %+v", f)
	}
}

// Web skimming takes data as persons type it in: that set is reportable by
// type 3 only, and its persons do not count towards type 4; data the shop
// held and lost to the same attack is reportable as held data.
func TestSkimmedAndHeldData(t *testing.T) {
	skimmed := set("cards", 600, "card_number")
	skimmed.Acquiring = incident.Yes
	held := set("members", 900)
	held.Acquiring = incident.No
	inc := withParties(held, skimmed)
	inc.Cause = incident.Cause{Kind: incident.CauseWebSkimming, UnlawfulPurpose: incident.Yes}
	j := jur(t, eval(t, inc, now), "JP")
	for _, r := range j.Triggers {
		switch r.RuleID {
		case "jp.r7.2":
			if r.Verdict != No {
				t.Errorf("7(2) for skimmed card data: %s %v", r.Verdict, r.Sets)
			}
		case "jp.r7.4":
			if r.Verdict != No {
				t.Errorf("7(4): 900 held + 600 skimmed is not over 1,000 held: %s %v", r.Verdict, r.Sets)
			}
		case "jp.r7.3":
			if r.Verdict != Yes || len(r.Sets) != 2 {
				t.Errorf("7(3) for both sets: %s %v", r.Verdict, r.Sets)
			}
		}
	}
	held.Persons = incident.FigureOf(kn(1200))
	inc = withParties(held, skimmed)
	inc.Cause = incident.Cause{Kind: incident.CauseWebSkimming, UnlawfulPurpose: incident.Yes}
	if v := trigger(jur(t, eval(t, inc, now), "JP"), "jp.r7.4"); v != Yes {
		t.Errorf("1,200 held: 7(4) %s", v)
	}
	// Not stated: the cause decides, as before schema 2.
	one := set("x", 1500, "card_number")
	inc = withParties(one)
	inc.Cause = incident.Cause{Kind: incident.CauseWebSkimming, UnlawfulPurpose: incident.Yes}
	if j := jur(t, eval(t, inc, now), "JP"); trigger(j, "jp.r7.2") != No || trigger(j, "jp.r7.4") != No {
		t.Errorf("skimming, acquiring not stated: 7(2) %s 7(4) %s", trigger(j, "jp.r7.2"), trigger(j, "jp.r7.4"))
	}
}

// A free-text category classified by the user answers the law's tests; not
// classified, it leaves them open.
func TestOtherCategoryFlags(t *testing.T) {
	d := set("x", 50)
	d.Categories = append(d.Categories, incident.Category{ID: "other", Other: "診療記録の写し"})
	if v := trigger(jur(t, eval(t, withParties(d), now), "JP"), "jp.r7.1"); v != Unknown {
		t.Errorf("unclassified other data: 7(1) %s", v)
	}
	d.Categories[len(d.Categories)-1].Flags = []string{"sensitive"}
	if v := trigger(jur(t, eval(t, withParties(d), now), "JP"), "jp.r7.1"); v != Yes {
		t.Errorf("other data classified sensitive: 7(1) %s", v)
	}
	d.Categories[len(d.Categories)-1].Flags = []string{"none"}
	if v := trigger(jur(t, eval(t, withParties(d), now), "JP"), "jp.r7.1"); v != No {
		t.Errorf("other data classified as none: 7(1) %s", v)
	}
}

// A notice sent to the persons of one data set does not tell those of
// another: the duty is done once every set it is owed for was told.
func TestNoticePerDataSet(t *testing.T) {
	inc := withParties(set("members", 900, "medical_history"), set("staff", 300, "medical_history"))
	inc.Events = append(inc.Events, incident.Event{ID: "n1", Kind: incident.EvNoticePersons, At: at(2026, 5, 2, 9, 0), Sets: []string{"staff"}})
	o := obligation(jur(t, eval(t, inc, now), "JP"), "jp.notice.persons")
	if o.DoneBy != "" || !slices.Equal(o.DoneSets, []string{"staff"}) || !strings.Contains(o.Explanation.EN, "Done for part") {
		t.Errorf("one set told: %+v", o)
	}
	inc.Events = append(inc.Events, incident.Event{ID: "n2", Kind: incident.EvNoticePersons, At: at(2026, 5, 3, 9, 0), Sets: []string{"members"}})
	o = obligation(jur(t, eval(t, inc, now), "JP"), "jp.notice.persons")
	if o.DoneBy != "n2" || o.State != StateDone || !o.DoneAt.Equal(at(2026, 5, 3, 9, 0)) {
		t.Errorf("both sets told: %s by %s at %v", o.State, o.DoneBy, o.DoneAt)
	}
	// An event that names no set still covers them all.
	inc.Events = inc.Events[:1]
	inc.Events = append(inc.Events, incident.Event{ID: "all", Kind: incident.EvNoticePersons, At: at(2026, 5, 2, 9, 0)})
	if o := obligation(jur(t, eval(t, inc, now), "JP"), "jp.notice.persons"); o.DoneBy != "all" {
		t.Errorf("a notice to everyone: %+v", o)
	}
}
