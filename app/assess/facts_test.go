package assess

import (
	"testing"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Every fact of checklists/facts.json must be read by env.Value.
func TestEveryFactImplemented(t *testing.T) {
	rs := mustRules(t)
	inc := base(10)
	sets := []*incident.DataSet{&inc.DataSets[0]}
	e := &env{inc: inc, rs: rs, events: newTimeline(inc.Events, now), group: sets, set: sets[0],
		sets: map[string]*setResult{"d1": {triggers: map[string]rules.Outcome{}}}, reportable: &rules.Outcome{}}
	args := map[string]string{rules.ArgPlace: "JP", rules.ArgFlag: "sensitive", rules.ArgCategory: "name",
		rules.ArgEvent: string(incident.EvAware), rules.ArgRule: "jp.r7.1"}
	for _, f := range rs.Facts {
		p := &rules.Pred{Fact: f.Name, Arg: args[f.Arg], Type: f.Type}
		v := e.Value(p)
		if len(v.Needs) == 1 && v.Needs[0].Fact == unimplemented {
			t.Errorf("fact %s is in facts.json but not read by env.Value", f.Name)
		}
	}
}
