package draft

import (
	"strings"
	"unicode/utf8"
)

// CodeCareless: something typed in haste reached a document, most often by
// the account the company wrote for the authorities (Story.Summary goes
// into the PPC report as written): markup ("<b>", "<script>"), emoji, or
// "??" and "!!".
const CodeCareless = "style.careless"

// careless reports the first hasty mark of a paragraph, in every document.
func (l *linter) careless(d Document, pr Paragraph) {
	l.once("careless", d, pr, func(t string) []found {
		m := carelessMark(t)
		if m == "" {
			m = hedgeMark(t)
		}
		if m == "" {
			return nil
		}
		return []found{{CodeCareless, SeverityWarning, txt(
			"急いで書いたままの表記（"+m+"）が文書に残っています。タグ、絵文字、「??」などは、提出・公表する文書には記載しません。",
			"Something typed in haste is left in the document ("+m+"): markup, emoji and \"??\" do not belong in a document that is sent or published.")}}
	})
}

// carelessMark is the first hasty mark of t: a tag-like "<b>" or "</b>"
// (a letter or a slash after "<", a ">" within the next 40 bytes), an
// emoji, a doubled "?" or "!" (full-width too), or a question to oneself in
// Japanese: a "？" (or a "?" next to Japanese text) before 。、 or ）
// (58: a count's source 「…名寄せ済み？。それまでの数…」 went into the PPC
// report as written); "" when there is none.
// One pass over t: the drafts are linted as the facts are typed.
func carelessMark(t string) string {
	prev := rune(0)
	for i, r := range t {
		switch {
		case r == '<' && i+1 < len(t) && (t[i+1] == '/' || t[i+1] >= 'a' && t[i+1] <= 'z' || t[i+1] >= 'A' && t[i+1] <= 'Z'):
			if end := strings.IndexByte(t[i:min(len(t), i+40)], '>'); end > 0 {
				return t[i : i+end+1]
			}
		case r >= 0x1F300 && r <= 0x1FAFF:
			return string(r)
		case (r == '?' || r == '!' || r == '？' || r == '！') && r == prev:
			return t[i-utf8.RuneLen(prev) : i+utf8.RuneLen(r)]
		case r == '？' || r == '?' && prev > 0x3000:
			next, _ := utf8.DecodeRuneInString(t[i+utf8.RuneLen(r):])
			if next == '。' || next == '、' || next == '）' || next == ')' {
				start := i
				if prev != 0 {
					start -= utf8.RuneLen(prev)
				}
				return t[start : i+utf8.RuneLen(r)]
			}
		}
		prev = r
	}
	return ""
}

// hedgeMark is a guess the user wrote to themselves, left in a document: 「た
// ぶん」 (多分, not 多分野), or a clause ending in 「かも」 (76: a count's source
// 「SNSの投稿で確認できた人数（ほかにも控えていた子がいるかも）」 went into the
// PPC report as written; 78: 「問い合わせのあった世帯から（たぶんもっと多い）」
// into the letter to the entrustor; 80: 「サービスの契約者数（ざっくり）」 as
// the count first reported); "" when there is none. 「かもしれません」 is a
// sentence, not a note.
func hedgeMark(t string) string {
	for _, w := range []string{"たぶん", "多分", "ざっくり"} {
		if i := strings.Index(t, w); i >= 0 && !strings.HasPrefix(t[i:], "多分野") {
			return w
		}
	}
	for rest, off := t, 0; ; {
		i := strings.Index(rest, "かも")
		if i < 0 {
			return ""
		}
		after := rest[i+len("かも"):]
		next, size := utf8.DecodeRuneInString(after) // size 0 at the end
		if after == "" || strings.ContainsRune("）)。、？?", next) {
			return t[off+i : off+i+len("かも")+size]
		}
		off += i + len("かも")
		rest = after
	}
}
