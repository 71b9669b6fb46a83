package catalog

// jaBoard: what the dashboard, the About page and the packet say beside a
// verdict and a deadline (the contested clock, the data sets, the version of
// the law, the laws that do not apply, the changes pending).
var jaBoard = map[string]string{
	"clock.title":        "期限の起点に争いがあります",
	"clock.lead":         "%s「%s」の期限は、「知った時」から数えています。不審な事象の検知はそれより前です。その時点で社内のいずれかの部署が漏えい等（そのおそれを含む）を知っていたなら、そこが起点とされ得ます（法人は、いずれかの部署が知った時点で「知った」とされます。ガイドライン通則編3-5-3-3）。早い方の期限も意識してください。",
	"clock.col.from":     "数え方",
	"clock.col.start":    "起点",
	"clock.col.due":      "期限",
	"clock.fromDetected": "検知から数えると",
	"clock.fromKnew":     "知った時から数えると（採用）",
	"clock.ask":          "なぜ後の時点を「知った時」としたか、まだ記録されていません。速報の「発覚の経緯」と会議資料に載せる理由を、記録者と日時つきで残してください。",
	"clock.record":       "理由を記録する（事実関係の「知った時」の判断）",
	"print.clockNoWhy":   "後の時点を「知った時」とした理由は、まだ記録されていません。",
	"clock.why":          "後の時点を採った理由：",
	"clock.recorded":     "記録：%s（%s）",

	"ob.party":      "宛先：%s",
	"ob.to":         "提出先：%s",
	"ob.route":      "振分け：%s（%s）",
	"ob.alt":        "別の数え方では %s（%s。出典：%s）。上の期限は保守的な方です。",
	"ob.early":      "検知（%s）から数えると %s",
	"ob.later":      "本人の数が基準を超えたと分かった日（%s）から数えると %s（報告対象事態を知った時をこの日とみる読み方。知った時から数える上の期限が保守的な読み方です。どちらによるかは法律家に確認してください）",
	"ob.doneSets":   "一部済み：%s",
	"ob.exemptSets": "免除されたデータセット：%s",
	"due.window":    "%s〜%s",
	"list.sep":      "、",

	"jur.sets":      "データセットごとの判定",
	"jur.excluded":  "除外：%s",
	"jur.elsewhere": "本人に、この法律の地域に住む人はいません（この法律は、その地域に住む人のデータについて適用されます）",
	"jur.version":   "適用した法令：%s（%s施行）",
	"jur.noRules":   "事実の日付に適用される規則を収録していない法令（適用されないとは限りません）",

	"pending.line":   "施行日が未定の法改正・提案が%d件あります（判定には使っていません）。",
	"pending.more":   "内容を見る",
	"pending.title":  "施行日が未定の法改正・提案",
	"pending.lead":   "次の改正・提案は、施行日が決まるまで判定に使いません。決まれば、その日からの新しい版として収録します。",
	"pending.source": "出典：%s（%s確認）",
}
