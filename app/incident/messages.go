package incident

import (
	"fmt"
	"strings"
	"sync"
)

// Code identifies a kind of problem; its messages live in catalog below, the only
// place in this package that holds text shown to users.
type Code string

// Problem codes of reading a file (Decode, DecodeExport, ParseCount).
const (
	CodeFileTooLarge    Code = "file_too_large"
	CodeFileEmpty       Code = "file_empty"
	CodeSyntax          Code = "syntax"
	CodeBadEscape       Code = "bad_escape"
	CodeRawControl      Code = "raw_control"
	CodeTruncated       Code = "truncated"
	CodeTrailingData    Code = "trailing_data"
	CodeNotObject       Code = "not_object"
	CodeTooDeep         Code = "too_deep"
	CodeInvalidUTF8     Code = "invalid_utf8"
	CodeWrongType       Code = "wrong_type"
	CodeBadDateTime     Code = "bad_date_time"
	CodeNumberRange     Code = "number_range"
	CodeDuplicateKey    Code = "duplicate_key"
	CodeTooMany         Code = "too_many"
	CodeTooManyProblems Code = "too_many_problems"
	CodeSchemaFuture    Code = "schema_future"
	CodeSchemaInvalid   Code = "schema_invalid"
	CodeMigration       Code = "migration"
	CodeIsExport        Code = "is_export"
	CodeNotExport       Code = "not_export"
	CodeSealed          Code = "sealed"
	CodeUnreadable      Code = "unreadable"
	CodeCount           Code = "count"
)

// Problem codes of Validate.
const (
	CodeNoIncident          Code = "no_incident"
	CodeRequired            Code = "required"
	CodeUnknownValue        Code = "unknown_value"
	CodeSchemaMismatch      Code = "schema_mismatch"
	CodeTimeZone            Code = "time_zone"
	CodeTimeZoneMissing     Code = "time_zone_missing"
	CodeNegative            Code = "negative"
	CodeImplausibleCount    Code = "implausible_count"
	CodePersonsOverRecords  Code = "persons_over_records"
	CodeCountZero           Code = "count_zero"
	CodePartOverTotal       Code = "part_over_total"
	CodeDateMissing         Code = "date_missing"
	CodeDateImplausible     Code = "date_implausible"
	CodeEventOrder          Code = "event_order"
	CodeDueBeforeEvent      Code = "due_before_event"
	CodeTimeOfImprecise     Code = "time_of_imprecise"
	CodeUpdatedBeforeCreate Code = "updated_before_created"
	CodeDuplicateID         Code = "duplicate_id"
	CodeCountry             Code = "country"
	CodeCountryHint         Code = "country_hint"
	CodeRegion              Code = "region"
	CodeJurisdiction        Code = "jurisdiction"
	CodeTextTooLong         Code = "text_too_long"
	CodeNameTooLong         Code = "name_too_long"
	CodeControlChar         Code = "control_char"
	CodeBidiControl         Code = "bidi_control"
	CodeNewline             Code = "newline"
	CodeURLScheme           Code = "url_scheme"
	CodeEmail               Code = "email"
	CodeEntrustorMissing    Code = "entrustor_missing"
	CodeRecoveredAttack     Code = "recovered_attack"
	CodeRecoveredConfirmed  Code = "recovered_confirmed"
	CodeRecoveredLost       Code = "recovered_lost"
	CodeLostNotLeak         Code = "lost_not_leak"
	CodePersonsCorporations Code = "persons_corporations"
	CodePersonsAccounts     Code = "persons_accounts"
	CodeOtherMissing        Code = "other_missing"
	CodeReasonMissing       Code = "reason_missing"
	CodeTooManyItems        Code = "too_many_items"
	CodeDate                Code = "date"
	CodeWindowOrder         Code = "window_order"
	CodeRevisionOrder       Code = "revision_order"
	CodeUnknownParty        Code = "unknown_party"
	CodePartyKind           Code = "party_kind"
	CodeUnknownDataSet      Code = "unknown_data_set"
	CodeWithinLoop          Code = "within_loop"
	CodeNoDataSet           Code = "no_data_set"
	CodeTwoRetentionRules   Code = "two_retention_rules"
	CodeUndated             Code = "undated"
	CodePlannedDated        Code = "planned_dated"
	CodeFutureEvent         Code = "future_event"
	CodeBadHash             Code = "bad_hash"
	CodeHashMismatch        Code = "hash_mismatch"
	CodeUnknownEvent        Code = "unknown_event"
	CodeOrderOnly           Code = "order_only"
	CodeAccessAloneOnly     Code = "access_alone_only"
	CodeOrderLawBasis       Code = "order_law_basis"
	CodeOrderGuidance       Code = "order_guidance"
	CodeCarrierCause        Code = "carrier_cause" // a cause at a carrier of a kind that arises where data is handled (F980)
	CodeSSNNotUS            Code = "ssn_not_us"
	CodeWindowBeforeCause   Code = "window_before_cause"
	CodePublicOnly          Code = "public_only"    // whether an announcement stands for the notice, on another event (F771)
	CodeLearnedBefore       Code = "learned_before" // an event learned of before its own day (F1043)
)

// message is one problem's text in each language; %[n]s are Problem.Args.
type message struct{ ja, en string }

var catalog = sync.OnceValue(func() map[Code]message {
	return map[Code]message{
		CodeFileTooLarge:    {"ファイルが大きすぎます（%[1]s バイト、上限 %[2]s バイト）", "the file is too large (%[1]s bytes; the limit is %[2]s bytes)"},
		CodeFileEmpty:       {"ファイルが空です", "the file is empty"},
		CodeSyntax:          {"JSON として読めません：予期しない %[1]s があります", "not valid JSON: unexpected %[1]s"},
		CodeBadEscape:       {"JSON として読めません：文字列中の \\ の使い方が正しくありません", "not valid JSON: a bad escape sequence (\\…) in text"},
		CodeRawControl:      {"JSON として読めません：文字列の中に制御文字 %[1]s がそのまま入っています", "not valid JSON: the control character %[1]s appears unescaped in text"},
		CodeTruncated:       {"ファイルが途中で切れています（%[1]s の途中）", "the file ends too early, inside %[1]s (truncated?)"},
		CodeTrailingData:    {"データの終わりの後に余分な内容があります", "there is more data after the end of the document"},
		CodeNotObject:       {"インシデントのファイルではありません（%[1]s ではなく JSON オブジェクトが必要です）", "not an incident file: expected a JSON object, got %[1]s"},
		CodeTooDeep:         {"入れ子が深すぎます（上限 %[1]s 段）", "nested too deeply (the limit is %[1]s levels)"},
		CodeInvalidUTF8:     {"文字コードが UTF-8 ではありません", "the text is not valid UTF-8"},
		CodeWrongType:       {"%[1]sが必要ですが、%[2]sがあります", "expected %[1]s, got %[2]s"},
		CodeBadDateTime:     {"2026-03-15T09:00:00+09:00 のような日時が必要ですが、%[1]sがあります", "expected a date-time like 2026-03-15T09:00:00+09:00, got %[1]s"},
		CodeNumberRange:     {"数値 %[1]s は範囲外です", "the number %[1]s is out of range"},
		CodeDuplicateKey:    {"項目 %[1]s が二度書かれています", "the key %[1]s appears twice"},
		CodeTooMany:         {"%[1]s 個は多すぎます（上限 %[2]s 個）", "%[1]s items are too many (the limit is %[2]s)"},
		CodeTooManyProblems: {"問題が多すぎるため、残りは省略しました", "too many problems; the rest are not listed"},
		CodeSchemaFuture:    {"新しい Breach Desk で作成されたファイルです：スキーマ %[1]s（この版が読めるのは %[2]s まで）", "written by a newer Breach Desk: schema %[1]s, this version reads up to %[2]s"},
		CodeSchemaInvalid:   {"スキーマ番号 %[1]s は正しくありません", "schema %[1]s is not a valid schema version"},
		CodeMigration:       {"スキーマ %[1]s からの変換に失敗しました：%[2]s", "cannot convert from schema %[1]s: %[2]s"},
		CodeIsExport:        {"これはエクスポートファイル（複数のインシデント）です。エクスポートとして読み込んでください", "this is an export file (it may hold several incidents): import it as an export"},
		CodeNotExport:       {"Breach Desk のエクスポートファイルではありません", "not a Breach Desk export file"},
		CodeSealed:          {"このファイルは暗号化されています。先にパスフレーズで開いてください", "this file is encrypted: unlock it with its passphrase first"},
		CodeUnreadable:      {"読み込めません：%[1]s", "cannot read: %[1]s"},
		CodeCount:           {"「%[1]s」は数として読めません（例：1,200、約1200、1.2万、不明）", "%[1]q is not a count (e.g. 1,200, approx. 1200, 1.2万, unknown)"},

		CodeNoIncident:          {"インシデントがありません", "there is no incident"},
		CodeRequired:            {"入力が必要です", "required"},
		CodeUnknownValue:        {"%[1]s は使えない値です（使える値：%[2]s）", "%[1]s is not a known value (known: %[2]s)"},
		CodeSchemaMismatch:      {"スキーマ %[1]s ですが、現在は %[2]s です", "schema %[1]s, but the current schema is %[2]s"},
		CodeTimeZone:            {"タイムゾーン %[1]s は使えません（例：Asia/Tokyo）", "%[1]s is not a usable time zone (e.g. Asia/Tokyo)"},
		CodeTimeZoneMissing:     {"タイムゾーンが未設定のため Asia/Tokyo を使います", "no time zone set: Asia/Tokyo is used"},
		CodeNegative:            {"負の数 %[1]s は使えません", "a negative number (%[1]s) is not allowed"},
		CodeImplausibleCount:    {"%[1]s は大きすぎるようです", "%[1]s looks implausibly large"},
		CodePersonsOverRecords:  {"本人の数（%[1]s）が件数（%[2]s）より多くなっています", "more persons (%[1]s) than records (%[2]s)"},
		CodeCountZero:           {"0になっています。まだ分からない場合は「不明」と入力してください（空欄でも同じです）。影響がないと確認できた場合は、状況を「対象外と確認」にしてください。このままでは、文書に「0名」（0件）と書かれます", "it is 0: if the count is not known yet, type “unknown” (or leave it empty); if the set was found not to be affected, set its status to “Ruled out (not affected)”. As entered, the documents print a count of 0"},
		CodePartOverTotal:       {"内訳の合計（%[1]s）が全体（%[2]s）を超えています", "the parts add up to %[1]s, more than the total (%[2]s)"},
		CodeDateMissing:         {"日時が必要です", "a date and time is required"},
		CodeDateImplausible:     {"日時 %[1]s はありえないようです", "the date %[1]s looks implausible"},
		CodeEventOrder:          {"「%[1]s」（%[2]s）が「%[3]s」（%[4]s）より前になっています", "%[1]s (%[2]s) is before %[3]s (%[4]s)"},
		CodeDueBeforeEvent:      {"期限（%[1]s）が出来事の日時（%[2]s）より前です", "the due date (%[1]s) is before the event (%[2]s)"},
		CodeTimeOfImprecise:     {"日付だけ（又は月・年）の出来事に時刻（%[1]s）が入っています。期限や遅れはこの時刻で計算されます。時刻が分かっているなら「日時」に、分からないなら時刻を0時0分にしてください", "an event dated to the day (or month, year) has a time of day (%[1]s); deadlines and delays are measured from that time. If the time is known, make it an exact time; if not, set the time to 00:00"},
		CodeUpdatedBeforeCreate: {"更新日時が作成日時より前です", "updated before it was created"},
		CodeDuplicateID:         {"ID %[1]s は %[2]s と重複しています", "the id %[1]s is also used by %[2]s"},
		CodeCountry:             {"%[1]s は ISO 3166-1 の国コード（例：JP、US、DE）ではありません", "%[1]s is not an ISO 3166-1 country code (e.g. JP, US, DE)"},
		CodeCountryHint:         {"%[1]s は ISO の国コードではありません。%[2]s を使ってください", "%[1]s is not an ISO country code: use %[2]s"},
		CodeRegion:              {"%[1]s は %[2]s の地域コードではありません", "%[1]s is not a region code of %[2]s"},
		CodeJurisdiction:        {"%[1]s は法域コード（例：JP、EU、US-CA）の形ではありません", "%[1]s does not look like a jurisdiction code (e.g. JP, EU, US-CA)"},
		CodeTextTooLong:         {"文章が長すぎます（%[1]s バイト、上限 %[2]s バイト）", "the text is too long (%[1]s bytes; the limit is %[2]s)"},
		CodeNameTooLong:         {"長すぎます（%[1]s 文字、上限 %[2]s 文字）", "too long (%[1]s characters; the limit is %[2]s)"},
		CodeControlChar:         {"制御文字 %[1]s が含まれています", "contains the control character %[1]s"},
		CodeBidiControl:         {"表示順を変える制御文字 %[1]s が含まれています（表示が偽装されるおそれ）", "contains the bidirectional control %[1]s, which can disguise how the text reads"},
		CodeNewline:             {"改行は使えません", "line breaks are not allowed here"},
		CodeURLScheme:           {"%[1]s で始まるアドレスは使えません（http または https のみ）", "addresses starting with %[1]s are not allowed (http or https only)"},
		CodeEmail:               {"%[1]s はメールアドレスの形ではありません", "%[1]s does not look like an e-mail address"},
		CodeEntrustorMissing:    {"委託先として扱う場合は委託元を入力してください", "as a processor, name the entrustor (the client whose data it is)"},
		CodeRecoveredAttack:     {"攻撃によるデータについて「第三者に見られる前にすべて回収」としています。バックアップからの復旧はこれに当たりません（報告対象外と判定されます）。攻撃者に見られていないと確かめた場合に限り「はい」としてください", "the data of an attack is marked \"fully recovered before any third party saw it\". Restoring it from a backup is not that (it makes the leak not reportable): answer yes only if you established that the attacker never saw it"},
		CodeLostNotLeak:         {"紛失・盗難したものを「滅失・毀損」だけとしています。外で失われたもの・盗まれたものは、拾った人・盗んだ人が見るおそれがあるため「漏えい」（のおそれ）に当たります。事業所の中で失われ、外部の人の手に渡り得ない場合だけが「滅失」です（ガイドライン通則編3-5-1-1、3-5-1-2）", "what was lost or stolen is recorded as lost or damaged only. Something lost outside or stolen may be read by whoever has it: that is a (possible) leak. Only something lost inside the premises, out of any outsider's reach, is 'lost' without a leak (General Guidelines 3-5-1-1, 3-5-1-2)"},
		CodePersonsAccounts:     {"この人数の出典に、アカウント数や重複を除いていない数とあります。本人の数は、同じ人を1人と数えた人数（名寄せ後）です。アカウント数・延べ数は「件数」に入れ、人数が分かったら更新してください。それまでは文書に「重複を含む」と書き添えてください", "the source of this count says it counts accounts, or is not de-duplicated. The number of persons counts each person once; put accounts or rows in the records, and update the persons when they are known; until then say in the documents that the count may include duplicates"},
		CodePersonsCorporations: {"この人数の出典に「法人」が含まれるとあります。個人情報保護法の「本人」は個人だけで、法人の数は人数に入りません（法人の役員・担当者の氏名等は個人の情報です）。個人の数が分かったら更新し、それまでは文書に「法人を含む」と書き添えてください", "the source of this count says it includes corporations. The persons of the law are individuals only: corporations are not counted (the names of their officers or staff are personal data). Update the count when the individuals are known; until then say in the documents that it includes corporations"},
		CodeRecoveredLost:       {"紛失・盗難したものについて「第三者に見られる前にすべて回収」としています。拾った人・盗んだ人や警察などの手を経て戻った場合、その間に誰も見ていないと確かめられなければ「不明」です（「はい」とすると報告対象外と判定されます）", "what was lost or stolen is marked \"fully recovered before any third party saw it\". If it came back through a finder, a thief or the police, answer unknown unless you established that nobody saw it meanwhile (yes makes the case not reportable)"},
		CodeRecoveredConfirmed:  {"漏えいが「発生した」としているのに「第三者に見られる前にすべて回収」としています。誤って届いた相手が読んだ後に回収した場合は「いいえ」です（回収前に誰も見ていないと確かめた場合だけ「はい」、その場合は状況を「おそれ」にしてください）。両立しないため報告対象として判定します", "the breach is marked as having happened, yet the data is marked \"fully recovered before any third party saw it\". Data collected after its wrong recipient read it was not recovered in that sense (answer no); answer yes only if nobody saw it, and then the breach is only possible. The two answers contradict each other, so the case is assessed as reportable"},
		CodePublicOnly:          {"公表が通知に代わるものかどうかは、公表（%[1]s）の出来事にだけ入力します", "whether an announcement stands as the notice belongs to a public announcement (%[1]s) only"},
		CodeLearnedBefore:       {"知った日 %[1]s が、出来事の日 %[2]s より前です（後から判明した出来事に、判明した日を入れてください）", "learned of on %[1]s, before the event's own day %[2]s (give the day an event found later was found)"},
		CodeWindowBeforeCause:   {"対象期間が、原因の発生（経過の「侵入・原因の発生」）より前から始まっています。設定の誤り・不具合・誤った掲載では、原因が生じた時から対象期間が始まります。文書では原因の発生が「発生日」と経緯の最初の行になるため、どちらかを直してください（記録の残る最初の日を原因の発生にしないでください）", "the exposure window begins before the cause arose (the timeline's intrusion or cause). For a wrong setting, a defect or a mistaken publication the window begins when the cause arose; the documents print the cause as the date of occurrence and the first line of the timeline, so correct one of the two (the first day the logs cover is not when the cause arose)"},
		CodeSSNNotUS:            {"「米国社会保障番号（SSN）」は米国の番号で、文書にもそう書かれますが、このデータの本人に米国に住む方が記録されていません。他の国の個人番号（フィンランドの個人識別番号等）であれば「その他」に国名とともに入力してください", "'US Social Security number' is the United States' number and the documents print it so, yet no person of this data is recorded as living in the US. For another country's identity number (a Finnish personal identity code, ...) use 'other' and name the country"},
		CodeOtherMissing:        {"「その他」の内容を入力してください", "describe the other kind of data"},
		CodeReasonMissing:       {"理由を入力してください", "give the reason"},
		CodeTooManyItems:        {"%[1]s 個は多すぎます（上限 %[2]s 個）", "%[1]s items are too many (the limit is %[2]s)"},
		CodeDate:                {"%[1]s は日付（例：2026-03-15、2026-03、2013）として読めません", "%[1]s is not a date (e.g. 2026-03-15, 2026-03, 2013)"},
		CodeWindowOrder:         {"期間の終わり（%[2]s）が始まり（%[1]s）より前です", "the period ends (%[2]s) before it begins (%[1]s)"},
		CodeRevisionOrder:       {"日付 %[1]s が前の値の日付 %[2]s より前です（古い順に並べてください）", "dated %[1]s, before the previous value's %[2]s (list them oldest first)"},
		CodeUnknownParty:        {"関係先 %[1]s が見つかりません", "no party has the id %[1]s"},
		CodePartyKind:           {"%[1]s は%[2]sではありません", "%[1]s is not %[2]s"},
		CodeUnknownDataSet:      {"データセット %[1]s が見つかりません", "no data set has the id %[1]s"},
		CodeWithinLoop:          {"データセットの包含関係が循環しています（%[1]s）", "the data sets contain each other in a loop (%[1]s)"},
		CodeNoDataSet:           {"漏えい等したデータ（データセット）が一つもありません", "no data set is stated"},
		CodeTwoRetentionRules:   {"保存期間が年数（%[1]s年）と「利用目的の達成まで」の両方で入力されています。どちらか一方にしてください", "the retention rule is given both as years (%[1]s) and as \"until the purpose is met\": keep one"},
		CodeUndated:             {"日付が未入力です。この出来事から数える期限は計算できません", "not dated yet: deadlines counted from this event cannot be computed"},
		CodePlannedDated:        {"予定の出来事には日付を入れません。実施したら「予定」を外して日付を入れてください", "a planned step has no date: once it is done, untick planned and date it"},
		CodeFutureEvent:         {"日時 %[1]s は作成時点より後の未来です", "%[1]s is in the future"},
		CodeBadHash:             {"%[1]s は SHA-256（16進数64文字）ではありません", "%[1]s is not a SHA-256 (64 hexadecimal digits)"},
		CodeHashMismatch:        {"保存された写しが記録されたハッシュと一致しません（提出した版ではありません）", "the frozen copy does not match its recorded hash: it is not the version filed"},
		CodeUnknownEvent:        {"出来事 %[1]s が見つかりません", "no event has the id %[1]s"},
		CodeAccessAloneOnly:     {"口座番号だけで口座に入れるかは、暗証番号なしの口座番号（銀行口座、ローン・リース・証券等の口座）の項目にだけ入力します", "whether the number alone opens the account belongs to an account number kept without its code (a bank, loan, lease or brokerage account) only"},
		CodeOrderOnly:           {"命令の根拠・内容・条項は、行政機関からの命令（%[1]s）の出来事にだけ入力します", "an order's basis, kind and law belong to an authority's order (%[1]s) only"},
		CodeOrderGuidance:       {"メモでは行政指導とされていますが、根拠が未入力のため、個人情報保護法に基づく報告の求め（罰則あり）として読んでいます。行政指導であれば、根拠に「行政指導」を選んでください", "the note calls it administrative guidance, but with no basis entered it is read as a demand for a report under the APPI (with penalties): if it is guidance, choose that as its basis"},
		CodeOrderLawBasis:       {"命令の条項は、根拠を「事業所管法令」としたときに入力します（個人情報保護法の条項は判定が示します）", "the order's law is entered when its basis is a sector's law (the APPI's articles come from the rules)"},
		CodeCarrierCause:        {"原因が生じた場所を「運送会社」（中身を取り扱わず運ぶだけの事業者）にしていますが、原因の種類は、データを取り扱う場所で生じるもの（不正アクセス、ウイルス感染、設定の誤り等）です。データを取り扱う事業者のシステムや従業者で生じたのなら、場所は「委託先」です。運送会社のままでは、文書は「輸送を依頼した運送会社」と書き、委託先の監督の手順を示しません", "the cause is placed at a carrier (a business that only transports papers or media without handling their contents), but the kind of cause is one that arises where data is handled (an intrusion, malware, a setting). If it arose in the systems or with the staff of a business that handles the data, the place is the contractor: as a carrier, the documents say \"a carrier we had engaged for transport\" and the step of supervising a contractor is not shown"},
	}
})

// valueKinds names kinds of JSON values in CodeWrongType and CodeNotObject.
var valueKinds = sync.OnceValue(func() map[string]message {
	return map[string]message{
		"object":   {"オブジェクト {…}", "an object {…}"},
		"list":     {"リスト […]", "a list […]"},
		"text":     {"文字列", "text in quotes"},
		"integer":  {"整数", "a whole number"},
		"number":   {"数値", "a number"},
		"bool":     {"true か false", "true or false"},
		"null":     {"null", "null"},
		"datetime": {"2026-03-15T09:00:00+09:00 のような日時", "a date-time like 2026-03-15T09:00:00+09:00"},
		"value":    {"値", "a value"},
	}
})

// eventLabels names event kinds in messages.
var eventLabels = sync.OnceValue(func() map[EventKind]message {
	return map[EventKind]message{
		EvIntrusion:       {"侵入・原因の発生", "intrusion"},
		EvDetected:        {"不審な事象の検知", "detection"},
		EvProcessorAware:  {"委託先が漏えい等を知った時", "the processor's knowing"},
		EvLastAct:         {"確認された最後の不正な行為", "last unauthorized act found"},
		EvContained:       {"封じ込め", "containment"},
		EvRetrieved:       {"紛失・盗難物の発見・回収", "lost or stolen item found and returned"},
		EvDeleted:         {"誤って届いた先での削除の確認", "deletion confirmed by those who received it by mistake"},
		EvAware:           {"漏えい等を知った時", "awareness"},
		EvPosted:          {"情報の掲載の確認（リークサイト・掲示板等）", "the data found published (a leak site, a forum)"},
		EvTakedown:        {"削除の依頼（誤って届いた先・ネット上の掲載先）", "deletion asked of the wrong recipients or the sites where it was posted"},
		EvScopeConfirmed:  {"範囲の確定", "scope confirmed"},
		EvAssessed:        {"侵害の評価の完了", "assessment completed"},
		EvReportPrelim:    {"速報", "initial report"},
		EvReportFinal:     {"確報", "final report"},
		EvNoticePersons:   {"本人への通知", "notice to persons"},
		EvPublic:          {"公表", "public announcement"},
		EvPolice:          {"警察への相談", "police"},
		EvCardAcquirer:    {"カード会社への連絡", "card acquirer contacted"},
		EvEntrustorNotice: {"委託元への通知", "entrustor notified"},
		EvForensic:        {"フォレンジック調査の依頼", "forensic vendor engaged"},
		EvMinistryOrder:   {"行政機関からの命令", "order from an authority"},
		EvMinistryReport:  {"所管省庁への報告", "ministry report"},
		EvPress:           {"報道", "press report"},
		EvOther:           {"その他", "other"},
	}
})

// eventLabel is an event kind's name in lang, for messages.
func eventLabel(k EventKind, lang string) string {
	m, ok := eventLabels()[k]
	if !ok {
		return string(k)
	}
	if lang == "ja" {
		return m.ja
	}
	return m.en
}

func catalogMessage(c Code, lang string, args []string) string {
	m, ok := catalog()[c]
	if !ok {
		return string(c) + " " + strings.Join(args, " ")
	}
	f := m.en
	if lang == "ja" {
		f = m.ja
	}
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	switch {
	case c == CodeWrongType || c == CodeNotObject || c == CodeTruncated:
		for i, s := range args {
			if m, ok := valueKinds()[s]; ok {
				a[i] = pick(m, lang)
			}
		}
	case c == CodeEventOrder && len(a) == 4: // kinds are named in the reader's language
		a[0], a[2] = eventLabel(EventKind(args[0]), lang), eventLabel(EventKind(args[2]), lang)
	}
	return fmt.Sprintf(f, a...)
}

func pick(m message, lang string) string {
	if lang == "ja" {
		return m.ja
	}
	return m.en
}

// Label is the event kind's name in lang ("ja" or "en").
func (k EventKind) Label(lang string) string { return eventLabel(k, lang) }
