package catalog

// enDrafts: strings of the drafts area (owned by whoever builds it).
var enDrafts = map[string]string{}
