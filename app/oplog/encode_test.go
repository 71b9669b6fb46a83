package oplog

import (
	"bytes"
	"testing"
)

// Log.Encode writes the bytes of Packet(nil).Encode: on random histories
// (every device's log and each earlier state of it) and on the benchmarks'
// logs of 10,000 operations.
func TestLogEncodeAgrees(t *testing.T) {
	same := func(what string, l *Log) {
		t.Helper()
		if got, want := l.Encode(), l.Packet(nil).Encode(); !bytes.Equal(got, want) {
			t.Fatalf("%s: Log.Encode differs from Packet(nil).Encode\n%.300s\n%.300s", what, got, want)
		}
	}
	n := 0
	for seed := range uint64(200) {
		ds, _ := history(t, rngFor(seed))
		for _, d := range ds {
			same("a device's log", d.log)
			for _, l := range d.prefix {
				same("an earlier log", l)
			}
			n += 1 + len(d.prefix)
		}
	}
	same("an empty log", New("x"))
	if n < 500 {
		t.Errorf("only %d logs", n)
	}
	if testing.Short() {
		return
	}
	s, err := benchData()
	if err != nil {
		t.Fatal(err)
	}
	same("the bench's local log", s.local)
	same("the bench's merged log", s.merged)
}
