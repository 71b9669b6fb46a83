package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

const scenario171 = "171-hospital-flood-basement-paper-charts-and-ehr-server-since-last-backup"

// F1429 (171): a river's flood destroyed a hospital's charts; nobody took
// them. No cause kind fitted (entered as other): the time line began
// 「本件の原因となる事象の発生」, the findings measured "intrusion to
// detection", and the notices' harm paragraph was written for data others
// may read (「特に慎重な取扱いを要する情報が含まれております」, 「二次被害の
// 防止に向けて」), where the harm is the persons' care without its past.
func TestDisasterIsToldAsTheLossNotALeak(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario171)
	if inc.Cause.Kind != incident.CauseDisaster {
		t.Fatalf("171's cause is %q", inc.Cause.Kind)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var dwell []string
	for _, f := range a.Findings {
		if strings.HasPrefix(f.ID, "tl.dwell") {
			dwell = append(dwell, f.ID)
		}
	}
	if len(dwell) != 1 || dwell[0] != "tl.dwell.disaster" {
		t.Errorf("171's measure from the flood: %q", dwell)
	}
	letter := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	for _, c := range []struct{ doc, want string }{
		{letter, "災害・事故等による個人情報滅失に関するお詫びとご報告"},
		{letter, "・2026年9月10日頃　災害・事故等の発生"},
		{letter, "対象の情報が失われた（滅失した）ものであり、現時点で、情報が外部に流出し、又は第三者に閲覧されたことは確認されておりません。"},
		{letter, "今後の診療に支障が生じるおそれがあります。"},
		{ppc, "・2026年9月10日 19時00分頃（推定）　災害・事故等の発生"},
		{ppc, "原因は、自然災害・事故等です。具体的には、豪雨による"},
		// The report's item (5) keeps the law's reading of special-care data.
		{ppc, "要配慮個人情報が含まれるため、本人の権利利益が害されるおそれがあります。"},
	} {
		if !strings.Contains(c.doc, c.want) {
			t.Errorf("171 lacks %q:\n%s", c.want, c.doc)
		}
	}
	for _, no := range []string{"特に慎重な取扱いを要する", "二次被害の防止に向けて", "本件の原因となる事象"} {
		if strings.Contains(letter, no) {
			t.Errorf("171's notice says %q:\n%s", no, letter)
		}
	}

	// Charts washed away may be read by whoever finds them: marked leaked
	// too, the notice warns as for a leak.
	washed := inc.Clone()
	washed.DataSets[0].Leak = true
	wa := assess.Evaluate(washed, rs, washed.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, washed, wa, rs); !strings.Contains(got, "特に慎重な取扱いを要する") || strings.Contains(got, "失われた（滅失した）ものであり") {
		t.Errorf("171 with the charts possibly read:\n%s", got)
	}
	// An attacker who destroyed data may have copied it (129), a thing lost
	// may be read by its finder (62, F201): not told as a loss only.
	for _, k := range []incident.CauseKind{incident.CauseRansomware, incident.CauseLoss} {
		other := inc.Clone()
		other.Cause.Kind = k
		oa := assess.Evaluate(other, rs, other.UpdatedAt)
		if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, other, oa, rs); strings.Contains(got, "失われた（滅失した）ものであり") {
			t.Errorf("171 as %s:\n%s", k, got)
		}
	}

	// In English: lost in the disaster, nobody has it.
	en := inc.Clone()
	en.DataSets[1].Residence = []incident.Residence{{Country: "CN", Persons: incident.Count{Known: true, N: 10}}}
	ea := assess.Evaluate(en, rs, en.UpdatedAt)
	got := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, en, ea, rs)
	for _, want := range []string{"personal information we hold was lost in a natural disaster or accident: it no longer exists in our records.", "The information was lost, not taken"} {
		if !strings.Contains(got, want) {
			t.Errorf("171's English notice lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "could be misused") {
		t.Errorf("171's English notice:\n%s", got)
	}
}
