package desk

import (
	"testing"

	"breachdesk/app/incident"
)

func TestSplitNameContact(t *testing.T) {
	for _, c := range []struct{ in, name, contact string }{
		{"警視庁 サイバー犯罪対策課 03-5805-1731", "警視庁 サイバー犯罪対策課", "03-5805-1731"},
		{"〇〇県警察本部 サイバー犯罪対策課（電話 000-000-0000）", "〇〇県警察本部 サイバー犯罪対策課", "電話 000-000-0000"},
		{"架空カード株式会社 加盟店業務部 TEL:03-0000-0000", "架空カード株式会社 加盟店業務部", "TEL:03-0000-0000"},
		{"架空カード株式会社、risk@example.co.jp", "架空カード株式会社", "risk@example.co.jp"},
		{"Example Card Co. +81-3-0000-0000", "Example Card Co.", "+81-3-0000-0000"},
		{"架空警察署　０３－００００－００００", "架空警察署", "０３－００００－００００"},
		{"  警視庁  ", "警視庁", ""},
		{"JCB（加盟店窓口）", "JCB（加盟店窓口）", ""},
		{"第1方面本部 生活安全課", "第1方面本部 生活安全課", ""}, // a digit inside a word is no number
		{"03-0000-0000", "", "03-0000-0000"},
		{"", "", ""},
	} {
		n, ct := splitNameContact(c.in)
		if n != c.name || ct != c.contact {
			t.Errorf("splitNameContact(%q) = %q, %q; want %q, %q", c.in, n, ct, c.name, c.contact)
		}
	}
}

// The readiness checklist's police and card company lines pre-fill the new
// incident's facts (and, as before, the notes of their playbook steps);
// what the incident already has stays.
func TestReadinessPrefillPoliceAndCard(t *testing.T) {
	r := Readiness{Police: "架空県警察本部 サイバー犯罪対策課 000-000-0000", Acquirer: "架空カード株式会社 加盟店業務部 000-000-0001"}
	inc := incident.New("x", readyT0)
	prefill(inc, r)
	if ps := inc.PartiesOf(incident.PartyPolice); len(ps) != 1 || ps[0].Name != "架空県警察本部 サイバー犯罪対策課" || ps[0].Contact != "000-000-0000" {
		t.Errorf("police: %+v", ps)
	}
	if ps := inc.PartiesOf(incident.PartyCard); len(ps) != 1 || ps[0].Name != "架空カード株式会社 加盟店業務部" || ps[0].Contact != "000-000-0001" {
		t.Errorf("card: %+v", ps)
	}
	if inc.Steps["pb.police"].Note != r.Police || inc.Steps["pb.card.acquirer"].Note != r.Acquirer {
		t.Errorf("step notes: %+v", inc.Steps)
	}
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Errorf("prefilled facts invalid: %v", ps)
	}

	kept := incident.New("y", readyT0)
	kept.Parties = []incident.Party{{ID: "p1", Kind: incident.PartyPolice, Name: "架空警察署"}, {ID: "p2", Kind: incident.PartyCard, Contact: "営業担当 山田"}}
	prefill(kept, r)
	if len(kept.Parties) != 2 || kept.Parties[0] != (incident.Party{ID: "p1", Kind: incident.PartyPolice, Name: "架空警察署"}) ||
		kept.Parties[1] != (incident.Party{ID: "p2", Kind: incident.PartyCard, Contact: "営業担当 山田"}) {
		t.Errorf("prefill changed what was there: %+v", kept.Parties)
	}
}
