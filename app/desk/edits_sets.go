package desk

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/incident"
)

// Edits of the data sets, the parties and the figures with their history,
// as the facts page and the wizard make them. Each keeps the references
// between them whole: a data set removed is no longer named by the sets
// within it or by events; a party removed is no longer named by a data set
// or an event.

// AddDataSet adds a data set of the company's own data, whose leak is only
// possible, under a fresh id ("d2", "d3", ...), and returns the id.
func AddDataSet(inc *incident.Incident, name string) string {
	id := ""
	for n := len(inc.DataSets) + 1; ; n++ {
		id = "d" + strconv.Itoa(n)
		if _, taken := inc.DataSet(id); !taken {
			break
		}
	}
	d := incident.NewDataSet(id)
	d.Name = strings.TrimSpace(name)
	inc.DataSets = append(inc.DataSets, d)
	return id
}

// RemoveDataSet deletes the data set id; the sets that were part of it are
// no longer, and events that named it no longer do (an event left naming
// none concerns all sets, as before it named any). It reports whether
// there was such a set.
func RemoveDataSet(inc *incident.Incident, id string) bool {
	i := slices.IndexFunc(inc.DataSets, func(d incident.DataSet) bool { return d.ID == id })
	if i < 0 {
		return false
	}
	inc.DataSets = slices.Delete(inc.DataSets, i, i+1)
	for j := range inc.DataSets {
		if inc.DataSets[j].Within == id {
			inc.DataSets[j].Within = ""
		}
	}
	for j := range inc.Events {
		ev := &inc.Events[j]
		if slices.Contains(ev.Sets, id) {
			ev.Sets = slices.DeleteFunc(ev.Sets, func(s string) bool { return s == id })
			if len(ev.Sets) == 0 {
				ev.Sets = nil
			}
		}
	}
	return true
}

// DataSetUses counts what names the data set id: the sets within it and the
// events that concern it (for the question before it is removed).
func DataSetUses(inc *incident.Incident, id string) (within, events int) {
	for _, d := range inc.DataSets {
		if d.Within == id {
			within++
		}
	}
	for _, ev := range inc.Events {
		if slices.Contains(ev.Sets, id) {
			events++
		}
	}
	return within, events
}

// AddParty adds a party of kind named name under a fresh id ("p-police",
// "p-police-2", ...) and returns the id.
func AddParty(inc *incident.Incident, kind incident.PartyKind, name string) string {
	base := "p-" + string(kind)
	id := base
	for n := 2; ; n++ {
		if _, taken := inc.Party(id); !taken {
			break
		}
		id = base + "-" + strconv.Itoa(n)
	}
	inc.Parties = append(inc.Parties, incident.Party{ID: id, Kind: kind, Name: strings.TrimSpace(name)})
	return id
}

// RemoveParty deletes the party id: data sets that named it as their
// entrustor and events that concerned it no longer name it. It reports
// whether there was such a party.
func RemoveParty(inc *incident.Incident, id string) bool {
	i := slices.IndexFunc(inc.Parties, func(p incident.Party) bool { return p.ID == id })
	if i < 0 {
		return false
	}
	inc.Parties = slices.Delete(inc.Parties, i, i+1)
	if len(inc.Parties) == 0 {
		inc.Parties = nil
	}
	for j := range inc.DataSets {
		if inc.DataSets[j].Entrustor == id {
			inc.DataSets[j].Entrustor = ""
		}
	}
	for j := range inc.Events {
		if inc.Events[j].Party == id {
			inc.Events[j].Party = ""
		}
	}
	return true
}

// PartyUses counts what names the party id: data sets entrusted by it and
// events that concern it.
func PartyUses(inc *incident.Incident, id string) (sets, events int) {
	for _, d := range inc.DataSets {
		if d.Entrustor == id {
			sets++
		}
	}
	for _, ev := range inc.Events {
		if ev.Party == id {
			events++
		}
	}
	return sets, events
}

// SetEntrustorName names the entrustor of the data set id as one field does
// (the first-hour wizard): the entrustor it names already is renamed (what
// is typed corrects it); a set naming none takes the entrustor of that name,
// or a new one.
func SetEntrustorName(inc *incident.Incident, id, name string) {
	d, ok := inc.DataSet(id)
	if !ok {
		return
	}
	for i := range inc.Parties {
		if p := &inc.Parties[i]; p.ID == d.Entrustor && p.Kind == incident.PartyEntrustor {
			p.Name = name
			return
		}
	}
	for _, p := range inc.PartiesOf(incident.PartyEntrustor) {
		if p.Name == name {
			d.Entrustor = p.ID
			return
		}
	}
	pid := AddParty(inc, incident.PartyEntrustor, name)
	d, _ = inc.DataSet(id) // AddParty does not move the sets, but read it again all the same
	d.Entrustor = pid
}

// EntrustorName is the name of the data set's entrustor, "" when it names none.
func EntrustorName(inc *incident.Incident, d *incident.DataSet) string {
	if p, ok := inc.Party(d.Entrustor); ok {
		return p.Name
	}
	return ""
}

// Revise adds a revised value to a figure, established on day on ("" = from
// the start) from source, in date order: after every revision established
// on or before it, so that the last is the current value.
func Revise(f incident.Figure, c incident.Count, on incident.Date, source string) incident.Figure {
	return ReviseWhy(f, c, on, source, "", "")
}

// ReviseWhy is Revise with the reason for the readers, in Japanese and in
// English (either may be "").
func ReviseWhy(f incident.Figure, c incident.Count, on incident.Date, source, reason, reasonEn string) incident.Figure {
	r := incident.Revision{Known: c.Known, N: c.N, Approx: c.Approx, Max: c.Max, On: on, Source: strings.TrimSpace(source),
		Reason: strings.TrimSpace(reason), ReasonEn: strings.TrimSpace(reasonEn)}
	at := len(f)
	for at > 0 && on != "" && f[at-1].On != "" && !f[at-1].On.OnOrBefore(on) {
		at--
	}
	return slices.Insert(slices.Clone(f), at, r)
}

// RemoveRevision deletes the revision i of a figure (nil once none is left).
func RemoveRevision(f incident.Figure, i int) incident.Figure {
	if i < 0 || i >= len(f) {
		return f
	}
	out := slices.Delete(slices.Clone(f), i, i+1)
	if len(out) == 0 {
		return nil
	}
	return out
}

// RemoveStatus deletes the entry i of a data set's status history; the
// first is kept when it is the only one (a set always has a status).
func RemoveStatus(d *incident.DataSet, i int) {
	if i < 0 || i >= len(d.Status) || len(d.Status) == 1 {
		return
	}
	d.Status = slices.Delete(d.Status, i, i+1)
}

// PartyEvent is the first event of kind concerning the party id, in time
// order (undated last); when none does and orUnnamed, the first naming no
// party (recorded before the party was).
func PartyEvent(inc *incident.Incident, kind incident.EventKind, id string, orUnnamed bool) (incident.Event, bool) {
	var unnamed *incident.Event
	for _, ev := range SortedEvents(inc) {
		if ev.Kind != kind {
			continue
		}
		if ev.Party == id {
			return ev, true
		}
		if ev.Party == "" && unnamed == nil {
			e := ev
			unnamed = &e
		}
	}
	if orUnnamed && unnamed != nil {
		return *unnamed, true
	}
	return incident.Event{}, false
}

// SetPartyEvent dates the event evID at t (done: no longer planned) and
// makes it concern the party, keeping its note; with evID "", it adds an event of kind for the party.
func SetPartyEvent(inc *incident.Incident, kind incident.EventKind, party, evID string, t time.Time) {
	if evID == "" {
		inc.Events = append(inc.Events, incident.Event{ID: newID(), Kind: kind, At: t, Party: party})
	}
	for i := range inc.Events {
		if evID != "" && inc.Events[i].ID == evID {
			inc.Events[i].At, inc.Events[i].Party = t, party
			inc.Events[i].Precision, inc.Events[i].Planned = incident.Exact, false // dated: done, if it was planned
		}
	}
	inc.SortEvents()
}
