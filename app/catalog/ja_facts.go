package catalog

// jaFacts: strings of the facts area (owned by whoever builds it).
var jaFacts = map[string]string{}
