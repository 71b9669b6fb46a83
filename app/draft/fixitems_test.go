package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings fixed in the fix-items round (testdata/golden/assess/REVIEW.md).

// F525 (115): an app's API that did not check whose record was asked for
// is a defect in the program, not a setting: the drafts said 「設定の誤りに
// より」 and 「設定を修正し」 beside the company's own 「プログラムで…確認が抜
// けていた」. A software defect is told as 「システムの不具合」 and contained by
// correcting the program, in Japanese and English; a misconfiguration keeps
// its words.
func TestSoftwareDefectIsNoSetting(t *testing.T) {
	rs := mustRules(t)
	base := scenarios(t)["115-health-app-api-other-users-records-short-logs"]
	if base.Cause.Kind != incident.CauseDefect {
		t.Fatalf("115's cause is %q", base.Cause.Kind)
	}
	for _, c := range []struct {
		kind         incident.CauseKind
		want, unwant []string
		wantEN       string
	}{
		{incident.CauseDefect,
			[]string{"このたび、システムの不具合により、", "プログラムを修正し、", "システムの不具合の発生"},
			[]string{"設定の誤り", "設定を修正"}, "corrected the program"},
		{incident.CauseMisconfiguration,
			[]string{"このたび、設定の誤りにより、", "設定を修正し、"},
			[]string{"システムの不具合", "プログラムを修正"}, "corrected the setting"},
	} {
		inc := base.Clone()
		inc.Cause.Kind = c.kind
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		notice := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: inc.DataSets[0].ID}, inc, a, rs)
		ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
		for _, w := range c.want {
			if !strings.Contains(notice, w) {
				t.Errorf("%s: the notice lacks %q:\n%s", c.kind, w, notice)
			}
		}
		for _, w := range c.unwant {
			if strings.Contains(notice, w) || strings.Contains(ppc, w) {
				t.Errorf("%s: the documents say %q", c.kind, w)
			}
		}
		en := inc.Clone()
		en.DataSets[0].Residence = []incident.Residence{{Country: "US"}}
		a = assess.Evaluate(en, rs, en.UpdatedAt)
		if s := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: en.DataSets[0].ID}, en, a, rs); !strings.Contains(s, c.wantEN) {
			t.Errorf("%s: the English notice lacks %q:\n%s", c.kind, c.wantEN, s)
		}
	}
	for _, pr := range incident.Validate(base) {
		if pr.Path == "cause.kind" {
			t.Errorf("a software defect does not validate: %+v", pr)
		}
	}
}

// F523, F524 (114, 115): self-recorded body data (weight, steps, a
// menstrual cycle typed into an app) and trade-union membership had no item:
// left "other" they kept every APPI step "cannot tell", and ticked as 病歴
// or 信条 they would make every person 要配慮. Each is now an item that is
// not special-care data under APPI but is a special category under the GDPR
// and UK GDPR (the Art. 33 notification names the risk of sensitive data), and
// self-recorded data is health data for the US states too.
func TestSelfRecordedHealthAndUnionMembershipItems(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		id    string
		flags []string
		not   []string
	}{
		{"self_health_record", []string{"health", "us_health", "gdpr_special"}, []string{"sensitive"}},
		{"union_membership", []string{"gdpr_special"}, []string{"sensitive", "health"}},
	} {
		rc := rs.Category(c.id)
		if rc == nil {
			t.Errorf("no item %q", c.id)
			continue
		}
		for _, f := range c.flags {
			if !rc.Has(f) {
				t.Errorf("%s lacks the flag %s", c.id, f)
			}
		}
		for _, f := range c.not {
			if rc.Has(f) {
				t.Errorf("%s carries the flag %s", c.id, f)
			}
		}
		if rc.ReliedOn == nil || !strings.Contains(rc.ReliedOn.EN, "Art. 9(1)") || !strings.Contains(rc.ReliedOn.JA, "第9条第1項") {
			t.Errorf("%s does not give its sources", c.id)
		}
		// A set holding only the item, names and e-mail addresses: APPI's
		// special-care test is "no", not "cannot tell", and the Art. 33
		// notification for persons in the EU names the risk of sensitive
		// data.
		inc := scenarios(t)["115-health-app-api-other-users-records-short-logs"].Clone()
		d := &inc.DataSets[1]
		d.Categories = []incident.Category{{ID: "name"}, {ID: "email"}, {ID: c.id}}
		d.Residence = []incident.Residence{{Country: "DE"}}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		found := false
		for _, j := range a.Jurisdictions {
			if j.ID != "JP" {
				continue
			}
			for _, sv := range j.Sets {
				if sv.ID != d.ID {
					continue
				}
				found = true
				if slices.Contains(sv.Triggers, "jp.r7.1") {
					t.Errorf("%s: the set is special-care data under APPI", c.id)
				}
				for _, n := range sv.Needs {
					if strings.HasPrefix(n.Fact, "category") {
						t.Errorf("%s: APPI still asks %+v", c.id, n)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no APPI verdict for the set", c.id)
		}
		en := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs)
		if !strings.Contains(en, "disclosure of sensitive data") {
			t.Errorf("%s: the Art. 33 notification names no risk of sensitive data:\n%s", c.id, en)
		}
	}
}

// F539 (62, 78; 116): a letter about data held for an entrustor opened
// 「突然のお手紙にて失礼いたします」 also to readers who deal with the company
// itself (an insurance agency's clients, the parents who use an app). A set
// now says whether its persons deal with the company directly; a letter to
// them opens with the usual thanks, and persons who may never have heard of
// it (unknown or no) keep the greeting for strangers.
func TestLetterGreetsReadersWhoKnowTheCompany(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		scenario, set string
		direct        bool
	}{
		{"62-insurance-agency-customer-list-lost", "d1", true},
		{"78-afterschool-club-app-shows-other-families", "d2", true},
		{"116-screening-vendor-investigator-account-criminal-records", "d3", false},
	} {
		inc := scenarios(t)[c.scenario]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		txt := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: c.set}, inc, a, rs)
		if got := strings.Contains(txt, "突然のお手紙"); got == c.direct || !strings.Contains(txt, "拝啓　") {
			t.Errorf("%s %s (persons deal with us: %v):\n%s", c.scenario, c.set, c.direct, txt)
		}
	}
	inc := scenarios(t)["116-screening-vendor-investigator-account-criminal-records"].Clone()
	for i := range inc.DataSets {
		inc.DataSets[i].Direct = incident.Yes
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if txt := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, inc, a, rs); !strings.Contains(txt, "拝啓　平素より") {
		t.Errorf("a letter to persons who deal with us:\n%s", txt)
	}
	inc.DataSets[0].Direct = "sometimes"
	if !slices.ContainsFunc(incident.Validate(inc), func(p incident.Problem) bool { return p.Path == "dataSets[0].direct" }) {
		t.Error("an unknown answer to direct is not reported")
	}
}

// F527 (114): `count.persons-unit` asked whether 「添付ファイルの行数（見出し・
// 空行を除く）」 counted persons, for the set 「組合員名簿」: a roster's rows are
// its members. The rows of a list of persons, named by the source or the
// set, are taken as persons unless the source says they hold duplicates.
func TestRosterRowsArePersons(t *testing.T) {
	fired := func(inc *incident.Incident) bool {
		for _, f := range lintOf(t, inc) {
			if f.Code == CodePersonsUnit {
				return true
			}
		}
		return false
	}
	inc := scenarios(t)["114-union-member-list-mailed-to-outside-in-to"]
	if fired(inc) {
		t.Error("114: a roster's rows are asked about as another unit")
	}
	if !fired(scenarios(t)["54-prefecture-hdd-resold-by-disposal-contractor"]) {
		t.Error("54: rows of a roster said to hold duplicates are no longer asked about")
	}
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"会員名簿", "ファイルの行数", false},
		{"会員", "顧客リストの行数", false},
		{"会員名簿", "ファイルの行数（重複あり）", true},
		{"申込データ", "ファイルの行数", true},
	} {
		x := inc.Clone()
		x.DataSets[0].Name = c.name
		x.DataSets[0].Persons = incident.Figure{{Known: true, N: 1386, On: "2023-04-05", Source: c.src}}
		if got := fired(x); got != c.want {
			t.Errorf("set %q, source %q: asked %v, want %v", c.name, c.src, got, c.want)
		}
	}
}

// F528 (114): APPI Art. 57(1)'s exemption was read from the set's answer
// alone, so a labour union (none of the press, authors, religious or
// political bodies) that answered "yes" for its roster took it out of the
// Act. The organisation now says whether it is one of those bodies; the
// exemption holds only when both answers are yes, and an unknown answer
// leaves the set reportable.
func TestArt57NeedsOneOfItsBodies(t *testing.T) {
	rs := mustRules(t)
	excluded := func(inc *incident.Incident, set string) bool {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		for _, j := range a.Jurisdictions {
			if j.ID != "JP" {
				continue
			}
			for _, sv := range j.Sets {
				if sv.ID == set {
					return sv.Excluded == "jp.excl.art57"
				}
			}
		}
		return false
	}
	if !excluded(scenarios(t)["74-newspaper-chat-takeover-press-exemption"], "d2") {
		t.Error("74: the newspaper's reporting data is no longer exempt")
	}
	for _, c := range []struct {
		body incident.Tri
		want bool
	}{{incident.Unknown, false}, {incident.No, false}, {incident.Yes, true}} {
		inc := scenarios(t)["114-union-member-list-mailed-to-outside-in-to"].Clone()
		inc.DataSets[0].ExemptPurpose = incident.Yes
		inc.Org.Art57Body = c.body
		if got := excluded(inc, inc.DataSets[0].ID); got != c.want {
			t.Errorf("organisation one of Art. 57's bodies %q: exempt %v, want %v", c.body, got, c.want)
		}
	}
}

// F545 (116): the notice to the candidates of some 340 client companies
// said 「当社が委託を受けて取り扱っている皆さまの個人情報」: a reader who never
// heard of the vendor could not tell why it held their record. An entrustor
// standing for many clients says what they are to the persons, and the
// notice tells it; the announcement (to the public) and a set whose persons
// deal with the company directly do not.
func TestNoticeSaysWhoseClientsThePersonsWere(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["116-screening-vendor-investigator-account-criminal-records"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	const want = "当社が、皆さまが応募・在籍された企業（当社の取引先）から委託を受けて取り扱っている皆さまの個人情報"
	if txt := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, inc, a, rs); !strings.Contains(txt, want) {
		t.Errorf("116 d3 letter:\n%s", txt)
	}
	if txt := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); strings.Contains(txt, "応募・在籍された企業") {
		t.Errorf("116 announcement speaks to 皆さま:\n%s", txt)
	}
	x := inc.Clone()
	for i := range x.DataSets {
		x.DataSets[i].Direct = incident.Yes
	}
	a = assess.Evaluate(x, rs, x.UpdatedAt)
	if txt := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, x, a, rs); strings.Contains(txt, "応募・在籍された企業") {
		t.Errorf("116 d3 letter to persons who deal with us:\n%s", txt)
	}
}
