package desk_test

import (
	"reflect"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// A data set removed leaves no reference to it behind: the set within it
// stands alone, an event that named it alone concerns all sets again, one
// that named two keeps the other.
func TestRemoveDataSetKeepsReferencesWhole(t *testing.T) {
	inc := incident.New("x", time.Now())
	d2 := desk.AddDataSet(inc, " 退会済み会員 ")
	d3 := desk.AddDataSet(inc, "カード情報")
	if d2 != "d2" || d3 != "d3" || inc.DataSets[1].Name != "退会済み会員" || inc.DataSets[1].StatusOn("") != incident.Possible {
		t.Fatalf("added: %+v", inc.DataSets)
	}
	inc.DataSets[2].Within = d2
	inc.Events = []incident.Event{
		{ID: "a", Kind: incident.EvNoticePersons, Sets: []string{d2}},
		{ID: "b", Kind: incident.EvNoticePersons, Sets: []string{"d1", d2}},
	}
	if w, e := desk.DataSetUses(inc, d2); w != 1 || e != 2 {
		t.Errorf("uses of d2 = %d sets within, %d events", w, e)
	}
	if !desk.RemoveDataSet(inc, d2) || desk.RemoveDataSet(inc, d2) {
		t.Fatal("removed twice, or not at all")
	}
	if len(inc.DataSets) != 2 || inc.DataSets[1].ID != d3 || inc.DataSets[1].Within != "" {
		t.Errorf("sets: %+v", inc.DataSets)
	}
	if inc.Events[0].Sets != nil || !reflect.DeepEqual(inc.Events[1].Sets, []string{"d1"}) {
		t.Errorf("events: %+v", inc.Events)
	}
	// A fresh id never reuses one in use.
	if id := desk.AddDataSet(inc, ""); id != "d4" {
		t.Errorf("next id = %q", id)
	}
}

func TestPartiesAddRemoveAndEntrustorName(t *testing.T) {
	inc := incident.New("x", time.Now())
	p1 := desk.AddParty(inc, incident.PartyPolice, "警視庁")
	p2 := desk.AddParty(inc, incident.PartyPolice, "大阪府警")
	if p1 != "p-police" || p2 != "p-police-2" {
		t.Fatalf("ids %q %q", p1, p2)
	}
	// The wizard's one field: the first keystroke adds the entrustor, the
	// next ones rename it.
	desk.SetEntrustorName(inc, "d1", "提")
	desk.SetEntrustorName(inc, "d1", "提携先")
	es := inc.PartiesOf(incident.PartyEntrustor)
	if len(es) != 1 || es[0].Name != "提携先" || inc.Main().Entrustor != es[0].ID {
		t.Fatalf("entrustors %+v, main names %q", es, inc.Main().Entrustor)
	}
	if got := desk.EntrustorName(inc, inc.Main()); got != "提携先" {
		t.Errorf("EntrustorName = %q", got)
	}
	// A second set naming an entrustor by the same name takes that one.
	d2 := desk.AddDataSet(inc, "")
	desk.SetEntrustorName(inc, d2, "提携先")
	if d, _ := inc.DataSet(d2); d.Entrustor != es[0].ID || len(inc.PartiesOf(incident.PartyEntrustor)) != 1 {
		t.Errorf("second set: %+v, entrustors %+v", d, inc.PartiesOf(incident.PartyEntrustor))
	}
	inc.Events = []incident.Event{{ID: "n", Kind: incident.EvEntrustorNotice, Party: es[0].ID}}
	if s, e := desk.PartyUses(inc, es[0].ID); s != 2 || e != 1 {
		t.Errorf("uses = %d sets, %d events", s, e)
	}
	if !desk.RemoveParty(inc, es[0].ID) {
		t.Fatal("not removed")
	}
	if inc.Main().Entrustor != "" || inc.Events[0].Party != "" || len(inc.Parties) != 2 {
		t.Errorf("after removal: sets %+v events %+v parties %+v", inc.DataSets, inc.Events, inc.Parties)
	}
}

// A revision goes in date order: one dated before the current value does not
// become the current value.
func TestReviseKeepsDateOrder(t *testing.T) {
	c := func(n int64) incident.Count { return incident.Count{Known: true, N: n} }
	var f incident.Figure
	f = desk.Revise(f, c(1000), "", "初期推計")
	f = desk.Revise(f, c(1200), "2026-03-20", "名寄せ後")
	f = desk.Revise(f, c(1100), "2026-03-10", "中間報告")
	var got []int64
	for _, r := range f {
		got = append(got, r.N)
	}
	if !reflect.DeepEqual(got, []int64{1000, 1100, 1200}) || f.Latest() != c(1200) || f[1].Source != "中間報告" {
		t.Fatalf("figure %+v", f)
	}
	if f.AsOf("2026-03-15") != c(1100) {
		t.Errorf("as of 03-15: %+v", f.AsOf("2026-03-15"))
	}
	f = desk.RemoveRevision(f, 2)
	if f.Latest() != c(1100) {
		t.Errorf("after removing the last: %+v", f)
	}
	if desk.RemoveRevision(desk.RemoveRevision(f, 0), 0) != nil {
		t.Error("an emptied figure is not nil (unknown)")
	}
}

func TestRemoveStatusKeepsOne(t *testing.T) {
	d := incident.NewDataSet("d1")
	d.SetStatus(incident.Confirmed, "2026-03-02")
	desk.RemoveStatus(&d, 0)
	if len(d.Status) != 1 || d.StatusOn("") != incident.Confirmed {
		t.Fatalf("status %+v", d.Status)
	}
	desk.RemoveStatus(&d, 0)
	if len(d.Status) != 1 {
		t.Errorf("the only entry was removed: %+v", d.Status)
	}
}
