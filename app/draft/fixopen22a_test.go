package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Fixes of open findings of scenarios 140–142 (fixopen22a: F865–F876).

// F865 (141; 38, 66, 99, 111): a misdelivery whose cause arose at a
// contractor was told as the contractor's own sending 「委託先におけるメールの
// 誤送信」, "e-mails sent … by a company we entrusted with the data"; a city's
// staff sent the mails, the contractor's system that should have hidden the
// addresses had stopped. Whoever sent, the misdelivery arose from the
// contractor: 「委託先に起因する」, "through a failure at".
func TestMisdeliveryAtAContractorIsNotSaidToBeItsSending(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s141]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, sp := range []Spec{
		{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"},
		{Kind: KindPPC, Lang: JA, Variant: VariantFinal},
		{Kind: KindPublic, Lang: JA, Variant: VariantWeb},
	} {
		text := docText(t, sp, inc, a, rs)
		if strings.Contains(text, "委託先におけるメールの誤送信") || !strings.Contains(text, "委託先に起因するメールの誤送信") {
			t.Errorf("%v: the contractor is said to have sent the mails:\n%s", sp, text)
		}
	}
	text := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(text, "visible to one another by ") || !strings.Contains(text, "visible to one another through a failure at ") {
		t.Errorf("EN: the contractor is said to have sent the mails:\n%s", text)
	}
}

// F871 (141): 「行政機関等で本人の数が100人超（規則43条4号）」 on "up to 652", a
// count of addresses with businesses' and repeated ones in it: the report
// stated as a fact what only an upper bound gave; it now says the count is
// a bound the situation was judged on. A count known exactly over the
// threshold is stated as before (11), and so is the bound of a possible leak
// (103: up to 38,000 persons whose data may have leaked), which is the count
// the rule asks for.
func TestThresholdMetOnlyByAMaximumIsAPossibility(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s141]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(text, "・行政機関等で本人の数が100人超（規則43条4号）（本人の数は上限（最大652名）しか判明しておらず、この上限により判定）") {
		t.Errorf("a threshold met by a maximum is stated as a fact:\n%s", text)
	}
	inc = scenarios(t)["11-city-office-public-body"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	text = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(text, "本人の数が100人超") || strings.Contains(text, "この上限により判定") {
		t.Errorf("an exact count over the threshold:\n%s", text)
	}
	inc = scenarios(t)["103-snack-maker-pcs-not-destroyed-by-disposer"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	text = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(text, "本人の数が1,000人超") || strings.Contains(text, "この上限により判定") {
		t.Errorf("the bound of a possible leak:\n%s", text)
	}
}

const s140 = "140-city-school-newsletter-special-class-disability-types-on-website-months"

// F866 (140): pupils' names, classes and disability types, no address, phone
// or e-mail: the families were warned of fake mails and calls, which the
// leak does not enable, and told nothing of the harm there is. With no item
// that reaches the persons, the warning goes; the never-ask sentence stays
// (TestEveryNoticeWarnsBroadly), and a line asks them to tell of unkind
// treatment. An "other" item naming a contact keeps the warning.
func TestNoPhishingWarningWhereNothingReachesThePersons(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s140]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(ja, "不審なメール") || !strings.Contains(ja, "お尋ねすることは一切ございません") || !strings.Contains(ja, "心ない言動") {
		t.Errorf("JA:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(en, "Be careful with unexpected e-mails") || !strings.Contains(en, "We will never ask you") || !strings.Contains(en, "unkind remarks") {
		t.Errorf("EN:\n%s", en)
	}
	for i := range inc.DataSets[0].Categories {
		if inc.DataSets[0].Categories[i].ID == "other" {
			inc.DataSets[0].Categories[i].Other = "学級名・保護者の連絡先"
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(ja, "不審なメール") {
		t.Errorf("a contact among the items, no warning:\n%s", ja)
	}
	// Every kind the states list as personal information (a number a caller
	// would quote to pass as a lender, a card company or an office) keeps
	// the warning, those added since the list was written too.
	for _, c := range rs.Categories {
		if !slices.Contains(c.Flags, "us_pi") && !slices.Contains(c.Flags, "ma_pi") {
			continue
		}
		inc := scenarios(t)[s140]
		inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: c.ID}}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(ja, "不審なメール") {
			t.Errorf("names and %s: no warning of fake mails", c.ID)
		}
	}
}

// F875 (142): 「契約者・入居者（学生）」, a rental company's customers who are
// students, was read as customers and students and told 「関係者の皆さまへ」.
// Words in brackets qualify the kind before them, unless they say others
// are included.
func TestBracketsQualifyTheKindBeforeThem(t *testing.T) {
	for name, want := range map[string]string{
		"契約者・入居者（学生）":                "お客様",
		"連帯保証人（主に入居者の保護者）":           "保証人の皆さま",
		"会員（取引先の担当者を含む）":             "関係者の皆さま",
		"市からの一斉メールの受信者（市民・事業者の担当者等）": "関係者の皆さま",
		"面談を予約した学生（在学生・卒業生・退学者）":     "学生の皆さま",
	} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
	rs := mustRules(t)
	inc := scenarios(t)[s142]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(text, "関係者の皆さまへ") {
		t.Errorf("tenants who are students are told as others concerned:\n%s", text)
	}
}

// F870 (142): letters went to the ~29,000 whose data was put online, of the
// ~270,000 taken; the 確報 said 「2023年2月24日に本人への通知を実施済み」. A
// notice given the number of persons it went to (Event.Recipients) short
// of its sets' persons is done for them, the rest waiting; a later notice
// to all ends the wait.
func TestNoticeToSomeOfTheSetIsDoneForThemOnly(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s142]
	i := -1
	for j, e := range inc.Events {
		if e.Kind == "notice_persons" {
			i = j
		}
	}
	inc.Events[i].Recipients = 29000
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(text, "本人への通知：2023年2月24日に本人のうち29,000名への通知を実施済み。残る本人への通知は未実施（通知の方法と時期を検討中）。") {
		t.Errorf("a notice to some told as to all:\n%s", text)
	}
	later := inc.Events[i]
	later.ID, later.Recipients = "e99", 0
	later.At = later.At.AddDate(0, 0, 10)
	inc.Events = append(inc.Events, later)
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	text = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(text, "残る本人への通知は未実施") || !strings.Contains(text, "2023年3月6日に本人への通知を実施済み") {
		t.Errorf("the rest told later are still waiting:\n%s", text)
	}
	// F902: a mailing in batches that add up to every person of exactly
	// counted sets: the last batch tells "the remaining", and none wait.
	inc.Events = inc.Events[:len(inc.Events)-1]
	for j := range inc.DataSets {
		inc.DataSets[j].Persons = incident.FigureOf(incident.Count{Known: true, N: 20000})
	}
	later.Recipients = 11000
	inc.Events = append(inc.Events, later)
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	text = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(text, "残る本人への通知は未実施") || !strings.Contains(text, "2023年3月6日に本人の残る11,000名への通知を実施済み") {
		t.Errorf("batches adding up to all told as leaving some waiting:\n%s", text)
	}
}

// F872 (141; 68): the step "ask the wrong recipients to delete" was done by
// the containment that stopped a sending which had gone on for days; the
// recipients were asked later and no deletion was confirmed. Over a
// window, only a removal, a deletion or a return does it; a single
// misdelivery's containment still does (23).
func TestSendingOverDaysIsNotRecoveredByItsStop(t *testing.T) {
	rs := mustRules(t)
	step := func(name string) assess.Step {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		for _, s := range a.Steps {
			if s.ID == "pb.misdelivery.recover" {
				return s
			}
		}
		t.Fatalf("%s: no recovery step", name)
		return assess.Step{}
	}
	for _, name := range []string{s141, "68-university-forwarding-typo-domain"} {
		if s := step(name); s.State == assess.StateDone || s.State == assess.StateDoneLate {
			t.Errorf("%s: recovery %s by %s", name, s.State, s.DoneBy)
		}
	}
	if s := step("23-health-results-misdelivered"); s.State != assess.StateDone && s.State != assess.StateDoneLate {
		t.Errorf("a single misdelivery's containment: %s", s.State)
	}
}
