package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// A cause that arose at a contractor (Cause.At): scenario 19, where a
// subcontractor's temporary worker sold the company's customer list, and
// scenario 25, a printing contractor whose own systems were attacked. The
// documents must not call the contractor's staff "our employee" nor its
// systems "ours"; the police memo says where it happened; a processor calls
// its own contractor a 再委託先.
func TestCauseAtContractor(t *testing.T) {
	rs := mustRules(t)
	build := func(inc *incident.Incident, s Spec) string {
		t.Helper()
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(s, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(Text(d), "\n", "")
	}
	base := scenarios(t)["19-telecom-insider-ministries-police"]
	if base.Cause.At != incident.AtProcessor {
		t.Fatal("scenario 19 should say its cause arose at a contractor")
	}
	noticeJA := Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}
	noticeEN := Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}
	police := Spec{Kind: KindPolice, Lang: JA}

	for _, c := range []struct {
		name       string
		at         incident.CauseAt
		atName     string
		ja, police []string // each must appear
		en         []string
		never      []string // in any of the three
	}{
		{"own staff", "", "",
			[]string{"このたび、不正な持ち出しにより", "原因は、従業者による不正な持ち出しです。"},
			[]string{"当社において発生した従業者による不正な持ち出し"},
			[]string{"an employee has taken personal information we hold"},
			// What an insider took is what the sets say, not all the
			// systems held (F134).
			[]string{"当社の委託先", "委託先における", "委託先が保管", "entrusted", "システムに保存されていた"}},
		{"contractor, unnamed", incident.AtProcessor, "",
			[]string{"このたび、委託先における不正な持ち出しにより", "原因は、委託先における従業者による不正な持ち出しです。"},
			[]string{"当社の委託先において発生した従業者による不正な持ち出し"},
			[]string{"an employee of a company we entrusted with the data has taken"},
			[]string{"当社のシステムに保存", "当社において発生", "an employee has taken", "our systems"}},
		{"contractor named in Japanese", incident.AtProcessor, "架空コールセンター株式会社",
			[]string{"原因は、委託先（架空コールセンター株式会社）における従業者による不正な持ち出しです。"},
			[]string{"当社の委託先（架空コールセンター株式会社）において発生した"},
			[]string{"an employee of a company we entrusted with the data has taken"},
			[]string{"Call Centre"}},
		{"contractor named in Latin letters", incident.AtProcessor, "Acme Call Ltd.",
			[]string{"委託先（Acme Call Ltd.）における"},
			[]string{"当社の委託先（Acme Call Ltd.）において発生した"},
			[]string{"an employee of Acme Call Ltd. (a company we entrusted with the data) has taken"},
			nil},
	} {
		inc := base.Clone()
		inc.Cause.At, inc.Cause.AtName = c.at, c.atName
		ja, en, pm := build(inc, noticeJA), build(inc, noticeEN), build(inc, police)
		for _, w := range c.ja {
			if !strings.Contains(ja, w) {
				t.Errorf("%s: the Japanese notice lacks %q:\n%s", c.name, w, ja)
			}
		}
		for _, w := range c.police {
			if !strings.Contains(pm, w) {
				t.Errorf("%s: the police memo lacks %q:\n%s", c.name, w, pm)
			}
		}
		for _, w := range c.en {
			if !strings.Contains(en, w) {
				t.Errorf("%s: the English notice lacks %q:\n%s", c.name, w, en)
			}
		}
		for _, w := range c.never {
			for doc, text := range map[string]string{"JA notice": ja, "EN notice": en, "police memo": pm} {
				if strings.Contains(text, w) {
					t.Errorf("%s: the %s says %q:\n%s", c.name, doc, w, text)
				}
			}
		}
	}

	// A processor (scenario 25: every set held for a client) whose own
	// subcontractor was attacked tells its client of a 再委託先.
	p := scenarios(t)["25-print-processor-ransomware-entrustors"].Clone()
	p.Cause.At = incident.AtProcessor
	text := build(p, Spec{Kind: KindEntrustor, Lang: JA, Party: "p1"})
	if !strings.Contains(text, "当社は、再委託先におけるランサムウェアによる攻撃により、貴社からお預かりしている個人データ") {
		t.Errorf("the processor's notice to its client does not name the subcontractor:\n%s", text)
	}
}

// The English notice of a company whose reports go to a ministry entered in
// Japanese (scenario 19: 総務省 近畿総合通信局, by delegation) names the
// ministry in English, never in Japanese; one not in the table is described.
func TestEnglishNoticeNamesDelegatedMinistry(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct{ party, want string }{
		{"総務省 近畿総合通信局", "reported the incident to the regional Bureau of Telecommunications of Japan's Ministry of Internal Affairs and Communications on October 19, 2023"},
		{"金融庁", "reported the incident to Japan's Financial Services Agency on"},
		{"架空省", "reported the incident to the ministry that receives breach reports for our sector in Japan on"},
	} {
		inc := scenarios(t)["19-telecom-insider-ministries-police"].Clone()
		for i := range inc.Parties {
			if inc.Parties[i].Delegated == incident.Yes {
				inc.Parties[i].Name = c.party
			}
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(Text(d), "\n", " ")
		if !strings.Contains(text, c.want) || nonLatin(strings.ReplaceAll(text, inc.Org.Name, "")) {
			t.Errorf("%s: want %q and no Japanese:\n%s", c.party, c.want, text)
		}
	}
}
