package rules

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// HolidayKind says how a holiday's date is found.
type HolidayKind string

// The holiday kinds.
const (
	FixedDate       HolidayKind = "fixed"        // Month and Day
	NthWeekday      HolidayKind = "nth"          // the Nth Weekday of Month; Nth −1 is the last
	DaysAfter       HolidayKind = "after"        // Days after the holiday keyed After
	EasterOffset    HolidayKind = "easter"       // Days from Easter Sunday (Good Friday is −2)
	GeneralElection HolidayKind = "election"     // the general election day: the Tuesday after the first Monday of November
	Inauguration    HolidayKind = "inauguration" // January 20 of the year after a presidential election
)

// Observance says on which day a holiday that falls on a weekend is kept.
// Statutes differ: the federal rule moves both days, many states move only
// a Sunday holiday, and Rhode Island moves some to the Monday from either.
type Observance string

// The observances.
const (
	// Unmoved: the holiday is kept on the day it falls, weekend or not.
	Unmoved Observance = ""
	// FridayMonday: on a Saturday it is kept the Friday before, on a
	// Sunday the Monday after (5 U.S.C. § 6103 and most states).
	FridayMonday Observance = "friday-monday"
	// SundayMonday: on a Sunday it is kept the Monday after; on a Saturday
	// it is not moved.
	SundayMonday Observance = "sunday-monday"
	// WeekendMonday: on a Saturday or a Sunday it is kept the Monday after.
	WeekendMonday Observance = "weekend-monday"
)

// kept returns the day a holiday falling on d is kept, and whether that
// moved it.
func (o Observance) kept(d Date) (Date, bool) {
	switch wd := d.Weekday(); {
	case wd == time.Saturday && o == FridayMonday:
		return d.AddDays(-1), true
	case wd == time.Saturday && o == WeekendMonday:
		return d.AddDays(2), true
	case wd == time.Sunday && o != Unmoved:
		return d.AddDays(1), true
	}
	return d, false
}

// HolidayRule is one legal holiday (or a day state offices have often
// closed) by rule.
type HolidayRule struct {
	// Key names it for the words ("thanksgiving", "day-after-thanksgiving").
	Key     string
	Kind    HolidayKind
	Month   time.Month
	Day     int
	Weekday time.Weekday
	Nth     int
	After   string
	Days    int
	// EveryYears: for GeneralElection, 1 (every year) or 2 (even years).
	EveryYears int
	// From and Until are the first and last years it holds (0: open).
	From, Until int
	// Observed says on which day the holiday is kept when it falls on a
	// weekend; the zero value keeps it where it falls.
	Observed Observance
	// Possible: not set by statute, but state offices have closed on it in
	// the years on record; a deadline shows the date with and without it.
	Possible bool
	Cite     []Cite
}

// Holidays is the calendar a jurisdiction's business days count on.
type Holidays struct {
	// Federal: the federal legal holidays (5 U.S.C. § 6103) are legal
	// holidays here too, kept on the federal observed days.
	Federal bool
	// Rules are the jurisdiction's own holidays and possible closings.
	Rules []HolidayRule
	// Lists holds dated lists, year by year, as tab-separated lines
	// "date, key, status (V or S), source", the key naming the holiday for
	// the words; a line "YYYY, #complete, status, source" marks a year whose
	// whole list is on file, which then replaces the rules for that year.
	Lists string
	// Cite is the holiday statute.
	Cite []Cite
}

// HolidayDay is one holiday in one year.
type HolidayDay struct {
	Date Date
	// Key names the holiday for the words ("thanksgiving", "state-holiday").
	Key string
	// Listed: the date comes from an official list (or a copy of it),
	// not from a rule.
	Listed bool
	// Possible: offices may or may not close (see HolidayRule.Possible).
	Possible bool
	// Moved: kept on another day because the holiday fell on a weekend;
	// Fell is the day it fell on (zero when not moved).
	Moved bool
	Fell  Date
	// Status is how well the date is verified.
	Status Status
	Cite   []Cite
}

// federalHolidays are the legal public holidays of 5 U.S.C. § 6103.
var federalHolidays = []HolidayRule{
	{Key: "new-year", Kind: FixedDate, Month: time.January, Day: 1, Observed: FridayMonday},
	{Key: "mlk", Kind: NthWeekday, Month: time.January, Weekday: time.Monday, Nth: 3, From: 1986, Observed: FridayMonday},
	{Key: "washington", Kind: NthWeekday, Month: time.February, Weekday: time.Monday, Nth: 3, Observed: FridayMonday},
	{Key: "memorial", Kind: NthWeekday, Month: time.May, Weekday: time.Monday, Nth: -1, Observed: FridayMonday},
	{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2021, Observed: FridayMonday},
	{Key: "independence", Kind: FixedDate, Month: time.July, Day: 4, Observed: FridayMonday},
	{Key: "labor", Kind: NthWeekday, Month: time.September, Weekday: time.Monday, Nth: 1, Observed: FridayMonday},
	{Key: "columbus", Kind: NthWeekday, Month: time.October, Weekday: time.Monday, Nth: 2, Observed: FridayMonday},
	{Key: "veterans", Kind: FixedDate, Month: time.November, Day: 11, Observed: FridayMonday},
	{Key: "thanksgiving", Kind: NthWeekday, Month: time.November, Weekday: time.Thursday, Nth: 4, Observed: FridayMonday},
	{Key: "christmas", Kind: FixedDate, Month: time.December, Day: 25, Observed: FridayMonday},
}

// FederalHolidays returns the federal legal holidays of a year, on the
// days they are kept.
func FederalHolidays(year int) []HolidayDay {
	cite := []Cite{{Source: SrcFederalHolidays, Status: Verified}}
	var out []HolidayDay
	for _, r := range federalHolidays {
		r.Cite = cite
		out = r.days(year, out, nil)
	}
	return out
}

// date returns the rule's date in a year, before any weekend move, or 0.
func (r HolidayRule) date(year int, others map[string]Date) Date {
	if (r.From != 0 && year < r.From) || (r.Until != 0 && year > r.Until) {
		return 0
	}
	switch r.Kind {
	case FixedDate:
		return NewDate(year, r.Month, r.Day)
	case NthWeekday:
		if r.Nth < 0 {
			d := NewDate(year, 12, 31)
			if r.Month < 12 {
				d = NewDate(year, r.Month+1, 1).AddDays(-1)
			}
			for d.Weekday() != r.Weekday {
				d = d.AddDays(-1)
			}
			return d
		}
		d := NewDate(year, r.Month, 1)
		for d.Weekday() != r.Weekday {
			d = d.AddDays(1)
		}
		return d.AddDays(7 * (r.Nth - 1))
	case DaysAfter:
		if base, ok := others[r.After]; ok && base != 0 {
			return base.AddDays(r.Days)
		}
	case EasterOffset:
		return easter(year).AddDays(r.Days)
	case GeneralElection:
		if r.EveryYears > 1 && year%r.EveryYears != 0 {
			return 0
		}
		d := NewDate(year, time.November, 2) // the Tuesday after the first Monday: Nov 2–8
		for d.Weekday() != time.Tuesday {
			d = d.AddDays(1)
		}
		return d
	case Inauguration:
		if year%4 == 1 {
			return NewDate(year, time.January, 20)
		}
	}
	return 0
}

// days appends the rule's day in a year (moved off a weekend if the rule
// says so) to out; others holds the dates found so far, by key.
func (r HolidayRule) days(year int, out []HolidayDay, others map[string]Date) []HolidayDay {
	d := r.date(year, others)
	if d == 0 {
		return out
	}
	if others != nil {
		others[r.Key] = d
	}
	h := HolidayDay{Date: d, Key: r.Key, Possible: r.Possible, Status: StatusOf(r.Cite), Cite: r.Cite}
	h.Date, h.Moved = r.Observed.kept(d)
	if h.Moved {
		h.Fell = d
	}
	return append(out, h)
}

// ruleDays returns the holidays the calendar's rules (and the federal
// ones, where it includes them) give for year y, on the days they are kept.
func (c *calendar) ruleDays(y int) []HolidayDay {
	var all []HolidayDay
	if c.h.Federal {
		all = FederalHolidays(y)
	}
	known := map[string]Date{}
	for _, r := range federalHolidays {
		known[r.Key] = r.date(y, nil)
	}
	for _, r := range c.h.Rules {
		all = r.days(y, all, known)
	}
	return all
}

// easter returns Easter Sunday of a year (the Gregorian computus).
func easter(y int) Date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return NewDate(y, time.Month(month), day)
}

// calendar is a jurisdiction's holidays, worked out year by year.
type calendar struct {
	h     *Holidays
	mu    sync.Mutex
	years map[int]calendarYear
	lists map[int]listYear
	err   error
}

type calendarYear struct {
	days map[Date]HolidayDay
	// complete: a whole dated list is on file (Verified or Reported);
	// otherwise the days come from rules.
	complete bool
	// fromRules: some days come from rules, not a dated list.
	fromRules bool
}

type listYear struct {
	days     []HolidayDay
	complete bool
	status   Status
}

var (
	calendarsMu sync.Mutex
	calendars   = map[*Holidays]*calendar{}
)

// calendarOf returns the worked-out calendar of a Holidays, made once.
func calendarOf(h *Holidays) *calendar {
	calendarsMu.Lock()
	defer calendarsMu.Unlock()
	c, ok := calendars[h]
	if !ok {
		c = &calendar{h: h, years: map[int]calendarYear{}}
		c.lists, c.err = parseLists(h.Lists)
		calendars[h] = c
	}
	return c
}

// parseLists reads Holidays.Lists.
func parseLists(tsv string) (map[int]listYear, error) {
	out := map[int]listYear{}
	for n, line := range strings.Split(strings.TrimSpace(tsv), "\n") {
		if line == "" || strings.HasPrefix(line, "date\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			return nil, &listError{n + 1, "fields"}
		}
		status := map[string]Status{"V": Verified, "S": Reported}[f[2]]
		if status == "" {
			return nil, &listError{n + 1, "status"}
		}
		if f[1] == "#complete" {
			y, err := strconv.Atoi(f[0])
			if err != nil {
				return nil, &listError{n + 1, "year"}
			}
			ly := out[y]
			ly.complete, ly.status = true, status
			out[y] = ly
			continue
		}
		d, err := ParseDate(f[0])
		if err != nil {
			return nil, &listError{n + 1, "date"}
		}
		ly := out[d.Year()]
		ly.days = append(ly.days, HolidayDay{Date: d, Key: f[1], Status: status, Listed: true})
		out[d.Year()] = ly
	}
	return out, nil
}

type listError struct {
	line int
	what string
}

func (e *listError) Error() string {
	return "rules: holiday list line " + strconv.Itoa(e.line) + ": bad " + e.what
}

// year returns the holidays of a year.
func (c *calendar) year(y int) calendarYear {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cy, ok := c.years[y]; ok {
		return cy
	}
	cy := calendarYear{days: map[Date]HolidayDay{}}
	list := c.lists[y]
	if list.complete {
		cy.complete = true
		for _, d := range list.days {
			cy.days[d.Date] = d
		}
		c.years[y] = cy
		return cy
	}
	cy.fromRules = true
	// A holiday of one year may be kept in the next or the last (New
	// Year's Day on a Saturday is kept Friday, December 31). A holiday kept
	// on another day for a Saturday is still a legal holiday on that
	// Saturday, where a count that keeps Saturdays open may end.
	var all []HolidayDay
	for _, ry := range [3]int{y - 1, y, y + 1} {
		for _, d := range c.ruleDays(ry) {
			if d.Date.Year() == y {
				all = append(all, d)
			}
			if d.Moved && d.Fell.Weekday() == time.Saturday && d.Fell.Year() == y {
				d.Date, d.Moved, d.Fell = d.Fell, false, 0
				all = append(all, d)
			}
		}
	}
	for _, d := range list.days {
		all = append(all, d)
	}
	for _, d := range all {
		if have, ok := cy.days[d.Date]; ok && !have.Possible && d.Possible {
			continue // a certain closing wins over a possible one
		}
		cy.days[d.Date] = d
	}
	c.years[y] = cy
	return cy
}
