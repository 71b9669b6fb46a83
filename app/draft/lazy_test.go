package draft

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every lazily compiled expression of the package compiles, and the list
// below names every one the package declares (a new one must be added here,
// so that a typo in it fails this test rather than a user's first lint).
func TestLazyRegexps(t *testing.T) {
	all := lazyRegexps()
	for name, l := range all {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if l.get() == nil || l.get() != l.get() {
			t.Errorf("%s: compiled %p then %p; want one compilation", name, l.get(), l.get())
		}
	}
	declared := map[string]bool{}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, v := range vs.Values {
				// A package variable compiled with regexp.MustCompile runs
				// the compiler at start-up, before the first screen.
				if c, ok := v.(*ast.CallExpr); ok {
					if sel, ok := c.Fun.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "MustCompile") {
						if x, ok := sel.X.(*ast.Ident); ok && x.Name == "regexp" {
							t.Errorf("%s: %s is compiled at start-up; declare it as a lazyRegexp", f, vs.Names[i].Name)
						}
					}
				}
				if u, ok := v.(*ast.UnaryExpr); ok {
					if c, ok := u.X.(*ast.CompositeLit); ok {
						if id, ok := c.Type.(*ast.Ident); ok && id.Name == "lazyRegexp" {
							declared[vs.Names[i].Name] = true
						}
					}
				}
			}
			return true
		})
	}
	if len(declared) == 0 {
		t.Fatal("found no lazyRegexp declaration: the test reads the wrong files")
	}
	for name := range declared {
		if all[name] == nil {
			t.Errorf("%s is declared as a lazyRegexp but not listed in TestLazyRegexps", name)
		}
	}
	for name := range all {
		if !declared[name] {
			t.Errorf("%s is listed but not declared as a lazyRegexp", name)
		}
	}
}

// The switches that replaced maps answer as the maps did.
func TestSwitchTables(t *testing.T) {
	for _, k := range kinds {
		fnJA, ok := builderFor(k, JA)
		fnEN, _ := builderFor(k, EN)
		if !ok || fnJA == nil && fnEN == nil {
			t.Errorf("%s: no builder", k)
		}
		if fn, ok := builderFor(k, "fr"); !ok || fn != nil {
			t.Errorf("%s in fr: %v, %v", k, fn != nil, ok)
		}
		if len(Variants(k)) == 0 {
			t.Errorf("%s: no variant", k)
		}
	}
	if _, ok := builderFor("memo", JA); ok {
		t.Error("an unknown kind has a builder")
	}
	if !inEEA("DE") || !inEEA("NO") || inEEA("GB") || inEEA("") {
		t.Error("inEEA")
	}
	if severityRank(SeverityError) >= severityRank(SeverityWarning) || severityRank(SeverityWarning) >= severityRank(SeverityInfo) {
		t.Error("severityRank does not put errors first, then warnings, then information")
	}
	if placesJA("DE") != "ドイツ" || placesJA("XX") != "" || placeJA("US", "CA") != "米国（CA）" {
		t.Error("placesJA")
	}
	if glossEN("不明") != " (unknown)" || glossEN("x") != "" {
		t.Error("glossEN")
	}
}

// lazyRegexps are the package's lazily compiled expressions, by name.
func lazyRegexps() map[string]*lazyRegexp {
	return map[string]*lazyRegexp{
		"negatedJA": negatedJA, "dedupedRE": dedupedRE, "qualifyJA": qualifyJA, "negatedEN": negatedEN, "qualifyEN": qualifyEN,
		"estimatedNote": estimatedNote, "jargonJA": jargonJA, "politeEnd": politeEnd, "plainEnd": plainEnd,
		"closingBrackets": closingBrackets, "placeholder": placeholder, "unknownWord": unknownWord, "englishSentence": englishSentence, "forensicWord": forensicWord, "toldPersonsWord": toldPersonsWord, "policeWord": policeWord,
		"confirmedLater": confirmedLater, "assertJA": assertJA, "thingStolen": thingStolen, "staffCount": staffCount, "hands": hands, "documentAfter": documentAfter, "resetNote": resetNote, "periodNote": periodNote, "unconfirmedNote": unconfirmedNote, "hedgeJA": hedgeJA, "assertEN": assertEN,
		"hedgeEN": hedgeEN, "mailAddr": mailAddr, "attachRef": attachRef, "urlLike": urlLike,
		"sentenceEnd": sentenceEnd, "secretJA": secretJA, "requestJA": requestJA, "negationJA": negationJA,
		"secretEN": secretEN, "requestEN": requestEN, "negationEN": negationEN, "figJA": figJA, "figEN": figEN,
		"threshold": threshold, "thresholdEN": thresholdEN, "dateJA": dateJA, "dateISO": dateISO,
		"dateEN": dateEN, "mdSpecial": mdSpecial, "mdLineStart": mdLineStart,
		"mdScheme": mdScheme, "ourSubsidiary": ourSubsidiary, "remarkInName": remarkInName, "ruleRemark": ruleRemark, "remarkInWhy": remarkInWhy, "manyCompanies": manyCompanies, "noActionJA": noActionJA, "noActionEN": noActionEN, "unsureWord": unsureWord, "typedDoubt": typedDoubt, "musingWord": musingWord, "longAside": longAside, "tagWords": tagWords, "partlyWords": partlyWords, "acquirerWords": acquirerWords, "pressWords": pressWords, "postWords": postWords, "noPostWords": noPostWords, "policeWords": policeWords, "acronym": acronym, "nameNote": nameNote, "noteWords": noteWords,
	}
}
