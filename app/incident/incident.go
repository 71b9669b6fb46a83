// Package incident holds the facts a company knows about a personal-data breach,
// as it learns them: the organisation, the timeline, the data affected, the cause,
// the contact desk and the people responsible, plus what the user writes by hand
// (step status, notes, edited draft paragraphs).
//
// The facts are the only state of Breach Desk: everything else (obligations,
// deadlines, drafts) is derived from them by pure functions elsewhere.
//
// One reader per fact. The incident's time zone is resolved by Location
// (LoadZone for a name typed in a form): "", "Local" and names outside the
// embedded zone table are refused, which Validate reports as a problem of
// the field timeZone, and Location then falls back to Asia/Tokyo. No other
// code calls time.LoadLocation or uses time.Local for an incident. The events
// are the facts as entered (FirstEvent, EventsOf); the instant the company
// knew, which starts the clocks, is derived from them by app/assess alone
// (Assessment.Knew): read it there.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package incident

import (
	"slices"
	"time"
)

// SchemaVersion is the version of the JSON form written by Encode.
// Every change to the stored form that an older file or an older app would
// read wrongly bumps it and adds a migration: a field renamed, moved, retyped
// or given another meaning or unit, or a new field whose absence means
// something other than "not entered". A new optional field whose zero value
// means "not entered" does not: files of the same version without it read as
// before (no migration would have anything to do), and an app of the same
// version that predates it ignores it (the scanner skips unknown keys) rather
// than refusing the whole file as "written by a newer Breach Desk" — it only
// drops that field when it saves. Org.NameEn, Police, Card and Unsubmitted are
// such fields (as DrillState and Estimate were, and Ledger and Evidence are).
const SchemaVersion = 2

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
//
// Schema 2 states a real incident as it is: the data sets it touched, each
// with its own role (own data, or entrusted by a named entrustor), categories,
// counts with their history and status; the parties it deals with
// (entrustors, authorities, police, card companies); events that may be
// dated exactly, by day, approximately or not yet; and the exposure window
// apart from the first malicious act. Every element of a list carries a
// stable id, so that an edit can name what it changed ("dataSets[d2].persons")
// whatever the order of the list.
type Incident struct {
	Schema    int       `json:"schema"`
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Drill     bool      `json:"drill,omitempty"` // a rehearsal, never a real incident
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
	TimeZone  string    `json:"timeZone"` // IANA name; deadlines are computed in it (Location)

	Org     Organisation `json:"org"`
	Parties []Party      `json:"parties,omitempty"` // entrustors, authorities, police, card companies
	Events  []Event      `json:"events"`
	// Exposure is the period the data lay open to the cause (a vulnerability
	// open, a skimmer live): the 対象期間 of the documents, which is not the
	// first malicious act (the intrusion event, 発生日).
	Exposure Window    `json:"exposure"`
	DataSets []DataSet `json:"dataSets"`
	// Persons is the number of distinct persons of the whole incident, when
	// the data sets overlap and the company has de-duplicated across them;
	// empty, it is the sum of the data sets that are not part of another
	// (TotalPersons).
	Persons Figure      `json:"persons,omitempty"`
	Cause   Cause       `json:"cause"`
	Risk    Risk        `json:"risk"`
	Contact ContactDesk `json:"contact"`
	People  People      `json:"people"`
	Story   Story       `json:"story"`  // written for the reports to authorities
	Public  PublicStory `json:"public"` // written for the persons and the public
	// AwareWhy records why the company took the instant it did as the one it
	// knew (事態を知った時), when something was detected earlier.
	AwareWhy Statement `json:"awareWhy"`

	// Hand-written state.
	Steps map[string]StepState     `json:"steps,omitempty"` // by playbook step id
	Edits map[string]ParagraphEdit `json:"edits,omitempty"` // by "document/section" id
	Notes string                   `json:"notes,omitempty"` // internal: never copied into a document
	// Unsubmitted is what the user typed into a form of this incident and
	// has not submitted yet (a timeline note before 追加する, a paragraph
	// before 保存), by form field: kept with the incident so that a reload
	// restores it, removed when the form is submitted or cancelled. Never a
	// fact: nothing derives anything from it.
	Unsubmitted map[string]string `json:"unsubmitted,omitempty"`

	// DrillState is, for a drill only, the state of its simulated clock
	// (app/drill State, as JSON text) so that a reload resumes the drill;
	// "" for a real incident. A string, so that the file scanner and Clone
	// need nothing special; the UI decodes it strictly.
	DrillState string `json:"drillState,omitempty"`

	// Estimate holds the user's inputs to the damage and cost estimate
	// (app/estimate); nil: everything is derived from the facts.
	Estimate *EstimateInputs `json:"estimate,omitempty"`

	// Ledger holds the decisions and filings of each obligation, Evidence
	// the files attached to steps and events (ledger.go).
	Ledger   []LedgerEntry `json:"ledger,omitempty"`
	Evidence []Evidence    `json:"evidence,omitempty"`
}

// OrgKind tells a private business from a public body (行政機関等), which has other thresholds.
type OrgKind string

const (
	Private OrgKind = "private"
	Public  OrgKind = "public"
	// Local is a body of a local government (地方公共団体の機関) or a local
	// incorporated administrative agency: a public body, which APPI's rules
	// for public bodies cover only from 2023-04-01 (its own ordinance before).
	Local OrgKind = "local"
)

// IsPublic: a public body, national or local.
func (k OrgKind) IsPublic() bool { return k == Public || k == Local }

// Role is the organisation's role for one data set.
type Role string

const (
	Controller Role = "controller" // its own data (個人情報取扱事業者として)
	Processor  Role = "processor"  // data handled on behalf of an entrustor (委託先として)
)

// Organisation is the company (or public body) that had the breach. Its
// role is stated per data set (DataSet.Role), its entrustors and the
// authorities it deals with are Parties.
type Organisation struct {
	Name string `json:"name"`
	// NameEn is the name the English documents use ("Sample Co., Ltd."); "" =
	// not entered, and they fall back to Name.
	NameEn string  `json:"nameEn,omitempty"`
	Sector string  `json:"sector,omitempty"` // id from checklists/sectors.json
	Kind   OrgKind `json:"kind,omitempty"`   // "" = private
	// Countries where the organisation is established (ISO 3166-1 alpha-2), e.g. "JP", "DE".
	Establishments []string `json:"establishments,omitempty"`
	CardMerchant   bool     `json:"cardMerchant,omitempty"` // accepts payment cards (has an acquirer)
	// TargetsEU and TargetsUK: the organisation offers goods or services to
	// persons in the EU/EEA (the UK), or monitors their behaviour there —
	// what makes the GDPR (UK GDPR) apply to an organisation established
	// outside (Art. 3(2)). Unknown: not answered yet.
	TargetsEU Tri `json:"targetsEU,omitempty"`
	TargetsUK Tri `json:"targetsUK,omitempty"`
	// TargetsJP: an organisation established outside Japan handles the
	// data in supplying goods or services to persons in Japan (APPI Art.
	// 171). Unknown counts as yes: the data of persons living in Japan
	// brings Japan's law in until the user says otherwise (59: a Singapore
	// subsidiary's payroll of former expatriates now living in Japan).
	TargetsJP Tri `json:"targetsJP,omitempty"`
	// Art57Body: the organisation is one of the bodies APPI Art. 57(1)
	// exempts for their activity: a press organisation, a professional
	// author, a religious or a political body. A set handled for that
	// activity (DataSet.ExemptPurpose) is outside the Act's duties only
	// when this is yes too; a labour union or a company that answered the
	// set's question is not taken out of the Act (114, F528).
	Art57Body Tri `json:"art57Body,omitempty"`
	// LocalLanguage: the organisation serves persons living where the
	// language is neither Japanese nor English in their own language (a
	// site, an app or a desk in Chinese, Korean …), so its notices to them
	// should be in it too (120: members in Taiwan and Hong Kong who used
	// the service in Chinese; F562). Asked once such persons are recorded.
	LocalLanguage Tri `json:"localLanguage,omitempty"`
	// Targets, by country (ISO 3166-1 alpha-2): the organisation supplies
	// goods or services to people there, or otherwise carries on there the
	// business the data is handled for. The laws that reach an organisation
	// without an establishment in their country only then (PIPL Art. 3,
	// PIPA, the Privacy Act's Australian link, PIPEDA, the PDPA) ask it
	// through targets(XX). A country not answered counts as yes: the data of
	// its residents brings its law in until the user says otherwise (60: a
	// Korean group company's staff on a shared login system made PIPA apply
	// to the Japanese company).
	Targets map[string]Tri `json:"targets,omitempty"`
}

// Statement is something a person put on record, with who and when.
type Statement struct {
	Text string     `json:"text,omitempty"`
	By   string     `json:"by,omitempty"`
	At   *time.Time `json:"at,omitempty"`
}

// CauseKind is the type of cause.
type CauseKind string

const (
	CauseUnauthorizedAccess CauseKind = "unauthorized_access"
	// CauseCredentialStuffing: logins to the company's service with IDs and
	// passwords obtained elsewhere (リスト型攻撃, なりすましログイン).
	CauseCredentialStuffing CauseKind = "credential_stuffing"
	CauseMalware            CauseKind = "malware"
	CauseTargetedEmail      CauseKind = "targeted_email"
	CauseWebSkimming        CauseKind = "web_skimming"
	CauseInsider            CauseKind = "insider"
	CauseMisdelivery        CauseKind = "misdelivery"
	CauseLoss               CauseKind = "loss"
	CauseTheft              CauseKind = "theft"
	CauseRansomware         CauseKind = "ransomware"
	CauseMisconfiguration   CauseKind = "misconfiguration"
	// CauseDefect: a defect in the program of the company's own system (a
	// missing check of who asks, an ID that can be changed in a URL, a
	// bug that showed or sent one user's data to another) exposed the
	// data, with no attack needed: told as 「システムの不具合」 and
	// contained by correcting the program, not as a setting put wrong
	// (115: an app's API that did not check the user's ID against the
	// record's). A flaw an attacker used to get in is unauthorized access.
	CauseDefect CauseKind = "software_defect"
	// CauseMispublication: a person put data where people who should not
	// see it could: a file posted on a website (48: a sheet hidden in a
	// published spreadsheet), saved to a folder others use (49: pupils'
	// grades in the pupils' shared folder), a page or post published by
	// mistake. A setting of a system that opened it is a misconfiguration.
	CauseMispublication CauseKind = "mispublication"
	// CauseOutsideService: a person typed or uploaded data into an outside
	// online service (a free translation site, a generative AI service, a
	// file converter) whose operator kept it, showed it to others or
	// published it (71: a bank's staff member translated a borrower's
	// mail on a site that published what was typed). The data left through
	// the company's own act, not a file put on its own site or folder.
	CauseOutsideService CauseKind = "outside_service"
	// CauseInsiderViewing: someone inside looked at records without a
	// business reason, and nothing is known to have left the organisation
	// (84: hospital staff who opened two patients' charts out of
	// curiosity). Copying, telling or using what was seen outside is
	// CauseInsider, taking out.
	CauseInsiderViewing CauseKind = "insider_viewing"
	// CauseDisaster: a natural disaster or an accident (a flood, an
	// earthquake, a fire, a burst pipe) destroyed or damaged the data or
	// what held it, with no attacker and no one's mistake in handling it
	// (171: a river broke its bank and a hospital's basement chart store
	// and server room went under water). Told as 「災害・事故等」, the
	// harm as the loss to the persons, not as data others may read.
	CauseDisaster CauseKind = "disaster"
	CauseOther    CauseKind = "other"
)

// Attack reports whether the cause is an attack by someone outside: data in
// an attacker's hands is rarely "recovered before anyone saw it".
func (k CauseKind) Attack() bool {
	switch k {
	case CauseUnauthorizedAccess, CauseMalware, CauseTargetedEmail, CauseWebSkimming, CauseRansomware, CauseCredentialStuffing:
		return true
	}
	return false
}

// CauseAt is where the cause arose: at the company itself or at a company
// it entrusted the handling of the data to.
type CauseAt string

const (
	// AtOwn: the company's own staff, systems or premises ("" says the same).
	AtOwn CauseAt = "own"
	// AtProcessor: a company the data was entrusted to (委託先), or, for a
	// company that is itself a processor, its subcontractor (再委託先). Real
	// cases of this shape are common (a printing contractor's ransomware, a
	// call centre's subcontracted staff selling lists, a subcontractor's lost
	// USB stick), and a document that says "our employee" or "our systems"
	// for them is wrong.
	AtProcessor CauseAt = "processor"
	// AtViaProcessor: the way in was a contractor's device, account or
	// connection (its staff's PC infected, its access used), but the
	// systems and data affected are the company's own: the documents say
	// 「委託先を経由した不正アクセス」 and "our systems", never that the
	// contractor held the data (60: a group company's contractor's PC led
	// into the company's own systems through a shared login, F195).
	AtViaProcessor CauseAt = "via_processor"
	// AtPlatform: the company's own account on a service another business
	// runs (a booking site's extranet, a marketplace's seller page, a mail
	// delivery tool) was misused: the account and what the company handles
	// through it are the company's, the systems are that business's. The
	// documents say "our account on …", never "our systems" (72: a hotel's
	// account on a booking site sent phishing messages to its guests).
	AtPlatform CauseAt = "platform"
	// AtRecipient: the data was at a business the company had provided it
	// to (第三者提供: an alliance partner, a group company that uses it for
	// its own purposes, a joint-marketing partner), which holds its copy as
	// its own, and the cause arose there or at that business's contractor.
	// It is no contractor of the company: the documents say 「提供先」 and
	// "a business we had provided the data to", never 「委託先」 (126: an
	// alliance airline's booking-system vendor, F607).
	AtRecipient CauseAt = "recipient"
	// AtCarrier: papers or media in the hands of a business engaged only to
	// carry them (a courier, a security transport company, a postal
	// service), which does not handle their contents. Whether such a
	// carrier is a 委託先 (APPI Art. 25) is not settled in the reference
	// [U]: the documents say 「輸送を依頼した運送会社」 and "the carrier we
	// had engaged to transport them", never 「委託先」, and the playbook
	// asks for the carrier's account and the company's own choice of
	// carrier instead of the supervision of a contractor (146: a bank's
	// backup tape lost by a security carrier whose contract excludes the
	// contents, F946).
	AtCarrier CauseAt = "carrier"
)

// Cause is what caused the incident.
type Cause struct {
	Kind            CauseKind `json:"kind,omitempty"`
	UnlawfulPurpose Tri       `json:"unlawfulPurpose,omitempty"` // 不正の目的のおそれ
	Description     string    `json:"description,omitempty"`
	// DescriptionOn is the day the description tells the case as of (161:
	// written after the plans' data was found on 6/29); a report or a
	// police memo dated before it prints the cause without it. It is not
	// dropped from the facts of an earlier day: the wording of the cause's
	// kind reads it (a "server" or an "app" in it). Blank: true from the
	// start.
	DescriptionOn Date `json:"descriptionOn,omitempty"`
	// At is where it arose ("": not said, read as the company's own).
	At CauseAt `json:"at,omitempty"`
	// AtName names the company it arose at when At is AtProcessor ("": the
	// documents say "our contractor" without a name) or AtRecipient ("":
	// "the business we had provided it to"), or the service when At is
	// AtPlatform ("": "an outside service we use").
	AtName string `json:"atName,omitempty"`
	// RecipientKnown: the information went only to recipients the
	// organisation has identified (the wrong addressee of a letter, the
	// company an insider or a seconded employee sent it to, the caller a
	// clerk told an address): the documents then do not warn of unknown
	// third parties' phishing (69: a DV victim told to beware of refund
	// scams; 61: bank customers told of fake bank mails, F200, F236).
	RecipientKnown Tri `json:"recipientKnown,omitempty"`
	// CopiedOut, for an insider (CauseInsider): whether the data was
	// copied or taken out (yes: a file, a print, a photo of the screen),
	// or only looked up on the screen and used for the insider's own
	// purposes (no: a worker who read a customer's address and went
	// there). "" = not answered: the documents say taken out, as before.
	CopiedOut Tri `json:"copiedOut,omitempty"`
}

// AtProcessor reports whether the cause arose at a company the data was
// entrusted to.
func (c Cause) AtProcessor() bool { return c.At == AtProcessor }

// OnPlatform reports whether the cause was the misuse of the company's
// account on a service another business runs.
func (c Cause) OnPlatform() bool { return c.At == AtPlatform }

// ViaProcessor reports whether the way in was a contractor's, into the
// company's own systems.
func (c Cause) ViaProcessor() bool { return c.At == AtViaProcessor }

// AtRecipient reports whether the cause arose at a business the company had
// provided the data to (or at that business's contractor).
func (c Cause) AtRecipient() bool { return c.At == AtRecipient }

// AtCarrier reports whether the cause arose at a business engaged only to
// carry the papers or media.
func (c Cause) AtCarrier() bool { return c.At == AtCarrier }

// Risk holds the company's own judgements that some laws turn on.
type Risk struct {
	SecondaryHarm     Tri    `json:"secondaryHarm,omitempty"`     // 二次被害又はそのおそれ
	SecondaryHarmNote string `json:"secondaryHarmNote,omitempty"` // what it is
	// SecondaryHarmNoteOn is the day the note describes the harm as of (a
	// figure of 7/11 in it); a document dated before it does not quote it
	// (a police memo of 7/5 quoted ¥32.4M counted on 7/11, F182). Blank:
	// true from the start.
	SecondaryHarmNoteOn Date `json:"secondaryHarmNoteOn,omitempty"`
	// GDPR-style risk level: "unlikely", "risk", "high"; "" = not assessed.
	Level string `json:"level,omitempty"`
	// Serious / significant harm tests (AU NDB, SG PDPA, CA RROSH).
	SeriousHarm         Tri `json:"seriousHarm,omitempty"`
	LawEnforcementDelay Tri `json:"lawEnforcementDelay,omitempty"` // police asked to delay notice
	// NoticeUnreachable: some persons cannot be told individually (no
	// contact details held, letters returned): the notice is then replaced
	// for them by an alternative measure (APPI Art. 26(2) proviso, GDPR
	// Art. 34(3)(c)), and the announcement says it stands for their notice.
	NoticeUnreachable Tri `json:"noticeUnreachable,omitempty"`
	// Extortion: the persons are (or may be) contacted by whoever has the
	// data with demands for money (to keep it unpublished, to stop its
	// misuse). Yes: the notices tell them not to pay or reply, to keep the
	// message and to go to the police, instead of the warning of fake
	// messages in general. "" = not answered, read as no.
	Extortion Tri `json:"extortion,omitempty"`
	// SafetyAtRisk: the persons' safety may be at risk from someone who
	// obtained the data (it tells where they live or can be found, and
	// that person has followed, threatened or approached them). Yes: the
	// notices tell them what to do if in danger, and the announcement is
	// kept from identifying them. "" = not answered, read as no.
	SafetyAtRisk Tri `json:"safetyAtRisk,omitempty"`
}

// ContactDesk is where affected persons can ask.
type ContactDesk struct {
	Name string `json:"name,omitempty"`
	// NameEn is the desk's name for the English documents; "" = not
	// entered (they use Name when it is in Latin letters, else ask for it).
	NameEn string `json:"nameEn,omitempty"`
	Phone  string `json:"phone,omitempty"`
	Hours  string `json:"hours,omitempty"`
	Email  string `json:"email,omitempty"`
	Web    string `json:"web,omitempty"` // how to find the company's page (a name to search for)
	// WebEn is the words to search for that the English documents give
	// ("Example Co. notice"); "" = not entered: they use Web when it is in
	// Latin letters, else the organisation's English name with "notice",
	// else ask for it.
	WebEn string `json:"webEn,omitempty"`
}

// Person is someone responsible.
type Person struct {
	Name    string `json:"name,omitempty"`
	Contact string `json:"contact,omitempty"`
	// NameEn is the name and title as English documents give them ("Taro
	// Yamada, President"); "" = not entered: they use Name when it is in
	// Latin letters, else ask for it (a Japanese signature went into
	// English letters).
	NameEn string `json:"nameEn,omitempty"`
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
	Summary string `json:"summary,omitempty"` // 概要
	// SummaryOn is the day the summary describes the case as of (written
	// after a set was found later); a document dated before it prints the
	// summary the facts of its day give instead (161: the 速報 of 6/8 told
	// of data found on 6/29). Blank: true from the start.
	SummaryOn     Date   `json:"summaryOn,omitempty"`
	HowDiscovered string `json:"howDiscovered,omitempty"` // 発覚の経緯
	// HowDiscoveredOn is the day the account of the discovery tells the
	// case as of (161: 「受託事業者からの報告（5月26日、6月4日、6月29日）」,
	// written after 6/29); a report dated before it tells the discovery
	// from the detection and the knowing on the time line instead. Blank:
	// true from the start.
	HowDiscoveredOn Date   `json:"howDiscoveredOn,omitempty"`
	MeasuresBefore  string `json:"measuresBefore,omitempty"` // 発覚前に講じてきた安全管理措置
	Response        string `json:"response,omitempty"`       // 発覚以降の対応
	// ResponseOn is the day the account of the response tells the case as
	// of (161: the apology letters sent on 7/8); a document dated before it
	// tells only the steps its day's time line records (the containment,
	// the reports made). Blank: true from the start.
	ResponseOn   Date   `json:"responseOn,omitempty"`
	CurrentState string `json:"currentState,omitempty"` // 現在の安全管理の状況
	Prevention   string `json:"prevention,omitempty"`   // 再発防止策
	Compensation string `json:"compensation,omitempty"` // e.g. prepaid card ¥500 to each affected person
	// CompensationScope: "all", "some", "none" ("" = not decided); "some" needs CompensationReason.
	CompensationScope  string `json:"compensationScope,omitempty"`
	CompensationReason string `json:"compensationReason,omitempty"`
	Other              string `json:"other,omitempty"` // その他参考となる事項
}

// PublicStory is what the company writes for the affected persons and the
// public, in its own words. The notices and announcements are built from
// the facts and from these fields only: the story written for authorities,
// the timeline's notes and the internal notes never reach them.
type PublicStory struct {
	Summary string `json:"summary,omitempty"` // what happened, for the persons
	// SummaryOn is the day the summary describes the case as of; a notice
	// or announcement dated before it tells what happened as the facts of
	// its day give it (161: the announcement of 6/5 printed a summary
	// written after 6/29). Blank: true from the start.
	SummaryOn Date   `json:"summaryOn,omitempty"`
	Cause     string `json:"cause,omitempty"` // how it happened, in plain words
	// CauseOn is the day the cause describes the case as of; a notice or
	// announcement dated before it tells the cause as the facts give it
	// (161: the announcement of 6/5 printed a cause naming the plans'
	// data, found on 6/29). Blank: true from the start.
	CauseOn    Date   `json:"causeOn,omitempty"`
	Measures   string `json:"measures,omitempty"`   // what the company did and will do
	Prevention string `json:"prevention,omitempty"` // 再発防止策, as told to the public
	// Harm is the secondary harm seen (Risk.SecondaryHarm yes), worded for
	// the persons: item 5 of Rules Art. 8(1) is the harm "and what it is",
	// and Risk.SecondaryHarmNote is written for the authorities.
	Harm string `json:"harm,omitempty"`
	// NoticeDelay is why the notice to the persons came as late as it did,
	// for them (お知らせまでに日数を要した理由): a notice dated past the
	// tool's benchmark for it tells the days taken and this reason.
	NoticeDelay string `json:"noticeDelay,omitempty"`
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
	DoneBy   string     `json:"doneBy,omitempty"` // who did it
	// DoneAt is when the step was really done, as entered (it defaults to
	// the moment it is marked done, and may be set earlier).
	DoneAt *time.Time `json:"doneAt,omitempty"`
	// Entered records who marked it done, and when they did.
	EnteredBy string     `json:"enteredBy,omitempty"`
	EnteredAt *time.Time `json:"enteredAt,omitempty"`
}

// ParagraphEdit is a user's edit of a generated paragraph.
type ParagraphEdit struct {
	Text string `json:"text"`
	// Base is the generated text the user edited; when the generator's text differs,
	// the facts changed under the edit and the UI shows both.
	Base     string    `json:"base"`
	EditedAt time.Time `json:"editedAt"`
}

// CardIssuer: the organisation holds card data as the issuer of the cards,
// not as a merchant: a financial institution that does not accept cards
// and has recorded no contact with an acquirer (111: a bank's renewed cards
// mailed to old addresses). The card brands' rules for merchants (tell the
// acquirer, a forensic investigation) and a notice's advice to call "the
// card company on the back of the card" are not its own.
func (inc *Incident) CardIssuer() bool {
	acquirer := slices.ContainsFunc(inc.Events, func(e Event) bool { return e.Kind == EvCardAcquirer && !e.Planned })
	return inc.Org.Sector == "finance" && !inc.Org.CardMerchant && !acquirer
}
