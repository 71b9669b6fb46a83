package oplog

import (
	"testing"
)

// FuzzDecodePacket: no input makes DecodePacket or Merge panic, the
// decoder's shortcuts read it as the general way does, and what
// DecodePacket accepts encodes back to a packet it reads alike.
func FuzzDecodePacket(f *testing.F) {
	l, err := Import(baseIncident(), Author{Name: "A", Role: "r"}, fastSigners()[0], t0)
	if err != nil {
		f.Fatal(err)
	}
	next := mutate(rngFor(1), baseIncident())
	if _, err := l.Record(baseIncident(), next, Author{Name: "A"}, fastSigners()[0], t0); err != nil {
		f.Fatal(err)
	}
	f.Add(l.Packet(nil).Encode())
	f.Add([]byte(`{"format":"breachdesk-packet","v":1,"schema":2,"incident":"x","keys":{},"ops":[]}`))
	f.Add([]byte(`{"format":"breachdesk-packet","ops":[{"seen":{"a":1},"new":{"a":[1,{"b":"\ud800"}]}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameDecoding(t, "input", data)
		p, err := DecodePacket(data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		q, err := DecodePacket(p.Encode())
		if err != nil || len(q.Ops) != len(p.Ops) {
			t.Fatalf("re-encoded packet: %v", err)
		}
		_, _ = Merge(New(p.Incident), p, fastVerifier{})
		_, _ = Merge(l, p, fastVerifier{})
	})
}
