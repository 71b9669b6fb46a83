package rules

// Text is a string in Japanese and English.
type Text struct {
	JA string `json:"ja"`
	EN string `json:"en"`
}

// Empty reports whether both languages are empty.
func (t Text) Empty() bool { return t.JA == "" && t.EN == "" }

// Citation says where a rule comes from: article or guideline section, and a
// source URL where the reference gives one.
type Citation struct {
	JA  string `json:"ja"`
	EN  string `json:"en"`
	URL string `json:"url,omitempty"`
}

// Text returns the citation as a Text.
func (c Citation) Text() Text { return Text{JA: c.JA, EN: c.EN} }
