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
// county canvass. A twentieth day on a Sunday is shown as is.
func TestIDFiling(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		base     rules.Date
		want     string
		from     rules.Event
		due      rules.Date
	}{
		// Friday, November 22, 2024 + 20 days: Thursday, December 12.
		{rules.USSenate, 44, 20241122, "id-attorney-general", rules.StateCanvass, 20241212},
		{rules.StateHouse, 2, 20241122, "id-attorney-general", rules.StateCanvass, 20241212},
		// Friday, November 15 + 20: Thursday, December 5.
		{rules.County, 1, 20241115, "county-official", rules.Canvass, 20241205},
		// Monday, November 18 + 20: Sunday, December 8 (§ 73-110 would let
		// it be done on Monday; the page shows Sunday and says so).
		{rules.Municipal, 1, 20241118, "county-official", rules.Canvass, 20241208},
	} {
		res := apply(t, idRace(20241105, rules.General, c.office, c.counties, c.base, 5000, 4900))
		f := res.Main().Filing
		if f == nil || f.Receiver.ID != c.want || f.Deadline.From != c.from {
			t.Errorf("%s: filing %+v", c.office, f)
			continue
		}
		if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled {
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
