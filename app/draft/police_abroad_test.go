package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F1001: a consultation with the FBI or another authority abroad that is
// not a police force was told as "We reported the incident to the police"
// and 「警察へ相談いたしました」, and the English memo asked to discuss
// "filing a criminal complaint" (abroad, a prosecutor's charging document).
// Abroad, an authority whose name does not say it is the police is "law
// enforcement" (named when its name is in Latin letters), 「捜査機関」 in
// Japanese; a police force keeps "the police"; the memo asks how to report
// the crime formally.
func TestPoliceAbroadIsLawEnforcementUnlessAPoliceForce(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["51-us-subsidiary-ransomware-employees"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	all := joined(allTexts(t, inc))
	if strings.Contains(all, "reported the incident to the police") || strings.Contains(all, "警察へ相談") {
		t.Errorf("51: the FBI told as the police")
	}
	if !strings.Contains(all, "reported the incident to law enforcement (FBI, Internet Crime Complaint Center)") || !strings.Contains(all, "捜査機関へ相談いたしました") {
		t.Errorf("51: the consultation abroad not told as with law enforcement")
	}
	if memo := docText(t, Spec{Kind: KindPolice, Lang: EN}, inc, a, rs); strings.Contains(memo, "criminal complaint") {
		t.Errorf("51: the memo asks about a criminal complaint:\n%s", memo)
	}
	// The memo's header: a filing abroad is a crime reported, not a complaint.
	w2 := scenarios(t)["147-us-subsidiary-w2-forms-emailed-to-fake-ceo"]
	if memo := allTexts(t, w2)["police-en"]; strings.Contains(memo, "Complaint filed") || !strings.Contains(memo, "Crime reported: February 26, 2026") {
		t.Errorf("147: the memo's header:\n%s", memo)
	}
	sg := scenarios(t)["59-sg-subsidiary-ransomware-staff-records"]
	all = joined(allTexts(t, sg))
	if strings.Contains(all, "law enforcement (Singapore Police Force)") || strings.Contains(all, "捜査機関") {
		t.Errorf("59: the Singapore Police Force told as another authority")
	}
}

func joined(texts map[string]string) string {
	var b strings.Builder
	for _, s := range texts {
		b.WriteString(s + "\n")
	}
	return b.String()
}
