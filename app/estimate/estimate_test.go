package estimate

import (
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func mustRules(t testing.TB) *rules.Set {
	t.Helper()
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func mustCosts(t testing.TB) *Table {
	t.Helper()
	tb, err := DefaultCosts()
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func kn(n int64) incident.Count { return incident.Count{Known: true, N: n} }

func cats(ids ...string) []incident.Category {
	var cs []incident.Category
	for _, id := range ids {
		cs = append(cs, incident.Category{ID: id})
	}
	return cs
}

func line(t *testing.T, s Sheet, id string) Line {
	t.Helper()
	for _, l := range s.Lines {
		if l.ID == id {
			return l
		}
	}
	t.Fatalf("no line %s", id)
	return Line{}
}

func wantRange(t *testing.T, what string, got Range, lo, hi int64) {
	t.Helper()
	if !got.Known || got.Low != lo || got.High != hi {
		t.Errorf("%s = %+v, want %d–%d", what, got, lo, hi)
	}
}

// Worked example 1: OS command injection at a hosting provider (as scenario 02).
// 48,685 persons; name, address, phone, e-mail, login ID/password for all of
// them, card number and security code for 12,754; unlawful purpose; factors
// not chosen.
//
//	X = max x = 1 (every category is x=1)
//	Y = max y = 3 (card_number, card_cvv)
//	機微情報度 = 10^(1−1) + 5^(3−1) = 1 + 25 = 26
//	本人特定容易度 = 6 (name and address)
//	per person with every item: 500 × 26 × 6 = 78,000, × 社会的責任度 1–2 × 事後対応評価 1–2
//	          = 78,000 … 78,000 × 2 × 2 = 312,000
//	the card items concern 12,754 persons only (F73): the items all share
//	(name, address, phone, e-mail, login) are X 1, Y 2: 500 × (1 + 5) × 6 = 18,000
//	per person 18,000 … 312,000
//	total low:  48,685 × 18,000 + 12,754 × (78,000 − 18,000) = 1,641,570,000
//	total high: ((48,685 − 25,508) × 18,000 + 25,508 × 78,000) × 2 × 2 = 9,627,240,000
//	            (the two card items counted as if they concerned different persons)
//
// Cost sheet (included lines):
//
//	investigation      3,000,000 …  4,000,000
//	legal                300,000 …  1,000,000
//	dm                 1,300,000 × 48,685 / 10,000 = 6,329,050 (one value)
//	call centre        7,000,000 … 10,000,000
//	credit monitoring  12 months × 1,000,000 … 5,000,000 = 12,000,000 … 60,000,000
//	card reissue       12,754 × 1,000 … 2,000 = 12,754,000 … 25,508,000
//	dark-web survey    2,000,000 …  5,000,000
//	total  3,000,000 + 300,000 + 6,329,050 + 7,000,000 + 12,000,000 + 12,754,000 + 2,000,000 = 43,383,050
//	     … 4,000,000 + 1,000,000 + 6,329,050 + 10,000,000 + 60,000,000 + 25,508,000 + 5,000,000 = 111,837,050
//
// Not included: prepaid card (no decision to give one), passport, net flaming (optional).
func TestHostingExample(t *testing.T) {
	inc := &incident.Incident{
		DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(48685)), Categories: cats("name", "address", "phone", "email", "login_password", "card_number", "card_cvv")}},
		Cause:    incident.Cause{UnlawfulPurpose: incident.Yes},
	}
	for i := range inc.DataSets[0].Categories {
		inc.DataSets[0].Categories[i].Persons = kn(48685)
		if strings.HasPrefix(inc.DataSets[0].Categories[i].ID, "card") {
			inc.DataSets[0].Categories[i].Persons = kn(12754)
		}
	}
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{})
	d := e.Damage
	if d.X != 1 || d.Y != 3 || d.Sensitivity != 26 {
		t.Errorf("X, Y, sensitivity = %d, %d, %d; want 1, 3, 26", d.X, d.Y, d.Sensitivity)
	}
	if strings.Join(d.YFrom, ",") != "card_number,card_cvv" {
		t.Errorf("YFrom = %v", d.YFrom)
	}
	if d.Identifiability.Low != 6 {
		t.Errorf("identifiability = %+v, want 6", d.Identifiability)
	}
	if d.Formula != "500 × (10^0 + 5^2) × 6 × 1～2 × 1～2" {
		t.Errorf("formula = %q", d.Formula)
	}
	wantRange(t, "per person", d.PerPerson, 18000, 312000)
	wantRange(t, "persons", d.Persons, 48685, 48685)
	wantRange(t, "total", d.Total, 1641570000, 9627240000)
	if got := d.Total.Yen("ja"); got != "16.4億円～96.3億円" {
		t.Errorf("total ja = %q", got)
	}
	if got := d.Total.Yen("en"); got != "¥1.64 billion – ¥9.63 billion" {
		t.Errorf("total en = %q", got)
	}

	s := e.Costs
	wantRange(t, "dm", line(t, s, "dm").Amount, 6329050, 6329050)
	wantRange(t, "credit monitoring", line(t, s, "credit_monitoring").Amount, 12000000, 60000000)
	wantRange(t, "card reissue", line(t, s, "card_reissue").Amount, 12754000, 25508000)
	for _, id := range []string{"prepaid_card", "passport_reissue", "net_flaming"} {
		if line(t, s, id).Included {
			t.Errorf("%s included; want not", id)
		}
	}
	for _, id := range []string{"investigation", "legal", "dm", "call_centre", "credit_monitoring", "card_reissue", "darkweb_survey"} {
		if !line(t, s, id).Included {
			t.Errorf("%s not included", id)
		}
	}
	wantRange(t, "cost total", s.Total, 43383050, 111837050)
	wantRange(t, "grand total", e.Total, 1641570000+43383050, 9627240000+111837050)
}

// Worked example 2: an e-mail sent to the wrong list. Name and e-mail address,
// "約1,200人", ordinary responsibility, appropriate response.
//
//	X = 1, Y = 1: 機微情報度 = 10^0 + 5^0 = 2
//	本人特定容易度 = 3 (a name, no address)
//	per person: 500 × 2 × 3 × 1 × 1 = 3,000 (a point: every factor chosen)
//	persons: approximate, ±20% of 1,200 = 960 … 1,440
//	total: 3,000 × 960 = 2,880,000 … 3,000 × 1,440 = 4,320,000
func TestMisdeliveryExample(t *testing.T) {
	inc := &incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(incident.Count{Known: true, N: 1200, Approx: true}), Categories: cats("name", "email")}}}
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{Responsibility: RespOrdinary, After: AfterAppropriate})
	d := e.Damage
	wantRange(t, "per person", d.PerPerson, 3000, 3000)
	wantRange(t, "persons", d.Persons, 960, 1440)
	wantRange(t, "total", d.Total, 2880000, 4320000)
	if got := d.Total.Yen("ja"); got != "288万円～432万円" {
		t.Errorf("ja = %q", got)
	}
	if len(d.Notes) != 1 || !strings.Contains(d.Notes[0].EN, "±20%") {
		t.Errorf("notes = %v", d.Notes)
	}
	// DM per 10,000 persons: 1,300,000 × 960 / 10,000 = 124,800 … × 1,440 / 10,000 = 187,200.
	wantRange(t, "dm", line(t, e.Costs, "dm").Amount, 124800, 187200)
	// No card, no unlawful purpose: neither card lines nor the dark-web survey.
	for _, id := range []string{"credit_monitoring", "card_reissue", "darkweb_survey"} {
		if line(t, e.Costs, id).Included {
			t.Errorf("%s included", id)
		}
	}
}

// Worked example 3: medical records at a hospital, chosen factors at their highest.
//
//	medical_record (3,1), health_insurance (1,2), name (1,1), address (1,1)
//	X = 3, Y = 2: 機微情報度 = 10^2 + 5^1 = 105
//	本人特定容易度 = 6; 社会的責任度 = 2 (higher); 事後対応評価 = 2 (inappropriate)
//	per person: 500 × 105 × 6 × 2 × 2 = 1,260,000
//	total for 10,000 persons: 12,600,000,000
func TestHospitalExample(t *testing.T) {
	inc := &incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(10000)), Categories: cats("name", "address", "medical_record", "health_insurance")}}}
	d := Compute(inc, mustRules(t), mustCosts(t), Inputs{Responsibility: RespHigher, After: AfterInappropriate}).Damage
	if d.X != 3 || d.Y != 2 || d.Sensitivity != 105 {
		t.Errorf("X, Y, S = %d, %d, %d", d.X, d.Y, d.Sensitivity)
	}
	wantRange(t, "per person", d.PerPerson, 1260000, 1260000)
	wantRange(t, "total", d.Total, 12600000000, 12600000000)
	if got := d.Total.Yen("ja"); got != "126億円" {
		t.Errorf("ja = %q", got)
	}
}

// Worked example 4: the number of persons is unknown, but 500 e-mail addresses are counted.
//
//	X = Y = 1: 機微情報度 2; 本人特定容易度 1 (no name, no address)
//	per person: 500 × 2 × 1 × 1–2 × 1–2 = 1,000 … 4,000
//	persons: at least 500 (open); total: at least 1,000 × 500 = 500,000
//	the cost sheet's per-person lines are "at least" too.
func TestUnknownPersons(t *testing.T) {
	inc := &incident.Incident{DataSets: []incident.DataSet{{Categories: []incident.Category{{ID: "email", Persons: kn(500)}}}}}
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{})
	d := e.Damage
	wantRange(t, "per person", d.PerPerson, 1000, 4000)
	if !d.Total.Open || d.Total.Low != 500000 {
		t.Errorf("total = %+v, want at least 500,000", d.Total)
	}
	if got := d.Total.Yen("ja"); got != "50万円以上" {
		t.Errorf("ja = %q", got)
	}
	if got := d.Total.Yen("en"); got != "¥500,000 or more" {
		t.Errorf("en = %q", got)
	}

	// Nothing counted at all: no total, and the cost sheet says "or more".
	inc.DataSets[0].Categories[0].Persons = incident.Count{}
	e = Compute(inc, mustRules(t), mustCosts(t), Inputs{})
	if e.Damage.Total.Known || !e.Costs.Total.Open || e.Total.Known {
		t.Errorf("damage %+v, costs %+v, total %+v", e.Damage.Total, e.Costs.Total, e.Total)
	}
	// The user's range fills the gap: 1,000 … 4,000 × 200 … 300 = 200,000 … 1,200,000.
	e = Compute(inc, mustRules(t), mustCosts(t), Inputs{PersonsLow: 200, PersonsHigh: 300})
	wantRange(t, "total", e.Damage.Total, 200000, 1200000)
}

func TestNoCategories(t *testing.T) {
	e := Compute(&incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(10))}}}, mustRules(t), mustCosts(t), Inputs{})
	if e.Damage.PerPerson.Known || e.Damage.Total.Known {
		t.Errorf("per person %+v, total %+v; want unknown", e.Damage.PerPerson, e.Damage.Total)
	}
	// X and Y entered by hand: 500 × (10^1 + 5^0) × 1 × 1 × 1 = 5,500, × 10 = 55,000.
	e = Compute(&incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(10))}}}, mustRules(t), mustCosts(t),
		Inputs{X: 2, Y: 1, Responsibility: RespOrdinary, After: AfterUnknown})
	wantRange(t, "total", e.Damage.Total, 55000, 55000)
}

// Overrides: a passport leak, the prepaid card included by hand at ¥1,000 per
// person, the reissue fee fixed at ¥16,000, and the investigation excluded.
func TestOverrides(t *testing.T) {
	inc := &incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(100)),
		Categories: []incident.Category{{ID: "name"}, {ID: "passport_number", Persons: kn(40)}}}}}
	yes, no := true, false
	v1, v16 := int64(10_000_000), int64(16000)
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{Costs: map[string]CostInput{
		"prepaid_card":     {Include: &yes, Low: &v1, High: &v1},
		"passport_reissue": {Low: &v16, High: &v16},
		"investigation":    {Include: &no},
	}})
	// prepaid: 10,000,000 per 10,000 persons × 100 = 100,000
	wantRange(t, "prepaid", line(t, e.Costs, "prepaid_card").Amount, 100000, 100000)
	// passport: 40 persons (the passport category's count) × 16,000 = 640,000
	p := line(t, e.Costs, "passport_reissue")
	wantRange(t, "passport", p.Amount, 640000, 640000)
	if !p.Included || strings.Join(p.Overridden, ",") != "low,high" {
		t.Errorf("passport line %+v", p)
	}
	if line(t, e.Costs, "investigation").Included {
		t.Error("investigation still included")
	}
}

func TestCheck(t *testing.T) {
	neg := int64(-1)
	in := Inputs{PersonsLow: 10, X: 4, Identifiability: 2, Responsibility: "very", After: "x",
		Costs: map[string]CostInput{"nope": {}, "dm": {Low: &neg}}}
	ps := in.Check(mustCosts(t))
	var fields []string
	for _, p := range ps {
		fields = append(fields, p.Field)
		if p.Text.JA == "" || p.Text.EN == "" {
			t.Errorf("%s: message missing a language", p.Field)
		}
	}
	want := "personsHigh x identifiability responsibility after costs.dm.low costs.nope"
	if strings.Join(fields, " ") != want {
		t.Errorf("fields = %v, want %s", fields, want)
	}
	// Compute ignores them and still answers.
	inc := &incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(1)), Categories: cats("email")}}}
	e := Compute(inc, mustRules(t), mustCosts(t), in)
	if len(e.Problems) != len(ps) || e.Damage.X != 1 || e.Damage.Identifiability.Low != 1 {
		t.Errorf("estimate with bad inputs: %+v", e.Damage)
	}
	if len((Inputs{}).Check(nil)) != 0 {
		t.Error("zero inputs have problems")
	}
}

// Inputs are stored by the UI as JSON: they must round-trip with goccy/go-json.
func TestInputsJSON(t *testing.T) {
	q := int64(3)
	in := Inputs{PersonsLow: 1, PersonsHigh: 2, Responsibility: RespHigher, Costs: map[string]CostInput{"dm": {Quantity: &q}}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"personsLow":1,"personsHigh":2,"responsibility":"higher","costs":{"dm":{"quantity":3}}}` {
		t.Errorf("json = %s", b)
	}
	var back Inputs
	if err := json.Unmarshal(b, &back); err != nil || *back.Costs["dm"].Quantity != 3 || back.Responsibility != RespHigher {
		t.Errorf("round trip: %+v, %v", back, err)
	}
}

func TestLoadCostsErrors(t *testing.T) {
	bad := `{"units":{"fixed":{"ja":"一式","en":"lump"}},"items":[
	 {"id":"a","ja":"a","en":"a","unit":"per_month","low":5,"high":1,"quantity":"one","when":["sometimes"],"source":{"ja":"","en":""}}]}`
	_, err := LoadCosts([]byte(bad))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{`items[0] "a"`, "unit \"per_month\"", "low <= high", "quantity", "unknown condition", "source"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	if _, err := LoadCosts([]byte(`{"items":[], "extra": 1}`)); err == nil {
		t.Error("unknown field accepted")
	}
}

func TestYen(t *testing.T) {
	for _, c := range []struct {
		r      Range
		ja, en string
	}{
		{Exact(950), "950円", "¥950"},
		{Exact(3_000_000), "300万円", "¥3 million"},
		{Between(43383050, 111837050), "4,340万円～1.12億円", "¥43.4 million – ¥112 million"},
		{Exact(12_600_000_000), "126億円", "¥12.6 billion"},
		{Range{}, "算定できません", "cannot be estimated"},
	} {
		if got := c.r.Yen("ja"); got != c.ja {
			t.Errorf("%+v ja = %q, want %q", c.r, got, c.ja)
		}
		if got := c.r.Yen("en"); got != c.en {
			t.Errorf("%+v en = %q, want %q", c.r, got, c.en)
		}
	}
}
