package assess_test

import (
	"fmt"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Evaluate applies the law as data to the facts at an instant given by the
// caller: here an e-mail with 1,500 customers' names and addresses sent to
// the wrong list, known on 1 May at 10:00 in Tokyo, assessed three days later.
// The instant the company knew (Knew) starts the clocks, and every deadline
// is in the incident's time zone.
func ExampleEvaluate() {
	rs, err := rules.Default()
	if err != nil {
		panic(err)
	}
	tokyo, _ := incident.LoadZone("Asia/Tokyo")
	persons := incident.Count{Known: true, N: 1500}
	inc := &incident.Incident{
		Schema: incident.SchemaVersion, ID: "example", TimeZone: "Asia/Tokyo",
		Org:    incident.Organisation{Name: "Example KK", Kind: incident.Private, Establishments: []string{"JP"}},
		Events: []incident.Event{{ID: "aware", Kind: incident.EvAware, At: time.Date(2026, 5, 1, 10, 0, 0, 0, tokyo)}},
		DataSets: []incident.DataSet{{
			ID: "customers", Role: incident.Controller,
			Categories: []incident.Category{{ID: "name"}, {ID: "email"}},
			Persons:    incident.FigureOf(persons), Records: incident.FigureOf(persons),
			Encryption: incident.NotEncrypted, Recovered: incident.No,
			Residence: []incident.Residence{{Country: "JP", Persons: persons}},
		}},
		Cause: incident.Cause{Kind: incident.CauseMisdelivery, UnlawfulPurpose: incident.No},
	}
	a := assess.Evaluate(inc, rs, time.Date(2026, 5, 4, 12, 0, 0, 0, tokyo))
	fmt.Println("knew:", a.Knew.Format("2006-01-02 15:04 MST"))
	for _, j := range a.Jurisdictions {
		fmt.Println(j.ID, "reportable:", j.Reportable)
		for _, o := range j.Obligations {
			if o.Due != nil {
				fmt.Printf("  %s (%s) by %s\n", o.ID, o.State, o.Due.Format("2006-01-02 15:04 MST"))
			}
		}
	}
	// Output:
	// knew: 2026-05-01 10:00 JST
	// JP reportable: yes
	//   jp.report.prelim (due) by 2026-05-05 23:59 JST
	//   jp.report.final (due) by 2026-05-30 23:59 JST
}
