package draft

import (
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"breachdesk/app/incident"

	json "github.com/goccy/go-json"
)

// britishSpelling: British forms whose US spelling the English documents
// use (the documents spell as in the United States throughout: see
// TestEnglishDocumentsSpellOneWay).
var britishSpelling = regexp.MustCompile(`(?i)\b(organis(e|es|ed|ing|ation|ations|ational)|licences?|(un)?authoris(e|es|ed|ing|ation)|recognis(e|es|ed|ing)|apologis(e|es|ed|ing)|(pseudonym|anonym)is(e|es|ed|ing|ation)|minimis(e|es|ed|ing)|summaris(e|es|ed|ing)|categoris(e|ed|ing)|prioritis(e|ed|ing)|realis(e|es|ed|ing)|utilis(e|es|ed|ing)|centres?|behaviours?|labour|colours?|favour(s|ed|able)?|honour|enrol|enrols|enrolment|judgement|defence|offences?|programmes?|catalogues?|analys(e|ed|ing)|criticis(e|ed|ing)|fulfil|fulfils|fulfilment|cancell(ed|ing)|travell(ed|ing|er|ers)|whilst|learnt|spelt|practis(e|ed|ing)|grey|cheques?|ageing|modelling|labelled)\b`)

// properNames keep their own spelling: bodies named so by themselves.
var properNames = []string{"Ministry of Health, Labour and Welfare", "National Cyber Security Centre", "Australian Cyber Security Centre", "Ministry of Defence"}

// userStrings are every text of the facts of more than one word (the user's own words, which the
// documents quote as typed), longest first.
func userStrings(t *testing.T, inc *incident.Incident) []string {
	b, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case string:
			for _, l := range strings.Split(x, "\n") {
				if l = strings.TrimSpace(l); strings.Contains(l, " ") {
					out = append(out, l)
				}
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		case map[string]any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return slices.Compact(out)
}

// The English documents go to US state regulators and residents and to
// regulators and persons in the UK, the EU, Singapore, Australia …; a
// letter that spells "organisation" in one line and "unauthorized" in the
// next reads as pasted together. They spell as in the United States
// throughout (most of their words did already, and the US laws they quote
// do), except the names of bodies that spell themselves otherwise. The
// user's own words are quoted as typed and not checked here.
func TestEnglishDocumentsSpellOneWay(t *testing.T) {
	t.Parallel()
	seen := map[string][]string{}
	for name, p := range passes(t, true) {
		inc, docs := p.inc, p.docs
		users := userStrings(t, inc)
		for _, d := range docs {
			if d.Lang != EN {
				continue
			}
			var b strings.Builder
			b.WriteString(d.Title + "\n")
			for _, sc := range d.Sections {
				b.WriteString(sc.Heading + "\n")
				for _, pr := range sc.Paras {
					b.WriteString(pr.Text + "\n")
				}
			}
			text := b.String()
			for _, u := range users {
				text = strings.ReplaceAll(text, u, "")
			}
			for _, n := range properNames {
				text = strings.ReplaceAll(text, n, "")
			}
			for _, m := range britishSpelling.FindAllStringIndex(text, -1) {
				w := strings.ToLower(text[m[0]:m[1]])
				ctx := text[max(0, m[0]-40):min(len(text), m[1]+30)]
				if len(seen[w]) < 2 {
					seen[w] = append(seen[w], name+" "+d.ID+": …"+strings.ReplaceAll(ctx, "\n", " ")+"…")
				}
			}
		}
	}
	var ws []string
	for w := range seen {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		t.Errorf("British spelling %q in an English document:\n  %s", w, strings.Join(seen[w], "\n  "))
	}
}

// TestEnglishSourcesSpellOneWay looks where the scenarios may not reach:
// the string literals of the drafts and of the English catalog, and the
// English of checklists/ (the items' names, the duties, the playbook),
// except the notes on what a rule relies on and the sources, which quote
// them as written.
func TestEnglishSourcesSpellOneWay(t *testing.T) {
	check := func(where, s string) {
		for _, n := range properNames {
			s = strings.ReplaceAll(s, n, "")
		}
		if m := britishSpelling.FindString(s); m != "" {
			t.Errorf("%s: British spelling %q in %.120q", where, m, s)
		}
	}
	files, _ := filepath.Glob("*.go")
	cat, _ := filepath.Glob("../catalog/en_*.go")
	for _, f := range append(files, cat...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		file := fset.AddFile(f, -1, len(src))
		var sc scanner.Scanner
		sc.Init(file, src, nil, 0)
		for {
			pos, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.STRING && (strings.Contains(lit, " ") || !strings.ContainsAny(lit, "._")) {
				check(fset.Position(pos).String(), lit) // not an id ("data.pseudonymised", a finding's code)
			}
		}
	}
	jsons, _ := filepath.Glob("../../checklists/*.json")
	more, _ := filepath.Glob("../../checklists/*/*.json")
	for _, f := range append(jsons, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			continue // not this test's to judge (the rules' loader validates)
		}
		var walk func(x any, key string, quoted bool)
		walk = func(x any, key string, quoted bool) {
			switch x := x.(type) {
			case string:
				if key == "en" && !quoted {
					check(filepath.Base(f), x)
				}
			case []any:
				for _, y := range x {
					walk(y, key, quoted)
				}
			case map[string]any:
				for k, y := range x {
					walk(y, k, quoted || k == "relied_on" || k == "source" || k == "sources" || k == "url")
				}
			}
		}
		walk(v, "", false)
	}
}
