package catalog

// jaDuties: the dashboard's duties, each with what the ledger records
// beside the engine's verdict and the deadline; and the packet's law
// section (verdicts per data set, the law's version, the laws that do not
// apply).
var jaDuties = map[string]string{
	"duty.title":                    "義務ごとの判断と提出の記録",
	"duty.lead":                     "報告・通知の義務（法域×宛先）ごとに、判定（システムの判定と期限の状況）と、判断・提出の記録（判断と提出の記録ページで入力したもの）を並べています。記録は期限の状況から推測していません。",
	"duty.attention":                "確認が必要な義務が %d 件あります（▲）。",
	"duty.toLedger":                 "判断と提出を記録する →",
	"duty.col.verdict":              "判定",
	"duty.col.due":                  "期限",
	"duty.col.record":               "記録",
	"duty.clock":                    "期限の状況：%s",
	"duty.noDue":                    "期限の定めなし",
	"duty.record.none":              "判断の記録なし",
	"duty.record.not_yet":           "未決定",
	"duty.record.report":            "報告すると判断（未提出）",
	"duty.record.not_report":        "報告しないと判断",
	"duty.record.filed":             "提出済み",
	"duty.filed":                    "%s（%s）",
	"duty.moreFilings":              "ほか %d 件の提出記録",
	"duty.decidedAs":                "判断：%s",
	"duty.flag.filed_late":          "期限（%s）を %s 過ぎて提出されています。",
	"duty.flag.late_from_detection": "検知（%s）から数えた期限（%s）より後の提出です。知った時とした理由を記録してください。",
	"duty.flag.undecided":           "期限（%s、あと%s）が近づいていますが、報告するかどうかの判断が記録されていません。",
	"duty.flag.undecidedPast":       "期限（%s）を %s 過ぎていますが、報告するかどうかの判断が記録されていません。",
	"duty.paren":                    "（%s）",
	"duty.flag.not_filed":           "報告すると判断しましたが、期限（%s）を過ぎても提出が記録されていません。",
	"duty.flag.no_reason":           "「報告しない」の理由が記録されていません。",
	"duty.flag.against_verdict":     "システムの判定は「%s」ですが、報告しないと判断されています。理由を確認してください。",
	"duty.flag.not_on_timeline":     "提出は記録されていますが、時系列に報告・通知の出来事がないため期限の状況は未完了のままです。時系列に追加してください。",

	"print.law":             "適用法令の判定",
	"print.lawNote":         "各法令の判定、データセットごとの判定、適用した法令の版。適用されない法令とその理由は末尾に記載しています。",
	"print.notApplicable":   "適用されない法令と理由",
	"print.noNotApplicable": "適用されないと判定した法令はありません。",
	"print.noRulesFor":      "事実の日付に適用できる規定をこのツールが持たない法令",
	"print.clockEarly":      "検知から数えると：%s → %s（%s）",
	"print.clockKnew":       "知った時から数えると（採用）：%s → %s（%s）",
	"print.col.details":     "関係先・経緯",
	"duty.colon":            "：",
}
