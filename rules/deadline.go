package rules

import "time"

// DayKind says what a day was in a deadline's count.
type DayKind string

// The day kinds.
const (
	DayCounted  DayKind = "counted"  // counted toward the deadline
	DayWeekend  DayKind = "weekend"  // a Saturday or Sunday, not counted
	DayHoliday  DayKind = "holiday"  // a legal holiday, not counted
	DayPossible DayKind = "possible" // possibly a holiday: counted for Due, not for Later
)

// Day is one day after the base event, as the deadline's count saw it.
type Day struct {
	Date Date
	Kind DayKind
	// N is the day's number in the count for Due (1, 2…; 0 past Due), and
	// NLater its number in the count for Later, which skips possible
	// holidays (0 for a possible holiday or past Later).
	N, NLater int
	Holiday   *HolidayDay
}

// DeadlineResult is a deadline counted from a base date.
type DeadlineResult struct {
	// Rule is the deadline counted; Stated is the statute's whole rule,
	// which differs where it is "the later of" two and the other one was
	// counted (Deadline.OrLater). CountDeadline counts Rule alone and sets
	// Stated to it.
	Rule, Stated Deadline
	// Base is the date of the event counted from; zero when not given
	// (the page then asks for it).
	Base Date
	// Due is the last day. If a possible holiday falls in the count, Due
	// counts it as a business day (the earliest the deadline can be) and
	// Later skips it; Later is zero when they agree.
	Due, Later Date
	// Rolled: the last day fell on a weekend or holiday and moved on.
	Rolled bool
	// Days are the days from the base to the last day, in order.
	Days []Day
	// Unverified lists the years whose holidays are counted from rules or
	// partial lists rather than an official list read in full.
	Unverified []int
	// NoStateList: the jurisdiction's own holidays are not on file, so
	// only weekends and federal holidays were skipped.
	NoStateList bool
}

// federalOnly is the calendar of a jurisdiction with no holidays on file:
// the federal holidays only.
var federalOnly = Holidays{Federal: true}

// maxSpan bounds a count: no run of closed days is longer than a few
// weeks, and a broken calendar must not loop.
const maxSpan = 400

// CountDeadline counts a deadline rule from a base date on a calendar.
func CountDeadline(rule Deadline, base Date, h *Holidays) DeadlineResult {
	res := DeadlineResult{Rule: rule, Stated: rule, Base: base}
	if base == 0 {
		return res
	}
	cal := calendarOf(h)
	res.NoStateList = !h.Federal && len(h.Rules) == 0 && h.Lists == ""
	seen := map[int]bool{}
	holiday := func(d Date) (HolidayDay, bool) {
		y := d.Year()
		cy := cal.year(y)
		if !seen[y] {
			seen[y] = true
			if cy.fromRules && (StatusOf(h.Cite) != Verified || len(cal.lists[y].days) > 0) {
				res.Unverified = append(res.Unverified, y)
			}
		}
		if res.NoStateList {
			hd, ok := calendarOf(&federalOnly).year(y).days[d]
			return hd, ok
		}
		hd, ok := cy.days[d]
		return hd, ok
	}
	switch rule.Unit {
	case BusinessDays:
		res.countBusiness(rule.N, holiday)
	case CalendarDays:
		res.countCalendar(rule, base.AddDays(rule.N), holiday)
	case Weekdays:
		last := base.AddDays(1)
		for last.Weekday() != rule.Weekday {
			last = last.AddDays(1)
		}
		res.countCalendar(rule, last.AddDays(7*(rule.N-1)), holiday)
	case Hours:
		days := (rule.N + 23) / 24
		res.Due = base.AddDays(days)
		for d := base.AddDays(1); d <= res.Due; d = d.AddDays(1) {
			res.Days = append(res.Days, Day{Date: d, Kind: DayCounted})
		}
	}
	return res
}

// countBusiness counts n business days after the base: a possible holiday
// counts toward Due and not toward Later.
func (res *DeadlineResult) countBusiness(n int, holiday func(Date) (HolidayDay, bool)) {
	a, b := 0, 0 // business days counted for Due and for Later
	for d, i := res.Base.AddDays(1), 0; i < maxSpan && (a < n || b < n); d, i = d.AddDays(1), i+1 {
		day := Day{Date: d}
		hd, isHoliday := holiday(d)
		switch {
		case d.weekend():
			day.Kind = DayWeekend
		case isHoliday && !hd.Possible:
			day.Kind, day.Holiday = DayHoliday, &hd
		case isHoliday:
			day.Kind, day.Holiday = DayPossible, &hd
			if a < n {
				a++
				day.N = a
				if a == n {
					res.Due = d
				}
			}
		default:
			day.Kind = DayCounted
			if a < n {
				a++
				day.N = a
				if a == n {
					res.Due = d
				}
			}
			if b < n {
				b++
				day.NLater = b
				if b == n {
					res.Later = d
				}
			}
		}
		res.Days = append(res.Days, day)
	}
	if res.Later == res.Due {
		res.Later = 0
	}
}

// countCalendar counts the calendar days from the base to last; a last day
// on a weekend or holiday moves to the next business day when the rule says
// so (past a Sunday but not a Saturday when the rule keeps Saturdays open,
// and on to a business day when it says so).
func (res *DeadlineResult) countCalendar(rule Deadline, last Date, holiday func(Date) (HolidayDay, bool)) {
	// closed: the weekend keeps the day from being the last (a holiday is
	// looked up apart); moved: the last day has moved already.
	closed := func(d Date, moved bool) bool {
		return d.Weekday() == time.Sunday || d.Weekday() == time.Saturday && (!rule.SaturdayOpen || moved && rule.ToBusinessDay)
	}
	for d := res.Base.AddDays(1); d <= last; d = d.AddDays(1) {
		res.Days = append(res.Days, Day{Date: d, Kind: DayCounted, N: int(d.Time().Sub(res.Base.Time()).Hours() / 24)})
	}
	res.Due = last
	if !rule.Rolls {
		return
	}
	for i := 0; i < maxSpan; i++ {
		hd, isHoliday := holiday(res.Due)
		switch {
		case closed(res.Due, i > 0):
			res.Days[len(res.Days)-1].Kind = DayWeekend
		case isHoliday && !hd.Possible:
			res.Days[len(res.Days)-1].Kind, res.Days[len(res.Days)-1].Holiday = DayHoliday, &hd
		default:
			if isHoliday && res.Later == 0 { // possibly closed: the later date skips it
				res.Days[len(res.Days)-1].Kind, res.Days[len(res.Days)-1].Holiday = DayPossible, &hd
				next := res.Due.AddDays(1)
				for i := 0; i < maxSpan; i++ {
					if h, ok := holiday(next); !closed(next, true) && (!ok || h.Possible) {
						break
					}
					next = next.AddDays(1)
				}
				res.Later = next
			}
			return
		}
		res.Rolled = true
		res.Due = res.Due.AddDays(1)
		res.Days = append(res.Days, Day{Date: res.Due, Kind: DayCounted})
	}
}
