// Package ics writes the deadlines of an assessment as an iCalendar file
// (RFC 5545) that any calendar can import: one VEVENT per obligation (and,
// on request, per playbook step) with a due instant, its legal basis in the
// description, a reminder the day before, a UID that stays the same for the
// same incident and obligation, and DTSTAMP from the caller's "now".
//
// The writer escapes TEXT values, folds lines at 75 octets without splitting
// a UTF-8 sequence and ends every line with CRLF. Times are written with
// TZID=Asia/Tokyo (and its VTIMEZONE) for incidents kept in that zone, and in
// UTC otherwise.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package ics
