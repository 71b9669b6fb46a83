package rules

import (
	"fmt"
	"time"
)

// Calendar tells business days from weekends and holidays.
type Calendar struct {
	ID       string   `json:"id"`
	Name     Text     `json:"name"`
	Source   Citation `json:"source"`
	ReliedOn *Text    `json:"relied_on,omitempty"`
	// Base is the id of a calendar whose weekend, years and closed days this
	// one adds its own to (行政機関の休日: the national holidays and the
	// year-end closing of 29 December to 3 January).
	Base      string   `json:"base,omitempty"`
	Weekend   []string `json:"weekend"` // "Sat", "Sun"
	Annual    []Day    `json:"annual"`  // "MM-DD" closed every year
	FirstYear int      `json:"first_year"`
	LastYear  int      `json:"last_year"`
	Dates     []Day    `json:"dates"`

	weekend [7]bool
	closed  map[string]string // "YYYY-MM-DD" or "MM-DD" → name
}

// Day is one closed day.
type Day struct {
	Date string `json:"date"`
	Name string `json:"name"`
}

func (c *Calendar) index() error {
	c.closed = map[string]string{}
	for _, w := range c.Weekend {
		d, ok := weekday(w)
		if !ok {
			return fmt.Errorf("weekend: unknown day %q", w)
		}
		c.weekend[d] = true
	}
	for _, d := range c.Annual {
		if _, err := time.Parse("01-02", d.Date); err != nil {
			return fmt.Errorf("annual: %q is not MM-DD", d.Date)
		}
		c.closed[d.Date] = d.Name
	}
	for _, d := range c.Dates {
		t, err := time.Parse(time.DateOnly, d.Date)
		if err != nil {
			return fmt.Errorf("dates: %q is not YYYY-MM-DD", d.Date)
		}
		if t.Year() < c.FirstYear || t.Year() > c.LastYear {
			return fmt.Errorf("dates: %s is outside %d–%d", d.Date, c.FirstYear, c.LastYear)
		}
		c.closed[d.Date] = d.Name
	}
	return nil
}

// extend adds the weekend, the years and the closed days of base to c's
// own (a day c names keeps c's name).
func (c *Calendar) extend(base *Calendar) {
	for d, on := range base.weekend {
		c.weekend[d] = c.weekend[d] || on
	}
	if c.FirstYear == 0 && c.LastYear == 0 {
		c.FirstYear, c.LastYear = base.FirstYear, base.LastYear
	}
	for d, n := range base.closed {
		if _, ok := c.closed[d]; !ok {
			c.closed[d] = n
		}
	}
}

// weekday reads a day's three-letter English name.
func weekday(name string) (time.Weekday, bool) {
	switch name {
	case "Sun":
		return time.Sunday, true
	case "Mon":
		return time.Monday, true
	case "Tue":
		return time.Tuesday, true
	case "Wed":
		return time.Wednesday, true
	case "Thu":
		return time.Thursday, true
	case "Fri":
		return time.Friday, true
	case "Sat":
		return time.Saturday, true
	}
	return 0, false
}

// Covers reports whether the calendar lists the holidays of t's year.
func (c *Calendar) Covers(t time.Time) bool {
	return c == nil || t.Year() >= c.FirstYear && t.Year() <= c.LastYear
}

// BusinessDay reports whether the date of t (in t's location) is a business
// day. A nil calendar knows only Saturday and Sunday.
func (c *Calendar) BusinessDay(t time.Time) bool {
	if c == nil {
		return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday
	}
	if c.weekend[t.Weekday()] {
		return false
	}
	if _, ok := c.closed[t.Format(time.DateOnly)]; ok {
		return false
	}
	_, ok := c.closed[t.Format("01-02")]
	return !ok
}

// Holiday names the holiday on the date of t, or "".
func (c *Calendar) Holiday(t time.Time) string {
	if c == nil {
		return ""
	}
	if n, ok := c.closed[t.Format(time.DateOnly)]; ok {
		return n
	}
	return c.closed[t.Format("01-02")]
}
