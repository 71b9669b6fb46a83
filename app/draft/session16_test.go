package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Fixes of session 16 (testdata/golden/assess/REVIEW.md).

// F438 (101): the retention check told a school board that its pupils' set
// held 「取引が終了した方」: the persons who left are customers only of a
// business. The check words them as the notices do (卒業, 退職, 応募 …, from
// the set's name or the company's rule), or neutrally.
func TestRetentionNamesWhoLeftAsTheSetDoes(t *testing.T) {
	retention := func(fs []Finding) string {
		for _, f := range fs {
			if f.Code == CodeRetention {
				return f.Message.JA
			}
		}
		return ""
	}
	got := retention(lintsOfScenarios(t)["101-school-teacher-usb-grades-found-week-later"])
	if !strings.Contains(got, "2022年以降に卒業された方") || strings.Contains(got, "取引") {
		t.Errorf("101's retention check: %q; want the pupils told as 卒業された方", got)
	}
	inc := complete(t)
	inc.DataSets[0].Name = "会員情報"
	inc.DataSets[0].Former = incident.Former{Persons: incident.Count{Known: true, N: 8100}, LeftFrom: "2015", RetentionYears: 5}
	if got := retention(lintOf(t, inc)); !strings.Contains(got, "2015年以降に関係が終了した方（") || strings.Contains(got, "取引") {
		t.Errorf("a set with no word for leaving: %q; want 「関係が終了した方」", got)
	}
	inc.DataSets[0].Former.Rule = "退職後5年で廃棄"
	if got := retention(lintOf(t, inc)); !strings.Contains(got, "2015年以降に退職された方（") {
		t.Errorf("a rule about staff who left: %q; want 「退職された方」", got)
	}
}
