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
	// No state list at all: federal holidays only, and the result says so.
	d = CountDeadline(Deadline{N: 1, Unit: BusinessDays}, 20241108, &Holidays{})
	if d.Due != 20241112 || !d.NoStateList {
		t.Errorf("no state list: %v %v", d.Due, d.NoStateList)
	}
}
