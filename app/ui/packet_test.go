package ui

import (
	"reflect"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/estimate"
	"breachdesk/app/incident"
)

func at(h int) *time.Time {
	t := time.Date(2026, 5, 1, h, 0, 0, 0, time.UTC)
	return &t
}

// The deadline table reads overdue first, then due by date, then the rest;
// obligations that do not apply are left out.
func TestPacketDeadlinesOrder(t *testing.T) {
	a := assess.Assessment{Jurisdictions: []assess.Jurisdiction{
		{ID: "JP", Obligations: []assess.Obligation{
			{ID: "done", State: assess.StateDone, Applies: assess.Yes, Due: at(1)},
			{ID: "due-late", State: assess.StateDue, Applies: assess.Yes, Due: at(20)},
			{ID: "no", State: assess.StateDue, Applies: assess.No, Due: at(2)},
			{ID: "open", State: assess.StateOpen, Applies: assess.Yes},
		}},
		{ID: "EU", Obligations: []assess.Obligation{
			{ID: "due-soon", State: assess.StateDue, Applies: assess.Yes, Due: at(10)},
			{ID: "overdue", State: assess.StateOverdue, Applies: assess.Unknown, Due: at(5)},
			{ID: "waiting", State: assess.StateWaiting, Applies: assess.Yes},
		}},
	}}
	var got []string
	for _, o := range packetDeadlines(a) {
		got = append(got, o.Ob.ID)
	}
	want := []string{"overdue", "due-soon", "due-late", "open", "waiting", "done"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestDocKeyAndFragment(t *testing.T) {
	docs := []draft.Document{
		{ID: "notice-ja", Variant: "email"}, {ID: "notice-ja", Variant: "letter"}, {ID: "police-ja"},
	}
	if k := docKey(docs[1]); k != "notice-ja/letter" {
		t.Errorf("docKey = %q", k)
	}
	if k := docKey(docs[2]); k != "police-ja" {
		t.Errorf("docKey without variant = %q", k)
	}
	id, key := splitDocFragment("abc123/notice-ja/letter")
	if id != "abc123" || key != "notice-ja/letter" {
		t.Errorf("split = %q, %q", id, key)
	}
	if d, ok := findDoc(docs, key); !ok || d.Variant != "letter" {
		t.Errorf("findDoc(%q) = %+v, %v", key, d, ok)
	}
	if d, ok := findDoc(docs, "notice-ja"); !ok || d.Variant != "email" {
		t.Errorf("findDoc by id alone = %+v, %v; want its first variant", d, ok)
	}
	if _, ok := findDoc(docs, "ppc-prelim-ja"); ok {
		t.Error("found a document that is not there")
	}
	if got := domID("notice-ja/letter"); got != "notice-ja--letter" {
		t.Errorf("domID = %q", got)
	}
}

func TestStamp(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	u := time.Date(2026, 5, 1, 23, 30, 0, 0, time.UTC)
	if got := stamp(catalog.JA, u, jst); got != "2026/05/02 08:30 JST" {
		t.Errorf("ja = %q", got)
	}
	if got := stamp(catalog.EN, u, jst); got != "2026-05-02 08:30 JST" {
		t.Errorf("en = %q", got)
	}
}

func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		in        string
		n         int64
		empty, ok bool
	}{
		{"", 0, true, true}, {" 1200 ", 1200, false, true}, {"1,300,000", 1300000, false, true},
		{"1.2万", 12000, false, true}, {"0", 0, false, true},
		{"約1200", 0, false, false}, {"abc", 0, false, false}, {"-5", 0, false, false}, {"不明", 0, false, false},
	} {
		n, empty, ok := parseNumber(c.in)
		if n != c.n || empty != c.empty || ok != c.ok {
			t.Errorf("parseNumber(%q) = %d, %v, %v; want %d, %v, %v", c.in, n, empty, ok, c.n, c.empty, c.ok)
		}
	}
}

// incident.EstimateInputs mirrors estimate.Inputs: every field survives the
// trip through the stored form (a new field on one side and not the other fails here).
func TestEstimateInputsMirror(t *testing.T) {
	yes, lo, hi, q := true, int64(1), int64(2), int64(3)
	in := estimate.Inputs{PersonsLow: 10, PersonsHigh: 20, ApproxPct: 15, X: 2, Y: 3, Identifiability: 6,
		Responsibility: estimate.RespHigher, After: estimate.AfterUnknown,
		Costs: map[string]estimate.CostInput{"dm": {Include: &yes, Low: &lo, High: &hi, Quantity: &q}}}
	// Every field of estimate.Inputs is set above.
	v := reflect.ValueOf(in)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Fatalf("test value leaves %s unset", v.Type().Field(i).Name)
		}
	}
	stored := fromEstimateInputs(in)
	if stored == nil {
		t.Fatal("stored nothing")
	}
	if back := toEstimateInputs(*stored); !reflect.DeepEqual(back, in) {
		t.Errorf("round trip = %+v, want %+v", back, in)
	}
	if fromEstimateInputs(estimate.Inputs{}) != nil {
		t.Error("zero inputs should be stored as nil")
	}
	if a, b := reflect.TypeOf(in).NumField(), reflect.TypeOf(*stored).NumField(); a != b {
		t.Errorf("estimate.Inputs has %d fields, incident.EstimateInputs %d", a, b)
	}
}

func TestSetCostDropsEmptyOverrides(t *testing.T) {
	var in estimate.Inputs
	v := int64(5)
	setCost(&in, "dm", estimate.CostInput{Low: &v})
	if in.Costs["dm"].Low == nil {
		t.Fatal("not set")
	}
	setCost(&in, "dm", estimate.CostInput{})
	if in.Costs != nil {
		t.Errorf("costs = %v, want nil", in.Costs)
	}
}

func TestCountRange(t *testing.T) {
	for _, c := range []struct {
		r    estimate.Range
		want string
	}{
		{estimate.Range{}, "?"}, {estimate.Exact(48685), "48,685"}, {estimate.Between(960, 1440), "960–1,440"},
		{estimate.Range{Low: 12754, High: 12754, Known: true, Open: true}, "12,754+"},
	} {
		if got := countRange(c.r); got != c.want {
			t.Errorf("countRange(%+v) = %q, want %q", c.r, got, c.want)
		}
	}
}

// The cover names the company in the packet's language when the facts allow.
func TestPacketOrg(t *testing.T) {
	for _, c := range []struct {
		l      catalog.Lang
		ja, en string
		want   string
	}{
		{catalog.JA, "架空通販株式会社", "Fictitious Mail-Order Co., Ltd.", "架空通販株式会社"},
		{catalog.EN, "架空通販株式会社", "Fictitious Mail-Order Co., Ltd.", "Fictitious Mail-Order Co., Ltd. (架空通販株式会社)"},
		{catalog.EN, "架空通販株式会社", " ", "架空通販株式会社"},
		{catalog.EN, "", "Fictitious Mail-Order Co., Ltd.", "Fictitious Mail-Order Co., Ltd."},
		{catalog.EN, "Same Name Inc.", "Same Name Inc.", "Same Name Inc."},
		{catalog.JA, "", "", "—"},
	} {
		inc := &incident.Incident{}
		inc.Org.Name, inc.Org.NameEn = c.ja, c.en
		if got := packetOrg(c.l, inc); got != c.want {
			t.Errorf("%s %q/%q: %q, want %q", c.l, c.ja, c.en, got, c.want)
		}
	}
}
