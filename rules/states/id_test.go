package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// idRace is an Idaho race with candidates' votes in the order given.
func idRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "ID", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Any candidate may ask at any margin; within 0.1% of the votes or five
// votes, whichever is greater ("less than or equal to"), it is free;
// otherwise $100 per precinct.
func TestIDFreeTier(t *testing.T) {
	for _, c := range []struct {
		name   string
		office rules.Office
		votes  []int64
		tier   int
	}{
		// 1,000,000 votes: 0.1% is exactly 1,000, over five: 1,000 is free.
		{"1,000 of 1,000,000", rules.Governor, []int64{500500, 499500}, 0},
		{"1,002 of 1,000,000", rules.Governor, []int64{500501, 499499}, 1},
		// 2,001 votes: 0.1% is 2.001, so 2; five votes is the greater.
		{"5 of 2,001", rules.County, []int64{1003, 998}, 0},
		{"6 of 2,000", rules.County, []int64{1003, 997}, 1},
		// 30,000 votes: 0.1% is 30; 29 free, 31 paid.
		{"29 of 29,999", rules.StateHouse, []int64{15014, 14985}, 0},
		{"31 of 30,001", rules.StateHouse, []int64{15016, 14985}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, idRace(20241105, rules.General, c.office, 1, 20241122, c.votes...))
			if res.Request != rules.Yes || res.Checks[0].Tier != c.tier {
				t.Errorf("request %v tier %d, want tier %d", res.Request, res.Checks[0].Tier, c.tier)
			}
			if _, ok := res.RequestLimit(); ok {
				t.Errorf("a request at any margin has no limit")
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// The free line is measured against the winning candidate, so a third
// place within it is free too.
func TestIDMeasuredAgainstWinner(t *testing.T) {
	// 29,985 votes: 0.1% is 29.985, so 29. Second is 5 behind, third 10.
	res := apply(t, idRace(20240521, rules.Primary, rules.County, 1, 20240531, 10000, 9995, 9990))
	if len(res.Checks) != 2 || res.Checks[0].Tier != 0 || res.Checks[1].Tier != 0 || res.Checks[1].Margin != 10 {
		t.Errorf("checks %+v", res.Checks)
	}
}

// Federal and state offices go to the Attorney General, twenty days from
// the state canvass; others to the county clerk, twenty days from the
// county canvass. A twentieth day on a Sunday moves to the next business
// day (§ 73-110); one on a Saturday stands.
func TestIDFiling(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		base     rules.Date
		want     string
		from     rules.Event
		due      rules.Date
		rolled   bool
	}{
		// Friday, November 22, 2024 + 20 days: Thursday, December 12.
		{rules.USSenate, 44, 20241122, "id-attorney-general", rules.StateCanvass, 20241212, false},
		{rules.StateHouse, 2, 20241122, "id-attorney-general", rules.StateCanvass, 20241212, false},
		// Friday, November 15 + 20: Thursday, December 5.
		{rules.County, 1, 20241115, "county-official", rules.Canvass, 20241205, false},
		// Monday, November 18 + 20: Sunday, December 8, a holiday; so
		// Monday, December 9 (§ 73-110).
		{rules.Municipal, 1, 20241118, "county-official", rules.Canvass, 20241209, true},
		// Sunday, November 17 + 20: Saturday, December 7, which stands: a
		// Saturday is not a holiday in § 73-108.
		{rules.Municipal, 1, 20241117, "county-official", rules.Canvass, 20241207, false},
	} {
		res := apply(t, idRace(20241105, rules.General, c.office, c.counties, c.base, 5000, 4900))
		f := res.Main().Filing
		if f == nil || f.Receiver.ID != c.want || f.Deadline.From != c.from {
			t.Errorf("%s: filing %+v", c.office, f)
			continue
		}
		if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled != c.rolled {
			t.Errorf("%s: deadline %+v", c.office, res.Deadline)
		}
	}
}

// Ties: a coin toss.
func TestIDTie(t *testing.T) {
	for _, o := range []rules.Office{rules.County, rules.StateSenate} {
		res := apply(t, idRace(20241105, rules.General, o, 1, 20241115, 700, 700))
		if res.Tie == nil || res.Tie.Kind != rules.ByLot || res.Request != rules.Depends {
			t.Errorf("%s: tie %+v request %v", o, res.Tie, res.Request)
		}
	}
}

// § 73-108 keeps a holiday on a Sunday the Monday after, and § 73-110 moves
// a twentieth day off it.
func TestIDSundayHolidayMonday(t *testing.T) {
	for _, c := range []struct {
		name     string
		election rules.Date
		typ      rules.ElectionType
		base     rules.Date
		due      rules.Date
	}{
		// Christmas fell on Sunday, Dec 25, 2022. From Tue Dec 6: day 20 is
		// M Dec 26, the holiday kept; so Tue Dec 27.
		{"Monday after Christmas 2022", 20221108, rules.General, 20221206, 20221227},
		// From Mon Dec 5: day 20 is Su Dec 25, a holiday, then M 26, the
		// holiday kept; so Tue Dec 27.
		{"Christmas 2022 and the Monday", 20221108, rules.General, 20221205, 20221227},
		// Veterans Day fell on Sunday, Nov 11, 2018. From Mon Oct 22: day 9
		// is W Oct 31, day 20 Su Nov 11, M 12 the holiday kept; so Tue
		// Nov 13.
		{"Monday after Veterans Day 2018", 20180515, rules.Primary, 20181022, 20181113},
		// Veterans Day fell on Saturday, Nov 11, 2023, kept Fri Nov 10 (§
		// 73-108). From Sat Oct 21: day 20 is F Nov 10, a holiday; "the
		// next business day" is M Nov 13, not Sa Nov 11 (the holiday's own
		// date, and no business day).
		{"a holiday Friday 2023", 20230516, rules.Primary, 20231021, 20231113},
		// July 4, 2025 was a Friday, and Saturday the 5th no holiday. From
		// Sat Jun 14: day 20 is F Jul 4; the next business day is M Jul 7.
		{"July 4, 2025, a Friday", 20250520, rules.Primary, 20250614, 20250707},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, idRace(c.election, c.typ, rules.County, 1, c.base, 5000, 4900))
			if res.Deadline == nil || res.Deadline.Due != c.due || !res.Deadline.Rolled {
				t.Errorf("deadline %+v, want %v rolled", res.Deadline, c.due)
			}
		})
	}
}
