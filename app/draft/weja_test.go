package draft

import (
	"testing"

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
