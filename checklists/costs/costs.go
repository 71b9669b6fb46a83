// Package costs embeds the unit costs of a breach response (costs.json) that
// app/estimate turns into a cost sheet. It lives in its own directory because
// app/rules reads every *.json at the root of checklists/ as a jurisdiction.
//
// This package only embeds a file: it must not import go-app, syscall/js or safejs.
package costs

import _ "embed"

// JSON is the content of costs.json.
//
//go:embed costs.json
var JSON []byte
