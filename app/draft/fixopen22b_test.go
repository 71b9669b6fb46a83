package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings fixed in the fixopen22b round (testdata/golden/assess/REVIEW.md).

// F887 (145): a set's name typed as a heading ("Current and former
// employees - payroll (corporate server)") stood mid-sentence in an English
// update ("For Current and former …, we confirmed …"). Inside a sentence a
// name that begins as a heading is quoted as the group's label; a name that
// begins with a small letter or an acronym is kept as it is.
func TestEnglishSentenceQuotesASetsHeading(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["145-au-logistics-ransomware-payroll-staff-au-nz-sg-leak-site"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if strings.Contains(got, "For Current and former") || !strings.Contains(got, `For the group "Current and former employees - payroll (corporate server)", we confirmed`) {
		t.Errorf("145 update: the set's label is not quoted mid-sentence:\n%s", got)
	}
	v := &view{}
	for name, want := range map[string]string{
		"UK staff":                   "UK staff",
		"members of the club":        "members of the club",
		"Japanese expats + visitors": `the group "Japanese expats + visitors"`,
	} {
		if got := v.setRefEN(&setView{DataSet: &incident.DataSet{Name: name}}); got != want {
			t.Errorf("setRefEN(%q) = %q, want %q", name, got, want)
		}
	}
}

// F885 (143): the Art. 33 notification of a controller with no establishment
// in the Union gave its establishments and its DPO, and no line for its
// representative (Art. 27), whom the authorities address. The line is there
// to complete; a controller established in the Union has none.
func TestArt33NamesTheRepresentativeOfAControllerOutsideTheUnion(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["143-sg-regional-hq-ransomware-subscribers-asia-jp-eu"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs)
	if !strings.Contains(got, "Representative in the Union (GDPR Art. 27): [to be completed:") {
		t.Errorf("143: no line for the representative in the Union:\n%s", got)
	}
	est := scenarios(t)["125-eu-subsidiaries-ransomware-hr-data-fr-de-nl-uk"]
	got = docText(t, Spec{Kind: KindGDPR33, Lang: EN}, est, assess.Evaluate(est, rs, est.UpdatedAt), rs)
	if strings.Contains(got, "Representative in the Union") {
		t.Errorf("125 (established in the Union): a representative is asked for:\n%s", got)
	}
}
