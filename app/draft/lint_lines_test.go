package draft

import (
	"reflect"
	"testing"

	"breachdesk/app/assess"
)

// Figures and dates found line by line (and remembered per line) are those
// found in the whole text: in every paragraph of the drafts of the 1,000-event
// case, and in texts where a figure or the words around it run over a line
// break.
func TestFiguresAndDatesByLine(t *testing.T) {
	texts := []string{
		"",
		"\n",
		"約1,200名\n",
		"約1,200\n名の方",
		"1万\n人",
		"１，２００\n件",
		"about\n1,200 people",
		"approx.\n300 records",
		"1,200\npeople",
		"more than\n1,000 people were affected",
		"more than\n\n1,000 people",
		"合計\n1,000人超\n2026年6月1日\n2026-06-02\nJune 3, 2026\n2026年2月30日",
		"June 3, 2026\n2026年6月1日\n1,000 people\n約3千人。",
		"ログ解析 1 件目: 確認した。\n2026年6月1日 10:00 ログ解析 2 件目\n約3千\n人。\n1,000 people\n",
	}
	rs := mustRules(t)
	inc := loggedCase(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, p := range d.Paragraphs() {
			texts = append(texts, p.Text)
		}
	}
	l := &linter{figs: map[string][2][]figure{}, dateRefs: map[string][3][]dateRef{}}
	cut := 0
	for _, s := range texts {
		if got, want := l.figures(s), findFigures(s); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%.80q: by line %v, whole %v", s, got, want)
		}
		if got, want := l.datesIn(s), findDates(s); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%.80q: dates by line %v, whole %v", s, got, want)
		}
		cut += len(chunks(s, figureBreak)) - 1
	}
	if cut < 1000 {
		t.Errorf("the time lines were cut at %d line breaks only: nothing is remembered by line", cut)
	}
}
