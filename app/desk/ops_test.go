package desk_test

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"

	json "github.com/goccy/go-json"
)

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

// plainPacket is the change packet of id as A would send it, opened.
func (p *person) plainPacket(t *testing.T, id string) []byte {
	t.Helper()
	const pass = "packet passphrase"
	file := p.share(t, id, pass)
	kdf, err := oplog.SealedKDF(file)
	if err != nil {
		t.Fatal(err)
	}
	k, err := goKeys{}.Derive(pass, kdf)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := oplog.Unseal(k, file)
	if err != nil {
		t.Fatal(err)
	}
	return plain
}

// person is one browser of one person: its store, its desk and its device key.
type person struct {
	*tab
	store *desk.MemStore
	key   *oplog.ECDSAKey
}

func newKey(t *testing.T) *oplog.ECDSAKey {
	t.Helper()
	k, err := oplog.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// newPerson opens a desk on store with the device key k (a new one when
// nil), named name (unless ""), and lets it record what it finds.
func newPerson(t *testing.T, store *desk.MemStore, k *oplog.ECDSAKey, name, role string) *person {
	t.Helper()
	if k == nil {
		k = newKey(t)
	}
	p := &person{tab: newTab(t, store, nil), store: store, key: k}
	if name != "" {
		done, called := must(t, "SetIdentity")
		p.SetIdentity(desk.Identity{Name: name, Role: role}, done)
		p.loop.Run()
		called()
	}
	p.SetDevice(k)
	p.settle()
	return p
}

// edit changes the incident id and waits until it is recorded and written.
func (p *person) edit(t *testing.T, id string, fn func(inc *incident.Incident)) {
	t.Helper()
	if !p.Edit(id, fn) {
		t.Fatalf("no incident %s", id)
	}
	p.settle()
	if !p.Recorded(id) {
		t.Fatalf("the edit of %s is not recorded", id)
	}
	p.loop.Advance(desk.LogWriteDelay) // and its log written
}

// share writes the change packet of id sealed with pass.
func (p *person) share(t *testing.T, id, pass string) []byte {
	t.Helper()
	var out []byte
	var gotErr error
	called := false
	p.SharePacket(id, pass, func(name string, data []byte, err error) {
		called, out, gotErr = true, data, err
		if !strings.HasSuffix(name, ".sealed.json") {
			t.Errorf("packet file name %q", name)
		}
	})
	p.settle()
	if !called || gotErr != nil {
		t.Fatalf("SharePacket: called %v, %v", called, gotErr)
	}
	if title := p.Get(id).Title; len(title) >= 8 && bytes.Contains(out, []byte(title)) {
		t.Fatal("the sealed packet holds the title in clear")
	}
	return out
}

// receive imports a packet file and returns what it did.
func (p *person) receive(t *testing.T, file []byte, pass string) desk.PacketResult {
	t.Helper()
	var r desk.PacketResult
	called := false
	p.ImportPacket(file, pass, func(res desk.PacketResult) { called, r = true, res })
	p.settle()
	if !called {
		t.Fatal("ImportPacket never finished")
	}
	return r
}

func facts(t *testing.T, inc *incident.Incident) string {
	t.Helper()
	c := inc.Clone()
	c.UpdatedAt = t0 // the time of the latest change, told apart by each side's save
	b, err := incident.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// An incident stored before change logs gets a first "imported" operation
// holding its whole state, stored sealed with it; read again, the log is
// as written and nothing more is recorded.
func TestOpsMigrateExistingIncident(t *testing.T) {
	s := desk.NewMemStore()
	old := incident.New("inc-old", t0)
	old.Title = "Lost laptop"
	old.Org.Name = "Sample Co."
	b, err := incident.Encode(old)
	if err != nil {
		t.Fatal(err)
	}
	s.Set("incidents", old.ID, b)

	a := newPerson(t, s, nil, "Sato", "DPO")
	if !a.Recorded(old.ID) {
		t.Fatal("the existing incident has no log")
	}
	log := a.Changes(old.ID, oplog.Filter{})
	if len(log) != 1 || log[0].Kind != oplog.Imported || log[0].Author != "Sato" || log[0].Role != "DPO" || log[0].Path != "" {
		t.Fatalf("log %+v, want one imported operation by Sato", log)
	}
	var got incident.Incident
	if err := jsonUnmarshal(log[0].To, &got); err != nil || got.Title != "Lost laptop" || got.Org.Name != "Sample Co." {
		t.Fatalf("the import holds %s (%v)", log[0].To, err)
	}
	if h := a.History(old.ID, "title"); len(h) != 1 || oplog.Display(h[0].To) != "Lost laptop" {
		t.Fatalf("title history %+v", h)
	}
	if n := countLogs(s); n != 1 {
		t.Fatalf("%d log records stored, want 1", n)
	}
	if a.Get(old.ID) == nil || len(a.List()) != 1 {
		t.Fatal("the log record is listed as an incident")
	}
	if len(a.Status().Unreadable) != 0 {
		t.Fatalf("unreadable: %v", a.Status().Unreadable)
	}

	before := snapshot(s)
	again := newPerson(t, s, a.key, "", "")
	if got := again.Changes(old.ID, oplog.Filter{}); len(got) != 1 {
		t.Fatalf("read again: %d operations, want 1", len(got))
	}
	if again.Identity().Name != "Sato" {
		t.Fatalf("identity read again: %+v", again.Identity())
	}
	if snapshot(s) != before {
		t.Fatal("reading the log again wrote something")
	}
}

// Every save records the difference as operations by the person named on
// the browser; a later change of name applies to later operations.
func TestOpsRecordEdits(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	inc := a.Create("Phishing")
	a.settle()
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Org.Name = "Sample Co." })
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Org.Name = "Sample K.K." })

	done, called := must(t, "SetIdentity")
	a.SetIdentity(desk.Identity{Name: "Suzuki", Role: "Legal"}, done)
	a.loop.Run()
	called()
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Title = "Phishing at HQ" })

	h := a.History(inc.ID, "org.name")
	if len(h) != 3 {
		t.Fatalf("org.name history has %d entries, want 3 (created, two edits): %+v", len(h), h)
	}
	if oplog.Display(h[2].From) != "Sample Co." || oplog.Display(h[2].To) != "Sample K.K." || h[2].Author != "Sato" {
		t.Fatalf("last change of org.name %+v", h[2])
	}
	if got := a.Changes(inc.ID, oplog.Filter{Author: "Suzuki"}); len(got) != 1 || got[0].Path != "title" {
		t.Fatalf("Suzuki's changes %+v", got)
	}
	if got := a.Authors(inc.ID); strings.Join(got, ",") != "Sato,Suzuki" {
		t.Fatalf("authors %v", got)
	}
	// What is stored is the log: a new desk on the store reads the same.
	b := newPerson(t, a.store, a.key, "", "")
	if got, want := len(b.Changes(inc.ID, oplog.Filter{})), len(a.Changes(inc.ID, oplog.Filter{})); got != want {
		t.Fatalf("stored log has %d operations, want %d", got, want)
	}
	// Identity checks.
	for _, bad := range []desk.Identity{{Name: "  "}, {Name: "a\nb"}, {Name: strings.Repeat("x", 201)}} {
		var err error
		a.SetIdentity(bad, func(e error) { err = e })
		a.loop.Run()
		if err == nil {
			t.Errorf("identity %q accepted", bad.Name)
		}
	}
}

// Two people edit one incident on two browsers: different fields merge, the
// same field changed on both sides is one conflict shown with both sides;
// exchanged in either order, both end with the same facts; B settles it and
// A, given B's packet, has the same facts and no conflict.
func TestOpsTwoPeopleMerge(t *testing.T) {
	const pass = "correct horse battery staple"
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	inc := a.Create("Phishing")
	a.settle()
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Org.Name = "Sample Co." })
	id := inc.ID

	b := newPerson(t, desk.NewMemStore(), nil, "Tanaka", "CISO")
	r := b.receive(t, a.share(t, id, pass), pass)
	if r.Err != nil || !r.New || r.ID != id || r.Added == 0 {
		t.Fatalf("first packet: %+v", r)
	}
	if facts(t, b.Get(id)) != facts(t, a.Get(id)) {
		t.Fatal("B's incident is not A's")
	}

	// Offline, A and B edit: different fields, and both the title.
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Sample K.K."; inc.Title = "Phishing (A)" })
	b.edit(t, id, func(inc *incident.Incident) {
		inc.Cause.Description = "mail from a lookalike domain"
		inc.Title = "Phishing (B)"
	})

	fromA, fromB := a.share(t, id, pass), b.share(t, id, pass)
	if r := a.receive(t, fromB, pass); r.Err != nil || r.Conflicts != 1 {
		t.Fatalf("A merges B: %+v", r)
	}
	if r := b.receive(t, fromA, pass); r.Err != nil || r.Conflicts != 1 {
		t.Fatalf("B merges A: %+v", r)
	}
	if facts(t, a.Get(id)) != facts(t, b.Get(id)) {
		t.Fatalf("after both orders the facts differ:\nA %s\nB %s", facts(t, a.Get(id)), facts(t, b.Get(id)))
	}
	got := b.Get(id)
	if got.Org.Name != "Sample K.K." || got.Cause.Description != "mail from a lookalike domain" {
		t.Fatalf("different fields did not both apply: %q, %q", got.Org.Name, got.Cause.Description)
	}
	cs := b.Conflicts(id)
	if len(cs) != 1 || cs[0].Path != "title" || len(cs[0].Sides) != 2 {
		t.Fatalf("conflicts %+v, want one at title with two sides", cs)
	}
	sides := map[string]string{}
	theirs := -1
	for i, sd := range cs[0].Sides {
		sides[sd.Author] = oplog.Display(sd.Value)
		if sd.Device != b.Device() {
			theirs = i
		}
	}
	if sides["Sato"] != "Phishing (A)" || sides["Tanaka"] != "Phishing (B)" {
		t.Fatalf("sides %v", sides)
	}

	// The same packet again changes nothing.
	before := snapshot(b.store)
	if r := b.receive(t, fromA, pass); r.Err != nil || r.Added != 0 {
		t.Fatalf("the same packet twice: %+v", r)
	}
	if snapshot(b.store) != before {
		t.Fatal("the same packet twice changed the store")
	}

	// B takes A's title.
	done, called := must(t, "SettleConflict")
	b.SettleConflict(id, "title", desk.Settle{Take: theirs}, done)
	b.settle()
	called()
	if len(b.Conflicts(id)) != 0 || b.Get(id).Title != "Phishing (A)" {
		t.Fatalf("after settling: %d conflicts, title %q", len(b.Conflicts(id)), b.Get(id).Title)
	}
	if r := a.receive(t, b.share(t, id, pass), pass); r.Err != nil || r.Conflicts != 0 {
		t.Fatalf("A merges the settlement: %+v", r)
	}
	if facts(t, a.Get(id)) != facts(t, b.Get(id)) || len(a.Conflicts(id)) != 0 {
		t.Fatal("A and B differ after the settlement")
	}
	if got := a.Authors(id); strings.Join(got, ",") != "Sato,Tanaka" {
		t.Fatalf("authors on A %v", got)
	}
	// And a new value settles a fresh conflict on both sides once shared.
	a.edit(t, id, func(inc *incident.Incident) { inc.Title = "A2" })
	b.edit(t, id, func(inc *incident.Incident) { inc.Title = "B2" })
	b.receive(t, a.share(t, id, pass), pass)
	v, _ := oplog.Value("Phishing at HQ")
	done, called = must(t, "SettleConflict new value")
	b.SettleConflict(id, "title", desk.Settle{New: true, Value: v}, done)
	b.settle()
	called()
	a.receive(t, b.share(t, id, pass), pass)
	if a.Get(id).Title != "Phishing at HQ" || len(a.Conflicts(id)) != 0 || facts(t, a.Get(id)) != facts(t, b.Get(id)) {
		t.Fatalf("new value: A has %q, %d conflicts", a.Get(id).Title, len(a.Conflicts(id)))
	}
}

// A wrong passphrase, and a packet tampered with, truncated, reordered or
// replayed, are refused with an error naming the problem, and nothing
// changes.
func TestOpsRefusedPackets(t *testing.T) {
	const pass = "correct horse battery staple"
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	inc := a.Create("Phishing")
	a.settle()
	id := inc.ID
	b := newPerson(t, desk.NewMemStore(), nil, "Tanaka", "CISO")
	b.receive(t, a.share(t, id, pass), pass)
	for i := range 3 {
		a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Sample " + string(rune('A'+i)) })
	}
	sealed := a.share(t, id, pass)
	before := snapshot(b.store)
	beforeFacts := facts(t, b.Get(id))
	unchanged := func(what string) {
		t.Helper()
		if snapshot(b.store) != before || facts(t, b.Get(id)) != beforeFacts {
			t.Fatalf("%s changed something", what)
		}
	}

	if r := b.receive(t, sealed, "wrong passphrase"); !errors.Is(r.Err, vault.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", r.Err)
	}
	unchanged("a wrong passphrase")

	plain := a.plainPacket(t, id)
	lines := strings.Split(string(plain), "\n")
	var opLines []int
	for i, l := range lines {
		if strings.HasPrefix(l, "{\"path\"") || strings.HasPrefix(l, "{\"kind\"") {
			opLines = append(opLines, i)
		}
	}
	if len(opLines) < 4 {
		t.Fatalf("packet has %d operation lines:\n%s", len(opLines), plain)
	}
	swap := func(i, j int) string {
		c := append([]string(nil), lines...)
		li, lj := strings.TrimSuffix(c[i], ","), strings.TrimSuffix(c[j], ",")
		c[i] = strings.Replace(c[i], li, lj, 1)
		c[j] = strings.Replace(c[j], lj, li, 1)
		return strings.Join(c, "\n")
	}
	last := opLines[len(opLines)-1]
	cases := []struct {
		name string
		file string
		want oplog.Code
	}{
		{"tampered", strings.Replace(string(plain), "Sample B", "Sample X", 1), oplog.CodeHash},
		{"truncated", string(plain[:len(plain)*2/3]), oplog.CodeTruncated},
		{"reordered", swap(opLines[len(opLines)-2], opLines[len(opLines)-3]), oplog.CodeReordered},
		{"replayed", strings.Replace(string(plain), lines[last], lines[opLines[len(opLines)-2]]+"\n"+lines[last], 1), oplog.CodeReplayed},
	}
	for _, c := range cases {
		r := b.receive(t, []byte(c.file), "")
		var pe *oplog.Error
		if !errors.As(r.Err, &pe) {
			t.Fatalf("%s: %v, want an *oplog.Error", c.name, r.Err)
		}
		if pe.Code != c.want {
			t.Errorf("%s: %s (%s), want %s", c.name, pe.Code, pe.Text("en"), c.want)
		}
		if pe.Text("en") == "" || pe.Text("ja") == "" {
			t.Errorf("%s: no message", c.name)
		}
		unchanged(c.name)
	}
	// The packet as written is taken.
	if r := b.receive(t, plain, ""); r.Err != nil || r.Added != 3 {
		t.Fatalf("the packet itself: %+v", r)
	}
}

// On a protected desk the log and the identity are sealed as the incidents
// are, and a lock drops them from memory.
func TestOpsSealedOnProtectedDesk(t *testing.T) {
	const marker = "MarkerOrgName"
	s := desk.NewMemStore()
	a := newPerson(t, s, nil, "", "")
	done, called := must(t, "Protect")
	a.Protect("a long enough passphrase 1", vault.DefaultIdleTimeout, done)
	a.settle()
	called()
	done, called = must(t, "SetIdentity")
	a.SetIdentity(desk.Identity{Name: "SatoMarker", Role: "DPO"}, done)
	a.settle()
	called()
	inc := a.Create("Phishing")
	a.settle()
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Org.Name = marker })
	for _, w := range plainWritten(s, marker) {
		t.Errorf("written in clear: %s", w)
	}
	for _, w := range plainWritten(s, "SatoMarker") {
		t.Errorf("the name written in clear: %s", w)
	}
	if n := countLogs(s); n != 1 {
		t.Fatalf("%d log records", n)
	}
	a.Lock()
	a.settle()
	if len(a.Changes(inc.ID, oplog.Filter{})) != 0 || len(a.History(inc.ID, "org.name")) != 0 {
		t.Fatal("the log is in memory while locked")
	}
	var uerr error
	a.Unlock("a long enough passphrase 1", func(err error, _ time.Duration) { uerr = err })
	a.settle()
	if uerr != nil {
		t.Fatal(uerr)
	}
	if h := a.History(inc.ID, "org.name"); len(h) == 0 || oplog.Display(h[len(h)-1].To) != marker || h[len(h)-1].Author != "SatoMarker" {
		t.Fatalf("after unlock: %+v", h)
	}
}

func countLogs(s *desk.MemStore) int {
	n := 0
	for k := range s.Raw("incidents") {
		if strings.HasPrefix(k, "\x1flog:") {
			n++
		}
	}
	return n
}

// A tab that reads an incident again as another tab stored it takes that
// tab's change log too, and records its own edits after them: one chain for
// the device, which a receiver takes.
func TestOpsReloadTakesTheOtherTabsLog(t *testing.T) {
	s := desk.NewMemStore()
	hub := &desk.TabHub{}
	k := newKey(t)
	one := &person{tab: newTab(t, s, hub), store: s, key: k}
	one.SetDevice(k)
	inc := one.Create("Phishing")
	one.settle()
	id := inc.ID
	two := &person{tab: newTab(t, s, hub), store: s, key: k}
	two.SetDevice(k)
	two.settle()
	one.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "from tab one" })
	b := newPerson(t, desk.NewMemStore(), nil, "Tanaka", "")
	if r := b.receive(t, one.share(t, id, "pass phrase for b"), "pass phrase for b"); r.Err != nil {
		t.Fatal(r.Err)
	}
	two.Reload(id)
	two.settle()
	if two.Get(id).Org.Name != "from tab one" {
		t.Fatal("tab two did not read tab one's edit")
	}
	two.edit(t, id, func(inc *incident.Incident) { inc.Title = "from tab two" })
	h := two.History(id, "org.name")
	if len(h) == 0 || oplog.Display(h[len(h)-1].To) != "from tab one" {
		t.Fatalf("tab two's log lacks tab one's change: %+v", h)
	}
	if r := b.receive(t, two.share(t, id, "pass phrase for b"), "pass phrase for b"); r.Err != nil {
		t.Fatalf("the log of two tabs is refused: %v", r.Err)
	}
	if b.Get(id).Title != "from tab two" || b.Get(id).Org.Name != "from tab one" {
		t.Fatal("B lacks a tab's edit")
	}
}

// A long log is written within LogWriteDelay of an edit, and at once
// before a packet of it is handed out: what another browser holds is
// stored here.
func TestOpsShareWritesTheLogFirst(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "")
	inc := a.Create("Phishing")
	a.settle()
	id := inc.ID
	a.edit(t, id, func(inc *incident.Incident) {
		for i := range desk.LazyLogOps {
			inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("e%d", i), Kind: incident.EvOther, At: t0.Add(time.Duration(i) * time.Minute)})
		}
	})
	before := len(a.Changes(id, oplog.Filter{}))
	if before < desk.LazyLogOps {
		t.Fatalf("the log has %d operations", before)
	}
	a.Edit(id, func(inc *incident.Incident) { inc.Title = "Phishing at HQ" })
	a.settle()
	if !a.Recorded(id) {
		t.Fatal("not recorded")
	}
	storedOps := func() int {
		p, err := oplog.DecodePacket(a.store.Raw("incidents")["\x1flog:"+id])
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Ops)
	}
	if n := storedOps(); n != before {
		t.Fatalf("the log stored %d operations before its delay, want %d (the last edit waits)", n, before)
	}
	a.share(t, id, "pass phrase for b")
	if n, want := storedOps(), len(a.Changes(id, oplog.Filter{})); n != want {
		t.Fatalf("the log stored when shared has %d operations, want %d", n, want)
	}
}

// A packet for one peer holds only what it has not shown it has: B, having
// shown A (by a change of its own) that it has A's first changes, gets only
// A's later ones, and ends with A's facts; the same packet given to a third
// browser that has nothing is refused, naming what is missing, and changes
// nothing there.
func TestOpsSharePacketForPeer(t *testing.T) {
	const pass = "correct horse battery staple"
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	inc := a.Create("Phishing")
	a.settle()
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Org.Name = "Sample Co." })
	id := inc.ID
	b := newPerson(t, desk.NewMemStore(), nil, "Tanaka", "CISO")
	if r := b.receive(t, a.share(t, id, pass), pass); r.Err != nil {
		t.Fatal(r.Err)
	}
	if got := a.Peers(id); len(got) != 0 {
		t.Fatalf("peers before B changed anything: %+v", got)
	}
	b.edit(t, id, func(inc *incident.Incident) { inc.Cause.Description = "lookalike domain" })
	if r := a.receive(t, b.share(t, id, pass), pass); r.Err != nil || r.Added != 1 {
		t.Fatalf("A merges B: %+v", r)
	}
	a.edit(t, id, func(inc *incident.Incident) { inc.Title = "Phishing at HQ" })
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Sample K.K." })

	peers := a.Peers(id)
	if len(peers) != 1 || peers[0].Device != b.Device() || peers[0].Author != "Tanaka" || peers[0].Role != "CISO" || peers[0].Lacks != 2 {
		t.Fatalf("peers %+v, want Tanaka lacking A's 2 last changes", peers)
	}
	var forB []byte
	a.SharePacketFor(id, b.Device(), pass, func(_ string, data []byte, err error) {
		if err != nil {
			t.Fatal(err)
		}
		forB = data
	})
	a.settle()
	if whole := a.share(t, id, pass); len(forB) == 0 || len(forB) >= len(whole) {
		t.Fatalf("the packet for B is %d bytes, the whole log %d", len(forB), len(whole))
	}
	if r := b.receive(t, forB, pass); r.Err != nil || r.Added != 2 {
		t.Fatalf("B merges what it lacks: %+v", r)
	}
	if facts(t, b.Get(id)) != facts(t, a.Get(id)) {
		t.Fatal("B's facts are not A's")
	}

	c := newPerson(t, desk.NewMemStore(), nil, "Suzuki", "PR")
	before := snapshot(c.store)
	r := c.receive(t, forB, pass)
	var oe *oplog.Error
	if !errors.As(r.Err, &oe) || oe.Code != oplog.CodeMissingSeen && oe.Code != oplog.CodeGap {
		t.Fatalf("a packet for B given to C: %+v", r)
	}
	if snapshot(c.store) != before || c.Get(id) != nil {
		t.Fatal("the refused packet changed C's store")
	}
}
