package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F1426 (169, 62): the business-law report to a financial supervisor held
// for any financial business whose case APPI does not make reportable,
// also where nothing was leaked, lost or damaged at all: 169's wrong
// balances at the credit bureaus (the right ledger kept) and 62's list
// entered as lost with its copy kept, both excluded as jp.excl.copy_held.
// The Q&A it rests on speaks of 漏えい等: a set that is one is needed.
func TestBusinessLawReportNeedsALeakLossOrDamage(t *testing.T) {
	for _, name := range []string{"169-card-company-wrong-balances-at-credit-bureaus-fourteen-years", "62-insurance-agency-customer-list-lost"} {
		_, a := realCase(t, name)
		if ob := obligation(jur(t, a, "JP"), "jp.finance.bizlaw"); ob != nil {
			t.Errorf("%s: nothing leaked, lost or damaged (the copy kept), yet the business-law report is %s", name, ob.State)
		}
	}
	inc, _ := realCase(t, "62-insurance-agency-customer-list-lost")
	for _, c := range []struct {
		what string
		set  func(*incident.DataSet)
	}{
		{"marked possibly leaked", func(d *incident.DataSet) { d.Leak = true }},
		{"no copy kept", func(d *incident.DataSet) { d.CopyHeld = incident.No }},
		{"the copy not answered", func(d *incident.DataSet) { d.CopyHeld = incident.Unknown }},
	} {
		x := inc.Clone()
		c.set(&x.DataSets[0])
		j := jur(t, eval(t, x, x.UpdatedAt), "JP")
		if j.Reportable != No {
			t.Fatalf("62 %s: APPI reportable %s, want no", c.what, j.Reportable)
		}
		ob := obligation(j, "jp.finance.bizlaw")
		if ob == nil || ob.Applies != Yes {
			t.Errorf("62 %s: want the business-law report, got %+v", c.what, ob)
			continue
		}
		// The rule says what the reference cannot: a card company's or a
		// lender's own law is for counsel.
		if !strings.Contains(ob.Text.JA, "割賦販売法") || !strings.Contains(ob.Text.EN, "Installment Sales Act") {
			t.Errorf("62 %s: the rule's text does not send other business laws to counsel:\n%s", c.what, ob.Text.EN)
		}
	}
}
