package draft

import (
	"slices"
	"strings"
	"unicode"

	"breachdesk/app/incident"
)

// setView is one affected data set as a document sees it on its date: its
// counts and status valid that day, and the set it is part of.
type setView struct {
	*incident.DataSet
	parent  *setView // the affected set it is part of (DataSet.Within), or nil
	persons incident.Count
	records incident.Count
	status  incident.Status
	since   incident.Date // the day the status began ("" = from the start)
}

func (s *setView) confirmed() bool { return s.status == incident.Confirmed }

// chain is the set and the sets it is part of, innermost first.
func (s *setView) chain() []*setView {
	var out []*setView
	for x := s; x != nil && !slices.Contains(out, x); x = x.parent {
		out = append(out, x)
	}
	return out
}

// categories are the set's own categories and those of the sets it is part
// of (the members whose card data leaked had their member data in it too),
// outermost first, each once.
func (s *setView) categories() []incident.Category {
	ch := s.chain()
	var out []incident.Category
	for i := len(ch) - 1; i >= 0; i-- {
		for _, c := range ch[i].Categories {
			if !slices.ContainsFunc(out, func(x incident.Category) bool { return sameCategory(x, c) }) {
				out = append(out, c)
			}
		}
	}
	return out
}

func sameCategory(a, b incident.Category) bool { return a.ID == b.ID && a.Other == b.Other }

// newSets are the data sets affected as of the facts' day (the facts are
// already as known on the document's day), in the incident's order.
func newSets(inc *incident.Incident) []*setView {
	var out []*setView
	by := map[string]*setView{}
	for _, d := range inc.Affected("") {
		s := &setView{DataSet: d, persons: d.Persons.Latest(), records: d.Records.Latest(), status: d.StatusOn(""), since: d.StatusSince()}
		out = append(out, s)
		by[d.ID] = s
	}
	for _, s := range out {
		if p, ok := by[s.Within]; ok && p != s {
			s.parent = p
		}
	}
	return out
}

// setByID returns the affected set with id, or nil.
func (v *view) setByID(id string) *setView {
	for _, s := range v.sets {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// data are the sets a document speaks of: a notice to the persons of one
// set, that set and those it is part of; otherwise the document's scope.
func (v *view) data() []*setView {
	if v.reader != nil {
		return v.reader.chain()
	}
	return v.scope
}

// tops are the sets of the scope that are not part of another set of it:
// their persons add up to the scope's.
func (v *view) tops() []*setView {
	var out []*setView
	for _, s := range v.scope {
		if s.parent == nil || !slices.Contains(v.scope, s.parent) {
			out = append(out, s)
		}
	}
	return out
}

// several: the document speaks of more than one data set, so that it names them.
func (v *view) several() bool { return len(v.scope) > 1 && v.reader == nil }

// persons is the number of persons the document speaks of on its day: the
// reader's set; the whole incident's (de-duplicated where the company gave
// that figure); or the sum over the scope. partial when a count is missing.
func (v *view) persons() (incident.Count, bool) {
	if v.reader != nil {
		return v.reader.persons, !v.reader.persons.Known
	}
	if len(v.scope) == len(v.sets) {
		return v.inc.Total("")
	}
	return sumOf(v.tops(), func(s *setView) incident.Count { return s.persons })
}

// toOne: a notice to the one person affected, known as one (47: a
// customer whose card slip an employee posted). It is addressed to them by
// name and tells no count.
func (v *view) toOne() bool {
	n, _ := v.persons()
	return v.kind == KindNotice && n.Known && n.N == 1
}

// oneOnly: the whole incident affects one known person. An announcement
// then does not list what leaked about them, nor ask them to be careful:
// published, their data repeats the harm to someone identifiable, and they
// are told in person (F135).
func (v *view) oneOnly() bool { return onePerson(v.inc) }

// onePerson: the incident concerns one person in all. Its announcement
// names no items and asks nothing of its readers (that person is told in
// person), and the lint does not ask for those items (F1241).
func onePerson(inc *incident.Incident) bool {
	n, _ := inc.Total("")
	return n.Known && n.N == 1
}

// askedInPerson: the item id of an announcement (the request to the
// persons) is left out because the one person is told in person.
func askedInPerson(inc *incident.Incident, d Document, id string) bool {
	return d.Kind == KindPublic && (id == "request" || id == "what-you-can-do") && onePerson(inc)
}

// records is the number of records, as persons.
func (v *view) records() (incident.Count, bool) {
	if v.reader != nil {
		return v.reader.records, !v.reader.records.Known
	}
	return sumOf(v.tops(), func(s *setView) incident.Count { return s.records })
}

func sumOf(sets []*setView, of func(*setView) incident.Count) (c incident.Count, partial bool) {
	for _, s := range sets {
		x := of(s)
		if !x.Known {
			partial = true
			continue
		}
		c.Known, c.N, c.Approx, c.Max = true, c.N+x.N, c.Approx || x.Approx, c.Max || x.Max
	}
	return c, partial
}

// possible: the leak is only possible (おそれ) for some set the document
// speaks of on its day (or nothing is affected yet).
func (v *view) possible() bool {
	if v.reader != nil && v.reader.confirmed() {
		// The reader's own set, part of a larger one still only possible,
		// is confirmed (115: the 2,449 whose records the logs show taken,
		// among 318,450 users, were told their data 「漏えいしたおそれ」):
		// what happened to their data is what their set says.
		return false
	}
	ds := v.data()
	for _, s := range ds {
		if !s.confirmed() {
			return true
		}
	}
	return len(ds) == 0
}

// confirmedSets are the sets of the document confirmed on its day, when
// others are only possible (else nil: the document speaks of all alike).
func (v *view) confirmedSets() []*setView {
	var yes []*setView
	ds := v.data()
	for _, s := range ds {
		if s.confirmed() {
			yes = append(yes, s)
		}
	}
	if len(yes) == len(ds) {
		return nil
	}
	return yes
}

// categoriesOf are the categories the document speaks of: the reader's (with
// those of the sets it is part of), or the scope's, each once.
func (v *view) categoriesOf() []incident.Category {
	if v.reader != nil {
		return v.reader.categories()
	}
	// An item held by several sets concerns the persons of each: its count
	// is their sum (of a set and a part of it holding it too, the larger),
	// and not known when one of them gives none (the item is then that
	// set's, for all its persons). The larger alone told 107's GDPR
	// notification that names concerned 212 of 2,139 people, the staff's
	// count, beside 1,900 business contacts whose names were there too.
	var out []incident.Category
	var from [][]*setView
	for _, s := range v.scope {
		for _, c := range s.Categories {
			j := slices.IndexFunc(out, func(x incident.Category) bool { return sameCategory(x, c) })
			if j < 0 {
				out = append(out, c)
				from = append(from, []*setView{s})
				continue
			}
			m := &out[j].Persons
			nested := slices.ContainsFunc(from[j], func(h *setView) bool {
				return slices.Contains(s.chain()[1:], h) || slices.Contains(h.chain()[1:], s)
			})
			from[j] = append(from[j], s)
			switch {
			case !m.Known:
			case !c.Persons.Known:
				*m = incident.Count{}
			case nested:
				if c.Persons.N > m.N {
					*m = c.Persons
				}
			default:
				m.N += c.Persons.N
				m.Approx = m.Approx || c.Persons.Approx
				m.Max = m.Max || c.Persons.Max
			}
		}
	}
	return out
}

// holders are the sets of the scope (or the reader's chain) that have a
// category satisfying has, and whether every person the document speaks of
// is in one of them: a category "for all" is in every top set, for all its
// persons.
func (v *view) holders(has func(incident.Category) bool) (sets []*setView, all bool) {
	if v.reader != nil {
		for _, s := range v.reader.chain() {
			for _, c := range s.Categories {
				if has(c) {
					return []*setView{s}, !c.Persons.Known || !s.persons.Known || c.Persons.N >= s.persons.N
				}
			}
		}
		return nil, false
	}
	all = true
	for _, s := range v.scope {
		for _, c := range s.Categories {
			if has(c) {
				sets = append(sets, s)
				break
			}
		}
	}
	for _, t := range v.tops() {
		// An item of the kind counted for all the set's persons covers
		// them all, and so does one not counted. A card item not counted
		// beside a card item counted for some is theirs, not everyone's
		// (117: card numbers read aloud by 17,649 of 152,311 callers, the
		// security codes some of them gave not counted: a code goes with a
		// card's number). An identity document image not counted beside
		// licence numbers of some (81) is still everyone's.
		fullKnown, some, uncounted, uncountedCard := false, false, false, false
		for _, c := range t.Categories {
			switch {
			case !has(c):
			case (!c.Persons.Known || !t.persons.Known) && v.carries(c, "card"):
				uncountedCard = true
			case !c.Persons.Known || !t.persons.Known:
				uncounted = true
			case c.Persons.N >= t.persons.N:
				fullKnown = true
			default:
				some = true
			}
		}
		all = all && (fullKnown || uncounted || uncountedCard && !some)
	}
	return sets, all && len(sets) > 0
}

// flagged is a test for categories carrying a flag of the rules.
func (v *view) flagged(flag string) func(incident.Category) bool {
	return func(c incident.Category) bool { return v.carries(c, flag) }
}

// setNameJA names a set for a Japanese document: the name the company gave
// it, or a placeholder.
func (v *view) setNameJA(s *setView) string {
	if n := strings.TrimSpace(s.Name); n != "" {
		return n
	}
	return v.fill("データの名称（"+s.ID+"）", "name of the data ("+s.ID+")")
}

// setNameEN names a set for an English document: its name when written in
// Latin letters, else a placeholder that quotes it (an English document
// carries no Japanese text the reader cannot read).
func (v *view) setNameEN(s *setView) string {
	n := strings.TrimSpace(s.Name)
	if n != "" && !nonLatin(n) {
		return n
	}
	if n == "" {
		n = s.ID
	}
	return v.fill("データの名称（英語）", "name in English of the group "+n)
}

// setRefEN names a set inside an English sentence. A name that begins as a
// heading does, with a capital followed by small letters ("Current and
// former employees - payroll"), is the user's label, not words of the
// sentence: it is quoted as the label of a group ("the group \"Current and
// former employees - payroll\""), never lowered (its first word may be a
// proper name: "Japanese expats"). A name that begins with a small letter or
// an acronym ("UK staff") reads as the sentence's own words and is kept.
func (v *view) setRefEN(s *setView) string {
	n := v.setNameEN(s)
	if headingCase(n) {
		return "the group \"" + n + "\""
	}
	return n
}

// headingCase: the text begins with a capital letter followed by a small
// one.
func headingCase(s string) bool {
	rs := []rune(s)
	return len(rs) > 1 && unicode.IsUpper(rs[0]) && unicode.IsLower(rs[1])
}

// whoJA names the persons of some sets with their number: "カード情報を登録した
// 会員（12,754名）", several joined by "及び".
func (v *view) whoJA(sets []*setView) string {
	var out []string
	for _, s := range sets {
		n := v.setNameJA(s)
		if s.persons.Known {
			n += "（" + countJA(s.persons) + "名）"
		}
		out = append(out, n)
	}
	return joinJA(out)
}

// joinJA joins a list as Japanese prose does: "A、B及びC".
func joinJA(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], "、") + "及び" + xs[len(xs)-1]
}

// whoEN names the persons of some sets with their number.
func (v *view) whoEN(sets []*setView) string {
	var out []string
	for _, s := range sets {
		n := v.setRefEN(s)
		if s.persons.Known {
			n += " (" + countEN(s.persons, "person", "people") + ")"
		}
		out = append(out, n)
	}
	return joinEN(out, "")
}

// sentOut: a wrong setting sent the information to recipients the company
// has identified, and it lay open to no one else (Cause.RecipientKnown,
// not online): an analytics or advertising tag that sent what patients
// typed and the pages they booked to an ad platform (104). Nothing could
// be "viewed from outside": the documents tell a sending, stopped.
func (v *view) sentOut() bool {
	// Shown on other users' screens is not sent (135: a job site's
	// profiles seen by the users' own employers, who use the service too).
	// Nor is what the company's own logs show being looked at or taken
	// in its system (149: a shared system let a group company's sales
	// staff look up customers the company held for its own business).
	return v.systemFault() && v.knownRecipients() && !v.shownToUsers() && !v.shownToStaff() && !v.viewedThere()
}

// viewedThere: the logs of the company's system show someone not entitled
// viewing or taking a set's data there (DataSet.AccessSeen yes): the data
// lay open to be looked at, it was not sent anywhere.
func (v *view) viewedThere() bool {
	sets, _ := v.accessSeen()
	return len(sets) > 0
}

// harvested: a system fault that anyone could use was used to take the
// data with an unlawful purpose, by people not identified (150: an API that
// answered with the account of any phone number, harvested into a table
// offered for sale). The data did not lie open to be looked at: it could
// be obtained, and was.
func (v *view) harvested() bool {
	return v.systemFault() && v.inc.Cause.UnlawfulPurpose == incident.Yes && !v.knownRecipients() &&
		!v.shownToUsers() && !v.shownToStaff() && !v.usersOnly()
}

// openToKnown: a system fault let those without access rights view the
// data, and no one else: other users of the service (usersOnly), or a
// recipient the company has identified who looked it up (knownRecipients,
// not sent: 149's group company staff). Neither 「外部から」 nor "exposed"
// is said of it.
func (v *view) openToKnown() bool {
	return v.usersOnly() || v.knownRecipients() && !v.sentOut()
}

// misusedFault: a system fault opened the data to people the company has
// identified (openToKnown), and they used it with an unlawful purpose
// (Cause.UnlawfulPurpose yes: Rules Art. 7(3)): 149's group company staff
// who knowingly looked up a rival's customers and used some for sales. The
// fault alone does not tell it: the documents name the misuse beside it.
func (v *view) misusedFault() bool {
	return v.systemFault() && v.inc.Cause.UnlawfulPurpose == incident.Yes && v.openToKnown()
}

// systemFault: the company's system itself opened the data, by a setting
// put wrong or by a defect in its program, with no attack: the data lay
// open (or was sent) while the fault lasted, and the containment is its
// correction. The two differ in what was corrected (fixedJA, fixedEN).
func (v *view) systemFault() bool {
	return v.cause() == incident.CauseMisconfiguration || v.cause() == incident.CauseDefect
}

// fixedJA is what was corrected to stop a system fault: the program for a
// defect (115: an API that did not check whose record was asked for was
// told as 「設定を修正し」), else the setting.
func (v *view) fixedJA() string {
	if v.cause() == incident.CauseDefect {
		return "プログラム"
	}
	return "設定"
}

// fixedEN is fixedJA in English.
func (v *view) fixedEN() string {
	if v.cause() == incident.CauseDefect {
		return "the program"
	}
	return "the setting"
}

// usersOnly: every set the document speaks of was said not to be viewable
// by anyone on the internet (ExposedOnline no): a wrong setting let other
// users of the service see it, not outsiders (78: an app's duplicated IDs
// showed children's data to other families), so 「外部から」 is not said.
func (v *view) usersOnly() bool {
	sets := v.data()
	if len(sets) == 0 {
		return false
	}
	for _, x := range sets {
		if x.Online() != incident.No {
			return false
		}
	}
	return true
}

// shownToStaff: every set the document speaks of could be seen only by
// the organisation's own staff with no business need (DataSet.SeenBy
// staff): a wrong access setting inside (137: interview bookings with
// their reasons open to every member of a university's staff for years).
// The documents say who could view it, 「業務上の必要のない教職員」, not a
// third party, and warn of no outsider's contact (F770).
func (v *view) shownToStaff() bool { return v.allSeenBy(incident.SeenByStaff) }

// shownToUsers: every set the document speaks of was seen only by other
// users of the company's service (DataSet.SeenBy users): a defect or a
// setting that put one user's data on another's screen (130: a cache
// returned one member's billing page to another). The documents say 「他の
// 利用者」, not 「外部から」 nor 「閲覧の権限のない方」.
func (v *view) shownToUsers() bool { return v.allSeenBy(incident.SeenByUsers) }

// allSeenBy: every set the document speaks of could be seen by who only
// (DataSet.SeenBy), and none of them online.
func (v *view) allSeenBy(who incident.SeenBy) bool {
	sets := v.data()
	if len(sets) == 0 {
		return false
	}
	for _, x := range sets {
		if x.SeenBy != who || x.Online() == incident.Yes {
			return false
		}
	}
	return true
}

// exposedOnline: a set the document covers was (or may have been) made
// viewable by anyone on the internet (DataSet.ExposedOnline: a leak site, a
// public page): the notice says so, since it changes what the reader should
// expect (27: data published by the attackers and spread on social media).
// sure: one of them is a confirmed leak; else it may have been.
func (v *view) exposedOnline() (exposed, sure bool) {
	for _, x := range v.data() {
		if x.Online() == incident.Yes {
			exposed = true
			sure = sure || x.confirmed()
		}
	}
	return exposed, sure
}
