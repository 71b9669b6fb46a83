package rules

import (
	"fmt"
	"time"
)

// Open is the effective_until value of a rule that has no end date.
const Open = "open"

// Date is a calendar date "YYYY-MM-DD" (or Open for an end date). ISO dates
// compare correctly as strings.
type Date string

// DateOf is the calendar date of t in t's own location.
func DateOf(t time.Time) Date { return Date(t.Format(time.DateOnly)) }

func (d Date) check(allowOpen bool) error {
	if allowOpen && d == Open {
		return nil
	}
	if d == "" {
		return fmt.Errorf("missing date")
	}
	if _, err := time.Parse(time.DateOnly, string(d)); err != nil {
		return fmt.Errorf("%q is not a date YYYY-MM-DD", string(d))
	}
	return nil
}

// Effective is the period in which a rule applies, both ends included.
type Effective struct {
	From  Date `json:"effective_from"`
	Until Date `json:"effective_until"`
}

// InForce reports whether the rule applies on day d.
func (e Effective) InForce(d Date) bool {
	return e.From <= d && (e.Until == Open || d <= e.Until)
}

func (e Effective) check() error {
	if err := e.From.check(false); err != nil {
		return fmt.Errorf("effective_from: %w", err)
	}
	if err := e.Until.check(true); err != nil {
		return fmt.Errorf("effective_until: %w (use %q for no end)", err, Open)
	}
	if e.Until != Open && e.Until < e.From {
		return fmt.Errorf("effective_until %s is before effective_from %s", e.Until, e.From)
	}
	return nil
}

func (e Effective) overlaps(o Effective) bool {
	endE, endO := e.Until, o.Until
	if endE == Open {
		endE = "9999-12-31"
	}
	if endO == Open {
		endO = "9999-12-31"
	}
	return e.From <= endO && o.From <= endE
}
