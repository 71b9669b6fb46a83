package incident

import (
	"reflect"
	"testing"
	"time"
)

func TestNew(t *testing.T) {
	now := time.Date(2026, 3, 15, 9, 0, 0, 0, jst)
	inc := New("inc-1", now)
	if inc.Schema != SchemaVersion || inc.ID != "inc-1" || !inc.CreatedAt.Equal(now) || !inc.UpdatedAt.Equal(now) ||
		inc.TimeZone != "Asia/Tokyo" || inc.Org.Kind != Private || len(inc.DataSets) != 1 ||
		inc.DataSets[0].StatusOn("") != Possible || inc.DataSets[0].Role != Controller {
		t.Errorf("New = %+v", inc)
	}
	checkProblems(t, Validate(inc), nil)
	roundTrip(t, inc)
}

func TestLocation(t *testing.T) {
	for tz, want := range map[string]string{
		"Asia/Tokyo": "Asia/Tokyo", "Europe/Berlin": "Europe/Berlin", "America/Los_Angeles": "America/Los_Angeles",
		"": "Asia/Tokyo", "Local": "Asia/Tokyo", "Nowhere/Atlantis": "Asia/Tokyo", "../../../etc/passwd": "Asia/Tokyo",
	} {
		inc := &Incident{TimeZone: tz}
		if got := inc.Location().String(); got != want {
			t.Errorf("Location(%q) = %s; want %s", tz, got, want)
		}
	}
	var nilInc *Incident
	if nilInc.Location().String() != "Asia/Tokyo" {
		t.Error("nil incident")
	}
	// 72 hours across a DST change in Berlin: the zone data is there (time/tzdata).
	berlin := (&Incident{TimeZone: "Europe/Berlin"}).Location()
	start := time.Date(2026, 3, 28, 12, 0, 0, 0, berlin)
	if got := start.Add(72 * time.Hour).In(berlin).Format("15:04 -07:00"); got != "13:00 +02:00" {
		t.Errorf("72 h after %v = %s", start, got)
	}
}

func TestTimeline(t *testing.T) {
	inc := valid()
	inc.Events = []Event{
		{ID: "a", Kind: EvAware, At: at(15, 9)},
		{ID: "undated", Kind: EvAware},
		{ID: "b", Kind: EvIntrusion, At: at(10, 9)},
		{ID: "c", Kind: EvAware, At: at(12, 9)},
		{ID: "d", Kind: EvAware, At: at(12, 9)},
		{ID: "e", Kind: EvAware, At: time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)}, // 09:00 JST: same instant
	}
	if e, ok := inc.FirstEvent(EvAware); !ok || e.ID != "c" {
		t.Errorf("FirstEvent(aware) = %v, %v; want c", e.ID, ok)
	}
	if _, ok := inc.FirstEvent(EvPolice); ok {
		t.Error("FirstEvent(police) found one")
	}
	ids := func(es []Event) (s string) {
		for _, e := range es {
			s += e.ID + " "
		}
		return s
	}
	if got := ids(inc.EventsOf(EvAware)); got != "c d e a undated " {
		t.Errorf("EventsOf(aware) = %s", got)
	}
	if inc.Events[0].ID != "a" {
		t.Error("EventsOf sorted the incident's own events")
	}
	inc.SortEvents()
	if got := ids(inc.Events); got != "b c d e a undated " {
		t.Errorf("SortEvents = %s", got)
	}
	if e, ok := inc.Event("d"); !ok || e.ID != "d" {
		t.Error("Event(d)")
	}
	if _, ok := inc.Event("zz"); ok {
		t.Error("Event(zz)")
	}
}

func TestClone(t *testing.T) {
	var inc Incident
	fill(reflect.ValueOf(&inc).Elem(), 0)
	c := inc.Clone()
	if !reflect.DeepEqual(&inc, c) {
		t.Fatal("Clone differs from the original")
	}
	if p := shared(reflect.ValueOf(inc), reflect.ValueOf(*c), "incident"); p != "" {
		t.Errorf("Clone shares %s with the original", p)
	}
	if (*Incident)(nil).Clone() != nil {
		t.Error("Clone(nil)")
	}
}

// fill sets every field of v to something not zero: lists and maps of two, pointers set.
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2026, 3, 1+n, 9, 0, 0, 0, jst)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n+i)
			}
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), n)
		fill(v.Index(1), n+1)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for i := range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(k, n+i)
			fill(e, n+i)
			v.SetMapIndex(k, e)
		}
	case reflect.String:
		v.SetString("s" + string(rune('a'+n%26)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(n + 1))
	default:
		panic("fill: " + v.Kind().String())
	}
}

// shared returns the path of the first slice, map or pointer that a and b share.
func shared(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if a.Type().Field(i).IsExported() {
				if p := shared(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
					return p
				}
			}
		}
	case reflect.Pointer:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			return path
		}
		if !a.IsNil() {
			return shared(a.Elem(), b.Elem(), path)
		}
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := range a.Len() {
			if p := shared(a.Index(i), b.Index(i), path+"[]"); p != "" {
				return p
			}
		}
	case reflect.Map:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			return path
		}
		for _, k := range a.MapKeys() {
			if p := shared(a.MapIndex(k), b.MapIndex(k), path+"[k]"); p != "" {
				return p
			}
		}
	}
	return ""
}

func TestSetStatus(t *testing.T) {
	d := NewDataSet("d1")
	d.SetStatus(Confirmed, "2026-05-13")
	d.SetStatus(Confirmed, "2026-05-14") // no change
	if len(d.Status) != 2 || d.StatusOn("2026-05-12") != Possible || d.StatusOn("2026-05-13") != Confirmed || d.StatusSince() != "2026-05-13" {
		t.Fatalf("history %+v", d.Status)
	}
	d.SetStatus(RuledOut, "2026-05-13") // a correction the same day
	if len(d.Status) != 2 || d.StatusOn("") != RuledOut {
		t.Errorf("same-day correction %+v", d.Status)
	}
	var e DataSet
	e.SetStatus(Confirmed, "")
	e.SetStatus(Possible, "")
	if len(e.Status) != 1 || e.StatusOn("") != Possible {
		t.Errorf("undated %+v", e.Status)
	}
}

func TestPartyFor(t *testing.T) {
	inc := New("a", at(16, 10))
	inc.Parties = []Party{{ID: "p-police", Kind: PartyCard}}
	p := inc.PartyFor(PartyPolice)
	p.Name = "警視庁"
	if len(inc.Parties) != 2 || inc.Parties[1].ID != "p-police-2" || inc.Parties[1].Name != "警視庁" {
		t.Errorf("%+v", inc.Parties)
	}
	if q := inc.PartyFor(PartyPolice); q.ID != "p-police-2" || len(inc.Parties) != 2 {
		t.Errorf("second call added one: %+v", inc.Parties)
	}
}

func TestFigure(t *testing.T) {
	f := Figure{{Known: true, N: 7930000, Approx: true, On: "2016-06-14", Source: "件数"}, {Known: true, N: 6788443, On: "2016-06-24", Source: "名寄せ後"}}
	if c := f.AsOf("2016-06-20"); c.N != 7930000 || !c.Approx {
		t.Errorf("as of 6/20 %+v", c)
	}
	if c := f.AsOf("2016-06-01"); c.Known {
		t.Errorf("before any figure %+v", c)
	}
	if c := f.Latest(); c.N != 6788443 {
		t.Errorf("latest %+v", c)
	}
	g := f.Set(Count{Known: true, N: 6788444})
	if f[1].N != 6788443 || g[1].N != 6788444 || g[1].Source != "名寄せ後" {
		t.Errorf("Set changed the original or lost the source: %+v %+v", f, g)
	}
	if FigureOf(Count{}) != nil || Figure(nil).Set(Count{Known: true, N: 3}).Latest().N != 3 {
		t.Error("empty figure")
	}
}

func TestEventLast(t *testing.T) {
	loc := jst
	for _, c := range []struct {
		p    Precision
		want string
	}{{Exact, "2014-06-15 10:30:00"}, {Day, "2014-06-15 23:59:59"}, {Approx, "2014-06-15 23:59:59"},
		{Month, "2014-06-30 23:59:59"}, {Year, "2014-12-31 23:59:59"}} {
		e := Event{At: time.Date(2014, 6, 15, 10, 30, 0, 0, loc), Precision: c.p}
		if got := e.Last(loc).Format("2006-01-02 15:04:05"); got != c.want {
			t.Errorf("%q: Last = %s; want %s", c.p, got, c.want)
		}
	}
}
