package catalog

// enTimeline: strings of the timeline area (owned by whoever builds it).
var enTimeline = map[string]string{}
