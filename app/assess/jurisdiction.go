package assess

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// setResult is what one law says of one data set: its triggers' answers and
// whether it is reportable (an established exclusion makes it not).
type setResult struct {
	triggers   map[string]rules.Outcome
	reportable rules.Outcome
	excluded   *rules.Rule
}

// jurisdiction evaluates one law. applies is false when it clearly does not
// apply; na then says why.
func (r *run) jurisdiction(j *rules.Jurisdiction) (out Jurisdiction, applies bool, na rules.Text) {
	out = Jurisdiction{ID: j.ID, Name: j.Name, Law: j.Law, Regulator: j.Regulator, Clock: j.Clock, ClockText: j.ClockText}
	r.cur = j.ID
	defer func() { r.cur = "" }()
	out.LawDate, out.ClockAt, out.LawDateFromNow = r.lawDate(j.Clock, j.ID)
	out.LawVersion = j.VersionOn(out.LawDate)
	affected := r.inc.Affected("")
	e := r.env(affected, nil)
	// The sets the law is about: every affected set, or for a law reaching
	// the organisation only through the persons living in its places,
	// those that may hold such persons (F498: Korea's and China's rules
	// listed the registers of guests living in Japan).
	own, elsewhere := r.lawSets(j, out.LawDate, affected)
	r.apart = setIDs(elsewhere)
	defer func() { r.apart = nil }()

	// Does the law apply?
	inForce := rules.InForce(j.Applies, out.LawDate)
	if len(inForce) == 0 {
		return out, false, r.noRulesWhy(j, out.LawDate)
	}
	read := r.otherRead
	verdict := rules.Outcome{Truth: rules.False}
	outcomes := make([]rules.Outcome, len(inForce))
	for i, rule := range inForce {
		o := rule.When.Eval(e)
		outcomes[i] = o
		if o.Truth == rules.True {
			verdict = rules.Outcome{Truth: rules.True}
		} else if o.Truth == rules.Unknown && verdict.Truth != rules.True {
			verdict.Truth = rules.Unknown
			verdict.Needs = append(verdict.Needs, o.Needs...)
		}
	}
	// Whether it applies is open (where the persons live), but no situation
	// of the law holds for any data set whatever the answer: not
	// reportable, and nothing is asked for it (66: the persons' states
	// unknown, and neither e-mail nor an inquiry's text is personal
	// information under California's or New York's law, F226).
	none := verdict.Truth == rules.Unknown && r.noneReportable(j, out.LawDate, own)
	for i, rule := range inForce {
		o := outcomes[i]
		switch {
		case o.Truth == rules.False:
		case o.Truth == rules.Unknown && none:
			out.AppliesWhy = append(out.AppliesWhy, Reason{RuleID: rule.ID, Verdict: Unknown, Text: rule.Text, Citation: rule.Citation, ReliedOn: rule.ReliedOn})
		case o.Truth == rules.Unknown && verdict.Truth == rules.True:
			// The law applies by another test: what this one would need
			// cannot change that, so it is not asked for (52: an office in
			// Germany, never "does it offer goods to persons in the EU?").
			out.AppliesWhy = append(out.AppliesWhy, Reason{RuleID: rule.ID, Verdict: Unknown, Text: rule.Text, Citation: rule.Citation, ReliedOn: rule.ReliedOn})
		default:
			out.AppliesWhy = append(out.AppliesWhy, r.reason(rule, o))
		}
	}
	out.Applies = verdictOf(verdict.Truth)
	if verdict.Truth == rules.False {
		na := notApplicableWhy(inForce)
		if r.otherRead > read && r.unlessRead(inForce, affected, func(e *env) { e.strictOther = true }) {
			// Not applicable unless an item entered as "other" is the
			// law's data after all: said, and the item is to be classified.
			u := msg("na.unless.other", nil)
			na.JA += u.JA
			na.EN += " " + u.EN
		}
		if r.unlessRead(inForce, affected, func(e *env) { e.whole = true }) {
			// Not applicable because an item was entered as kept only in
			// part (a card number's last four digits): a reading the data
			// marks [U], said beside the reason (F1152).
			u := msg("na.unless.masked", nil)
			na.JA += u.JA
			na.EN += " " + u.EN
		}
		return out, false, na
	}
	if verdict.Truth == rules.Unknown {
		if none {
			out.Reportable = No
			out.Summary = msg("applies.unknown.none", nil)
			return out, true, rules.Text{}
		}
		// Only say what is missing; obligations wait until we know. When
		// no situation of the law holds for its sets on what is known, and
		// an item not classified could make one hold, classifying it
		// settles the question too: it is named beside where the persons
		// live (F499: 70 persons in the US, state not given, and business
		// cards with an "other" item). The law's other questions (the
		// harm, the risk) wait, as its duties do.
		needs := verdict.Needs
		if open, holds := r.openTriggers(j, out.LawDate, own); !holds {
			for _, n := range open {
				if n.Fact == "category" {
					needs = mergeNeeds(needs, []rules.FactRef{n})
				}
			}
		}
		out.Needs = r.need(needs)
		out.Reportable = Unknown
		out.Summary = msg("applies.unknown", vars{"needs": needList(out.Needs)})
		return out, true, rules.Text{}
	}

	// Is it reportable? Data set by data set.
	triggers := rules.InForce(j.Triggers, out.LawDate)
	exclusions := rules.InForce(j.Exclusions, out.LawDate)
	e.group = own
	e.sets = map[string]*setResult{}
	for _, d := range own {
		e.sets[d.ID] = r.setVerdict(d, own, triggers, exclusions)
	}
	rep := r.summarise(&out, own, e.sets, triggers, exclusions)
	r.elsewhere(&out, elsewhere)
	out.Reportable = verdictOf(rep.Truth)
	if rep.Truth == rules.Unknown {
		out.Needs = r.need(rep.Needs)
	}
	e.reportable = &rep
	if out.LawDateFromNow {
		out.Summary.JA += msg("clock.now", vars{"date": same(string(out.LawDate))}).JA
		out.Summary.EN += " " + msg("clock.now", vars{"date": same(string(out.LawDate))}).EN
	}

	// What follows?
	out.Obligations = r.obligations(j, e, out.LawDate)
	return out, true, rules.Text{}
}

// lawSets splits the affected sets into those the law is about (own) and
// those none of whose persons live in its places (elsewhere). A law of no
// place (the card rules), a law of a country where the organisation has an
// establishment, the home law of an organisation whose establishments are
// not entered, and a law that applies to it whoever's data it holds (its
// tests of application hold with no persons counted) are about every set;
// the home law of an organisation established only where no law is held
// (a Vietnamese subsidiary: Japan's, the first, is its home for the events
// that name no law) reaches it, as any other, through the persons living
// in its places (APPI Art. 171: the personal information of persons in
// Japan, F1321);
// any other reaches the organisation through the persons living in the
// places its tests of application count residents of (the law's own, and
// on some dates others: the UK under the GDPR until 2020), and a set whose
// residence rows place every person elsewhere is not its concern, as those
// counts already leave it out.
func (r *run) lawSets(j *rules.Jurisdiction, date rules.Date, affected []*incident.DataSet) (own, elsewhere []*incident.DataSet) {
	if len(j.Places) == 0 || j.ID == r.home && len(r.inc.Org.Establishments) == 0 {
		return affected, nil
	}
	e := r.env(affected, nil)
	for _, c := range r.inc.Org.Establishments {
		if e.inPlace(j.ID, c, "") {
			return affected, nil // an office there (the My Number Act beside APPI for a Japanese company)
		}
	}
	none := r.env(nil, nil)
	var places []string
	for _, rule := range rules.InForce(j.Applies, date) {
		if rule.When.Eval(none).Truth == rules.True {
			return affected, nil
		}
		for _, p := range rule.When.Args("residents") {
			if !slices.Contains(places, p) {
				places = append(places, p)
			}
		}
	}
	if len(places) == 0 {
		places = []string{j.ID}
	}
	for _, d := range affected {
		if slices.ContainsFunc(places, func(p string) bool { return e.mayLiveIn(d, p, affected) }) {
			own = append(own, d)
		} else {
			elsewhere = append(elsewhere, d)
		}
	}
	return own, elsewhere
}

// elsewhere adds to the law's answer the sets it is not about, each not
// reportable under it because none of its persons lives in its places.
func (r *run) elsewhere(out *Jurisdiction, sets []*incident.DataSet) {
	if len(sets) == 0 {
		return
	}
	for _, d := range sets {
		v := SetVerdict{ID: d.ID, Name: d.Name, Role: d.Role, Entrustor: d.Entrustor, Reportable: No, Elsewhere: true}
		if v.Role == "" {
			v.Role = incident.Controller
		}
		out.Sets = append(out.Sets, v)
	}
	// In the incident's order, as the law's own sets are.
	order := map[string]int{}
	for i := range r.inc.DataSets {
		order[r.inc.DataSets[i].ID] = i
	}
	slices.SortStableFunc(out.Sets, func(a, b SetVerdict) int { return order[a.ID] - order[b.ID] })
}

// openTriggers are the facts the law's triggers still need for its sets,
// and whether any trigger already holds for one of them (then whether it
// applies is the only question).
func (r *run) openTriggers(j *rules.Jurisdiction, date rules.Date, sets []*incident.DataSet) (needs []rules.FactRef, holds bool) {
	for _, d := range sets {
		se := r.env(sets, d)
		for _, rule := range rules.InForce(j.Triggers, date) {
			switch o := rule.When.Eval(se); o.Truth {
			case rules.True:
				return nil, true
			case rules.Unknown:
				needs = mergeNeeds(needs, o.Needs)
			}
		}
	}
	return needs, false
}

// noneReportable: the law has triggers in force and none of them can hold
// for any affected set (each is false, not unknown).
func (r *run) noneReportable(j *rules.Jurisdiction, date rules.Date, affected []*incident.DataSet) bool {
	triggers := rules.InForce(j.Triggers, date)
	if len(triggers) == 0 || len(affected) == 0 {
		return false
	}
	for _, d := range affected {
		se := r.env(affected, d)
		for _, rule := range triggers {
			if rule.When.Eval(se).Truth != rules.False {
				return false
			}
		}
	}
	return true
}

// setVerdict tests one data set against the law's triggers and exclusions.
func (r *run) setVerdict(d *incident.DataSet, affected []*incident.DataSet, triggers, exclusions []rules.Rule) *setResult {
	se := r.env(affected, d)
	sr := &setResult{triggers: map[string]rules.Outcome{}, reportable: rules.Outcome{Truth: rules.False}}
	for _, rule := range triggers {
		o := rule.When.Eval(se)
		sr.triggers[rule.ID] = o
		switch o.Truth {
		case rules.True:
			sr.reportable = rules.Outcome{Truth: rules.True}
		case rules.Unknown:
			if sr.reportable.Truth != rules.True {
				sr.reportable.Truth = rules.Unknown
				sr.reportable.Needs = mergeNeeds(sr.reportable.Needs, o.Needs)
			}
		}
	}
	for i := range exclusions {
		if exclusions[i].When.Eval(se).Truth == rules.True {
			sr.excluded = &exclusions[i]
			sr.reportable = rules.Outcome{Truth: rules.False}
			break
		}
	}
	return sr
}

// summarise fills the law's answer from its data sets' answers: the triggers
// with the sets they hold for, the exclusions, each set's verdict and the
// summary. An established exclusion removes one set; the case is reportable
// when any set is.
func (r *run) summarise(out *Jurisdiction, affected []*incident.DataSet, sets map[string]*setResult,
	triggers, exclusions []rules.Rule) rules.Outcome {
	rep := rules.Outcome{Truth: rules.False}
	var why, whyJA []string
	for _, rule := range triggers {
		agg := rules.Outcome{Truth: rules.False}
		var on []string
		for _, d := range affected {
			sr := sets[d.ID]
			o := sr.triggers[rule.ID]
			switch o.Truth {
			case rules.True:
				agg.Truth = rules.True
				on = append(on, d.ID)
			case rules.Unknown:
				if agg.Truth != rules.True {
					agg.Truth = rules.Unknown
					agg.Needs = mergeNeeds(agg.Needs, o.Needs)
				}
			}
		}
		reason := r.reason(rule, agg)
		reason.Sets = on
		out.Triggers = append(out.Triggers, reason)
		if agg.Truth == rules.True && anyReportable(on, sets) {
			// The summary names the rule (its short name, else its citation);
			// two triggers citing the same article are named once.
			name := rules.Text{JA: rule.Citation.JA, EN: rule.Citation.EN}
			if s := rule.ShortFor(r.inc.Org.Kind.IsPublic()); s != nil {
				name = *s
			}
			if !slices.Contains(why, name.EN) {
				why, whyJA = append(why, name.EN), append(whyJA, name.JA)
			}
		}
	}
	for _, rule := range exclusions {
		var on []string
		open := rules.Outcome{Truth: rules.False}
		for _, d := range affected {
			sr := sets[d.ID]
			if sr.excluded != nil && sr.excluded.ID == rule.ID {
				on = append(on, d.ID)
				continue
			}
			if sr.excluded != nil {
				continue // once one exclusion is established, the others' open questions do not matter
			}
			if o := rule.When.Eval(r.env(affected, d)); o.Truth == rules.Unknown {
				open.Truth = rules.Unknown
				open.Needs = mergeNeeds(open.Needs, o.Needs)
			}
		}
		switch {
		case len(on) > 0:
			reason := r.reason(rule, rules.Outcome{Truth: rules.True})
			reason.Sets = on
			out.Exclusions = append(out.Exclusions, reason)
		case open.Truth == rules.Unknown:
			out.Exclusions = append(out.Exclusions, r.reason(rule, open))
		}
	}
	excludedAll := len(affected) > 0
	var firstExcluded *rules.Rule
	for _, d := range affected {
		sr := sets[d.ID]
		v := SetVerdict{ID: d.ID, Name: d.Name, Role: d.Role, Entrustor: d.Entrustor, Reportable: verdictOf(sr.reportable.Truth)}
		if v.Role == "" {
			v.Role = incident.Controller
		}
		for _, rule := range triggers {
			if sr.triggers[rule.ID].Truth == rules.True {
				v.Triggers = append(v.Triggers, rule.ID)
			}
		}
		if sr.excluded != nil {
			v.Excluded = sr.excluded.ID
			if firstExcluded == nil {
				firstExcluded = sr.excluded
			}
		} else {
			excludedAll = false
		}
		if sr.reportable.Truth == rules.Unknown {
			v.Needs = r.need(sr.reportable.Needs)
		}
		out.Sets = append(out.Sets, v)
		switch sr.reportable.Truth {
		case rules.True:
			rep = rules.Outcome{Truth: rules.True}
		case rules.Unknown:
			if rep.Truth != rules.True {
				rep.Truth = rules.Unknown
				rep.Needs = mergeNeeds(rep.Needs, sr.reportable.Needs)
			}
		}
	}
	switch {
	case len(affected) == 0:
		out.Summary = msg("rep.nosets", nil)
	case len(triggers) == 0:
		out.Summary = msg("rep.norules", vars{"date": same(string(out.LawDate))})
	case excludedAll:
		out.Summary = msg("rep.excluded", vars{"why": firstExcluded.Text})
	case rep.Truth == rules.True:
		out.Summary = msg("rep.yes", vars{"why": rules.Text{JA: strings.Join(whyJA, "／"), EN: strings.Join(why, " / ")}})
	case rep.Truth == rules.Unknown:
		out.Summary = msg("rep.unknown", vars{"needs": needList(r.need(rep.Needs))})
	default:
		out.Summary = r.notReportable(affected, triggers)
	}
	return rep
}

// unlessRead: a test of application would be open or hold, not fail, were
// the items read otherwise (read sets it on the env): the law does not apply
// unless that reading is the right one. The readings asked: the free-text
// items not read as lacking the flags whose data has items of their own
// (strictOther: rules.Flag.OtherWords), and items kept only in part
// (masked) read as if affected whole (whole).
func (r *run) unlessRead(inForce []rules.Rule, affected []*incident.DataSet, read func(*env)) bool {
	e := r.env(affected, nil)
	e.otherRead = nil
	read(e)
	for _, rule := range inForce {
		if rule.When.Eval(e).Truth != rules.False {
			return true
		}
	}
	return false
}

// notReportable is the summary of a law none of whose reportable types
// holds, as a record that each was considered: the types for this kind of
// organisation (a type for private businesses only is not named to a public
// body), and the persons counted when a type has a threshold (148: a
// prefecture's 32 pupils against its 100; F952). Types that leave out
// information being acquired are named apart when that is why they fail
// (04: card numbers skimmed in 2023, before Rules Art. 7(3) took them in).
func (r *run) notReportable(affected []*incident.DataSet, triggers []rules.Rule) rules.Text {
	e := r.env(affected, nil)
	var ja, en, acqJA, acqEN []string
	threshold := false
	for _, rule := range triggers {
		if gateFails(rule.When, e, "org.kind") {
			continue
		}
		name := rules.Text{JA: rule.Citation.JA, EN: rule.Citation.EN}
		if s := rule.ShortFor(r.inc.Org.Kind.IsPublic()); s != nil {
			name = *s
		}
		if slices.Contains(en, name.EN) || slices.Contains(acqEN, name.EN) {
			continue
		}
		if gateFails(rule.When, e, "acquiring") {
			acqJA, acqEN = append(acqJA, name.JA), append(acqEN, name.EN)
			continue
		}
		ja, en = append(ja, name.JA), append(en, name.EN)
		threshold = threshold || usesFact(rule.When, "persons_held")
	}
	t := msg("rep.no", nil)
	switch {
	case len(en) == 1:
		t = msg("rep.no.type", vars{"types": rules.Text{JA: ja[0], EN: en[0]}})
	case len(en) > 1:
		t = msg("rep.no.types", vars{"types": rules.Text{JA: strings.Join(ja, "／"), EN: strings.Join(en, " / ")}})
	}
	if c, partial := e.held(); threshold && c.Known && !partial {
		n := msg("rep.no.persons", vars{"n": rules.Text{JA: incident.FormatCount(c, "ja"), EN: incident.FormatCount(c, "en")}})
		t.JA += n.JA
		t.EN += " " + n.EN
	}
	if len(acqEN) > 0 {
		n := msg("rep.no.acquiring", vars{"types": rules.Text{JA: strings.Join(acqJA, "／"), EN: strings.Join(acqEN, " / ")}})
		t.JA += n.JA
		t.EN += " " + n.EN
	}
	return t
}

// gateFails: the condition is a conjunction one of whose terms tests the
// fact and fails (Rules Art. 7(4)'s 1,000 persons, for private businesses,
// asked of a prefecture: org.kind).
func gateFails(c rules.Cond, e *env, fact string) bool {
	for _, t := range c.All {
		if t.Pred != nil && t.Pred.Fact == fact && t.Eval(e).Truth == rules.False {
			return true
		}
	}
	return false
}

// usesFact: a predicate of the condition tests the fact.
func usesFact(c rules.Cond, fact string) bool {
	if c.Pred != nil && c.Pred.Fact == fact {
		return true
	}
	if c.Not != nil && usesFact(*c.Not, fact) {
		return true
	}
	for _, t := range append(slices.Clone(c.All), c.Any...) {
		if usesFact(t, fact) {
			return true
		}
	}
	return false
}

func anyReportable(ids []string, sets map[string]*setResult) bool {
	for _, id := range ids {
		if sets[id].excluded == nil {
			return true
		}
	}
	return false
}

// noRulesWhy says that no rule of the law is encoded for the date of the
// facts, and from when there are.
func (r *run) noRulesWhy(j *rules.Jurisdiction, date rules.Date) rules.Text {
	from := ""
	for _, a := range j.Applies {
		if from == "" || string(a.From) < from {
			from = string(a.From)
		}
	}
	return msg("na.norules", vars{"date": same(string(date)), "from": same(from)})
}

// notApplicableWhy names the tests of application that all failed.
func notApplicableWhy(rs []rules.Rule) rules.Text {
	var ja, en []string
	for _, rule := range rs {
		t := rule.Text
		if rule.Short != nil {
			t = *rule.Short
		}
		ja, en = append(ja, "「"+strings.TrimSuffix(t.JA, "。")+"」"), append(en, "“"+strings.TrimSuffix(t.EN, ".")+"”")
	}
	return msg("na.none", vars{"tests": rules.Text{JA: strings.Join(ja, "、"), EN: strings.Join(en, "; ")}})
}

func mergeNeeds(a, b []rules.FactRef) []rules.FactRef {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

func (r *run) reason(rule rules.Rule, o rules.Outcome) Reason {
	rs := Reason{RuleID: rule.ID, Verdict: verdictOf(o.Truth), Text: rule.Text, Citation: rule.Citation, ReliedOn: rule.ReliedOn}
	if o.Truth == rules.Unknown {
		rs.Needs = r.need(o.Needs)
	}
	return rs
}

// setIDs are the ids of sets; nil for none.
func setIDs(sets []*incident.DataSet) map[string]bool {
	if len(sets) == 0 {
		return nil
	}
	ids := make(map[string]bool, len(sets))
	for _, d := range sets {
		ids[d.ID] = true
	}
	return ids
}
