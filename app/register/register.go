// Package register builds the breach register: one line per incident of
// this browser (drills left out), with the columns a register under GDPR
// Art. 33(5) and a Japanese company's internal record need — the facts, the
// effects, the remedial action, the decisions and their reasons, the
// filings and the dates. The columns and the sources that call for each are
// data (checklists/register.json); this package fills them from the facts,
// the assessment and the ledger, and writes the CSV.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package register

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
	"breachdesk/checklists"

	json "github.com/goccy/go-json"
)

// Source is a text that calls for one or more columns.
type Source struct {
	ID       string      `json:"id"`
	JA       string      `json:"ja"`
	EN       string      `json:"en"`
	URL      string      `json:"url,omitempty"`
	ReliedOn *rules.Text `json:"relied_on,omitempty"`
}

// Column is one column of the register, with the ids of its sources.
type Column struct {
	ID      string   `json:"id"`
	JA      string   `json:"ja"`
	EN      string   `json:"en"`
	Sources []string `json:"sources"`
}

// Spec is the register's columns, in order, and their sources.
type Spec struct {
	Sources []Source `json:"sources"`
	Columns []Column `json:"columns"`
}

// Header is the column's heading in lang.
func (c Column) Header(l catalog.Lang) string {
	if l == catalog.EN {
		return c.EN
	}
	return c.JA
}

// Text is the source in lang.
func (s Source) Text(l catalog.Lang) string {
	if l == catalog.EN {
		return s.EN
	}
	return s.JA
}

// Source returns the source with that id.
func (s *Spec) Source(id string) (Source, bool) {
	for _, x := range s.Sources {
		if x.ID == id {
			return x, true
		}
	}
	return Source{}, false
}

// filled are the column ids this package fills: a column in the data that
// is not here, or one here missing from the data, is an error (Load).
var filled = []string{"id", "title", "occurred", "detected", "aware", "contained", "facts", "cause", "data",
	"persons", "effects", "remedial", "prevention", "reportable", "decisions", "filings", "evidence", "updated"}

// Load reads and checks checklists/register.json: every column known and
// filled, every source it names listed.
var Load = sync.OnceValues(func() (*Spec, error) {
	raw, err := checklists.FS.ReadFile("register.json")
	if err != nil {
		return nil, err
	}
	return parse(raw)
})

func parse(raw []byte) (*Spec, error) {
	var s Spec
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("register.json: %w", err)
	}
	seen := map[string]bool{}
	for _, c := range s.Columns {
		if !contains(filled, c.ID) {
			return nil, fmt.Errorf("register.json: column %q is not one this version fills", c.ID)
		}
		if seen[c.ID] {
			return nil, fmt.Errorf("register.json: column %q twice", c.ID)
		}
		seen[c.ID] = true
		if c.JA == "" || c.EN == "" || len(c.Sources) == 0 {
			return nil, fmt.Errorf("register.json: column %q needs ja, en and at least one source", c.ID)
		}
		for _, id := range c.Sources {
			if _, ok := s.Source(id); !ok {
				return nil, fmt.Errorf("register.json: column %q names the unknown source %q", c.ID, id)
			}
		}
	}
	for _, id := range filled {
		if !seen[id] {
			return nil, fmt.Errorf("register.json: column %q is missing", id)
		}
	}
	for _, x := range s.Sources {
		if x.JA == "" || x.EN == "" {
			return nil, fmt.Errorf("register.json: source %q needs ja and en", x.ID)
		}
	}
	return &s, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Row is one incident's line: its cells by column id.
type Row struct {
	ID    string
	Cells map[string]string
}

// Rows builds the register of incs at now, in lang: drills left out, oldest
// first (by the time the company knew, else by when the incident was
// created), each assessed under rs at now.
func Rows(incs []*incident.Incident, rs *rules.Set, now time.Time, l catalog.Lang) []Row {
	type item struct {
		inc *incident.Incident
		a   assess.Assessment
		key time.Time
	}
	var items []item
	for _, inc := range incs {
		if inc == nil || inc.Drill {
			continue
		}
		a := assess.Evaluate(inc, rs, now)
		key := inc.CreatedAt
		if a.Knew != nil {
			key = *a.Knew
		}
		items = append(items, item{inc, a, key})
	}
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].key.Equal(items[j].key) {
			return items[i].key.Before(items[j].key)
		}
		return items[i].inc.ID < items[j].inc.ID
	})
	out := make([]Row, 0, len(items))
	for _, it := range items {
		out = append(out, row(it.inc, it.a, rs, l))
	}
	return out
}

func pick(l catalog.Lang, t rules.Text) string {
	if l == catalog.EN {
		return t.EN
	}
	return t.JA
}

// list joins the lines of a cell.
func list(lines []string) string { return strings.Join(lines, "\n") }

func row(inc *incident.Incident, a assess.Assessment, rs *rules.Set, l catalog.Lang) Row {
	loc := inc.Location()
	c := map[string]string{}
	c["id"] = inc.ID
	c["title"] = inc.Title
	first := func(k incident.EventKind) string {
		if ev, ok := inc.FirstEvent(k); ok {
			return when(ev.At, ev.Precision, loc)
		}
		return ""
	}
	c["occurred"] = first(incident.EvIntrusion)
	c["detected"] = first(incident.EvDetected)
	if a.Knew != nil {
		c["aware"] = when(*a.Knew, a.KnewPrecision, loc)
	}
	c["contained"] = first(incident.EvContained)

	facts := strings.TrimSpace(inc.Story.Summary)
	if facts == "" {
		facts = strings.TrimSpace(inc.Public.Summary)
	}
	if facts == "" {
		facts = strings.TrimSpace(inc.Story.HowDiscovered)
	}
	c["facts"] = facts
	var cause []string
	if inc.Cause.Kind != "" {
		cause = append(cause, catalog.T(l, "cause."+string(inc.Cause.Kind)))
	}
	if at := CauseAt(l, inc.Cause); at != "" {
		cause = append(cause, at)
	}
	if d := strings.TrimSpace(inc.Cause.Description); d != "" {
		cause = append(cause, d)
	}
	c["cause"] = list(cause)

	var data []string
	seen := map[string]bool{}
	for _, d := range inc.Affected("") {
		for _, cat := range d.Categories {
			name := cat.Other
			if cat.ID != "other" {
				if rc := rs.Category(cat.ID); rc != nil {
					name = pick(l, rules.Text{JA: rc.JA, EN: rc.EN})
				} else {
					name = cat.ID
				}
			}
			if name != "" && !seen[name] {
				seen[name] = true
				data = append(data, name)
			}
		}
	}
	sep := "、"
	if l == catalog.EN {
		sep = ", "
	}
	c["data"] = strings.Join(data, sep)
	c["persons"] = count(inc, l)

	var effects []string
	if inc.Risk.SecondaryHarm != incident.Unknown {
		effects = append(effects, catalog.T(l, "facts.f.risk.secondaryHarm")+" "+catalog.T(l, "facts.tri."+string(inc.Risk.SecondaryHarm)))
	}
	if n := strings.TrimSpace(inc.Risk.SecondaryHarmNote); n != "" {
		effects = append(effects, n)
	}
	if inc.Risk.Level != "" {
		effects = append(effects, catalog.T(l, "facts.f.risk.level")+" "+inc.Risk.Level)
	}
	c["effects"] = list(effects)
	c["remedial"] = strings.TrimSpace(inc.Story.Response)
	c["prevention"] = strings.TrimSpace(inc.Story.Prevention)

	var rep []string
	for _, j := range a.Jurisdictions {
		rep = append(rep, pick(l, j.Name)+": "+catalog.T(l, "reportable."+string(j.Reportable)))
	}
	c["reportable"] = list(rep)

	var decisions, filings []string
	for i := range inc.Ledger {
		e := &inc.Ledger[i]
		title, to := ledgerNames(a, e, l)
		if d, ok := e.Current(); ok {
			s := catalog.T(l, "register.decision", e.Jurisdiction, title, catalog.T(l, "ledger.decision."+string(d.Decision)))
			if d.Reason != "" {
				s += " — " + d.Reason
			}
			s += " (" + d.By + ", " + when(d.At, incident.Exact, loc) + ")"
			decisions = append(decisions, s)
		}
		for _, f := range e.Filings {
			s := catalog.T(l, "register.filing", when(f.At, incident.Exact, loc), e.Jurisdiction+" "+title, to)
			if f.Reference != "" {
				s += " (" + catalog.T(l, "register.ref", f.Reference) + ")"
			}
			if f.By != "" {
				s += " " + f.By
			}
			if f.SHA256 != "" {
				s += " SHA-256 " + f.SHA256
			}
			filings = append(filings, s)
		}
	}
	c["decisions"] = list(decisions)
	c["filings"] = list(filings)
	if n := len(inc.Evidence); n > 0 {
		var size int64
		for _, e := range inc.Evidence {
			size += e.Size
		}
		c["evidence"] = catalog.T(l, "register.files", n, group(size))
	}
	c["updated"] = when(inc.UpdatedAt, incident.Exact, loc)
	return Row{ID: inc.ID, Cells: c}
}

// ledgerNames are the title and recipient of the obligation of a ledger
// entry, from the assessment; the rule id when it no longer holds it.
func ledgerNames(a assess.Assessment, e *incident.LedgerEntry, l catalog.Lang) (title, to string) {
	for _, j := range a.Jurisdictions {
		if j.ID != e.Jurisdiction {
			continue
		}
		for _, ob := range j.Obligations {
			if ob.ID == e.Obligation && ob.Party == e.Party && ob.Order == e.Order {
				to = pick(l, ob.To)
				if ob.PartyName != "" {
					to += " (" + ob.PartyName + ")"
				}
				return pick(l, ob.Title), to
			}
		}
	}
	return e.Obligation, e.Party
}

// count is the number of persons of the whole incident.
func count(inc *incident.Incident, l catalog.Lang) string {
	c, partial := inc.Total("")
	if !c.Known {
		return catalog.T(l, "register.unknown")
	}
	s := group(c.N)
	if c.Approx {
		s = catalog.T(l, "register.approx", s)
	}
	if partial {
		s += "+"
	}
	return s
}

// when writes an instant in the incident's zone, to the precision known.
func when(t time.Time, p incident.Precision, loc *time.Location) string {
	t = t.In(loc)
	switch p {
	case incident.Exact:
		return t.Format("2006-01-02 15:04")
	case incident.Month:
		return t.Format("2006-01")
	case incident.Year:
		return t.Format("2006")
	case incident.Approx:
		return "~" + t.Format("2006-01-02")
	}
	return t.Format("2006-01-02")
}

// group writes n with thousands separators.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// CauseAt says where a cause arose when that was a contractor or a business
// the data had been provided to, as the register and the print packet show
// it: "委託先（再委託先を含む）: 架空印刷株式会社"; "" when it arose at the
// company itself.
func CauseAt(l catalog.Lang, c incident.Cause) string {
	if !c.AtProcessor() && !c.ViaProcessor() && !c.AtRecipient() && !c.AtCarrier() {
		return ""
	}
	at := catalog.T(l, "facts.at."+string(c.At))
	if n := strings.TrimSpace(c.AtName); n != "" {
		at += ": " + n
	}
	return at
}
