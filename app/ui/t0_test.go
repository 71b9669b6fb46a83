package ui

import "time"

// drillT0 is the start of the drills in the tests.
var drillT0 = time.Date(2026, 6, 1, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))
