package draft

import (
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
