package catalog

// enChecklist: strings of the checklist area (owned by whoever builds it).
var enChecklist = map[string]string{}
