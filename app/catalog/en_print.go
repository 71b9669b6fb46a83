package catalog

// enPrint: strings of the print area (owned by whoever builds it).
var enPrint = map[string]string{}
