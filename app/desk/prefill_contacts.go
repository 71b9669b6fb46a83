package desk

import (
	"strings"
	"unicode"
)

// prefillNameContact fills a name and a contact fact from one line of the
// readiness checklist, which asks for both in one field ("警視庁 サイバー犯罪
// 対策課 03-0000-0000"): the name is what comes before the first phone
// number or address, the contact the rest. It fills only facts still empty
// (both must be, so that a name typed for this incident never gets another
// desk's number beside it).
func prefillNameContact(name, contact *string, line string) {
	if *name != "" || *contact != "" {
		return
	}
	*name, *contact = splitNameContact(line)
}

// splitNameContact splits "name number-or-address" where the number or
// address begins: at a word (after a space, comma, 、, colon or an opening
// bracket) that starts with a digit or +, says 電話 / TEL, or holds an @.
// Without one, the whole line is the name.
func splitNameContact(line string) (name, contact string) {
	line = strings.TrimSpace(line)
	rs := []rune(line)
	for i := range rs {
		if i > 0 && !isContactSep(rs[i-1]) {
			continue
		}
		if isContactSep(rs[i]) || !startsContact(rs[i:]) {
			continue
		}
		name = strings.TrimRightFunc(string(rs[:i]), isContactSep)
		contact = strings.TrimSpace(string(rs[i:]))
		if strings.ContainsAny(string(rs[:i]), "(（") && !strings.ContainsAny(name, "(（") {
			// "窓口（03-…）": the bracket opened before the number closes after it.
			contact = strings.TrimSpace(strings.TrimRight(contact, ")）"))
		}
		return name, contact
	}
	return line, ""
}

func isContactSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",，、:：;；/(（", r)
}

// startsContact: a word that begins a phone number or an address.
func startsContact(rs []rune) bool {
	word := rs
	for i, r := range rs {
		if unicode.IsSpace(r) || strings.ContainsRune(",，、;；", r) {
			word = rs[:i]
			break
		}
	}
	w := string(word)
	if w == "" {
		return false
	}
	first := word[0]
	switch {
	case '0' <= first && first <= '9', '０' <= first && first <= '９', first == '+', first == '＋':
		return true
	case strings.ContainsRune(w, '@') || strings.ContainsRune(w, '＠'):
		return true
	}
	for _, p := range []string{"電話", "TEL", "Tel", "tel", "☎", "℡", "携帯", "内線"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
