// Package checklists holds the law as data: one JSON file per jurisdiction
// (jp.json, eu.json, ...), the data categories, the vocabulary of facts the
// rules may test, the response playbook and the holiday calendar. A lawyer can
// review these files without reading Go; app/rules loads and validates the
// files that index.json lists, each with its role.
//
// This package only embeds files: it must not import go-app, syscall/js or safejs.
package checklists

import "embed"

// FS holds every JSON file of this directory.
//
//go:embed *.json
var FS embed.FS

// Templates holds the item lists of the documents app/draft writes (the
// headings and the legal items each document must cover, with citations).
// They live in a subdirectory of their own, beside costs/ and drills/.
//
//go:embed templates/*.json
var Templates embed.FS
