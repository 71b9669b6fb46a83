package vault_test

import (
	"testing"
	"time"

	"breachdesk/app/vault"
)

func TestLock(t *testing.T) {
	t0 := time.Date(2026, 11, 22, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))
	l, err := vault.NewLock(true, 10*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if l.State() != vault.Locked || l.Remaining(t0) != -1 || l.Tick(t0) {
		t.Fatalf("start: %v %v", l.State(), l.Remaining(t0))
	}
	l.Unlocked(t0)
	steps := []struct {
		at        time.Duration
		touch     bool
		remaining time.Duration
		locks     bool
		state     vault.State
	}{
		{5 * time.Minute, false, 5 * time.Minute, false, vault.Unlocked},
		{6 * time.Minute, true, 10 * time.Minute, false, vault.Unlocked},
		{15 * time.Minute, false, time.Minute, false, vault.Unlocked},
		{16 * time.Minute, false, 0, true, vault.Locked},
		{17 * time.Minute, false, -1, false, vault.Locked},
	}
	for _, s := range steps {
		now := t0.Add(s.at)
		if s.touch {
			l.Touch(now)
		}
		if r := l.Remaining(now); r != s.remaining {
			t.Fatalf("at %v: remaining %v, want %v", s.at, r, s.remaining)
		}
		if got := l.Tick(now); got != s.locks || l.State() != s.state {
			t.Fatalf("at %v: Tick %v state %v, want %v %v", s.at, got, l.State(), s.locks, s.state)
		}
	}
	l.Touch(t0.Add(time.Hour)) // touching a locked device does not unlock it
	if l.State() != vault.Locked {
		t.Fatal("touch unlocked")
	}
	l.Unlocked(t0)
	l.Lock()
	if l.State() != vault.Locked {
		t.Fatal("Lock")
	}
}

func TestLockNeverAndUnprotected(t *testing.T) {
	t0 := time.Unix(0, 0)
	l, _ := vault.NewLock(true, 0)
	l.Unlocked(t0)
	if l.Tick(t0.Add(1000*time.Hour)) || l.State() != vault.Unlocked {
		t.Fatal("idle 0 locked")
	}
	u, _ := vault.NewLock(false, vault.DefaultIdleTimeout)
	u.Lock()
	if u.State() != vault.Unprotected || u.Tick(t0.Add(time.Hour)) {
		t.Fatal("an unprotected device locked")
	}
	if vault.Unlocked.String() != "unlocked" {
		t.Fatal(vault.Unlocked.String())
	}
}

func TestIdleTimeoutLimits(t *testing.T) {
	for d, ok := range map[time.Duration]bool{0: true, time.Minute: true, 12 * time.Hour: true,
		59 * time.Second: false, 13 * time.Hour: false, -time.Minute: false} {
		if err := vault.ValidateIdleTimeout(d); (err == nil) != ok {
			t.Errorf("%v: %v", d, err)
		}
		if _, err := vault.NewLock(true, d); (err == nil) != ok {
			t.Errorf("NewLock %v: %v", d, err)
		}
	}
	l, _ := vault.NewLock(false, 0)
	if err := l.SetIdleTimeout(time.Second); err == nil || l.IdleTimeout() != 0 {
		t.Fatal("SetIdleTimeout accepted 1s")
	}
}
