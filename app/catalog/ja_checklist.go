package catalog

// jaChecklist: strings of the checklist area (owned by whoever builds it).
var jaChecklist = map[string]string{}
