package draft_test

import (
	"fmt"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// exampleCase is an e-mail with 1,500 customers' names and addresses sent
// to the wrong list, known on 1 May 2026 at 10:00 in Tokyo (the facts as
// stored: incident.Decode reads and checks them), with the engine's answer
// three days later.
func exampleCase() (*incident.Incident, assess.Assessment, *rules.Set) {
	rs, err := rules.Default()
	if err != nil {
		panic(err)
	}
	inc, err := incident.Decode([]byte(`{"schema": 2, "id": "example", "timeZone": "Asia/Tokyo",
		"org": {"name": "例示商事株式会社", "kind": "private", "establishments": ["JP"]},
		"events": [{"id": "aware", "kind": "aware", "at": "2026-05-01T10:00:00+09:00"}],
		"dataSets": [{"id": "customers", "role": "controller",
			"categories": [{"id": "name"}, {"id": "email"}],
			"persons": [{"known": true, "n": 1500}], "records": [{"known": true, "n": 1500}],
			"encryption": "none", "recovered": "no",
			"residence": [{"country": "JP", "persons": {"known": true, "n": 1500}}]}],
		"cause": {"kind": "misdelivery", "unlawfulPurpose": "no"}}`))
	if err != nil {
		panic(err)
	}
	return inc, assess.Evaluate(inc, rs, time.Date(2026, 5, 4, 12, 0, 0, 0, inc.Location())), rs
}

// Build writes one document from the facts and the assessment: here the
// PPC preliminary report, dated at the assessment's instant (it has not been
// filed), which takes the instant the company knew from the assessment.
func ExampleBuild() {
	inc, a, rs := exampleCase()
	d, err := draft.Build(draft.Spec{Kind: draft.KindPPC, Lang: draft.JA, Variant: draft.VariantPrelim}, inc, a, rs)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.ID, d.Date.Format("2006-01-02 15:04 MST"))
	for _, l := range strings.Split(draft.Text(d), "\n") {
		if strings.HasPrefix(l, "発覚日") || strings.HasPrefix(l, "報告先") {
			fmt.Println(l)
		}
	}
	// Output:
	// ppc-prelim-ja 2026-05-04 12:00 JST
	// 報告先：個人情報保護委員会（漏えい等報告フォーム）
	// 発覚日（事態を知った日）：2026年5月1日 10時00分
}

// Lint checks documents, generated or edited, against the facts: here the
// user has edited the notice to say 15,000 persons, where the facts say
// 1,500.
func ExampleLint() {
	inc, a, rs := exampleCase()
	d, err := draft.Build(draft.Spec{Kind: draft.KindNotice, Lang: draft.JA, Variant: draft.VariantEmail}, inc, a, rs)
	if err != nil {
		panic(err)
	}
	for i, s := range d.Sections {
		for j, p := range s.Paras {
			if strings.Contains(p.Text, "1,500名") {
				d.Sections[i].Paras[j].Text = strings.ReplaceAll(p.Text, "1,500名", "15,000名")
				d.Sections[i].Paras[j].Edited = true
			}
		}
	}
	for _, f := range draft.Lint(inc, a, []draft.Document{d}) {
		if f.Code == draft.CodeCountMismatch {
			fmt.Println(f.Severity, f.ParagraphID)
			fmt.Println(f.Message.EN)
		}
	}
	// Output:
	// error notice-ja/data/persons
	// '15,000名' matches none of the counts of persons or records in the facts.
}
