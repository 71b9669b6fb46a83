// Package drill is the engine of drill mode: built-in scenarios
// (checklists/drills/*.json) give the facts a rehearsal starts from and a
// script of injects, events that the simulated world adds at simulated offsets
// ("day 4: the security vendor reports outbound traffic"); a Clock maps real
// elapsed time to simulated time; Due says which injects have fired; Apply adds
// them to the facts; Score evaluates the drill with the same engine as a real
// incident (app/assess) and says which deadlines were met, late or missed and
// which steps were late.
//
// A running drill keeps its clock in the facts (Incident.DrillState): RunOf
// decodes it strictly, Now gives the incident's simulated "now" at a real
// instant, and Start, CatchUp, Advance, Retime and End move it
// (running.go).
//
// A drill is an incident with Drill set, its title marked 【訓練】/[DRILL]; every
// function here is pure: real and simulated "now" are parameters.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package drill
