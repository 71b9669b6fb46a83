package draft

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// degradations are what a hurried user leaves out of a real case: every
// scenario is taken again with its counts unknown, with its events known by
// their day or month only, with nothing dated but the knowing, and with the
// organisation's and the desk's names and contacts blank.
var degradations = []struct {
	name string
	fn   func(inc *incident.Incident)
}{
	{"counts unknown", func(inc *incident.Incident) {
		for i := range inc.DataSets {
			inc.DataSets[i].Persons, inc.DataSets[i].Records = nil, nil
		}
	}},
	{"days only", func(inc *incident.Incident) {
		for i := range inc.Events {
			e := &inc.Events[i]
			if !e.At.IsZero() && e.Precision == incident.Exact {
				y, m, d := e.At.Date()
				e.At, e.Precision = time.Date(y, m, d, 0, 0, 0, 0, e.At.Location()), incident.Day
			}
		}
	}},
	{"months only", func(inc *incident.Incident) {
		for i := range inc.Events {
			e := &inc.Events[i]
			if !e.At.IsZero() && e.Kind != incident.EvAware {
				y, m, _ := e.At.Date()
				e.At, e.Precision = time.Date(y, m, 1, 0, 0, 0, 0, e.At.Location()), incident.Month
			}
		}
	}},
	{"undated but the knowing", func(inc *incident.Incident) {
		for i := range inc.Events {
			if e := &inc.Events[i]; e.Kind != incident.EvAware {
				e.At, e.Precision = time.Time{}, incident.Exact
			}
		}
	}},
	{"names blank", func(inc *incident.Incident) {
		inc.Org.Name, inc.Org.NameEn = "", ""
		inc.Contact = incident.ContactDesk{}
	}},
}

// garbage is text no document may hold whatever the facts: a zero date, a
// formatting verb's error, a Go or JavaScript nothing, an empty bracket or
// quotation, a doubled punctuation mark.
var garbage = regexp.MustCompile(`0001年|西暦1年|January 1, 1\b|1 January 1\b|%!|<nil>|\bNaN\b|\bundefined\b|\{\{|\}\}|「」|『』|（）|\(\)|、、|。。|、。|\.\.\s|,,|-62135`)

// noCount is a count of nobody, which no document may print when no count
// is known.
var noCount = regexp.MustCompile(`(^|[^0-9,.])0(名|人|件|社)|(^|[^0-9,.])0 (people|persons|individuals|customers|records)\b`)

// TestDegradedFactsMakeNoGarbage builds every document of every scenario
// under each degradation and asks that none holds garbage (and that nothing
// panics): a case the scenarios do not have, entered with less than they
// know, must still read as a letter a person could sign.
func TestDegradedFactsMakeNoGarbage(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	names := make([]string, 0)
	all := scenarios(t)
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	bad := map[string][]string{}
	for i, name := range names {
		// Each scenario under one of the degradations, in turn, so that
		// every degradation meets every kind of case and the test stays
		// within a few seconds.
		{
			dg := degradations[i%len(degradations)]
			inc := all[name]
			dg.fn(inc)
			a := assess.Evaluate(inc, rs, inc.UpdatedAt)
			docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
			if err != nil {
				t.Errorf("%s, %s: %v", name, dg.name, err)
				continue
			}
			for _, d := range docs {
				txt := Text(d)
				found := garbage.FindAllStringIndex(txt, -1)
				if dg.name == "counts unknown" {
					found = append(found, noCount.FindAllStringIndex(txt, -1)...)
				}
				for _, m := range found {
					lo, hi := max(0, m[0]-40), min(len(txt), m[1]+40)
					key := fmt.Sprintf("%s [%s %s %s]", dg.name, d.Spec().Kind, d.Spec().Lang, d.Spec().Variant)
					bad[key] = append(bad[key], name+": …"+strings.ReplaceAll(txt[lo:hi], "\n", "⏎")+"…")
				}
			}
		}
	}
	keys := make([]string, 0, len(bad))
	for k := range bad {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Errorf("%s: %d, e.g. %s", k, len(bad[k]), bad[k][0])
	}
}

// An authority is addressed by the office its name ends with, past a
// division, and a local government by its own kind (F821).
func TestHonorificOfAnAuthorityPassesOverItsDivision(t *testing.T) {
	for name, want := range map[string]string{
		"個人情報保護委員会":           "貴委員会",
		"総務省":                 "貴省",
		"金融庁":                 "貴庁",
		"関東財務局 証券監督第1課":       "貴局",
		"関東財務局　証券監督第１課":       "貴局",
		"金融庁監督局証券課":           "貴局",
		"内閣府":                 "貴府",
		"厚生労働省（医政局）":          "貴省",
		"大阪府 健康医療部":           "貴府",
		"架空県 健康福祉部 医務課":       "貴県",
		"架空市 市民課":             "貴市",
		"Ministry of Nowhere": "貴庁",
	} {
		if got := honorificOrgJA(name); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

// An English document glosses the cause's party once, at its first mention:
// "App dev vendor (a company we entrusted with the data)" four times in one
// letter read as boilerplate (144, F888). Every scenario whose party has a
// Latin name, every English document.
func TestEnglishGlossOnTheFirstMentionOnly(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	checked := 0
	for name, inc := range scenarios(t) {
		party := strings.TrimSpace(inc.Cause.AtName)
		if party == "" || nonLatin(party) {
			continue
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.Lang != EN {
				continue
			}
			txt := Text(d)
			if n := strings.Count(txt, party+" ("); n > 1 {
				t.Errorf("%s %s: %q glossed %d times", name, d.ID, party, n)
			}
			if strings.Contains(txt, party) {
				checked++
			}
		}
	}
	if checked < 5 {
		t.Errorf("only %d English documents name a cause's party: the test checks too little", checked)
	}
}
