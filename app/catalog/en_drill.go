package catalog

// enDrill: strings of the drill area (owned by whoever builds it).
var enDrill = map[string]string{}
