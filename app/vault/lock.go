package vault

import (
	"strconv"
	"time"
)

// State is whether the incidents on this device are protected and readable.
type State int

const (
	// Unprotected: no passphrase is set; records are stored in plain JSON.
	Unprotected State = iota
	// Locked: a passphrase is set and no key is in memory; nothing can be read.
	Locked
	// Unlocked: the key is in memory; it is dropped on Lock or after the idle time.
	Unlocked
)

func (s State) String() string {
	switch s {
	case Unprotected:
		return "unprotected"
	case Locked:
		return "locked"
	case Unlocked:
		return "unlocked"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// Idle lock limits: 0 means never lock on idle.
const (
	DefaultIdleTimeout = 15 * time.Minute
	MinIdleTimeout     = time.Minute
	MaxIdleTimeout     = 12 * time.Hour
)

// ValidateIdleTimeout checks an idle lock time: 0 (never) or within the limits.
func ValidateIdleTimeout(d time.Duration) error {
	if d == 0 || (d >= MinIdleTimeout && d <= MaxIdleTimeout) {
		return nil
	}
	return &Error{Field: "idleTimeout", Code: CodeIdleTimeout, Args: []string{d.String(), MinIdleTimeout.String(), MaxIdleTimeout.String()}}
}

// Lock is the lock state of a device: a state machine with the time of the last
// activity. Time is a parameter, never read from the clock here. The key itself
// lives with the caller (app/browser's CryptoKey), dropped whenever the state
// leaves Unlocked. Not safe for concurrent use.
type Lock struct {
	state State
	idle  time.Duration
	last  time.Time
}

// NewLock returns the state at start: Locked if protected, else Unprotected.
func NewLock(protected bool, idle time.Duration) (*Lock, error) {
	if err := ValidateIdleTimeout(idle); err != nil {
		return nil, err
	}
	l := &Lock{idle: idle}
	if protected {
		l.state = Locked
	}
	return l, nil
}

// State returns the state, without applying the idle time (see Tick).
func (l *Lock) State() State { return l.state }

// IdleTimeout returns the idle lock time (0: never).
func (l *Lock) IdleTimeout() time.Duration { return l.idle }

// SetIdleTimeout changes the idle lock time.
func (l *Lock) SetIdleTimeout(d time.Duration) error {
	if err := ValidateIdleTimeout(d); err != nil {
		return err
	}
	l.idle = d
	return nil
}

// Unlocked records a successful unlock (CheckKey passed) at now. It also
// turns an Unprotected device into a protected, unlocked one.
func (l *Lock) Unlocked(now time.Time) {
	l.state = Unlocked
	l.last = now
}

// Lock locks a protected device; an unprotected one stays as it is.
func (l *Lock) Lock() {
	if l.state == Unlocked {
		l.state = Locked
	}
}

// Unprotect records that the passphrase was removed (records stored plain).
func (l *Lock) Unprotect() { l.state = Unprotected }

// Touch records user activity at now (typing, clicking): it defers the idle lock.
func (l *Lock) Touch(now time.Time) {
	if l.state == Unlocked && now.After(l.last) {
		l.last = now
	}
}

// Remaining is how long until the idle lock, or -1 when none is pending.
func (l *Lock) Remaining(now time.Time) time.Duration {
	if l.state != Unlocked || l.idle == 0 {
		return -1
	}
	r := l.idle - now.Sub(l.last)
	if r < 0 {
		return 0
	}
	return r
}

// Tick applies the idle time at now: it locks and returns true when the device
// was unlocked and idle for the idle time or longer.
func (l *Lock) Tick(now time.Time) bool {
	if l.Remaining(now) != 0 {
		return false
	}
	l.state = Locked
	return true
}
