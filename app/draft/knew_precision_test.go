package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// TestKnowingAsWellAsItIsKnown: a company that knew "about May 13" or "some
// time in May" (two people disagree on the day; nobody wrote it down) is not
// made to tell its customers, the PPC or an EU authority that it knew on
// May 13 exactly, or on May 1.
func TestKnowingAsWellAsItIsKnown(t *testing.T) {
	rs := mustRules(t)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	for _, c := range []struct {
		prec     incident.Precision
		at       time.Time
		ja, en   []string // what the texts say
		notJA    []string
		notEN    []string
		gdprText string
	}{
		{incident.Approx, time.Date(2026, 5, 13, 0, 0, 0, 0, tokyo),
			[]string{"2026年5月13日頃、"}, []string{"around May 13, 2026"},
			[]string{"2026年5月13日、"}, []string{"on May 13, 2026", "On about"}, "We became aware of the breach around May 13, 2026."},
		{incident.Month, time.Date(2026, 5, 1, 0, 0, 0, 0, tokyo),
			[]string{"2026年5月、"}, []string{"in May 2026"},
			[]string{"2026年5月1日"}, []string{"May 1, 2026", "on May 2026", "On May 2026"}, "We became aware of the breach in May 2026."},
	} {
		inc := scenarios(t)["01-travel-targeted-email"]
		for i := range inc.Events {
			if inc.Events[i].Kind == incident.EvAware {
				inc.Events[i].At, inc.Events[i].Precision = c.at, c.prec
			}
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if a.KnewPrecision != c.prec {
			t.Fatalf("%s: the assessment's knowing is %q", c.prec, a.KnewPrecision)
		}
		ja, _ := Build(Spec{Kind: KindNotice, Lang: JA}, inc, a, rs)
		en, _ := Build(Spec{Kind: KindNotice, Lang: EN}, inc, a, rs)
		jaText, enText := paraText(ja), paraText(en)
		for _, w := range c.ja {
			if !strings.Contains(jaText, w) {
				t.Errorf("%s: the Japanese notice lacks %q:\n%s", c.prec, w, jaText)
			}
		}
		for _, w := range c.notJA {
			if strings.Contains(jaText, w) {
				t.Errorf("%s: the Japanese notice says %q, a day that was not given:\n%s", c.prec, w, jaText)
			}
		}
		for _, w := range c.en {
			if !strings.Contains(enText, w) {
				t.Errorf("%s: the English notice lacks %q:\n%s", c.prec, w, enText)
			}
		}
		for _, w := range c.notEN {
			if strings.Contains(enText, w) {
				t.Errorf("%s: the English notice says %q:\n%s", c.prec, w, enText)
			}
		}
		ppc, _ := Build(Spec{Kind: KindPPC, Lang: JA}, inc, a, rs)
		if text := paraText(ppc); strings.Contains(text, "2026年5月13日 ") || c.prec == incident.Month && strings.Contains(text, "2026年5月1日") {
			t.Errorf("%s: the PPC report gives a day or a time that was not given:\n%s", c.prec, text)
		}
		v := &view{inc: inc, a: a, loc: tokyo}
		if got := v.knewOnEN(); !strings.Contains(c.gdprText, got) {
			t.Errorf("%s: knewOnEN = %q", c.prec, got)
		}
	}
}

// paraText is a document's paragraphs one a line, as written (Text wraps them).
func paraText(d Document) string {
	var b strings.Builder
	for _, p := range d.Paragraphs() {
		b.WriteString(p.Text + "\n")
	}
	return b.String()
}

// TestAwareWhyFindingAsKnown: the finding that asks why the later instant
// was taken as knowing names a knowing "about" a day as that day, without
// the 00:00 that only stands for "some time that day".
func TestAwareWhyFindingAsKnown(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	inc := complete(t)
	inc.AwareWhy = incident.Statement{}
	day := ""
	for i := range inc.Events {
		if e := &inc.Events[i]; e.Kind == incident.EvAware {
			d := e.At.In(tokyo)
			e.At, e.Precision = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, tokyo), incident.Approx
			day = d.Format("2006-01-02")
		}
	}
	for _, f := range lintOf(t, inc) {
		if f.Code != CodeAwareWhy {
			continue
		}
		if !strings.Contains(f.Message.EN, "took about "+day+" as") || !strings.Contains(f.Message.JA, "知った時を"+day+"頃とした") {
			t.Errorf("the finding does not name the knowing as about %s:\n%s\n%s", day, f.Message.EN, f.Message.JA)
		}
		return
	}
	t.Fatal("no finding asks why the knowing was taken")
}
