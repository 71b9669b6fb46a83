package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Lint of the items stated for the persons: an item only some of them had,
// or only another data set's persons had, is not stated for all of them.

var (
	negatedJA = &lazyRegexp{expr: `含まれておりません|含まれていません|含まれません|対象となっておりません|対象ではありません|お尋ねすることは|一切ございません`}
	qualifyJA = &lazyRegexp{expr: `うち|一部|については|に加え|該当する|のみ|[0-9０-９,，]+名|別途`}
	negatedEN = &lazyRegexp{expr: `(?i)did not involve|not involved|never ask`}
	// A count as countWordsEN writes it: "4,300", "up to approx. 2.56
	// million" (138: a passport count in millions read as unqualified, F761).
	qualifyEN  = &lazyRegexp{expr: `(?i)\bfor (the )?(people|some)|\bsome of\b|differs by group|\((up to )?(approx\. )?\d[\d,.]*( million)? (people|persons?)\)|\(for (up to )?(approx\. )?\d[\d,.]*( million)? of the people involved\)|also have been`}
	cardWordJA = "カード情報"
)

// categoryAll: an item only some persons had is not stated for all: in a
// notice to the persons of one data set, an item of another set is named
// only to say it was not involved; elsewhere, a sentence naming an item that
// only a part of the persons had says whose (うち, 一部, the set, a count).
func (l *linter) categoryAll(d Document, pr Paragraph) {
	if l.rs == nil || d.Kind == KindCard {
		return // the card company's notice speaks of the card holders only
	}
	c := l.doc
	foreign, partial := l.partialItems(c, d.Lang)
	if len(foreign) == 0 && len(partial) == 0 {
		return
	}
	own := l.ownNames()
	var every []string // the names of every weighty item of the document's sets
	for _, s := range c.sets {
		for _, x := range s.Categories {
			every = append(every, l.itemNames(x.ID, d.Lang)...)
		}
	}
	l.once("category\x00"+c.key+"\x00"+d.Lang, d, pr, func(t string) (fs []found) {
		for _, s := range splitSentences(t, d.Lang) {
			// The organisation's own names (a 障害福祉課 desk, a clinic
			// named after its care) state no item of the persons' data.
			for _, n := range own {
				s = strings.ReplaceAll(s, n, "")
			}
			if !slices.ContainsFunc(foreign, func(n string) bool { return names(s, n, every) }) &&
				!slices.ContainsFunc(partial, func(n string) bool { return names(s, n, every) }) {
				continue // names no item: nothing to find (and no regexp run)
			}
			neg, qual := negatedJA, qualifyJA
			if d.Lang == EN {
				neg, qual = negatedEN, qualifyEN
			}
			if neg.MatchString(s) {
				continue
			}
			qualified := qual.MatchString(s) || containsAny(s, c.names)
			for _, name := range foreign {
				if names(s, name, every) && !qualified {
					fs = append(fs, found{CodeCategoryAll, SeverityError, txt(
						"この通知の対象となる方のデータに含まれない項目（"+name+"）が、対象の方の情報として記載されています："+shorten(s),
						"This notice states an item its readers' data did not include ("+name+"): "+shorten(s))})
				}
			}
			if qualified {
				continue
			}
			for _, name := range partial {
				if names(s, name, every) {
					fs = append(fs, found{CodeCategoryAll, SeverityError, txt(
						"一部の方だけに該当する項目（"+name+"）が、対象となる方全員に該当するかのように記載されています。誰に該当するか（データの名称・人数）を明記してください："+shorten(s),
						"An item only some persons had ("+name+") is stated as if it concerned everyone: say whose it was (the data set, how many): "+shorten(s))})
				}
			}
		}
		return fs
	})
}

// ownNames are the names of the organisation and of its contact desk, as
// the documents write them: the words of an item in them are no item.
func (l *linter) ownNames() []string {
	var out []string
	for _, n := range []string{l.inc.Org.Name, l.inc.Org.NameEn, l.inc.Contact.Name, l.inc.Contact.NameEn} {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	// The longest first: the desk's name often begins with the organisation's.
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// partialItems are the names of the items that are not the readers' (a
// notice to one data set: the other sets' items) and those only a part of
// the persons had (a document about everyone).
func (l *linter) partialItems(c docContext, lang string) (foreign, partial []string) {
	name := func(id string) []string { return l.itemNames(id, lang) }
	if c.reader != nil {
		mine := map[string]bool{}
		for _, s := range c.chain {
			for _, x := range s.Categories {
				mine[x.ID] = true
			}
		}
		// Two kinds the documents name alike (both logins read
		// 「ログインID・パスワード」, F691): a name the readers' own items
		// carry is theirs, whichever kind another set entered.
		mineNames := map[string]bool{}
		for id := range mine {
			for _, n := range name(id) {
				mineNames[n] = true
			}
		}
		for _, s := range c.sets {
			for _, x := range s.Categories {
				if !mine[x.ID] && x.ID != "other" {
					for _, n := range name(x.ID) {
						if !mineNames[n] && !slices.Contains(foreign, n) {
							foreign = append(foreign, n)
						}
					}
				}
			}
		}
		return foreign, nil
	}
	// Every top set (not part of another affected one) must have the item,
	// for all its persons, for it to be everyone's.
	var tops []*incident.DataSet
	for _, s := range c.sets {
		if s.Within == "" || !slices.ContainsFunc(c.sets, func(x *incident.DataSet) bool { return x.ID == s.Within }) {
			tops = append(tops, s)
		}
	}
	seen := map[string]bool{}
	for _, s := range c.sets {
		for _, x := range s.Categories {
			if seen[x.ID] || x.ID == "other" {
				continue
			}
			seen[x.ID] = true
			for _, n := range name(x.ID) {
				// Every top set has the item under this name, whichever of
				// the kinds named alike it entered (F691).
				all := true
				for _, t := range tops {
					i := slices.IndexFunc(t.Categories, func(y incident.Category) bool {
						return y.ID != "other" && slices.Contains(name(y.ID), n)
					})
					if i < 0 {
						all = false
						break
					}
					cp, sp, last := t.Categories[i].Persons, t.Persons.AsOf(c.day), t.Persons.Latest()
					if on := t.Categories[i].On; on != "" && c.day != "" && !on.OnOrBefore(c.day) {
						// The item's count was established after the
						// document's day (Category.On): the document could
						// not give it, and reads the item as the set's
						// persons' as the drafts do then (138: the card
						// holders counted on 1/4 named against the
						// announcement of 11/30, F762).
						cp = incident.Count{}
					}
					// An undated item counted as many as the set's latest
					// figure is everyone's, as asOf reads it.
					if cp.Known && sp.Known && cp.N < sp.N && !(t.Categories[i].On == "" && last.Known && cp.N >= last.N) {
						all = false
					}
				}
				if !all && !slices.Contains(partial, n) {
					partial = append(partial, n)
				}
			}
		}
	}
	return nil, partial
}

// itemNames are the names the documents give a weighty item of kind id.
func (l *linter) itemNames(id, lang string) []string {
	cat := l.rs.Category(id)
	if cat == nil || !weighty(cat) {
		return nil
	}
	n := cat.ReaderJA()
	if lang == EN {
		n = cat.ReaderEN()
	}
	out := []string{n}
	if cat.Has("card") && lang == JA {
		out = append(out, cardWordJA)
	}
	return out
}

// names says whether sentence s names the item called name, not counting
// a longer item's name that contains it ("login ID and password" in "login
// ID and password of a service with payment functions", F691).
func names(s, name string, longer []string) bool {
	for _, n := range longer {
		if n != name && strings.Contains(n, name) {
			s = strings.ReplaceAll(s, n, "")
		}
	}
	return strings.Contains(s, name)
}

// weighty: an item whose being stated for everyone misleads (card data,
// passwords, My Number and other numbers, bank data, special-care data):
// the plain items (name, address) are named in many other sentences.
func weighty(c *rules.Category) bool {
	for _, f := range []string{"card", "password", "mynumber", "id_number", "financial", "sensitive", "health", "gdpr_special"} {
		if c.Has(f) {
			return true
		}
	}
	return false
}
