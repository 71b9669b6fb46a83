package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F562 (120): members in Taiwan and Hong Kong, who used a Japanese
// service in Chinese, were told in Japanese and English with no word of
// their language: the lint named other languages for an organisation
// established outside Japan only. A Japanese organisation is asked too,
// whether it serves those persons in their language (Org.LocalLanguage):
// told to translate when it does, nothing said when it does not; a foreign
// one keeps its own message.
func TestReadersLanguageForAJapaneseCompanyToo(t *testing.T) {
	all := scenarios(t)
	msg := func(name string) string {
		for _, f := range lintOf(t, all[name]) {
			if f.Code == CodeReadersLanguage {
				return f.Message.JA
			}
		}
		return ""
	}
	if m := msg("120-ticketing-credential-stuffing-resale-tw-hk"); !strings.Contains(m, "（TW, HK）") || !strings.Contains(m, "「組織」の欄で答えてください") {
		t.Errorf("120: %q", m)
	}
	inc := all["120-ticketing-credential-stuffing-resale-tw-hk"].Clone()
	inc.Org.LocalLanguage = incident.Yes
	if m := lintMsg(t, inc); !strings.Contains(m, "通知もその言語で行うのが適切です") {
		t.Errorf("120, served in Chinese: %q", m)
	}
	inc.Org.LocalLanguage = incident.No
	if m := lintMsg(t, inc); m != "" {
		t.Errorf("120, served in Japanese and English only: %q", m)
	}
	if m := msg("96-kr-subsidiary-ec-former-employee-key"); !strings.Contains(m, "現地の法律家の確認") {
		t.Errorf("96: %q", m)
	}
	if m := msg("87-genetic-test-service-relatives-feature"); m != "" {
		t.Errorf("87: %q", m)
	}
}

// lintMsg is the Japanese message of inc's CodeReadersLanguage, or "".
func lintMsg(t *testing.T, inc *incident.Incident) string {
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeReadersLanguage {
			return f.Message.JA
		}
	}
	return ""
}

// F640: a misconfiguration whose description speaks of a program's defect
// (115 entered first: 「…利用者IDを照合していなかった」) is asked about: the
// documents would say 「設定の誤り」 and 「設定を修正し」. A setting described
// as one (44's CDN cache rule) and a software defect are not.
func TestDefectEnteredAsSettingIsAsked(t *testing.T) {
	all := scenarios(t)
	asked := func(inc *incident.Incident) bool {
		for _, f := range lintOf(t, inc) {
			if f.Code == CodeDefectAsSetting {
				return true
			}
		}
		return false
	}
	inc := all["115-health-app-api-other-users-records-short-logs"].Clone()
	if asked(inc) {
		t.Error("115 as a software defect is asked")
	}
	inc.Cause.Kind = incident.CauseMisconfiguration
	if !asked(inc) {
		t.Error("115 entered as a misconfiguration is not asked")
	}
	if asked(all["44-member-site-cache-shows-others"]) {
		t.Error("44's cache setting is asked")
	}
}
