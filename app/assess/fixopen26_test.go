package assess

import (
	"path/filepath"
	"testing"
)

// F1091 (157): "Check the laws where foreign persons live" read "foreign"
// from Japan: a UK company whose staff all live in the UK and Ireland, its
// two establishments, was told to check foreign laws within 24 hours and
// shown overdue. Abroad is outside the countries where the organisation is
// established (Japan when none is entered).
func TestForeignLawsStepReadsAbroadFromTheEstablishments(t *testing.T) {
	rs := mustRules(t)
	name := "157-uk-subsidiary-payroll-provider-file-transfer-zero-day-staff-uk-ie"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json")).Clone()
	if s := step(Evaluate(inc, rs, inc.UpdatedAt), "pb.scope.foreign"); s != nil && s.Applies != No {
		t.Errorf("157 (established in GB and IE, persons in GB and IE): pb.scope.foreign = %+v, want not applying", s)
	}
	inc.Org.Establishments = []string{"GB"}
	if s := step(Evaluate(inc, rs, inc.UpdatedAt), "pb.scope.foreign"); s == nil || s.Applies != Yes {
		t.Errorf("established in GB only, persons in IE: pb.scope.foreign = %+v, want applying", s)
	}
	inc.Org.Establishments = nil // Japan
	if s := step(Evaluate(inc, rs, inc.UpdatedAt), "pb.scope.foreign"); s == nil || s.Applies != Yes {
		t.Errorf("no establishment entered (Japan), persons in GB and IE: pb.scope.foreign = %+v, want applying", s)
	}
}
