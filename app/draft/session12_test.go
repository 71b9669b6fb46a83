package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F179 (59): the notice to the persons was "done" although about 150
// former employees could not be reached (their contacts were in the
// encrypted database), and nothing prompted the alternative measure. A
// fact says some persons cannot be told individually: Japan's duty of an
// alternative measure (APPI Art. 26(2) proviso) appears and is met by the
// publication, the announcement says it stands as their notice, and the
// PPC's final report tells what was done for them.
func TestPersonsWhoCannotBeReachedAreToldByPublication(t *testing.T) {
	rs := mustRules(t)
	const (
		instead   = "本公表をもちまして個別のご連絡に代えさせていただきます"
		insteadEN = "this announcement takes the place of an individual notice"
		report    = "の公表をもって通知に代える措置を講じた（個人情報保護法第26条第2項但書）"
	)
	for _, unreachable := range []incident.Tri{incident.Unknown, incident.No, incident.Yes} {
		inc := scenarios(t)["01-travel-targeted-email"]
		inc.Risk.NoticeUnreachable = unreachable
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		want := unreachable == incident.Yes
		ob := obligationIn(a, "jp.notice.alternative")
		if (ob != nil) != want {
			t.Fatalf("%q: the duty of an alternative measure is there: %v", unreachable, ob != nil)
		}
		if want && ob.State != assess.StateDone {
			t.Errorf("the alternative measure is %s, not met by the publication of 6/14", ob.State)
		}
		ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
		en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs)
		ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
		for what, got := range map[string]bool{
			"JA announcement": strings.Contains(ja, instead),
			"EN announcement": strings.Contains(en, insteadEN),
			"PPC final":       strings.Contains(ppc, report),
		} {
			if got != want {
				t.Errorf("%q: %s says the publication stands as notice: %v", unreachable, what, got)
			}
		}
	}
}

// obligationIn is the first instance of obligation id in a, or nil.
func obligationIn(a assess.Assessment, id string) *assess.Obligation {
	_, o := lawObligation(&a, id)
	return o
}

// The same fact under the GDPR: a communication to persons at high risk is
// replaced, for those who cannot be contacted, by a public communication
// (Art. 34(3)(c)).
func TestGDPRPublicCommunicationForPersonsNotReached(t *testing.T) {
	rs := mustRules(t)
	for _, unreachable := range []incident.Tri{incident.No, incident.Yes} {
		inc := scenarios(t)["10-crossborder-eu-jp-ca"]
		inc.Risk.NoticeUnreachable = unreachable
		found := obligationIn(assess.Evaluate(inc, rs, inc.UpdatedAt), "eu.art34.public") != nil
		if found != (unreachable == incident.Yes) {
			t.Errorf("%q: the public communication of Art. 34(3)(c) is asked: %v", unreachable, found)
		}
	}
}

// F176(b) (57): accounts taken over by credential stuffing. The notice
// listed 「ログインID・パスワード」 among what leaked and warned that they could
// be misused to log in as the customer, which had already happened with a
// pair the attacker brought from elsewhere. The item says where it came
// from and the risk named is the same pair at other services; a leak of
// the company's own credentials keeps the warning.
func TestStuffedCredentialsAreNotToldAsOurLeak(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["57-payment-app-credential-stuffing-charges"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(ja, "・ログインID・パスワード（第三者が他から入手し、ログインに使用したもの）") ||
		!strings.Contains(ja, "他のサービスと同じID・パスワードをお使いの場合") ||
		strings.Contains(ja, "ログインID・パスワードが悪用され") {
		t.Errorf("credential stuffing, JA notice:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "(obtained elsewhere by the attacker and used to log in)") || strings.Contains(en, "someone logging in to your account") {
		t.Errorf("credential stuffing, EN notice:\n%s", en)
	}
	sqli := scenarios(t)["39-member-site-sql-injection-hashed-passwords"]
	a = assess.Evaluate(sqli, rs, sqli.UpdatedAt)
	ja = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, sqli, a, rs)
	if !strings.Contains(ja, "ログインID・パスワードが悪用され") || strings.Contains(ja, "他から入手し") {
		t.Errorf("passwords taken from the company's own database, JA notice:\n%s", ja)
	}
}

// F203 (63; 49): the children's data of a kindergarten was told as
// 「園児・保護者の皆さまの個人情報」 and 「対象となる園児・保護者の皆さまは、42名
// です」, and the PPC report said 「園児・保護者の個人情報が第三者に漏えい」: the
// guardians read the notice, but their data did not leak. The address keeps
// both; the persons are the children, unless a set names the guardians.
func TestTheReadersAreNotThePersons(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["63-kindergarten-app-sent-to-all-parents"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, want := range []string{"園児・保護者の皆さまへ", "対象となる園児の皆さまは、42名です。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("notice: want %q in:\n%s", want, ja)
		}
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ppc, "園児の個人情報が第三者に漏えい") || strings.Contains(ppc, "園児・保護者の個人情報") {
		t.Errorf("PPC report:\n%s", ppc)
	}
	inc.DataSets[0].Name = "園児・保護者の連絡先"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(ja, "対象となる園児・保護者の皆さまは、") {
		t.Errorf("a set naming the guardians: notice:\n%s", ja)
	}
}

// F200 (61, 05): a recipient's confirmed deletion had no event of its own
// (05 kept it as a containment with a note, which no document reads): the
// notices said the company had asked for it, never that it was done. The
// event "deleted" is told in the response and the history, and counts as
// the containment.
func TestDeletionByTheRecipientIsTold(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["05-misdelivered-email"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, want := range []string{"2026年2月3日、誤って届いた先において対象の情報が削除されたことを確認いたしました。", "誤って届いた先での削除を確認"} {
		if !strings.Contains(ja, want) {
			t.Errorf("JA notice: want %q in:\n%s", want, ja)
		}
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "we confirmed that those who received the information by mistake had deleted it") {
		t.Errorf("EN notice:\n%s", en)
	}
	found := false
	for _, s := range a.Steps {
		if s.ID == "pb.misdelivery.recover" {
			found = true
			if s.State != assess.StateDone {
				t.Errorf("the step asking the recipient to delete is %s after the confirmed deletion", s.State)
			}
		}
	}
	if !found {
		t.Error("no step pb.misdelivery.recover for a misdelivered e-mail")
	}
}

// F197 (60; 15, 20): accounts of the group's staff on a shared system were
// addressed as the company's own 「従業員の皆さま」. A staff set named as of
// group companies is addressed 「当社グループの従業員の皆さま」, still as staff
// (no customer's words); the company's own staff keep 「従業員の皆さま」.
func TestGroupStaffAreAddressedAsTheGroups(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["60-group-subcontractor-pc-shared-auth"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var staff string
	for _, d := range inc.DataSets {
		if strings.Contains(d.Name, "従業者") {
			staff = d.ID
		}
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: staff}, inc, a, rs)
	if !strings.Contains(ja, "当社グループの従業員の皆さまへ") || strings.Contains(ja, "お客様") {
		t.Errorf("group staff notice:\n%s", ja)
	}
	for i := range inc.DataSets {
		if inc.DataSets[i].ID == staff {
			inc.DataSets[i].Name = "従業員"
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: staff}, inc, a, rs); !strings.Contains(ja, "\n従業員の皆さまへ") {
		t.Errorf("own staff notice:\n%s", ja)
	}
}

// F195 (60): a contractor's infected PC was the way into the company's own
// systems, but with the cause recorded at the contractor every document
// said the contractor's systems were attacked and held the data. Through a
// contractor (cause.at via_processor) the systems and the data are the
// company's, the contractor the way in; a cause at the contractor (46: its
// payroll cloud) keeps the contractor's systems.
func TestContractorAsTheWayIntoOurSystems(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["60-group-subcontractor-pc-shared-auth"]
	if !inc.Cause.ViaProcessor() {
		t.Fatalf("60's cause is at %q", inc.Cause.At)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	for _, want := range []string{"委託先を経由した不正アクセスによる個人情報漏えい", "当社のシステムで異常を検知"} {
		if !strings.Contains(ja, want) {
			t.Errorf("JA announcement: want %q in:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "委託先が保管していた") || strings.Contains(ja, "委託先のシステム") {
		t.Errorf("JA announcement places the systems at the contractor:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs)
	if !strings.Contains(en, "unauthorized access to our systems through one of our contractors") || strings.Contains(en, "systems of a company we entrusted") {
		t.Errorf("EN announcement:\n%s", en)
	}
	inc.Cause.At = incident.AtProcessor
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(ja, "委託先における不正アクセス") {
		t.Errorf("cause at the contractor:\n%s", ja)
	}
}

// An English letter was signed 「代表取締役社長　架空一郎」 and gave its data
// protection officer in Japanese. People have an English name; a name in
// Japanese alone is asked for in English, never printed in English text.
func TestEnglishDocumentsNamePeopleInEnglish(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["10-crossborder-eu-jp-ca"]
	inc.People.Representative = incident.Person{Name: "代表取締役社長　架空一郎"}
	inc.People.PrivacyOfficer = incident.Person{Name: "個人情報保護管理者　架空花子", Contact: "privacy@example.co.jp"}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindGDPR34, Lang: EN}, inc, a, rs)
	if !strings.Contains(en, "[to be completed: representative's name and title in English]") ||
		!strings.Contains(en, "[to be completed: DPO or contact point in English]") || strings.Contains(en, "架空") {
		t.Errorf("names in Japanese only:\n%s", en)
	}
	inc.People.Representative.NameEn = "Ichiro Kaku, President"
	inc.People.PrivacyOfficer.NameEn = "Hanako Kaku, Privacy Officer"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	en = docText(t, Spec{Kind: KindGDPR34, Lang: EN}, inc, a, rs)
	if !strings.Contains(en, "Ichiro Kaku, President") || !strings.Contains(en, "Hanako Kaku, Privacy Officer (privacy@example.co.jp)") {
		t.Errorf("English names entered:\n%s", en)
	}
}

// F182(a) (57): the police memo dated 7/5 quoted the harm note's 「11日時点で
// 約3,240万円」, a figure of 7/11. The note is dated (risk.secondaryHarmNoteOn):
// documents dated before that day state the harm without it; later ones
// (the 確報 of August) quote it.
func TestHarmNoteIsNotQuotedBeforeItsDay(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["57-payment-app-credential-stuffing-charges"]
	if inc.Risk.SecondaryHarmNoteOn != "2025-07-11" {
		t.Fatalf("57's note is dated %q", inc.Risk.SecondaryHarmNoteOn)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	const figure = "11日時点で約3,240万円"
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	early, late := 0, 0
	for _, d := range docs {
		if d.Lang != JA || (d.Kind != KindPPC && d.Kind != KindPolice) {
			continue
		}
		has := strings.Contains(strings.Join(textLines(d), "\n"), figure)
		before := d.Date.In(inc.Location()).Format("2006-01-02") < "2025-07-11"
		switch {
		case before && has:
			t.Errorf("%s dated %s quotes a figure of 7/11", d.ID, d.Date.Format("2006-01-02"))
		case before:
			early++
		case has:
			late++
		}
	}
	if early == 0 || late == 0 {
		t.Errorf("documents dated before the note without it: %d, after it with it: %d (want both)", early, late)
	}
}
