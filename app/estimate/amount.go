package estimate

import (
	"math"
	"strconv"
	"strings"
)

// Range is an amount of yen (or a count) known to lie between Low and High.
// Known is false when nothing can be said yet; Open means "Low or more" (the
// high end is not known).
type Range struct {
	Low   int64 `json:"low"`
	High  int64 `json:"high"`
	Known bool  `json:"known"`
	Open  bool  `json:"open,omitempty"`
}

// Exact is the range of one known value.
func Exact(n int64) Range { return Range{Low: n, High: n, Known: true} }

// Between is the range lo–hi (swapped if given the wrong way round).
func Between(lo, hi int64) Range {
	if hi < lo {
		lo, hi = hi, lo
	}
	return Range{Low: lo, High: hi, Known: true}
}

// Point reports whether the range is a single known value.
func (r Range) Point() bool { return r.Known && !r.Open && r.Low == r.High }

// Add is r + s; unknown if either is.
func (r Range) Add(s Range) Range {
	if !r.Known || !s.Known {
		return Range{}
	}
	return Range{Low: satAdd(r.Low, s.Low), High: satAdd(r.High, s.High), Known: true, Open: r.Open || s.Open}
}

// Mul is r × s for non-negative ranges; unknown if either is.
func (r Range) Mul(s Range) Range {
	if !r.Known || !s.Known {
		return Range{}
	}
	return Range{Low: satMul(r.Low, s.Low), High: satMul(r.High, s.High), Known: true, Open: r.Open || s.Open}
}

// Per10k is r × n / 10,000 for a unit cost per 10,000 persons, rounded to the yen.
func (r Range) Per10k(n Range) Range {
	p := r.Mul(n)
	if !p.Known {
		return p
	}
	p.Low, p.High = div10k(p.Low), div10k(p.High)
	return p
}

// div10k is n / 10,000 rounded half up (without overflowing).
func div10k(n int64) int64 {
	q, r := n/10000, n%10000
	if r >= 5000 {
		q++
	}
	return q
}

func satAdd(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

func satMul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > math.MaxInt64/b {
		return math.MaxInt64
	}
	return a * b
}

// Yen writes the range for people: rounded to three significant digits (the
// model is not more precise than that), in 万/億 for Japanese ("約38億円～152億円")
// and with thousands separators in English ("¥3.80 billion – ¥15.2 billion").
// An exact small amount is written in full. lang is "ja" or anything else for English.
func (r Range) Yen(lang string) string {
	ja := lang == "ja"
	switch {
	case !r.Known:
		if ja {
			return "算定できません"
		}
		return "cannot be estimated"
	case r.Open:
		if ja {
			return yenJA(r.Low) + "以上"
		}
		return yenEN(r.Low) + " or more"
	case r.Low == r.High:
		if ja {
			return yenJA(r.Low)
		}
		return yenEN(r.Low)
	}
	if ja {
		return yenJA(r.Low) + "～" + yenJA(r.High)
	}
	return yenEN(r.Low) + " – " + yenEN(r.High)
}

// round3 rounds n to three significant digits.
func round3(n int64) int64 {
	if n < 1000 {
		return n
	}
	p := int64(1)
	for n/p >= 1000 {
		p *= 10
	}
	return (n + p/2) / p * p
}

// yenJA writes 380000000 as "3.8億円", 52000 as "5.2万円", 950 as "950円".
func yenJA(n int64) string {
	n = round3(n)
	switch {
	case n >= 1e8:
		return decimal(n, 1e8) + "億円"
	case n >= 1e4:
		return decimal(n, 1e4) + "万円"
	}
	return Group(n) + "円"
}

// yenEN writes 3800000000 as "¥3.8 billion", 52000 as "¥52,000".
func yenEN(n int64) string {
	n = round3(n)
	switch {
	case n >= 1e9:
		return "¥" + decimal(n, 1e9) + " billion"
	case n >= 1e6:
		return "¥" + decimal(n, 1e6) + " million"
	}
	return "¥" + Group(n)
}

// decimal writes n/unit with the decimals it needs (at most 3 significant digits survive round3).
func decimal(n, unit int64) string {
	whole, frac := n/unit, n%unit
	s := Group(whole)
	if frac == 0 {
		return s
	}
	f := strconv.FormatInt(frac+unit, 10)[1:] // zero-padded
	return s + "." + strings.TrimRight(f, "0")
}

// Group writes n with thousands separators: 48685 → "48,685".
func Group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
