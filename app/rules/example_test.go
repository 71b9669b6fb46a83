package rules_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing/fstest"

	"breachdesk/app/rules"
	"breachdesk/checklists"
)

// Load reads the law as data from the files checklists/index.json lists
// (Default does it once for the embedded copy). Each rule carries its
// citation and the dates it is in force.
func ExampleLoad() {
	rs, err := rules.Load(checklists.FS)
	if err != nil {
		panic(err)
	}
	jp := rs.Jurisdiction("JP")
	fmt.Println(jp.Name.EN, "- clock starts at:", jp.Clock)
	o := jp.ObligationByID("jp.report.final", "2026-05-01") // the version in force that day
	fmt.Println(o.Title.EN)
	fmt.Println(o.Citation.EN)
	fmt.Println("in force from", o.From)
	// Output:
	// Japan - clock starts at: aware
	// Breach report: final (kakuhō) within 30 days
	// Rules Art. 8(2); General Guidelines 3-5-3-4 (public bodies: Rules Art. 44)
	// in force from 2022-04-01
}

// A rule set with a mistake is not loaded: the error names the entry (and
// the file, for one that does not decode), and nothing of the set is returned.
func ExampleLoad_problem() {
	files := fstest.MapFS{}
	_ = fs.WalkDir(checklists.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := fs.ReadFile(checklists.FS, name)
			files[name] = &fstest.MapFile{Data: b}
		}
		return err
	})
	jp := string(files["jp.json"].Data)
	files["jp.json"].Data = []byte(strings.Replace(jp, `"limit": "hard"`, `"limit": "firm"`, 1))
	rs, err := rules.Load(files)
	fmt.Println(rs == nil)
	fmt.Println(err)
	// Output:
	// true
	// jurisdiction JP: obligation jp.report.final: deadline: unknown limit "firm"
}
