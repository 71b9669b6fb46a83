package draft

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// view is what one build reads: the facts as known on the document's date,
// the assessment at that instant, the rules and the document's language, with
// the lookups every builder needs.
type view struct {
	inc  *incident.Incident // the facts as known at the document's date (asOf)
	a    assess.Assessment  // the engine's answer at that instant
	rs   *rules.Set
	lang string
	date time.Time // the document's date: what it knows is what was known then
	// knownAt gives the facts as known at an earlier instant and the
	// engine's answer then, from the memo of the documents built together
	// (build); nil outside build.
	knownAt func(cut time.Time) (*incident.Incident, assess.Assessment)
	loc     *time.Location
	// readersLoc is, for an English notice to persons who all live in
	// one other country with one civil time, that country's zone: an
	// event known to the minute is told on its day there (readersZone).
	readersLoc *time.Location
	you        string // how a Japanese notice addresses the affected persons (お客様, 患者さま, ...)
	// group is who the persons are (住民の皆さま, 従業員の皆さま …), as you
	// was before a letter to one known person made it あなた様: what the
	// notice says or asks follows who they are.
	group string
	kind  Kind // the document being built ("" outside Build)
	// planned are the kinds of the steps recorded as planned only (not done:
	// inc has none of them), which a document may say are to come.
	planned map[incident.EventKind]bool
	// The data sets: every affected one on the document's day, those the
	// document speaks of, and for a notice to the persons of one set, that set.
	sets   []*setView
	scope  []*setView
	reader *setView
	// place is the jurisdiction whose residents' own version of the notice
	// this is (Spec.Place), "" for the common one.
	place string
	party string // the party the document is addressed to (entrustor, ministry), "" = none or the only one
	// ownParty is the party recorded on the document's own event (the 速報
	// it is), which the facts as known at its date leave out.
	ownParty string
	follow   int // a later announcement's number (Spec.Follow)
	// knewLater: the company's knowing is recorded after the document's
	// date (the facts as known then have none): see knowsLater.
	knewLater bool
	// sorted is timeline's answer, once asked (non-nil then).
	sorted []incident.Event
}

// formal: the document goes to an authority or a business, not to the
// persons: it names them plainly and uses the law's terms, and may use the
// story written for the authorities.
func (v *view) formal() bool {
	switch v.kind {
	case KindNotice, KindPublic, KindGDPR34:
		return false
	}
	return true
}

// newView is the view of a document of spec s dated date, on the facts as
// known then (inc) and the assessment of that instant (a).
func newView(inc *incident.Incident, a assess.Assessment, rs *rules.Set, s Spec, date time.Time) *view {
	v := &view{inc: inc, a: a, rs: rs, lang: s.Lang, loc: inc.Location(), kind: s.Kind}
	v.date = date.In(v.loc)
	v.sets = newSets(inc)
	v.party, v.follow, v.place = s.Party, s.Follow, s.Place
	if v.party == "" {
		v.party = soleParty(inc, s.Kind)
	}
	v.scope, v.reader = scopeFor(s, v)
	v.sorted = nil // the time line is the document's sets' (elsewhere), asked again
	v.readersLoc = v.readersZone()
	v.you = v.audienceJA()
	v.group = v.you
	if !v.formal() {
		v.you = v.withFormerJA(v.you)
	}
	if v.toOne() && strings.HasSuffix(v.you, "皆さま") {
		// A letter to one known person (【要記入：お名前】様) does not call
		// them 皆さま: 「あなた様の個人情報」 (73: a welfare record of one).
		v.you = "あなた様"
	}
	if v.formal() {
		v.you = plainAudience(v.you)
		v.group = v.you
	}
	return v
}

// withFormerJA names, beside the staff a notice addresses, those who have
// left, when a set it speaks of holds persons who had left (158: 1,224
// former staff among 2,874 were addressed 「従業員の皆さまへ」 and counted as
// 「対象となる従業員の皆さま」, F1146): 「従業員・元従業員の皆さま」. Only the
// address changes; what the notice says or asks follows group, the staff.
func (v *view) withFormerJA(you string) string {
	left := false
	for _, s := range v.data() {
		left = left || s.Former.HasLeft()
	}
	if !left {
		return you
	}
	for _, w := range []string{"教職員", "従業員", "職員"} {
		if strings.HasSuffix(you, w+"の皆さま") {
			return strings.TrimSuffix(you, "の皆さま") + "・元" + w + "の皆さま"
		}
	}
	return you
}

// directReaders: every set the document speaks of was said to be of persons
// who deal with the company itself (DataSet.Direct yes): they know it,
// though it holds their data for an entrustor.
func (v *view) directReaders() bool {
	ds := v.data()
	for _, s := range ds {
		if s.Direct != incident.Yes {
			return false
		}
	}
	return len(ds) > 0
}

// entrusted: every set the document speaks of is held for an entrustor.
func (v *view) entrusted() bool {
	ds := v.data()
	for _, s := range ds {
		if s.Role != incident.Processor {
			return false
		}
	}
	return len(ds) > 0
}

// whoseJA names the persons whose data it is, where the notice's address
// names its readers too: pupils' or children's data is read by them and
// their guardians (「園児・保護者の皆さまへ」), but what leaked is the
// children's (「園児の皆さまの個人情報」, 「対象となる園児の皆さまは、42名です」;
// 63, 49: F203). A set whose name includes the guardians keeps both.
func (v *view) whoseJA() string {
	child, ok := childrenOf(v.you)
	if !ok {
		return v.you
	}
	for _, s := range v.data() {
		if strings.Contains(s.Name, "保護者") {
			return v.you
		}
	}
	return child
}

// oneWhoseJA is whoseJA where the announcement of a case of one person
// speaks of that person: 皆さま is many, so 「住民の皆さま」 is 「住民の方」
// (F1240: 「対象となる住民の皆さまは1名です」); お客様 and 患者さま are said of
// one as of many.
func (v *view) oneWhoseJA() string {
	w := v.whoseJA()
	if !(v.kind == KindPublic && v.oneOnly()) {
		return w
	}
	if b, ok := strings.CutSuffix(w, "の皆さま"); ok {
		return b + "の方"
	}
	return w
}

// childrenOf names the children of an address to children and their
// guardians (formal documents name them plainly); false for any other
// address. A switch, not a map: nothing built at start-up.
func childrenOf(you string) (string, bool) {
	switch you {
	case "生徒・保護者の皆さま":
		return "生徒の皆さま", true
	case "児童・保護者の皆さま":
		return "児童の皆さま", true
	case "園児・保護者の皆さま":
		return "園児の皆さま", true
	case "お子さま・保護者の皆さま":
		return "お子さま", true
	case examineesJA:
		return "受験生の皆さま", true
	case "生徒・保護者":
		return "生徒", true
	case "受験生・保護者":
		return "受験生", true
	case "園児・保護者":
		return "園児", true
	case "児童・保護者":
		return "児童", true
	}
	return "", false
}

// audienceJA is how the affected persons are addressed in Japanese.
func (v *view) audienceJA() string {
	if v.entrusted() {
		// The persons are the entrustor's customers or staff, not the
		// processor's. Children a processor looks after for its client
		// (an after-school club run for a city: 学童に通う児童) are not
		// addressed as the readers: their guardians read the letter, about
		// the children's data; a set of the guardians is theirs.
		if v.allNamedAny("児童", "園児", "幼児", "生徒", "小学生", "中学生") {
			if v.allNamedSuffix("保護者") {
				return "保護者の皆さま"
			}
			return "お子さま・保護者の皆さま"
		}
		return "皆さま"
	}
	if v.inc.Org.Sector == "public" || v.inc.Org.Kind.IsPublic() {
		// A public body's persons are its residents, whatever their sets'
		// names say of them ("他の法人の従業員等": employees of businesses in
		// the city, not the city's staff); its own staff are 職員.
		if v.allNamed("職員") {
			return "職員の皆さま"
		}
		if v.allNamedAny("事業者", "事業所", "取引先") {
			if v.anyNamed(residentWords...) {
				// Residents and businesses' staff in one set (141: the
				// recipients of a city's mails, 「市民・事業者の担当者等」):
				// neither word covers both, and a business has no
				// personal information.
				return "関係者の皆さま"
			}
			// Businesses the body regulates or deals with (31: a
			// prefecture's registered operators), not its residents.
			return "事業者の皆さま"
		}
		// A board of education's pupils and their guardians, a public
		// university's students (49: 在校生・卒業生 of a ward's school were
		// 住民の皆さま). Not 児童 alone: a city's 児童手当受給世帯 are
		// households, not pupils (30).
		// A school's or a board of education's own 児童 are its pupils
		// (101: a primary school's 特別支援学級の児童 were 住民の皆さま).
		pupils := []string{"生徒", "在校生", "卒業生", "小学生", "中学生"}
		if v.inc.Org.Sector == "education" {
			pupils = append(pupils, "児童")
		}
		if v.allNamedAny(pupils...) {
			if v.inc.Org.Sector == "education" && v.allNamedAny("児童", "小学生") && !v.anyNamed("生徒", "中学生") {
				// A primary school's pupils are 児童, a secondary
				// school's 生徒 (101: 「生徒の皆さま」 to a primary
				// school's families).
				return "児童・保護者の皆さま"
			}
			return "生徒・保護者の皆さま"
		}
		if v.allNamedAny("園児", "幼児") {
			// A public kindergarten's or nursery's children, whose
			// guardians read the letter (63): not 住民 nor 生徒.
			return "園児・保護者の皆さま"
		}
		if v.allNamed("学生") {
			return "学生の皆さま"
		}
		if v.allNamed("被保険者") {
			// A city's insured (56: 後期高齢者医療の被保険者, F163), as its
			// letters about their insurance address them.
			return "被保険者の皆さま"
		}
		if v.inc.Org.Sector == "medical" {
			// A public hospital's persons are its patients (121: a
			// university hospital entered as a public body wrote to its
			// research patients as 「住民の皆さま」).
			return "患者さま"
		}
		return "住民の皆さま"
	}
	if you := v.audienceOfNames(); you != "" {
		if you == examineesJA && strings.Contains(v.inc.Org.Name, "大学") {
			return "受験生の皆さま" // a university's examinees are adults
		}
		if you == "お客様" && v.allNamed("利用者") && (v.inc.Org.Sector == "medical" || v.anyNamed("生徒", "児童", "学生", "教員", "教職員")) {
			// A care provider's service users (110: a day-service
			// centre's 利用者, told 「お客様各位　平素より格別のご愛顧を
			// 賜り」), as its own letters address them; and users named
			// with pupils, students or teachers among them (64: an
			// educational app's 「国内の利用者（個人・教育機関の生徒・教
			// 員）」), who use it through their school and are thanked for
			// using it, not for a patronage.
			return "ご利用者の皆さま"
		}
		return you
	}
	switch v.inc.Org.Sector {
	case "medical":
		return "患者さま"
	case "public":
		return "住民の皆さま"
	case "education":
		if strings.Contains(v.inc.Org.Name, "大学") {
			return "学生の皆さま" // a university's are 学生, not 生徒 (35)
		}
		return "生徒・保護者の皆さま"
	}
	if v.hasCategory("health_checkup") || v.hasCategory("grades") && v.inc.Org.Sector != "education" {
		// Health check-ups and grades are most often a company's own staff
		// records, but a health insurance society, a clinic or a check-up
		// centre holds them of persons who are not its staff (scenario 23):
		// where the sets are named, the name must say so.
		if v.namesStaff() {
			return "従業員の皆さま"
		}
		return "皆さま"
	}
	if v.inc.Org.Art57Body == incident.Yes && !v.inc.Org.Kind.IsPublic() {
		// A religious or a political body, a press organisation or an
		// author whose sets' names say nothing of who the persons are (128:
		// a religious centre's part-time researchers paid fees, told
		// 「お客様各位」): not customers thanked for their patronage. A
		// newspaper's subscribers named as such stay customers.
		return "関係者の皆さま"
	}
	return "お客様"
}

// namesStaff: the sets the document speaks of are unnamed (nothing tells
// whose records they are), or one of their names says they are staff.
func (v *view) namesStaff() bool {
	named := false
	for _, s := range v.data() {
		n := strings.TrimSpace(s.Name)
		if n == "" {
			continue
		}
		named = true
		for _, w := range []string{"従業員", "社員", "職員", "スタッフ", "アルバイト", "staff", "employee", "Staff", "Employee"} {
			if strings.Contains(n, w) {
				return true
			}
		}
	}
	return !named
}

// audienceOfNames is how the persons are addressed when the names of the
// sets the document speaks of say who they are: a notice to a company's
// staff, applicants or business contacts began 「お客様各位　平素より格別の
// ご愛顧を賜り」 (scenarios 15, 18, 20, 22, 24). Sets of different kinds
// are 関係者; "" when a set is unnamed or its name says none of these.
func (v *view) audienceOfNames() string {
	found := ""
	for _, s := range v.data() {
		k := personKindJA(s.Name)
		for p := s.parent; k == "" && p != nil && p != s; p = p.parent {
			// A part of a set, named for what it holds (「休職・障害給付
			// の申請者（診断書）」 within the employees, 108), is of the
			// set it is part of: unread, it made employees and their
			// dependants 「お客様」 asked never to give a bank account.
			k = personKindJA(p.Name)
		}
		switch {
		case k == "":
			return ""
		case found == "":
			found = k
		case found != k:
			found = "関係者の皆さま"
		}
	}
	if found == "従業員の皆さま" && v.allNamed("教職員") {
		return "教職員の皆さま" // a school's or a university's staff (68: 学内教職員), not 従業員
	}
	if found == "従業員の皆さま" && v.groupStaff() {
		// Staff of group companies beside (or instead of) the company's
		// own, on a system it runs (60: 20,938 of a Korean group
		// company's staff among 51,353 accounts, told 「従業員の皆さま」
		// as if all were its own, F197).
		return v.weJA() + "グループの従業員の皆さま"
	}
	return found
}

// groupStaff: a set of staff is named as of group companies.
func (v *view) groupStaff() bool {
	for _, s := range v.data() {
		n := strings.ToLower(s.Name)
		if slices.ContainsFunc([]string{"グループ", "関係会社", "子会社", "親会社", "group compan", "affiliate", "subsidiar"}, func(w string) bool { return strings.Contains(n, w) }) {
			return true
		}
	}
	return false
}

// allNamed: every set the document speaks of is named, with word in its name.
func (v *view) allNamed(word string) bool {
	ds := v.data()
	for _, s := range ds {
		if !strings.Contains(s.Name, word) {
			return false
		}
	}
	return len(ds) > 0
}

// allNamedSuffix: every set the document speaks of is named ending in word
// (児童の保護者: the guardians, not the children).
func (v *view) allNamedSuffix(word string) bool {
	ds := v.data()
	for _, s := range ds {
		if !strings.HasSuffix(strings.TrimSpace(s.Name), word) {
			return false
		}
	}
	return len(ds) > 0
}

// allNamedAny: every set the document speaks of is named with one of words.
func (v *view) allNamedAny(words ...string) bool {
	ds := v.data()
	for _, s := range ds {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s.Name, w) }) {
			return false
		}
	}
	return len(ds) > 0
}

// anyNamed: some data set's name holds one of words.
func (v *view) anyNamed(words ...string) bool {
	return slices.ContainsFunc(v.data(), func(s *setView) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s.Name, w) })
	})
}

// residentWords name a public body's residents in a set's name.
var residentWords = []string{"市民", "住民", "県民", "区民", "町民", "村民", "都民", "府民", "道民"}

// businessContactWords name a set of business contacts (lower case).
var businessContactWords = []string{"取引先", "融資先", "supplier", "business contact", "business partner"}

// personKindJA reads who the persons of a set are from its name: one kind,
// 関係者 when the name lists several kinds, "" when it names none. Words in
// brackets that make a second kind say more of the persons named before
// them, unless they say others are included (「顧客（取引先の担当者を含む）」):
// 142's 「契約者・入居者（学生）」 are a rental company's customers who are
// students, not customers and students (関係者, F875). A name whose words
// before the brackets name no kind is read whole (「一斉メールの受信者（市民・
// 事業者の担当者等）」), and so is one read as a single kind (「紹介元医師の紹
// 介状（患者情報）」: the patients).
func personKindJA(name string) string {
	k := personKindOfJA(name)
	if k != "関係者の皆さま" {
		return k
	}
	out, in := outsideBrackets(name)
	if out == name || slices.ContainsFunc([]string{"含", "ほか", "他", "以外", "includ", "other"}, func(w string) bool { return strings.Contains(strings.ToLower(in), w) }) {
		return k
	}
	if o := personKindOfJA(out); o != "" && o != applicantsJA {
		return o
	}
	return k
}

// personKindOfJA is personKindJA of the whole name.
func personKindOfJA(name string) string {
	if familyOf(name) {
		return "ご家族の皆さま"
	}
	kinds := []struct {
		you   string
		words []string
	}{
		// 役員 beside staff are the company's officers and staff (役員・社員,
		// 15); alone, officers (a council's board members, 45), not 従業員.
		// A set an overseas office named in English is read too ("US
		// employees"; the name is lower-cased first).
		// スタッフ, アルバイト: a shop's or a gym's own staff (122: 「店舗スタッフ
		// （ゲート管理画面のアカウント）」 were told 「お客様各位　平素より格別の
		// ご愛顧を賜り」 and 「対象となるお客様は、214名です」).
		{"従業員の皆さま", []string{"従業員", "従業者", "社員", "職員", "行員", "退職者", "出向者", "駐在員", "スタッフ", "アルバイト", "employee", "staff", "personnel", "expatriate", "secondee"}}, // 行員: a bank's (71); 出向者: seconded to it (88)
		{"役員の皆さま", []string{"役員", "board member", "director"}},
		{"ご家族の皆さま", []string{"家族", "dependant", "dependent", "family"}}, // staff's dependants (46) are not staff
		{"応募者の皆さま", []string{"応募", "候補者", "applicant", "candidate"}},
		// A recruiter's or a staffing agency's registered job seekers (92:
		// 「当社に登録している求職者」 were told 「お客様各位　平素より格別の
		// ご愛顧を賜り」): neither customers nor applicants to the company.
		{"求職者の皆さま", []string{"求職者", "転職希望者", "job seeker", "jobseeker"}},
		{"お取引先の皆さま", businessContactWords}, // 融資先: a bank's borrowers' staff (71)
		// A set named as "others concerned" (学外の関係者, 68) says whose it is
		// as much as the others: unread, it let the sector's word (学生) stand
		// for the staff and outside persons beside the students.
		{"関係者の皆さま", []string{"関係者"}},
		// A religious, political or charitable body's believers, donors
		// and the readers it sends its publications to (128: a religious
		// centre's periodical list of temples, believers and supporters,
		// told 「お客様各位　平素より格別のご愛顧を賜り」): they buy nothing.
		{"関係者の皆さま", []string{"送付先", "寄付者", "寄附者", "支援者", "協力者", "後援会", "信者", "信徒", "門徒", "檀家", "氏子", "崇敬者"}},
		// Doctors, nurses, pharmacists and researchers a business deals
		// with (136: a CRO's trial investigators, told 「患者さま各位」, the
		// medical sector's word): no one's patients here.
		{"関係者の皆さま", []string{"医師", "看護師", "薬剤師", "研究者", "investigator", "physician"}},
		{"株主の皆さま", []string{"株主", "shareholder"}},
		{"取材先の皆さま", []string{"取材先", "interviewee"}}, // a newspaper's sources (74), not its customers
		{"受診者の皆さま", []string{"受診者"}},
		// A lease's or a loan's guarantors (142: a student-housing company's
		// 「連帯保証人（主に入居者の保護者）」, told 「生徒・保護者の皆さまへ」 and
		// warned of stalkers finding 「お子さま」): they stand surety for a
		// contract, whoever's parents they are.
		{"保証人の皆さま", []string{"保証人", "guarantor"}},
		{"生徒・保護者の皆さま", []string{"生徒", "在校生", "卒業生", "保護者", "小学生", "中学生", "児童", "出願者"}},
		// A school's applicants sat its examination and most will never be
		// its pupils (124: a high school's examinees, told 「生徒・保護者の
		// 皆さまへ」 and 「本学園が保有する生徒の皆さまの個人情報」, the
		// rejected among them): 受験生, with their guardians who read the
		// letter; a university's are adults (受験生の皆さま, audienceJA).
		{examineesJA, []string{"受験生", "受験者", "受検者", "志願者"}},
		{"学生の皆さま", []string{"学生"}},                   // a university's (35); 小学生, 中学生 are pupils
		{"加入者の皆さま", []string{"被保険者", "被扶養者", "加入者"}}, // a health insurance society's insured (40), not its customers
		// A pension fund's or a benefit scheme's recipients (119: 「年金受給者
		// （扶養親族等申告書）」 were told 「お客様各位　平素より格別のご愛顧
		// を賜り」): they receive what the organisation pays, they buy nothing.
		{"受給者の皆さま", []string{"受給者", "受給権者", "pensioner", "beneficiar"}},
		// A union's, a co-operative's or a party's own members (114: a
		// union's roster told 「お客様各位　平素より格別のご愛顧を賜り」),
		// as their own letters address them.
		{"組合員の皆さま", []string{"組合員", "union member"}},
		{"党員の皆さま", []string{"党員", "party member"}},
		// An insurer's policyholders in English, as 契約者 (保険契約者) in
		// Japanese (172: "Other insurers' policyholders (… sent by our
		// secondees …)" was read as staff from the sender's word alone).
		{"お客様", []string{"顧客", "お客様", "会員", "利用者", "ユーザー", "購入者", "契約者", "予約者", "購読者", "customer", "member", "user", "subscriber", "policyholder"}},
		// Applicants for a course or a service: a kind of their own beside
		// another (研修申込者・本会役員等, 45: 関係者), none alone (the sector
		// says who they are: a university's 参加申込者 are 学生, 35).
		{applicantsJA, []string{"申込者"}},
	}
	// A council's or an association's member businesses (会員事業所, 45) are
	// businesses, not members who buy (F110).
	name = strings.NewReplacer("会員事業所", "事業所", "会員企業", "企業", "会員団体", "団体").Replace(strings.ToLower(name))
	staff := slices.ContainsFunc(kinds[0].words, func(w string) bool { return strings.Contains(name, w) })
	found := ""
	pupils := strings.NewReplacer("小学生", "児童", "中学生", "生徒").Replace(name)
	if strings.Contains(pupils, "学生") {
		// A university's students and its graduates are one kind (137:
		// 「面談を予約した学生（在学生・卒業生・退学者）」 read as pupils and
		// students, two kinds, and was told 「関係者の皆さま」, F763).
		pupils = strings.ReplaceAll(pupils, "卒業生", "学生")
		name = strings.ReplaceAll(name, "卒業生", "学生")
	}
	for _, k := range kinds {
		for _, w := range k.words {
			if (w == "役員" || w == "関係者") && staff {
				continue // 役員・社員, 社員・関係者 (18): one kind, the staff
			}
			if (w == "医師" || w == "physician") && (strings.Contains(name, "患者") || strings.Contains(name, "patient")) {
				continue // 「医師から紹介された患者」: the patients, whom the sector names
			}
			if w == "保護者" && strings.Contains(name, "保証人") {
				continue // 「連帯保証人（主に入居者の保護者）」: the guarantors, whoever's parents they are
			}
			if strings.Contains(pupils, w) || strings.Contains(name, w) && w != "学生" {
				if found != "" && found != k.you {
					return "関係者の皆さま"
				}
				found = k.you
			}
		}
	}
	if found == applicantsJA {
		return ""
	}
	if found == "" && (strings.Contains(name, "担当者") || strings.Contains(name, "関係機関")) {
		// Contacts at businesses or agencies that are not said to be
		// customers (「事業所・関係機関の担当者」, 45; 「資料請求をした事業者の担当
		// 者」, 36): 関係者, not お客様 thanked for their ご愛顧. A customer's
		// contact (「法人のお客様の…担当者」) stays a customer.
		return "関係者の皆さま"
	}
	return found
}

// outsideBrackets splits a name into its words outside brackets (（…）,
// (…)) and those inside them.
func outsideBrackets(name string) (out, in string) {
	var o, i strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '（' || r == '(':
			depth++
		case (r == '）' || r == ')') && depth > 0:
			depth--
		case depth > 0:
			i.WriteRune(r)
		default:
			o.WriteRune(r)
		}
	}
	return strings.TrimSpace(o.String()), i.String()
}

// familyOf: a set named as the families of others (利用者のご家族, 従業員の
// 家族): the family is who the name is of, not the persons named before
// の (110: 「利用者のご家族（緊急連絡先）」 read as users and families, 関係者).
// 「退職者とその家族」 names both.
func familyOf(name string) bool {
	n := strings.TrimSpace(name)
	if i := strings.Index(n, "（"); i > 0 {
		n = n[:i]
	}
	i := strings.LastIndex(n, "の")
	if i < 0 || strings.Contains(n, "とその") {
		return false
	}
	head := n[i+len("の"):]
	return strings.HasPrefix(head, "家族") || strings.HasPrefix(head, "ご家族")
}

// applicantsJA marks applicants (申込者) in personKindJA: no word of address.
const applicantsJA = "申込者"

// examineesJA addresses a school's examinees and their guardians.
const examineesJA = "受験生・保護者の皆さま"

// plainAudience is the audience without honorifics, for reports to authorities.
func plainAudience(you string) string {
	switch you {
	case "お客様":
		return "顧客"
	case "患者さま":
		return "患者"
	case "ご利用者の皆さま":
		return "利用者"
	case "皆さま":
		return "本人"
	case "ご家族の皆さま":
		return "家族"
	case "お子さま・保護者の皆さま":
		return "児童・保護者"
	}
	return strings.TrimPrefix(strings.TrimSuffix(you, "の皆さま"), "お")
}

// knew is when the company knew (the assessment's one instant), or nil.
func (v *view) knew() *time.Time { return v.a.Knew }

// knowsLater: the document is dated before the company knew, a knowing
// being recorded later. What it learnt on knowing (the items, an insider's
// taking) was not known on the document's day. With no knowing recorded at
// all, the facts entered are the user's to tell, as they are.
func (v *view) knowsLater() bool { return v.knew() == nil && v.knewLater }

// orgName is the organisation's name or a placeholder. An English document
// uses the English name; without one it falls back to the (Japanese) name,
// which Lint reports (CodeOrgNameEN).
func (v *view) orgName() string {
	if v.lang == EN {
		if n := strings.TrimSpace(v.inc.Org.NameEn); n != "" {
			return n
		}
	}
	if n := strings.TrimSpace(v.inc.Org.Name); n != "" {
		return n
	}
	return v.fill("会社名", "company name")
}

// fill is a placeholder the user must replace; Lint reports it.
func (v *view) fill(ja, en string) string {
	if v.lang == JA {
		return "【要記入：" + ja + "】"
	}
	return "[to be completed: " + en + "]"
}

// orFill returns s, or the placeholder when s is blank.
func (v *view) orFill(s, ja, en string) string {
	if strings.TrimSpace(s) != "" {
		return strings.TrimSpace(s)
	}
	return v.fill(ja, en)
}

// jur returns the jurisdiction of the assessment with id, if it applies (yes or unknown).
func (v *view) jur(id string) *assess.Jurisdiction {
	for i := range v.a.Jurisdictions {
		if v.a.Jurisdictions[i].ID == id {
			return &v.a.Jurisdictions[i]
		}
	}
	return nil
}

// jurApplies: the jurisdiction applies for sure.
func (v *view) jurApplies(id string) bool {
	j := v.jur(id)
	return j != nil && j.Applies == assess.Yes
}

// obligation returns the obligation with id in any jurisdiction, or nil.
func (v *view) obligation(id string) *assess.Obligation {
	_, o := v.obligationIn(id)
	return o
}

// obligationIn is the obligation with id and the law it belongs to, or nils.
func (v *view) obligationIn(id string) (*assess.Jurisdiction, *assess.Obligation) {
	return lawObligation(&v.a, id)
}

// lawObligation is the obligation of a with id and the law it belongs to,
// or nils.
func lawObligation(a *assess.Assessment, id string) (*assess.Jurisdiction, *assess.Obligation) {
	for i := range a.Jurisdictions {
		j := &a.Jurisdictions[i]
		for k := range j.Obligations {
			if o := &j.Obligations[k]; o.ID == id {
				return j, o
			}
		}
	}
	return nil, nil
}

// obligationApplies: the obligation applies and is neither exempt nor lifted.
func (v *view) obligationApplies(id string) bool {
	o := v.obligation(id)
	return o != nil && o.Applies == assess.Yes && o.State != assess.StateExempt && o.State != assess.StateNotRequired
}

// hasCategory reports whether a category with id is among those the document speaks of.
func (v *view) hasCategory(id string) bool {
	for _, c := range v.categoriesOf() {
		if c.ID == id {
			return true
		}
	}
	return false
}

// hasFlag reports whether a category the document speaks of carries the flag.
func (v *view) hasFlag(flag string) bool {
	return slices.ContainsFunc(v.categoriesOf(), v.flagged(flag))
}

// imagesOnly: every item the document speaks of is facial images or video
// (camera footage): no contact detail for a fraudster to use.
func (v *view) imagesOnly() bool {
	cs := v.categoriesOf()
	for _, c := range cs {
		if c.ID != "face_image" {
			return false
		}
	}
	return len(cs) > 0
}

// noWayToReach: no item the document speaks of is a way to reach the persons
// or to pass as someone they deal with (no e-mail address, phone number,
// postal address, workplace, online identifier, login, card or account
// number, identity or insurance number, and no free-text item that names
// one), and no harm has been seen. A warning of fake mails, calls and
// letters then warns of what the leak does not enable (140: pupils' names,
// classes and disability types on a school's site, F866). Camera images are
// imagesOnly's.
func (v *view) noWayToReach() bool {
	cs := v.categoriesOf()
	// An item the states' laws list as personal information (a licence,
	// card, account or identity number: flags us_pi, ma_pi) is a number a
	// caller would quote, whatever kinds the data adds later (a loan
	// account number).
	if len(cs) == 0 || v.inc.Risk.SecondaryHarm == incident.Yes || v.hasFlag("card") || v.hasFlag("financial") || v.hasFlag("us_pi") || v.hasFlag("ma_pi") {
		return false
	}
	for _, c := range cs {
		switch c.ID {
		case "email", "phone", "address", "employer", "online_identifier", "login_password", "login_password_payment", "customer_id", "browsing_history", "location",
			// Numbers a caller who found them another way would quote to
			// pass as a bank, an office or a card company.
			"card_number", "card_cvv", "bank_account", "bank_account_pin", "my_number", "ssn", "passport_number", "drivers_license", "id_document_image", "health_insurance", "pension_number":
			return false
		case "other":
			o := strings.ToLower(c.Other)
			if c.Other == "" || slices.ContainsFunc(reachWords, func(w string) bool { return strings.Contains(o, w) }) {
				return false
			}
		}
	}
	return true
}

// reachWords name, in a free-text item, a way to reach a person or an
// account they hold.
var reachWords = []string{"連絡先", "住所", "所在地", "電話", "携帯", "メール", "アドレス", "fax", "ファクス", "sns", "アカウント", "id", "ｉｄ", "勤務先", "会社名", "口座", "カード", "番号", "contact", "address", "phone", "mail", "account", "employer", "handle", "number", "card", "tfn", "ssn"}

// credentialsConcern reports, in credential stuffing, whether the IDs and
// passwords used concern the readers: some set they read of holds a login
// password, or none says its passwords were not involved. Persons whose data
// was seen through other users' accounts (a relatives feature shown to the
// accounts taken over), and whose own passwords the company lists as not
// involved, were told 「ログインID・パスワード…は含まれておりません」 and then
// warned of their other services and asked to change their password.
func (v *view) credentialsConcern() bool {
	return v.cause() == incident.CauseCredentialStuffing && (v.hasFlag("password") || v.passwordsUsed(v.data()))
}

// passwordsUsed: in credential stuffing, one of sets holds passwords or
// does not say its passwords were not involved (or there is no set).
func (v *view) passwordsUsed(sets []*setView) bool {
	for _, s := range sets {
		if slices.ContainsFunc(s.Categories, v.flagged("password")) {
			return true
		}
		ruledOut := false
		for _, id := range s.NotInvolved {
			if cat := v.rs.Category(id); cat != nil && cat.Has("password") {
				ruledOut = true
			}
		}
		if !ruledOut {
			return true
		}
	}
	return len(sets) == 0
}

// seenThroughOthers: a notice to the persons of one set in credential
// stuffing, whose set says their passwords were not involved, while other
// sets' were used: their data was reached through the accounts taken over
// (87: a relatives feature showed 6.9 million users' data to the accounts
// logged into), and the notice says so (F344).
func (v *view) seenThroughOthers() bool {
	if v.reader == nil || v.credentialsConcern() || v.cause() != incident.CauseCredentialStuffing {
		return false
	}
	var others []*setView
	for _, x := range v.sets {
		if !slices.Contains(v.scope, x) {
			others = append(others, x)
		}
	}
	return len(others) > 0 && v.passwordsUsed(others)
}

// carries reports whether an item carries a flag of the law's as the engine
// reads it (app/assess facts.go, personsWith): its catalogue category's, as
// the item was kept, when that category is classified; the flags the user
// gave a free-text item ("other"). Without the user's flags, a prescription
// entered as "other" and classified as special-care made the case reportable
// under Rules Art. 7(1) while the notice never said it held such information
// (F150).
func (v *view) carries(c incident.Category, flag string) bool {
	cat := v.rs.Category(c.ID)
	return cat != nil && !cat.Unclassified && cat.HasAsKept(flag, c.Protection) || slices.Contains(c.Flags, flag)
}

// knownRecipients: the user said the information went only to recipients
// it has identified (Cause.RecipientKnown), and it was not put online: the
// documents do not warn of unknown third parties' phishing, and say the
// data has not been seen to go further (69: a DV victim's address told to
// the abuser; 61: contracts sent to one insurer; F200, F236).
func (v *view) knownRecipients() bool {
	on, _ := v.exposedOnline()
	return (v.inc.Cause.RecipientKnown == incident.Yes || v.shownToStaff()) && !on
}

// childrenFindable: the persons are children, read by their guardians
// (生徒・保護者, 園児・保護者, お子さま), their address is among the data, and
// it was made viewable by anyone online (76: a cram-school teacher posted
// six pupils' names, addresses and schools with photos on SNS). The harm
// to name is to the children's safety, not phishing alone (F276).
func (v *view) childrenFindable() bool {
	if on, _ := v.exposedOnline(); !on || !v.hasCategory("address") {
		return false
	}
	_, you := childrenOf(v.you)
	_, group := childrenOf(v.group)
	return you || group
}

// paymentLogin: the item logs into a service with payment or remittance
// functions (its ID and password, Rules Art. 7(2)'s example): whoever logged
// in could pay with the cards or accounts registered there, so the persons
// are asked to check their use and statements even when no card number was
// involved (57: charges on registered cards, F177).
func (v *view) paymentLogin(c incident.Category) bool {
	return v.carries(c, "password") && v.carries(c, "financial")
}

// first returns the earliest dated event of kind known on the document's
// date, of those that concern the document's data sets (elsewhere).
func (v *view) first(k incident.EventKind) (incident.Event, bool) {
	if !setBound[k] {
		return v.inc.FirstEvent(k)
	}
	return v.firstOf(k, v.readerSets())
}

// firstOf is first for the data sets ids (none: every event of the kind).
func (v *view) firstOf(k incident.EventKind, ids []string) (incident.Event, bool) {
	var first incident.Event
	found := false
	for _, e := range v.inc.Events {
		if e.Kind != k || e.At.IsZero() || tiedElsewhere(e, ids) {
			continue
		}
		if !found || e.At.Before(first.At) {
			first, found = e, true
		}
	}
	return first, found
}

// setBound are the kinds of event that may be a data set's own when tied to
// it (Event.Sets): the posting or intrusion that exposed its data, the last
// act, the containment (165: the appellant's file posted on 4/23 and taken
// down on 4/28, the petitioners' posted in December and taken down on 5/7).
var setBound = map[incident.EventKind]bool{incident.EvIntrusion: true, incident.EvLastAct: true, incident.EvContained: true}

// elsewhere: e is an event of a setBound kind tied to data sets none of
// which the document speaks of (readerSets): the petitioners' take-down is
// not the appellant's letter's, nor in a report on her data alone. Events
// tied to no set are the whole case's.
func (v *view) elsewhere(e incident.Event) bool { return tiedElsewhere(e, v.readerSets()) }

// tiedElsewhere is elsewhere for the data sets ids (none: no event is).
func tiedElsewhere(e incident.Event, ids []string) bool {
	if !setBound[e.Kind] || len(e.Sets) == 0 || len(ids) == 0 {
		return false
	}
	return !slices.ContainsFunc(e.Sets, func(id string) bool { return slices.Contains(ids, id) })
}

// othersToo: e is tied to data sets (Event.Sets) and the document speaks of
// others too, so a line telling e names its sets (an announcement of two
// files posted and taken down on different days).
func (v *view) othersToo(e incident.Event) bool {
	if !setBound[e.Kind] || len(e.Sets) == 0 {
		return false
	}
	return slices.ContainsFunc(v.readerSets(), func(id string) bool { return !slices.Contains(e.Sets, id) })
}

// trigger is the detection that led the company to know: the last one at or
// before the instant it knew, or the first when it knew nothing yet (or
// every detection came after). A summary tells how the company came to know
// from it; an earlier detection stays on the time line (84: attention drawn
// to many accesses in April, nobody looked at who; a newspaper's question
// in June led to the logs: the report said 「4月14日頃、当院において本件を
// 把握し、調査を進めた結果、6月8日…判明」, an investigation that never was).
func (v *view) trigger() (incident.Event, bool) {
	first, ok := v.first(incident.EvDetected)
	knew := v.knew()
	if !ok || knew == nil {
		return first, ok
	}
	t := first
	for _, e := range v.inc.Events {
		if e.Kind == incident.EvDetected && !e.At.IsZero() && !e.At.After(*knew) && e.At.After(t.At) {
			t = e
		}
	}
	return t, true
}

// earlierWord is a detection told by an outside source (the attacker, a
// regulator, the police, the persons, a researcher: assess.OutsideSources)
// before det (the trigger) that came before the knowing by
// more than the shortest hard report period of a law that applies
// (assess.PassedBeforeKnowing): a summary that opened on det would tell a
// company that first heard later than it did (170: the attackers' demand
// with sample rows of 11/10/2025, the staff's report of 9/8/2026; F1423).
func (v *view) earlierWord(det incident.Event) (incident.Event, bool) {
	knew := v.knew()
	if knew == nil {
		return incident.Event{}, false
	}
	for _, e := range v.inc.Events {
		if e.Kind != incident.EvDetected || !e.Dated() || e.ID == det.ID || !e.At.Before(det.At) ||
			!slices.Contains(assess.OutsideSources, e.Source) {
			continue
		}
		if _, _, ok := assess.PassedBeforeKnowing(v.a.Jurisdictions, e.ID, *knew); ok {
			return e, true
		}
	}
	return incident.Event{}, false
}

// investigated: the time line records that the organisation looked into
// what det told it before it knew: a forensic engagement, the scope
// confirmed or the assessment completed after det and by the knowing, or an
// event learned of in that span (found by looking). Only then do the
// summaries say 「調査を進めた結果」 / "After investigating"; a gap with
// nothing recorded (157: a processor's Friday e-mail read on Monday) is told
// as the two days, the delay left to the timing paragraphs (F1086).
func (v *view) investigated(det incident.Event) bool {
	knew := v.knew()
	if knew == nil || !det.Dated() {
		return false
	}
	return v.lookedInto(det.At, *knew, incident.DateOf(knew.In(v.loc)), det.ID)
}

// investigatedUntil: the time line records that the organisation looked
// further into the case after it knew and by day, the day a set was
// confirmed: the test of investigated from the knowing to that day, or a
// forensic firm engaged before the knowing (its work went on). Only then
// does the later confirmation say 「その後の調査により」; a set confirmed
// by a processor's word or a leak site with nothing recorded between is
// told 「その後、」 (F1160).
func (v *view) investigatedUntil(day incident.Date) bool {
	knew := v.knew()
	if knew == nil {
		return false
	}
	last, ok := day.Last(v.loc)
	if !ok {
		return false
	}
	end := last.AddDate(0, 0, 1).Add(-time.Nanosecond) // the day's last instant
	for _, e := range v.inc.EventsOf(incident.EvForensic) {
		if e.Dated() && !e.At.After(end) {
			return true
		}
	}
	return v.lookedInto(*knew, end, day, "")
}

// lookedInto: the time line records an investigation after from and by
// to (toDay its day in the incident's zone): a forensic engagement, the
// scope confirmed or the assessment completed in that span, or an event
// learned of (Event.Learned) on a day of it, other than the event except
// (a message read days after it came is no finding of an investigation).
func (v *view) lookedInto(from, to time.Time, toDay incident.Date, except string) bool {
	fromDay := incident.DateOf(from.In(v.loc))
	for _, e := range v.inc.Events {
		switch e.Kind {
		case incident.EvForensic, incident.EvScopeConfirmed, incident.EvAssessed:
			if e.Dated() && e.At.After(from) && !e.At.After(to) {
				return true
			}
		}
		if e.Learned != "" && fromDay.OnOrBefore(e.Learned) && e.Learned.OnOrBefore(toDay) && (except == "" || e.ID != except) {
			return true
		}
	}
	return false
}

// readLate: det is a message from someone (not the organisation's own
// finding, nor a post it came upon) that arrived on its day and was learned
// of on a later one (Event.Learned): a mail to a mailbox nobody read.
func (v *view) readLate(det incident.Event) bool {
	switch det.Source {
	case "", "self", "public_post", "news":
		return false
	}
	return det.Learned != "" && det.Dated() && !det.Learned.OnOrBefore(incident.DateOf(det.At.In(v.loc)))
}

// undated returns the first event of kind that has no date yet (known, not when).
func (v *view) undated(k incident.EventKind) (incident.Event, bool) {
	for _, e := range v.inc.Events {
		if e.Kind == k && !e.Dated() {
			return e, true
		}
	}
	return incident.Event{}, false
}

// undatedFor returns the first event of kind without a date for the
// jurisdiction (or for none).
func (v *view) undatedFor(k incident.EventKind, jur string) (incident.Event, bool) {
	for _, e := range v.inc.Events {
		if e.Kind == k && !e.Dated() && (e.Jurisdiction == jur || e.Jurisdiction == "") {
			return e, true
		}
	}
	return incident.Event{}, false
}

// firstFor returns the earliest event of kind for the jurisdiction (or for none).
func (v *view) firstFor(k incident.EventKind, jur string) (incident.Event, bool) {
	for _, e := range v.inc.EventsOf(k) {
		if !e.At.IsZero() && (e.Jurisdiction == jur || e.Jurisdiction == "") {
			return e, true
		}
	}
	return incident.Event{}, false
}

// timeline is the dated events in order, sorted once for the view: the
// lines of a time line ask it for each event (laterContainment,
// followUpAnnouncement), and sorting a 1,000-event incident at each ask
// made its drafts 35 times slower. Callers only read it; its capacity is
// its length, so an append copies. Events of the document's other data
// sets only are left out (elsewhere).
func (v *view) timeline() []incident.Event {
	if v.sorted == nil {
		c := &incident.Incident{Events: append([]incident.Event(nil), v.inc.Events...)}
		c.SortEvents()
		out := []incident.Event{}
		for _, e := range c.Events {
			if !e.At.IsZero() && !v.elsewhere(e) {
				out = append(out, e)
			}
		}
		v.sorted = slices.Clip(out)
	}
	return v.sorted
}

// cause is the cause kind ("" when not entered).
//
// An insider's taking is not known before the company knew of the leak
// (142: a warning of 1/13 against callers using the company's name was
// titled 「不正な持ち出しによる…」, the employee found on 1/24): the taking is
// the leak itself, so before the knowing (none in the document's view) the
// cause is not yet known. An attack, a loss or a misdelivery is seen when
// it is detected, and is told.
func (v *view) cause() incident.CauseKind {
	if v.inc.Cause.Kind == incident.CauseInsider && v.knowsLater() {
		return ""
	}
	return v.inc.Cause.Kind
}

// criminal: the cause is an attack or an unlawful act.
func (v *view) criminal() bool {
	switch v.cause() {
	case incident.CauseUnauthorizedAccess, incident.CauseCredentialStuffing, incident.CauseMalware, incident.CauseTargetedEmail,
		incident.CauseWebSkimming, incident.CauseInsider, incident.CauseTheft, incident.CauseRansomware:
		return true
	}
	return v.inc.Cause.UnlawfulPurpose == incident.Yes
}

// cyber: the cause is an attack on systems.
func (v *view) cyber() bool { return cyberCause(v.cause()) }

// cyberCause: a cause that is an attack on systems, whose doer is the
// attacker (the lint reads it of the facts: recoveredTaken, attackerKnown).
func cyberCause(k incident.CauseKind) bool {
	switch k {
	case incident.CauseUnauthorizedAccess, incident.CauseCredentialStuffing, incident.CauseMalware, incident.CauseTargetedEmail,
		incident.CauseWebSkimming, incident.CauseRansomware:
		return true
	}
	return false
}

// partyName is the name of the first party of a kind, "" when none is named.
func partyName(inc *incident.Incident, kind incident.PartyKind) string {
	for _, p := range inc.PartiesOf(kind) {
		if p.Name != "" {
			return p.Name
		}
	}
	return ""
}

// partyOf is the first party of a kind (zero when none).
func partyOf(inc *incident.Incident, kind incident.PartyKind) incident.Party {
	if ps := inc.PartiesOf(kind); len(ps) > 0 {
		return ps[0]
	}
	return incident.Party{}
}

// itemsVary: the document's sets say each person's data holds only some of
// their items (DataSet.ItemsVary): a notice then lists them as "some or
// all", not as every reader's.
func (v *view) itemsVary() bool {
	return slices.ContainsFunc(v.scope, func(s *setView) bool { return s.ItemsVary == incident.Yes })
}

// readersZone is the zone of the readers of an English notice (to the
// persons: KindNotice, GDPR Art. 34) whose sets' persons all live in one
// country other than the case's, with one civil time there; nil otherwise.
// A containment at 16:00 in London was told to the UK staff as "April 12"
// (Tokyo's day); they read April 11. Only instants known to the minute are
// told in it: a day, a month or an estimate is the day the company gave.
func (v *view) readersZone() *time.Location {
	if v.lang != EN || v.kind != KindNotice && v.kind != KindGDPR34 || len(v.scope) == 0 {
		return nil
	}
	country := ""
	for _, s := range v.scope {
		if len(s.Residence) == 0 {
			return nil
		}
		for _, r := range s.Residence {
			if r.Country == "" || country != "" && r.Country != country {
				return nil
			}
			country = r.Country
		}
	}
	loc := incident.CountryZone(country)
	if loc == nil || loc.String() == v.loc.String() {
		return nil
	}
	return loc
}

// eventLoc is the zone an event's day is told in: for an instant known to
// the minute, the readers' (readersZone) or else the case's; for a day, a
// day "about", a month or a year, the offset it was entered with. Such a
// date is the calendar day the user meant where it happened, stored as
// that day's first instant (or a time of day given as an estimate): read
// in another zone it moves to a day nobody gave (a laptop left on a train
// in Frankfurt "about 20:40 on 1 November" told to the PPC as 「11月2日頃」;
// a report made in Japan "on 6 March", stored at 00:00 +09:00, told as
// 5 March in a Singapore company's documents).
func (v *view) eventLoc(e incident.Event) *time.Location {
	if e.Precision != incident.Exact {
		return e.DayZone(v.loc)
	}
	if v.readersLoc != nil {
		return v.readersLoc
	}
	return v.loc
}

// eventLocJA is the zone an event's day is told in a Japanese document:
// as eventLoc, but an instant known to the minute is always told in the
// case's zone (a Japanese document has no readers' zone).
func (v *view) eventLocJA(e incident.Event) *time.Location {
	if e.Precision != incident.Exact {
		return v.eventLoc(e)
	}
	return v.loc
}

// postedOf is the first dated posted event (the data found published) that
// concerns the document's data, known on its date.
func (v *view) postedOf() (incident.Event, bool) {
	for _, e := range v.timeline() {
		if e.Kind == incident.EvPosted && !e.Planned && !v.otherSetsOnly(e) {
			return e, true
		}
	}
	return incident.Event{}, false
}

// forensicByContractor: the forensic event's party is the business where
// the cause arose (its name begins with the cause's AtName: 「株式会社架空
// アナリティクス（購買データ分析の委託先）」): the contractor looking into
// its own systems, not an outside specialist the organisation engaged.
func (v *view) forensicByContractor(e incident.Event) bool {
	n := strings.TrimSpace(v.inc.Cause.AtName)
	if !v.atOther() || n == "" {
		return false
	}
	p, ok := v.inc.Party(e.Party)
	return ok && strings.HasPrefix(strings.TrimSpace(p.Name), n)
}

// forensicOf is the first forensic event known on the document's date,
// dated or not yet dated (ok false: none).
func (v *view) forensicOf() (incident.Event, bool) {
	if e, ok := v.first(incident.EvForensic); ok {
		return e, true
	}
	return v.undated(incident.EvForensic)
}

// causeDescription is the cause's description as a report or a police memo
// prints it: "" in a document dated before the day it tells the case as
// of (Cause.DescriptionOn). Only the printing drops it, not the facts of
// the document's day: the wording of the cause's kind, which reads the
// description, stays the same in every document.
func (v *view) causeDescription() string {
	return v.asOfText(v.inc.Cause.Description, v.inc.Cause.DescriptionOn)
}

// howDiscovered is the company's account of the discovery (Story.
// HowDiscovered) as a report prints it: "" in one dated before the day it
// tells the case as of (HowDiscoveredOn), which then tells the discovery
// from the time line (howDiscoveredJA). Dropped at the printing, as the
// cause's description is, not from the facts of the day.
func (v *view) howDiscovered() string {
	return v.asOfText(v.inc.Story.HowDiscovered, v.inc.Story.HowDiscoveredOn)
}

// storyResponse is the company's account of its response for the
// authorities (Story.Response) as a document prints it: "" in one dated
// before the day it tells the case as of (ResponseOn), which then tells
// only the steps of its day's time line (stepsTakenJA, responseEN).
func (v *view) storyResponse() string {
	return v.asOfText(v.inc.Story.Response, v.inc.Story.ResponseOn)
}

// asOfText is a text the user wrote as of the day on ("" = true from the
// start), trimmed: "" in a document dated before on.
func (v *view) asOfText(s string, on incident.Date) string {
	if on != "" && !v.date.IsZero() && !on.OnOrBefore(incident.DateOf(v.date.In(v.loc))) {
		return ""
	}
	return strings.TrimSpace(s)
}
