package drill

import (
	stdjson "encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	json "github.com/goccy/go-json"
)

// Offset is a simulated time relative to the start of a drill (day 0). In
// JSON it is written "4d", "4d2h30m", "-10d" or "90m": days, then anything
// time.ParseDuration reads.
type Offset time.Duration

// ParseOffset reads an offset.
func ParseOffset(s string) (Offset, error) {
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	var d time.Duration
	if i := strings.IndexByte(t, 'd'); i >= 0 {
		n, err := strconv.Atoi(t[:i])
		if err != nil || n < 0 || n > 3650 {
			return 0, fmt.Errorf("offset %q: bad number of days", s)
		}
		d = time.Duration(n) * 24 * time.Hour
		t = t[i+1:]
	}
	if t != "" {
		r, err := time.ParseDuration(t)
		if err != nil || r < 0 {
			return 0, fmt.Errorf("offset %q: want e.g. 4d, 4d2h30m, -10d", s)
		}
		d += r
	} else if d == 0 && !strings.Contains(s, "d") {
		return 0, fmt.Errorf("offset %q: empty", s)
	}
	if neg {
		d = -d
	}
	return Offset(d), nil
}

// String writes the offset as ParseOffset reads it: "4d2h30m", "-10d", "0d".
func (o Offset) String() string {
	d := time.Duration(o)
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	days := d / (24 * time.Hour)
	rest := d - days*24*time.Hour
	s := sign + strconv.FormatInt(int64(days), 10) + "d"
	if h := rest / time.Hour; h > 0 {
		s += strconv.FormatInt(int64(h), 10) + "h"
	}
	if m := rest % time.Hour / time.Minute; m > 0 {
		s += strconv.FormatInt(int64(m), 10) + "m"
	}
	if sec := rest % time.Minute; sec > 0 {
		s += strconv.FormatFloat(sec.Seconds(), 'f', -1, 64) + "s"
	}
	return s
}

// Day is the day number people say: day 0 is the start, "4d2h" is day 4.
func (o Offset) Day() int { return int(time.Duration(o) / (24 * time.Hour)) }

// UnmarshalJSON reads an offset string.
func (o *Offset) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("offset: want a string such as \"4d2h\": %w", err)
	}
	v, err := ParseOffset(s)
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// MarshalJSON writes the offset string.
func (o Offset) MarshalJSON() ([]byte, error) { return stdjson.Marshal(o.String()) }
