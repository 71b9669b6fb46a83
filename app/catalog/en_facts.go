package catalog

// enFacts: strings of the facts area (owned by whoever builds it).
var enFacts = map[string]string{}
