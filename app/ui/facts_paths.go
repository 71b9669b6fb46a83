package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// Paths of facts (incident.Problem.Path) and the fields that show them. The
// page names its fields by the facts' own paths ("dataSets[1].persons",
// "parties[0].reference"), so that a problem Validate finds lands beside
// the field that edits what it names, whatever the data set or party.

var pathChars = strings.NewReplacer(".", "-", "[", "-", "]", "")

// fieldID is the element id of the field for a fact's path (Problem.Path):
// "dataSets[0].categories[2].persons" → "fx-dataSets-0-categories-2-persons".
func fieldID(path string) string { return "fx-" + pathChars.Replace(path) }

// noIndices is path without its list indices: "dataSets[0].categories[2]"
// → "dataSets.categories" (every "[…]" removed; an unclosed "[" stays).
// Written out rather than a regexp so that nothing is compiled at start-up.
func noIndices(path string) string {
	if strings.IndexByte(path, '[') < 0 {
		return path
	}
	var b strings.Builder
	b.Grow(len(path))
	for path != "" {
		i := strings.IndexByte(path, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(path[i:], ']')
		if j < 0 {
			break
		}
		b.WriteString(path[:i])
		path = path[i+j+1:]
	}
	b.WriteString(path)
	return b.String()
}

// labelKey is the catalog id of the label of a path, indices removed.
func labelKey(path string) string { return "facts.f." + noIndices(path) }

// hasLabel reports whether the catalog has a label for a path.
func hasLabel(l catalog.Lang, path string) bool {
	return !strings.HasPrefix(catalog.T(l, labelKey(path)), "[")
}

// parent is path without its last part: "a.b[2].c" → "a.b[2]" → "a.b" → "a"
// → "".
func parent(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// pathLabel names a path for the list of problems: the label of the path
// or, failing that, of the nearest part of it that has one; the path itself
// when none has (a fact shown on another page).
func pathLabel(l catalog.Lang, path string) string {
	if path == "" {
		return catalog.T(l, "facts.wholeIncident")
	}
	for p := path; p != ""; p = parent(p) {
		if hasLabel(l, p) {
			return catalog.T(l, labelKey(p))
		}
	}
	return path
}

// listIndex reads the index of the first list item of path after prefix
// ("dataSets[" → 2 for "dataSets[2].name"), and the rest of the path.
func listIndex(path, prefix string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, prefix)
	if !ok {
		return 0, "", false
	}
	num, rest, ok := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if !ok || err != nil || i < 0 {
		return 0, "", false
	}
	return i, rest, true
}

// problemLabel names a problem's field for the list at the top: a field of a
// data set or a party with the set's or the party's name, a category by its
// name rather than its place in the list.
func (f *factsForm) problemLabel(path string) string {
	if i, rest, ok := listIndex(path, "dataSets["); ok && i < len(f.inc.DataSets) {
		d := &f.inc.DataSets[i]
		name := setTitle(f.l, d, i)
		if j, field, ok := listIndex(rest, ".categories["); ok && j < len(d.Categories) {
			cat := f.categoryLabel(d.Categories[j].ID)
			switch field {
			case "":
				return name + " — " + cat
			case ".persons", ".records":
				return name + " — " + cat + " — " + catalog.T(f.l, "facts.col"+field)
			}
			return name + " — " + cat + " — " + pathLabel(f.l, "dataSets.categories"+field)
		}
		if rest == "" {
			return name
		}
		return name + " — " + pathLabel(f.l, "dataSets"+noIndices(rest))
	}
	if i, rest, ok := listIndex(path, "parties["); ok && i < len(f.inc.Parties) {
		name := partyTitle(f.l, f.inc.Parties[i])
		if rest == "" {
			return name
		}
		return name + " — " + pathLabel(f.l, "parties"+noIndices(rest))
	}
	return pathLabel(f.l, path)
}

// anchor records that the element with id shows the problems of path (the
// field's notes), so that the list at the top can move the focus there.
func (f *factsForm) anchor(path, id string) {
	if f.anchors == nil {
		f.anchors = map[string]string{}
	}
	if _, ok := f.anchors[path]; !ok {
		f.anchors[path] = id
	}
}

// anchorFor is the id of the field on this page that shows a problem of
// path: the field of the path or of the nearest part of it; "" when the
// fact is edited on another page (a timeline event, a checklist step).
func (f *factsForm) anchorFor(path string) string {
	for p := path; p != ""; p = parent(p) {
		if id, ok := f.anchors[p]; ok {
			return id
		}
	}
	return ""
}

// problems are Validate's problems of inc.
func (p *FactsPage) problems(inc *incident.Incident) incident.Problems {
	return p.checker.Validate(inc)
}
