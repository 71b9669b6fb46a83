package draft

import (
	"sort"
	"strings"
	"testing"
)

// F921 (145): the statement of 5/5, before the company knew, ended its
// "What we are doing" with the account typed once, "… have written to the
// employees concerned and are offering them an identity protection
// service": the letters went out on 5/28. A document dated before the first
// notice to the persons whose account of the measures speaks of telling the
// persons is warned of; one dated on or after that notice is not.
func TestMeasuresTellingOfLettersBeforeTheFirstNotice(t *testing.T) {
	first := func(f Finding) bool {
		return f.Code == CodeLaterMeasures && strings.Contains(f.Message.EN, "first notice to the persons")
	}
	fs := lintOf(t, scenarios(t)["145-au-logistics-ransomware-payroll-staff-au-nz-sg-leak-site"])
	docs := map[string]bool{}
	for _, f := range fs {
		if first(f) {
			docs[f.DocID] = true
		}
	}
	if !docs["public-en"] {
		t.Errorf("145: the statement of 5/5 speaks of letters sent on 5/28, not warned: %v", docs)
	}
	if docs["public-5-en"] {
		t.Error("145: the statement of 5/28 (the letters' day) warned")
	}
	// Where else it fires, for the record (each read: an account that
	// speaks of telling the persons, in a document before the first notice).
	var where []string
	for name, fs := range lintsOfScenarios(t) {
		for _, f := range fs {
			if first(f) {
				where = append(where, name+" "+f.DocID)
				break
			}
		}
	}
	sort.Strings(where)
	t.Logf("fires on: %v", where)
}
