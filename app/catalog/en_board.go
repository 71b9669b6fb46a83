package catalog

// enBoard: see jaBoard.
var enBoard = map[string]string{
	"clock.title":        "The start of the clock is contested",
	"clock.lead":         "%s, “%s”: the deadline is counted from when the company knew. Something suspicious was detected earlier: if anyone in the company then knew that personal data was or may have been affected, that earlier moment can be taken as the start, since a company knows when any of its departments knows (APPI General Guidelines 3-5-3-3). Keep the earlier deadline in view.",
	"clock.col.from":     "Counted from",
	"clock.col.start":    "Start",
	"clock.col.due":      "Deadline",
	"clock.fromDetected": "the first detection",
	"clock.fromKnew":     "knowing (taken)",
	"clock.ask":          "Why the later instant was taken as the one the company knew is not recorded yet. Record the reason, with who and when: it goes into the initial report's account of the discovery and the meeting packet.",
	"clock.record":       "Record the reason (facts: when the company knew)",
	"print.clockNoWhy":   "Why the later instant was taken as the one the company knew is not recorded yet.",
	"clock.why":          "Why the later instant was taken:",
	"clock.recorded":     "Recorded by %s (%s)",

	"ob.party":      "Owed to: %s",
	"ob.to":         "Goes to: %s",
	"ob.route":      "Routed: %s (%s)",
	"ob.alt":        "Under the other reading of the count: %s (%s; source: %s). The deadline above is the conservative one.",
	"ob.early":      "Counted from the detection (%s): %s",
	"ob.later":      "Counted from the day the count showed the threshold passed (%s): %s (the reading that you knew of the reportable situation that day; the deadline above, from knowing, is the conservative one: ask counsel which holds)",
	"ob.doneSets":   "Partly done: %s",
	"ob.exemptSets": "Data sets exempted: %s",
	"due.window":    "%s – %s",
	"list.sep":      ", ",

	"jur.sets":      "Per data set",
	"jur.excluded":  "Excluded: %s",
	"jur.elsewhere": "None of its persons lives where this law applies (the law reaches the organization through the data of persons living there)",
	"jur.version":   "Law applied: %s (in force from %s)",
	"jur.noRules":   "Laws the tool holds no rule of for the date of the facts (they may still apply)",

	"pending.line":   "Changes of the law pending, with no date in force yet (not applied): %d.",
	"pending.more":   "See them",
	"pending.title":  "Changes of the law pending",
	"pending.lead":   "These changes are not applied until their date in force is known; then they are encoded as new versions from that date.",
	"pending.source": "Source: %s (checked %s)",
}
