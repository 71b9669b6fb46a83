package incident

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Validate returns every problem of an incident, each with the path of its field
// ("events[3].at", "data.categories[2].id", "data.residence[0].region"): errors
// block an import, warnings are shown. nil means none.
func Validate(inc *Incident) Problems { return validate(inc, nil) }

// validate is Validate, taking the time line's problems from c when c has
// them for these events.
func validate(inc *Incident, c *Checker) Problems {
	v := &validator{}
	if inc == nil {
		v.ps.add(SeverityError, "", CodeNoIncident)
		return v.ps
	}
	v.loc = inc.Location()
	v.incident(inc)
	v.org(&inc.Org)
	if c != nil {
		v.ps = append(v.ps, c.events(inc, v.loc)...)
	} else {
		v.events(inc)
	}
	v.parties(inc)
	v.dataSets(inc)
	v.window("exposure", inc.Exposure)
	v.windowBeforeCause(inc)
	v.figure("persons", inc.Persons)
	v.corporations("persons", inc.Persons)
	v.cause(inc)
	v.contact(inc)
	v.story(inc)
	v.steps(inc)
	v.ledger(inc)
	v.evidence(inc)
	return v.ps
}

type validator struct {
	ps  Problems
	loc *time.Location
}

func (v *validator) incident(inc *Incident) {
	switch {
	case inc.Schema > SchemaVersion:
		v.ps.add(SeverityError, "schema", CodeSchemaFuture, strconv.Itoa(inc.Schema), strconv.Itoa(SchemaVersion))
	case inc.Schema != SchemaVersion:
		v.ps.add(SeverityWarning, "schema", CodeSchemaMismatch, strconv.Itoa(inc.Schema), strconv.Itoa(SchemaVersion))
	}
	v.id("id", inc.ID)
	v.name("title", inc.Title)
	if _, err := LoadZone(inc.TimeZone); err != nil { // "" and "Local" too: see LoadZone
		v.ps.add(SeverityError, "timeZone", CodeTimeZone, quoteShort(inc.TimeZone))
	}
	if !inc.CreatedAt.IsZero() && inc.UpdatedAt.Before(inc.CreatedAt) {
		v.ps.add(SeverityWarning, "updatedAt", CodeUpdatedBeforeCreate)
	}
	v.text("notes", inc.Notes)
}

// id checks a required identifier.
func (v *validator) id(path, s string) {
	if s == "" {
		v.ps.add(SeverityError, path, CodeRequired)
		return
	}
	v.name(path, s)
}

// known checks an enumerated value; "" is allowed when blank is.
func known[T ~string](v *validator, path string, x T, values []T, blank bool) {
	if (x == "" && blank) || slices.Contains(values, x) {
		return
	}
	if x == "" {
		v.ps.add(SeverityError, path, CodeRequired)
		return
	}
	var names []string
	for _, k := range values {
		if k != "" {
			names = append(names, string(k))
		}
	}
	list := strings.Join(names, ", ")
	v.ps.add(SeverityError, path, CodeUnknownValue, quoteShort(string(x)), list)
}

// limit reports a list over its limit and returns how many items to check.
func (v *validator) limit(path string, n, max int) int {
	if n > max {
		v.ps.add(SeverityError, path, CodeTooManyItems, group(int64(n)), group(int64(max)))
		return max
	}
	return n
}

func (v *validator) org(o *Organisation) {
	v.name("org.name", o.Name)
	v.name("org.nameEn", o.NameEn)
	v.name("org.sector", o.Sector)
	known(v, "org.kind", o.Kind, OrgKinds, true)
	known(v, "org.targetsEU", o.TargetsEU, Tris, true)
	known(v, "org.targetsJP", o.TargetsJP, Tris, true)
	known(v, "org.art57Body", o.Art57Body, Tris, true)
	known(v, "org.localLanguage", o.LocalLanguage, Tris, true)
	known(v, "org.targetsUK", o.TargetsUK, Tris, true)
	for _, c := range slices.Sorted(maps.Keys(o.Targets))[:v.limit("org.targets", len(o.Targets), MaxCodes)] {
		p := "org.targets." + c
		if c == "" {
			v.ps.add(SeverityError, p, CodeRequired)
		}
		v.country(p, c)
		known(v, p, o.Targets[c], Tris, true)
	}
	n := v.limit("org.establishments", len(o.Establishments), MaxCodes)
	for i, c := range o.Establishments[:n] {
		p := "org.establishments[" + strconv.Itoa(i) + "]"
		if c == "" {
			v.ps.add(SeverityError, p, CodeRequired)
		}
		v.country(p, c)
	}
}

func (v *validator) cause(inc *Incident) {
	known(v, "cause.kind", inc.Cause.Kind, CauseKinds, true)
	known(v, "cause.unlawfulPurpose", inc.Cause.UnlawfulPurpose, Tris, true)
	known(v, "cause.recipientKnown", inc.Cause.RecipientKnown, Tris, true)
	known(v, "cause.copiedOut", inc.Cause.CopiedOut, Tris, true)
	v.text("cause.description", inc.Cause.Description)
	v.date("cause.descriptionOn", inc.Cause.DescriptionOn)
	known(v, "cause.at", inc.Cause.At, CauseAts, true)
	v.name("cause.atName", inc.Cause.AtName)
	switch k := inc.Cause.Kind; {
	case !inc.Cause.AtCarrier() || k == "" || k == CauseLoss || k == CauseTheft || k == CauseMisdelivery || k == CauseOther:
	default:
		v.ps.add(SeverityWarning, "cause.at", CodeCarrierCause)
	}
	r := &inc.Risk
	known(v, "risk.secondaryHarm", r.SecondaryHarm, Tris, true)
	known(v, "risk.seriousHarm", r.SeriousHarm, Tris, true)
	known(v, "risk.lawEnforcementDelay", r.LawEnforcementDelay, Tris, true)
	known(v, "risk.noticeUnreachable", r.NoticeUnreachable, Tris, true)
	known(v, "risk.extortion", r.Extortion, Tris, true)
	known(v, "risk.safetyAtRisk", r.SafetyAtRisk, Tris, true)
	known(v, "risk.level", r.Level, RiskLevels, true)
	v.text("risk.secondaryHarmNote", r.SecondaryHarmNote)
	v.date("risk.secondaryHarmNoteOn", r.SecondaryHarmNoteOn)
}

func (v *validator) contact(inc *Incident) {
	c := &inc.Contact
	v.name("contact.name", c.Name)
	v.name("contact.nameEn", c.NameEn)
	v.name("contact.phone", c.Phone)
	v.name("contact.hours", c.Hours)
	v.name("contact.email", c.Email)
	v.email("contact.email", c.Email)
	v.name("contact.web", c.Web)
	v.web("contact.web", c.Web)
	v.name("contact.webEn", c.WebEn)
	v.web("contact.webEn", c.WebEn)
	for _, p := range []struct {
		path string
		p    Person
	}{{"people.ciso", inc.People.CISO}, {"people.privacyOfficer", inc.People.PrivacyOfficer},
		{"people.pr", inc.People.PR}, {"people.legal", inc.People.Legal}, {"people.representative", inc.People.Representative}} {
		v.name(p.path+".name", p.p.Name)
		v.name(p.path+".nameEn", p.p.NameEn)
		v.name(p.path+".contact", p.p.Contact)
	}
}

func (v *validator) story(inc *Incident) {
	s := &inc.Story
	for _, f := range []struct{ path, s string }{
		{"story.summary", s.Summary}, {"story.howDiscovered", s.HowDiscovered},
		{"story.measuresBefore", s.MeasuresBefore}, {"story.response", s.Response},
		{"story.currentState", s.CurrentState}, {"story.prevention", s.Prevention},
		{"story.compensation", s.Compensation}, {"story.compensationReason", s.CompensationReason},
		{"story.other", s.Other},
	} {
		v.text(f.path, f.s)
	}
	v.date("story.summaryOn", s.SummaryOn)
	v.date("story.howDiscoveredOn", s.HowDiscoveredOn)
	v.date("story.responseOn", s.ResponseOn)
	v.date("public.summaryOn", inc.Public.SummaryOn)
	v.date("public.causeOn", inc.Public.CauseOn)
	known(v, "story.compensationScope", s.CompensationScope, CompensationScopes, true)
	if s.CompensationScope == "some" && s.CompensationReason == "" {
		v.ps.add(SeverityWarning, "story.compensationReason", CodeReasonMissing)
	}
	for _, f := range []struct{ path, s string }{
		{"public.summary", inc.Public.Summary}, {"public.cause", inc.Public.Cause},
		{"public.measures", inc.Public.Measures}, {"public.prevention", inc.Public.Prevention},
		{"public.harm", inc.Public.Harm}, {"public.noticeDelay", inc.Public.NoticeDelay},
		{"awareWhy.text", inc.AwareWhy.Text},
	} {
		v.text(f.path, f.s)
	}
	v.name("awareWhy.by", inc.AwareWhy.By)
	if inc.AwareWhy.At != nil {
		v.plausible("awareWhy.at", *inc.AwareWhy.At)
	}
}

func (v *validator) steps(inc *Incident) {
	keys := sortedKeys(inc.Steps)
	n := v.limit("steps", len(keys), MaxSteps)
	for _, k := range keys[:n] {
		s, p := inc.Steps[k], "steps["+strconv.Quote(k)+"]"
		v.id(p, k)
		known(v, p+".status", s.Status, StepStatuses, true)
		v.name(p+".owner", s.Owner)
		v.name(p+".doneBy", s.DoneBy)
		v.name(p+".enteredBy", s.EnteredBy)
		v.text(p+".note", s.Note)
		v.text(p+".evidence", s.Evidence)
		v.text(p+".naReason", s.NAReason)
		if s.Status == StepNA && s.NAReason == "" {
			v.ps.add(SeverityWarning, p+".naReason", CodeReasonMissing)
		}
		if s.DoneAt != nil {
			v.plausible(p+".doneAt", *s.DoneAt)
		}
		if s.EnteredAt != nil {
			v.plausible(p+".enteredAt", *s.EnteredAt)
		}
	}
	keys = sortedKeys(inc.Edits)
	n = v.limit("edits", len(keys), MaxEdits)
	for _, k := range keys[:n] {
		e, p := inc.Edits[k], "edits["+strconv.Quote(k)+"]"
		v.id(p, k)
		v.text(p+".text", e.Text)
		v.text(p+".base", e.Base)
	}
	keys = sortedKeys(inc.Unsubmitted)
	n = v.limit("unsubmitted", len(keys), MaxUnsubmitted)
	for _, k := range keys[:n] {
		p := "unsubmitted[" + strconv.Quote(k) + "]"
		v.id(p, k)
		v.text(p, inc.Unsubmitted[k])
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// plausible warns of an instant far from any real incident (a typo in the year).
func (v *validator) plausible(path string, t time.Time) {
	if y := t.Year(); y < minPlausibleYear || y > maxPlausibleYear {
		v.ps.add(SeverityWarning, path, CodeDateImplausible, v.when(t))
	}
}

// when writes an instant for a message, in the incident's time zone.
func (v *validator) when(t time.Time) string {
	return t.In(v.loc).Format("2006-01-02 15:04 -07:00")
}

// windowBeforeCause warns when the exposure window of a fault that opened
// the data (a setting, a defect, a publication) certainly began before the
// intrusion event, the instant that fault arose: the documents print the
// event as 発生日 and the window as 対象期間, one contradicting the other
// (149: 「2023年10月　設定の誤りの発生」, the first month the logs kept, for
// a period from April 2016).
func (v *validator) windowBeforeCause(inc *Incident) {
	switch inc.Cause.Kind {
	case CauseMisconfiguration, CauseDefect, CauseMispublication:
	default:
		return
	}
	from := inc.Exposure.From
	if from == "" || !from.Valid() {
		return
	}
	last, ok := from.Last(v.loc)
	if !ok {
		return
	}
	e, ok := inc.FirstEvent(EvIntrusion)
	if !ok || e.Planned {
		return
	}
	if day, _ := DateOf(e.At.In(v.loc)).First(v.loc); last.Before(day) {
		v.ps.add(SeverityWarning, "exposure.from", CodeWindowBeforeCause)
	}
}
