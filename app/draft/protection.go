package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// How one item of a data set was kept, when the user said so (F83: a
// member site's passwords stored as unsalted SHA-1 hashes, its names and
// addresses as entered). The persons read it beside the item; the
// authorities read it, with the user's detail, under 暗号化等の保護措置. It
// never claims the data was safe: the advice to change a password stays.

// itemFlag reports whether a category carries a flag of the law's: the
// flags the user gave it, or its catalogue category's when that is
// classified (as the engine reads them, app/assess facts.go).
func (v *view) itemFlag(c incident.Category, flag string) bool {
	if slices.Contains(c.Flags, flag) {
		return true
	}
	cat := v.rs.Category(c.ID)
	return cat != nil && !cat.Unclassified && cat.Has(flag)
}

// itemProtectionJA: 「パスワードはハッシュ化して保存」, "" when the item was
// kept as the set's data (nothing said) or as entered.
func (v *view) itemProtectionJA(c incident.Category) string {
	var how string
	switch c.Protection {
	case incident.ItemHashed:
		how = "ハッシュ化して保存"
	case incident.ItemHashedSalted:
		how = "ソルトを付けてハッシュ化して保存"
	case incident.ItemEncrypted:
		how = "暗号化して保存"
	case incident.ItemMasked:
		// What was exposed, not how the company keeps it: a slip printed
		// with the last four digits (47), a screen that showed them (44).
		how = "一部の桁のみ"
	default:
		return ""
	}
	switch {
	case v.itemFlag(c, "password"):
		return "パスワードは" + how
	case v.itemFlag(c, "card"):
		return "カード番号は" + how
	}
	return how
}

// itemProtectionEN: "passwords stored as hashes", "" as itemProtectionJA.
func (v *view) itemProtectionEN(c incident.Category) string {
	var how string
	switch c.Protection {
	case incident.ItemHashed:
		how = "stored as hashes"
	case incident.ItemHashedSalted:
		how = "stored as salted hashes"
	case incident.ItemEncrypted:
		how = "stored encrypted"
	case incident.ItemMasked:
		how = "only in part"
	default:
		return ""
	}
	switch {
	case v.itemFlag(c, "password"):
		return "passwords " + how
	case v.itemFlag(c, "card") && c.Protection == incident.ItemMasked:
		return "only part of the card number"
	case v.itemFlag(c, "card"):
		return "card numbers " + how
	}
	return how
}

// itemJA names an item for the reader, with how it was kept and the
// persons it concerns when fewer than of: 「ログインID・パスワード（パス
// ワードはハッシュ化して保存、うち4,300名）」.
func (v *view) itemJA(c incident.Category, of incident.Count) string {
	var in []string
	if p := v.itemProtectionJA(c); p != "" {
		in = append(in, p)
	}
	if c.Persons.Known && of.Known && c.Persons.N < of.N {
		in = append(in, "うち"+countJA(c.Persons)+"名")
	}
	if v.usedCredentials(c) {
		in = append(in, "第三者が他から入手し、ログインに使用したもの")
	}
	n := v.categoryJA(c)
	if v.maskedCard(c) {
		// 「クレジットカード番号・有効期限・名義」 would say the expiry leaked
		// too: a slip may print the last four digits and no expiry (47).
		n = "クレジットカード情報の一部"
	}
	if len(in) > 0 {
		n += "（" + strings.Join(in, "、") + "）"
	}
	return n
}

// maskedCard: a card item of which only part of the number was exposed.
func (v *view) maskedCard(c incident.Category) bool {
	return c.Protection == incident.ItemMasked && v.itemFlag(c, "card")
}

// itemEN names an item for the reader, with how it was kept: "login ID
// and password (passwords stored as hashes)".
func (v *view) itemEN(c incident.Category) string {
	n := v.categoryEN(c)
	if v.maskedCard(c) {
		n = "part of the payment card details" // as itemJA
	}
	if p := v.itemProtectionEN(c); p != "" {
		n += " (" + p + ")"
	}
	if v.usedCredentials(c) {
		n += " (obtained elsewhere by the attacker and used to log in)"
	}
	return n
}

// usedCredentials: login credentials in a credential-stuffing case, which
// the attacker brought from elsewhere and used here; what the company let
// out is that they work at its service, not the pair itself (F176).
func (v *view) usedCredentials(c incident.Category) bool {
	return v.cause() == incident.CauseCredentialStuffing && v.itemFlag(c, "password")
}

// itemProtectionsJA lists, for the PPC report, each item whose protection
// the user stated, with the detail given for the authorities: 「・ログイン
// ID・パスワード：パスワードはハッシュ化して保存（SHA-1、ソルトなし）」; set by
// set when the report covers several.
func (v *view) itemProtectionsJA() []string {
	var out []string
	for _, s := range v.scope {
		for _, c := range v.ownItems(s) {
			how := v.itemProtectionJA(c)
			if c.Protection == incident.ItemPlain {
				how = "暗号化等をせずに保存"
			}
			if how == "" {
				continue
			}
			if d := strings.TrimSpace(c.ProtectionDetail); d != "" {
				how += "（" + strings.TrimSuffix(d, "。") + "）"
			}
			name := v.categoryJA(c)
			if len(v.scope) > 1 {
				name = v.setNameJA(s) + "の" + name
			}
			out = append(out, "・"+name+"："+how)
		}
	}
	return out
}
