package draft

import "strings"

// Align is where a paragraph stands on paper.
type Align int

// Alignments.
const (
	AlignStart Align = iota
	AlignCenter
	AlignEnd
)

// ParagraphAlign is where p stands when d is printed or written to Word.
// A Japanese letter or report puts the date and the sender of its letterhead
// on the right (the addressee stays on the left), 記 in the middle, and 敬具,
// 以上 and a closing signature on the right. Every other paragraph, and every
// paragraph of an English document (block style), starts at the left.
func ParagraphAlign(d Document, p Paragraph) Align {
	if d.Lang != JA {
		return AlignStart
	}
	rest := strings.TrimPrefix(p.ID, d.ID+"/")
	section, name, ok := strings.Cut(rest, "/")
	if !ok {
		return AlignStart
	}
	switch name {
	case "date", "from":
		if head, _ := SplitHead(d); len(head) > 0 && head[0].ID == d.ID+"/"+section {
			return AlignEnd
		}
	case "ki":
		return AlignCenter
	case "keigu", "ijo", "end", "signature":
		return AlignEnd
	}
	return AlignStart
}
