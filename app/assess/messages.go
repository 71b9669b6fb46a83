package assess

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// The engine's own sentences, one catalog for both languages. Legal text lives
// with its rule in checklists/; these only put derived numbers into words.
// Built on first use, not when the app starts.
var messages = sync.OnceValue(func() map[string]rules.Text {
	return map[string]rules.Text{
		"done":                  {JA: "完了：{at}（{by}）", EN: "Done: {at} ({by})"},
		"done.late":             {JA: "完了：{at}（{by}）。期限 {due} から{d}遅れ", EN: "Done: {at} ({by}), {d} after the deadline of {due}"},
		"done.late.tgt":         {JA: "完了：{at}（{by}）。目安 {due} から{d}遅れ", EN: "Done: {at} ({by}), {d} after the target of {due}"},
		"done.told":             {JA: "完了：{at}に事案を知らせてきた先との連絡（{by}）", EN: "Done: the contact with whoever told the company of the case on {at} ({by})"},
		"done.told.police":      {JA: "完了：{at}、警察からの連絡で発覚し（{by}）、警察とは連絡がついています。被害届・告訴を出すかを警察と相談して判断し、出したときは「警察」の出来事として記録します", EN: "Done: the police told the company of the case on {at} ({by}) and are in contact with it. Decide with them whether to file a report of damage or a complaint, and record it as a police event when filed"},
		"done.sameday":          {JA: "完了：{at}（{by}）。{due} と同じ日で、時刻が記録されていないため遅れの有無は判断できません", EN: "Done: {at} ({by}), on the day of {due}; the time was not recorded, so whether it was late cannot be told"},
		"at.day":                {JA: "{day}（日付のみ）", EN: "{day} (date only)"},
		"at.approx":             {JA: "{day}頃", EN: "about {day}"},
		"at.month":              {JA: "{month}中（月のみ）", EN: "during {month}"},
		"at.year":               {JA: "{year}年中（年のみ）", EN: "during {year}"},
		"due":                   {JA: "期限 {due} まで残り{d}", EN: "{d} left until the deadline of {due}"},
		"due.tgt":               {JA: "目安 {due} まで残り{d}", EN: "{d} left until the target of {due}"},
		"due.range":             {JA: "目安 {from}～{due}（残り{d}）", EN: "Target {from} to {due} ({d} left)"},
		"overdue":               {JA: "期限 {due} を{d}超過", EN: "Overdue by {d} (deadline {due})"},
		"overdue.tgt":           {JA: "目安 {due} を{d}超過", EN: "Past the target of {due} by {d}"},
		"open":                  {JA: "期限の定めなし。{event}から{d}経過", EN: "No fixed time; {d} since {event}"},
		"unheld":                {JA: "次の場所の法令はこのツールに収録されていません。適用される法令がないという意味ではないため、現地の法律家に確認してください：{places}", EN: "This tool holds no law of these places; that does not mean no law applies there: ask local counsel. {places}"},
		"unheld.state":          {JA: "州の記載がない本人は、まず州ごとの人数に分けてください。州ごとに法令があり、本人・当局への通知の要否や期限が州によって異なります。分けるまでは、収録している州の法令にも、適用されるか判断できないものが残ります。", EN: "First split the persons whose state is not given by state: each state has its own law, and whether and by when the persons and the authorities must be told differs by state. Until then, whether some of the states' laws the tool holds apply cannot be told."},
		"open.now":              {JA: "直ちに行うべきもの（時間・日数の定めはない）。{event}から既に{d}経過", EN: "Due immediately (the law sets no number of hours or days); {d} already since {event}"},
		"order.unstated.appi":   {JA: "命令の根拠（個人情報保護法か事業所管法令か）が入力されていないため、個人情報保護法に基づく報告の求めとして読んでいます。事業所管法令に基づく命令であれば、様式と罰則はその法令によります。命令書で根拠を確認し、出来事に入力してください。", EN: "The order's legal basis (the APPI or a sector's law) is not entered, so it is read as a demand for a report under the APPI; an order under a sector's law takes that law's form and penalties. Check the basis on the order and enter it on the event."},
		"order.unstated.sector": {JA: "命令の根拠が入力されていないため、事業所管法令に基づく命令として読んでいます。命令書で根拠を確認し、出来事に入力してください。", EN: "The order's legal basis is not entered, so it is read as an order under a sector's law. Check the basis on the order and enter it on the event."},
		"order.law.none":        {JA: "根拠条項（未入力。命令書で確認）", EN: "the provision (not entered; see the order)"},
		"waiting":               {JA: "開始となる出来事（{event}）がまだ時系列にありません", EN: "Waiting for its start: {event} is not on the timeline yet"},
		"waiting.jur":           {JA: "開始となる出来事（この法令の当局への{event}）がまだ時系列にありません（時系列にあるのは他の法令に基づくものです）", EN: "Waiting for its start: {event} to this law's authorities is not on the timeline yet (those on it were made under other laws)"},
		"undetermined":          {JA: "まだ判定できません。必要な情報：{needs}", EN: "Cannot tell yet — need: {needs}"},
		"not_required":          {JA: "例外に当たるため不要：{why}", EN: "Not required, an exception applies: {why}"},
		"exempt":                {JA: "免除：委託元に速やかに通知済みです（{by}、{at}）。{why}", EN: "Exempt: the entrustor was told in time ({by}, {at}). {why}"},
		"exempt.pending":        {JA: "{why}", EN: "{why}"},
		"exempt.late":           {JA: "委託元（{party}）への通知が目安より遅れたため（{at}）、免除を前提にせず自ら報告・通知することを検討してください。", EN: "The entrustor ({party}) was told after the target ({at}): do not rely on the exemption; consider reporting and notifying yourself."},
		"exempt.late.many":      {JA: "委託元への通知が目安より遅れたため（{list}）、免除を前提にせず自ら報告・通知することを検討してください。", EN: "The entrustors were told after the target ({list}): do not rely on the exemption; consider reporting and notifying yourself."},
		"exempt.undated":        {JA: "委託元（{party}）への通知（{by}）の日時が記録されていないため、速やかな通知だったか判断できません。日時を入力するまで免除を前提にしないでください。", EN: "The notice to the entrustor ({party}) ({by}) has no date, so whether it was prompt cannot be told: enter its date; until then do not rely on the exemption."},
		"order.before":          {JA: "順序違反：{at} に実施されましたが、先に行うべき手続（{first}）より前でした。{why}", EN: "Done out of order: at {at}, before the step that must come first ({first}). {why}"},
		"order.before.open":     {JA: "順序違反：{at} に実施されましたが、先に行うべき手続はまだ記録されていません。{why}", EN: "Done out of order: at {at}, while the step that must come first is not recorded yet. {why}"},
		"step.open":             {JA: "目安の期日なし（事実に応じて実施）", EN: "No target date: do it as the facts require"},
		"step.na":               {JA: "対象外（{why}）", EN: "Not applicable ({why})"},
		"step.counts.later":     {JA: "記録された{event}（{by}）は、この手順が当てはまると分かった時点で、この手順の実施として数えます。", EN: "Recorded: {event} ({by}); it counts for this step once the step applies."},
		"step.doing":            {JA: "対応中。", EN: "In progress. "},
		"rep.yes":               {JA: "報告対象です：{why}。", EN: "Reportable: {why}."},
		"rep.no":                {JA: "報告対象に当たりません。", EN: "Not reportable: no reportable type applies."},
		"rep.no.type":           {JA: "報告対象に当たりません。次の事態に当たりません：{types}。", EN: "Not reportable: this type does not apply: {types}."},
		"rep.no.types":          {JA: "報告対象に当たりません。次のいずれの事態にも当たりません：{types}。", EN: "Not reportable: none of these types applies: {types}."},
		"rep.no.acquiring":      {JA: "取得しようとしていた情報（まだ取得していない情報）は、次の事態の対象外です：{types}。", EN: "Information being acquired (not yet obtained) is outside these types: {types}."},
		"rep.no.persons":        {JA: "本人の数は{n}名です。", EN: "Persons affected: {n}."},
		"rep.excluded":          {JA: "報告対象に当たりません：{why}", EN: "Not reportable: {why}"},
		"rep.unknown":           {JA: "報告対象か、まだ判定できません。必要な情報：{needs}。", EN: "Cannot tell yet whether it is reportable — need: {needs}."},
		"rep.norules":           {JA: "{date} に施行されている報告義務の規定はありません。", EN: "No reporting rule of this law was in force on {date}."},
		"rep.nosets":            {JA: "漏えい等したデータがありません（全てのデータセットが対象外と確認されています）。", EN: "No data is affected: every data set has been ruled out."},
		"na.norules":            {JA: "{date} に適用される規定はこのツールのデータにありません（データにあるのは {from} 以降の規定です）。", EN: "This tool holds no rule of this law for {date} (its rules start on {from})."},
		"na.unless.other":       {JA: "（「その他」として入力された項目は、これに当たらないものとして判定しています。当たる場合は、その項目の性質を選んでください。）", EN: "(An item entered as 'other' is read as not being such data; if one is, classify it.)"},
		"na.unless.masked":      {JA: "（一部のみ（カード番号の下4桁など）として入力された項目は、これに当たらないものとして判定しています[U]。それより多くが漏えい等したときは、その項目の保存状態を変えてください。）", EN: "(An item entered as kept only in part, such as a card number's last four digits, is read as not being such data [U]; if more of it was exposed, change the item's protection.)"},
		"na.none":               {JA: "次のいずれかに当たる場合に適用されますが、本件はどれにも当たりません：{tests}", EN: "It applies where one of these holds, and none holds here: {tests}"},
		"done.part":             {JA: "一部実施済み（{sets}）。残りのデータセットは未了です。", EN: "Done for part ({sets}); not yet for the other data sets. "},
		"done.part.late":        {JA: "一部実施済み（{sets}。期限から{d}遅れ）。残りのデータセットは未了です。", EN: "Done for part ({sets}, {d} after the deadline); not yet for the other data sets. "},
		"done.part.late.tgt":    {JA: "一部実施済み（{sets}。目安から{d}遅れ）。残りのデータセットは未了です。", EN: "Done for part ({sets}, {d} after the target); not yet for the other data sets. "},
		"done.some":             {JA: "{at}に本人のうち{n}名へ通知済み。", EN: "Sent to {n} of the persons on {at}. "},
		"done.some.rest":        {JA: "残る本人への通知は未了です。", EN: "The others are still to be told. "},
		"exempt.part":           {JA: "委託元に速やかに通知したデータセットについては免除されますが、自社のデータ等その他のデータセットについては自ら対応が必要です。", EN: "The data sets whose entrustor was told in time are exempt; the others (such as the company's own data) remain the company's own duty."},
		"f.outside":             {JA: "{at}に{src}から本件を知らされています（{by}）。その時から数えると、{jur}の「{title}」の期限は{due}で、「知った時」より前に過ぎています。いずれかの部署が知った時に事業者が知ったものとされれば、期限はこの検知から数えられるおそれがあります（各義務に、検知から数えた期限も示しています）。検知から知った時までの経緯と理由を記録してください。", EN: "On {at}, {src} told the company of the case ({by}). Counted from then, {jur}'s \u201c{title}\u201d was due on {due}, before the knowing: if the business knew when any of its departments knew, its deadlines may be counted from that detection (each obligation shows that reading). Record what happened between the detection and the knowing, and why."},
		"f.elsewhere":           {JA: "この報告より前の{at}に、{to}へ本件を伝えています（{by}）。他の行政機関に伝えた時点で、この報告もできたと見られるおそれがあります。遅れた理由を記録してください。", EN: "Before this report, on {at}, {to} was told of the case ({by}): the report may be seen as one that could have been made then. Record why it came later."},
		"f.elsewhere.open":      {JA: "{at}に、{to}へ本件を伝えています（{by}）。他の行政機関に伝えた時点で、この報告もできたと見られるおそれがあります。", EN: "On {at}, {to} was told of the case ({by}): this report may be seen as one that could have been made then."},
		"step.duty":             {JA: "法令上の義務（{title}）は、対象のデータが判明した{start}から数えます（{expl}）。この手順は、その前の時点から数えています。", EN: "The legal duty ({title}) counts from {start}, when its data was found ({expl}); this step counts from an earlier start."},
		"f.contact":             {JA: "この報告より前の{at}に、{to}と本件について連絡をとっています（{by}）。行政機関に本件を伝えた時点で、この報告もできたと見られるおそれがあります。遅れた理由を記録してください。", EN: "Before this report, on {at}, the company was in contact with {to} about the case ({by}): the report may be seen as one that could have been made then. Record why it came later."},
		"f.contact.open":        {JA: "{at}に、{to}と本件について連絡をとっています（{by}）。行政機関に本件を伝えた時点で、この報告もできたと見られるおそれがあります。", EN: "On {at}, the company was in contact with {to} about the case ({by}): this report may be seen as one that could have been made then."},
		"announcement.early":    {JA: "{at} の公表・連絡（{by}）は、個人データの漏えい等を知る前のもので、その事態を知らせたものには当たりません。", EN: "The announcement or message of {at} ({by}) came before the company knew personal data was affected, so it does not tell of the situation."},
		"entrustor.early":       {JA: "{at} の連絡（{by}）は、個人データの漏えい等を知る前のもので、事態の発生の通知には当たりません。", EN: "The message of {at} ({by}) came before the company knew personal data was affected, so it is not the notice that the situation occurred."},
		"event.future":          {JA: "出来事「{id}」の日時（{at}）が現在より後のため、判定では数えていません。", EN: "The event {id} is dated after now ({at}) and is not counted."},
		"applies.unknown":       {JA: "適用されるか、まだ判定できません。必要な情報：{needs}", EN: "Cannot tell yet whether this law applies — need: {needs}"},
		"applies.unknown.none":  {JA: "適用されるかはまだ判定できませんが、適用されるとしても、この法律の報告・通知の対象となる事態のいずれにも当たりません。", EN: "Whether this law applies is not known yet, but even if it does, none of the situations it requires to be reported or notified holds."},
		"clock.now":             {JA: "起算となる出来事が未入力のため、本日（{date}）時点の規定を適用しています。", EN: "The clock has not started, so the rules in force today ({date}) were applied."},
		"f.foundLater":          {JA: "この通知（{by}）が伝えたのは、知った時より後の{day}に本件の対象と判明したデータセット{sets}だけで、日数はその日から測っています。", EN: "That notice, {by}, told only {sets}, found to be part of the case on {day}, after the knowing; the days are counted from then."},
		"f.setsUntold":          {JA: "データセット{sets}は知った時から本件の対象と分かっていますが、まだどの通知でも伝えていないため、本人通知は未了として測っています。", EN: "No notice has told {sets} yet, part of the case since the knowing, so the notice is measured as not done."},
		"f.setsUntoldLater":     {JA: "データセット{sets}は知った時より後の{day}に本件の対象と判明し、まだどの通知でも伝えていないため、その日からの本人通知は未了として測っています。", EN: "No notice has told {sets} yet, found to be part of the case on {day}, so the notice is measured as not done from then."},
		"f.setsUntoldAlso":      {JA: "また、知った時より後の{day}に本件の対象と判明したデータセット{sets}は、まだどの通知でも伝えていません。", EN: "Nor has any notice told {sets} yet, found to be part of the case on {day}."},
		"f.sets":                {JA: "本人への通知はデータセットごとに行われています。最初の通知は{at1}の{by1}で、対象は{sets1}です。最後に通知したデータセット{sets2}への最初の通知は{at2}の{by2}で、上の日数はその通知までを測っています。", EN: "The persons were told set by set: the first notice, {by1} of {at1}, told {sets1}; the last set told, {sets2}, was first told by {by2} of {at2}, and the days above run to that notice."},
		"f.ok":                  {JA: "{label}：{d}（{limit}以内）。", EN: "{label}: {d} (within {limit})."},
		"f.late":                {JA: "{label}：{d}。{limit}を{over}超えています。", EN: "{label}: {d}, {over} past {limit}."},
		"f.pending":             {JA: "{label}：未了、{d}経過（{limit}まで残り{left}）。", EN: "{label}: not done yet, {d} so far ({left} left until {limit})."},
		"f.overdue":             {JA: "{label}：未了のまま{d}経過し、{limit}を{over}超えています。", EN: "{label}: still not done after {d}, {over} past {limit}."},
		"f.info":                {JA: "{label}：{d}。", EN: "{label}: {d}."},
		"f.info.open":           {JA: "{label}：未了、{d}経過。", EN: "{label}: not yet, {d} so far."},
		"f.undated":             {JA: "{label}：実施済み（{id}）ですが日時が記録されていないため、所要時間は測れません。", EN: "{label}: done ({id}), but its time was not recorded, so the delay cannot be measured."},
		"f.sameday":             {JA: "同日（日付のみの記録）", EN: "the same day (dates only)"},
		"f.day":                 {JA: "翌日（日付のみの記録）", EN: "the next day (dates only)"},
		"f.days":                {JA: "{n}日（日付のみの記録）", EN: "{n} calendar days (dates only)"},
		"f.daysBetween":         {JA: "{lo}〜{hi}日（月又は年のみの記録）", EN: "between {lo} and {hi} calendar days (dates known only to the month or year)"},
		"f.atleast":             {JA: "少なくとも{d}", EN: "at least {d}"},
		"f.overDays":            {JA: "{n}日", EN: "{n} calendar days"},
		"f.overDay":             {JA: "1日", EN: "1 calendar day"},
		"f.untold":              {JA: "{label}：{d}。時刻が記録されていないため、{limit}以内かどうかは判断できません。", EN: "{label}: {d}; whether within {limit} cannot be told, as the time of day was not recorded."},
		"f.order":               {JA: "{label}：{to}は{from}より前の日付のため、測る期間はありません。", EN: "{label}: {to} is dated before {from}, so there is no delay to measure."},
		"f.orderKnew":           {JA: "{label}：{to}は{from}より前の日付です。報告・通知をした時点で、その事態（おそれを含む）を知っていたことになります。「知った時」の日付を確かめてください（期限はその日から数えます）。", EN: "{label}: {to} is dated before {from}. A report or notice of the situation shows that the company knew of it (at least as a possibility) when it was made: check the date of knowing (the deadlines are counted from it)."},
		"limit.practice":        {JA: "目安の{n}", EN: "the benchmark of {n}"},
		"limit.jur":             {JA: "{jur}の期限の{n}", EN: "the deadline of {n} of {jur}"},
		"limit.jur.if":          {JA: "{jur}の法が適用される場合の期限の{n}", EN: "the deadline of {n} of {jur}, if that law applies"},
		"limit.law":             {JA: "期限の {due} ", EN: "the deadline of {due}"},
		"limit.target":          {JA: "目安の {due} ", EN: "the target of {due}"},
		"tz.bad":                {JA: "時間帯「{tz}」が不明なため Asia/Tokyo で計算しました。", EN: "Unknown time zone {tz}: deadlines were computed in Asia/Tokyo."},
		"cal.range":             {JA: "祝日表（{cal}）が {year} 年を含まないため、土日のみを休日として数えました。", EN: "The holiday calendar {cal} does not cover {year}; only weekends were skipped."},
	}
})

// eventLabel names an event kind in explanations.
func eventLabel(k incident.EventKind) rules.Text {
	switch k {
	case incident.EvIntrusion:
		return rules.Text{JA: "侵入・原因の発生", EN: "the intrusion or cause"}
	case incident.EvDetected:
		return rules.Text{JA: "検知", EN: "detection"}
	case incident.EvProcessorAware:
		return rules.Text{JA: "委託先が漏えい等を知った時", EN: "the processor knowing personal data was affected"}
	case incident.EvLastAct:
		return rules.Text{JA: "確認された最後の不正な行為", EN: "the last unauthorized act found"}
	case incident.EvContained:
		return rules.Text{JA: "封じ込め", EN: "containment"}
	case incident.EvRetrieved:
		return rules.Text{JA: "紛失・盗難物の回収", EN: "the lost or stolen item's return"}
	case incident.EvDeleted:
		return rules.Text{JA: "誤って届いた先での削除の確認", EN: "the confirmation that those who received it by mistake deleted it"}
	case incident.EvAware:
		return rules.Text{JA: "個人データの漏えい等を知った時", EN: "knowing personal data was affected"}
	case incident.EvPosted:
		return rules.Text{JA: "情報の掲載の確認", EN: "the data found published"}
	case incident.EvTakedown:
		return rules.Text{JA: "削除の依頼", EN: "the request to delete the data"}
	case incident.EvScopeConfirmed:
		return rules.Text{JA: "範囲の確定", EN: "scope confirmed"}
	case incident.EvAssessed:
		return rules.Text{JA: "侵害の評価の完了", EN: "completion of the breach assessment"}
	case incident.EvReportPrelim:
		return rules.Text{JA: "速報", EN: "the preliminary report"}
	case incident.EvReportFinal:
		return rules.Text{JA: "確報", EN: "the final report"}
	case incident.EvNoticePersons:
		return rules.Text{JA: "本人への通知", EN: "notice to persons"}
	case incident.EvPublic:
		return rules.Text{JA: "公表", EN: "public announcement"}
	case incident.EvPolice:
		return rules.Text{JA: "警察への相談", EN: "police consultation"}
	case incident.EvCardAcquirer:
		return rules.Text{JA: "カード会社への連絡", EN: "contact with the acquirer"}
	case incident.EvEntrustorNotice:
		return rules.Text{JA: "委託元への通知", EN: "notice to the entrustor"}
	case incident.EvForensic:
		return rules.Text{JA: "調査会社への依頼", EN: "forensic vendor engaged"}
	case incident.EvMinistryOrder:
		return rules.Text{JA: "行政機関の命令・求め", EN: "the authority's order"}
	case incident.EvMinistryReport:
		return rules.Text{JA: "所管省庁への報告", EN: "the report to the ministry"}
	case incident.EvPress:
		return rules.Text{JA: "本件の報道", EN: "the press report"}
	case incident.EvOther:
		return rules.Text{JA: "その他の出来事", EN: "another event"}
	}
	return rules.Text{JA: string(k), EN: string(k)}
}

// vars fill a message: each value has a JA and an EN form.
type vars map[string]rules.Text

func same(s string) rules.Text { return rules.Text{JA: s, EN: s} }

func msg(id string, v vars) rules.Text {
	t, ok := messages()[id]
	if !ok {
		panic("assess: no message " + id) // a programming error, caught by tests
	}
	return rules.Text{
		JA: fill(t.JA, func(k string) (string, bool) { x, ok := v[k]; return x.JA, ok }),
		EN: fill(t.EN, func(k string) (string, bool) { x, ok := v[k]; return x.EN, ok }),
	}
}

// upperFirst is s with its first letter in upper case (an English sentence
// that starts with a label written for the middle of one).
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// fill replaces each {key} of tmpl with its value; unknown keys stay as written.
func fill(tmpl string, get func(string) (string, bool)) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		if val, ok := get(tmpl[i+1 : i+j]); ok {
			b.WriteString(val)
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
}

// when formats an instant in the incident's time zone.
func when(t time.Time, loc *time.Location) rules.Text {
	return same(t.In(loc).Format("2006-01-02 15:04 MST"))
}

// span says a duration in words: days and hours, or hours and minutes.
func span(d time.Duration) rules.Text {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Minute)
	days, h, m := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	var ja, en []string
	if days > 0 {
		ja, en = append(ja, fmt.Sprintf("%d日", days)), append(en, fmt.Sprintf("%d d", days))
	}
	if h > 0 {
		ja, en = append(ja, fmt.Sprintf("%d時間", h)), append(en, fmt.Sprintf("%d h", h))
	}
	if days == 0 && (m > 0 || h == 0) {
		ja, en = append(ja, fmt.Sprintf("%d分", m)), append(en, fmt.Sprintf("%d min", m))
	}
	return rules.Text{JA: strings.Join(ja, ""), EN: strings.Join(en, " ")}
}

// length says a rule's length ("24 hours", "30 days").
func length(n int, unit string) rules.Text {
	switch unit {
	case rules.UnitHours:
		return rules.Text{JA: fmt.Sprintf("%d時間", n), EN: fmt.Sprintf("%d hours", n)}
	case rules.UnitBusinessDays:
		return rules.Text{JA: fmt.Sprintf("%d営業日", n), EN: fmt.Sprintf("%d business days", n)}
	}
	return rules.Text{JA: fmt.Sprintf("%d日", n), EN: fmt.Sprintf("%d days", n)}
}

// needList joins the needs' texts.
func needList(ns []Need) rules.Text {
	var ja, en []string
	for _, n := range ns {
		ja, en = append(ja, n.Text.JA), append(en, n.Text.EN)
	}
	return rules.Text{JA: strings.Join(ja, "、"), EN: strings.Join(en, "; ")}
}
