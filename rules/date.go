package rules

import (
	"strconv"
	"time"
)

// Date is a civil calendar date with no time of day and no time zone,
// stored as the number yyyymmdd: Date(20171205) is December 5, 2017. Dates
// are comparable values and order as their numbers do, so d < e means d is
// earlier. The zero Date means "not given"; Valid reports whether a Date is
// a real calendar date in the years the explainer covers.
type Date int32

// NewDate returns the date y-m-d. It does not validate: use ParseDate for
// untrusted input and Valid to check.
func NewDate(y int, m time.Month, d int) Date {
	if y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return Date(y*10000 + int(m)*100 + d)
}

// Year returns the year of d.
func (d Date) Year() int { return int(d) / 10000 }

// Month returns the month of d.
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }

// Day returns the day of the month of d.
func (d Date) Day() int { return int(d) % 100 }

// FirstYear and LastYear bound the election dates the explainer covers.
const (
	FirstYear = 2000
	LastYear  = 2030
)

// ParseDate parses an ISO 8601 calendar date, "YYYY-MM-DD", as an HTML date
// input submits it. It rejects dates that do not exist (2021-02-30) and
// years outside 1900–2100. The empty string is an error of kind
// ProblemMissing; anything else malformed is ProblemBadDate.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return 0, ProblemMissing
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, ProblemBadDate
	}
	y, m, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
	if y < 0 || m < 0 || d < 0 {
		return 0, ProblemBadDate
	}
	date := NewDate(y, time.Month(m), d)
	if !date.Valid() {
		return 0, ProblemBadDate
	}
	return date, nil
}

// digits reads a run of ASCII digits, or returns -1.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func dateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// Valid reports whether d is a real calendar date (not 2021-02-30) in the
// years 1900–2100.
func (d Date) Valid() bool {
	return d.Year() >= 1900 && d.Year() <= 2100 && d.Month() >= 1 && d.Month() <= 12 && dateOf(d.Time()) == d
}

// IsZero reports whether d is the zero Date ("not given").
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC) }

// String returns d as "YYYY-MM-DD", the form of <time datetime> and of the
// page's query parameters. The zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	s := strconv.Itoa(int(d))
	for len(s) < 8 {
		s = "0" + s
	}
	return s[0:4] + "-" + s[4:6] + "-" + s[6:8]
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns d moved by n calendar days (n may be negative).
func (d Date) AddDays(n int) Date { return dateOf(d.Time().AddDate(0, 0, n)) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d < e }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d > e }

// weekend reports whether d is a Saturday or a Sunday.
func (d Date) weekend() bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}
