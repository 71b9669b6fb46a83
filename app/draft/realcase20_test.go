package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase20 review (scenarios 98–100; testdata/golden/assess/
// REVIEW.md, F410–).

// F412 (98, referral replies faxed to wrong numbers for months): the
// containment (the wrong number corrected in the list) and the deletion
// asked of the wrong recipients were both told as "we asked those we sent it
// to by mistake to return or delete it", twice on the same day. When the
// asking is its own event, the containment is told as a measure of its own.
func TestMisdeliveryContainmentNotToldAsTheAsking(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["98-hospital-referral-faxes-wrong-clinic-months"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(ja, "回収・削除を依頼") || strings.Count(ja, "返送又は破棄を依頼いたしました") != 1 {
		t.Errorf("the asking told more than once:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(en, "asked for the information to be returned or deleted") || !strings.Contains(en, "we asked those who received the documents by mistake to return or destroy them") {
		t.Errorf("English notice:\n%s", en)
	}
	// Without the takedown event the containment still tells the asking.
	var evs []incident.Event
	for _, e := range inc.Events {
		if e.Kind != incident.EvTakedown {
			evs = append(evs, e)
		}
	}
	inc.Events = evs
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(ja, "誤って送付した先に連絡し、回収・削除を依頼いたしました。") {
		t.Errorf("without a takedown event:\n%s", ja)
	}
}

// F413 (98 faxes, 99 tax notices by post): the deletion asked of those who
// received papers by mistake was told as 「対象の情報の削除を依頼」; papers
// are returned or destroyed. An e-mail's recipients are still asked to
// delete it (92).
func TestTakedownOfPapersIsReturnOrDestroy(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct{ name, set, want string }{
		{"99-city-tax-notices-duplex-misprint-contractor", "d1", "誤って届いた先に、対象の書類の返送又は破棄を依頼いたしました。"},
		{"99-city-tax-notices-duplex-misprint-contractor", "d1", "誤って届いた先に書類の返送又は破棄を依頼"},
		{"92-recruiter-unmasked-candidate-list-to-clients", "", "誤って届いた先に、対象の情報の削除を依頼いたしました。"},
	} {
		inc := scenarios(t)[c.name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: c.set}, inc, a, rs); !strings.Contains(ja, c.want) {
			t.Errorf("%s: want %q in\n%s", c.name, c.want, ja)
		}
	}
	// F418: what came back is told as returned or destroyed too.
	for name, want := range map[string]string{
		"98-hospital-referral-faxes-wrong-clinic-months":  "誤って届いた先での返送・破棄を確認（3件中2件）",
		"92-recruiter-unmasked-candidate-list-to-clients": "誤って届いた先での削除を確認（488件中486件）",
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(ja, want) {
			t.Errorf("%s: want %q in\n%s", name, want, ja)
		}
	}
}

// F414 (100, a portal's guest access found by a journalist who took a
// sample): the deletion asked of the journalist was told as asked of "the
// operators of the websites where the information was posted", and after
// the deletion it led to. A takedown naming its party names it; the asking
// is told before what it achieved.
func TestTakedownNamesItsPartyAndComesFirst(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["100-support-portal-guest-access-journalist-no-logs"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	ask := strings.Index(ja, "2025年4月22日、セキュリティ担当の記者（ニュースサイト）に、対象の情報の削除を依頼いたしました。")
	done := strings.Index(ja, "2025年4月24日、セキュリティ担当の記者（ニュースサイト）において対象の情報が削除されたことを確認いたしました。")
	if ask < 0 || done < 0 || ask > done || strings.Contains(ja, "掲載されていたウェブサイト等の運営者") || strings.Contains(ja, "情報の掲載先に削除を依頼") {
		t.Errorf("takedown of the journalist's copy:\n%s", ja)
	}
}
