package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// A "not reportable" decision standing without a reason is an error of the
// record, naming the obligation; with a reason, or once a later decision
// replaces it, it is not.
func TestLintDecisionWithoutReason(t *testing.T) {
	inc := complete(t)
	rs := mustRules(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	var j assess.Jurisdiction
	var ob assess.Obligation
	for _, jj := range a.Jurisdictions {
		if len(jj.Obligations) > 0 {
			j, ob = jj, jj.Obligations[0]
			break
		}
	}
	if ob.ID == "" {
		t.Fatal("no obligation in the scenario")
	}
	if has(lintOf(t, inc), CodeDecisionReason, "") {
		t.Fatal("an empty ledger has a decision finding")
	}
	inc.Ledger = []incident.LedgerEntry{{
		ID: incident.LedgerKey(j.ID, ob.ID, ob.Party, ob.Order), Jurisdiction: j.ID, Obligation: ob.ID, Party: ob.Party, Order: ob.Order,
		Decisions: []incident.DecisionRecord{{ID: "d1", Decision: incident.DecideNotReport, At: inc.UpdatedAt}},
	}}
	fs := lintOf(t, inc)
	var found *Finding
	for i := range fs {
		if fs[i].Code == CodeDecisionReason {
			found = &fs[i]
		}
	}
	if found == nil {
		t.Fatal("no finding for not reportable without a reason")
	}
	if found.Severity != SeverityError || found.DocID != "" || !strings.Contains(found.Message.JA, ob.Title.JA) || !strings.Contains(found.Message.EN, ob.Title.EN) {
		t.Errorf("finding: %+v", *found)
	}
	if fs[0].Severity != SeverityError {
		t.Error("errors do not come first")
	}

	inc.Ledger[0].Decisions[0].Reason = "高度な暗号化が施されていたため（規則第7条第1号括弧書）"
	if has(lintOf(t, inc), CodeDecisionReason, "") {
		t.Error("a reason given still raises the finding")
	}
	inc.Ledger[0].Decisions[0].Reason = ""
	inc.Ledger[0].Decisions = append(inc.Ledger[0].Decisions, incident.DecisionRecord{ID: "d2", Decision: incident.DecideReport, At: inc.UpdatedAt})
	if has(lintOf(t, inc), CodeDecisionReason, "") {
		t.Error("a decision replaced by a later one still raises the finding")
	}
}
