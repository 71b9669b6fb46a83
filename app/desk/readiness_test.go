package desk

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

func TestReadinessSetGetEmpty(t *testing.T) {
	var r Readiness
	if !r.Empty() {
		t.Error("zero checklist not empty")
	}
	for _, f := range r.textFields() {
		if err := r.Set(f.ID, " v-"+f.ID+" "); err != nil {
			t.Fatal(err)
		}
		if r.Get(f.ID) != "v-"+f.ID {
			t.Errorf("%s: %q", f.ID, r.Get(f.ID))
		}
	}
	if err := r.Set("orgName", strings.Repeat("あ", MaxReadinessRunes+1)); err == nil || r.OrgName != "v-orgName" {
		t.Errorf("too long accepted: %v", err)
	}
	if err := r.Set("nope", "x"); err == nil {
		t.Error("unknown field accepted")
	}
	if r.Empty() {
		t.Error("filled checklist empty")
	}
}

func TestReadinessDecodeStrict(t *testing.T) {
	r := Readiness{OrgName: "株式会社テスト", RetentionYears: 5}
	b, err := encodeReadiness(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decodeReadiness(b)
	if err != nil || back.OrgName != r.OrgName || back.Version != readinessVersion {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	for _, c := range []struct{ in, want string }{
		{`{"version":1,"boss":"x"}`, "unknown field"},
		{`{"version":9}`, "newer"},
		{`{"version":1,"retentionYears":-1}`, "retentionYears"},
		{`{"version":1,"lawyer":"` + strings.Repeat("x", 201) + `"}`, "readiness.lawyer"},
		{`{"version":1,"orgName":5}`, "readiness"},
	} {
		if _, err := decodeReadiness([]byte(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.in, err, c.want)
		}
	}
}

// Prefill fills only what is empty: what the user already typed stays.
func TestReadinessPrefill(t *testing.T) {
	r := Readiness{OrgName: "株式会社テスト", Ministry: "観光庁", NetworkCut: "情シス 山田", Decider: "社長",
		Forensic: "調査会社 03-0000-0000", RetentionYears: 5}
	r.Contact.Phone = "0120-000-000"
	r.People.PR = incident.Person{Name: "広報 佐藤", Contact: "内線 123"}
	r.People.Legal.Name = "法務 鈴木"
	inc := incident.New("x", readyT0)
	inc.People.Legal.Name = "already here"
	prefill(inc, r)
	if inc.Org.Name != "株式会社テスト" || PartyName(inc, incident.PartyMinistry) != "観光庁" || inc.Contact.Phone != "0120-000-000" ||
		inc.People.PR.Name != "広報 佐藤" || inc.People.PR.Contact != "内線 123" || inc.Main().Former.RetentionYears != 5 {
		t.Errorf("not prefilled: %+v %+v %+v", inc.Org, inc.Contact, inc.People)
	}
	if inc.People.Legal.Name != "already here" {
		t.Error("prefill overwrote a fact")
	}
	if s := inc.Steps["pb.contain.isolate"]; s.Owner != "情シス 山田" || s.Status != "" {
		t.Errorf("isolation step: %+v", s)
	}
	if s := inc.Steps["pb.forensic"]; s.Note != "調査会社 03-0000-0000" {
		t.Errorf("forensic step: %+v", s)
	}
	if _, ok := inc.Steps["pb.police"]; ok {
		t.Error("a step without anything to prefill was added")
	}
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Errorf("prefilled facts invalid: %v", ps)
	}
}

var readyT0 = time.Date(2026, 6, 1, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))

// F800: the readiness list had a line for the words to search for in
// Japanese (contactWeb) only; a desk prepared ahead left the English
// notices to fall back on the English name with "notice". The English
// words are a line of their own and prefill contact.webEn.
func TestReadinessEnglishSearchWords(t *testing.T) {
	var r Readiness
	if err := r.Set("contactWebEn", "Example Co. notice"); err != nil {
		t.Fatalf("no readiness line for the English search words: %v", err)
	}
	inc := incident.New("x", readyT0)
	prefill(inc, r)
	if inc.Contact.WebEn != "Example Co. notice" {
		t.Errorf("contact.webEn not prefilled: %q", inc.Contact.WebEn)
	}
	inc = incident.New("y", readyT0)
	inc.Contact.WebEn = "typed already"
	prefill(inc, r)
	if inc.Contact.WebEn != "typed already" {
		t.Errorf("prefill overwrote contact.webEn: %q", inc.Contact.WebEn)
	}
}
