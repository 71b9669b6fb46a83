package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// Findings of the realcase39 review (scenarios 155–157; testdata/golden/
// assess/REVIEW.md, F1080–).

// F1088 (157): the retention question asked of a set of leavers (former
// staff) read "since when former customers are included", where the
// Japanese asks of 退会者等, anyone who had left. The English names them all.
func TestRetentionQuestionIsNotOnlyOfCustomers(t *testing.T) {
	rs := mustRules(t)
	name := "157-uk-subsidiary-payroll-provider-file-transfer-zero-day-staff-uk-ie"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json"))
	r := Report(name, Evaluate(inc, rs, inc.UpdatedAt))
	if strings.Contains(r, "since when former customers are included") || !strings.Contains(r, "since when persons who had left (former customers, members or staff) are included") {
		t.Errorf("the retention question of leavers:\n%s", r)
	}
}
