package ui

import (
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/estimate"
	"breachdesk/app/incident"
)

func at(h int) *time.Time {
	t := time.Date(2026, 5, 1, h, 0, 0, 0, time.UTC)
	return &t
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
