package catalog

// jaPrint: strings of the print area (owned by whoever builds it).
var jaPrint = map[string]string{}
