package desk_test

import (
	"strings"
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// copyStore is what a browser keeps of s when the page dies now: everything
// written so far, and nothing the page would have written next.
func copyStore(s *desk.MemStore) *desk.MemStore {
	c := desk.NewMemStore()
	for _, part := range []string{"incidents", "settings", "meta"} {
		for k, v := range s.Raw(part) {
			c.Set(part, k, v)
		}
	}
	return c
}

// A page that is closed just after a merge, before the merged log is
// written (it is, just after the merge's paint), must not leave the merged
// incident stored without that log: the next load would record the peer's
// change as this device's own, and the audit trail would name the wrong
// person. The incident stays as stored (the merge is lost with the page and
// the packet can be imported again); nothing is misattributed.
func TestPageHideAfterAMergeKeepsTheLogTrue(t *testing.T) {
	a, b, id := twoPeople(t)
	const pass = "packet passphrase"
	a.edit(t, id, func(inc *incident.Incident) { inc.Cause.Description = "A's cause" })
	packet := a.share(t, id, pass)

	var after *desk.MemStore
	b.ImportPacket(packet, pass, func(r desk.PacketResult) {
		if r.Err != nil || r.Added == 0 {
			t.Errorf("merge: %+v", r)
		}
		b.PageHide(true) // the page is closed before anything else runs
		after = copyStore(b.store)
	})
	b.loop.Run()
	if after == nil {
		t.Fatal("ImportPacket never finished")
	}

	again := newPerson(t, after, b.key, "", "")
	again.settle()
	again.loop.Advance(desk.LogWriteDelay)
	for _, e := range again.Changes(id, oplog.Filter{}) {
		if e.Path == "cause.description" && e.Author != "Aoki" {
			t.Errorf("after the reload, A's change is recorded as %q's", e.Author)
		}
	}
	if got := strings.Join(again.Authors(id), ","); strings.Contains(got, "Baba") {
		t.Errorf("the log's authors are %s: B never changed anything", got)
	}
	if !again.Recorded(id) {
		t.Fatal("not recorded after the reload")
	}

	// And the same packet imported again merges as it first did.
	if r := again.receive(t, packet, pass); r.Err != nil || r.Added == 0 {
		t.Fatalf("importing the packet again: %+v", r)
	}
	again.loop.Advance(desk.LogWriteDelay)
	if again.Get(id).Cause.Description != "A's cause" {
		t.Fatal("the merge imported again is not there")
	}
}
