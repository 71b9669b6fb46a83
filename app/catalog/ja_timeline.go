package catalog

// jaTimeline: strings of the timeline area (owned by whoever builds it).
var jaTimeline = map[string]string{}
