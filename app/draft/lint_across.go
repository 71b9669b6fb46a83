package draft

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Lint across documents and of the facts the drafts rest on: figures that
// differ between drafts, compensation offered to some, data kept past the
// company's own retention period.

// draftsDiffer: two drafts give different figures for what is plainly the
// same number of persons (within 10% of each other, neither approximate).
func (l *linter) draftsDiffer(docs []Document) {
	figs := map[string][]figure{}
	var ids []string
	for _, d := range docs {
		if _, ok := figs[d.ID]; !ok {
			ids = append(ids, d.ID)
		}
		for _, pr := range d.Paragraphs() {
			for _, g := range l.figures(pr.Text) {
				if g.persons && !g.approx {
					figs[d.ID] = append(figs[d.ID], g)
				}
			}
		}
	}
	for _, a := range ids {
		for _, x := range figs[a] {
			if l.facts.persons[x.n] {
				continue
			}
			for _, b := range ids {
				if b == a {
					continue
				}
				for _, y := range figs[b] {
					if y.n != x.n && near(x.n, y.n) {
						l.add(CodeDraftsDiffer, SeverityError, a, "", txt(
							"この文書の本人の数（"+x.text+"）が、"+b+" の記載（"+y.text+"）と異なります。",
							"This draft's number of persons ("+x.text+") differs from "+b+" ("+y.text+")."))
					}
				}
			}
		}
	}
}

// near: a and b are within 10% of the larger.
func near(a, b int64) bool {
	d, m := a-b, a
	if d < 0 {
		d = -d
	}
	if b > m {
		m = b
	}
	return d*10 <= m
}

// compensation: offered to some and not others needs a reason.
func (l *linter) compensation(docs []Document) {
	st := l.inc.Story
	if st.CompensationScope != "some" || strings.TrimSpace(st.CompensationReason) != "" {
		return
	}
	doc := ""
	for _, d := range docs {
		if d.Kind == KindNotice && d.Lang == JA {
			doc = d.ID
		}
	}
	l.add(CodeCompensation, SeverityWarning, doc, "", txt(
		"お詫びの品等を一部の本人にだけ提供する理由が記載されていません。対象を限る理由を明記してください。",
		"Compensation is offered to some affected persons only, with no reason given: state why."))
}

// retention: data of former customers kept past the company's own limit,
// told from the years alone, before anyone has counted them: for each data
// set with former persons, the year the earliest of them left, how long ago
// that is at the time the company knew (or now), and the company's own rule
// (whether it was broken: assess.KeptPastRule, as the engine judges it).
func (l *linter) retention() {
	ref := l.a.Now
	if l.a.Knew != nil {
		ref = *l.a.Knew
	}
	for _, d := range l.inc.Affected("") {
		f := d.Former
		year := f.LeftFrom.Year()
		if f.Persons.Known && f.Persons.N == 0 || year == 0 {
			continue
		}
		ago := ref.In(l.loc).Year() - year
		if ago <= 0 {
			continue
		}
		name := d.Name
		if name == "" {
			name = d.ID
			if len(l.inc.DataSets) == 1 {
				name = "対象のデータ"
			}
		}
		count, countEN := "人数は未確認", "their number not yet known"
		if f.Persons.Known {
			count, countEN = incident.FormatCount(f.Persons, JA)+"名", incident.FormatCount(f.Persons, EN)+" persons"
		}
		// Who they are, as the notices word them (a school's graduates, a
		// company's former staff), or neutrally: not every relationship
		// that ended was a customer's.
		who := itoa(year) + "年以降に関係が終了した方"
		if w := leftWordJA(d); w != "" {
			who = itoa(year) + "年以降に" + w + "された方"
		}
		rule, ruleEN := "", ""
		if r := strings.TrimSpace(f.Rule); r != "" {
			rule, ruleEN = "（"+r+"）", " ("+r+")"
		}
		// Whose rule: a business's own, or the period a public body set
		// under its records rules (not 「自社」: 163, 165, F1340).
		own, ownEN, ruleDoc := "自社の", "the company's own", "自社の規程"
		if l.inc.Org.Kind.IsPublic() {
			own, ownEN, ruleDoc = "定めた", "the", "文書の管理規程等"
		}
		past, judged := assess.KeptPastRule(l.inc, d, ref)
		switch {
		case judged && past && f.RetentionYears > 0:
			l.add(CodeRetention, SeverityWarning, "", "", txt(
				"「"+name+"」には"+who+"（約"+itoa(ago)+"年前、"+count+"）の情報が含まれ、"+own+"保存期間"+itoa(f.RetentionYears)+"年"+rule+"を超えて保存されていました。通知では保存していたことをお詫びし、不要な情報の削除を再発防止策に含めてください。",
				"\""+name+"\" includes data of persons whose relationship ended from "+itoa(year)+" ("+itoa(ago)+" years ago, "+countEN+"), kept beyond "+ownEN+" retention period of "+itoa(f.RetentionYears)+" years"+ruleEN+": apologize in the notice for keeping it, and include deleting data no longer needed in the preventive measures."))
		case judged && past:
			l.add(CodeRetention, SeverityWarning, "", "", txt(
				"「"+name+"」には"+who+"（約"+itoa(ago)+"年前、"+count+"）の情報が含まれ、利用目的の達成後に消去するという"+own+"規程"+rule+"に反して保存されていました。通知では保存していたことをお詫びし、不要な情報の削除を再発防止策に含めてください。",
				"\""+name+"\" includes data of persons whose relationship ended from "+itoa(year)+" ("+itoa(ago)+" years ago, "+countEN+"), kept although "+ownEN+" rule"+ruleEN+" is to erase it once its purpose is met: apologize in the notice for keeping it, and include deleting data no longer needed in the preventive measures."))
		case f.RetentionYears == 0 && !f.UntilPurpose:
			l.add(CodeRetention, SeverityInfo, "", "", txt(
				"「"+name+"」には"+who+"（"+count+"）の情報が含まれますが、保存期間が入力されていません。"+ruleDoc+"を確認してください。",
				"\""+name+"\" includes data of persons whose relationship ended from "+itoa(year)+" ("+countEN+"), and no retention period is entered: check "+ownEN+" rules."))
		}
	}
}

// personsUnit: a count of persons whose source says it counts something
// else — cards issued (「発行枚数（約4,300万枚）」), rows of a list, letters or
// e-mails, records with duplicates — that every document then tells as
// persons (a transit card's 「約4,300万名」 counted cards; JTB's first figure
// counted records). Only the latest count of each set and of the whole
// incident is asked about (an earlier one is history), only above one, and
// only when the source's own figure for that unit, if it gives one, is the
// count itself (「4,890通の確認結果」 with 788 persons was a count of
// persons made from the e-mails). A source that speaks of persons as well
// (名寄せ, 人数, 重複を除く) is taken at its word, and so are the rows of a
// list of persons (a roster, a member or customer list, named by the source
// or by the set) when the source does not say they hold duplicates: each
// row is a person (114: 「添付ファイルの行数（見出し・空行を除く）」 of the
// set 「組合員名簿」).
func (l *linter) personsUnit() {
	ask := func(name, list string, f incident.Figure) {
		if len(f) == 0 {
			return
		}
		r := f[len(f)-1]
		if !r.Known || r.N <= 1 {
			return
		}
		unit, unitEN := otherUnit(r.Source, r.N)
		if unit == "" || unit == "行数" && (personsList(r.Source) || personsList(list)) && !withDuplicates(r.Source) {
			return
		}
		n, nEN := countJA(r.Count()), incident.FormatCount(r.Count(), EN)
		l.add(CodePersonsUnit, SeverityWarning, "", "", txt(
			name+"の人数（"+n+"）の出所「"+r.Source+"」は"+unit+"を数えているようです。文書はこの数を「"+n+"名」と書きます。本人の数が分かればそれを人数とし、分からなければ人数は「不明」として、この数は件数に入力してください。",
			name+"'s count of persons ("+nEN+") comes from \""+r.Source+"\", which seems to count "+unitEN+". The documents call it \""+nEN+" persons\". Enter the number of persons if it is known; if not, leave persons unknown and enter this figure as the number of records."))
	}
	ask("事案全体", "", l.inc.Persons)
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		ask("「"+setLabel(d)+"」", d.Name, d.Persons)
	}
}

// personsList: s names a list whose rows are persons: a roster (名簿), a
// member or customer list.
func personsList(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"名簿", "会員一覧", "顧客一覧", "会員リスト", "顧客リスト", "組合員一覧", "roster", "member list", "customer list", "membership list"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// withDuplicates: a count's source says the rows or records hold
// duplicates (重複あり, 延べ).
func withDuplicates(src string) bool {
	s := strings.ToLower(src)
	for _, w := range []string{"重複あり", "重複を含", "重複がある", "延べ", "duplicate"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// setsOverlap: a set's latest count says it shares persons with the other
// sets (113: 「宿泊者名簿と重なる人も多い」 of the booking site's 58,300),
// while the whole incident has no count of its own: every document's total
// (「合計：約26万5千名」) adds the sets as if no one were in two. A set part
// of another (Within) is not added and is not asked about.
func (l *linter) setsOverlap() {
	if len(l.inc.Persons) > 0 {
		return
	}
	tops := 0
	for i := range l.inc.DataSets {
		if l.inc.DataSets[i].Within == "" {
			tops++
		}
	}
	if tops < 2 {
		return
	}
	for i := range l.inc.DataSets {
		d := &l.inc.DataSets[i]
		if d.Within != "" || len(d.Persons) == 0 {
			continue
		}
		src := strings.ToLower(d.Persons[len(d.Persons)-1].Source)
		if !overlapSaid(src) {
			continue
		}
		name := setLabel(d)
		l.add(CodeSetsOverlap, SeverityWarning, "", "", txt(
			"「"+name+"」の人数の出所「"+d.Persons[len(d.Persons)-1].Source+"」は、ほかのデータと同じ人が含まれることを示しています。文書の合計人数は各データの人数を足したもので、同じ人を二重に数えています。データをまたいで名寄せした人数が分かれば「事案全体の人数」に入力してください（文書の合計はその数になります）。分からなければ、合計に重複が含まれることを文書に書き添えてください。",
			"\""+name+"\"'s count comes from \""+d.Persons[len(d.Persons)-1].Source+"\", which says some of its persons are also in other data sets. The documents' total adds the sets' counts and counts those persons twice. Enter the number of distinct persons across the sets as the incident's count of persons if it is known (the documents then give it as the total); if not, say in the documents that the total includes duplicates."))
	}
}

// sameCount: two sets, neither part of another, give the same exact number
// of persons (100 or more), while the incident has no count of its own: they
// may be the same persons under two headings (166: the pseudonymised
// purchase data and the table of its pseudonyms to names, 1,184,233 each,
// told as 「合計2,368,466名」 and estimated so, F1327). The user is asked, not
// told: the same count can be chance.
func (l *linter) sameCount() {
	if len(l.inc.Persons) > 0 {
		return
	}
	first := map[int64]*incident.DataSet{}
	for _, d := range l.inc.Affected("") {
		v := d.Persons.Latest()
		if d.Within != "" || !v.Known || v.Approx || v.N < 100 {
			continue
		}
		o, ok := first[v.N]
		if !ok {
			first[v.N] = d
			continue
		}
		n := grouped(v.N)
		l.add(CodeSetsOverlap, SeverityWarning, "", "", txt(
			"「"+setLabel(o)+"」と「"+setLabel(d)+"」は、どちらも本人の数が"+n+"名です。同じ人のデータ（同じ会員の別の情報など）なら、文書の合計人数は同じ人を二重に数えています。その場合は「事案全体の人数」に"+n+"名（名寄せした人数）を入力するか、一方を他方の一部として入力してください。",
			"\""+setLabel(o)+"\" and \""+setLabel(d)+"\" both count "+n+" persons. If they are the same persons (other data of the same members), the documents' total counts them twice: enter "+n+" (the distinct persons) as the incident's count of persons, or enter one set as part of the other."))
	}
}

// overlapSaid: a count's source says the set shares persons with another
// named thing (と重なる, と重複, …にもいる, overlap), not that duplicates were
// removed (重複を除く) nor that its own parts may overlap (87: 「重なりは
// 未確認」 of two features added within one set).
func overlapSaid(src string) bool {
	src = dedupedRE.get().ReplaceAllString(src, "")
	for _, w := range []string{"と重なる", "と重なり", "と重複", "にもいる", "にも含まれ", "overlap", "also in"} {
		if strings.Contains(src, w) {
			return true
		}
	}
	return false
}

// dedupedRE is a count's source saying duplicates were removed (「利用者本人と
// 重複する分を除いた人数」, 48): a count made without them, not an overlap.
var dedupedRE = &lazyRegexp{expr: `重複[^、。（）()]{0,12}除`}

// otherUnit is what a count's source says it counts, for a count n of
// persons, when that is not persons: 枚 (cards, sheets), 行 (rows), 通
// (letters, e-mails), and 件 or records when the source says they hold
// duplicates (重複あり, 延べ); "" when it names none of them, speaks of
// persons too, or gives for that unit a figure other than n.
func otherUnit(src string, n int64) (ja, en string) {
	s := strings.ToLower(src)
	for _, w := range []string{"人数", "名寄せ", "重複を除", "人分", "名分", "本人", "person", "people", "individual", "de-dup", "dedup"} {
		if strings.Contains(s, w) {
			return "", ""
		}
	}
	dups := withDuplicates(s)
	units := []struct {
		ja, en string
		weak   bool // 件: a record is a person often enough; asked only with duplicates
	}{
		{"枚", "cards or sheets", false}, {"行", "rows", false}, {"通", "letters or messages", false},
		{"件", "records", true}, {"レコード", "records", true},
	}
	for _, u := range units {
		if u.weak && !dups {
			continue
		}
		for i := 0; ; {
			j := strings.Index(s[i:], u.ja)
			if j < 0 {
				break
			}
			j += i
			i = j + len(u.ja)
			if strings.HasPrefix(s[i:], "数") {
				return u.ja + "数", u.en // a count's name: 枚数, 行数, 通数, 件数
			}
			if fig := figureBefore(s[:j]); fig != "" {
				// 「約4,300万枚」: the unit of the count itself, or of
				// another figure (「4,890通を確認」 of 788 persons).
				if c, err := incident.ParseCount(fig); err == nil && c.Known && c.N == n {
					return u.ja + "数", u.en
				}
			}
		}
	}
	if dups {
		for _, w := range []string{"record", "row"} {
			if strings.Contains(s, w) {
				return "件数", "records"
			}
		}
	}
	if strings.Contains(s, "card") {
		return "枚数", "cards"
	}
	return "", ""
}

// figureBefore is the figure that s ends with (「約4,300万」 → "4,300万"),
// or "".
func figureBefore(s string) string {
	end := len(s)
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsDigit(r) && !strings.ContainsRune(",，.万千億", r) {
			break
		}
		i -= size
	}
	return strings.TrimLeft(s[i:end], ",，.")
}

// countFell: a set's persons were told (a notice naming the set, or naming
// none) when its count was larger than it is now (CodeCountFell, once per
// set, at the first such notice): an exact count that fell at all, an
// approximate or maximum one that fell by more than a fifth (16: 約30,000
// told, 18,746 found; not 122's 約48,000 and 41,327). Those told who are not concerned after
// all are owed a word, and an update that gives the new count, its reason;
// if the fall only removed persons counted twice, nobody dropped out, so
// the finding asks rather than says.
func (l *linter) countFell() {
	for _, d := range l.inc.Affected("") {
		now := d.Persons.Latest()
		if !now.Known {
			continue
		}
		for _, ev := range l.inc.Events {
			if ev.Kind != incident.EvNoticePersons || !ev.Dated() || len(ev.Sets) > 0 && !slices.Contains(ev.Sets, d.ID) {
				continue
			}
			on := incident.DateOf(ev.At.In(l.loc))
			before := d.Persons.AsOf(on)
			if !before.Known || before.N <= now.N || (before.Approx || before.Max) && now.N*5 >= before.N*4 {
				continue // an estimate (約, 最大) refined by less than a fifth is its rounding, not persons dropped
			}
			b, n := countJA(before), countJA(now)
			bEN, nEN := incident.FormatCount(before, EN), incident.FormatCount(now, EN)
			why, whyEN := "続報や通知で新しい人数を伝えるときは、減った理由（重複の除外、調査による絞り込みなど）も書き添えてください（人数の「変わった理由」に入力すると続報に載ります。同じ方の重複を除いただけなら、対象でなくなった方はいません）。",
				" Where an update or a notice gives the new count, say why it fell (duplicates removed, the investigation narrowed it down; entered as the revision's reason, the updates give it): if it only removed persons counted twice, nobody dropped out."
			if reasonAfter(d.Persons, on) {
				why, whyEN = "", "" // the updates give the reason entered
			}
			l.add(CodeCountFell, SeverityInfo, "", "", txt(
				"「"+setLabel(d)+"」の人数は、"+dayJA(on)+"の本人への通知（"+ev.ID+"）の時点の"+b+"名から、"+n+"名に減っています。通知した方のうち対象でないと分かった方がいるときは、その方々に、対象ではなかったことをお詫びとともにお伝えすることを検討してください。"+why,
				"The count of persons of \""+setLabel(d)+"\" fell from "+bEN+" at the notice to persons of "+dayEN(on)+" ("+ev.ID+") to "+nEN+". If some of those told turned out not to be concerned, consider telling them so, with an apology."+whyEN))
			break
		}
	}
}

// reasonAfter: a revision of the figure established after day on gives its
// reason for the readers (Revision.Reason or ReasonEn).
func reasonAfter(f incident.Figure, on incident.Date) bool {
	for _, r := range f {
		if r.On != "" && !r.On.OnOrBefore(on) && strings.TrimSpace(r.Reason+r.ReasonEn) != "" {
			return true
		}
	}
	return false
}
