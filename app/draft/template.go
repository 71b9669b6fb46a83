package draft

import (
	"fmt"
	"strings"
	"sync"

	json "github.com/goccy/go-json"

	"breachdesk/app/rules"
	"breachdesk/checklists"
)

// Template is the item list of one document (checklists/templates/documents.json).
type Template struct {
	Kind     Kind           `json:"kind"`
	Lang     string         `json:"lang"`
	Numbered bool           `json:"numbered,omitempty"` // headings are numbered 1., 2., ...
	Citation rules.Citation `json:"citation"`
	ReliedOn *rules.Text    `json:"relied_on,omitempty"`
	Sections []Item         `json:"sections"`
	Adds     []Addition     `json:"additions,omitempty"`
}

// Item is one section of a template: its heading and whether the law requires it.
type Item struct {
	ID       string          `json:"id"`
	Heading  string          `json:"heading"`
	Required bool            `json:"required,omitempty"`
	Citation *rules.Citation `json:"citation,omitempty"`
	// MyNumber is the item as the report made under the My Number Act
	// alone has it (特定個人情報の漏えい等に関する報告: its items, 特定個人情報漏えい等報告規則
	// 3条1項, name 特定個人情報 where APPI's name 個人データ); an empty heading
	// keeps the item's own.
	MyNumber *ItemVariant `json:"mynumber,omitempty"`
	// Public is the item as a public body's report has it (行政機関等:
	// APPI Art. 68(1) speaks of 保有個人情報, not 個人データ); an empty
	// heading keeps the item's own.
	Public *ItemVariant `json:"public,omitempty"`
}

// ItemVariant is another heading and citation of an item, with what they rest on.
type ItemVariant struct {
	Heading  string          `json:"heading,omitempty"`
	Citation *rules.Citation `json:"citation,omitempty"`
	ReliedOn *rules.Text     `json:"relied_on,omitempty"`
}

// Addition is a paragraph added when the assessment has one of the obligations
// (applies yes) and, if flags are given, the data has a category with one of them.
type Addition struct {
	ID       string         `json:"id"`
	Section  string         `json:"section"`
	When     AdditionWhen   `json:"when"`
	Citation rules.Citation `json:"citation"`
	ReliedOn *rules.Text    `json:"relied_on,omitempty"`
}

// AdditionWhen is the condition of an Addition.
type AdditionWhen struct {
	Obligations []string `json:"obligations"`
	Flags       []string `json:"flags,omitempty"`
}

type templatesFile struct {
	About         rules.Text `json:"about"`
	Documents     []Template `json:"documents"`
	CreditBureaus struct {
		ReliedOn rules.Text `json:"relied_on"`
		Lines    []string   `json:"lines"`
	} `json:"credit_bureaus"`
	// NYAgencies are the state and federal agencies a notice to New York
	// residents names (GBL 899-aa(7)).
	NYAgencies struct {
		ReliedOn rules.Text `json:"relied_on"`
		Lines    []string   `json:"lines"`
	} `json:"ny_agencies"`
}

var (
	tplOnce sync.Once
	tplFile templatesFile
	tplErr  error
)

// templates loads checklists/templates/documents.json once.
func templates() (*templatesFile, error) {
	tplOnce.Do(func() {
		b, err := checklists.Templates.ReadFile("templates/documents.json")
		if err == nil {
			dec := json.NewDecoder(strings.NewReader(string(b)))
			dec.DisallowUnknownFields()
			err = dec.Decode(&tplFile)
		}
		if err != nil {
			tplErr = fmt.Errorf("checklists/templates/documents.json: %w", err)
		}
	})
	return &tplFile, tplErr
}

// TemplateFor returns the item list of a document kind in a language.
func TemplateFor(k Kind, lang string) (*Template, error) {
	f, err := templates()
	if err != nil {
		return nil, err
	}
	for i := range f.Documents {
		if t := &f.Documents[i]; t.Kind == k && t.Lang == lang {
			return t, nil
		}
	}
	return nil, fmt.Errorf("draft: no template for %s in %q", k, lang)
}

// cite is a citation in the document's language.
func cite(c rules.Citation, lang string) string {
	if lang == JA {
		return c.JA
	}
	return c.EN
}
