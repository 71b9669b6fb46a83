package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F1063: a document's title is the user's to rewrite, as a paragraph is: a
// Japanese notice of an organisation abroad opens its title with a note
// that it is a version for reference, which a company whose readers do
// read Japanese must be able to take out in the tool, not only in the
// exported file.
func TestTitleIsEditableAsAParagraph(t *testing.T) {
	inc := scenarios(t)["151-fi-subsidiary-therapy-records-stolen-years-ago-patients-extorted"]
	_, docs := builtDocs(t, inc)
	var d Document
	for _, x := range docs {
		if x.Kind == KindNotice && x.Lang == JA {
			d = x
			break
		}
	}
	if !strings.HasPrefix(d.Title, "【日本語参考版") {
		t.Fatalf("151's Japanese notice title = %q, want the reference note at its head", d.Title)
	}
	gen := d.Title
	mine := gen[strings.Index(gen, "】")+len("】"):]
	edits := map[string]incident.ParagraphEdit{}
	if !Edit(d, d.TitleID(), mine, edits, time.Now()) {
		t.Fatalf("Edit refused the title's id %q", d.TitleID())
	}
	if e := edits[d.TitleID()]; e.Base != gen || e.Text != mine {
		t.Fatalf("title edit = %+v, want base %q text %q", e, gen, mine)
	}
	out, cs := Apply(d, edits)
	if out.Title != mine || !out.TitleEdited || out.TitleGenerated != gen || len(cs) != 0 {
		t.Fatalf("applied: title %q edited %v generated %q conflicts %v", out.Title, out.TitleEdited, out.TitleGenerated, cs)
	}
	if txt := Text(out); !strings.Contains(txt, mine) || strings.Contains(txt, "日本語参考版") {
		t.Errorf("the exported text keeps the generated title:\n%s", txt[:min(len(txt), 300)])
	}
	if os := Orphans([]Document{d}, edits); len(os) != 0 {
		t.Errorf("the title's edit is listed as an orphan: %v", os)
	}
	// The facts give another title: both are kept, the user decides.
	d.Title = "別の表題"
	if _, cs := Apply(d, edits); len(cs) != 1 || cs[0].ParagraphID != d.TitleID() || cs[0].Generated != "別の表題" || cs[0].User != mine {
		t.Errorf("a changed generated title: conflicts %+v", cs)
	}
}
