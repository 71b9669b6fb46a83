package draft

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// kinds are the kinds of document Build writes.
var kinds = [...]Kind{KindNotice, KindPPC, KindMinistry, KindGDPR33, KindGDPR34, KindNDB, KindEntrustor, KindPolice, KindCard, KindPublic}

// builderFor returns what writes kind k in lang: known is false for a kind
// Build does not write, fn nil for a language the kind is not written in.
// (A switch rather than a map: nothing to build when the app starts.)
func builderFor(k Kind, lang string) (fn func(*builder), known bool) {
	var ja, en func(*builder)
	switch k {
	case KindNotice:
		ja, en = noticeJA, noticeEN
	case KindPPC:
		ja = ppcReport
	case KindMinistry:
		ja = ministryReport
	case KindGDPR33:
		en = gdprArt33
	case KindGDPR34:
		en = gdprArt34
	case KindNDB:
		en = ndbStatement
	case KindEntrustor:
		ja = entrustorNotice
	case KindPolice:
		ja, en = policeMemo, policeMemoEN
	case KindCard:
		ja, en = cardNotice, cardNoticeEN
	case KindPublic:
		ja, en = publicJA, publicEN
	default:
		return nil, false
	}
	switch lang {
	case JA:
		return ja, true
	case EN:
		return en, true
	}
	return nil, true
}

// Variants returns the variants of a kind, the default first ("" only, for
// kinds without variants).
func Variants(k Kind) []string {
	switch k {
	case KindNotice:
		return []string{VariantEmail, VariantLetter, VariantWeb}
	case KindPPC:
		return []string{VariantPrelim, VariantFinal}
	case KindPublic:
		return []string{VariantWeb, VariantPress}
	}
	return []string{VariantNone}
}

// Build writes one document from the facts and the assessment. It is a pure
// function: the same arguments give the same document. Build does not check
// that the document applies to the facts (see Available).
func Build(s Spec, inc *incident.Incident, a assess.Assessment, rs *rules.Set) (Document, error) {
	return build(s, inc, a, rs, nil)
}

// build is Build, with the facts as known at each instant kept in known
// (nil: none kept) for the next document dated the same.
func build(s Spec, inc *incident.Incident, a assess.Assessment, rs *rules.Set, memo knownMemo) (Document, error) {
	fn, kindKnown := builderFor(s.Kind, s.Lang)
	if !kindKnown {
		return Document{}, fmt.Errorf("draft: unknown document kind %q", s.Kind)
	}
	if fn == nil {
		return Document{}, fmt.Errorf("draft: %s is not written in %q", s.Kind, s.Lang)
	}
	if s.Variant == VariantNone {
		s.Variant = Variants(s.Kind)[0]
	}
	valid := false
	for _, v := range Variants(s.Kind) {
		valid = valid || v == s.Variant
	}
	if !valid {
		return Document{}, fmt.Errorf("draft: %s has no variant %q", s.Kind, s.Variant)
	}
	if inc == nil || rs == nil {
		return Document{}, fmt.Errorf("draft: no facts or no rules")
	}
	planned := plannedKinds(inc)
	inc = inc.Done() // a step only planned is no fact a document states
	tpl, err := TemplateFor(s.Kind, s.Lang)
	if err != nil {
		return Document{}, err
	}
	date := s.Date
	if date.IsZero() {
		date = dateFor(s, inc, a.Now)
	}
	known, then := memo.knownAt(inc, a, rs, date, ownEventID(s, inc, date))
	v := newView(known, then, rs, s, date)
	v.knewLater = a.Knew != nil && then.Knew == nil
	v.knownAt = func(cut time.Time) (*incident.Incident, assess.Assessment) { return memo.knownAt(inc, a, rs, cut, "") }
	if e, ok := ownEvent(s, inc, date); ok {
		v.ownParty = e.Party // the document's own event is not among what it knows, but whom it went to is
	}
	if !date.Before(a.Now) {
		v.planned = planned // known as undated events are: to a document of now, not of the past (see knownAt)
	}
	b := &builder{tpl: tpl, v: v, doc: Document{
		ID: s.DocID(), Kind: s.Kind, Lang: s.Lang, Variant: s.Variant, Date: v.date,
		Citation: cite(tpl.Citation, s.Lang), Party: s.Party, Set: s.Set, Follow: s.Follow, Place: s.Place, Subject: v.subject(s),
	}}
	fn(b)
	return b.finish(), nil
}

// plannedKinds are the kinds of inc's planned events (nil: none).
func plannedKinds(inc *incident.Incident) map[incident.EventKind]bool {
	var ks map[incident.EventKind]bool
	for _, e := range inc.Events {
		if e.Planned {
			if ks == nil {
				ks = map[incident.EventKind]bool{}
			}
			ks[e.Kind] = true
		}
	}
	return ks
}

// subject names the party or data set of a spec that has one.
func (v *view) subject(s Spec) string {
	switch {
	case s.Party != "":
		if p, ok := v.inc.Party(s.Party); ok && strings.TrimSpace(p.Name) != "" {
			return strings.TrimSpace(p.Name)
		}
		return s.Party
	case s.Place != "" && s.Kind == KindGDPR33:
		// One notification to each authority: whom it goes to.
		return v.gdprAuthoritySubject(s.Place)
	case s.Place != "":
		// The residents' own version: "Massachusetts residents", and of
		// which set when the sets are told apart.
		who := placeResidentsEN(s.Place)
		if s.Set != "" {
			name := s.Set
			if v.reader != nil {
				name = v.setNameEN(v.reader)
			}
			who = name + " — " + who
		}
		return who
	case s.Set != "":
		if v.reader != nil {
			if v.lang == EN {
				return v.setNameEN(v.reader)
			}
			return v.setNameJA(v.reader)
		}
		return s.Set
	}
	return ""
}

// BuildAll builds every document Available for the facts, in every variant,
// each dated at its own event when it went out by date (see DatedAt), else
// date, with the user's edits applied; it returns the conflicts too (changed
// under an edit, or orphaned: see Apply and Orphans).
func BuildAll(inc *incident.Incident, a assess.Assessment, rs *rules.Set, date time.Time) ([]Document, []Conflict, error) {
	b := NewAllBuilder(inc, a, rs, date)
	for {
		_, ok, err := b.Next()
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			break
		}
	}
	docs, conflicts := b.Result()
	return docs, conflicts, nil
}

// AllBuilder is BuildAll a document at a time, for a page that derives a
// large incident's drafts between frames: Next until it reports false, then
// Result gives what BuildAll gives.
type AllBuilder struct {
	inc       *incident.Incident
	a         assess.Assessment
	rs        *rules.Set
	specs     []Spec
	memo      knownMemo
	docs      []Document
	conflicts []Conflict
}

// NewAllBuilder lists the documents BuildAll would build; none is built yet.
func NewAllBuilder(inc *incident.Incident, a assess.Assessment, rs *rules.Set, date time.Time) *AllBuilder {
	b := &AllBuilder{inc: inc, a: a, rs: rs, memo: knownMemo{}}
	done := inc.Done()
	for _, s := range Available(done, a) {
		for _, vr := range Variants(s.Kind) {
			s.Variant = vr
			s.Date = dateFor(s, done, date)
			b.specs = append(b.specs, s)
		}
	}
	return b
}

// Len is how many documents there are to build.
func (b *AllBuilder) Len() int { return len(b.specs) }

// Next builds the next document, with the user's edits applied; false when
// every one is built.
func (b *AllBuilder) Next() (Document, bool, error) {
	i := len(b.docs)
	if i == len(b.specs) {
		return Document{}, false, nil
	}
	d, err := build(b.specs[i], b.inc, b.a, b.rs, b.memo)
	if err != nil {
		return Document{}, false, err
	}
	d, cs := Apply(d, b.inc.Edits)
	b.docs = append(b.docs, d)
	b.conflicts = append(b.conflicts, cs...)
	return d, true, nil
}

// Result is the documents built and their conflicts, orphaned edits
// included (call it once Next reports false).
func (b *AllBuilder) Result() ([]Document, []Conflict) {
	return b.docs, dedupeConflicts(append(slices.Clip(b.conflicts), Orphans(b.docs, b.inc.Edits)...))
}

// ownEventID is the id of the event that records the document of s, dated
// date, going out — which the document does not list about itself — or "".
// The police memo is the record of the consultation: its date (初回のご相談)
// is part of what it states, so it keeps its event.
func ownEventID(s Spec, inc *incident.Incident, date time.Time) string {
	if s.Kind == KindPolice {
		return ""
	}
	if e, ok := ownEvent(s, inc, date); ok && e.DayEnd(inc.Location()).Equal(date) {
		return e.ID
	}
	if e, ok := undatedOwnEvent(s, inc); ok {
		return e.ID // sent on a day nobody wrote down: the document does not list itself either
	}
	return ""
}
