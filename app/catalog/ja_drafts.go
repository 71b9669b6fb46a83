package catalog

// jaDrafts: strings of the drafts area (owned by whoever builds it).
var jaDrafts = map[string]string{}
