package incident

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// An Encoder writes incidents in their stored form, byte for byte as Encode
// does, and keeps the bytes of every event it wrote: an event of a later
// incident equal to one kept (same id, every field equal) is copied, not
// encoded again. A desk that saves a 1,000-event incident at each pause in
// typing then encodes the events that changed, and the rest of the incident,
// instead of the whole time line each time.
//
// The zero value is ready to use. An Encoder is not safe for concurrent use.
type Encoder struct {
	events map[string]encodedEvent // by event id
	line   int                     // the bytes of the last time line written
	fresh  int                     // events the last call encoded (not copied)
}

// encodedEvent is an event as an Encoder wrote it: its own copy (lists and
// Due not shared with the incident, which may change them in place) and
// its bytes.
type encodedEvent struct {
	ev   Event
	data []byte
}

// eventsSentinel is a stand-in time line: the incident is encoded with it in
// place of its events, and its bytes are then replaced by the events'. The
// first place it is found is the time line's: the fields encoded before it
// hold no list of events, and no text can hold the pattern (its quotes are
// escaped in a text).
var eventsSentinel = sync.OnceValue(func() []byte {
	b, err := stdjson.Marshal(&Event{ID: sentinelID})
	if err != nil {
		panic(err) // a constant value: cannot fail
	}
	return append(append([]byte(`"events":[`), b...), ']')
})

const sentinelID = "events-of-the-incident"

// Encode writes inc as Encode does.
func (e *Encoder) Encode(inc *Incident) ([]byte, error) {
	e.fresh = 0
	if inc == nil || len(inc.Events) == 0 {
		return Encode(inc)
	}
	c := *inc
	c.Schema = SchemaVersion
	c.Events = []Event{{ID: sentinelID}}
	rest, err := stdjson.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("incident: cannot encode %q: %w", inc.ID, err)
	}
	sentinel := eventsSentinel()
	at := bytes.Index(rest, sentinel)
	if at < 0 {
		return nil, errors.New("incident: Encoder lost its place in the time line")
	}
	if e.events == nil {
		e.events = make(map[string]encodedEvent, len(inc.Events))
	}
	out := make([]byte, 0, len(rest)+e.line+512) // the time line's size as last time, and some room
	out = append(out, rest[:at]...)
	out = append(out, `"events":[`...)
	for i := range inc.Events {
		ev := &inc.Events[i]
		k, ok := e.events[ev.ID]
		if !ok || !sameEvent(&k.ev, ev) {
			b, err := stdjson.Marshal(ev)
			if err != nil {
				return nil, fmt.Errorf("incident: cannot encode %q: %w", inc.ID, err)
			}
			k = encodedEvent{ev: ownEvent(*ev), data: b}
			e.events[ev.ID] = k
			e.fresh++
		}
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, k.data...)
	}
	out = append(out, ']')
	out = append(out, rest[at+len(sentinel):]...)
	if len(e.events) > len(inc.Events) {
		e.forget(inc.Events)
	}
	e.line = len(out) - len(rest)
	return out, nil
}

// forget drops the events kept that are no longer in evs.
func (e *Encoder) forget(evs []Event) {
	now := make(map[string]bool, len(evs))
	for i := range evs {
		now[evs[i].ID] = true
	}
	for id := range e.events {
		if !now[id] {
			delete(e.events, id)
		}
	}
}

// ownEvent is ev with lists and Due of its own.
func ownEvent(ev Event) Event {
	ev.Sets = slices.Clone(ev.Sets)
	ev.Was = slices.Clone(ev.Was)
	if ev.Due != nil {
		d := *ev.Due
		ev.Due = &d
	}
	return ev
}
