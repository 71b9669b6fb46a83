package incident

import (
	"testing"
	"time"
)

// An event's date corrected later reads, on each day, as it was known then.
func TestEventAsOf(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	first := time.Date(2023, 10, 9, 0, 0, 0, 0, jst)
	found := time.Date(2023, 9, 14, 0, 0, 0, 0, jst)
	e := Event{ID: "e1", Kind: EvIntrusion, At: found, Precision: Day,
		Was: []EventDate{{At: time.Time{}, Until: "2023-10-20"}, {At: first, Precision: Day, Until: "2023-12-27", Source: "追加調査"}}}
	for _, c := range []struct {
		day  Date
		want time.Time
	}{
		{"2023-10-19", time.Time{}}, // not dated yet
		{"2023-10-20", first},
		{"2023-12-26", first},
		{"2023-12-27", found}, // the correction's own day
		{"", found},           // today
	} {
		got := e.AsOf(c.day)
		if !got.At.Equal(c.want) {
			t.Errorf("as of %q: %v, want %v", c.day, got.At, c.want)
		}
		if len(got.Was) != 2 || e.At != found {
			t.Errorf("as of %q: the history or the event itself changed", c.day)
		}
	}
}

// F491: a retrieval carries how many things went and how many came back;
// only part back is told as such, and a deletion's counts are not read as
// a retrieval's.
func TestRetrievedSome(t *testing.T) {
	ev := Event{Kind: EvRetrieved, Recipients: 842, Confirmed: 521}
	if back, of, some := ev.RetrievedSome(); !some || back != 521 || of != 842 {
		t.Errorf("RetrievedSome = %d, %d, %v", back, of, some)
	}
	for _, e := range []Event{{Kind: EvRetrieved}, {Kind: EvRetrieved, Recipients: 3, Confirmed: 3}, {Kind: EvDeleted, Recipients: 3, Confirmed: 1}} {
		if _, _, some := e.RetrievedSome(); some {
			t.Errorf("%+v told as part retrieval", e)
		}
	}
	if !EvRetrieved.Counted() || !EvDeleted.Counted() || EvContained.Counted() {
		t.Error("Counted")
	}
}

// F493: a financial institution that takes no cards and told no acquirer
// is the cards' issuer.
func TestCardIssuer(t *testing.T) {
	inc := &Incident{Org: Organisation{Sector: "finance"}}
	if !inc.CardIssuer() {
		t.Error("a bank is not the issuer")
	}
	inc.Org.CardMerchant = true
	if inc.CardIssuer() {
		t.Error("a merchant is the issuer")
	}
	inc.Org.CardMerchant = false
	inc.Events = []Event{{ID: "e1", Kind: EvCardAcquirer}}
	if inc.CardIssuer() {
		t.Error("one that told its acquirer is the issuer")
	}
	if (&Incident{Org: Organisation{Sector: "retail"}}).CardIssuer() {
		t.Error("a shop is the issuer")
	}
}
