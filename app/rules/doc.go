// Package rules loads the law as data from checklists/ (jurisdictions, data
// categories, the fact vocabulary, the playbook and the holiday calendar),
// validates it, and interprets its small condition language.
//
// Go code here interprets; it does not hard-code an article. What a rule says,
// when it applies and where it comes from all live in the JSON files.
//
// One reader per fact: Load (Default for the embedded copy, once) is the one
// reader of the rules in checklists/; app/assess, app/draft and the board
// receive the *Set and ask it (Jurisdiction, ObligationByID, InForce) which
// law is in force on a date.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs,
// and it decodes JSON with github.com/goccy/go-json, never encoding/json.
package rules
