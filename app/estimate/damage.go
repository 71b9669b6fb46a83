package estimate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// BaseValue is the JNSA 基礎情報価値: 500 yen per person.
const BaseValue = 500

// ModelSource is where the model comes from (legal.md §3.3).
var ModelSource = rules.Citation{
	JA:  "JNSA「情報セキュリティインシデントに関する調査報告書」想定損害賠償額の算定式（JOモデル）と Simple-EP 図",
	EN:  "JNSA incident survey report: the estimated compensation formula (JO model) and the Simple-EP chart",
	URL: "http://www.thinkit.co.jp/cert/article/0607/11/5/table12.htm",
}

// Factor is one factor of the model: its value (a range when the user has not
// chosen it) and why.
type Factor struct {
	Low  int        `json:"low"`
	High int        `json:"high"`
	Why  rules.Text `json:"why"`
}

func (f Factor) rng() Range { return Between(int64(f.Low), int64(f.High)) }

func (f Factor) text() string {
	if f.Low == f.High {
		return strconv.Itoa(f.Low)
	}
	return strconv.Itoa(f.Low) + "～" + strconv.Itoa(f.High)
}

// Damage is the JNSA estimate of compensation (想定損害賠償額).
type Damage struct {
	// X (精神的苦痛, emotional distress) and Y (経済的損失, economic loss) are
	// the Simple-EP levels, the maximum of each axis over the affected
	// categories (0: no category yet); XFrom and YFrom name the categories that set them.
	X     int      `json:"x"`
	Y     int      `json:"y"`
	XFrom []string `json:"xFrom,omitempty"`
	YFrom []string `json:"yFrom,omitempty"`
	// Sensitivity is 機微情報度 = 10^(X−1) + 5^(Y−1).
	Sensitivity     int    `json:"sensitivity"`
	Identifiability Factor `json:"identifiability"` // 本人特定容易度
	Responsibility  Factor `json:"responsibility"`  // 社会的責任度
	After           Factor `json:"after"`           // 事後対応評価
	PerPerson       Range  `json:"perPerson"`
	Persons         Range  `json:"persons"`
	Total           Range  `json:"total"`
	// Formula is the arithmetic, e.g. "500 × (10^0 + 5^2) × 6 × 1～2 × 1～2".
	Formula string `json:"formula"`
	// NoLeak: no data set leaked (only lost or damaged), so the model does
	// not apply and the compensation is zero.
	NoLeak bool `json:"noLeak,omitempty"`
	// Notes are the assumptions made and what is still missing.
	Notes  []rules.Text   `json:"notes,omitempty"`
	Source rules.Citation `json:"source"`
}

// Sensitivity is 機微情報度 for the Simple-EP levels x and y (1..3): 10^(x−1) + 5^(y−1).
func Sensitivity(x, y int) int {
	if x < 1 || x > 3 || y < 1 || y > 3 {
		return 0
	}
	return pow(10, x-1) + pow(5, y-1)
}

func pow(b, e int) int {
	n := 1
	for range e {
		n *= b
	}
	return n
}

// How an item's Simple-EP levels were found (simpleEP).
const (
	levelCatalogue = iota // its category's, in the table
	levelFloor            // a free-text item the user classified
	levelAssumed          // a free-text item not classified: (1,1)
	levelUnknown          // an id the table does not have
)

// simpleEP is an item's Simple-EP levels. A free-text item ("other") the
// user classified (its flags: special-care, card data, ...) takes, on each
// axis, the lowest level of the table's items carrying each of its flags,
// the highest over its flags: a prescription classified special-care and
// health is at least 病歴's (2,1), not an assumed (1,1) (F160(b)). One not
// classified, or classified as carrying none, is assumed (1,1).
func simpleEP(rs *rules.Set, c incident.Category) (x, y, how int) {
	cat := rs.Category(c.ID)
	switch {
	case cat == nil:
		return 0, 0, levelUnknown
	case !cat.Unclassified:
		return cat.SimpleEP[0], cat.SimpleEP[1], levelCatalogue
	}
	x, y = 1, 1
	floor := false
	for _, f := range c.Flags {
		fx, fy := 0, 0
		for i := range rs.Categories {
			k := &rs.Categories[i]
			if k.Unclassified || !slices.Contains(k.Flags, f) {
				continue
			}
			if fx == 0 || k.SimpleEP[0] < fx {
				fx = k.SimpleEP[0]
			}
			if fy == 0 || k.SimpleEP[1] < fy {
				fy = k.SimpleEP[1]
			}
		}
		if fx > 0 {
			x, y, floor = max(x, fx), max(y, fy), true
		}
	}
	if floor {
		return x, y, levelFloor
	}
	return 1, 1, levelAssumed
}

// flagNames are the names of flags, in each language ("要配慮個人情報、…").
func flagNames(rs *rules.Set, ids []string) (ja, en string) {
	var js, es []string
	for _, id := range ids {
		for _, f := range rs.Flags {
			if f.ID == id {
				js, es = append(js, f.JA), append(es, f.EN)
			}
		}
	}
	return strings.Join(js, "、"), strings.Join(es, "; ")
}

// damage applies the JNSA model to the facts and the user's inputs.
func damage(inc *incident.Incident, rs *rules.Set, in Inputs) Damage {
	d := Damage{Source: ModelSource}
	note := func(ja, en string, a ...any) {
		d.Notes = append(d.Notes, rules.Text{JA: fmt.Sprintf(ja, a...), EN: fmt.Sprintf(en, a...)})
	}

	// Simple-EP levels: the maximum of each axis over the categories.
	has := map[string]bool{}
	for _, c := range inc.Categories("") {
		has[c.ID] = true
		x, y, how := simpleEP(rs, c)
		switch how {
		case levelUnknown:
			note("項目 %q は分類表にないため計算から除きました。", "Category %q is not in the table and was left out.", c.ID)
			continue
		case levelAssumed:
			note("「その他」の項目は Simple-EP (1,1) と仮定しました。性質に応じて X・Y を上書きしてください。",
				"The 'other' item was assumed to be Simple-EP (1,1); override X and Y to match what it is.")
		case levelFloor:
			ja, en := flagNames(rs, c.Flags)
			d.Notes = append(d.Notes, rules.Text{
				JA: fmt.Sprintf("「その他」の項目は、付けられた分類（%s）に当たる分類表の項目のうち最も低い水準 Simple-EP (%d,%d) としました。実際の性質に応じて X・Y を上書きしてください。", ja, x, y),
				EN: fmt.Sprintf("The 'other' item was given the lowest levels of the table's items in its classes (%s): Simple-EP (%d,%d); override X and Y to match what it is.", en, x, y),
			})
		}
		d.X, d.XFrom = maxFrom(d.X, d.XFrom, x, c.ID)
		d.Y, d.YFrom = maxFrom(d.Y, d.YFrom, y, c.ID)
	}
	if in.X >= 1 && in.X <= 3 {
		d.X, d.XFrom = in.X, []string{"input"}
	}
	if in.Y >= 1 && in.Y <= 3 {
		d.Y, d.YFrom = in.Y, []string{"input"}
	}
	d.Sensitivity = Sensitivity(d.X, d.Y)
	if d.Sensitivity == 0 {
		note("漏えいした項目が未入力のため、1人あたりの額を算定できません。", "No affected data category yet: the amount per person cannot be computed.")
	}

	d.Identifiability = identifiability(has, in.Identifiability)
	d.Responsibility = choice(in.Responsibility, map[string]Factor{
		RespHigher:   {2, 2, rules.Text{JA: "一般より高い（選択）", EN: "above the ordinary (chosen)"}},
		RespOrdinary: {1, 1, rules.Text{JA: "一般的（選択）", EN: "ordinary (chosen)"}},
	}, rules.Text{JA: "未選択のため 1（一般的）～2（一般より高い）", EN: "not chosen: 1 (ordinary) to 2 (above the ordinary)"})
	d.After = choice(in.After, map[string]Factor{
		AfterAppropriate:   {1, 1, rules.Text{JA: "適切（選択）", EN: "appropriate (chosen)"}},
		AfterInappropriate: {2, 2, rules.Text{JA: "不適切（選択）", EN: "inappropriate (chosen)"}},
		AfterUnknown:       {1, 1, rules.Text{JA: "不明・その他（JNSA の定義で 1）", EN: "unknown or other (1, as JNSA defines it)"}},
	}, rules.Text{JA: "未選択のため 1（適切）～2（不適切）", EN: "not chosen: 1 (appropriate) to 2 (inappropriate)"})

	if d.Sensitivity > 0 {
		d.PerPerson = Exact(int64(BaseValue * d.Sensitivity)).
			Mul(d.Identifiability.rng()).Mul(d.Responsibility.rng()).Mul(d.After.rng())
	}
	d.Formula = fmt.Sprintf("%d × (10^%d + 5^%d) × %s × %s × %s", BaseValue, max(d.X-1, 0), max(d.Y-1, 0),
		d.Identifiability.text(), d.Responsibility.text(), d.After.text())

	var pn []rules.Text
	d.Persons, pn = persons(inc, in)
	d.Notes = append(d.Notes, pn...)
	if !leaked(inc) {
		// The model values what persons suffer from others having their
		// data; data only destroyed or damaged, seen by no one, gives no
		// such claim (slips dissolved by mistake were ¥9.12M–¥54.7M, F180).
		d.NoLeak = true
		d.PerPerson, d.Total = Exact(0), Exact(0)
		note("漏えいしたデータがなく（滅失・毀損のみ）、JNSA モデル（漏えいによる精神的苦痛等への賠償の目安）は当てはまらないため、想定損害賠償額は0円としました。第三者が見た（又は見たおそれがある）データがあるときは、そのデータの「漏えい」を記録してください。",
			"No data leaked (it was only lost or damaged): the JNSA model, which estimates compensation for others having the data, does not apply, so the compensation is ¥0. If anyone saw or may have seen the data, record the set as a leak.")
		return d
	}
	d.Total = d.PerPerson.Mul(d.Persons)
	subsetTotal(inc, rs, in, &d)
	return d
}

// leaked tells whether any affected data set leaked (or may have): a set
// with no kind stated is taken as a leak, as the drafts take it.
func leaked(inc *incident.Incident) bool {
	sets := inc.Affected("")
	if len(sets) == 0 {
		return true // nothing recorded yet: the model's usual case
	}
	return slices.ContainsFunc(sets, leakedSet)
}

// leakedSet tells whether d's data leaked (or may have).
func leakedSet(d *incident.DataSet) bool {
	leak, _, _, _ := d.Kinds()
	return leak
}

func maxFrom(cur int, from []string, v int, id string) (int, []string) {
	switch {
	case v > cur:
		return v, []string{id}
	case v == cur && !slices.Contains(from, id):
		return cur, append(from, id)
	}
	return cur, from
}

// identifiability is 本人特定容易度: 6 with name and address, 3 with a name or
// an address with a phone number, 1 otherwise.
func identifiability(has map[string]bool, override int) Factor {
	switch override {
	case 1, 3, 6:
		return Factor{override, override, rules.Text{JA: "入力値", EN: "entered by the user"}}
	}
	switch {
	case has["name"] && has["address"]:
		return Factor{6, 6, rules.Text{JA: "氏名と住所", EN: "name and address"}}
	case has["name"]:
		return Factor{3, 3, rules.Text{JA: "氏名", EN: "name"}}
	case has["address"] && has["phone"]:
		return Factor{3, 3, rules.Text{JA: "住所と電話番号", EN: "address and phone number"}}
	}
	return Factor{1, 1, rules.Text{JA: "氏名も住所＋電話番号も含まない", EN: "neither a name nor an address with a phone number"}}
}

func choice(v string, known map[string]Factor, unchosen rules.Text) Factor {
	if f, ok := known[v]; ok {
		return f
	}
	return Factor{1, 2, unchosen}
}

// persons is the number of affected persons as a range, with notes on how it was taken.
func persons(inc *incident.Incident, in Inputs) (Range, []rules.Text) {
	if in.PersonsLow > 0 && in.PersonsHigh >= in.PersonsLow {
		return Between(in.PersonsLow, in.PersonsHigh), []rules.Text{{JA: "人数は入力値の範囲です。", EN: "The number of persons is the range entered."}}
	}
	c, partial := inc.Total("")
	var r Range
	var notes []rules.Text
	switch {
	case c.Known && !c.Approx:
		r = Exact(c.N)
	case c.Known:
		p := int64(in.ApproxPct)
		if p <= 0 || p > 100 {
			p = DefaultApproxPct
		}
		lo, hi := satMul(c.N, 100-p)/100, satMul(c.N, 100+p)/100
		r, notes = Between(lo, hi), []rules.Text{{
			JA: fmt.Sprintf("人数は概数（約%s人）のため ±%d%% の範囲としました。", Group(c.N), p),
			EN: fmt.Sprintf("The number of persons is approximate (about %s): taken as ±%d%%.", Group(c.N), p)}}
	}
	if c.Known && c.Max {
		notes = append(notes, rules.Text{
			JA: fmt.Sprintf("人数は上限（最大%s人）のため、合計は上限です。", Group(c.N)),
			EN: fmt.Sprintf("The number of persons is an upper bound (up to %s): the total is one too.", Group(c.N))})
	}
	if c.Known && partial {
		// A set whose persons are not counted yet (54: the taxpayers on
		// the resold disks, beside about 10,000 staff): the counted ones
		// are a floor, not the total (F154).
		r.Open = true
		notes = append(notes, rules.Text{
			JA: "本人の数が判明していないデータがあるため、判明している人数以上としました。",
			EN: "Some data's persons are not counted yet: taken as at least the persons counted."})
	}
	if c.Known {
		return r, notes
	}
	var most int64
	for _, cat := range inc.Categories("") {
		if cat.Persons.Known && cat.Persons.N > most {
			most = cat.Persons.N
		}
	}
	if most > 0 {
		return Range{Low: most, High: most, Known: true, Open: true}, []rules.Text{{
			JA: fmt.Sprintf("本人の数が不明のため、項目ごとの人数の最大（%s人）以上としました。", Group(most)),
			EN: fmt.Sprintf("The number of persons is unknown: taken as at least the largest count of a category (%s).", Group(most))}}
	}
	return Range{}, []rules.Text{{JA: "本人の数が不明のため、総額を算定できません。", EN: "The number of persons is unknown: no total can be computed."}}
}
