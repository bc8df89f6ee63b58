package rules

import (
	"testing"
	"time"
)

// Every kind of line, at the line, one vote past it and one vote inside,
// with "not more than" and "less than" as the statutes word them.
func TestLines(t *testing.T) {
	c := contest{Total: 20000, Leader: 10050, Other: 9950}
	for _, tc := range []struct {
		name  string
		line  Line
		c     contest
		votes int64
	}{
		{"share of office, not more than", Line{Kind: ShareOfOffice, Share: Percent / 2}, c, 100},
		{"share of office, less than, exact", Line{Kind: ShareOfOffice, Share: Percent / 2, Strict: true}, c, 99},
		{"share of office, less than, inexact", Line{Kind: ShareOfOffice, Share: Percent / 2, Strict: true}, contest{Total: 20001}, 100},
		{"share of office, floor", Line{Kind: ShareOfOffice, Share: Percent}, contest{Total: 92502}, 925},
		// Virginia: 1% of the two candidates' votes, not of all.
		{"share of two", Line{Kind: ShareOfTwo, Share: Percent}, contest{Total: 24790, Leader: 10000, Other: 9790}, 197},
		{"share of leader", Line{Kind: ShareOfLeader, Share: Percent / 2}, contest{Total: 400000, Leader: 163842, Other: 163292}, 819},
		{"votes", Line{Kind: FixedVotes, Votes: 25}, c, 25},
		{"votes, less than", Line{Kind: FixedVotes, Votes: 2000, Strict: true}, c, 1999},
		// North Carolina statewide: the lesser of 0.5% and 10,000 votes.
		{"lesser", Line{Kind: Lesser, Of: []Line{{Kind: ShareOfOffice, Share: Percent / 2}, {Kind: FixedVotes, Votes: 10000}}},
			contest{Total: 5488000}, 10000},
		{"greater", Line{Kind: Greater, Of: []Line{{Kind: ShareOfOffice, Share: Percent / 2}, {Kind: FixedVotes, Votes: 50}}},
			contest{Total: 1000}, 50},
		{"tie", Line{Kind: TieOnly}, c, 0},
		{"by total, first band", Line{Kind: ByTotal, Bands: []Band{{UpTo: 20000, Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}},
			{Line: Line{Kind: ShareOfOffice, Share: Percent}}}}, c, 400},
		{"by total, last band", Line{Kind: ByTotal, Bands: []Band{{UpTo: 20000, Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}},
			{Line: Line{Kind: ShareOfOffice, Share: Percent}}}}, contest{Total: 20001}, 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.line.valid() {
				t.Fatal("line not valid")
			}
			l := limitOf(tc.line, tc.c)
			if l.Votes != tc.votes || l.Any || l.Unknown {
				t.Fatalf("limit %+v, want %d votes", l, tc.votes)
			}
			if !l.Within(tc.votes) || l.Within(tc.votes+1) {
				t.Errorf("Within is not the limit")
			}
		})
	}
	if l := limitOf(Line{Kind: AnyMargin}, c); !l.Any || !l.Within(1<<62) {
		t.Errorf("any margin: %+v", l)
	}
	if l := limitOf(Line{Kind: OtherCount}, c); !l.Unknown || l.Within(0) {
		t.Errorf("other count: %+v", l)
	}
	// Greater with an any-margin part is any margin; lesser with one is the other.
	if l := limitOf(Line{Kind: Greater, Of: []Line{{Kind: AnyMargin}, {Kind: FixedVotes, Votes: 5}}}, c); !l.Any {
		t.Errorf("greater of any: %+v", l)
	}
	if l := limitOf(Line{Kind: Lesser, Of: []Line{{Kind: AnyMargin}, {Kind: FixedVotes, Votes: 5}}}, c); l.Votes != 5 {
		t.Errorf("lesser of any: %+v", l)
	}
	// A strict line under one vote admits no margin, but a tie.
	if l := limitOf(Line{Kind: ShareOfOffice, Share: Percent / 2, Strict: true}, contest{Total: 100}); l.Votes != -1 && l.Votes != 0 {
		t.Errorf("tiny strict line: %+v", l)
	}
	for _, bad := range []Line{{}, {Kind: ShareOfOffice}, {Kind: Lesser, Of: []Line{{Kind: TieOnly}}}, {Kind: ByTotal, Bands: []Band{{UpTo: 5, Line: Line{Kind: TieOnly}}}}} {
		if bad.valid() {
			t.Errorf("%+v is valid", bad)
		}
	}
}

// Rounding half up happens once, and Product shows the line's arithmetic.
func TestRatio(t *testing.T) {
	for _, c := range []struct {
		r           Ratio
		whole, frac uint64
	}{
		{Ratio{2474507, 4998482}, 49, 51},
		{Ratio{832, 92502}, 0, 90},
		{Ratio{1, 200}, 0, 50},
		{Ratio{5, 1000}, 0, 50},
		{Ratio{1, 3}, 33, 33},
		{Ratio{2, 3}, 66, 67},
		{Ratio{1, 1}, 100, 0},
		{Ratio{0, 0}, 0, 0},
	} {
		if w, f := c.r.Rounded(100, 2); w != c.whole || f != c.frac {
			t.Errorf("%v: %d.%02d, want %d.%02d", c.r, w, f, c.whole, c.frac)
		}
	}
	if (Ratio{1, 3}).Cmp(Ratio{2, 6}) != 0 || (Ratio{1, 3}).Cmp(Ratio{1, 2}) != -1 {
		t.Error("Cmp")
	}
	l := limitOf(Line{Kind: ShareOfOffice, Share: Percent}, contest{Total: 92502})
	if w, h, exact := l.Product(); w != 925 || h != 2 || exact {
		t.Errorf("Product: %d.%02d exact=%v", w, h, exact)
	}
}

func TestDates(t *testing.T) {
	for _, s := range []string{"2021-02-30", "2021-13-01", "17-12-05", "2017/12/05", "abcd-ef-gh", "1899-12-31"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("%q parsed", s)
		}
	}
	d, err := ParseDate("2024-02-29")
	if err != nil || d != 20240229 || d.AddDays(1) != 20240301 || d.Weekday() != time.Thursday || d.String() != "2024-02-29" {
		t.Errorf("leap day: %v %v", d, err)
	}
	if _, err := ParseDate(""); err != ProblemMissing {
		t.Errorf("empty: %v", err)
	}
	if Date(0).String() != "" || !Date(0).IsZero() {
		t.Error("zero date")
	}
}

// The federal holidays on their observed days, Easter, and the last and
// nth weekdays.
func TestHolidays(t *testing.T) {
	days := map[Date]string{}
	for _, h := range FederalHolidays(2021) {
		days[h.Date] = h.Key
	}
	for d, key := range map[Date]string{
		20201231: "",                                                                        // New Year's 2021 fell on a Friday: no move into 2020
		20210101: "new-year", 20210118: "mlk", 20210531: "memorial", 20210618: "juneteenth", // Jun 19, 2021 was a Saturday
		20210705: "independence", 20211111: "veterans", 20211125: "thanksgiving", 20211224: "christmas",
	} {
		if days[d] != key {
			t.Errorf("%v: %q, want %q", d, days[d], key)
		}
	}
	for y, want := range map[int]Date{2024: 20240331, 2025: 20250420, 2026: 20260405} {
		if got := easter(y); got != want {
			t.Errorf("easter(%d) = %v", y, got)
		}
	}
	after := HolidayRule{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1}
	if d := after.date(2026, map[string]Date{"thanksgiving": 20261126}); d != 20261127 {
		t.Errorf("day after Thanksgiving 2026: %v", d)
	}
	if d := (HolidayRule{Kind: GeneralElection, EveryYears: 2}).date(2026, nil); d != 20261103 {
		t.Errorf("election day 2026: %v", d)
	}
	if d := (HolidayRule{Kind: GeneralElection, EveryYears: 2}).date(2027, nil); d != 0 {
		t.Errorf("no election day in 2027: %v", d)
	}
}

// A holiday on a weekend is kept where its statute says: the federal rule
// moves Saturday to Friday and Sunday to Monday; a Sunday-only statute
// leaves a Saturday holiday where it falls; Rhode Island's four move to the
// Monday from either day.
func TestObservance(t *testing.T) {
	for _, c := range []struct {
		o     Observance
		date  Date // Veterans Day: Saturday in 2023, Sunday in 2018
		kept  Date
		moved bool
	}{
		{Unmoved, 20231111, 20231111, false},
		{Unmoved, 20181111, 20181111, false},
		{FridayMonday, 20231111, 20231110, true},
		{FridayMonday, 20181111, 20181112, true},
		{SundayMonday, 20231111, 20231111, false},
		{SundayMonday, 20181111, 20181112, true},
		{WeekendMonday, 20231111, 20231113, true},
		{WeekendMonday, 20181111, 20181112, true},
		{SundayMonday, 20241111, 20241111, false}, // a Monday stays
	} {
		r := HolidayRule{Key: "veterans", Kind: FixedDate, Month: time.November, Day: 11, Observed: c.o}
		days := r.days(c.date.Year(), nil, nil)
		if len(days) != 1 || days[0].Date != c.kept || days[0].Moved != c.moved {
			t.Errorf("%q on %v: %+v, want kept %v moved %v", c.o, c.date, days, c.kept, c.moved)
		}
	}
	// A business-day count sees the kept day: 5 business days after Tue
	// Nov 6, 2018 skip the weekend and Mon Nov 12 (Veterans Day kept from
	// Sunday): W 7, Th 8, F 9, Tu 13, W 14.
	h := &Holidays{Rules: []HolidayRule{{Key: "veterans", Kind: FixedDate, Month: time.November, Day: 11, Observed: SundayMonday}}}
	if d := CountDeadline(Deadline{N: 5, Unit: BusinessDays}, 20181106, h); d.Due != 20181114 {
		t.Errorf("Sunday-only move: due %v, want Wed Nov 14, 2018", d.Due)
	}
}

// Business days skip weekends and holidays, and count a possible holiday
// both ways; calendar days roll off a weekend only where the rule says;
// an hour window is a date at the same hour.
func TestCountDeadline(t *testing.T) {
	fed := &Holidays{Federal: true, Cite: []Cite{{Source: SrcFederalHolidays, Status: Verified}}}
	d := CountDeadline(Deadline{N: 2, Unit: BusinessDays}, 20241108, fed) // Fri; Mon Nov 11 Veterans Day
	if d.Due != 20241113 || d.Later != 0 {
		t.Errorf("business days: %v %v", d.Due, d.Later)
	}
	possible := &Holidays{Federal: true, Rules: []HolidayRule{{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true}}}
	d = CountDeadline(Deadline{N: 2, Unit: BusinessDays}, 20261125, possible)
	if d.Due != 20261130 || d.Later != 20261201 {
		t.Errorf("possible holiday: %v %v", d.Due, d.Later)
	}
	d = CountDeadline(Deadline{N: 7, Unit: CalendarDays}, 20241115, fed) // lands on Fri Nov 22
	if d.Due != 20241122 || d.Rolled {
		t.Errorf("calendar days: %v", d.Due)
	}
	d = CountDeadline(Deadline{N: 8, Unit: CalendarDays, Rolls: true}, 20241115, fed) // Sat Nov 23 → Mon Nov 25
	if d.Due != 20241125 || !d.Rolled {
		t.Errorf("rolled: %v %v", d.Due, d.Rolled)
	}
	d = CountDeadline(Deadline{N: 8, Unit: CalendarDays}, 20241115, fed)
	if d.Due != 20241123 || d.Rolled {
		t.Errorf("not rolled: %v", d.Due)
	}
	d = CountDeadline(Deadline{N: 48, Unit: Hours}, 20241115, fed)
	if d.Due != 20241117 {
		t.Errorf("hours: %v", d.Due)
	}
	if d := CountDeadline(Deadline{N: 2, Unit: BusinessDays}, 0, fed); d.Due != 0 {
		t.Error("no base, no date")
	}
	// "The fourth Monday after" a Tuesday election is day 27; after a
	// Saturday election it is day 23. "The Friday after" a Friday is a week
	// later, never the same day.
	fourth := Deadline{N: 4, Unit: Weekdays, Weekday: time.Monday}
	if d := CountDeadline(fourth, 20241105, fed); d.Due != 20241202 || len(d.Days) != 27 {
		t.Errorf("fourth Monday after Tue Nov 5, 2024: %v (%d days), want Mon Dec 2", d.Due, len(d.Days))
	}
	if d := CountDeadline(fourth, 20241102, fed); d.Due != 20241125 {
		t.Errorf("fourth Monday after Sat Nov 2, 2024: %v, want Mon Nov 25", d.Due)
	}
	friday := Deadline{N: 1, Unit: Weekdays, Weekday: time.Friday}
	if d := CountDeadline(friday, 20241108, fed); d.Due != 20241115 {
		t.Errorf("the Friday after Fri Nov 8, 2024: %v, want Nov 15", d.Due)
	}
	// Only Sundays and holidays move a last day where Saturdays are open:
	// 8 days after Fri Nov 15, 2024 is Sat Nov 23, which stands; 9 days is
	// Sun Nov 24, which moves to Mon Nov 25.
	open := Deadline{N: 8, Unit: CalendarDays, Rolls: true, SaturdayOpen: true}
	if d := CountDeadline(open, 20241115, fed); d.Due != 20241123 || d.Rolled {
		t.Errorf("Saturday open: %v %v, want Sat Nov 23 not rolled", d.Due, d.Rolled)
	}
	open.N = 9
	if d := CountDeadline(open, 20241115, fed); d.Due != 20241125 || !d.Rolled {
		t.Errorf("Sunday with Saturdays open: %v %v, want Mon Nov 25 rolled", d.Due, d.Rolled)
	}
	// New Year's Day 2022 fell on a Saturday and was kept Friday, December
	// 31, 2021: a count in 2021 skips it.
	if d := CountDeadline(Deadline{N: 1, Unit: BusinessDays}, 20211230, fed); d.Due != 20220103 {
		t.Errorf("New Year's Day 2022 kept in 2021: due %v, want Mon Jan 3, 2022", d.Due)
	}
	if d := CountDeadline(Deadline{N: 1, Unit: BusinessDays}, 20211230, &Holidays{}); d.Due != 20220103 || !d.NoStateList {
		t.Errorf("no state list, New Year's Day 2022 kept in 2021: due %v, want Mon Jan 3, 2022", d.Due)
	}
	// Where Saturdays are open, a Saturday holiday kept on Friday is still
	// a holiday on the Saturday: 20 days after Sun Oct 22, 2023 is Sat Nov
	// 11, Veterans Day, so the last day moves past it and Sunday to Mon 13.
	vet := &Holidays{Rules: []HolidayRule{{Key: "veterans", Kind: FixedDate, Month: time.November, Day: 11, Observed: FridayMonday}}}
	if d := CountDeadline(Deadline{N: 20, Unit: CalendarDays, Rolls: true, SaturdayOpen: true}, 20231022, vet); d.Due != 20231113 || !d.Rolled {
		t.Errorf("Saturday holiday with Saturdays open: due %v, want Mon Nov 13, 2023", d.Due)
	}
	// A last day on a holiday Friday (Veterans Day 2023, kept Friday Nov 10
	// for Saturday the 11th): the Saturday is the holiday itself, so the
	// last day moves to Monday, whether or not it must reach a business day.
	for _, toBusiness := range []bool{false, true} {
		r := Deadline{N: 20, Unit: CalendarDays, Rolls: true, SaturdayOpen: true, ToBusinessDay: toBusiness}
		if d := CountDeadline(r, 20231021, vet); d.Due != 20231113 {
			t.Errorf("holiday Friday, to business day %v: due %v, want Mon Nov 13, 2023", toBusiness, d.Due)
		}
	}
	// A holiday Friday with a plain Saturday after it (a made-up December
	// 22 holiday, a Friday in 2023) tells the two apart: the next day, or
	// the next business day.
	dec22 := &Holidays{Rules: []HolidayRule{{Key: "christmas-eve", Kind: FixedDate, Month: time.December, Day: 22}}}
	if d := CountDeadline(Deadline{N: 20, Unit: CalendarDays, Rolls: true, SaturdayOpen: true}, 20231202, dec22); d.Due != 20231223 {
		t.Errorf("Friday holiday, Saturday open: due %v, want Sat Dec 23, 2023", d.Due)
	}
	if d := CountDeadline(Deadline{N: 20, Unit: CalendarDays, Rolls: true, SaturdayOpen: true, ToBusinessDay: true}, 20231202, dec22); d.Due != 20231225 {
		t.Errorf("Friday holiday, to the next business day: due %v, want Mon Dec 25, 2023", d.Due)
	}
	// No state list at all: federal holidays only, and the result says so.
	d = CountDeadline(Deadline{N: 1, Unit: BusinessDays}, 20241108, &Holidays{})
	if d.Due != 20241112 || !d.NoStateList {
		t.Errorf("no state list: %v %v", d.Due, d.NoStateList)
	}
}
