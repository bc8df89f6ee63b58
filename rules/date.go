package rules

import (
	"fmt"
	"time"
)

// Date is a civil calendar date in Georgia, with no time of day and no time
// zone. The zero Date means "not given". Dates compare with Before, After and
// ==, like time.Time values compare with their methods.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d. It does not validate: use ParseDate for
// untrusted input.
func NewDate(y int, m time.Month, d int) Date { return Date{y, m, d} }

// ParseDate parses an ISO 8601 calendar date, "YYYY-MM-DD", as an HTML date
// input submits it. It rejects dates that do not exist (2021-02-30) and
// years outside 1900–2100. The empty string is an error of kind ProblemMissing.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, ProblemMissing
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, ProblemBadDate
	}
	y, m, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
	date := Date{y, time.Month(m), d}
	if y < 0 || m < 0 || d < 0 || !date.Valid() {
		return Date{}, ProblemBadDate
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

func dateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// Valid reports whether d is a real calendar date (not 2021-02-30) in the
// years 1900–2100.
func (d Date) Valid() bool {
	return d.Year >= 1900 && d.Year <= 2100 && dateOf(d.Time()) == d
}

// IsZero reports whether d is the zero Date ("not given").
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns d as "YYYY-MM-DD", the form of <time datetime> and of the
// page's query parameters. The zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns d moved by n calendar days (n may be negative).
func (d Date) AddDays(n int) Date { return dateOf(d.Time().AddDate(0, 0, n)) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.Time().After(e.Time()) }

// Compare returns -1, 0 or +1 as d is before, equal to, or after e.
func (d Date) Compare(e Date) int { return d.Time().Compare(e.Time()) }
