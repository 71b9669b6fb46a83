package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Fixes of session 19 (testdata/golden/assess/REVIEW.md).

// F542 (116): a screening firm's announcement named its clients through the
// data sets' names (「架空商事から受託した…」). The lint names, once per
// announcement, every entrustor it prints, whatever legal form the party's
// name carries; a party standing for all clients is no name; renamed sets
// name no one; the reports to the PPC are not announcements.
func TestAnnouncementNamingAClient(t *testing.T) {
	inc := scenarios(t)["116-screening-vendor-investigator-account-criminal-records"]
	named := func(inc *incident.Incident) map[string]string {
		out := map[string]string{}
		for _, f := range lintOf(t, inc) {
			if f.Code == CodeClientNamed {
				if _, twice := out[f.DocID]; twice {
					t.Errorf("%s named twice", f.DocID)
				}
				out[f.DocID] = f.Message.JA
			}
		}
		return out
	}
	got := named(inc)
	if len(got) == 0 {
		t.Fatal("the announcements naming 架空商事 and 架空ロジスティクス are not named")
	}
	for doc, msg := range got {
		if !strings.HasPrefix(doc, "public") {
			t.Errorf("%s is no announcement: %s", doc, msg)
		}
		if !strings.Contains(msg, "架空商事株式会社") || !strings.Contains(msg, "架空ロジスティクス株式会社") || strings.Contains(msg, "その他の取引先企業") {
			t.Errorf("%s: want both named clients and not the party for all clients: %s", doc, msg)
		}
	}
	renamed := inc.Clone()
	for i := range renamed.DataSets {
		for _, client := range []string{"架空商事から", "架空ロジスティクスから"} {
			renamed.DataSets[i].Name = strings.ReplaceAll(renamed.DataSets[i].Name, client, "取引先企業から")
		}
	}
	if got := named(renamed); len(got) != 0 {
		t.Errorf("the sets renamed, the announcements still named as naming a client: %v", got)
	}
}
