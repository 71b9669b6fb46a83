// Package rules loads the law as data from checklists/ (jurisdictions, data
// categories, the fact vocabulary, the playbook and the holiday calendar),
// validates it, and interprets its small condition language.
//
// Go code here interprets; it does not hard-code an article. What a rule says,
// when it applies and where it comes from all live in the JSON files.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs,
// and it decodes JSON with github.com/goccy/go-json, never encoding/json.
package rules
