package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Fixes of session 14 (testdata/golden/assess/REVIEW.md).

// F246 (71): a bank's staff member typed a borrower's mail into a free
// translation site that published what was typed. With no cause of its own
// the user chose 誤掲載, and every document said 「ファイル等の誤掲載」 and
// 「掲載を取り下げ」: the bank published no file and took nothing down. Data
// typed into an outside service is its own cause; whether the service
// published the text (a set viewable on the internet) or only kept it
// changes the period and the containment.
func TestTypedIntoAnOutsideService(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["71-bank-staff-mail-in-public-translation-site"]
	if inc.Cause.Kind != incident.CauseOutsideService {
		t.Fatalf("71's cause is %q", inc.Cause.Kind)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	steps := map[string]bool{}
	for _, s := range a.Steps {
		steps[s.ID] = true
	}
	if !steps["pb.outside_service.recover"] || steps["pb.mispublication.recover"] {
		t.Errorf("71's containment steps: outside service %v, mispublication %v", steps["pb.outside_service.recover"], steps["pb.mispublication.recover"])
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	for _, want := range []string{"外部サービスへの入力による個人情報漏えい", "入力した情報がインターネット上で閲覧できる状態にあった期間は",
		"外部サービスの運営者に削除を依頼し、入力した情報が閲覧できない状態となったことを確認いたしました。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("71 notice lacks %q:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "誤掲載") || strings.Contains(ja, "掲載を取り下げ") {
		t.Errorf("71 notice still speaks of a file posted by mistake:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "typed into an outside online service that made it viewable on the internet") || strings.Contains(en, "took the file down") {
		t.Errorf("71 English notice:\n%s", en)
	}

	// The same typing into a service that kept the text but showed it to
	// nobody (a generative AI service): no 「閲覧できる」, and the company
	// asked for the deletion, which it cannot see done.
	kept := *inc
	kept.DataSets = append([]incident.DataSet(nil), inc.DataSets...)
	for i := range kept.DataSets {
		kept.DataSets[i].ExposedOnline = incident.No
	}
	a = assess.Evaluate(&kept, rs, kept.UpdatedAt)
	ja = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, &kept, a, rs)
	for _, want := range []string{"入力した情報が外部サービス上に保存されていた可能性のある期間は",
		"外部サービスの運営者に入力した情報の削除を依頼する等、被害の拡大を防ぐための措置を講じました。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("kept, not published: the notice lacks %q:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "インターネット上で閲覧") {
		t.Errorf("kept, not published: the notice says it was on the internet:\n%s", ja)
	}
	en = docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, &kept, a, rs)
	for _, want := range []string{"typed into an outside online service, whose operator may have kept it",
		"asked the service's operator to delete the information typed in"} {
		if !strings.Contains(en, want) {
			t.Errorf("kept, not published: the English notice lacks %q:\n%s", want, en)
		}
	}
}

// F219 (64): the breakdown by residence in the PPC report names the persons
// of the countries the set does not list (ZZ), and a foreign law's sentence
// in a notice is for readers who may live there: those of "other countries"
// may, unless the set lists that country by itself.
func TestOtherCountriesInTheBreakdownAndTheReaders(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["64-edu-app-dev-db-148-countries"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ppc, "カナダ：人数不明、その他の国・地域：人数不明") {
		t.Errorf("64's 速報 breakdown lacks the other countries:\n%s", ppc)
	}
	kr := []rules.Place{{Country: "KR"}}
	for _, c := range []struct {
		res       []incident.Residence
		some, all bool
	}{
		{[]incident.Residence{{Country: "JP"}}, false, false},
		{[]incident.Residence{{Country: "JP"}, {Country: incident.OtherCountries}}, true, false},
		{[]incident.Residence{{Country: "KR"}, {Country: incident.OtherCountries}}, true, false},
		{[]incident.Residence{{Country: "KR"}}, true, true},
	} {
		x := inc.Clone()
		x.DataSets = x.DataSets[:1]
		x.DataSets[0].Residence = c.res
		v := newView(x, a, rs, Spec{Kind: KindNotice, Lang: EN, Set: x.DataSets[0].ID}, inc.UpdatedAt)
		if some, all := v.readersIn(kr); some != c.some || all != c.all {
			t.Errorf("readers living %v, in Korea: some %v all %v, want %v %v", c.res, some, all, c.some, c.all)
		}
	}
}

// F235 (68, with its counts as a user who had counted them would enter
// them): on the day of knowing 150 persons were counted, on 3/24 450, on
// 5/30 2,122. The 速報 of 6/4 is 93 days after knowing; the late-report
// paragraph also says when the count passed the number that makes the case
// reportable, and how long after that day the report came.
func TestLateReportSaysWhenTheCountPassedTheThreshold(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["68-university-forwarding-typo-domain"].Clone()
	for i, n := range []int64{100, 0, 50} {
		d := &inc.DataSets[i]
		if n > 0 {
			d.Persons[0] = incident.Revision{Known: true, N: n, On: "2025-03-03"}
		}
	}
	inc.DataSets[1].Persons[0] = incident.Revision{Known: true, N: 0, On: "2025-03-03"}
	// Without the unclassified medical certificates, which may be
	// special-care data of any count: with them the case may be reportable
	// from the day of knowing, and there is no second reading.
	for i := range inc.DataSets {
		d := &inc.DataSets[i]
		d.Categories = slices.DeleteFunc(d.Categories, func(c incident.Category) bool { return c.ID == "other" && len(c.Flags) == 0 })
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, id := range []string{"jp.report.prelim", "jp.report.final"} {
		var ob *assess.Obligation
		for _, j := range a.Jurisdictions {
			for k := range j.Obligations {
				if j.Obligations[k].ID == id {
					ob = &j.Obligations[k]
				}
			}
		}
		if ob == nil || ob.Later == nil || ob.Later.StartAt.Format("2006-01-02") != "2025-05-30" {
			t.Fatalf("%s: no reading from 5/30: %+v", id, ob)
		}
	}
	prelim := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(prelim, "事態を知った日から93日後の報告となりました。なお、本人の数が報告対象事態に当たる人数を超えることが判明したのは2025年5月30日で、同日から5日後の報告です。報告が遅れた理由は次のとおりです。") {
		t.Errorf("the 速報's late-report paragraph:\n%s", prelim)
	}
	final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(final, "判明したのは2025年5月30日で、同日から33日後の報告です。期限を過ぎた理由") {
		t.Errorf("the 確報's late-report paragraph:\n%s", final)
	}
}

// F228 (65): a Japanese company's North American web store was skimmed;
// the report to its acquirer was drafted in Japanese only. The card report
// is offered in English too when the persons are told in English or the
// card company's name is in Latin letters (an acquirer abroad), and says
// the same things: the card data, the cardholders, the requests.
func TestCardReportInEnglishForAnAcquirerAbroad(t *testing.T) {
	rs := mustRules(t)
	has := func(inc *incident.Incident) bool {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return slices.ContainsFunc(Available(inc, a), func(s Spec) bool { return s.Kind == KindCard && s.Lang == EN })
	}
	us := scenarios(t)["65-us-webstore-skimming-ca-ny-states"]
	if !has(us) {
		t.Fatal("65: no English card report")
	}
	a := assess.Evaluate(us, rs, us.UpdatedAt)
	en := docText(t, Spec{Kind: KindCard, Lang: EN}, us, a, rs)
	for _, want := range []string{"Report of a possible compromise of payment card data", "Number of cardholders: approx. 10,000 cardholders",
		"Please monitor the cards involved for fraudulent use.", "PCI forensic investigation (PFI)"} {
		if !strings.Contains(en, want) {
			t.Errorf("65's English card report lacks %q:\n%s", want, en)
		}
	}
	jp := scenarios(t)["03-webshop-skimming-2025"].Clone()
	if has(jp) {
		t.Error("03 (customers and acquirer in Japan): an English card report is offered")
	}
	jp.Parties = append(jp.Parties, incident.Party{ID: "pc", Kind: incident.PartyCard, Name: "Example Merchant Services, Inc."})
	if !has(jp) {
		t.Error("03 with an acquirer named in Latin letters: no English card report")
	}
}

// F322/F323 (84): hospital staff opened two patients' charts out of
// curiosity; nothing is known to have left the hospital. The insider cause
// told it as 「従業者による不正な持ち出し」 beside the report's own 「院外に持ち
// 出した形跡は確認されていない」, said the data reached 「第三者」, and offered a
// police memo with a 被害届. Viewing inside is a cause of its own: told as
// 業務外の閲覧 by the organisation's own word for its people, no police memo
// unless an unlawful purpose is found, and a step that asks whether
// anything left.
func TestStaffViewingIsNotTakingOut(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["84-hospital-staff-browsed-patient-charts"]
	if inc.Cause.Kind != incident.CauseInsiderViewing {
		t.Fatalf("84's cause is %q", inc.Cause.Kind)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	steps := map[string]bool{}
	for _, s := range a.Steps {
		steps[s.ID] = true
	}
	if !steps["pb.viewing"] || !steps["pb.evidence"] || steps["pb.insider"] {
		t.Errorf("84's steps: viewing %v, evidence %v, insider %v", steps["pb.viewing"], steps["pb.evidence"], steps["pb.insider"])
	}
	if slices.ContainsFunc(Available(inc, a), func(s Spec) bool { return s.Kind == KindPolice }) {
		t.Error("a police memo is offered for staff who looked at charts, with no unlawful purpose found")
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	notice := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, c := range []struct{ doc, want string }{
		{ppc, "原因は、職員による業務外の閲覧です。"},
		{ppc, "・2025年4月10日　職員による業務外の閲覧"},
		{notice, "個人情報が業務上の必要のない職員に漏えいしたおそれがあることが判明いたしました"},
		{notice, "業務外の閲覧が行われた可能性のある期間は、"},
		{notice, "閲覧した職員は特定されており、現時点で、情報が外部に持ち出され、又は第三者に伝えられたことは確認されておりません。"},
	} {
		if !strings.Contains(c.doc, c.want) {
			t.Errorf("84 lacks %q:\n%s", c.want, c.doc)
		}
	}
	for _, doc := range []string{ppc, notice} {
		if strings.Contains(doc, "不正な持ち出し") || strings.Contains(doc, "持ち出しの開始") {
			t.Errorf("84 still tells viewing as taking out:\n%s", doc)
		}
	}
	en := inc.Clone()
	en.DataSets[0].Residence = []incident.Residence{{Country: "US"}}
	a = assess.Evaluate(en, rs, en.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: en.DataSets[0].ID}, en, a, rs); !strings.Contains(s, "viewed by a member of staff without a business reason") {
		t.Errorf("the English notice:\n%s", s)
	}
}

// F317 (83): the insurer's counts are upper bounds (「最大698,767名」,
// 「最大757,463名」 in every public text); a count was exact or approximate,
// so the documents dropped 最大. A count can be an upper bound, told as
// 最大 / "up to" wherever it is written.
func TestUpperBoundCountKeepsItsMax(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["83-insurer-subcontractor-abroad-darkweb"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ppc, "最大757,463名（2023年1月27日時点") || !strings.Contains(ppc, "それまでの数：最大698,767名") {
		t.Errorf("the 確報's count lost 最大:\n%s", ppc)
	}
	for c, want := range map[incident.Count][2]string{
		{Known: true, N: 757463, Max: true}:                  {"最大757,463", "up to 757,463"},
		{Known: true, N: 7_930_000, Approx: true, Max: true}: {"最大約793万", "up to approx. 7.93 million"},
	} {
		if got := countJA(c); got != want[0] {
			t.Errorf("countJA(%+v) = %q, want %q", c, got, want[0])
		}
		if got := countWordsEN(c); got != want[1] {
			t.Errorf("countWordsEN(%+v) = %q, want %q", c, got, want[1])
		}
	}
}

// F316 (83): the insurer's six items are 「一部または全部」 for each of
// 757,463 policyholders, with no count per item; the notice listed them
// under 「漏えいした情報は、次のとおりです」, as every reader's. A set can say
// that its items differ from person to person.
func TestItemsThatDifferByPersonAreSaidToDiffer(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["83-insurer-subcontractor-abroad-darkweb"]
	if inc.DataSets[0].ItemsVary != incident.Yes {
		t.Fatal("83's set does not say its items vary")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	notice := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: inc.DataSets[0].ID}, inc, a, rs)
	if !strings.Contains(notice, "漏えいした情報は、お客様によって、次の項目の一部又は全部です。") {
		t.Errorf("83's notice:\n%s", notice)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ppc, "（本人により、これらの一部又は全部）") {
		t.Errorf("83's 速報 item (2):\n%s", ppc)
	}
	abroad := inc.Clone()
	abroad.DataSets[0].Residence = []incident.Residence{{Country: "US"}}
	a = assess.Evaluate(abroad, rs, abroad.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: abroad.DataSets[0].ID}, abroad, a, rs)
	if !strings.Contains(en, "Some or all of the following information was involved, depending on the person: ") {
		t.Errorf("the English notice:\n%s", en)
	}
	abroad.DataSets[0].ItemsVary = incident.Unknown
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: abroad.DataSets[0].ID}, abroad, a, rs); strings.Contains(en, "Some or all") {
		t.Errorf("unanswered, the items are still said to vary:\n%s", en)
	}
}

// F326 (85): a city lost a list of welfare recipients' names, addresses and
// phones from a car's roof; the notice warned only of e-mail phishing and
// card and My Number questions. Whoever found the papers knows where the
// persons live: a notice of a lost or stolen list with addresses also asks
// them not to deal on the spot with unexpected callers at their home or in
// the city's name.
func TestLostAddressesWarnOfVisits(t *testing.T) {
	rs := mustRules(t)
	const visits = "ご自宅への心当たりのない訪問や、本市の担当者等を名乗る連絡があった場合は、その場で応じず"
	inc := scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(s, visits) {
		t.Errorf("85's notice:\n%s", s)
	}
	known := inc.Clone()
	known.Cause.RecipientKnown = incident.Yes // found by a known person, who handed it in
	a = assess.Evaluate(known, rs, known.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, known, a, rs); strings.Contains(s, visits) {
		t.Errorf("with the finder known, the notice still warns of visits:\n%s", s)
	}
	cyber := scenarios(t)["03-webshop-skimming-2025"]
	a = assess.Evaluate(cyber, rs, cyber.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, cyber, a, rs); strings.Contains(s, "ご自宅への心当たりのない訪問") {
		t.Errorf("a skimmed web shop's notice warns of visits:\n%s", s)
	}
	abroad := inc.Clone()
	abroad.DataSets[0].Residence = []incident.Residence{{Country: "US"}}
	a = assess.Evaluate(abroad, rs, abroad.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: abroad.DataSets[0].ID}, abroad, a, rs); !strings.Contains(s, "If someone you do not expect calls at your home") {
		t.Errorf("the English notice:\n%s", s)
	}
}

// F300 (80): a car maker's cloud setting was open for ten years; the logs,
// kept for the last months only, showed no access, which the user could only
// write in a status note no document reads. A set can say its logs show no
// one viewing it, and from when the logs begin: the notices (and the
// authorities' item (5)) say so, with what cannot be told.
func TestLogsShowingNoAccessAreTold(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["80-carmaker-connected-cloud-public-ten-years"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	const seen = "保存されているアクセス記録の範囲では、第三者による閲覧は確認されておりません"
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(s, seen+"。") {
		t.Errorf("80's notice:\n%s", s)
	}
	if s := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs); !strings.Contains(s, seen) {
		t.Errorf("80's 確報:\n%s", s)
	}
	from := inc.Clone()
	from.DataSets[0].LogsFrom = "2022-11-01"
	a = assess.Evaluate(from, rs, from.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, from, a, rs); !strings.Contains(s, seen+"（2022年11月1日より前については、記録がないため確認できません）。") {
		t.Errorf("with the logs' first day:\n%s", s)
	}
	from.DataSets[0].Residence = []incident.Residence{{Country: "US"}}
	a = assess.Evaluate(from, rs, from.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, from, a, rs); !strings.Contains(s, "The access logs we hold show no one viewing the information (they begin on November 1, 2022; nothing can be told of the time before).") {
		t.Errorf("the English notice:\n%s", s)
	}
	open := inc.Clone()
	open.DataSets[0].AccessSeen = incident.Unknown
	a = assess.Evaluate(open, rs, open.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, open, a, rs); strings.Contains(s, "アクセス記録の範囲では") {
		t.Errorf("logs not checked, yet the notice says they show no access:\n%s", s)
	}
}

// F302 (82): a hosting provider entered its 5,698 clients of every kind as
// one entrustor; the letter was addressed 「…5,698契約）　御中」 and said
// 「貴社」, and the announcement 「…5,698契約）様から委託を受けて」. An entrustor
// can stand for all the clients of a service: the letter is then to
// 「お客様各位」 and says お客様.
func TestAllClientsAsOneEntrustorAreCustomers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["82-hosting-maintenance-script-deleted-customer-data"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	letter := docText(t, Spec{Kind: KindEntrustor, Lang: JA, Party: "p1"}, inc, a, rs)
	for _, want := range []string{"お客様各位", "お客様から委託を受けて当社が取り扱っている個人データについて", "お客様をはじめ関係する皆さまに"} {
		if !strings.Contains(letter, want) {
			t.Errorf("82's letter lacks %q:\n%s", want, letter)
		}
	}
	if strings.Contains(letter, "貴社") || strings.Contains(letter, "御中") {
		t.Errorf("82's letter still writes to one company:\n%s", letter)
	}
	one := inc.Clone()
	one.Parties[0].Clients = incident.Unknown
	a = assess.Evaluate(one, rs, one.UpdatedAt)
	if s := docText(t, Spec{Kind: KindEntrustor, Lang: JA, Party: "p1"}, one, a, rs); !strings.Contains(s, "　御中") {
		t.Errorf("one named entrustor is not addressed 御中:\n%s", s)
	}
}

// F347 (88): a Thai subsidiary's memo to the Royal Thai Police was drafted
// in Japanese only. The police memo is offered in English too when the
// police are named in Latin letters or the organisation is established
// outside Japan only, and says what the Japanese one says.
func TestPoliceMemoInEnglishForPoliceAbroad(t *testing.T) {
	rs := mustRules(t)
	has := func(inc *incident.Incident) bool {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return slices.ContainsFunc(Available(inc, a), func(s Spec) bool { return s.Kind == KindPolice && s.Lang == EN })
	}
	th := scenarios(t)["88-thai-subsidiary-ransomware-staff-records"]
	if !has(th) {
		t.Fatal("88: no English police memo")
	}
	a := assess.Evaluate(th, rs, th.UpdatedAt)
	en := docText(t, Spec{Kind: KindPolice, Lang: EN}, th, a, rs)
	for _, want := range []string{"To: Royal Thai Police (Technology Crime Suppression Division)", "First consulted: about September 10, 2025",
		"We would like to report a possible leak of personal information caused by a ransomware attack", "We will cooperate fully with any investigation.",
		"- September 8, 2025: we detected unusual activity on our systems"} {
		if !strings.Contains(en, want) {
			t.Errorf("88's English police memo lacks %q:\n%s", want, en)
		}
	}
	if jp := scenarios(t)["01-travel-targeted-email"]; has(jp) {
		t.Error("01 (a Japanese company, Japanese police): an English police memo is offered")
	}
}

// F342 (87): the first announcement, dated 10/6, said every password had
// been reset and two-step login made mandatory, done on 10/10 and in
// November: the company's account of its measures is typed once for all
// documents. Lint names it in a document dated before the containment.
func TestMeasuresInADocumentBeforeTheContainment(t *testing.T) {
	inc := scenarios(t)["87-genetic-test-service-relatives-feature"]
	fs := lintOf(t, inc)
	if !has(fs, CodeLaterMeasures, "public-ja") {
		var got []string
		for _, f := range fs {
			got = append(got, f.Code+" "+f.DocID)
		}
		t.Errorf("no %s on the first announcement (10/6, containment 10/10): %v", CodeLaterMeasures, got)
	}
	later := inc.Clone()
	for i := range later.Events {
		if later.Events[i].Kind == incident.EvContained {
			later.Events[i].At = later.Events[i].At.AddDate(0, 0, -5) // contained on 10/5, before the announcement
		}
	}
	if fs := lintOf(t, later); has(fs, CodeLaterMeasures, "") {
		t.Errorf("contained before every document, yet %s fires", CodeLaterMeasures)
	}
}

// F338 (86): network cameras open to a viewing site for seven years, with
// recordings kept 14 days: 「対象となる情報は、この間に当社のシステムに保存されて
// いた情報です」 read as seven years of stored footage. Of footage alone, the
// period sentence says the cameras' images in that period: live, and the
// recordings kept at the time.
func TestCameraFootagePeriodIsTheImagesOfThatTime(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["86-barber-chain-cameras-on-overseas-site"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var footage string
	for _, s := range Available(inc, a) {
		if s.Kind == KindNotice && s.Lang == JA {
			d := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: s.Set}, inc, a, rs)
			if strings.Contains(d, "この間のカメラの映像（ライブ映像及びその時点で保存されていた録画）です。") {
				footage = d
			}
			if strings.Contains(d, "この間に当社のシステムに保存されていた情報です") && !strings.Contains(d, "氏名") {
				t.Errorf("a notice of footage still speaks of the information stored in the period:\n%s", d)
			}
		}
	}
	if footage == "" {
		t.Error("no notice of 86 tells the period as the cameras' images")
	}
}
