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
// # Rules
//
// One reader per fact. The instant the company knew is resolved here, once:
// Assessment.Knew (the first dated knowing event not after now, of several
// at one instant the smallest id, whatever jurisdiction it names), and every
// clock that starts when the company knew starts there (timeline.clockStart).
// The drafts, the timeline, the dashboard and lint take it from the
// assessment, never from the events. The time zone is the incident's, as
// incident.Location resolves it; a name it refuses is reported in Problems.
// A property test over random timelines (app/desk, agree_test.go) fails when
// a second reader disagrees.
//
// Law lives in data. Evaluate receives the rules (app/rules, loaded from
// checklists/); no article, deadline or regulator is written in Go here.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package assess
