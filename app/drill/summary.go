package drill

import (
	"fmt"
	"strings"
	"time"

	"breachdesk/app/rules"
)

// summary writes the result for people, in both languages: the counts, then
// every deadline late or missed, then every step late or not done.
func summary(r Result) rules.Text {
	var ja, en strings.Builder
	loc := r.End.Location()
	at := func(x time.Time) string { return x.In(loc).Format("2006-01-02 15:04 MST") }
	kind := map[bool][2]string{true: {"訓練", "Drill"}, false: {"実案件（訓練ではありません）", "Real incident (not a drill)"}}[r.Drill]
	fmt.Fprintf(&ja, "%s「%s」の採点（模擬時刻 %s 時点）\n", kind[0], r.Title, at(r.End))
	fmt.Fprintf(&en, "%s “%s”: score at simulated time %s\n", kind[1], r.Title, at(r.End))
	d := r.Deadline
	fmt.Fprintf(&ja, "法令上の期限：期限内 %d、遅れ %d、未了で期限超過 %d、期限前 %d（期限の定めのないもの：実施 %d、未了 %d）\n", d.Met, d.Late, d.Missed, d.Pending, d.Done, d.NotDone)
	fmt.Fprintf(&en, "Legal deadlines: %d met, %d late, %d missed, %d not yet due (without a fixed deadline: %d done, %d open)\n", d.Met, d.Late, d.Missed, d.Pending, d.Done, d.NotDone)
	for _, it := range r.Obligations {
		line(&ja, &en, it, at)
	}
	s := r.Step
	fmt.Fprintf(&ja, "対応手順：目安内 %d、遅れ %d、未了で目安超過 %d、目安前 %d（目安のないもの：実施 %d、未了 %d）\n", s.Met, s.Late, s.Missed, s.Pending, s.Done, s.NotDone)
	fmt.Fprintf(&en, "Playbook steps: %d on time, %d late, %d overdue, %d not yet due (without a target: %d done, %d open)\n", s.Met, s.Late, s.Missed, s.Pending, s.Done, s.NotDone)
	for _, it := range r.Steps {
		line(&ja, &en, it, at)
	}
	if r.Percent >= 0 {
		fmt.Fprintf(&ja, "得点：%d点（期限内2点・遅れ1点・期限超過0点、期限前と期限の定めのないものは数えない）", r.Percent)
		fmt.Fprintf(&en, "Score: %d/100 (2 points on time, 1 late, 0 missed; items not yet due or without a deadline are not counted)", r.Percent)
	} else {
		ja.WriteString("得点：採点できる期限がまだありません")
		en.WriteString("Score: no deadline to score yet")
	}
	return rules.Text{JA: ja.String(), EN: en.String()}
}

func line(ja, en *strings.Builder, it Item, at func(time.Time) string) {
	jur := ""
	if it.Jurisdiction != "" {
		jur = "[" + it.Jurisdiction + "] "
	}
	switch it.Outcome {
	case Late:
		fmt.Fprintf(ja, "・遅れ：%s%s — 期限 %s、実施 %s（%s遅れ）\n", jur, it.Title.JA, at(*it.Due), at(*it.DoneAt), spanJA(it.By))
		fmt.Fprintf(en, "- late: %s%s — due %s, done %s (%s late)\n", jur, it.Title.EN, at(*it.Due), at(*it.DoneAt), spanEN(it.By))
	case Missed:
		fmt.Fprintf(ja, "・期限超過：%s%s — 期限 %s、終了時点で未了（%s超過）\n", jur, it.Title.JA, at(*it.Due), spanJA(it.By))
		fmt.Fprintf(en, "- missed: %s%s — due %s, not done at the end (%s over)\n", jur, it.Title.EN, at(*it.Due), spanEN(it.By))
	case NotDone:
		fmt.Fprintf(ja, "・未了：%s%s\n", jur, it.Title.JA)
		fmt.Fprintf(en, "- not done: %s%s\n", jur, it.Title.EN)
	case Given:
		fmt.Fprintf(ja, "・シナリオ上の出来事で完了（採点しない）：%s%s — %s\n", jur, it.Title.JA, at(*it.DoneAt))
		fmt.Fprintf(en, "- done by the scenario's events (not scored): %s%s — %s\n", jur, it.Title.EN, at(*it.DoneAt))
	}
}

func spanJA(d time.Duration) string {
	days, h := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour)
	if days > 0 {
		return fmt.Sprintf("%d日%d時間", days, h)
	}
	return fmt.Sprintf("%d時間%d分", h, int(d%time.Hour/time.Minute))
}

func spanEN(d time.Duration) string {
	days, h := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour)
	if days > 0 {
		return fmt.Sprintf("%d d %d h", days, h)
	}
	return fmt.Sprintf("%d h %d min", h, int(d%time.Hour/time.Minute))
}
