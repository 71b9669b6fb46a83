package assess

import (
	"strings"
	"testing"
)

// F1003 (148, 31, 56, 77): a local body's types were listed in the data's
// order, Rules Art. 43(5) before 43(4). They follow the Rules' numbers.
func TestLocalBodyTypesInTheRulesOrder(t *testing.T) {
	j := lawOf(t, "148-prefecture-training-video-public-on-video-site-pupils-name-tags", "JP")
	four := strings.Index(j.Summary.JA, "（規則43条4号）")
	five := strings.Index(j.Summary.JA, "（規則43条5号）")
	if four < 0 || five < 0 || four > five {
		t.Errorf("148 JP summary not in the Rules' order: %s", j.Summary.JA)
	}
}
