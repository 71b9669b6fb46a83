// Package incident holds the facts a company knows about a personal-data breach,
// as it learns them: the organisation, the timeline, the data affected, the cause,
// the contact desk and the people responsible, plus what the user writes by hand
// (step status, notes, edited draft paragraphs).
//
// The facts are the only state of Breach Desk: everything else (obligations,
// deadlines, drafts) is derived from them by pure functions elsewhere.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package incident

import "time"

// SchemaVersion is the version of the JSON form written by Encode.
// Every change to the stored form that an older file or an older app would
// read wrongly bumps it and adds a migration: a field renamed, moved, retyped
// or given another meaning or unit, or a new field whose absence means
// something other than "not entered". A new optional field whose zero value
// means "not entered" does not: files of the same version without it read as
// before (no migration would have anything to do), and an app of the same
// version that predates it ignores it (the scanner skips unknown keys) rather
// than refusing the whole file as "written by a newer Breach Desk" — it only
// drops that field when it saves. Org.NameEn, Police and Card are such fields
// (as DrillState and Estimate were).
const SchemaVersion = 1

// DefaultTimeZone is the time zone of a new incident.
const DefaultTimeZone = "Asia/Tokyo"

// Tri is a yes/no answer that may still be unknown ("" means "unknown yet").
type Tri string

const (
	Unknown Tri = ""
	Yes     Tri = "yes"
	No      Tri = "no"
)

// Incident is one breach, as the company knows it.
type Incident struct {
	Schema    int       `json:"schema"`
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Drill     bool      `json:"drill,omitempty"` // a rehearsal, never a real incident
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
	TimeZone  string    `json:"timeZone"` // IANA name; deadlines are computed in it

	Org     Organisation `json:"org"`
	Events  []Event      `json:"events"`
	Data    Data         `json:"data"`
	Cause   Cause        `json:"cause"`
	Risk    Risk         `json:"risk"`
	Contact ContactDesk  `json:"contact"`
	People  People       `json:"people"`
	Story   Story        `json:"story"`
	Police  PoliceDesk   `json:"police"` // the police consulted (the date is the timeline's police event)
	Card    CardCompany  `json:"card"`   // the card company told of card data

	// Hand-written state.
	Steps map[string]StepState     `json:"steps,omitempty"` // by playbook step id
	Edits map[string]ParagraphEdit `json:"edits,omitempty"` // by "document/section" id
	Notes string                   `json:"notes,omitempty"`

	// DrillState is, for a drill only, the state of its simulated clock
	// (app/drill State, as JSON text) so that a reload resumes the drill;
	// "" for a real incident. A string, so that the file scanner and Clone
	// need nothing special; the UI decodes it strictly.
	DrillState string `json:"drillState,omitempty"`

	// Estimate holds the user's inputs to the damage and cost estimate
	// (app/estimate); nil: everything is derived from the facts.
	Estimate *EstimateInputs `json:"estimate,omitempty"`
}

// OrgKind tells a private business from a public body (行政機関等), which has other thresholds.
type OrgKind string

const (
	Private OrgKind = "private"
	Public  OrgKind = "public"
)

// Role is the organisation's role for the affected data.
type Role string

const (
	Controller Role = "controller" // its own data (個人情報取扱事業者として)
	Processor  Role = "processor"  // data processed on behalf of a client (委託先)
)

// Organisation is the company (or public body) that had the breach.
type Organisation struct {
	Name string `json:"name"`
	// NameEn is the name the English documents use ("Sample Co., Ltd."); "" =
	// not entered, and they fall back to Name.
	NameEn    string  `json:"nameEn,omitempty"`
	Sector    string  `json:"sector,omitempty"`   // id from checklists/sectors
	Ministry  string  `json:"ministry,omitempty"` // the ministry that oversees the sector (所管省庁)
	Kind      OrgKind `json:"kind,omitempty"`     // "" = private
	Role      Role    `json:"role,omitempty"`     // "" = controller
	Entrustor string  `json:"entrustor,omitempty"`
	// Countries where the organisation is established (ISO 3166-1 alpha-2), e.g. "JP", "DE".
	Establishments []string `json:"establishments,omitempty"`
	CardMerchant   bool     `json:"cardMerchant,omitempty"` // accepts payment cards (has an acquirer)
}

// EventKind is the type of a timeline event.
type EventKind string

const (
	EvIntrusion       EventKind = "intrusion"        // first intrusion or cause (e.g. targeted e-mail opened)
	EvDetected        EventKind = "detected"         // something suspicious detected
	EvContained       EventKind = "contained"        // containment, e.g. external traffic cut off
	EvAware           EventKind = "aware"            // the company knew personal data was or may have been affected (知った時)
	EvScopeConfirmed  EventKind = "scope_confirmed"  // scope confirmed
	EvAssessed        EventKind = "assessed"         // assessment of the breach completed (Singapore's 3-day clock starts at its end; Australia's 30-day assessment is done by it)
	EvReportPrelim    EventKind = "report_prelim"    // 速報 / initial report to a regulator
	EvReportFinal     EventKind = "report_final"     // 確報 / final report to a regulator
	EvNoticePersons   EventKind = "notice_persons"   // notice to affected persons
	EvPublic          EventKind = "public"           // public announcement
	EvPolice          EventKind = "police"           // police consultation
	EvCardAcquirer    EventKind = "card_acquirer"    // card company / acquirer contacted
	EvEntrustorNotice EventKind = "entrustor_notice" // notice to the entrustor (委託元)
	EvForensic        EventKind = "forensic"         // forensic vendor engaged
	EvMinistryOrder   EventKind = "ministry_order"   // a ministry ordered a written report (Due holds its deadline)
	EvMinistryReport  EventKind = "ministry_report"  // report to the ministry submitted
	EvOther           EventKind = "other"            // free event
)

// EventKinds lists every kind, in timeline order of a typical case.
var EventKinds = []EventKind{
	EvIntrusion, EvDetected, EvContained, EvAware, EvScopeConfirmed, EvAssessed, EvForensic,
	EvReportPrelim, EvReportFinal, EvEntrustorNotice, EvCardAcquirer, EvPolice,
	EvNoticePersons, EvPublic, EvMinistryOrder, EvMinistryReport, EvOther,
}

// Event is one dated fact on the timeline.
type Event struct {
	ID   string    `json:"id"`
	Kind EventKind `json:"kind"`
	At   time.Time `json:"at"` // with its offset
	// Jurisdiction the event concerns, for reports and notices ("JP", "EU", "US-CA", ...); "" = all/not specific.
	Jurisdiction string     `json:"jurisdiction,omitempty"`
	Due          *time.Time `json:"due,omitempty"` // for orders: the deadline they set
	Note         string     `json:"note,omitempty"`
}

// Count is a number that may be unknown or approximate (約 / approx.).
type Count struct {
	Known  bool  `json:"known"`
	N      int64 `json:"n"`
	Approx bool  `json:"approx,omitempty"`
}

// Status says whether the leak is confirmed or only possible (おそれ).
type Status string

const (
	Possible  Status = "possible"  // 漏えい等のおそれ
	Confirmed Status = "confirmed" // 漏えい等が発生した
)

// Encryption describes the protection of the affected data.
type Encryption string

const (
	NotEncrypted    Encryption = "none"
	HighGrade       Encryption = "high"        // 高度な暗号化その他の保護措置, key safe
	HighGradeKeyOut Encryption = "high_keyout" // encrypted, but the key was (or may have been) taken too
)

// Data is what was (or may have been) affected.
type Data struct {
	Categories []Category  `json:"categories"`
	Persons    Count       `json:"persons"` // 本人の数: persons, never records
	Records    Count       `json:"records"` // 件数: records (rows, files), may count a person twice
	Status     Status      `json:"status,omitempty"`
	Encryption Encryption  `json:"encryption,omitempty"`
	Recovered  Tri         `json:"recovered,omitempty"` // fully recovered before any third party saw it
	Residence  []Residence `json:"residence,omitempty"`
	// NotInvolved lists category ids known not to be affected (for the notice: "not involved").
	NotInvolved []string  `json:"notInvolved,omitempty"`
	Retention   Retention `json:"retention"`
	// Kind of incident: leak (漏えい), loss (滅失), damage (毀損); several may apply.
	Leak   bool `json:"leak,omitempty"`
	Loss   bool `json:"loss,omitempty"`
	Damage bool `json:"damage,omitempty"`
}

// Category is one kind of personal data affected.
type Category struct {
	ID      string `json:"id"`              // from checklists/categories.json, or "other"
	Other   string `json:"other,omitempty"` // free text when ID is "other"
	Persons Count  `json:"persons"`
	Records Count  `json:"records"`
}

// Residence counts affected persons living in one country (and US state).
type Residence struct {
	Country string `json:"country"`          // ISO 3166-1 alpha-2
	Region  string `json:"region,omitempty"` // US state code, e.g. "CA"
	Persons Count  `json:"persons"`
}

// Retention records data kept after the customer relationship ended.
type Retention struct {
	FormerPersons  Count `json:"formerPersons"` // affected persons who had left
	YearsSinceLeft int   `json:"yearsSinceLeft,omitempty"`
	RetentionYears int   `json:"retentionYears,omitempty"` // the company's own retention limit, 0 = none set
}

// CauseKind is the type of cause.
type CauseKind string

const (
	CauseUnauthorizedAccess CauseKind = "unauthorized_access"
	CauseMalware            CauseKind = "malware"
	CauseTargetedEmail      CauseKind = "targeted_email"
	CauseWebSkimming        CauseKind = "web_skimming"
	CauseInsider            CauseKind = "insider"
	CauseMisdelivery        CauseKind = "misdelivery"
	CauseLoss               CauseKind = "loss"
	CauseTheft              CauseKind = "theft"
	CauseRansomware         CauseKind = "ransomware"
	CauseMisconfiguration   CauseKind = "misconfiguration"
	CauseOther              CauseKind = "other"
)

// Cause is what caused the incident.
type Cause struct {
	Kind            CauseKind `json:"kind,omitempty"`
	UnlawfulPurpose Tri       `json:"unlawfulPurpose,omitempty"` // 不正の目的のおそれ
	Description     string    `json:"description,omitempty"`
}

// Risk holds the company's own judgements that some laws turn on.
type Risk struct {
	SecondaryHarm     Tri    `json:"secondaryHarm,omitempty"`     // 二次被害又はそのおそれ
	SecondaryHarmNote string `json:"secondaryHarmNote,omitempty"` // what it is
	// GDPR-style risk level: "unlikely", "risk", "high"; "" = not assessed.
	Level string `json:"level,omitempty"`
	// Serious / significant harm tests (AU NDB, SG PDPA, CA RROSH).
	SeriousHarm         Tri `json:"seriousHarm,omitempty"`
	LawEnforcementDelay Tri `json:"lawEnforcementDelay,omitempty"` // police asked to delay notice
}

// ContactDesk is where affected persons can ask.
type ContactDesk struct {
	Name  string `json:"name,omitempty"`
	Phone string `json:"phone,omitempty"`
	Hours string `json:"hours,omitempty"`
	Email string `json:"email,omitempty"`
	Web   string `json:"web,omitempty"` // how to find the company's page (a name to search for)
}

// PoliceDesk is the police the company consults: a police station or the
// prefectural police's cyber crime unit or desk (都道府県警察のサイバー犯罪相談窓口).
// When it was consulted is not here: it is the timeline's police event
// (EvPolice), which the notices already date from.
type PoliceDesk struct {
	Station   string `json:"station,omitempty"`   // e.g. 警視庁 サイバー犯罪対策課, ○○警察署 生活安全課
	Contact   string `json:"contact,omitempty"`   // officer in charge, phone
	Reference string `json:"reference,omitempty"` // reference number given (受理番号等), if any
}

// CardCompany is the card company told when card data is involved: the
// acquirer (加盟店契約会社), a payment service provider or a card brand.
type CardCompany struct {
	Acquirer string `json:"acquirer,omitempty"` // its name, e.g. ○○カード株式会社
	Contact  string `json:"contact,omitempty"`  // department or person, phone or e-mail
}

// Person is someone responsible.
type Person struct {
	Name    string `json:"name,omitempty"`
	Contact string `json:"contact,omitempty"`
}

// People are those responsible for the response.
type People struct {
	CISO           Person `json:"ciso"`
	PrivacyOfficer Person `json:"privacyOfficer"`
	PR             Person `json:"pr"`
	Legal          Person `json:"legal"`
	Representative Person `json:"representative"` // who signs notices (代表取締役 etc.)
}

// Story is the free text the drafts are built from.
type Story struct {
	Summary        string `json:"summary,omitempty"`        // 概要
	HowDiscovered  string `json:"howDiscovered,omitempty"`  // 発覚の経緯
	MeasuresBefore string `json:"measuresBefore,omitempty"` // 発覚前に講じてきた安全管理措置
	Response       string `json:"response,omitempty"`       // 発覚以降の対応
	CurrentState   string `json:"currentState,omitempty"`   // 現在の安全管理の状況
	Prevention     string `json:"prevention,omitempty"`     // 再発防止策
	Compensation   string `json:"compensation,omitempty"`   // e.g. prepaid card ¥500 to each affected person
	// CompensationScope: "all", "some", "none" ("" = not decided); "some" needs CompensationReason.
	CompensationScope  string `json:"compensationScope,omitempty"`
	CompensationReason string `json:"compensationReason,omitempty"`
	Other              string `json:"other,omitempty"` // その他参考となる事項
}

// StepStatus is the state of a playbook step.
type StepStatus string

const (
	StepTodo  StepStatus = "todo"
	StepDoing StepStatus = "doing"
	StepDone  StepStatus = "done"
	StepNA    StepStatus = "na" // not applicable, with a reason
)

// StepState is what the user wrote about one playbook step.
type StepState struct {
	Status   StepStatus `json:"status,omitempty"`
	Owner    string     `json:"owner,omitempty"`
	Note     string     `json:"note,omitempty"`
	Evidence string     `json:"evidence,omitempty"`
	NAReason string     `json:"naReason,omitempty"`
	DoneBy   string     `json:"doneBy,omitempty"`
	DoneAt   *time.Time `json:"doneAt,omitempty"`
}

// ParagraphEdit is a user's edit of a generated paragraph.
type ParagraphEdit struct {
	Text string `json:"text"`
	// Base is the generated text the user edited; when the generator's text differs,
	// the facts changed under the edit and the UI shows both.
	Base     string    `json:"base"`
	EditedAt time.Time `json:"editedAt"`
}
