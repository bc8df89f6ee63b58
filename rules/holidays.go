package rules

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Holiday is a day Georgia's state offices are closed.
type Holiday struct {
	Date Date
	// Name is the holiday's name as the Governor's list gives it ("State
	// Holiday", "Washington's Birthday").
	Name string
	// Status is Verified when read on the Governor's published list,
	// Reported when from a secondary source, and Unconfirmed when derived
	// from the federal rule for a year whose list is not on file.
	Status Status
	// Source is where the date was read, or the federal rule it follows.
	Source string
}

// The Governor's lists, year by year, with the source of every date. A year
// marked "#complete" has its whole list on file; for other years the
// federal holidays are added by rule and the page says the list is missing.
//
//go:embed data/georgia-holidays.tsv
var holidayTSV string

type holidayCalendar struct {
	days     map[Date]Holiday
	complete map[int]string // year → source of the whole list
	err      error
}

var (
	calendarOnce sync.Once
	calendar     holidayCalendar
)

func loadCalendar() *holidayCalendar {
	calendarOnce.Do(func() { calendar = parseHolidays(holidayTSV) })
	return &calendar
}

func parseHolidays(tsv string) holidayCalendar {
	c := holidayCalendar{days: map[Date]Holiday{}, complete: map[int]string{}}
	for n, line := range strings.Split(strings.TrimSpace(tsv), "\n") {
		if n == 0 || line == "" {
			continue // header
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			c.err = fmt.Errorf("holiday data line %d: %d fields, want 4", n+1, len(f))
			return c
		}
		status := map[string]Status{"V": Verified, "S": Reported, "D": Unconfirmed}[f[2]]
		if status == "" {
			c.err = fmt.Errorf("holiday data line %d: status %q", n+1, f[2])
			return c
		}
		if f[1] == "#complete" {
			y, err := strconv.Atoi(f[0])
			if err != nil {
				c.err = fmt.Errorf("holiday data line %d: year %q", n+1, f[0])
				return c
			}
			c.complete[y] = f[3]
			continue
		}
		d, err := ParseDate(f[0])
		if err != nil {
			c.err = fmt.Errorf("holiday data line %d: date %q", n+1, f[0])
			return c
		}
		c.days[d] = Holiday{Date: d, Name: f[1], Status: status, Source: f[3]}
	}
	return c
}

// HolidayListOnFile reports whether the Governor's whole list of state
// holidays for year is in the engine's data. Where it is not, business days
// are counted with weekends, the listed days that are on file, and the
// federal holidays that fall on their own day, and the page asks the reader
// to check the Governor's list.
func HolidayListOnFile(year int) bool {
	_, ok := loadCalendar().complete[year]
	return ok
}

// HolidayOn returns the state holiday on d, if d is one.
func HolidayOn(d Date) (Holiday, bool) {
	c := loadCalendar()
	if h, ok := c.days[d]; ok {
		return h, true
	}
	if _, ok := c.complete[d.Year]; ok {
		return Holiday{}, false
	}
	for _, h := range federalHolidays(d.Year) {
		if h.Date == d {
			return h, true
		}
	}
	return Holiday{}, false
}

// federalHolidays returns, for a year whose Governor's list is not on file,
// the federal legal holidays (5 U.S.C. § 6103) that Georgia has kept on
// their own day in every list on file: the fixed-date ones when they fall on
// a weekday (Georgia's observed days for weekend dates vary from year to
// year), and the Monday and Thursday holidays. Washington's Birthday is left
// out because Georgia moves it to December. Counting fewer holidays gives
// an earlier, never a later, deadline; the page asks the reader to check
// the Governor's list.
func federalHolidays(year int) []Holiday {
	const src = "5 U.S.C. § 6103 (federal rule; the Governor's list for this year is not on file)"
	nth := func(m time.Month, wd time.Weekday, n int) Date {
		d := NewDate(year, m, 1)
		for d.Weekday() != wd {
			d = d.AddDays(1)
		}
		return d.AddDays(7 * (n - 1))
	}
	lastMonday := func(m time.Month) Date {
		d := NewDate(year, m+1, 1).AddDays(-1)
		for d.Weekday() != time.Monday {
			d = d.AddDays(-1)
		}
		return d
	}
	type day struct {
		name string
		date Date
	}
	list := []day{
		{"New Year's Day", NewDate(year, 1, 1)},
		{"Martin Luther King, Jr.'s Birthday", nth(time.January, time.Monday, 3)},
		{"Memorial Day", lastMonday(time.May)},
		{"Independence Day", NewDate(year, 7, 4)},
		{"Labor Day", nth(time.September, time.Monday, 1)},
		{"Columbus Day", nth(time.October, time.Monday, 2)},
		{"Veterans Day", NewDate(year, 11, 11)},
		{"Thanksgiving Day", nth(time.November, time.Thursday, 4)},
		{"Christmas Day", NewDate(year, 12, 25)},
	}
	if year >= 2022 {
		list = append(list, day{"Juneteenth", NewDate(year, 6, 19)})
	}
	out := make([]Holiday, 0, len(list))
	for _, h := range list {
		if wd := h.date.Weekday(); wd != time.Saturday && wd != time.Sunday {
			out = append(out, Holiday{Date: h.date, Name: h.name, Status: Unconfirmed, Source: src})
		}
	}
	return out
}

// SkipReason says why a day was not a business day.
type SkipReason string

// The reasons a day is skipped.
const (
	SkipWeekend SkipReason = "weekend"
	SkipHoliday SkipReason = "holiday"
)

// SkippedDay is a day passed over while counting business days.
type SkippedDay struct {
	Date    Date
	Reason  SkipReason
	Holiday Holiday // set when Reason is SkipHoliday
}

// BusinessDays counts n business days following start (start itself not
// counted): Saturdays, Sundays and state holidays are skipped. It returns
// the counted days, the days skipped between start and the last counted
// day, and the years whose holiday list is not on file.
func BusinessDays(start Date, n int) (counted []Date, skipped []SkippedDay, missingYears []int) {
	seen := map[int]bool{}
	note := func(y int) {
		if !seen[y] {
			seen[y] = true
			if !HolidayListOnFile(y) {
				missingYears = append(missingYears, y)
			}
		}
	}
	// No run of closed days is longer than a few weeks; the bound keeps a
	// broken calendar from looping.
	for d, i := start.AddDays(1), 0; len(counted) < n && i < 366; d, i = d.AddDays(1), i+1 {
		note(d.Year)
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			skipped = append(skipped, SkippedDay{Date: d, Reason: SkipWeekend})
			continue
		}
		if h, ok := HolidayOn(d); ok {
			skipped = append(skipped, SkippedDay{Date: d, Reason: SkipHoliday, Holiday: h})
			continue
		}
		counted = append(counted, d)
	}
	return counted, skipped, missingYears
}

// calendarError reports a defect in the embedded holiday data. Tests keep it
// nil; Evaluate returns it rather than count days with a broken calendar.
func calendarError() error { return loadCalendar().err }
