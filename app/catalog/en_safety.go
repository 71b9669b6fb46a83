package catalog

// enSafety: strings of the safety area (owned by whoever builds it).
var enSafety = map[string]string{}
