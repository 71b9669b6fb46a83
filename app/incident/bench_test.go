package incident

import (
	"fmt"
	"testing"
	"time"
)

// largeIncident has 1,000 events and 50 categories.
func largeIncident() *Incident {
	inc := valid()
	inc.Events = nil
	kinds := EventKinds[:len(EventKinds)-1]
	for i := range 1000 {
		inc.Events = append(inc.Events, Event{
			ID: fmt.Sprint("e", i), Kind: kinds[i%len(kinds)], At: at(1, 0).Add(time.Duration(i) * time.Hour),
			Note: "ファイアウォールのログを確認した。外部との通信は遮断済み。",
		})
	}
	inc.DataSets[0].Categories = nil
	for i := range 50 {
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, Category{ID: fmt.Sprint("c", i),
			Persons: Count{Known: true, N: 100}, Records: Count{Known: true, N: 200}})
	}
	return inc
}

func BenchmarkDecodeValidate1000Events(b *testing.B) {
	data, err := Encode(largeIncident())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		inc, err := Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		Validate(inc)
	}
}

func BenchmarkEncode1000Events(b *testing.B) {
	inc := largeIncident()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(inc); err != nil {
			b.Fatal(err)
		}
	}
}
