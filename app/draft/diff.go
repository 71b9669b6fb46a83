package draft

import "strings"

// Change is one item of the PPC report that differs between the 速報 and the 確報.
type Change struct {
	Section string `json:"section"` // the item's id without the document ("summary")
	Heading string `json:"heading"`
	Before  string `json:"before"` // "" when the item is new
	After   string `json:"after"`  // "" when the item is gone
}

// Diff lists, item by item in the order of final, what changed since the 速報:
// the UI shows it as "what changed since the preliminary report". Works on any
// two documents whose sections share their ids after the document id.
func Diff(prelim, final Document) []Change {
	before := map[string]Section{}
	for _, s := range prelim.Sections {
		before[localID(s.ID)] = s
	}
	var out []Change
	seen := map[string]bool{}
	for _, s := range final.Sections {
		id := localID(s.ID)
		seen[id] = true
		b, ok := before[id]
		if ok && b.Text() == s.Text() {
			continue
		}
		c := Change{Section: id, Heading: s.Heading, After: s.Text()}
		if ok {
			c.Before = b.Text()
		}
		out = append(out, c)
	}
	for _, s := range prelim.Sections {
		if id := localID(s.ID); !seen[id] {
			out = append(out, Change{Section: id, Heading: s.Heading, Before: s.Text()})
		}
	}
	return out
}

// localID is a section id without its document: "ppc-final-ja/summary" → "summary".
func localID(id string) string {
	if i := strings.Index(id, "/"); i >= 0 {
		return id[i+1:]
	}
	return id
}
