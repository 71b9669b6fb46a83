package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// TestWeJABank (F65): a bank calls itself 当行 and a 信用金庫 or 労働金庫
// 当金庫, whatever its company form; a name that only holds the word 銀行
// is no bank and stays 当社.
func TestWeJABank(t *testing.T) {
	for _, c := range []struct{ name, sector, we string }{
		{"架空銀行株式会社", "finance", "当行"},
		{"株式会社架空銀行", "finance", "当行"},
		{"株式会社 架空銀行　", "finance", "当行"},
		{"架空信用金庫", "finance", "当金庫"},
		{"架空労働金庫", "finance", "当金庫"},
		{"架空信用組合", "finance", "当組合"},
		{"株式会社銀行システム研究所", "it", "当社"},
		{"架空銀行系カード株式会社", "finance", "当社"},
		{"株式会社架空フィナンシャルグループ", "finance", "当社"},
		{"架空商事株式会社", "retail", "当社"},
	} {
		v := &view{inc: &incident.Incident{Org: incident.Organisation{Name: c.name, Sector: c.sector}}}
		if got := v.weJA(); got != c.we {
			t.Errorf("%s calls itself %s, want %s", c.name, got, c.we)
		}
	}
}

// TestWeJAEveryDocument (F65): every Japanese document of an organisation
// that does not call itself 当社 (a bank, an association, a hospital, a
// city) names it as it names itself, never with a fixed 当社.
func TestWeJAEveryDocument(t *testing.T) {
	rs := mustRules(t)
	all := scenarios(t)
	for _, name := range []string{"26-bank-misdirected-file-partner", "16-webshop-card-minority", "07-hospital-ransomware", "30-city-usb-lost-by-contractor-2022"} {
		inc := all[name]
		if inc == nil {
			t.Fatalf("no scenario %s", name)
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			if d.Lang != JA {
				continue
			}
			n++
			if text := paraText(d) + d.Title; strings.Contains(text, "当社") {
				t.Errorf("%s %s says 当社 of %s:\n%s", name, d.ID, inc.Org.Name, text)
			}
		}
		if n == 0 {
			t.Errorf("%s: no Japanese document", name)
		}
	}
}
