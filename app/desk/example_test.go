package desk_test

import (
	"fmt"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// A desk runs on a store, a loop and keys. In the browser they are IndexedDB,
// go-app's UI goroutine and WebCrypto (app/ui/bind.go); here a store in
// memory and a loop whose clock the example moves.
func newExampleDesk() (*desk.Desk, *desk.ManualLoop, *desk.MemStore) {
	store := desk.NewMemStore()
	loop := desk.NewManualLoop(time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC))
	d := desk.New(desk.Config{
		Open:     func() (desk.Store, error) { return store, nil },
		Keys:     goKeys{},
		Loop:     loop,
		NewID:    func() string { return "inc-1" },
		OnChange: func() {}, // in the browser: re-render the pages
	})
	d.Load()
	loop.Run() // the store is read
	return d, loop, store
}

// Create starts an incident; it is in memory at once and stored within
// SaveDelay.
func ExampleDesk_Create() {
	d, loop, store := newExampleDesk()
	inc := d.Create("Phishing at the travel desk")
	fmt.Println(d.Get(inc.ID).Title, len(store.Raw("incidents")))
	loop.Advance(desk.SaveDelay)
	fmt.Println(len(store.Raw("incidents")))
	// Output:
	// Phishing at the travel desk 0
	// 1
}

// Edit changes an incident and records the edit: the pages are told, and
// the store gets it within SaveDelay (several edits in one write).
func ExampleDesk_Edit() {
	d, loop, store := newExampleDesk()
	inc := d.Create("Phishing")
	loop.Advance(desk.SaveDelay)
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "A mail with a fake invoice" })
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary += " was opened." })
	fmt.Println("saving:", d.Status().Saving)
	loop.Advance(desk.SaveDelay)
	stored, _ := incident.Decode(store.Raw("incidents")[inc.ID])
	fmt.Println("saving:", d.Status().Saving)
	fmt.Println(stored.Story.Summary)
	// Output:
	// saving: true
	// saving: false
	// A mail with a fake invoice was opened.
}

// Export writes a backup file of every incident (or of one, by id), sealed
// when a passphrase is given, and records when it was made.
func ExampleDesk_Export() {
	d, loop, _ := newExampleDesk()
	inc := d.Create("Phishing")
	fmt.Println("not backed up:", len(d.NotBackedUp())) // nothing entered yet
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "A mail with a fake invoice was opened." })
	loop.Advance(desk.SaveDelay)
	fmt.Println("not backed up:", len(d.NotBackedUp()))
	d.Export("", "", func(name string, data []byte) error {
		incs, problems, _ := desk.ReadImport(data)
		fmt.Println(name, len(incs), len(problems))
		return nil // in the browser: the download
	}, func(err error) { fmt.Println("exported:", err) })
	loop.Run()
	fmt.Println("not backed up:", len(d.NotBackedUp()))
	// Output:
	// not backed up: 0
	// not backed up: 1
	// breachdesk-backup-20260601-0900.json 1 0
	// exported: <nil>
	// not backed up: 0
}

// Board is everything a page shows that derives from an incident's facts at
// one instant: the assessment (with the instant the company knew), the open
// obligations in order, the next steps and the documents with their lint.
// Pages show it; none derives these itself.
func ExampleDesk_Board() {
	d, _, _ := newExampleDesk()
	inc := d.Create("Misdirected newsletter")
	tokyo := inc.Location() // Asia/Tokyo, a new incident's zone
	d.Edit(inc.ID, func(inc *incident.Incident) {
		persons := incident.Count{Known: true, N: 1500}
		inc.Org.Kind, inc.Org.Establishments = incident.Private, []string{"JP"}
		inc.Events = append(inc.Events, incident.Event{ID: "aware", Kind: incident.EvAware, At: time.Date(2026, 6, 1, 10, 0, 0, 0, tokyo)})
		inc.DataSets = []incident.DataSet{{
			ID: "customers", Role: incident.Controller,
			Categories: []incident.Category{{ID: "name"}, {ID: "email"}},
			Persons:    incident.FigureOf(persons), Records: incident.FigureOf(persons),
			Encryption: incident.NotEncrypted, Recovered: incident.No,
			Residence: []incident.Residence{{Country: "JP", Persons: persons}},
		}}
		inc.Cause = incident.Cause{Kind: incident.CauseMisdelivery, UnlawfulPurpose: incident.No}
	})

	b := d.Board(inc.ID, time.Date(2026, 6, 2, 9, 0, 0, 0, tokyo))
	fmt.Println("knew:", b.Assessment.Knew.Format("2006-01-02 15:04 MST"))
	if o, ok := b.Nearest(); ok {
		fmt.Println("nearest:", o.Ob.ID, "by", o.Ob.Due.Format("2006-01-02 15:04 MST"))
	}
	for _, doc := range b.Drafts().Docs {
		if doc.ID == "ppc-prelim-ja" {
			fmt.Println(doc.ID, "dated", doc.Date.Format("2006-01-02"))
		}
	}
	// Output:
	// knew: 2026-06-01 10:00 JST
	// nearest: jp.report.prelim by 2026-06-05 23:59 JST
	// ppc-prelim-ja dated 2026-06-02
}
