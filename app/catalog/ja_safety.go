package catalog

// jaSafety: strings of the safety area (owned by whoever builds it).
var jaSafety = map[string]string{}
