package draft

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Severities of lint findings.
const (
	SeverityError   = "error"   // the draft must not go out like this
	SeverityWarning = "warning" // check before sending
	SeverityInfo    = "info"    // worth knowing
)

// Lint codes.
const (
	CodeItemMissing     = "item.missing"     // a required item (section) is absent
	CodeItemPlaceholder = "item.placeholder" // a 【要記入】 / [to be completed] is left
	CodeItemUnknown     = "item.unknown"     // 調査中 / 不明 / unknown where the item must be known
	CodePersonsRecords  = "count.persons-records"
	CodeCountMismatch   = "count.mismatch" // a figure disagrees with the facts
	CodeDraftsDiffer    = "count.drafts-differ"
	CodePersonsUnit     = "count.persons-unit" // a count of persons whose source counts cards, rows or records
	CodeSetsOverlap     = "count.sets-overlap" // a set's count is said to overlap another's, and the total adds them
	CodeDateMismatch    = "date.mismatch"      // a date on no event of the timeline
	CodeStatusAsserted  = "status.asserted"    // "leaked" where only "may have" is known
	CodeStatusHedged    = "status.hedged"      // "may have" where the leak is confirmed
	CodeContactMissing  = "contact.missing"
	CodeContactHours    = "contact.hours"
	CodeEmailURL        = "email.url"
	CodeAsksData        = "ask.personal-data" // asks the reader to send personal data
	CodeCompensation    = "compensation.some" // offered to some, no reason given
	CodeRetention       = "retention.exceeded"
	CodeOrgNameEN       = "org.name-en"         // an English document gives the company's name in Japanese
	CodeJapaneseInEN    = "lang.ja-in-en"       // an English document carries Japanese text
	CodeEnglishInJA     = "lang.en-in-ja"       // a Japanese document carries an English sentence
	CodeLaterFinding    = "date.later-finding"  // a document dated before the forensic work quotes its findings
	CodeLaterMeasures   = "date.later-measures" // a document dated before the containment (or, telling of notices, the first notice) tells the measures typed once
	// CodeCountFell: a set's count of persons fell after its persons were
	// told at the larger count (135: 96,338 told on 11/7, 4,375 on 11/20).
	// Those told who turned out not to be concerned hear nothing from the
	// drafts, and an update tells only the new figure; the tool cannot tell
	// persons who dropped out from duplicates removed.
	CodeCountFell = "count.fell-after-notice"
	// CodeNoticeDelayUntold: a notice to the persons dated past the
	// timeline's limit for it says nothing of the time taken, no reason
	// being entered (public.noticeDelay); information only on a notice
	// already sent (dated at its own event), which no sentence can change.
	CodeNoticeDelayUntold = "notice.delay-untold"
	// CodeEntrustorsCustomers: a notice to the persons of a set held for an
	// entrustor, who do not deal with the company, calls them 「お客様」.
	CodeEntrustorsCustomers = "notice.entrustors-customers"
	// CodeHarmNoteSaysSome: secondary harm is answered "no" while its note
	// tells of persons who came forward with an effect (135: 「勤務先に転職
	// 活動を知られた、との問い合わせが数件」): the report reads 「二次被害は確認
	// されておりません（…との問い合わせが数件…）」, against itself.
	CodeHarmNoteSaysSome = "facts.harm-note-says-some"
	// CodeSearchFromName: with no words to search for entered, the notice asks
	// its readers to search for the organisation's name as entered, remark in
	// brackets and all (135: 「架空キャリア株式会社（転職サイト『架空ジョブ』運営）
	// お知らせ」); only the user knows the name its readers know it by.
	CodeSearchFromName = "contact.search-from-name"
	// CodeCategoryAll: an item only some persons had is stated for all of
	// them (or, in a notice to the persons of one data set, an item of
	// another set is stated as theirs).
	CodeCategoryAll = "category.all-persons"
	// CodeOccurredExposure: the report's 発生日 is the start of the exposure
	// window, while the first malicious act (or cause) came on another day.
	CodeOccurredExposure = "date.occurred-exposure"
	CodeEmailAttachment  = "email.attachment" // an e-mail notice carries or points to an attachment
	CodeInternalNote     = "note.internal"    // an internal note (of the record) is copied into a document
	CodeNoteStyle        = "style.note"       // note style in what persons or the public read: 体言止め, （推定）, jargon
	CodeRegister         = "style.register"   // だ・である mixed into a です・ます text
	// CodeDecisionReason: the ledger records "not reportable" for an
	// obligation with no reason (GDPR Art. 33(5) and the record an
	// auditor asks for both need the reason).
	CodeDecisionReason = "decision.no-reason"
	// CodeAwareWhy: a deadline counted from the first detection falls before
	// the one counted from the instant the company took as knowing, and no
	// reason for taking the later instant is recorded (the 速報's 発覚の経緯
	// and a regulator's first question).
	CodeAwareWhy = "clock.why"
	// CodeArt33Early: a GDPR (UK GDPR) Art. 33 notification in time from
	// the company's awareness is, or will be, more than 72 hours after the
	// incident was first detected: an authority that takes the detection as
	// the awareness asks for the reasons of the delay (Art. 33(1)).
	CodeArt33Early = "clock.art33-early"
	// CodeGDPRLawBlank: under both the GDPR's and the UK GDPR's Art. 33,
	// a filing with a European authority is recorded with no law: each
	// authority has a notification of its own, dated at and telling the
	// filings of its law, so this one dates and tells in neither (F1461).
	CodeGDPRLawBlank = "report.gdpr-law-blank"
	// CodeReportRecipient: a Japanese report routed to a delegated
	// ministry is recorded as filed with another party (the PPC): it is
	// counted as made, but whether the ministry has it is the user's to
	// check (83: an insurer's 速報 filed with the PPC, the FSA told by
	// telephone).
	CodeReportRecipient = "report.recipient"
	// CodeStaffToldEarlier: a detection recorded as a report from the
	// company's own people comes on a day before the instant taken as
	// knowing. The drafts then tell the regulator that the company was told
	// that day (85: a caseworker who found the list gone and told his
	// section four days later was entered as 「職員から報告を受領」 on the
	// day he noticed).
	CodeStaffToldEarlier = "clock.staff-told"
	// CodeContainedBeforeKnowing: the company's own containment (no party
	// named, the cause not at a contractor) is dated on a day before the
	// instant taken as knowing: someone in the organisation acted on the
	// data then (121: a laboratory closed the shared link on 2/4, judging
	// the data "not personal information", and the hospital's privacy
	// office was told on 2/12, entered as the knowing).
	CodeContainedBeforeKnowing = "clock.contained-before"
	// CodeStuffingPeriodOpen: in credential stuffing, a containment is
	// recorded but no event or step records the passwords' reset, so every
	// document tells the logins as possible "from … to the present" (120:
	// the passwords invalidated on 9/29, the announcement of 11/13 still
	// said 「9月26日から現在まで」; by design the period ends at the reset,
	// F176).
	CodeStuffingPeriodOpen = "facts.stuffing-period-open"
	// CodeResetNotRecorded: passwords are among the data, an event's note
	// says they were changed or reset, and no event or step records the
	// reset: the step stays overdue and the notices still ask the readers
	// to change them (122: store staff's admin passwords reset on 9/4, an
	// "other" event).
	CodeResetNotRecorded = "facts.reset-not-recorded"
	// CodeClientsOverDays: a notice to an entrustor party standing for many
	// clients is one event, while its note reads as a period (「11/21〜11/27
	// で順次」): the processor's exemption is judged from the event's day,
	// though the last client was told days later (118: 23 client companies
	// phoned over a week; 116: 340 clients from 5/7 to 5/13; F543).
	CodeClientsOverDays = "facts.clients-over-days"
	// CodeDeletedUnconfirmed: a deletion or a return recorded with no
	// counts, while its note says some did not answer or confirm (124: 36
	// of 38 schools confirmed the deletion, the 確報 said 「誤って届いた先
	// での削除を確認」; F592). The event's counts make the documents say how
	// many of how many.
	CodeDeletedUnconfirmed = "facts.deleted-unconfirmed"
	// CodeTakingPeriodOpen: an insider's taking whose period, with no end
	// entered, runs more than a year to the containment: the documents say
	// the data may have been taken until then (123: an agency's officer
	// photographed contract copies from 2021 to 2024-09, the contract
	// ended 2026-02-06, and the notice said 「2021年4月から2026年2月6日
	// まで」; F589).
	CodeTakingPeriodOpen = "facts.taking-period-open"
	CodeMisdeliverySpan  = "facts.misdelivery-span" // a wrong sending found long after its first act, no period entered
	CodeRecipientsKnown  = "facts.recipients-known" // recipients asked to delete, yet whether they are all known is unanswered
	// CodeLostNotLeaked: papers or a device lost or stolen and not
	// recovered, the set marked only lost with its copy kept: as entered,
	// nothing happened to it (no leak; no loss, the copy being kept) and
	// it is excluded, although whoever finds a lost list may read it (62:
	// a customer list lost on the way home, never found; the same entry
	// with special-care data or a theft would be "not reportable").
	CodeLostNotLeaked = "kind.lost-not-leaked"
	// CodeDamagedCopyKept: a set marked only damaged with the right data
	// kept, the cause no attack: as entered nothing was leaked, lost or
	// damaged, and the notice tells a matter of handling; what went wrong
	// may be the data's accuracy or data handed on wrong (169: wrong
	// balances registered at the credit bureaus, the ledger kept), which
	// counsel reads.
	CodeDamagedCopyKept = "kind.damaged-copy-kept"
	// CodeFootage: a set holds camera footage or photos of faces. Footage
	// searchable only by the time it was taken, not by person, is personal
	// information but may not be a personal information database, and then
	// not personal data whose leak Art. 26 covers (86: a barber chain's
	// cameras shown on an overseas site; the engine takes every set as
	// personal data).
	CodeFootage = "data.footage"
	// CodeParentVoice: the texts for the persons and the public speak of
	// "our subsidiary" while the organisation entered, in whose name the
	// documents go out, is itself named as a subsidiary (88: a Thai
	// subsidiary's announcement said 「当社のタイの子会社がサイバー攻撃を受け」,
	// the parent's words).
	CodeParentVoice = "text.parent-voice"
	// CodeUnreachableContact: a set whose persons none can be told holds
	// their e-mail addresses, postal addresses or telephone numbers. The
	// announcement stands as notice only where notifying is difficult (APPI
	// Art. 26(2) proviso; General Guidelines 3-5-4-5): if the company still
	// holds those details, the persons are told.
	CodeUnreachableContact = "notice.unreachable-contact"
	// CodeRemarkInName: a set's name carries a remark written for oneself
	// (「（自分のアカウントは無事）」, 「たぶん」, 「要確認」): the name is printed as
	// typed in the reports, the notices and the announcement (87: the
	// relatives-feature users' set reached the PPC and the public so); or
	// the name of the rule setting its retention period does (158: 「…（退職
	// 後3年で削除、実際は削除していない）」 in 「当社の規程（…）では」).
	CodeRemarkInName = "style.name-remark"
	// CodeRemarkInWhy: the reason the company gave for its knowing instant
	// carries an internal doubt or who raised it (「法務からは1/24で知った
	// ことになるのではとの指摘あり」, "counsel to confirm"): the reason is
	// printed as typed in the PPC report's item (1) (109).
	CodeRemarkInWhy = "style.why-remark"
	// CodePseudonymised: a set is answered as pseudonymised information
	// (仮名加工情報), which takes it out of Art. 26 altogether. The
	// exclusion holds only for data processed to the standard (Rules Art.
	// 31) and handled as such; pseudonymised information may not be given
	// to a third party (Art. 41(6)), so a set that was, or that was found
	// to identify persons, needs counsel before the exclusion is relied on
	// (93: a railway's ride histories given monthly to an analytics firm as
	// "pseudonymised", found to single persons out).
	CodePseudonymised = "data.pseudonymised"
	// CodePublicAsBusiness: the organisation is entered as a public body
	// (national or local) while its name says it is one APPI treats as a
	// business for its handling of personal information: a national
	// university corporation or another corporation of Appended Table 2,
	// a public university corporation or a local incorporated
	// administrative agency running hospitals, universities or research,
	// a local government's hospital or university (Arts. 16(2), 58). Its
	// breach reports then follow Art. 26 and Rules Art. 7 (more than 1,000
	// persons), not Art. 68 and Rules Art. 43 (121: a national university
	// hospital entered as a national public body was judged by the public
	// bodies' 100 persons and called its patients 住民).
	CodePublicAsBusiness = "org.public-as-business"
	// CodeProcessorAwareOwn: a "processor knew" event (the company's own
	// contractor or subcontractor knew first) in a case where it cannot be
	// one: its party is the company's entrustor, or the company is itself
	// the processor of every set and names no subcontractor as the cause
	// (94: a city's contractor entered the city's call as 「委託先が知った」;
	// its report to the city then said a processor had told it).
	CodeProcessorAwareOwn = "event.processor-aware-own"
	// CodeRuledOutShortLogs: a set is ruled out while its access logs,
	// which show no access, begin after the period the data lay open began
	// (89: a flaw open since April 2020, logs kept from September 2022,
	// both sets ruled out after the log review): the logs cannot rule out
	// the time before them.
	CodeRuledOutShortLogs = "data.ruledout-logs"
	// CodeRecoveredTaken: a set is recorded as recovered before anyone saw
	// it while the cause is a person taking the data (an insider, a thief)
	// with an unlawful purpose: the taker saw it (91: copies a contractor's
	// worker made by hand, seized by the police, ticked as recovered).
	CodeRecoveredTaken = "data.recovered-taken"
	// CodeAttackerKnown: the information is said to have gone only to
	// recipients the company has identified while the cause is an attack
	// with an unlawful purpose: the documents then drop the warnings of
	// phishing (170: the attackers identified and paid).
	CodeAttackerKnown = "cause.attacker-known"
	// CodeEntrustorMany: an entrustor's name counts several companies
	// (「法人版の導入企業（約120社）」) while the party is not marked as
	// standing for every client of the service: one letter goes to 「…（約
	// 120社）　御中」 (89).
	CodeEntrustorMany = "party.entrustor-many"
	// CodeToldByMany: a detection was told by a party whose name counts
	// several companies (「小売電気事業者（新電力）各社 約40社」): the
	// documents say the company was told by all of them (149: one
	// retailer's complaint).
	CodeToldByMany = "party.told-by-many"
	// CodeNoActionNeeded: a text for the persons and the public tells them
	// nothing needs doing, while the notices ask them to beware of fake
	// messages and misuse is seen or the data could be misused (96: 「お客様
	// に追加の対応は必要ありません」 beside the warning of phishing and a
	// confirmed secondary harm; the Korean regulator had the company
	// notify again).
	CodeNoActionNeeded = "text.no-action-needed"
	// CodeUnsureName: a data set's name or an item's own words, which the
	// documents print as typed, carry the user's doubt ("employment
	// details, TFN declaration?", 「…（要確認）」): the staff's notice and the
	// police memo of 95 printed the question mark.
	CodeUnsureName = "text.unsure-name"
	// CodeItemMusing: an item's own words carry the user's guess or a note
	// to oneself (「会話のタイトル（最初の質問から自動で作る。病気の相談など
	// もありうる）」, "might include health questions"), printed as typed in
	// the notices and the reports (130): the guess belongs in a note, and a
	// kind of data it names (health) in an item of its own, classified.
	CodeItemMusing = "text.item-musing"
	// CodeOtherNamed: a free-text item not classified names, in its own
	// words, a kind of data a flag marks (障害, 服薬, diagnosis: special-
	// care information): the rules cannot tell, the reports leave out the
	// type it may make reportable (161: 「避難の支援が必要な理由（要介護度、
	// 障害の種類・程度…）」). The user is asked to classify it (F1189).
	CodeOtherNamed = "data.other-named"
	// CodePossibleBeforeKnowing: a data set is recorded as possibly (or
	// certainly) affected from a day before the instant taken as knowing.
	// APPI's 知った時 covers a leak that may have occurred, the NDB scheme's
	// 30 days run from reasonable grounds to suspect (95: sets "possible"
	// from the encryption on 12/5, the knowing put at the leak-site post of
	// 12/22).
	CodePossibleBeforeKnowing = "clock.possible-before"
	// CodeMissingBeforeKnowing: papers or media lost or stolen were found
	// missing (a detection, not by the company's own staff, which
	// CodeStaffToldEarlier asks about) more than a day before the instant
	// taken as knowing (146: the carrier called on 10/21 that the tape could
	// not be found, the bank took its written "lost" of 10/28, F948). A
	// medium whose whereabouts are unknown may be read as a possible leak
	// from then: whether the later instant holds is counsel's [U].
	CodeMissingBeforeKnowing = "clock.missing-before"
	// CodeFinalTypeOpen: the final report is past the 30-day limit but
	// within the 60-day one, and whether the 60-day kind applies (an act
	// possibly done with an unlawful purpose) is not answered: the draft
	// then tells the regulator it is late (158: documents downloaded by an
	// outsider through a vendor's access flaw, the purpose left blank, the
	// report filed on day 60).
	CodeFinalTypeOpen = "clock.final-type-open"
	// CodeFinalTypeBlank (info): the logs show a set seen or taken by
	// someone not identified, the unlawful purpose is left blank, and the
	// final report, not yet late, may be due in 30 or 60 days on the answer
	// (158: asked before the 30 days pass, not only after, F1145).
	CodeFinalTypeBlank = "clock.final-type-blank"
	// CodeReadersLanguage: persons live in a country whose language is
	// neither Japanese nor English, and the drafts are in those two only
	// (96: a Korean subsidiary's customers would be told in Korean; 120: a
	// Japanese service's members in Taiwan and Hong Kong used it in
	// Chinese).
	CodeReadersLanguage = "lang.readers"
	// CodeDefectAsSetting: the cause is a misconfiguration whose
	// description speaks of a program's defect (a missing check, a bug):
	// the documents say 「設定の誤り」 and 「設定を修正し」 (115, F525, F640).
	CodeDefectAsSetting = "cause.defect-as-setting"
	// CodeHashedContact: an e-mail address or a telephone number kept (or
	// sent) as a plain hash: anyone who holds the address computes the same
	// hash and matches it (advertising platforms take them for that), and
	// telephone numbers, few enough to try them all, are recovered. The
	// documents say 「ハッシュ化して保存」 as if it protected them (104: a
	// hospital's booking form sent hashed addresses to an ad platform).
	CodeHashedContact = "data.hashed-contact"
	// CodeProtectionMixed: an item entered as protected (encrypted, hashed,
	// masked) whose description says part of it was not; the documents tell
	// every person of it that it was protected (138: passports encrypted for
	// about 2.03 million, in clear for about 525,000).
	CodeProtectionMixed = "data.protection-mixed"
	// CodeTagProvision: the cause reads as an advertising or analytics tag
	// (a pixel, an SDK) the company put on its own site sending data to
	// another business. Whether that is a leak at all, or a provision to a
	// third party without consent, is for counsel (104).
	CodeTagProvision = "cause.tag-provision"
	// CodeAuthorityAsOther: an event of kind "other" whose note tells of a
	// filing with an authority abroad whose law the assessment holds (106:
	// 「シンガポールのPDPCに届出」 typed as "other", so Singapore's filing
	// stayed "waiting" and the notice to persons "done out of order").
	CodeAuthorityAsOther = "event.authority-as-other"
	// CodeCardNoticeAsOther: an event of kind "other" to a card company
	// (or to no party) whose note tells of the acquirer or the card brands
	// (133: 「told acquirer / card brands」 as "other", the brands' 3-day
	// notice overdue by 27 days though given, late, on the eighth day).
	CodeCardNoticeAsOther = "event.card-notice-as-other"
	// CodeAlternativeUnanswered: the alternative measure to the notice
	// (APPI Art. 26(2) proviso) is credited to an announcement nobody said
	// told the persons of their data (Event.ForNotice not answered): 139's
	// announcement of an attack, the persons' data "under investigation",
	// credited as the measure (F771).
	CodeAlternativeUnanswered = "notice.alternative-unanswered"
	// CodeProcessorFoundAsOwn: a cause at a processor whose first detection,
	// by someone other than a vendor, came before a vendor's message (122: a
	// researcher's report to the maker entered as the company's detection).
	CodeProcessorFoundAsOwn = "event.processor-found-as-own"
	// CodeDetectionAtProcessor: a detection entered with the same party and
	// the same instant as the processor's knowing, before the company knew
	// (155: a parent's reply-all read by the contractor at 21:40, the
	// prefecture told next morning): the documents say the company received
	// the contact then, and the clock's other reading runs from it.
	CodeDetectionAtProcessor = "event.detection-at-processor"
	// CodeLastActOutside: the last unauthorised act found is dated before
	// the first intrusion (no document can use it: the US letters' period
	// falls back to the containment) or after the containment (the intruder
	// back in: a second intrusion, a containment that did not hold).
	CodeLastActOutside = "event.last-act-outside"
	// CodeFoundLaterNamed: a document dated before a data set was found to
	// be part of the case (DataSet.Found) names that set by the first words
	// of its name: a text the user wrote later (the public summary, the
	// story) printed in an earlier announcement or report (161: the
	// announcement of 6/5 and the 速報 of 6/8 named the evacuation plans'
	// data found on 6/29; F1191).
	CodeFoundLaterNamed = "text.found-later-named"
	// CodeLaterCountInText: a document dated before a count of persons was
	// established prints that count in a text the user wrote with no day of
	// its own (174: the story's 「お客様4名」, counted on 5/15, in the police
	// memo of 4/30 and the reports of 5/7 beside 「本人の数：1名」).
	CodeLaterCountInText = "text.later-count"
	// CodeFoundAfterPeriod: a data set found to be part of the case
	// (DataSet.Found) after the incident's period ended (the exposure
	// window's end, else the first containment) is told that period in a
	// notice or announcement to its readers: its data may have lain open
	// longer, and been taken down later (165: the petitioners' document
	// online from December until the sweep of 5/7, told 「2026年4月23日から
	// 2026年4月28日まで」, the appellant's file's five days; F1248).
	CodeFoundAfterPeriod = "period.found-after-period"

	// CodePartyNote: a document prints the name of a party (an authority,
	// a card company) that carries a working note in brackets (133: 「個人情報保護委員会 (via Tokyo parent)へ報告いたしまし
	// た」 in the notices; "EU DPAs (via EU representative, Ireland DPC
	// first)", and the card letter to "acquirer (Visa/MC/Amex via
	// processor) 御中"; F1261).
	CodePartyNote = "party.name-note"
	// CodeProcessorPolice: a processor's knowing or a vendor's message
	// whose note speaks of the police, with no police event (91: the police
	// called the contractor; the company's police step overdue).
	CodeProcessorPolice = "event.processor-police"
	// CodeOwnVersionNotSent: the persons of a set owed a place's own
	// version of the notice (Massachusetts: neither the nature of the
	// breach nor the number of residents, M.G.L. c. 93H § 3(b)) are
	// recorded as told by the common notice only, which tells both (108:
	// the English notice to every state went to the 111 residents of
	// Massachusetts too).
	CodeOwnVersionNotSent = "notice.own-version-not-sent"
	// CodeRegulatorAsOther: an event of kind "other" names a party of kind
	// regulator while a report of a law held here is shown as not done
	// (108: the Texas Attorney General's filing and the Massachusetts
	// letters typed as "other", so Texas's report was shown overdue).
	CodeRegulatorAsOther = "event.regulator-as-other"
	// CodeOnlineFromInput: data typed into an outside service became
	// viewable online, no exposure window is given, and an "other" event
	// lies between the first input and the detection: the documents tell the
	// time online from the first input (105: inputs from April, the share
	// links made public about 5/20).
	CodeOnlineFromInput = "period.online-from-input"
	// CodeAccessSeenPossible: the logs show someone not entitled viewed or
	// took a set's data (AccessSeen yes) while it is recorded only as
	// possibly leaked, or while the cause says no unlawful purpose is
	// suspected (117: downloads from unknown addresses of recordings left
	// public, the set "possible" and the purpose "no": the 確報's 30 or 60
	// days and the type of Rules Art. 7(3) turn on it).
	CodeAccessSeenPossible = "facts.access-seen-possible"
	// CodeAccessSeenNoLogs: the logs question is answered yes for a set
	// taken by hand, stolen, lost or sent by mistake, with no log period:
	// every document says 「保存されているアクセス記録により…確認」 where the
	// taking was known otherwise (123: contract copies photographed at a
	// sales agency, found by the police).
	CodeAccessSeenNoLogs = "facts.access-seen-no-logs"
	// CodeUnknownItem: a data set lists an item id the vocabulary does not
	// have (a file typed or edited by hand: the form offers only the
	// vocabulary). It is read as an unclassified "other" item: the laws
	// ask what it is and the documents print a blank for its name (154: the
	// flag id "password" entered as an item, F1030).
	CodeUnknownItem = "facts.unknown-item"
	// CodeFewNamed: the persons' safety may be at risk (Risk.SafetyAtRisk)
	// and the announcement names a data set of a few persons, or gives
	// their number: with the area, the day and the course of events it can
	// point to them (153: 「Aさん（見積・契約情報）（1名）」 in the drafted
	// announcement of a case where a worker followed a customer, F1100).
	CodeFewNamed = "public.few-named"
	// CodeClientNamed: the announcement names a client (an entrustor
	// party) whose data the company processed, mostly through a data set
	// named after it: telling the public who one's clients are is the
	// client's to agree (116: a screening firm's announcement listed 「架空
	// 商事から受託した…調査報告書」 though the note said the clients' names
	// were not to be published; F542).
	CodeClientNamed = "public.client-named"
	// CodeResidenceAssumedAll: a set's residence rows give no count for
	// some country and do not add up to its persons, with no row for other
	// countries: the engine reads the countries listed as every person's,
	// so no law of another country is considered for the set (112: "JP,
	// count unknown" for 300 retirees; F620). Said once, so that a user who
	// meant "mostly Japan" adds the rest.
	CodeResidenceAssumedAll = "facts.residence-assumed-all"
	// CodeGroupAsOneController: the organisation is established in two or
	// more EEA countries while the GDPR applies: if those are separate
	// companies, each is the controller of its own data and notifies its
	// own authority, which one report for all does not do (125: four
	// European subsidiaries entered as one organisation, one CNIL filing
	// marked the German and Dutch companies' reports done; F606).
	CodeGroupAsOneController = "org.group-as-one-controller"
	// CodeFormerUnanswered: a set has the company's rule for keeping the
	// data of persons who left, but neither a count, the year the earliest
	// left, nor an answer says any such person is among its persons: the
	// documents say nothing of them until it is answered (106: a seven-year
	// rule alone made every notice say former customers were affected;
	// F465).
	CodeFormerUnanswered = "facts.former-unanswered"
	// CodeRecipientDuty: the cause arose at a business the company had
	// provided the data to (Cause.AtRecipient). That business reports and
	// notifies for the data it received as its own; whether the provider's
	// duties reach a leak there is not settled in the reference [U], and
	// the tool keeps the provider's report and notices (126: an alliance
	// airline's booking-system vendor, F607).
	CodeRecipientDuty = "cause.recipient-duty"
	// CodePressAsOther: an "other" event's note speaks of the press, and no
	// press report is recorded (131: a morning paper's story entered as
	// "other", left out of the 速報's time line, F687).
	CodePressAsOther = "event.press-as-other"
	// CodePostedAsOther: an "other" event's note speaks of the data put
	// online (a leak site, a forum), and no post found is recorded: the
	// documents leave "other" events out, and the step that looks for the
	// copies online is not asked for it.
	CodePostedAsOther = "event.posted-as-other"
	// CodeSeenByStaff: a set could be seen only by the organisation's own
	// staff. Whether viewing inside, with nothing leaving, is a 漏えい is
	// not settled in the reference [U]; the tool keeps the report and the
	// notices owed and says so (137: a university's bookings open to all
	// its staff, F770).
	CodeSeenByStaff = "data.seen-by-staff"
	// CodePartNamedWithin: a set that is part of another (DataSet.Within)
	// is named from its whole, 「うち会員」: the documents already say 「…の
	// うち」 and printed 「…のうち、うち会員」 (138, F765).
	CodePartNamedWithin = "facts.part-named-within"
)

// severityRank orders severities, errors first.
func severityRank(s string) int {
	switch s {
	case SeverityError:
		return 0
	case SeverityWarning:
		return 1
	case SeverityInfo:
		return 2
	}
	return 0
}

// Finding is one problem of a draft (or of the facts the drafts rest on, when
// DocID is empty). ParagraphID names the paragraph, when there is one.
type Finding struct {
	Code        string     `json:"code"`
	Severity    string     `json:"severity"`
	DocID       string     `json:"doc,omitempty"`
	ParagraphID string     `json:"paragraph,omitempty"`
	Message     rules.Text `json:"message"`
}

// Lint checks drafts, generated or edited (pass them after Apply), against
// the facts as known on each document's date, the assessment and each other.
// The findings are sorted by severity (errors first), then by document
// (those about the facts, with no document, first), paragraph and code; a
// finding is reported once per document, however many of its paragraphs or
// variants have it (at the first paragraph). Group groups them for a list.
func Lint(inc *incident.Incident, a assess.Assessment, docs []Document) []Finding {
	l := NewLinter(inc, a)
	for _, d := range docs {
		l.Doc(d)
	}
	return l.Finish(docs)
}

// Linter is Lint a document at a time, for a page that checks a large
// incident's drafts between frames: NewLinter, Doc for each document in
// order, then Finish with all of them gives what Lint gives.
type Linter struct{ l *linter }

// NewLinter starts checking the drafts of inc as a says.
func NewLinter(inc *incident.Incident, a assess.Assessment) *Linter {
	inc = inc.Done() // the drafts state no planned step: neither does lint expect them to
	l := &linter{inc: inc, a: a, loc: inc.Location(), seen: map[string]bool{}, figs: map[string][2][]figure{}, dateRefs: map[string][3][]dateRef{}, texts: map[textCheck][]found{}, textIDs: map[string]int{}}
	l.rs, _ = rules.Default()
	l.facts = newFactIndex(inc, a, l.loc)
	return &Linter{l: l}
}

// Doc runs the checks of one document.
func (x *Linter) Doc(d Document) {
	l := x.l
	l.doc = l.context(d)
	l.items(d)
	l.contact(d)
	l.noticeDelay(d)
	l.entrustorsCustomers(d)
	l.orgNameEN(d)
	l.attachments(d)
	l.clientNamed(d)
	l.fewNamed(d)
	l.foundLaterNamed(d)
	l.laterCountInText(d)
	l.foundAfterPeriod(d)

	l.partyNote(d)
	for _, s := range d.Sections {
		for _, pr := range s.Paras {
			l.text(d, pr)
		}
	}
}

// Finish runs the checks across documents (docs: every one given to Doc,
// in the same order) and returns the findings, sorted as Lint sorts them.
func (x *Linter) Finish(docs []Document) []Finding {
	l := x.l
	l.draftsDiffer(docs)
	l.compensation(docs)
	l.retention()
	l.decisions()
	if !l.missingBeforeKnowing() {
		l.awareWhy() // its question is part of the missing medium's
	}
	l.art33Early()
	l.gdprLawBlank()
	l.reportRecipient()
	l.staffToldEarlier()
	l.containedBeforeKnowing()
	l.stuffingPeriodOpen()
	l.resetNotRecorded()
	l.clientsOverDays()
	l.deletedUnconfirmed()
	l.takingPeriodOpen()
	l.lostNotLeaked()
	l.damagedCopyKept()
	l.footage()
	l.pseudonymised()
	l.sameCount()
	l.publicAsBusiness()
	l.processorAwareOwn()
	l.parentVoice()
	l.unreachableContact()
	l.remarkInName()
	l.personsUnit()
	l.setsOverlap()
	l.misdeliverySpan()
	l.recipientsKnown()
	l.remarkInWhy()
	l.ruledOutShortLogs()
	l.recoveredTaken()
	l.attackerKnown()
	l.entrustorMany()
	l.toldByMany()
	l.noActionNeeded()
	l.unsureNames()
	l.itemMusings()
	l.otherNamed()
	l.possibleBeforeKnowing()
	l.accessSeenPossible()
	l.finalTypeOpen()
	l.finalTypeBlank()
	l.accessSeenNoLogs()
	l.unknownItems()
	l.readersLanguage()
	l.residenceAssumedAll()
	l.groupAsOneController()
	l.formerUnanswered()
	l.recipientDuty()
	l.pressAsOther()
	l.postedAsOther()
	l.seenByStaff()
	l.partNamedWithin()
	l.defectAsSetting()
	l.hashedContact()
	l.protectionMixed()
	l.tagProvision()
	l.authorityAsOther()
	l.cardNoticeAsOther()
	l.alternativeUnanswered()
	l.processorFoundAsOwn()
	l.detectionAtProcessor()
	l.lastActOutside()
	l.processorPolice()
	l.ownVersionNotSent()
	l.regulatorAsOther()
	l.onlineFromInput()
	l.countFell()
	l.harmNoteSaysSome()
	sort.SliceStable(l.out, func(i, j int) bool {
		x, y := l.out[i], l.out[j]
		if severityRank(x.Severity) != severityRank(y.Severity) {
			return severityRank(x.Severity) < severityRank(y.Severity)
		}
		if x.DocID != y.DocID {
			return x.DocID < y.DocID
		}
		if x.ParagraphID != y.ParagraphID {
			return x.ParagraphID < y.ParagraphID
		}
		return x.Code < y.Code
	})
	return l.out
}

// FindingGroup is the findings of one severity about one document (DocID
// "" for those about the facts), in Lint's order.
type FindingGroup struct {
	Severity string    `json:"severity"`
	DocID    string    `json:"doc,omitempty"`
	Findings []Finding `json:"findings"`
}

// Group groups findings as Lint sorts them: by severity, errors first, then
// by document; a list opens on the first group (the errors, when any).
func Group(fs []Finding) []FindingGroup {
	var out []FindingGroup
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].Severity == f.Severity && out[n-1].DocID == f.DocID {
			out[n-1].Findings = append(out[n-1].Findings, f)
			continue
		}
		out = append(out, FindingGroup{Severity: f.Severity, DocID: f.DocID, Findings: []Finding{f}})
	}
	return out
}

type linter struct {
	inc   *incident.Incident
	a     assess.Assessment
	rs    *rules.Set // the categories' names (nil when the rules do not load: those checks are skipped)
	loc   *time.Location
	facts *factIndex
	doc   docContext // the document being checked
	out   []Finding
	seen  map[string]bool
	// The figures and dates of each paragraph text, found once: the drafts
	// repeat paragraphs (the time line is in most of them, and with 1,000
	// events it is 100 KB), and the counts are checked twice.
	figs     map[string][2][]figure  // by line: Japanese, English
	dateRefs map[string][3][]dateRef // by line: Japanese, ISO, English
	texts    map[textCheck][]found   // by check and text (see once)
	// textIDs numbers the paragraph texts seen: a map keyed by a 100 KB
	// text hashes all of it at each look-up (in wasm the largest cost of
	// the lint's memo), so each paragraph is hashed once, then known by its
	// number (lastText: the paragraph being checked, by its bytes' address).
	textIDs   map[string]int
	lastText  string
	lastID    int
	noteList  []string         // the internal notes to look for (see notes)
	noteHeads map[string][]int // noteList's indices by their first noteHead bytes
	// thenDues are the days of the deadlines the engine gave on the facts
	// known at a document's date, by that date (see dueThen).
	thenDues map[time.Time]map[string]bool
	// firsts are the incident's first events by kind, found once (see
	// first): checks of every paragraph ask for them, and each look through
	// 1,000 events made the lint of such an incident's drafts slow.
	firsts map[incident.EventKind]firstEvent
}

// firstEvent is Incident.FirstEvent's answer.
type firstEvent struct {
	e  incident.Event
	ok bool
}

// first is l.inc.FirstEvent(kind), found once per lint: the linter's
// incident does not change while it checks.
func (l *linter) first(kind incident.EventKind) (incident.Event, bool) {
	if f, ok := l.firsts[kind]; ok {
		return f.e, f.ok
	}
	e, ok := l.inc.FirstEvent(kind)
	if l.firsts == nil {
		l.firsts = map[incident.EventKind]firstEvent{}
	}
	l.firsts[kind] = firstEvent{e, ok}
	return e, ok
}

// firstContainment is l.inc.FirstContainment() from first's answers.
func (l *linter) firstContainment() (incident.Event, bool) {
	var first incident.Event
	found := false
	for _, k := range incident.ContainmentKinds {
		if e, ok := l.first(k); ok && (!found || e.At.Before(first.At)) {
			first, found = e, true
		}
	}
	return first, found
}

// found is a finding of a paragraph's text, before it is placed.
type found struct {
	code, sev string
	msg       rules.Text
}

// once runs a check whose findings depend on the paragraph's text alone (and
// on the facts, which are the same for every draft) once per text, and adds
// its findings to paragraph pr of d. A check that also depends on the
// document (its date, its reader) names it in check.
func (l *linter) once(check string, d Document, pr Paragraph, scan func(text string) []found) {
	fs := remember(l.texts, textCheck{check, l.textID(pr.Text)}, func() []found { return scan(pr.Text) })
	for _, f := range fs {
		l.add(f.code, f.sev, d.ID, pr.ID, f.msg)
	}
}

// textCheck is a check of one text (see once).
type textCheck struct {
	check string
	text  int // textID
}

// textID is the number of text s, the same for equal texts.
func (l *linter) textID(s string) int {
	if len(s) == len(l.lastText) && unsafe.StringData(s) == unsafe.StringData(l.lastText) {
		return l.lastID
	}
	id, ok := l.textIDs[s]
	if !ok {
		id = len(l.textIDs)
		l.textIDs[s] = id
	}
	l.lastText, l.lastID = s, id
	return id
}

// figures is findFigures(s), remembered line by line where no figure can
// run from one line into the next (see figureBreak): the time line repeats
// the same lines in every document, each time in a paragraph of its own.
// The Japanese figures of every line come first, as in findFigures.
func (l *linter) figures(s string) []figure {
	var ja, en []figure
	for _, c := range chunks(s, figureBreak) {
		f := remember(l.figs, c, func() [2][]figure { j, e := findFiguresJAEN(c); return [2][]figure{j, e} })
		ja, en = append(ja, f[0]...), append(en, f[1]...)
	}
	return append(ja, en...)
}

// datesIn is findDates(s), remembered line by line (a date is written on one
// line: its patterns match no line break), in findDates' order.
func (l *linter) datesIn(s string) []dateRef {
	var k [3][]dateRef
	for _, c := range chunks(s, func(string, int) bool { return true }) {
		f := remember(l.dateRefs, c, func() [3][]dateRef { return findDateKinds(c) })
		for i := range k {
			k[i] = append(k[i], f[i]...)
		}
	}
	return append(append(k[0], k[1]...), k[2]...)
}

// chunks cuts s after each line break at which split(s, i) (i: the break's
// index) says it may be cut; the chunks joined are s.
func chunks(s string, split func(s string, i int) bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' && split(s, i) {
			out = append(out, s[start:i+1])
			start = i + 1
		}
	}
	if start < len(s) || len(out) == 0 {
		out = append(out, s[start:])
	}
	return out
}

// figureBreak reports whether findFigures finds in s what it finds in the
// parts of s before and after the line break at i: no figure nor the words
// around one (約, "approx.", "more than", ...) can span it. A figure's
// patterns cross a line only through \s (before a unit, after a number or
// a word such as "about"), and threshold words are looked for just before a
// figure, spaces skipped: so the break is safe unless what ends the line is
// a digit, a letter, a number's punctuation, a space or a multiplier
// (1万\n人).
func figureBreak(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	switch {
	case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",.\t\n\f\r ", r)):
		return false
	case r >= '０' && r <= '９', r == '，', r == '億', r == '万', r == '千':
		return false
	}
	return true
}

// remember returns m[k], computing it with f and keeping it the first time.
func remember[K comparable, V any](m map[K]V, k K, f func() V) V {
	v, ok := m[k]
	if !ok {
		v = f()
		m[k] = v
	}
	return v
}

// add records a finding once per (code, document, message): the same
// finding in several paragraphs or variants of a document is listed once, at
// the first.
func (l *linter) add(code, sev, doc, para string, msg rules.Text) {
	k := code + "\x00" + doc + "\x00" + msg.EN
	if l.seen[k] {
		return
	}
	l.seen[k] = true
	l.out = append(l.out, Finding{Code: code, Severity: sev, DocID: doc, ParagraphID: para, Message: msg})
}

// text runs the checks of one paragraph.
func (l *linter) text(d Document, pr Paragraph) {
	l.placeholders(d, pr)
	l.unknowns(d, pr)
	l.counts(d, pr)
	l.dates(d, pr)
	l.status(d, pr)
	l.urls(d, pr)
	l.asks(d, pr)
	l.occurred(d, pr)
	l.categoryAll(d, pr)
	l.internalNote(d, pr)
	l.japaneseInEN(d, pr)
	l.englishInJA(d, pr)
	l.laterFinding(d, pr)
	l.laterMeasures(d, pr)
	l.laterNotice(d, pr)
	l.style(d, pr)
	l.careless(d, pr)
}
