package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings fixed in the realcase46 round (testdata/golden/assess/REVIEW.md).

// F1585 (177, 40, 52, 118): a smartphone or a laptop lost or stolen was told
// as 「書類・記録媒体等の紛失」, "the documents or media were missing": the
// cause's description names the device, and nothing in it names papers or
// a storage medium, so the documents name a device (端末). Papers, a USB
// stick, or a PC stolen with files keep the general words.
func TestLostDeviceIsNamedADevice(t *testing.T) {
	for name, want := range map[string][]string{
		"177-rental-agency-staff-phone-lost-chat-id-images-remote-wipe-time-contested": {"端末の紛失による個人情報漏えいのおそれに関するお詫びとお知らせ", "・2026年11月27日頃　端末の紛失"},
		"40-contractor-laptop-found-unverifiable":                                      {"端末の紛失"},
		"52-eu-branch-laptop-lost":                                                     {"端末の紛失", "the loss of a device"},
		"118-tax-office-laptop-stolen-from-car-mynumber":                               {},
	} {
		texts := allTexts(t, scenario(t, name))
		all := ""
		for id, text := range texts {
			all += text
			for _, bad := range []string{"書類・記録媒体等", "documents or media", "documents, a device or a storage medium"} {
				if strings.Contains(text, bad) {
					t.Errorf("%s %s says %q", name, id, bad)
				}
			}
		}
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: no document says %q", name, w)
			}
		}
	}
	// Papers, a storage medium, a PC stolen with files: the general words stay.
	for _, name := range []string{"43-staff-files-left-on-train-found", "06-lost-usb-encrypted", "110-care-office-burglary-pc-and-resident-files"} {
		found := false
		for _, text := range allTexts(t, scenario(t, name)) {
			found = found || strings.Contains(text, "書類・記録媒体等")
			if strings.Contains(text, "端末の紛失") || strings.Contains(text, "端末が第三者") {
				t.Errorf("%s names a device", name)
			}
		}
		if !found {
			t.Errorf("%s: the general words 書類・記録媒体等 are gone", name)
		}
	}
}

// F1586 (176, 111, 146): a bank's notice asked its own customers to check
// 「お使いの金融機関の口座」 for withdrawals, as if the accounts were held
// elsewhere, while it named its own desk to call: the accounts in a bank's
// data are its own. Another business's notice keeps the reader's bank.
func TestBankAsksAboutItsOwnAccounts(t *testing.T) {
	saysSomewhere(t, "176", scenario(t, "176-net-bank-customers-phished-on-fake-login-site-otp-relayed-transfers"),
		"当行の口座に、身に覚えのない出金・振込・口座振替などのお取引がないか", "お使いの金融機関の口座")
	saysSomewhere(t, "09", scenario(t, "09-payroll-processor-late"), "お使いの金融機関の口座に、身に覚えのない出金")
}

// F1582 (176): customers phished on a fake copy of the bank's login page,
// entered as credential stuffing (the list has no phishing), were told
// 「他のサービス等で入手されたとみられるID・パスワードを使った第三者による不正
// ログイン」 and "IDs and passwords apparently obtained elsewhere (credential
// stuffing)" in the reports and the police memo, while the description says
// a fake site. A description that tells a fake site or phishing is told as
// such; a list attack (57) keeps its words.
func TestPhishedCredentialsAreNotCredentialStuffing(t *testing.T) {
	inc := scenario(t, "176-net-bank-customers-phished-on-fake-login-site-otp-relayed-transfers")
	saysSomewhere(t, "176", inc, "原因は、偽のサイト（フィッシングサイト）で詐取されたID・パスワード等を使った第三者による不正ログインです。", "他のサービス等で入手", "obtained elsewhere (credential stuffing)")
	saysSomewhere(t, "57", scenario(t, "57-payment-app-credential-stuffing-charges"), "他のサービス等で入手されたとみられるID・パスワード", "フィッシング")
}

// F1588 (176): a bank's notice asked the holders of its internet banking
// login to check 「ご登録のクレジットカード・銀行口座等のご利用明細」, the
// payment app's words, beside F1586's request about the bank's own accounts:
// for a bank the accounts a login pays from are its own. One request now
// asks the holders of either to check the bank's accounts, with the
// history of its service; a payment app (57) keeps its words.
func TestBankLoginAsksAboutItsOwnAccounts(t *testing.T) {
	inc := scenario(t, "176-net-bank-customers-phished-on-fake-login-site-otp-relayed-transfers")
	saysSomewhere(t, "176", inc, "当行の口座に、身に覚えのない出金・振込・口座振替などのお取引がないか、当行のサービスのご利用履歴、通帳やお取引明細でご確認ください。", "ご登録のクレジットカード・銀行口座等")
	for id, text := range allTexts(t, inc) {
		if n := strings.Count(text, "当行の口座に、"); n > 1 {
			t.Errorf("176 %s asks %d times about the bank's accounts", id, n)
		}
	}
	saysSomewhere(t, "57", scenario(t, "57-payment-app-credential-stuffing-charges"), "ご登録のクレジットカード・銀行口座等のご利用明細", "当社の口座")
}

// F1588 in English: the bank's customers abroad read the same one request.
func TestBankLoginAsksAboutItsOwnAccountsEN(t *testing.T) {
	inc := scenario(t, "176-net-bank-customers-phished-on-fake-login-site-otp-relayed-transfers").Clone()
	for i := range inc.DataSets {
		inc.DataSets[i].Residence = []incident.Residence{{Country: "GB", Persons: inc.DataSets[i].Persons.Latest()}}
	}
	saysSomewhere(t, "176 abroad", inc, "Please check your history of use of our service and your statements of the accounts you hold with us for withdrawals, transfers or direct debits you do not recognize, and tell us at the contact below if you find any.", "cards or bank accounts registered with it")
}
