// Package assess is the engine of Breach Desk: Evaluate applies the law as
// data (app/rules) to the facts of one incident (app/incident) at a given
// instant and derives, for each jurisdiction that applies, whether the case
// is reportable and why, the obligations with their due instants and states,
// the playbook steps that apply and the delay findings on the timeline.
//
// Everything here is a pure function of (facts, rules, now): "now" is a
// parameter, never time.Now(). Due instants are computed in the incident's
// time zone and keep their offsets.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package assess
