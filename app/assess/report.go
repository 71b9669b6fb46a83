package assess

import (
	"fmt"
	"strings"
	"time"
)

// Report writes an assessment as text a reviewer can read line by line:
// every verdict, trigger, obligation, deadline and step with its citation.
// The golden files of testdata/golden/assess and the rules command
// (breachdesk rules) are written with it.
func Report(name string, a Assessment) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	tm := func(t *time.Time) string {
		if t == nil {
			return "-"
		}
		return t.Format(time.RFC3339)
	}
	needs := func(ns []Need) string {
		var s []string
		for _, n := range ns {
			s = append(s, n.Text.EN)
		}
		return strings.Join(s, "; ")
	}
	p("scenario %s", name)
	p("now %s (%s)", a.Now.Format(time.RFC3339), a.TimeZone)
	for _, pr := range a.Problems {
		p("problem: %s", pr.EN)
	}
	if a.Knew != nil {
		prec := ""
		if a.KnewPrecision != "" {
			prec = " (" + string(a.KnewPrecision) + ")"
		}
		p("knew %s by %s%s", tm(a.Knew), a.KnewEvent, prec)
	}
	var na []string
	for _, n := range a.NotApplicable {
		na = append(na, n.ID)
	}
	p("not applicable: %s", strings.Join(na, ", "))
	for _, n := range a.NotApplicable {
		p("   %s%s: %s", n.ID, map[bool]string{true: " (no rule held)", false: ""}[n.NoRules], n.Why.EN)
	}
	if a.UnheldText != nil {
		p("no law held: %s", a.UnheldText.EN)
		p("   JA: %s", a.UnheldText.JA)
	}
	for _, j := range a.Jurisdictions {
		p("")
		p("== %s %s — applies: %s", j.ID, j.Name.EN, j.Applies)
		clock := "not started"
		if j.ClockAt != nil {
			clock = tm(j.ClockAt)
		}
		p("   law date %s (clock %s: %s)", j.LawDate, j.Clock, clock)
		if v := j.LawVersion; v != nil {
			p("   law version since %s: %s — %s", v.Since, v.Name.EN, v.Source.EN)
		} else {
			p("   law version: none named for %s", j.LawDate)
		}
		for _, r := range j.AppliesWhy {
			p("   applies %-7s %s — %s", r.Verdict, r.RuleID, r.Citation.EN)
		}
		p("   reportable: %s", j.Reportable)
		p("   summary EN: %s", j.Summary.EN)
		p("   summary JA: %s", j.Summary.JA)
		reason := func(kind string, r Reason) {
			line := fmt.Sprintf("   %s %-7s %s — %s", kind, r.Verdict, r.RuleID, r.Citation.EN)
			if len(r.Sets) > 0 {
				line += " | sets " + strings.Join(r.Sets, ",")
			}
			if len(r.Needs) > 0 {
				line += " | need: " + needs(r.Needs)
			}
			p("%s", line)
		}
		for _, r := range j.Triggers {
			reason("trigger", r)
		}
		for _, r := range j.Exclusions {
			reason("exclusion", r)
		}
		for _, sv := range j.Sets {
			line := fmt.Sprintf("   set %s (%s%s) reportable %s", sv.ID, sv.Role, map[bool]string{true: " for " + sv.Entrustor, false: ""}[sv.Entrustor != ""], sv.Reportable)
			if len(sv.Triggers) > 0 {
				line += " | " + strings.Join(sv.Triggers, ",")
			}
			if sv.Excluded != "" {
				line += " | excluded " + sv.Excluded
			}
			if sv.Elsewhere {
				line += " | no persons living here"
			}
			p("%s", line)
		}
		for _, o := range j.Obligations {
			p("   - [%s] %s: %s", o.Level, o.ID, o.Title.EN)
			if o.Route != nil {
				p("       routed (%s) to: %s — %s", o.Route.RuleID, o.To.EN, o.Route.Citation.EN)
			}
			if o.Party != "" || o.PartyName != "" {
				p("       to party %s %s", o.Party, o.PartyName)
			}
			if len(o.Sets) > 0 {
				line := "       sets " + strings.Join(o.Sets, ",")
				if len(o.LiftedSets) > 0 {
					line += " | lifted " + strings.Join(o.LiftedSets, ",")
				}
				if len(o.ExemptSets) > 0 {
					line += " | exempt " + strings.Join(o.ExemptSets, ",")
				}
				p("%s", line)
			}
			lim := o.Limit
			if o.Immediately {
				lim += " (immediately)"
			}
			p("       state %s | applies %s | limit %s | start %s %s", o.State, o.Applies, lim, o.Start, tm(o.StartAt))
			if o.Due != nil {
				p("       due %s%s", tm(o.Due), map[bool]string{true: " (from " + tm(o.DueFrom) + ")", false: ""}[o.DueFrom != nil])
			}
			if o.DueAlt != nil {
				p("       due (other reading) %s: %s", tm(o.DueAlt), o.Counting.Text.EN)
			}
			if o.Later != nil {
				p("       from the figures of %s: due %s", o.Later.StartAt.Format("2006-01-02"), o.Later.Due.Format(time.RFC3339))
			}
			if o.Early != nil {
				p("       from %s %s: due %s%s", o.Early.From, o.Early.Event, o.Early.Due.Format(time.RFC3339), map[bool]string{true: " (from " + tm(o.Early.DueFrom) + ")", false: ""}[o.Early.DueFrom != nil])
			}
			if o.DoneBy != "" {
				p("       done by %s at %s", o.DoneBy, tm(o.DoneAt))
			}
			p("       EN: %s", o.Explanation.EN)
			p("       JA: %s", o.Explanation.JA)
			if o.Exemption != nil && o.State != StateExempt {
				p("       exemption: %s", o.Exemption.EN)
			}
			for _, u := range o.Unless {
				p("       unless %s %s — %s", u.Verdict, u.RuleID, u.Citation.EN)
			}
			p("       cite: %s", o.Citation.EN)
		}
	}
	p("")
	p("== steps")
	for _, s := range a.Steps {
		line := fmt.Sprintf("   [%s] %s: %s | %s", s.Phase, s.ID, s.State, s.Explanation.EN)
		if s.Due != nil {
			line += " | due " + tm(s.Due)
		}
		if len(s.Needs) > 0 {
			line += " | need: " + needs(s.Needs)
		}
		p("%s", line)
	}
	p("")
	p("== findings")
	for _, f := range a.Findings {
		p("   %s %s: %s", f.ID, f.Verdict, f.Explanation.EN)
		p("      JA: %s", f.Explanation.JA)
	}
	p("")
	p("== needs")
	for _, n := range a.Needs {
		p("   %s: %s", FactName(n), n.Text.EN)
	}
	return b.String()
}

// FactName is the need's fact as written in the rules.
func FactName(n Need) string {
	if n.Arg == "" {
		return n.Fact
	}
	return n.Fact + "(" + n.Arg + ")"
}
