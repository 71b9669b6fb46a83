package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase43 round (scenarios 166–168; testdata/golden/
// assess/REVIEW.md, F1320–).

const (
	rc43Drug    = "166-drugstore-pseudonymised-purchases-and-key-table-public-at-analytics-vendor"
	rc43Vietnam = "167-vn-subsidiary-extortion-mail-first-file-server-leaked-parent-customer-contacts"
	rc43Scores  = "168-job-site-cookie-scores-given-to-clients-who-linked-them-to-applicants"
)

// F1322 (167): a Vietnamese subsidiary's filing with its Ministry of Public
// Security (an event of jurisdiction "VN", a place whose law the rules do
// not hold) was told to its staff as "We reported the incident to the
// authority of VN": a country code, where the party it went to is named.
// The Japanese letter already named the party.
func TestReportToAPlaceWithNoLawHeldNamesItsParty(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc43Vietnam)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(en, "authority of VN") || !strings.Contains(en, "We reported the incident to the Ministry of Public Security - A05") {
		t.Errorf("167 letter to the staff:\n%s", en)
	}
	// A report to a law the rules hold keeps its regulator's name, the
	// party's whatever it is (the Singapore PDPC, 164).
	inc = scenario(t, "164-sg-dining-app-forgotten-legacy-database-sold-on-forum-pdpc-told-first")
	inc.Parties[0].Name = "PDPC desk officer"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	// (The detection says who called, the party's name, since F1251.)
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs); strings.Contains(en, "reported the incident to the PDPC desk officer") || !strings.Contains(en, "We reported the incident to the Personal Data Protection Commission (PDPC)") {
		t.Errorf("164: a held law's report named by its party:\n%s", en)
	}
}

// F1320 (166): a drug-store's purchase histories, answered as pseudonymised
// information, were left out of the report and the notice (Art. 41(9))
// while the table from the pseudonyms to member numbers and names lay
// beside them in the same open storage and was reported with its three
// items. Whoever took both can restore the histories (a dispensing flag
// among them); PPC Q&A 14-13 asks for the data to be made again and for the
// key to be reported. The lint now names the key set beside the exclusion;
// a key table ruled out (121's stayed in the hospital) or a set that does
// not read as one is not named.
func TestLintNamesAPseudonymKeyLeakedWithTheData(t *testing.T) {
	keyNamed := func(fs []Finding, set string) bool {
		for _, f := range fs {
			if f.Code == CodePseudonymised && strings.Contains(f.Message.JA, "同じ事案で「"+set) && strings.Contains(f.Message.JA, "Q&A 14-13") {
				return true
			}
		}
		return false
	}
	inc := scenario(t, rc43Drug)
	if !keyNamed(lintOf(t, inc), "会員ID対応表") {
		t.Errorf("166: the key table is not named beside the pseudonymised set: %v", lintOf(t, inc))
	}
	// The table not leaked: nothing to restore.
	ruled := scenario(t, rc43Drug)
	ruled.DataSets[1].Status = append(ruled.DataSets[1].Status, incident.StatusChange{Status: incident.RuledOut, On: "2026-10-09"})
	if keyNamed(lintOf(t, ruled), "会員ID対応表") {
		t.Errorf("166 with the table ruled out: still named")
	}
	// A set that does not read as a key (member contacts, no pseudonym).
	other := scenario(t, rc43Drug)
	other.DataSets[1].Name = "会員の連絡先"
	other.DataSets[1].Categories = other.DataSets[1].Categories[:2]
	if keyNamed(lintOf(t, other), "会員の連絡先") {
		t.Errorf("166 with a contacts set: named as a key")
	}
	if keyNamed(lintOf(t, scenario(t, "121-university-hospital-research-data-personal-drive-link")), "") {
		t.Errorf("121: the table stayed in the hospital (ruled out), yet a key is named")
	}
}

// F1324 (168): 35 of the 38 client companies confirmed the deletion, the
// party named 「サービス利用企業38社」. The documents said 「サービス利用企業
// 38社での削除を確認（38件中35件）」 and 「サービス利用企業38社（38件）のうち3件
// では」: the companies counted twice, and in 件. A party whose name ends in
// the number of recipients with a counter gives the counts that counter;
// others keep 件 (114's misdirected mail: 「誤って届いた先（312件）のうち」).
func TestDeletionCountsTakeTheCounterOfThePartysName(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc43Scores)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	for _, want := range []string{"サービス利用企業38社のうち35社での削除を確認", "サービス利用企業38社のうち35社において対象の情報が削除されたことを確認いたしました。残る3社にも", "サービス利用企業38社のうち3社では、削除を確認できておりません。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("168 letter: no %q:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "（38件") || strings.Contains(ja, "38件中") {
		t.Errorf("168 letter counts the companies in 件:\n%s", ja)
	}
	inc = scenario(t, "114-union-member-list-mailed-to-outside-in-to")
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(ja, "誤って届いた先（312件）のうち") {
		t.Errorf("114: the recipients lost their count in 件:\n%s", ja)
	}
}

// F1327 (166): the pseudonymised purchase data and the table of its
// pseudonyms to names hold the same 1,184,233 members; the announcement
// said 「対象となる方は、合計2,368,466名です」 and the estimate counted as
// many. Two sets of the same exact count (100 or more), neither part of the
// other, with no count for the whole incident, are asked about; of the
// scenarios as filed, 166 alone.
func TestLintAsksAboutTwoSetsOfTheSameCount(t *testing.T) {
	same := func(fs []Finding) bool {
		for _, f := range fs {
			if f.Code == CodeSetsOverlap && strings.Contains(f.Message.JA, "どちらも本人の数が1,184,233名です") {
				return true
			}
		}
		return false
	}
	if !same(lintOf(t, scenario(t, rc43Drug))) {
		t.Errorf("166: the two sets of 1,184,233 are not asked about")
	}
	inc := scenario(t, rc43Drug)
	inc.DataSets[1].Within = "d1"
	if same(lintOf(t, inc)) {
		t.Errorf("166 with the key entered within the data: still asked")
	}
	inc = scenario(t, rc43Drug)
	inc.Persons = incident.FigureOf(incident.Count{Known: true, N: 1184233})
	if same(lintOf(t, inc)) {
		t.Errorf("166 with the incident's own count: still asked")
	}
	for name, fs := range lintsOfScenarios(t) {
		for _, f := range fs {
			if f.Code == CodeSetsOverlap && strings.Contains(f.Message.JA, "どちらも本人の数が") && !strings.HasPrefix(name, "166-") {
				t.Errorf("%s: %s", name, f.Message.JA)
			}
		}
	}
}
