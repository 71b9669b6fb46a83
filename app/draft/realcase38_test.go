package draft

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase38 review (scenarios 152–154; testdata/golden/
// assess/REVIEW.md, F1020–).

// inEnglish is inc as an organisation in the United States whose persons
// live in California, so that the English documents are drafted.
func inEnglish(inc *incident.Incident) *incident.Incident {
	en := inc.Clone()
	en.Org.Establishments = []string{"US"}
	en.Org.TargetsJP = incident.No
	if en.Org.NameEn == "" {
		en.Org.NameEn = "Example Movers, Inc."
	}
	for i := range en.DataSets {
		en.DataSets[i].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 3}}}
	}
	return en
}

// F1022 (154, 144): a defect or a wrong setting that let outsiders view the
// data was told in English as "The systems of <the contractor> were
// exposed from … to …", where the Japanese says 「外部から閲覧できる状態に
// あった期間」: the information lay open, the systems were not exposed.
func TestFaultOpenToOutsidersIsNoExposedSystem(t *testing.T) {
	inc := scenarios(t)["144-us-auto-finance-vendor-test-data-public-repo-states"]
	saysSomewhere(t, "144", inc, "the information could be viewed by outsiders from 2022 to June 21, 2022", "were exposed")
}
