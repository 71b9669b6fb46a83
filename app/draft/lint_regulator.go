package draft

import (
	"slices"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

var acronym = &lazyRegexp{expr: `\b[A-Z]{3,}\b`}

// regulatorAsOther asks, of an "other" event that names a party of kind
// regulator, whether it was the report a law held here still shows as not
// done: the law whose name the party's name carries ("Texas Attorney
// General", "Massachusetts AG / OCABR"), else every such report. As "other"
// it fulfils no duty, so the report stays overdue or open (108: the Texas
// Attorney General's filing of 6/15, two days before its deadline, shown
// overdue by 4 d 16 h) (CodeRegulatorAsOther).
func (l *linter) regulatorAsOther() {
	if l.rs == nil {
		return
	}
	type report struct {
		jur    assess.Jurisdiction
		ja, en string // the duty's title
	}
	var open []report
	for _, j := range l.a.Jurisdictions {
		rj := l.rs.Jurisdiction(j.ID)
		if rj == nil {
			continue
		}
		for _, ob := range j.Obligations {
			o := rj.ObligationByID(ob.ID, j.LawDate)
			if o == nil || !slices.Contains(o.DoneBy, incident.EvReportPrelim) || ob.Applies == assess.No || ob.DoneBy != "" ||
				!slices.Contains([]assess.State{assess.StateDue, assess.StateOverdue, assess.StateOpen}, ob.State) {
				continue
			}
			open = append(open, report{j, ob.Title.JA, ob.Title.EN})
		}
	}
	if len(open) == 0 {
		return
	}
	for _, e := range l.inc.Events {
		if e.Kind != incident.EvOther || e.Planned || e.Party == "" {
			continue
		}
		pt, ok := l.inc.Party(e.Party)
		if !ok || pt.Kind != incident.PartyRegulator {
			continue
		}
		var named []report
		for _, r := range open {
			if partyNamesLaw(pt.Name, r.jur) {
				named = append(named, r)
			}
		}
		if len(named) == 0 {
			continue // a regulator of another law (「個人情報保護委員会」 is Japan's and, in Japanese, Korea's too)
		}
		var ja, en []string
		for _, r := range named {
			ja = append(ja, r.jur.Name.JA+"（"+r.jur.ID+"）の「"+r.ja+"」")
			en = append(en, r.jur.Name.EN+" ("+r.jur.ID+"): \""+r.en+"\"")
		}
		l.add(CodeRegulatorAsOther, SeverityWarning, "", "", txt(
			"出来事「"+e.ID+"」は種類が「その他」ですが、規制当局「"+pt.Name+"」とのやり取りで、次の届出・報告がまだ済んでいないと表示されています："+strings.Join(ja, "、")+"。この出来事がその届出・報告なら、種類を報告（速報）にし、法域を指定してください。「その他」のままでは届出・報告として数えられず、期限を過ぎたと表示され続けます。",
			"Event \""+e.ID+"\" is of kind \"other\" and names the regulator \""+pt.Name+"\", while these reports are shown as not done: "+strings.Join(en, "; ")+". If the event was that report, record it as a report (preliminary) with its jurisdiction: as \"other\" it fulfills no duty, and the report stays shown as open or overdue."))
	}
}

// partyNamesLaw: the party's name carries the law's place ("Texas",
// "Massachusetts", 「韓国」) or an acronym of its regulator ("PIPC", "OAIC").
func partyNamesLaw(name string, j assess.Jurisdiction) bool {
	for _, a := range acronym.get().FindAllString(j.Regulator.EN, -1) {
		for _, w := range acronym.get().FindAllString(name, -1) {
			if w == a {
				return true
			}
		}
	}
	n := strings.ToLower(name)
	for _, w := range []string{j.Name.EN, j.Name.JA} {
		if i := strings.IndexAny(w, "(（"); i > 0 {
			w = w[:i]
		}
		w = strings.ToLower(strings.TrimSpace(w))
		if w != "" && strings.Contains(n, w) {
			return true
		}
	}
	return false
}
