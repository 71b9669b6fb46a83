package ui

import (
	"strings"
	"unicode"

	"breachdesk/app/draft"
)

// draftsExport is one way to write a document to a file.
type draftsExport struct {
	ext, mime string
	render    func(draft.Document) ([]byte, error)
}

// draftsExports by the name the export buttons carry in data-format.
var draftsExports = map[string]draftsExport{
	"docx": {"docx", mimeDOCX, draft.Word},
	"txt":  {"txt", "text/plain;charset=utf-8", textExport(draft.Text)},
	"md":   {"md", "text/markdown;charset=utf-8", textExport(draft.Markdown)},
	"html": {"html", "text/html;charset=utf-8", textExport(draft.HTMLPage)},
}

// mimeDOCX is the media type of a Word document.
const mimeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

func textExport(render func(draft.Document) string) func(draft.Document) ([]byte, error) {
	return func(d draft.Document) ([]byte, error) { return []byte(render(d)), nil }
}

// draftsFileName is a safe, descriptive file name for a document:
// "2026-05-14_<incident title>_notice-ja-email.txt". The title keeps only
// letters, digits and "-" (everything else, path separators and dots too,
// becomes "-"), and at most 40 characters of it.
func draftsFileName(title string, d draft.Document, ext string) string {
	var b strings.Builder
	if !d.Date.IsZero() {
		b.WriteString(d.Date.Format("2006-01-02"))
		b.WriteString("_")
	}
	if t := draftsSafeName(title, 40); t != "" {
		b.WriteString(t)
		b.WriteString("_")
	}
	id := d.ID
	if d.Kind != draft.KindPPC && d.Variant != "" {
		id += "-" + d.Variant
	}
	b.WriteString(draftsSafeName(id, 60))
	b.WriteString(".")
	b.WriteString(ext)
	return b.String()
}

// draftsSafeName keeps letters and digits of s (any script), turns every run of
// other characters into one "-", trims the dashes at both ends and cuts the
// result to max runes.
func draftsSafeName(s string, max int) string {
	var out []rune
	dash := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && len(out) > 0 {
				out = append(out, '-')
			}
			dash = false
			out = append(out, r)
			continue
		}
		dash = true
	}
	if len(out) > max {
		out = out[:max]
	}
	return strings.Trim(string(out), "-")
}
