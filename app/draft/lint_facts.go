package draft

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// factIndex holds the figures and dates a draft may state.
type factIndex struct {
	persons map[int64]bool // every known count of persons
	records map[int64]bool // every known count of records
	total   incident.Count // the total of persons
	dates   map[string]bool
}

func newFactIndex(inc *incident.Incident, a assess.Assessment, loc *time.Location) *factIndex {
	f := &factIndex{persons: map[int64]bool{}, records: map[int64]bool{}, dates: map[string]bool{}}
	f.total, _ = inc.Total("")
	addC := func(m map[int64]bool, c incident.Count) {
		if c.Known {
			m[c.N] = true
		}
	}
	// Every figure the company has stated, earlier ones too (a document
	// dated earlier states the figure valid then), and the sums a document
	// about several sets states.
	days := map[incident.Date]bool{"": true}
	sourced := func(src string) { // a revision's source may state figures of its own ("推計値49,751件を含む")
		for _, g := range findFigures(src) {
			f.persons[g.n], f.records[g.n] = true, true
		}
	}
	for _, e := range inc.Events {
		// The persons a notice went to, when only some (F870).
		if e.Kind.TakesTold() && e.Recipients > 0 {
			f.persons[int64(e.Recipients)] = true
		}
	}
	for _, r := range inc.Persons {
		addC(f.persons, r.Count())
		days[r.On] = true
		sourced(r.Source)
	}
	for _, d := range inc.DataSets {
		for _, r := range d.Persons {
			addC(f.persons, r.Count())
			days[r.On] = true
			sourced(r.Source)
		}
		for _, r := range d.Records {
			addC(f.records, r.Count())
			days[r.On] = true
			sourced(r.Source)
		}
		for _, s := range d.Status {
			days[s.On] = true
		}
		for _, c := range d.Categories {
			addC(f.persons, c.Persons)
			addC(f.records, c.Records)
		}
		for _, r := range d.Residence {
			addC(f.persons, r.Persons)
		}
		addC(f.persons, d.Former.Persons)
	}
	// A deletion's counts of recipients (「488件のうち486件」, the 2 left)
	// are figures of their own, neither persons nor records.
	// So are a retrieval's counts of things gone and back (「842件のうち
	// 521件」, the 321 left).
	for _, e := range inc.Events {
		c, n, some := e.DeletedBySome()
		if !some {
			c, n, some = e.RetrievedSome()
		}
		if some {
			for _, x := range []int64{int64(c), int64(n), int64(n - c)} {
				f.persons[x], f.records[x] = true, true
			}
		}
	}
	exempt := map[string]bool{}
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			for _, id := range o.ExemptSets {
				exempt[id] = true
			}
		}
	}
	for day := range days {
		at := day
		if at == "" {
			at = "9999-12-31"
		}
		c, _ := inc.Total(at)
		addC(f.persons, c)
		r, _ := inc.Records(at)
		addC(f.records, r)
		// The known counts by place, summed over every affected set and
		// over the sets that are part of no other (the report's breakdown
		// sums those, and states a place counted in some sets only).
		byPlace, byPlaceTop := map[string]int64{}, map[string]int64{}
		affected := inc.Affected(at)
		ids := map[string]bool{}
		for _, d := range affected {
			ids[d.ID] = true
		}
		for _, d := range affected {
			for _, r := range d.Residence {
				if r.Persons.Known {
					byPlace[r.Country+"-"+r.Region] += r.Persons.N
					if d.Within == "" || !ids[d.Within] {
						byPlaceTop[r.Country+"-"+r.Region] += r.Persons.N
					}
				}
			}
		}
		// The living, apart from a set of the deceased (an announcement's
		// total, F501).
		var living int64
		livingKnown := false
		for _, d := range affected {
			if d.Deceased == incident.Yes || d.Within != "" && ids[d.Within] {
				continue
			}
			if c := d.Persons.AsOf(incident.Date(at)); c.Known {
				living += c.N
				livingKnown = true
			}
		}
		if livingKnown {
			f.persons[living] = true
		}
		// The persons a processor's own report speaks of: the sets its
		// notice to their entrustor did not exempt (116: 36,272 of 38,412,
		// the entrustor told in time of 2,140).
		if len(exempt) > 0 {
			var own int64
			ownKnown := false
			for _, d := range affected {
				if exempt[d.ID] || d.Deceased == incident.Yes || d.Within != "" && ids[d.Within] {
					continue
				}
				if c := d.Persons.AsOf(incident.Date(at)); c.Known {
					own += c.N
					ownKnown = true
				}
			}
			if ownKnown {
				f.persons[own] = true
			}
		}
		for _, m := range []map[string]int64{byPlace, byPlaceTop} {
			for _, n := range m {
				f.persons[n] = true
			}
		}
	}
	day := func(t time.Time) {
		if !t.IsZero() {
			f.dates[t.In(loc).Format("2006-01-02")] = true
		}
	}
	isoDay := func(d incident.Date) {
		if len(d) == 10 {
			f.dates[string(d)] = true
		}
	}
	var texts []string
	for _, e := range inc.Events {
		day(e.At)
		for _, w := range e.Was { // a document dated before a correction gives the date known then
			day(w.At)
		}
		if e.Due != nil {
			day(*e.Due)
		}
	}
	for d := range days {
		isoDay(d)
	}
	isoDay(inc.Exposure.From)
	isoDay(inc.Exposure.To)
	for _, d := range inc.DataSets {
		isoDay(d.Held.From)
		isoDay(d.Held.To)
		isoDay(d.Former.LeftFrom)
		isoDay(d.Found) // a later announcement says when a group was added (F89)
		if w := d.OwnExposure(); !w.Empty() {
			isoDay(w.From) // the period of its own the documents tell its readers
			isoDay(w.To)
		}
		isoDay(d.LogsFrom) // what the logs cover (「…以降に閲覧した形跡はない」)
	}
	if inc.AwareWhy.At != nil {
		day(*inc.AwareWhy.At)
	}
	day(a.Now)
	for _, j := range a.Jurisdictions { // the law's own dates ("2024年4月1日施行")
		texts = append(texts, j.Summary.JA, j.Summary.EN)
	}
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			for _, t := range []*time.Time{o.StartAt, o.DueFrom, o.Due, o.DoneAt, o.DueAlt} {
				if t != nil {
					day(*t)
				}
			}
		}
	}
	s, pub := inc.Story, inc.Public
	texts = append(texts, s.Summary, s.HowDiscovered, s.MeasuresBefore, s.Response, s.CurrentState,
		s.Prevention, s.Compensation, s.CompensationReason, s.Other, inc.Cause.Description, inc.Risk.SecondaryHarmNote,
		pub.Summary, pub.Cause, pub.Measures, pub.Prevention, pub.Harm, inc.AwareWhy.Text)
	for _, d := range inc.DataSets {
		// The user's own labels, printed as typed (「利用者アカウント（2025年11月12日
		// までに開設）」): a date in them is the label's, not an event to match.
		texts = append(texts, d.Name)
		for _, c := range d.Categories {
			texts = append(texts, c.Other)
		}
	}
	for _, t := range texts {
		for _, x := range findDates(t) {
			f.dates[x.iso] = true
		}
	}
	return f
}

// A figure is a number with a unit of persons or records, as a draft states it.
type figure struct {
	text    string
	n       int64
	approx  bool
	persons bool // 名, 人, people...; else records (件, records)
	// part: given as a part of the persons or records told (「うち3名」,
	// 「ほかに2名」): a subset the facts need not hold (partBefore).
	part bool
}

// partBefore: the text before a figure gives it as a part of others
// counted (174: 「お客様4名の…うち3名に…被害」, 「ほかに2名が…被害」).
func partBefore(s string) bool {
	t := tail(s)
	for _, w := range []string{"うち", "ほかに", "他に"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

var (
	figJA = &lazyRegexp{expr: `(約|およそ|概ね)?((?:` + numJA + `(?:億|万|千))+(?:` + numJA + `)?|` + numJA + `)\s*(名|人|件)`}
	figEN = &lazyRegexp{expr: `(?i)(approx\.\s*|about\s+|approximately\s+)?\b([0-9][0-9,]*)\s+(people|persons|individuals|customers|data subjects|records)\b`}
)

// numJA is a number as a draft writes it: "1,200", "１，２００", "6.79".
const numJA = `[0-9０-９][0-9０-９,，]*(?:\.[0-9]+)?`

var (
	// threshold follows a figure that is no count of the persons: a legal
	// threshold (1,000人超), or how far records can be narrowed down to a
	// person (93: 「1人に絞り込める例を確認」, 「1人を特定できる」 of data
	// found to identify persons).
	threshold = &lazyRegexp{expr: `^(超|を超|以上|以下|未満|に絞|まで絞|を特定|に特定)`}
	// staffCount: a figure right after a word for the organisation's people
	// counts them, not the persons affected (116: 「調査員1名のアカウント」).
	staffCount = &lazyRegexp{expr: `(調査員|職員|従業員|従業者|社員|担当者|作業員|オペレーター|スタッフ)$`}
	// hands follows a figure that counts the people doing a task together
	// (155: a measure 「送信前に2人で確認する」 read as a count of the persons
	// affected): 「2名でチェック」, 「2人体制」, 「3人一組」. 「409名で、」 (the
	// copula) stays a count.
	hands       = &lazyRegexp{expr: `^(での?(確認|再確認|チェック|ダブルチェック|点検|照合|対応|作業|実施|行|送信|封入|発送|回収)|体制|一組|1組|ひと組)`}
	thresholdEN = &lazyRegexp{expr: `(?i)\b(more than|over|at least|fewer than|less than)\s*$`}
)

// sub is the i-th submatch of a FindAllStringSubmatchIndex match, or "".
func sub(s string, ix []int, i int) string {
	if ix[2*i] < 0 {
		return ""
	}
	return s[ix[2*i]:ix[2*i+1]]
}

// findFigures returns the figures of a text; thresholds of the law are not figures.
func findFigures(s string) []figure {
	ja, en := findFiguresJAEN(s)
	return append(ja, en...)
}

// findFiguresJAEN is findFigures, the Japanese figures apart from the English.
func findFiguresJAEN(s string) (ja, en []figure) {
	var out []figure
	for _, ix := range figJA.FindAllStringSubmatchIndex(s, -1) {
		m := []string{s[ix[0]:ix[1]], sub(s, ix, 1), sub(s, ix, 2), sub(s, ix, 3)}
		if threshold.MatchString(s[ix[1]:]) {
			continue // a legal threshold ("1,000人超", "千人を超える") or a narrowing ("1人に絞り込める"), not a count
		}
		if m[3] == "件" && transactionBefore(s[:ix[0]]) {
			continue // 「不正購入231件」: purchases, not records of personal data
		}
		if m[3] == "件" && (documentBefore(s[:ix[0]]) || documentAfter.MatchString(s[ix[1]:])) {
			continue // 「資料1件」, 「2件のPDFファイル」: documents, not records (F1243)
		}
		if staffCount.MatchString(tail(s[:ix[0]])) || m[3] != "件" && hands.MatchString(s[ix[1]:]) {
			continue // the organisation's own people ("調査員1名", "2人で確認"), not the persons affected
		}
		c, err := incident.ParseCount(m[2])
		if err != nil || !c.Known {
			continue
		}
		out = append(out, figure{text: m[0], n: c.N, approx: m[1] != "", persons: m[3] != "件", part: partBefore(s[:ix[0]])})
	}
	ja, out = out, nil
	for _, ix := range figEN.FindAllStringSubmatchIndex(s, -1) {
		m := []string{s[ix[0]:ix[1]], sub(s, ix, 1), sub(s, ix, 2), sub(s, ix, 3)}
		if thresholdEN.MatchString(tail(s[:ix[0]])) {
			continue
		}
		c, err := incident.ParseCount(m[2])
		if err != nil || !c.Known {
			continue
		}
		out = append(out, figure{text: m[0], n: c.N, approx: m[1] != "", persons: !strings.EqualFold(m[3], "records")})
	}
	return ja, out
}

// transactionWords count acts, not records of personal data, when a
// figure of 件 follows them (120: 「不正購入231件」, the purchases made with
// the taken accounts, was read as a count of records and of persons).
var transactionWords = []string{"購入", "取引", "決済", "注文", "送金", "振込", "出金", "利用", "ログイン", "申込"}

// transactionBefore: the text before a figure ends with a transaction word,
// alone or with a particle (「不正購入231件」, 「不正な購入が231件」).
func transactionBefore(before string) bool {
	t := strings.TrimRight(before, " \t　")
	for _, p := range []string{"が", "は", "も", "：", ":"} {
		t = strings.TrimSuffix(t, p)
	}
	t = strings.TrimRight(t, " \t　")
	return slices.ContainsFunc(transactionWords, func(w string) bool { return strings.HasSuffix(t, w) })
}

// documentWords count documents or files, not records of personal data,
// when a figure of 件 follows them (165: 「別の資料1件でも団体役員3名の…」 read
// as a count of records; 「会議資料等2件のPDFファイル」 as a mismatch).
var documentWords = []string{"資料", "文書", "書類", "要望書", "議事録", "ファイル", "PDF"}

// documentAfter follows a figure of 件 that counts documents or files.
var documentAfter = &lazyRegexp{expr: `^の?(?:PDF|ＰＤＦ)?(?:ファイル|資料|文書|書類)`}

// documentBefore: the text before a figure ends with a word for documents,
// alone, with 等 or with a particle (「資料1件」, 「会議資料等2件」, 「文書が3件」).
func documentBefore(before string) bool {
	t := strings.TrimRight(before, " \t　")
	for _, p := range []string{"が", "は", "も", "：", ":", "等"} {
		t = strings.TrimSuffix(t, p)
	}
	return slices.ContainsFunc(documentWords, func(w string) bool { return strings.HasSuffix(t, w) })
}

// matches: n is in set, or near one of it when the figure is approximate (±5%).
func matches(set map[int64]bool, n int64, approx bool) bool {
	if set[n] {
		return true
	}
	if approx {
		for k := range set {
			if d := k - n; d*20 <= k && -d*20 <= k {
				return true
			}
		}
	}
	return false
}

// tail is what thresholdEN needs of the text before a figure: its end, but
// for white space, with 64 bytes before it. Matching the whole text before
// every figure made a paragraph's check quadratic in its length (a time line
// of 1,000 events is 100 KB).
func tail(s string) string {
	t := strings.TrimRight(s, "\t\n\f\r ")
	return t[max(0, len(t)-64):]
}

// A date as a draft states it, with its ISO form.
type dateRef struct{ text, iso string }

var (
	dateJA  = &lazyRegexp{expr: `([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日`}
	dateISO = &lazyRegexp{expr: `\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b`}
	dateEN  = &lazyRegexp{expr: `\b(January|February|March|April|May|June|July|August|September|October|November|December) ([0-9]{1,2}), ([0-9]{4})\b`}
)

// findDates returns the dates of a text.
func findDates(s string) []dateRef {
	k := findDateKinds(s)
	return append(append(k[0], k[1]...), k[2]...)
}

// findDateKinds is findDates by pattern: Japanese, ISO, English.
func findDateKinds(s string) (kinds [3][]dateRef) {
	var out []dateRef
	mk := func(text, y, m, d string) {
		yi, _ := strconv.Atoi(y)
		mi, _ := strconv.Atoi(m)
		di, _ := strconv.Atoi(d)
		t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(mi) || t.Day() != di {
			out = append(out, dateRef{text, "invalid"})
			return
		}
		out = append(out, dateRef{text, t.Format("2006-01-02")})
	}
	for _, m := range dateJA.FindAllStringSubmatch(s, -1) {
		mk(m[0], m[1], m[2], m[3])
	}
	kinds[0], out = out, nil
	for _, m := range dateISO.FindAllStringSubmatch(s, -1) {
		mk(m[0], m[1], m[2], m[3])
	}
	kinds[1], out = out, nil
	for _, m := range dateEN.FindAllStringSubmatch(s, -1) {
		t, err := time.Parse("January 2, 2006", m[0])
		if err != nil {
			out = append(out, dateRef{m[0], "invalid"})
			continue
		}
		out = append(out, dateRef{m[0], t.Format("2006-01-02")})
	}
	kinds[2] = out
	return kinds
}

func itoa(i int) string { return strconv.Itoa(i) }

// harmReported are words of persons coming forward, or of an effect seen;
// harmDenied, words that deny them in the same clause (「申告もない」,
// 「報告なし」, "no complaints").
var (
	harmReported = []string{"問い合わせ", "問合せ", "苦情", "申告", "申し出", "申出", "不正利用", "被害", "請求", "通報",
		"complaint", "inquir", "enquir", "fraud", "misuse"}
	harmDenied = []string{"ない", "なし", "無し", "なかった", "ません", "0件", "ゼロ", "no ", "not ", "none", "never"}
)

// harmNoteSaysSome: the secondary harm is "no" and a clause of its note
// tells of an effect reported, not denied (CodeHarmNoteSaysSome). The note
// is printed beside 「二次被害は確認されておりません」 in the reports; whether
// what was reported is secondary harm is the company's (and counsel's) call,
// so the finding asks.
func (l *linter) harmNoteSaysSome() {
	r := l.inc.Risk
	if r.SecondaryHarm != incident.No || strings.TrimSpace(r.SecondaryHarmNote) == "" {
		return
	}
	clauses := strings.FieldsFunc(r.SecondaryHarmNote, func(c rune) bool { return strings.ContainsRune("。、，,.;；（）()\n", c) })
	for _, c := range clauses {
		lc := strings.ToLower(c) + " "
		w := ""
		for _, x := range harmReported {
			if strings.Contains(lc, x) {
				w = x
				break
			}
		}
		if w == "" || slices.ContainsFunc(harmDenied, func(d string) bool { return strings.Contains(lc, d) }) {
			continue
		}
		c = strings.TrimSpace(c)
		l.add(CodeHarmNoteSaysSome, SeverityWarning, "", "", txt(
			"二次被害は「いいえ」とされていますが、そのメモは、本人からの申し出や影響（「"+c+"」）を伝えています。報告書では「二次被害は確認されておりません（"+strings.TrimSpace(r.SecondaryHarmNote)+"）」となり、矛盾して読まれます。申し出のあった影響が二次被害（又はそのおそれ）に当たるかを確認し、当たるなら「はい」にして内容を書き、当たらないなら、そう判断した理由が分かるようにメモを書き直してください。",
			"Secondary harm is answered \"no\", but its note tells of persons coming forward or of an effect (\""+c+"\"). The report will read \"no secondary harm has been found ("+strings.TrimSpace(r.SecondaryHarmNote)+")\", against itself. Check whether the effect reported is secondary harm (or a risk of it): if it is, answer \"yes\" and describe it; if not, write the note so that it says why."))
		return
	}
}
