package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase16 review (scenarios 86–87; testdata/golden/assess/
// REVIEW.md, F330–).

// F330 (87, a genetic-testing service): credential stuffing, then a relatives
// feature showed the accounts taken over the data of millions of users whose
// own accounts were not logged into. Their notice said their ID and password
// were not involved (the set lists them as not involved), then warned them
// that other services where they use the same ID and password were at risk
// and asked them to change their password. Those go to the persons whose
// credentials were used; the announcement names them.
func TestCredentialRiskOnlyForThoseWhosePasswordsWereUsed(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["87-genetic-test-service-relatives-feature"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d2 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d2"}, inc, a, rs)
	if strings.Contains(d2, "他のサービスと同じID・パスワード") || strings.Contains(d2, "パスワードを変更していただきますよう") {
		t.Errorf("87 notice to the users seen through other accounts:\n%s", d2)
	}
	d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}, inc, a, rs)
	if !strings.Contains(d1, "他のサービスと同じID・パスワードをお使いの場合") || !strings.Contains(d1, "パスワードを変更していただきますよう") {
		t.Errorf("87 notice to the users whose accounts were taken over:\n%s", d1)
	}
	pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	if !strings.Contains(pub, "不正ログインされた利用者のアカウントについては、他のサービスと同じID・パスワードをお使いの場合") {
		t.Errorf("87 announcement's risk is not addressed to the accounts taken over:\n%s", pub)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail, Set: "d2"}, inc, a, rs)
	if strings.Contains(en, "same ID and password") || strings.Contains(en, "change the password") {
		t.Errorf("87 English notice to the users seen through other accounts:\n%s", en)
	}
	// A set that does not say its passwords were not involved keeps the
	// warning (the user may not have listed the pair taken elsewhere).
	inc.DataSets[1].NotInvolved = []string{"card_number"}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	d2 = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d2"}, inc, a, rs)
	if !strings.Contains(d2, "他のサービスと同じID・パスワードをお使いの場合") {
		t.Errorf("a set silent on passwords lost the warning:\n%s", d2)
	}
}
