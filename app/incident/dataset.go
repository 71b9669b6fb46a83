package incident

import (
	"slices"
	"strings"
)

// Count is a number that may be unknown or approximate (約 / approx.).
type Count struct {
	Known  bool  `json:"known"`
	N      int64 `json:"n"`
	Approx bool  `json:"approx,omitempty"`
	// Max: N is an upper bound (最大, "up to"): the persons whose data may
	// be affected number at most N (83: an insurer's 「最大757,463名」). The
	// engine counts N, the persons of a possible leak.
	Max bool `json:"max,omitempty"`
}

// Revision is one value of a figure as it was established: the first
// estimate, the count after de-duplication, the final figure.
type Revision struct {
	Known  bool   `json:"known"`
	N      int64  `json:"n"`
	Approx bool   `json:"approx,omitempty"`
	Max    bool   `json:"max,omitempty"`    // N is an upper bound (Count.Max)
	On     Date   `json:"on,omitempty"`     // when it was established; "" = from the start
	Source string `json:"source,omitempty"` // where it comes from ("初期推計", "名寄せ後", "forensic report")
	// Reason is why the figure changed, in a sentence for the readers of
	// an update (「同じ方を重複して数えていたため、これを除きました。」);
	// ReasonEn the same in English. Source is for the record and is never
	// printed; "" = none given.
	Reason   string `json:"reason,omitempty"`
	ReasonEn string `json:"reasonEn,omitempty"`
}

// Count is the revision's value.
func (r Revision) Count() Count { return Count{Known: r.Known, N: r.N, Approx: r.Approx, Max: r.Max} }

// Figure is a count with its history, oldest first. Empty: not known.
type Figure []Revision

// FigureOf is a figure of one revision (nil for an unknown count).
func FigureOf(c Count) Figure {
	if !c.Known {
		return nil
	}
	return Figure{{Known: true, N: c.N, Approx: c.Approx, Max: c.Max}}
}

// Latest is the figure's current value.
func (f Figure) Latest() Count {
	if len(f) == 0 {
		return Count{}
	}
	return f[len(f)-1].Count()
}

// AsOf is the value valid on day: the last revision established on or
// before it (a document dated day shows that one). Unknown when none was.
func (f Figure) AsOf(day Date) Count {
	c := Count{}
	for _, r := range f {
		if r.On.OnOrBefore(day) {
			c = r.Count()
		}
	}
	return c
}

// Set makes c the figure's current value, changing the latest revision in
// place (a correction of what was typed, not a new finding); an empty
// figure gets its first revision.
func (f Figure) Set(c Count) Figure {
	if len(f) == 0 {
		return FigureOf(c)
	}
	out := append(Figure(nil), f...)
	last := &out[len(out)-1]
	last.Known, last.N, last.Approx, last.Max = c.Known, c.N, c.Approx, c.Max
	return out
}

// Status says whether a data set's leak is confirmed, only possible
// (おそれ), or ruled out.
type Status string

const (
	Possible  Status = "possible"  // 漏えい等のおそれ
	Confirmed Status = "confirmed" // 漏えい等が発生した
	RuledOut  Status = "ruled_out" // found not affected
)

// StatusChange is a status and the day it became so.
type StatusChange struct {
	Status Status `json:"status"`
	On     Date   `json:"on,omitempty"` // "" = from the start
	Note   string `json:"note,omitempty"`
}

// Encryption describes the protection of the affected data.
type Encryption string

const (
	NotEncrypted    Encryption = "none"
	HighGrade       Encryption = "high"        // 高度な暗号化その他の保護措置, key safe
	HighGradeKeyOut Encryption = "high_keyout" // encrypted, but the key was (or may have been) taken too
)

// DataSet is one body of personal data the incident touched, as the company
// holds it: its own members, the bookings it handles for a partner, the
// customers who left years ago, the card data of some members.
type DataSet struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"` // as the company calls it: 自社会員, 提携先から受託した予約者
	// Role: the company's own data (controller, "" too) or data it handles for
	// an entrustor (processor), whose party id Entrustor names.
	Role      Role   `json:"role,omitempty"`
	Entrustor string `json:"entrustor,omitempty"`
	// Direct: the persons of a set held for an entrustor deal with the
	// company itself (they use its app or service, or are clients of its
	// agency: 62's insurance agency, 78's app company), so a letter to them
	// greets them as people who know it; unknown or no, they may never have
	// heard of it (116: job applicants screened for a vendor's clients).
	Direct Tri `json:"direct,omitempty"`
	// Within is the id of the data set this one is part of (the members whose
	// card data leaked, within all members): its persons are counted there.
	Within      string      `json:"within,omitempty"`
	Categories  []Category  `json:"categories"`
	NotInvolved []string    `json:"notInvolved,omitempty"` // category ids known not to be affected
	Persons     Figure      `json:"persons,omitempty"`     // 本人の数: persons, never records
	Records     Figure      `json:"records,omitempty"`     // 件数: records (rows, files), may count a person twice
	Residence   []Residence `json:"residence,omitempty"`
	// Status is the history of the set's status, oldest first; empty: possible.
	Status []StatusChange `json:"status,omitempty"`
	// Found is the day this set was found to be part of the case, when later
	// than the day of knowing (the card payers found two months after the
	// first announcement); blank: known from the start. A document dated
	// before it does not list the set. Nothing else says so: a status is
	// dated the day the user records it, often long after (finding F88).
	Found Date `json:"found,omitempty"`
	// Exposure is the period this set's data lay open, when it differs from
	// the incident's (Incident.Exposure): a file published on days of its
	// own (165: the petitioners' document online from December to May,
	// beside a file of five days in April). nil or empty: the incident's.
	// The documents told to this set's readers tell this period (OwnExposure).
	Exposure      *Window    `json:"exposure,omitempty"`
	Encryption    Encryption `json:"encryption,omitempty"`
	Pseudonymised Tri        `json:"pseudonymised,omitempty"` // 仮名加工情報 (outside APPI's duty to report)
	// ExemptPurpose: the organisation is a press organisation, an author, a
	// religious or a political body and handles this set, in whole or in
	// part, for reporting, writing, religious or political activity (APPI
	// Art. 57(1)): chapter IV, the duty to report and notify included, does
	// not apply. Unknown reads as no (ordinary business data).
	ExemptPurpose Tri `json:"exemptPurpose,omitempty"`
	// Deceased: the persons of this set are dead (a death registration's
	// deceased, a hospital's deceased patients). Their information is not
	// personal information under APPI (Art. 2(1): of living individuals);
	// a bereaved relative's or a notifier's is, in a set of its own.
	Deceased Tri `json:"deceased,omitempty"`
	// ItemsVary: each person's data holds some of the items only, which
	// differ from person to person, with no count per item (83: policy
	// data 「一部または全部」 of six items for 757,463 persons). The
	// documents then say so instead of listing every item as everyone's.
	ItemsVary Tri `json:"itemsVary,omitempty"`
	// Unreachable: none of this set's persons can be told individually:
	// who they are, or how to reach them, is not known (faces on camera
	// footage, a list of names with no address). No letter or e-mail is
	// drafted for them; the announcement stands as their notice (APPI Art.
	// 26(2) proviso). Some persons of a set unreachable (letters returned)
	// is the incident's Risk.NoticeUnreachable.
	Unreachable Tri `json:"unreachable,omitempty"`
	// AccessSeen: the logs show someone not entitled viewed or took the
	// data (yes), were checked and show no one did (no), or not known.
	// LogsFrom is the first day the logs kept cover: before it, nothing
	// can be told (80: a cloud setting open for ten years, logs kept for
	// the last months only, no access in them).
	AccessSeen Tri  `json:"accessSeen,omitempty"`
	LogsFrom   Date `json:"logsFrom,omitempty"`
	// AccessHow is, when the logs show access (AccessSeen yes), what they
	// show: the data viewed only (a page or a video opened, a view counter:
	// 148's 111 plays, F953), or taken (downloaded, copied, exported); ""
	// not answered, told as viewed or taken.
	AccessHow AccessHow `json:"accessHow,omitempty"`
	Recovered Tri       `json:"recovered,omitempty"` // fully recovered before any third party saw it
	// Acquiring: the data was being acquired, not yet held (typed by the
	// persons into a form an attacker had tampered with: web skimming).
	// Unknown: as the cause says (web skimming: yes).
	Acquiring Tri `json:"acquiring,omitempty"`
	// Held is the period the set covers (members registered since 2005,
	// bookings of 2019–2026): what the persons are told beside the exposure window.
	Held   Window `json:"held"`
	Former Former `json:"former"`
	// Kind of incident: leak (漏えい), loss (滅失), damage (毀損); several may
	// apply. None stated reads as a leak (Kinds).
	Leak   bool `json:"leak,omitempty"`
	Loss   bool `json:"loss,omitempty"`
	Damage bool `json:"damage,omitempty"`
	// CopyHeld: for data lost or damaged (not leaked), whether the same data
	// is kept elsewhere (a backup it was restored from). Data whose copy is
	// held was not 滅失 or 毀損 (通則編 3-5-1-2, 3-5-1-3).
	CopyHeld Tri `json:"copyHeld,omitempty"`
	// For data including My Number (特定個人情報): MNSystem, whether it was
	// held in the 情報提供ネットワークシステム, a system used for 個人番号利用事務,
	// or a system a public body (or its contractor) uses for 個人番号関係事務
	// (特定個人情報漏えい等報告規則2条1号); ExposedOnline, whether it was (or may have been)
	// viewable by an unspecified number of people by electronic means, such
	// as on the internet (規則2条3号).
	MNSystem      Tri `json:"mnSystem,omitempty"`
	ExposedOnline Tri `json:"exposedOnline,omitempty"`
	// SeenBy is who could see the data while it lay open: the service's
	// other (logged-in) users only (a defect or a setting that showed one
	// user's screen to another: 130, 78), the organisation's own staff only
	// (a booking system every member of staff could open: 137, F770), or
	// anyone. "" not answered. Read with ExposedOnline by Online.
	SeenBy SeenBy `json:"seenBy,omitempty"`
	// SafetyAtRisk is this set's answer to the incident's Risk.SafetyAtRisk,
	// asked only when that is yes: "" follows the incident's, no says this
	// set's persons are not in danger (153: the customers a worker looked up
	// and did not follow, beside the one he stalked, F1222). A yes here under
	// an incident's no or blank counts for nothing: the incident's answer
	// comes first.
	SafetyAtRisk Tri `json:"safetyAtRisk,omitempty"`
}

// SafetyAtRisk: the safety of set d's persons may be at risk: the
// incident says so (Risk.SafetyAtRisk) and the set does not answer no.
func (inc *Incident) SafetyAtRisk(d *DataSet) bool {
	return inc.Risk.SafetyAtRisk == Yes && d.SafetyAtRisk != No
}

// AccessHow is what the logs show was done with a set's data.
type AccessHow string

const (
	AccessViewed AccessHow = "viewed" // viewed only: opened, played, no copy taken
	AccessTaken  AccessHow = "taken"  // downloaded, copied or exported
)

// ViewedOnly reports whether the logs show the set's data viewed, and no
// more (AccessSeen yes, AccessHow viewed).
func (d *DataSet) ViewedOnly() bool { return d.AccessSeen == Yes && d.AccessHow == AccessViewed }

// SeenBy is who could see a set's data.
type SeenBy string

const (
	SeenByUsers  SeenBy = "users"  // other users of the company's service
	SeenByStaff  SeenBy = "staff"  // the organisation's own staff, no business need (part-timers and agency staff too)
	SeenByAnyone SeenBy = "anyone" // anyone (on the internet)
)

// Online is whether the set's data was (or may have been) viewable by an
// unspecified number of people, read from both answers: yes when either
// says so (ExposedOnline yes, seen by anyone), no when one says it was not
// (ExposedOnline no, seen by the service's users or the organisation's
// staff only), else unknown. The
// one reader of the two for the rules and the documents.
func (d *DataSet) Online() Tri {
	switch {
	case d.ExposedOnline == Yes || d.SeenBy == SeenByAnyone:
		return Yes
	case d.ExposedOnline == No || d.SeenBy == SeenByUsers || d.SeenBy == SeenByStaff:
		return No
	}
	return Unknown
}

// Kinds is what happened to the set's data: a leak unless the user said it
// was only lost or damaged (stated false then). A leak is presumed while
// nothing is stated, as the law's "漏えい等" and every draft read it.
func (d *DataSet) Kinds() (leak, loss, damage, stated bool) {
	stated = d.Leak || d.Loss || d.Damage
	return d.Leak || !stated, d.Loss, d.Damage, stated
}

// StatusOn is the set's status on day ("" = today's, the latest).
func (d *DataSet) StatusOn(day Date) Status {
	s := Possible
	for _, c := range d.Status {
		if day == "" || c.On.OnOrBefore(day) {
			s = c.Status
		}
	}
	return s
}

// StatusSince is the day the set's current status began ("" = from the start).
func (d *DataSet) StatusSince() Date {
	if len(d.Status) == 0 {
		return ""
	}
	return d.Status[len(d.Status)-1].On
}

// Category is one kind of personal data affected.
type Category struct {
	ID      string `json:"id"`              // from checklists/categories.json, or "other"
	Other   string `json:"other,omitempty"` // free text when ID is "other"
	Persons Count  `json:"persons"`         // persons of the set this item concerns, when only some
	Records Count  `json:"records"`
	// Flags classify a free-text category ("other") as the law's categories
	// are (ids of checklists/categories.json flags: "sensitive",
	// "financial", ...); ["none"] says it carries none. Empty: not classified.
	Flags []string `json:"flags,omitempty"`
	// Protection is how this item was kept when that differs from the
	// set's (passwords stored as hashes, card numbers only in part);
	// ProtectionDetail says more for the authorities (the algorithm, salted
	// or not). The documents tell it; it does not decide whether the set is
	// reportable: the exemption for 高度な暗号化等 is judged on the set's
	// data (Encryption), and whether an item's own protection exempts it is
	// counsel's call (F83).
	Protection       ItemProtection `json:"protection,omitempty"`
	ProtectionDetail string         `json:"protectionDetail,omitempty"`
	// On is the day the item's own counts (Persons, Records) were
	// established, when later than the set's first figure (scenario 31:
	// 62 of the 170 addresses named a person, known on 8/17); a document
	// dated before it does not give them (F68). Blank: known from the start.
	On Date `json:"on,omitempty"`
	// AccessAlone, for an account number without its code (AccountNumber),
	// is whether the number could be used to get into the account without a
	// code, a password or further identifying information (a portal that
	// registers with the account number and a birth date): New York counts
	// such a number as private information by itself (GBL 899-aa(1)(b),
	// as the SHIELD Act widened it; F883). Unknown: not asked yet.
	AccessAlone Tri `json:"accessAlone,omitempty"`
}

// AccountNumber reports whether the item is an account number kept without
// its code (a bank account's, a loan's or a brokerage account's): the items
// AccessAlone is asked of.
func (c Category) AccountNumber() bool { return c.ID == "bank_account" || c.ID == "finance_account" }

// ItemProtection is how one item of a data set was kept.
type ItemProtection string

const (
	ItemPlain        ItemProtection = "none"          // as entered (plain text)
	ItemHashed       ItemProtection = "hashed"        // as one-way hashes
	ItemHashedSalted ItemProtection = "hashed_salted" // as salted hashes (bcrypt, PBKDF2, ...)
	ItemEncrypted    ItemProtection = "encrypted"     // encrypted on its own
	ItemMasked       ItemProtection = "masked"        // only in part (the last four digits)
)

// Residence counts affected persons living in one country (and US state).
type Residence struct {
	Country string `json:"country"`          // ISO 3166-1 alpha-2
	Region  string `json:"region,omitempty"` // US state code, e.g. "CA"
	Persons Count  `json:"persons"`
}

// OwnExposure is the set's own period (Exposure), empty when it has none.
func (d *DataSet) OwnExposure() Window {
	if d.Exposure == nil {
		return Window{}
	}
	return *d.Exposure
}

// TidyExposure drops an own period left empty (its days cleared), so that
// the stored set is as one that never had one.
func (d *DataSet) TidyExposure() {
	if d.Exposure != nil && *d.Exposure == (Window{}) {
		d.Exposure = nil
	}
}

// Former records persons of a data set whose relationship with the company
// had ended (former customers, staff who left) and the company's own rule
// for keeping their data.
type Former struct {
	Persons Count `json:"persons"` // how many of the set had left; may be unknown
	// Included: persons who had left are among the set's (yes), none are
	// (no), or not answered. A retention rule alone does not say it (106:
	// a seven-year rule entered, and every notice said former customers
	// were among those affected; F465).
	Included Tri `json:"included,omitempty"`
	// On is the day that count was established ("" = from the start): a
	// document dated before it does not state it (90: 約96,000名 counted on
	// 7/7 appeared in the 速報 of 6/21).
	On             Date `json:"on,omitempty"`
	LeftFrom       Date `json:"leftFrom,omitempty"`       // the earliest of them left ("2013")
	RetentionYears int  `json:"retentionYears,omitempty"` // the company's own retention limit, 0 = none set
	// UntilPurpose: the company's rule is to erase the data once its purpose
	// of use is met (e.g. applicants' data after the selection), with no
	// number of years; the data of a person who left was due for erasure
	// then (APPI Art. 22 asks for erasure without delay).
	UntilPurpose bool   `json:"untilPurpose,omitempty"`
	Rule         string `json:"rule,omitempty"` // where that rule is written (規程名・条項)
}

// Any reports whether anything about former persons was entered.
func (f Former) Any() bool {
	return f.Persons.Known || f.LeftFrom != "" || f.RetentionYears != 0 || f.UntilPurpose || f.Rule != "" || f.Included != Unknown
}

// HasLeft reports whether the set is known to hold persons who had left:
// answered so, counted above zero, or with the year the earliest of them
// left; never when answered no or counted as none. The company's rule for
// keeping their data alone does not tell it.
func (f Former) HasLeft() bool {
	if f.Included == No || f.Persons.Known && f.Persons.N == 0 {
		return false
	}
	return f.Included == Yes || f.Persons.Known || f.LeftFrom != ""
}

// DataSet returns the data set with id.
func (inc *Incident) DataSet(id string) (*DataSet, bool) {
	for i := range inc.DataSets {
		if inc.DataSets[i].ID == id {
			return &inc.DataSets[i], true
		}
	}
	return nil, false
}

// DraftedLanguages are the countries whose persons the drafts' languages
// serve: Japan, and countries where English is an official language the
// notices are commonly written in. [U] Canada (Quebec: French) and
// Singapore are counted as English; a notice's language is the local
// counsel's call.
var DraftedLanguages = []string{"JP", "US", "GB", "AU", "NZ", "IE", "SG", "CA", "IN", "PH", "ZA", OtherCountries}

// OtherLanguageRegions are regions of those countries whose language is not
// one the drafts are in, named when residence is entered by region: Québec,
// whose Charter of the French Language expects French ([U], not in the
// reference).
var OtherLanguageRegions = []string{"CA-QC"}

// OtherLanguageResidence are the countries (or regions, OtherLanguageRegions),
// among the affected sets' residence, whose language is neither Japanese nor
// English (DraftedLanguages), in the order first recorded.
func (inc *Incident) OtherLanguageResidence() []string {
	var places []string
	for _, d := range inc.Affected("") {
		for _, r := range d.Residence {
			c := strings.ToUpper(strings.TrimSpace(r.Country))
			if reg := strings.ToUpper(strings.TrimSpace(r.Region)); reg != "" && slices.Contains(OtherLanguageRegions, c+"-"+reg) {
				c += "-" + reg
			}
			if c == "" || slices.Contains(DraftedLanguages, c) || slices.Contains(places, c) {
				continue
			}
			places = append(places, c)
		}
	}
	return places
}

// Affected returns the data sets not ruled out as of day ("" = today), in order.
func (inc *Incident) Affected(day Date) []*DataSet {
	var out []*DataSet
	for i := range inc.DataSets {
		if inc.DataSets[i].StatusOn(day) != RuledOut {
			out = append(out, &inc.DataSets[i])
		}
	}
	return out
}

// Total is the number of persons of the whole incident as of day ("" = the
// latest figures): Persons when the company gave it, else the sum over the
// affected data sets that are not part of another. Partial is true when
// some set's count is unknown, so that N is only a lower bound (and Known
// is false when nothing is known at all).
func (inc *Incident) Total(day Date) (c Count, partial bool) {
	if len(inc.Persons) > 0 {
		if day == "" {
			return inc.Persons.Latest(), false
		}
		if v := inc.Persons.AsOf(day); v.Known {
			return v, false
		}
	}
	return inc.sumSets(day, func(d *DataSet) Figure { return d.Persons })
}

// Categories are the categories of the data sets affected as of day ("" =
// today), each once, in the order first met: a category in several sets
// with the largest count of persons any of them gives.
func (inc *Incident) Categories(day Date) []Category {
	return inc.CategoriesOf(day, nil)
}

// CategoriesOf is Categories over the affected sets keep accepts (nil: all).
func (inc *Incident) CategoriesOf(day Date, keep func(*DataSet) bool) []Category {
	var out []Category
	for _, d := range inc.Affected(day) {
		if keep != nil && !keep(d) {
			continue
		}
		for _, c := range d.Categories {
			j := -1
			for i := range out {
				if out[i].ID == c.ID && out[i].Other == c.Other {
					j = i
					break
				}
			}
			if j < 0 {
				out = append(out, c)
				continue
			}
			if c.Persons.Known && (!out[j].Persons.Known || c.Persons.N > out[j].Persons.N) {
				out[j].Persons = c.Persons
			}
		}
	}
	return out
}

// Main is the incident's first data set, which a form that asks about "the
// data" as one (the first-hour wizard) edits; an incident without any gets
// one of the company's own data.
func (inc *Incident) Main() *DataSet {
	if len(inc.DataSets) == 0 {
		inc.DataSets = append(inc.DataSets, NewDataSet("d1"))
	}
	return &inc.DataSets[0]
}

// SetStatus records that the set's status is s from day on: a change on the
// same day as the last entry replaces it; any other change is added to the
// history, so a document dated before it still reads the earlier status.
func (d *DataSet) SetStatus(s Status, on Date) {
	if n := len(d.Status); n > 0 {
		last := &d.Status[n-1]
		switch {
		case last.Status == s:
			return
		case last.On == on || n == 1 && last.On == "" && on == "":
			last.Status = s
			return
		}
	}
	d.Status = append(d.Status, StatusChange{Status: s, On: on})
}

// Records is the number of records of the whole incident as of day ("" =
// the latest figures): the sum over the affected data sets that are not part
// of another; partial when some set's records are not counted yet.
func (inc *Incident) Records(day Date) (c Count, partial bool) {
	return inc.sumSets(day, func(d *DataSet) Figure { return d.Records })
}

// sumSets sums a figure (as of day, "" = the latest) over the affected data
// sets that are not part of another; partial when some set's figure is
// unknown.
func (inc *Incident) sumSets(day Date, figure func(*DataSet) Figure) (c Count, partial bool) {
	for _, d := range inc.Affected(day) {
		if d.Within != "" {
			if _, ok := inc.DataSet(d.Within); ok {
				continue
			}
		}
		v := figure(d).Latest()
		if day != "" {
			v = figure(d).AsOf(day)
		}
		if !v.Known {
			partial = true
			continue
		}
		c.Known = true
		c.N += v.N
		c.Approx = c.Approx || v.Approx
		c.Max = c.Max || v.Max // a sum with an upper bound in it is one
	}
	return c, partial
}

// Confirmed reports whether the leak was confirmed, as of day ("" = today),
// for every affected data set; while any is only possible (おそれ), or none
// is stated, the incident as a whole is not.
func (inc *Incident) Confirmed(day Date) bool {
	sets := inc.Affected(day)
	for _, d := range sets {
		if d.StatusOn(day) != Confirmed {
			return false
		}
	}
	return len(sets) > 0
}

// NoOneToTell: none of the set's persons, who are living, can be told
// individually (Unreachable yes, not Deceased).
func (d *DataSet) NoOneToTell() bool { return d.Unreachable == Yes && d.Deceased != Yes }

// NoticeUnreachable tells whether some persons cannot be told
// individually: the company said so of the incident (Risk), or of an
// affected set of living persons (DataSet.Unreachable). Yes then; else the
// incident's answer (No, or Unknown when not given).
func (inc *Incident) NoticeUnreachable() Tri {
	if inc.Risk.NoticeUnreachable == Yes {
		return Yes
	}
	for _, d := range inc.Affected("") {
		if d.NoOneToTell() {
			return Yes
		}
	}
	return inc.Risk.NoticeUnreachable
}
