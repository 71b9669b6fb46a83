//go:build soak

package desk_test

// The soak (make soak, issue 15): the desk's promises checked over many
// random trials, natively, against the real desk with an in-memory store
// that fails as a browser's does. Each test logs one FIGURE line, which the
// README's table of safety figures quotes. The number of trials of each
// comes from an environment variable (SOAK_QUOTA, SOAK_PASSPHRASE,
// SOAK_TABS, SOAK_IMPORT), for a quick run.

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// soakTrials is the number of trials named by the environment variable env,
// def by default.
func soakTrials(t *testing.T, env string, def int) int {
	t.Helper()
	v := os.Getenv(env)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number of trials", env, v)
	}
	return n
}

// quotaStore is a MemStore whose writes fail as a full storage's do
// (ErrFull, nothing written) from a random write on, for a random number of
// writes: the space runs out in the middle of a save, between the records
// of one save, or during a page-hide write.
type quotaStore struct {
	*desk.MemStore
	mu      sync.Mutex
	rng     *rand.Rand
	chance  float64 // of the space running out at a write
	fullFor int     // writes still refused
	refused int
	ended   bool // the space is back for good
}

func (s *quotaStore) refuse() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return false
	}
	if s.fullFor == 0 && s.rng.Float64() < s.chance {
		s.fullFor = 1 + s.rng.IntN(12)
	}
	if s.fullFor > 0 {
		s.fullFor--
		s.refused++
		return true
	}
	return false
}

func (s *quotaStore) Put(id string, data []byte) error {
	if s.refuse() {
		return desk.ErrFull
	}
	return s.MemStore.Put(id, data)
}

func (s *quotaStore) PutNoWait(id string, data []byte) error {
	if s.refuse() {
		return desk.ErrFull
	}
	return s.MemStore.PutNoWait(id, data)
}

func (s *quotaStore) PutSetting(name string, data []byte) error {
	if s.refuse() {
		return desk.ErrFull
	}
	return s.MemStore.PutSetting(name, data)
}

func (s *quotaStore) PutSettingNoWait(name string, data []byte) error {
	if s.refuse() {
		return desk.ErrFull
	}
	return s.MemStore.PutSettingNoWait(name, data)
}

func (s *quotaStore) Apply(b desk.Batch) error {
	if len(b.Incidents)+len(b.Settings)+len(b.Meta) > 0 && s.refuse() {
		return desk.ErrFull
	}
	return s.MemStore.Apply(b)
}

// The storage fills up at random points during saves: every edit is kept in
// memory meanwhile and all are written once space is back, on a plain and
// on a protected desk. An edit is a word appended to an incident's summary,
// a step's note or an unsubmitted timeline note; lost = a word not in the
// stored record after the space came back.
func TestSoakQuotaDuringSave(t *testing.T) {
	trials := soakTrials(t, "SOAK_QUOTA", 200)
	var edits, lost, refused, protected, locks int
	for trial := range trials {
		rng := rand.New(rand.NewPCG(uint64(trial), 15))
		s := &quotaStore{MemStore: desk.NewMemStore(), rng: rng, chance: 0.05 + 0.3*rng.Float64()}
		tb := newTab(t, s, nil)
		pass := ""
		var ids []string
		for i := range 1 + rng.IntN(4) {
			ids = append(ids, tb.Create(fmt.Sprintf("quota %d/%d", trial, i)).ID)
		}
		tb.settle()
		if trial%2 == 1 {
			s.mu.Lock()
			s.ended = true // protecting is refused on a full storage; this trial is about saves
			s.mu.Unlock()
			pass = passA
			protect(t, tb, pass, 0)
			s.mu.Lock()
			s.ended = false
			s.mu.Unlock()
			protected++
		}
		want := map[string][]string{} // id → the words typed into it, by field
		for step := range 60 + rng.IntN(60) {
			id := ids[rng.IntN(len(ids))]
			word := fmt.Sprintf(" w%d", step)
			field := rng.IntN(3)
			tb.EditQuietly(id, func(inc *incident.Incident) {
				switch field {
				case 0:
					inc.Story.Summary += word
				case 1:
					inc.Notes += word
				default:
					desk.SetUnsubmitted(inc, "timeline.add.note", inc.Unsubmitted["timeline.add.note"]+word)
				}
			})
			want[id] = append(want[id], strconv.Itoa(field)+word)
			edits++
			switch rng.IntN(8) {
			case 0:
				tb.PageHide(rng.IntN(2) == 0) // hidden or left, and the page lives on
			case 1:
				tb.loop.Advance(desk.TickEvery)
			case 2:
				if pass != "" { // the idle lock, and the user back a moment later
					tb.Lock()
					tb.loop.Run()
					locks++
					if err := unlock(t, tb, pass); err != nil {
						t.Fatalf("trial %d: unlock: %v", trial, err)
					}
				}
			}
			tb.loop.Advance(time.Duration(rng.IntN(600)) * time.Millisecond)
		}
		// The space is back: within two ticks everything is written.
		s.mu.Lock()
		s.ended = true
		refused += s.refused
		s.mu.Unlock()
		tb.loop.Advance(2 * desk.TickEvery)
		if st := tb.Status(); st.Full || st.Saving || st.SaveErr != nil {
			t.Errorf("trial %d: after the space came back the desk says full=%v saving=%v err=%v", trial, st.Full, st.Saving, st.SaveErr)
		}
		for _, id := range ids {
			got := stored(t, s.MemStore, id, pass)
			mem := tb.Get(id)
			for _, w := range want[id] {
				field, word := w[:1], w[1:]
				in := map[string]string{"0": got.Story.Summary, "1": got.Notes, "2": got.Unsubmitted["timeline.add.note"]}[field]
				if !strings.Contains(in+" ", word+" ") {
					lost++
					t.Errorf("trial %d: %q (field %s) typed into %s is not stored", trial, word, field, id)
				}
			}
			if a, b := encode(t, got), encode(t, mem); a != b {
				t.Errorf("trial %d: the stored record of %s differs from memory", trial, id)
			}
		}
	}
	t.Logf("FIGURE storage full at random points during saves: %d trials (%d protected, with %d locks and unlocks among the edits), %d edits, %d writes refused for lack of space, %d edits lost after the space came back",
		trials, protected, locks, edits, refused, lost)
}

func encode(t *testing.T, inc *incident.Incident) string {
	t.Helper()
	b, err := incident.Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// killStore is a MemStore that the test kills at its k-th call: what it
// holds then is kept (the disk at the instant of the kill), and every later
// call fails and changes nothing (the process is gone). calls counts them.
type killStore struct {
	*desk.MemStore
	mu    sync.Mutex
	calls int
	at    int // the call that dies; 0: never
	mark  int // the calls made before the change of passphrase began
	disk  *desk.MemStore
}

var errKilled = fmt.Errorf("soak: the browser was killed")

// alive counts a call and reports whether it may run.
func (s *killStore) alive() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.disk != nil {
		return false
	}
	s.calls++
	if s.at > 0 && s.calls >= s.at {
		s.disk = desk.NewMemStore()
		for _, part := range []string{"incidents", "settings", "meta"} {
			for k, v := range s.MemStore.Raw(part) {
				s.disk.Set(part, k, v)
			}
		}
		return false
	}
	return true
}

func (s *killStore) List() ([]desk.Record, error) {
	if !s.alive() {
		return nil, errKilled
	}
	return s.MemStore.List()
}

func (s *killStore) Get(id string) ([]byte, error) {
	if !s.alive() {
		return nil, errKilled
	}
	return s.MemStore.Get(id)
}

func (s *killStore) Put(id string, data []byte) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.Put(id, data)
}

func (s *killStore) PutNoWait(id string, data []byte) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.PutNoWait(id, data)
}

func (s *killStore) Delete(id string) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.Delete(id)
}

func (s *killStore) Apply(b desk.Batch) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.Apply(b)
}

func (s *killStore) Setting(name string) ([]byte, error) {
	if !s.alive() {
		return nil, errKilled
	}
	return s.MemStore.Setting(name)
}

func (s *killStore) PutSetting(name string, data []byte) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.PutSetting(name, data)
}

func (s *killStore) PutSettingNoWait(name string, data []byte) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.PutSettingNoWait(name, data)
}

func (s *killStore) Meta(name string) ([]byte, error) {
	if !s.alive() {
		return nil, errKilled
	}
	return s.MemStore.Meta(name)
}

func (s *killStore) PutMeta(name string, data []byte) error {
	if !s.alive() {
		return errKilled
	}
	return s.MemStore.PutMeta(name, data)
}

// passChangeRun is one change of passphrase on a protected desk with
// typing before and during it, on s; it returns the ids and the words
// typed into each summary.
func passChangeRun(t *testing.T, s *killStore, seed uint64) ([]string, map[string]string) {
	rng := rand.New(rand.NewPCG(seed, 50))
	tb := newTab(t, s, nil)
	var ids []string
	typed := map[string]string{}
	for i := range 1 + rng.IntN(6) {
		inc := tb.Create(fmt.Sprintf("passphrase %d", i))
		ids = append(ids, inc.ID)
	}
	r, _ := tb.Readiness()
	r.OrgName = "Soak Org"
	tb.SaveReadiness(r)
	tb.settle()
	protect(t, tb, passA, 0)
	tb.settle()
	typeSome := func(n int) {
		for range n {
			id := ids[rng.IntN(len(ids))]
			w := fmt.Sprintf(" w%d", rng.IntN(1000))
			tb.EditQuietly(id, func(inc *incident.Incident) { inc.Story.Summary += w })
			typed[id] += w
			tb.loop.Advance(time.Duration(rng.IntN(300)) * time.Millisecond)
		}
	}
	typeSome(rng.IntN(8))
	finished := false
	s.mu.Lock()
	s.mark = s.calls
	s.mu.Unlock()
	tb.ChangePassphrase(passA, passB, func(err error) { finished = true })
	typeSome(rng.IntN(8))
	tb.loop.Advance(2 * desk.SaveDelay)
	if !finished && s.disk == nil {
		t.Fatalf("seed %d: the change of passphrase never finished", seed)
	}
	return ids, typed
}

// A change of passphrase killed at 50 random instants (a random call to the
// store: the browser dies before it, and nothing after it runs): the store
// always opens with exactly one of the two passphrases, every record and
// the readiness checklist open with it, and every stored summary is a
// beginning of what was typed.
func TestSoakPassphraseChangeKilled(t *testing.T) {
	trials := soakTrials(t, "SOAK_PASSPHRASE", 50)
	opened := map[string]int{}
	for trial := range trials {
		seed := uint64(trial)
		// A run to the end counts the store's calls; the kill comes at a
		// random one of them in a run of the same seed.
		full := &killStore{MemStore: desk.NewMemStore()}
		passChangeRun(t, full, seed)
		rng := rand.New(rand.NewPCG(seed, 51))
		s := &killStore{MemStore: desk.NewMemStore(), at: full.mark + 1 + rng.IntN(full.calls-full.mark)}
		ids, typed := passChangeRun(t, s, seed)
		disk := s.disk
		if disk == nil {
			t.Fatalf("trial %d: the kill at call %d of %d never came", trial, s.at, full.calls)
		}
		// The browser starts again on what the disk holds.
		var with []string
		for _, pass := range []string{passA, passB} {
			tb := newTab(t, disk, nil)
			if !tb.Locked() {
				t.Fatalf("trial %d (killed at call %d of %d): the store opens without a passphrase", trial, s.at, full.calls)
			}
			if unlock(t, tb, pass) != nil {
				continue
			}
			with = append(with, pass)
			if u := tb.Status().Unreadable; len(u) > 0 {
				t.Errorf("trial %d (killed at call %d of %d): records that do not open: %v", trial, s.at, full.calls, u)
			}
			if r, st := tb.Readiness(); st.Err != nil || r.OrgName != "Soak Org" {
				t.Errorf("trial %d: the readiness checklist reads %q, %v", trial, r.OrgName, st.Err)
			}
			for _, id := range ids {
				inc := tb.Get(id)
				if inc == nil {
					t.Errorf("trial %d: incident %s is gone", trial, id)
					continue
				}
				if !strings.HasPrefix(typed[id], inc.Story.Summary) {
					t.Errorf("trial %d: %s reads %q, not a beginning of the typed %q", trial, id, inc.Story.Summary, typed[id])
				}
			}
		}
		if len(with) != 1 {
			t.Errorf("trial %d (killed at call %d of %d): the store opens with %d of the two passphrases", trial, s.at, full.calls, len(with))
			continue
		}
		opened[with[0]]++
	}
	t.Logf("FIGURE passphrase change killed at random instants: %d kills, the store opened with exactly one passphrase every time (the old one %d times, the new one %d times), every record and the checklist opened",
		trials, opened[passA], opened[passB])
}

// Two tabs (or windows: the same to the desk) edit the same incident at
// random: words appended to the summary, the notes or an unsubmitted note,
// saves, page hides, and, when a tab shows that the other changed the
// incident (Changed), the user's choice at random: reload it, keep mine, or
// go on typing. No edit is silently lost: each word missing from the final
// record was typed in a tab that showed the other tab's change after it was
// typed. At the end both tabs, reloaded, hold what is stored.
func TestSoakTwoTabs(t *testing.T) {
	trials := soakTrials(t, "SOAK_TABS", 200)
	var words, kept, shownLost, silent, conflicts int
	for trial := range trials {
		rng := rand.New(rand.NewPCG(uint64(trial), 2))
		s := desk.NewMemStore()
		hub := &desk.TabHub{}
		tabs := []*tab{newTab(t, s, hub), newTab(t, s, hub)}
		id := tabs[0].Create("two tabs").ID
		tabs[0].settle()
		tabs[1].Reload(id)
		tabs[1].loop.Run()
		if tabs[1].Get(id) == nil {
			t.Fatal("the second tab does not see the incident")
		}
		type typedWord struct {
			tab, field, step int
			word             string
		}
		var typed []typedWord
		shown := [2]int{-1, -1} // the last step at which each tab showed the other's change
		look := func(step int) {
			for i, tb := range tabs {
				for _, c := range tb.Changed() {
					if c == id {
						shown[i] = step
					}
				}
			}
		}
		steps := 100 + rng.IntN(200)
		for step := range steps {
			i := rng.IntN(2)
			tb := tabs[i]
			switch r := rng.IntN(20); {
			case r < 12:
				w := fmt.Sprintf(" t%ds%d", i, step)
				f := rng.IntN(3)
				tb.EditQuietly(id, func(inc *incident.Incident) {
					switch f {
					case 0:
						inc.Story.Summary += w
					case 1:
						inc.Notes += w
					default:
						desk.SetUnsubmitted(inc, "timeline.add.note", inc.Unsubmitted["timeline.add.note"]+w)
					}
				})
				typed = append(typed, typedWord{tab: i, field: f, step: step, word: w})
			case r < 14 && tb.Conflict(id) != "":
				conflicts++
				if rng.IntN(2) == 0 {
					tb.Reload(id)
				} else {
					tb.KeepMine(id)
				}
			case r < 15 && len(tb.Changed()) > 0 && tb.Conflict(id) == "":
				tb.Reload(id)
			case r < 16:
				tb.PageHide(false)
			}
			tb.loop.Advance(time.Duration(rng.IntN(500)) * time.Millisecond)
			look(step)
		}
		// Both tabs settle; a tab still in conflict keeps its version (the
		// user's choice shown to the other).
		for round := 0; round < 4; round++ {
			for _, tb := range tabs {
				if tb.Conflict(id) != "" {
					tb.KeepMine(id)
				}
				tb.loop.Advance(desk.SaveDelay)
			}
			look(steps + round)
		}
		final := stored(t, s, id, "")
		for _, w := range typed {
			in := []string{final.Story.Summary, final.Notes, final.Unsubmitted["timeline.add.note"]}[w.field]
			words++
			switch {
			case strings.Contains(in+" ", w.word+" "):
				kept++
			case shown[w.tab] >= w.step:
				shownLost++
			default:
				silent++
				t.Errorf("trial %d: %q typed in tab %d at step %d is lost and that tab never showed the other's change after it", trial, w.word, w.tab, w.step)
			}
		}
		for i, tb := range tabs {
			tb.Reload(id)
			tb.loop.Run()
			if encode(t, tb.Get(id)) != encode(t, final) {
				t.Errorf("trial %d: tab %d, reloaded, differs from the stored record", trial, i)
			}
		}
	}
	t.Logf("FIGURE two tabs editing one incident at random: %d trials, %d words typed, %d stored, %d dropped after the tab showed the other's change (%d conflicts resolved by the user), %d silently lost",
		trials, words, kept, shownLost, conflicts, silent)
}
