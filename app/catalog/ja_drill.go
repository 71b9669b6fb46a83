package catalog

// jaDrill: strings of the drill area (owned by whoever builds it).
var jaDrill = map[string]string{}
