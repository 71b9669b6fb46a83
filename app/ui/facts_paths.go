package ui

import (
	"regexp"
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// Paths of facts (incident.Problem.Path) and the fields that show them.

var pathChars = strings.NewReplacer(".", "-", "[", "-", "]", "")

// fieldID is the element id of the field for a fact's path (Problem.Path):
// "data.categories[2].persons" → "fx-data-categories-2-persons".
func fieldID(path string) string { return "fx-" + pathChars.Replace(path) }

var indices = regexp.MustCompile(`\[[^\]]*\]`)

// labelKey is the catalog id of the label of a path, indices removed.
func labelKey(path string) string { return "facts.f." + indices.ReplaceAllString(path, "") }

// pathLabel names a path for the list of problems: the field's label, or the
// path itself for facts shown on other pages.
func pathLabel(l catalog.Lang, path string) string {
	if path == "" {
		return catalog.T(l, "facts.wholeIncident")
	}
	s := catalog.T(l, labelKey(path))
	if strings.HasPrefix(s, "[") {
		return path
	}
	if m := indices.FindAllString(path, -1); len(m) > 0 {
		if n, err := strconv.Atoi(strings.Trim(m[0], "[]")); err == nil {
			return s + " (" + strconv.Itoa(n+1) + ")"
		}
	}
	return s
}

// problemLabel names a problem's field for the list at the top: a category's
// counts by the category's name rather than its place in the list.
func (f *factsForm) problemLabel(path string) string {
	rest, ok := strings.CutPrefix(path, "data.categories[")
	if !ok {
		return pathLabel(f.l, path)
	}
	num, field, _ := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 || i >= len(f.inc.Main().Categories) {
		return pathLabel(f.l, path)
	}
	name := f.inc.Main().Categories[i].ID
	for _, r := range f.categoryRows() {
		if r.id == name {
			name = r.label
		}
	}
	if field == "" {
		return name
	}
	switch field {
	case ".persons", ".records":
		return name + " — " + catalog.T(f.l, "facts.col"+field)
	}
	return name + " — " + catalog.T(f.l, labelKey("data.categories"+field))
}

// listFields are the paths of lists edited in one field: a problem with one
// item names the field of the whole list.
var listFields = []string{"org.establishments", "data.notInvolved"}

// factsFieldFor is the id of the field on this page where a problem of path
// is shown, or "" when the fact is edited on another page.
func factsFieldFor(path string) string {
	for _, lf := range listFields {
		if path == lf || strings.HasPrefix(path, lf+"[") {
			return fieldID(lf)
		}
	}
	if strings.HasPrefix(path, "data.categories[") {
		return fieldID(path)
	}
	if strings.HasPrefix(path, "data.residence[") {
		if strings.Contains(path, "].") {
			return fieldID(path)
		}
		return fieldID(path + ".country")
	}
	_, text := textFacts[path]
	_, years := yearFacts[path]
	_, count := countFacts[path]
	if text || years || count || factPaths[path] {
		return fieldID(path)
	}
	return ""
}

// factPaths are the other paths with a field of their own on this page.
var factPaths = map[string]bool{
	"org.kind": true, "org.role": true, "org.cardMerchant": true,
	"data.persons": true, "data.records": true, "data.status": true, "data.encryption": true, "data.recovered": true,
	"cause.kind": true, "cause.unlawfulPurpose": true,
	"risk.secondaryHarm": true, "risk.level": true, "risk.seriousHarm": true, "risk.lawEnforcementDelay": true,
	"story.compensationScope": true, "timeZone": true,
}

// problems are Validate's problems of inc with their paths as this page
// names its fields: the main data set's facts under "data.", the first
// entrustor, ministry, police and card company under the fields that edit
// them (the page edits those; problems of the others keep their paths).
func (p *FactsPage) problems(inc *incident.Incident) incident.Problems {
	ps := p.checker.Validate(inc)
	out := make(incident.Problems, len(ps))
	for i, pr := range ps {
		pr.Path = uiPath(inc, pr.Path)
		out[i] = pr
	}
	return out
}

// uiPath is the path of this page's field for a path of the facts.
func uiPath(inc *incident.Incident, path string) string {
	if rest, ok := strings.CutPrefix(path, "dataSets[0]"); ok {
		for _, m := range []struct{ from, to string }{
			{".persons[", "data.persons"}, {".records[", "data.records"}, {".status[", "data.status"},
			{".former.persons", "data.retention.formerPersons"}, {".former.retentionYears", "data.retention.retentionYears"},
			{".entrustor", "org.entrustor"}, {".role", "org.role"},
		} {
			if strings.HasPrefix(rest, m.from) {
				return m.to
			}
		}
		return "data" + rest
	}
	rest, ok := strings.CutPrefix(path, "parties[")
	if !ok {
		return path
	}
	num, field, _ := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 || i >= len(inc.Parties) {
		return path
	}
	kind := inc.Parties[i].Kind
	if first := inc.PartiesOf(kind); len(first) == 0 || first[0].ID != inc.Parties[i].ID {
		return path
	}
	fields := map[incident.PartyKind]map[string]string{
		incident.PartyPolice:    {".name": "police.station", ".contact": "police.contact", ".reference": "police.reference"},
		incident.PartyCard:      {".name": "card.acquirer", ".contact": "card.contact"},
		incident.PartyMinistry:  {".name": "org.ministry"},
		incident.PartyEntrustor: {".name": "org.entrustor"},
	}
	if to, ok := fields[kind][field]; ok {
		return to
	}
	return path
}
