package desk

import (
	"encoding/json"
	"sort"
	"time"

	"breachdesk/app/incident"
)

// Keystrokes written at once (issue 15). An edit is written within SaveDelay
// and, when the page goes away first, by PageHide. But Chromium may end a
// closing tab without running its pagehide handlers (a busy renderer is
// killed), and a write started in pagehide may be dropped with the page when
// its transaction has not committed yet. So a keystroke into a free-text
// field (TypeText) also puts, in the same turn, a small record of the texts
// typed since the last save (the meta record "typed": for each incident the
// field's path, its whole text and the time of the edit): one small put in
// a transaction of its own, on the meta store (no timed save waits on it),
// asked to commit at once. Its cost does not grow with the incident (no
// encoding of the incident); the load applies to each incident the texts
// typed after the edit its stored record holds.
//
// On a protected desk nothing plain may be written, so no typed record is
// kept there: PageHide's sealed copies remain what covers the last moments.

// metaTyped is the meta record of the texts typed and not yet saved.
const metaTyped = "typed"

// typedText is the newest text typed into one field of an incident.
type typedText struct {
	Text string    `json:"text"`
	At   time.Time `json:"at"` // the incident's UpdatedAt after that keystroke
}

// textSetters are the free-text fields TypeText knows, by path.
var textSetters = map[string]func(inc *incident.Incident, text string){}

// RegisterText names a free-text field for TypeText: its path (as the pages
// name it, "story.summary") and how to set it. Register every field at init,
// before Load: a typed text is applied at load only for a path registered.
func RegisterText(path string, set func(inc *incident.Incident, text string)) {
	textSetters[path] = set
}

// TypeText records a keystroke into the free-text field path of incident id
// (its whole text now) as EditQuietly would, and puts the typed record at
// once, so that the keystroke outlives the page even when the page is ended
// before its save and without its pagehide. It reports false when there is
// no such incident or path.
func (d *Desk) TypeText(id, path, text string) bool {
	set := textSetters[path]
	inc := d.incidents[id]
	if set == nil || inc == nil {
		return false
	}
	d.EditQuietly(id, func(inc *incident.Incident) { set(inc, text) })
	d.keepTyped(inc, path, text)
	return true
}

// keepTyped records text as what is typed into path of inc now, and puts
// the typed record.
func (d *Desk) keepTyped(inc *incident.Incident, path, text string) {
	if d.typed == nil {
		d.typed = map[string]map[string]typedText{}
	}
	if d.typed[inc.ID] == nil {
		d.typed[inc.ID] = map[string]typedText{}
	}
	d.typed[inc.ID][path] = typedText{Text: text, At: inc.UpdatedAt}
	d.writeTyped()
}

// pathUnsubmitted is the typed record's path for what is typed into the
// forms not yet submitted (incident.Unsubmitted): its text is the whole
// map, as JSON.
const pathUnsubmitted = "unsubmitted"

func init() {
	RegisterText(pathUnsubmitted, func(inc *incident.Incident, text string) {
		var m map[string]string
		if json.Unmarshal([]byte(text), &m) != nil {
			return
		}
		inc.Unsubmitted = nil
		for _, k := range sortedIDs(m) {
			SetUnsubmitted(inc, k, m[k]) // within the limits an import has
		}
	})
}

// TypeUnsubmitted records a keystroke into a form not yet submitted: fn
// changes the incident's unsubmitted fields (SetUnsubmitted,
// DropUnsubmitted) as EditQuietly would, and the typed record keeps all of
// them at once, as TypeText keeps a field of the facts: a reload or a tab
// ended right after the key, under load, before the write its pagehide
// started commits, does not lose it (TestUnsubmittedWizardFields lost one in
// ten so with the machine busy). It reports false when there is no such
// incident.
func (d *Desk) TypeUnsubmitted(id string, fn func(inc *incident.Incident)) bool {
	inc := d.incidents[id]
	if inc == nil {
		return false
	}
	d.EditQuietly(id, fn)
	b, err := json.Marshal(inc.Unsubmitted)
	if err != nil {
		return true
	}
	d.keepTyped(inc, pathUnsubmitted, string(b))
	return true
}

// writeTyped puts the typed record without waiting (it is called in the
// input event's turn, and after saves). Nothing is written where the
// incident's own write would not be: a protected desk, a conflict, a stale
// tab.
func (d *Desk) writeTyped() {
	if !d.canWrite() || d.prot.Protected() || d.reprotect {
		return
	}
	out := map[string]map[string]typedText{}
	for id, fields := range d.typed {
		if d.conflict[id] == "" && len(fields) > 0 {
			out[id] = fields
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return
	}
	_ = d.store.PutMetaNoWait(metaTyped, b)
}

// typedSaved forgets the texts typed into id once a save has written every
// edit of it, and puts the typed record without them (a text typed before
// that save must never be applied over a later record, say one restored).
func (d *Desk) typedSaved(id string) {
	if len(d.typed[id]) == 0 {
		return
	}
	delete(d.typed, id)
	d.writeTyped()
}

// applyTyped applies, at load, the texts of the typed record stored that are
// newer than the incident's stored edit: typed, then not saved before the
// page went away. They become edits (written at the next save) and stay in
// the typed record until then.
func (d *Desk) applyTyped(data []byte) {
	if len(data) == 0 || d.prot.Protected() {
		return
	}
	var stored map[string]map[string]typedText
	if json.Unmarshal(data, &stored) != nil {
		return
	}
	changed := false
	for _, id := range sortedIDs(stored) {
		inc := d.incidents[id]
		if inc == nil {
			changed = true // the incident is gone: so is what was typed into it
			continue
		}
		fields, storedAt := stored[id], inc.UpdatedAt
		paths := make([]string, 0, len(fields))
		for p := range fields {
			paths = append(paths, p)
		}
		// The oldest first: each path once, and a stamped field sees the others.
		sort.Slice(paths, func(i, j int) bool { return fields[paths[i]].At.Before(fields[paths[j]].At) })
		for _, p := range paths {
			t, set := fields[p], textSetters[p]
			if set == nil || !t.At.After(storedAt) {
				changed = true // saved already (or unknown): dropped
				continue
			}
			d.TypeText(id, p, t.Text)
		}
	}
	if changed {
		d.writeTyped()
	}
}
