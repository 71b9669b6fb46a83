package catalog

import (
	"strings"
	"testing"
)

// "Insurance" routes Japan's reports to the FSA (checklists/jp.json
// jp.route.finance: businesses the FSA supervises under their business law,
// PPC Q&A Q4-7). A health insurance society (健康保険組合) is no insurer under
// the Insurance Business Act; with a bare 「保険」 it would pick this sector
// and see its 速報 sent to the wrong authority (scenario 23). The label says
// whom it means.
func TestInsuranceSectorSaysWhom(t *testing.T) {
	ja, en := T(JA, "sector.insurance"), T(EN, "sector.insurance")
	if !strings.Contains(ja, "保険業法") || !strings.Contains(ja, "健康保険組合") {
		t.Errorf("JA label %q: want the Insurance Business Act and 健康保険組合 named", ja)
	}
	if !strings.Contains(en, "Insurance Business Act") || !strings.Contains(en, "health insurance societies") {
		t.Errorf("EN label %q", en)
	}
}
