package ui

import (
	"slices"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// setHasFlag reports whether a category of the set carries flag: a category
// of the law with it, or one the user classed so ("other" with its flags).
func setHasFlag(d *incident.DataSet, flag string) bool {
	rs, err := theDesk.Rules()
	for _, c := range d.Categories {
		if slices.Contains(c.Flags, flag) {
			return true
		}
		if err == nil {
			if rc := rs.Category(c.ID); rc != nil && !rc.Unclassified && rc.HasAsKept(flag, c.Protection) {
				return true
			}
		}
	}
	return false
}

// myNumberField asks, of a set holding My Number, the two facts of the My
// Number Act's reportable situations that only the user can tell (特定個人情報漏えい等報告規則
// 2条1号: the system that held the data; 3号: open to anyone online). The
// other two come from the cause (2号) and the persons counted (4号).
func (f *factsForm) myNumberField(d *incident.DataSet, i int) app.UI {
	base, o := setPath(i), owner{set: d.ID}
	return el("fieldset.bd-mynumber", "id", fieldID(base+".myNumber")).Body(
		elt("legend", catalog.T(f.l, labelKey(base+".myNumber"))),
		elt("p.bd-hint", catalog.T(f.l, labelKey(base+".myNumber")+".hint")),
		f.triGroup(base+".mnSystem", d.MNSystem, o, "mnSystem", f.p.onSetTri),
		f.triGroup(base+".exposedOnline", d.ExposedOnline, o, "exposedOnline", f.p.onSetTri),
	)
}
