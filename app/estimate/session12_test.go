package estimate

import (
	"os"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

func loadScenario(t *testing.T, name string) *incident.Incident {
	t.Helper()
	b, err := os.ReadFile(scenarioDir + "/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// F180: payment slips dissolved by mistake, seen by no one, were estimated
// at ¥9.12M–¥54.7M of compensation, the JNSA model of a leak; an HR
// database only encrypted counted passport reissues. Data only lost or
// damaged gives no compensation and no card or passport line; the same
// sets recorded as leaked give both again.
func TestNoCompensationForDataNoOneHas(t *testing.T) {
	rs, costs := mustRules(t), mustCosts(t)
	for _, name := range []string{"58-bank-slips-discarded-by-mistake", "59-sg-subsidiary-ransomware-staff-records"} {
		inc := loadScenario(t, name)
		e := Compute(inc, rs, costs, Inputs{})
		if !e.Damage.NoLeak || e.Damage.Total.High != 0 || !e.Damage.Total.Known {
			t.Errorf("%s: compensation %+v (no leak %v), want a known ¥0", name, e.Damage.Total, e.Damage.NoLeak)
		}
		if l := line(t, e.Costs, "passport_reissue"); l.Included {
			t.Errorf("%s: passport reissue counted for data no one has: %s", name, l.Why.EN)
		}
		found := false
		for _, n := range e.Damage.Notes {
			found = found || strings.Contains(n.EN, "record the set as a leak")
		}
		if !found {
			t.Errorf("%s: no note says why the compensation is ¥0: %v", name, e.Damage.Notes)
		}

		for i := range inc.DataSets {
			inc.DataSets[i].Leak = true
		}
		e = Compute(inc, rs, costs, Inputs{})
		if e.Damage.NoLeak || e.Damage.Total.Low == 0 {
			t.Errorf("%s as a leak: compensation %+v", name, e.Damage.Total)
		}
	}
	inc := loadScenario(t, "59-sg-subsidiary-ransomware-staff-records")
	inc.DataSets[0].Leak = true
	if l := line(t, Compute(inc, rs, costs, Inputs{}).Costs, "passport_reissue"); !l.Included {
		t.Errorf("passport numbers leaked: the reissue line is not counted (%s)", l.Why.EN)
	}
}

// F180: the ¥32.4M charged through taken-over accounts, to be repaid in
// full, was no line of the estimate. The company enters what it repays.
func TestMoneyRepaidIsALineOfItsOwn(t *testing.T) {
	rs, costs := mustRules(t), mustCosts(t)
	inc := loadScenario(t, "57-payment-app-credential-stuffing-charges")
	before := Compute(inc, rs, costs, Inputs{})
	if l := line(t, before.Costs, "money_repaid"); l.Included || l.Amount.High != 0 {
		t.Errorf("repayment counted before the company entered it: %+v", l)
	}
	yes, amount := true, int64(32_400_000)
	in := Inputs{Costs: map[string]CostInput{"money_repaid": {Include: &yes, Low: &amount, High: &amount}}}
	after := Compute(inc, rs, costs, in)
	if l := line(t, after.Costs, "money_repaid"); !l.Included || l.Amount.Low != amount {
		t.Fatalf("the repayment entered is not counted: %+v", l)
	}
	if d := after.Total.Low - before.Total.Low; d != amount {
		t.Errorf("the total grew by %d, want %d", d, amount)
	}
}
