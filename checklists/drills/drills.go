// Package drills embeds the built-in drill scenarios (one JSON file each) that
// app/drill loads: the facts a drill starts from and its timed injects, in
// Japanese and English. They live in their own directory because app/rules
// reads every *.json at the root of checklists/ as a jurisdiction.
//
// This package only embeds files: it must not import go-app, syscall/js or safejs.
package drills

import "embed"

// FS holds every scenario file of this directory.
//
//go:embed *.json
var FS embed.FS
