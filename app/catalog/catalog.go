// Package catalog holds every string the user interface shows, one table per
// language (Japanese and English), keyed by message id. Legal text does not
// live here: it lives with its rule in checklists/.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package catalog

import "fmt"

// Lang is a user-interface language.
type Lang string

const (
	JA Lang = "ja"
	EN Lang = "en"
)

// Default is the language of a first visit.
const Default = JA

// Langs lists the supported languages, in the order the switch shows them.
var Langs = []Lang{JA, EN}

// Parse returns the language named by s, or Default when s names none.
func Parse(s string) Lang {
	switch Lang(s) {
	case JA, EN:
		return Lang(s)
	}
	return Default
}

// Other returns the language the switch offers from l.
func (l Lang) Other() Lang {
	if l == EN {
		return JA
	}
	return EN
}

// Each language's table is made of one map per area of the app (ja.go,
// ja_incident.go, ...); an id may appear in only one of them.
var (
	ja, jaDup = merge(jaShell, jaIncident, jaChecklist, jaTimeline, jaFacts, jaSets, jaBoard, jaDrafts, jaSafety, jaPrint, jaDrill, jaLedger, jaShare, jaDuties)
	en, enDup = merge(enShell, enIncident, enChecklist, enTimeline, enFacts, enSets, enBoard, enDrafts, enSafety, enPrint, enDrill, enLedger, enShare, enDuties)
	tables    = map[Lang]map[string]string{JA: ja, EN: en}
)

// merge joins the area maps of a language, listing ids defined twice. The
// map is made at its size: it is built at start-up, before the first page,
// and growing it entry by entry rehashed it several times (a quarter of Go's
// work before the first render, in a warm load's samples).
func merge(parts ...map[string]string) (map[string]string, []string) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make(map[string]string, n)
	var dup []string
	for _, p := range parts {
		for k, v := range p {
			if _, ok := out[k]; ok {
				dup = append(dup, k)
			}
			out[k] = v
		}
	}
	return out, dup
}

// T returns the message id in language l, formatted with args like fmt.Sprintf.
// A missing id returns the id itself in brackets, so it shows up in tests and on screen.
func T(l Lang, id string, args ...any) string {
	s, ok := tables[Parse(string(l))][id]
	if !ok {
		return "[" + id + "]"
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Has reports whether language l has the message id.
func Has(l Lang, id string) bool {
	_, ok := tables[Parse(string(l))][id]
	return ok
}

// IDs returns every message id of language l.
func IDs(l Lang) []string {
	ids := make([]string, 0, len(tables[l]))
	for id := range tables[l] {
		ids = append(ids, id)
	}
	return ids
}
