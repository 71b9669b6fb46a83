package assess

import (
	"slices"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// env gives the rules the facts of one incident, seen from a scope: the
// data sets in group (all the affected sets, or those of one entrustor) and,
// when set is not nil, one data set among them. Facts about data (its
// categories, encryption, role, status) are read from set when there is one,
// else from the group (a category "is involved" when any set has it); the
// number of persons and records is always the whole incident's (規則7条4号
// counts the persons of the situation, whatever set they are in); residents
// are counted in set, else in the group. The facts named in
// checklists/facts.json are read here; facts_test.go checks that every one is.
type env struct {
	inc    *incident.Incident
	set    *incident.DataSet
	group  []*incident.DataSet
	rs     *rules.Set
	events *timeline
	ref    time.Time // the instant the company knew, or now before it did
	// For obligations: the triggers and reportability of each set, and the
	// group's.
	sets       map[string]*setResult
	reportable *rules.Outcome
	// jur is the jurisdiction whose rules are evaluated ("" outside one);
	// jurHome, whether it is the home one, to which events naming no
	// jurisdiction belong (as for the events that fulfil a duty).
	jur     string
	jurHome bool
	// apart are the affected sets the law is not about (none of their
	// persons lives in its places): they count toward none of its numbers.
	apart map[string]bool
	// order is, for an obligation owed to each order, the order of this
	// instance (order.basis, order.kind read it); nil elsewhere.
	order *incident.Event
	// otherRead, when not nil, counts the free-text items read as not
	// carrying a flag (see flag).
	otherRead *int
	// strictOther: every free-text item may carry any flag (the reading
	// before OtherWords), to tell whether that reading decided an answer.
	strictOther bool
	// whole: an item kept only in part (masked) is read as if whole, to
	// tell whether the masking decided an answer.
	whole bool
}

func known(v rules.Value) rules.Value { v.Known = true; return v }

func tri(t incident.Tri) rules.Value {
	if t == incident.Unknown {
		return rules.Value{}
	}
	return known(rules.Value{Str: string(t)})
}

// triOr is tri with an unanswered question read as def (the facts whose
// vocabulary entry says "unanswered counts as …").
func triOr(t, def incident.Tri) rules.Value {
	if t == incident.Unknown {
		t = def
	}
	return tri(t)
}

func str(s string) rules.Value {
	if s == "" {
		return rules.Value{}
	}
	return known(rules.Value{Str: s})
}

func boolean(b bool) rules.Value { return known(rules.Value{Bool: b}) }

// scope is the data sets a fact about data is read from.
func (e *env) scope() []*incident.DataSet {
	if e.set != nil {
		return []*incident.DataSet{e.set}
	}
	return e.group
}

// described are the sets whose own properties (role, items, encryption)
// answer a question of them: the scope, or when every set is ruled out (34,
// 89), every set as stated. Asked of no set, the steps asked the user again
// for a role and items already given ("need: which kinds of personal
// data"). Counts of persons and residents still come from the scope: a
// ruled-out set brings no law in by its persons (TestChinaPIPLScope).
func (e *env) described() []*incident.DataSet {
	sets := e.scope()
	if len(sets) > 0 || len(e.inc.DataSets) == 0 || len(e.inc.Affected("")) > 0 {
		return sets
	}
	all := make([]*incident.DataSet, len(e.inc.DataSets))
	for i := range e.inc.DataSets {
		all[i] = &e.inc.DataSets[i]
	}
	return all
}

// Value implements rules.Env.
func (e *env) Value(p *rules.Pred) rules.Value {
	switch p.Fact {
	case "always":
		return boolean(true)
	case "persons":
		c, partial := e.inc.Total("")
		return bound(c, partial)
	case "persons_held":
		c, partial := e.held()
		return bound(c, partial)
	case "group.persons":
		c, partial := e.groupPersons()
		return bound(c, partial)
	case "acquiring":
		return e.each(p, func(d *incident.DataSet) rules.Value { return tri(e.acquiring(d)) })
	case "records":
		c, partial := e.inc.Records("")
		return bound(c, partial)
	case "residents":
		return e.residents(p.Arg, false)
	case "residents_outside":
		return e.residents(p.Arg, true)
	case "residents_abroad":
		return e.residents(e.abroadPlace(), true)
	case "targets":
		// A country not answered counts as yes (Organisation.Targets);
		// the argument is a country, or a jurisdiction's one country.
		country := p.Arg
		if j := e.rs.Jurisdiction(p.Arg); j != nil && len(j.Places) == 1 {
			country = j.Places[0].Country
		}
		return triOr(e.inc.Org.Targets[country], incident.Yes)
	case "establishment":
		if len(e.inc.Org.Establishments) == 0 {
			return rules.Value{}
		}
		for _, c := range e.inc.Org.Establishments {
			if e.inPlace(p.Arg, c, "") {
				return boolean(true)
			}
		}
		return boolean(false)
	case "org.kind":
		if e.inc.Org.Kind == "" {
			return str(string(incident.Private)) // "" means private (incident.OrgKind)
		}
		return str(string(e.inc.Org.Kind))
	case "org.sector":
		return e.sector(p)
	case "entrustor.kind":
		// The kind of the party a set is held for; its own data has none.
		return e.each(p, func(d *incident.DataSet) rules.Value {
			pt, ok := e.inc.Party(d.Entrustor)
			switch {
			case d.Role != incident.Processor:
				return known(rules.Value{Str: ""})
			case !ok || pt.OrgKind == "":
				return str(string(incident.Private)) // "" means private (incident.Party.OrgKind)
			}
			return str(string(pt.OrgKind))
		})
	case "known_before":
		day, err := time.ParseInLocation("2006-01-02", p.Arg, e.inc.Location())
		if err != nil || e.ref.IsZero() {
			return rules.Value{}
		}
		return boolean(e.ref.Before(day))
	case "role":
		// In a group, "role == processor" holds when the company handles any
		// of the data for an entrustor, "role == controller" when any is its own.
		return e.each(p, func(d *incident.DataSet) rules.Value {
			if d.Role == "" {
				return str(string(incident.Controller)) // "" means controller (incident.Role)
			}
			return str(string(d.Role))
		})
	case "cause":
		return str(string(e.inc.Cause.Kind))
	case "cause_at":
		if e.inc.Cause.At == "" {
			return str(string(incident.AtOwn)) // "" means own (incident.Cause.At)
		}
		return str(string(e.inc.Cause.At))
	case "unlawful_purpose":
		return tri(e.inc.Cause.UnlawfulPurpose)
	case "encryption":
		return e.each(p, func(d *incident.DataSet) rules.Value { return str(string(d.Encryption)) })
	case "recovered":
		return e.each(p, func(d *incident.DataSet) rules.Value { return tri(d.Recovered) })
	case "leak":
		return e.each(p, func(d *incident.DataSet) rules.Value {
			leak, _, _, _ := d.Kinds()
			return boolean(leak)
		})
	case "account_alone":
		// Whether an account number kept without its code could open the
		// account by itself (New York, F883): yes when one item says so;
		// a set without such an item answers no.
		return e.each(p, func(d *incident.DataSet) rules.Value {
			out := incident.No
			for _, c := range d.Categories {
				if !c.AccountNumber() {
					continue
				}
				switch c.AccessAlone {
				case incident.Yes:
					return tri(incident.Yes)
				case incident.Unknown:
					out = incident.Unknown
				}
			}
			return tri(out)
		})
	case "copy_held":
		return e.each(p, func(d *incident.DataSet) rules.Value { return tri(d.CopyHeld) })
	case "leak_loss_damage":
		// A 漏えい等 at all: a set not leaked whose same data is kept
		// elsewhere is neither lost nor damaged (General Guidelines
		// 3-5-1-3, jp.excl.copy_held); an unanswered copy counts as none,
		// as the exclusion applies only once established.
		return e.each(p, func(d *incident.DataSet) rules.Value {
			leak, _, _, _ := d.Kinds()
			return boolean(leak || d.CopyHeld != incident.Yes)
		})
	case "mn_system":
		return e.each(p, func(d *incident.DataSet) rules.Value { return tri(d.MNSystem) })
	case "exposed_online":
		if len(e.inc.DataSets) > 0 && len(e.inc.Affected("")) == 0 {
			// Every set ruled out: nothing of the case is online (34:
			// the removal step asked whether it was).
			return tri(incident.No)
		}
		return e.each(p, func(d *incident.DataSet) rules.Value { return tri(d.Online()) })
	case "persons_with":
		c, partial := e.personsWith(p.Arg)
		return bound(c, partial)
	case "pseudonymised":
		// Ordinary personal data unless the user says otherwise: pseudonymised
		// information is rare, and asking about it in every case is noise.
		return e.each(p, func(d *incident.DataSet) rules.Value { return triOr(d.Pseudonymised, incident.No) })
	case "exempt_purpose":
		// Ordinary business data unless the user says otherwise, as for
		// pseudonymised information: the exemption is for a few kinds of
		// organisation and only for data handled for their activity.
		return e.each(p, func(d *incident.DataSet) rules.Value { return triOr(d.ExemptPurpose, incident.No) })
	case "deceased":
		// Living persons unless the user says otherwise, as for
		// pseudonymised information: most sets are of the living.
		return e.each(p, func(d *incident.DataSet) rules.Value { return triOr(d.Deceased, incident.No) })
	case "status":
		return e.each(p, func(d *incident.DataSet) rules.Value {
			if len(d.Status) == 0 {
				return rules.Value{} // not stated: a rule that turns on it cannot tell yet
			}
			return str(string(d.StatusOn("")))
		})
	case "secondary_harm":
		return tri(e.inc.Risk.SecondaryHarm)
	case "risk.level":
		return str(e.inc.Risk.Level)
	case "serious_harm":
		return tri(e.inc.Risk.SeriousHarm)
	case "law_enforcement_delay":
		return tri(e.inc.Risk.LawEnforcementDelay)
	case "safety_at_risk":
		// Unanswered reads as no, as for notice_unreachable: the question
		// is on the facts page for the few cases it fits.
		return triOr(e.inc.Risk.SafetyAtRisk, incident.No)
	case "extortion":
		return triOr(e.inc.Risk.Extortion, incident.No)
	case "notice_unreachable":
		// Unanswered reads as no: a company that notifies mostly holds
		// the contact details; the question is on the facts page for
		// the cases where it does not (checklists/facts.json says so),
		// of the incident or of a set whose persons none can be told.
		return triOr(e.inc.NoticeUnreachable(), incident.No)
	case "category.*":
		return e.flag(p.Arg)
	case "category":
		return e.each(p, func(d *incident.DataSet) rules.Value {
			if len(d.Categories) == 0 {
				return rules.Value{}
			}
			for _, c := range d.Categories {
				if c.ID == p.Arg {
					return boolean(true)
				}
			}
			return boolean(false)
		})
	case "delegated":
		return boolean(e.delegate() != nil)
	case "card_merchant":
		return boolean(e.inc.Org.CardMerchant)
	case "card_issuer":
		// A financial institution that takes no cards and told no acquirer
		// holds card data as the cards' issuer (111: a bank's renewed cards
		// mailed to old addresses): the merchants' rules are not its own.
		return boolean(e.inc.CardIssuer())
	case "targets_eu":
		return tri(e.inc.Org.TargetsEU)
	case "art57_body":
		return tri(e.inc.Org.Art57Body)
	case "targets_jp":
		return triOr(e.inc.Org.TargetsJP, incident.Yes) // see Org.TargetsJP
	case "targets_uk":
		return tri(e.inc.Org.TargetsUK)
	case "order.basis":
		return orderFact(e.order, e.order != nil && e.order.OrderBasis != "", func(ev *incident.Event) string { return ev.OrderBasis })
	case "order.kind":
		return orderFact(e.order, e.order != nil && e.order.OrderKind != "", func(ev *incident.Event) string { return ev.OrderKind })
	case "event":
		// In a jurisdiction's rules, its own events only: a report filed with
		// another regulator (an EU authority's, recorded as a report_prelim
		// for "EU") is not a 速報 the PPC holds.
		k := incident.EventKind(p.Arg)
		if e.jur != "" {
			return boolean(e.events.firstFor(k, e.jur, e.jurHome) != nil)
		}
		return boolean(e.events.first(k) != nil)
	case "revised_after":
		// A figure of persons or records established on a day after the
		// first report of that kind (106: the final report of 1/13 said
		// 「調査中」, the forensic report of 1/20 fixed 28,639 persons).
		k := incident.EventKind(p.Arg)
		ev := e.events.first(k)
		if e.jur != "" {
			ev = e.events.firstFor(k, e.jur, e.jurHome)
		}
		if ev == nil {
			return boolean(false)
		}
		return boolean(e.revisedAfter(ev.Last(e.inc.Location())))
	case "ruled_out":
		return boolean(len(e.inc.DataSets) > 0 && len(e.inc.Affected("")) == 0)
	case "retention.exceeded":
		return e.each(p, e.exceeded)
	case "triggered":
		return e.triggered(p.Arg)
	case "established":
		// A situation found to hold; one not yet known is not (yet): a
		// duty that only its being established changes (the 確報's 60 days
		// for an unlawful purpose) is planned on the other reading.
		v := e.triggered(p.Arg)
		return boolean(v.Known && v.Bool)
	case "reportable":
		if e.set != nil {
			if r := e.sets[e.set.ID]; r != nil {
				return outcomeValue(r.reportable)
			}
			return rules.Value{}
		}
		if e.reportable == nil {
			return rules.Value{}
		}
		return outcomeValue(*e.reportable)
	}
	// Unknown facts are refused by rules validation; facts_test.go catches
	// a vocabulary entry this switch forgot.
	return rules.Value{Needs: []rules.FactRef{{Fact: unimplemented}}}
}

const unimplemented = "?unimplemented"

// orderFact is a field of the order an instance of a duty is owed to:
// "unstated" when the user did not enter it (a known answer: the rules
// read such an order as before the field existed, and say so); unknown
// outside an instance owed to an order.
func orderFact(ev *incident.Event, entered bool, of func(*incident.Event) string) rules.Value {
	switch {
	case ev == nil:
		return rules.Value{}
	case !entered:
		return known(rules.Value{Str: "unstated"})
	}
	return known(rules.Value{Str: of(ev)})
}

// bound is a count as a rule value: a partial sum is a lower bound.
func bound(c incident.Count, partial bool) rules.Value {
	if !c.Known {
		return rules.Value{}
	}
	return known(rules.Value{Num: c.N, AtLeast: partial})
}

// each reads a fact of the data sets in scope. Of one set, its value; of a
// group, a predicate holds when it holds for some set (a category "is
// involved" when any set has it, "role == processor" when any data is held
// for an entrustor), is unknown when it holds for none and some set cannot
// tell, and is false otherwise. What must hold of every set (exclusions,
// exceptions) is evaluated set by set instead.
func (e *env) each(p *rules.Pred, of func(*incident.DataSet) rules.Value) rules.Value {
	sets := e.described()
	if len(sets) == 0 {
		return rules.Value{}
	}
	if len(sets) == 1 {
		return of(sets[0])
	}
	var unknown *rules.Value
	for _, d := range sets {
		v := of(d)
		if !v.Known {
			if unknown == nil {
				unknown = &v
			}
			continue
		}
		if (&rules.Pred{Fact: p.Fact, Type: p.Type, Op: p.Op, Values: p.Values}).Eval(fixed{v}).Truth == rules.True {
			return v
		}
	}
	if unknown != nil {
		return *unknown
	}
	return of(sets[0]) // false for every set: any set's value answers false
}

// fixed is an Env answering one value, to test a predicate on one set.
type fixed struct{ v rules.Value }

func (f fixed) Value(*rules.Pred) rules.Value { return f.v }

func outcomeValue(o rules.Outcome) rules.Value {
	if o.Truth == rules.Unknown {
		return rules.Value{Needs: o.Needs}
	}
	return boolean(o.Truth == rules.True)
}

// triggered is whether a trigger holds for the set, or for any set of the
// group (unknown when none holds and some cannot tell yet).
func (e *env) triggered(rule string) rules.Value {
	out := rules.Outcome{Truth: rules.False}
	for _, d := range e.scope() {
		r := e.sets[d.ID]
		if r == nil {
			continue
		}
		o, ok := r.triggers[rule]
		if !ok {
			continue // not in force on the law date
		}
		switch o.Truth {
		case rules.True:
			return boolean(true)
		case rules.Unknown:
			out.Truth = rules.Unknown
			out.Needs = mergeNeeds(out.Needs, o.Needs)
		}
	}
	return outcomeValue(out)
}

// flag: does an affected category of the scope carry the flag? A free-text
// category ("other") or an id the rules do not know makes a "no" unknown.
func (e *env) flag(flag string) rules.Value {
	any, unclassified := false, false
	for _, d := range e.described() {
		for _, c := range d.Categories {
			any = true
			rc := e.rs.Category(c.ID)
			if rc == nil || rc.Unclassified {
				if len(c.Flags) == 0 {
					// Not this flag when the set says every item carrying
					// it was not involved (My Number listed as not
					// involved: a free-text item is no My Number), nor
					// when the flag's data has items of its own and the
					// text names none of them ("tax withholdings" is no
					// card number: the item is still to be classified).
					if e.flagNotInvolved(d, flag) {
						continue
					}
					if f := e.rs.Flag(flag); rc != nil && f != nil && !e.strictOther && !f.MayBeIn(c.Other) {
						if e.otherRead != nil {
							*e.otherRead++
						}
						continue
					}
					unclassified = true
				} else if slices.Contains(c.Flags, flag) {
					return boolean(true) // classified by the user
				}
				continue
			}
			if rc.HasAsKept(flag, c.Protection) || e.whole && rc.Has(flag) {
				return boolean(true)
			}
		}
	}
	switch {
	case !any:
		return rules.Value{}
	case unclassified:
		return rules.Value{Needs: []rules.FactRef{{Fact: "category", Arg: "other"}}}
	}
	return boolean(false)
}

// flagNotInvolved: the set lists as not involved every item of the
// vocabulary that carries the flag (and there is at least one), or the
// flag's key items (rules.Flag.KeyItems: no card number, no card data).
func (e *env) flagNotInvolved(d *incident.DataSet, flag string) bool {
	if f := e.rs.Flag(flag); f != nil && len(f.KeyItems) > 0 && !slices.ContainsFunc(f.KeyItems, func(id string) bool {
		return !slices.Contains(d.NotInvolved, id)
	}) {
		return true
	}
	n := 0
	for i := range e.rs.Categories {
		c := &e.rs.Categories[i]
		if c.Unclassified || !c.Has(flag) {
			continue
		}
		if !slices.Contains(d.NotInvolved, c.ID) {
			return false
		}
		n++
	}
	return n > 0
}

// sector is the organisation's sector as one of the fact's values: a sector
// the vocabulary does not list counts as "other"; none entered is unknown.
func (e *env) sector(p *rules.Pred) rules.Value {
	s := e.inc.Org.Sector
	if s == "" {
		return rules.Value{}
	}
	if f := e.rs.Fact(p.Fact); f != nil {
		for _, v := range f.Values {
			if v == s {
				return str(s)
			}
		}
	}
	return str("other")
}

// delegate is the first ministry the user marked as receiving the breach
// reports by delegation from the regulator, or nil.
func (e *env) delegate() *incident.Party {
	for i := range e.inc.Parties {
		if p := &e.inc.Parties[i]; p.Kind == incident.PartyMinistry && p.Delegated == incident.Yes {
			return p
		}
	}
	return nil
}

// acquiring: was the set's data being acquired rather than held? As stated,
// else as the cause says (web skimming takes what persons type in).
func (e *env) acquiring(d *incident.DataSet) incident.Tri {
	if d.Acquiring != incident.Unknown {
		return d.Acquiring
	}
	if e.inc.Cause.Kind == incident.CauseWebSkimming {
		return incident.Yes
	}
	return incident.No
}

// personsWith is the number of persons of the whole incident whose data of
// a category carrying flag was affected (特定個人情報漏えい等報告規則2条4号 counts the persons
// of the 特定個人情報, not of the situation): over the affected sets the
// company held that have such a category, the category's own count when it
// gives one (only some of the set), else the set's; a set within another
// such set is counted there. Partial when some such set has no count.
func (e *env) personsWith(flag string) (incident.Count, bool) {
	sets := e.inc.Affected("")
	with := map[string]*incident.Category{}
	for _, d := range sets {
		if e.acquiring(d) == incident.Yes {
			continue
		}
		for i := range d.Categories {
			c := &d.Categories[i]
			if rc := e.rs.Category(c.ID); rc != nil && !rc.Unclassified && rc.HasAsKept(flag, c.Protection) || slices.Contains(c.Flags, flag) {
				if with[d.ID] == nil || c.Persons.Known && (!with[d.ID].Persons.Known || c.Persons.N > with[d.ID].Persons.N) {
					with[d.ID] = c
				}
			}
		}
	}
	var n incident.Count
	partial := false
	for _, d := range sets {
		c := with[d.ID]
		if c == nil || d.Within != "" && with[d.Within] != nil {
			continue
		}
		v := c.Persons
		if !v.Known {
			v = d.Persons.Latest()
		}
		if !v.Known {
			partial = true
			continue
		}
		n.Known, n.N, n.Approx = true, n.N+v.N, n.Approx || v.Approx
	}
	if len(with) == 0 {
		for _, d := range sets {
			if len(d.Categories) == 0 {
				return incident.Count{}, false // the kinds of data are not known yet
			}
		}
		return incident.Count{Known: true}, false // no set has such data: nobody
	}
	return n, partial
}

// groupPersons is the number of persons of the sets in scope (one
// entrustor's sets, for a duty owed per entrustor): the sum of their latest
// counts, sets part of another set in scope left out; partial when some
// count is unknown.
func (e *env) groupPersons() (incident.Count, bool) {
	sets := e.scope()
	var c incident.Count
	partial := false
	for _, d := range sets {
		if d.Deceased == incident.Yes || d.Within != "" && slices.ContainsFunc(sets, func(x *incident.DataSet) bool { return x.ID == d.Within }) {
			continue // the deceased are not persons under APPI (Art. 2(1))
		}
		v := d.Persons.Latest()
		if !v.Known {
			partial = true
			continue
		}
		c.Known, c.N, c.Approx = true, c.N+v.N, c.Approx || v.Approx
	}
	return c, partial
}

// held is the number of persons of the sets whose data the company held
// (not being acquired, not of deceased persons), summed as incident.Total
// sums, or the company's own de-duplicated total when no set was left out.
func (e *env) held() (incident.Count, bool) {
	sets := e.inc.Affected("")
	left := func(d *incident.DataSet) bool {
		// Information being acquired (Rules Art. 7(3) only), and sets of
		// deceased persons, who are not persons under APPI (Art. 2(1)).
		// Nor does data outside APPI's duties count toward another set's
		// threshold: what a political, religious or press body handles for
		// that activity (Art. 57(1), a business's; 114: a roster entered as
		// such would have carried 271 recipients past 1,000), and
		// pseudonymised information (Art. 41(9); a business's: a public
		// body's is judged, jp.excl.pseudonymised, and counted, F1329).
		// Nor do the sets the law is not about: a foreign business's staff
		// abroad under APPI Art. 171 (F1321).
		return e.acquiring(d) == incident.Yes || d.Deceased == incident.Yes ||
			d.ExemptPurpose == incident.Yes && e.inc.Org.Art57Body == incident.Yes && !e.inc.Org.Kind.IsPublic() || d.Pseudonymised == incident.Yes && !e.inc.Org.Kind.IsPublic() ||
			e.apart[d.ID]
	}
	if !slices.ContainsFunc(sets, left) {
		return e.inc.Total("")
	}
	var c incident.Count
	partial := false
	for _, d := range sets {
		if left(d) {
			continue
		}
		if e.countedAbove(d, left) {
			continue
		}
		v := d.Persons.Latest()
		if !v.Known {
			partial = true
			continue
		}
		c.Known, c.N, c.Approx = true, c.N+v.N, c.Approx || v.Approx
	}
	return c, partial
}

// countedAbove: a set within another has its persons counted in a set it
// is part of, at any depth, that is not left out. A part of a set left out
// counts for itself (166: the key table entered within the pseudonymised
// purchase data it unlocks, the data left out by Art. 41(9), and the key's
// 1,184,233 persons went uncounted: 7(4) "cannot tell", F1329).
func (e *env) countedAbove(d *incident.DataSet, left func(*incident.DataSet) bool) bool {
	for seen := 0; d.Within != "" && seen < len(e.inc.DataSets); seen++ {
		p, ok := e.inc.DataSet(d.Within)
		if !ok {
			return false
		}
		if !left(p) {
			return true
		}
		d = p
	}
	return false
}

// revisedAfter reports whether a count of persons or records of an
// affected set was established on a day after the instant t (a revision
// dated that day or before may be in what was reported at t).
func (e *env) revisedAfter(t time.Time) bool {
	loc := e.inc.Location()
	after := func(f incident.Figure) bool {
		for _, r := range f {
			if first, ok := r.On.First(loc); ok && len(r.On) == len("2006-01-02") && first.After(t) {
				return true
			}
		}
		return false
	}
	for _, d := range e.inc.Affected("") {
		if after(d.Persons) || after(d.Records) {
			return true
		}
	}
	return false
}
