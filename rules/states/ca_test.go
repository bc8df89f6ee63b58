package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// caRace is a California race with candidates' votes in the order given.
func caRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "CA", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// §§ 15620, 15621: any voter may ask at any margin, and pays; there is no
// automatic recount.
func TestCAAnyMargin(t *testing.T) {
	for _, votes := range [][]int64{{100001, 99999}, {150000, 50000}, {40000, 35000, 25000}} {
		res := apply(t, caRace(20241105, rules.General, rules.County, 1, 20241203, votes...))
		if res.Request != rules.Yes || res.Automatic != rules.NoRoute {
			t.Errorf("%v: request %v automatic %v", votes, res.Request, res.Automatic)
		}
		rt := res.Main().Requested[0].Route
		if rt.Who[0].Kind != rules.Voters || rt.Who[0].Number != 1 || rt.Tiers[0].Cost.Kind != rules.Deposit || rt.Tiers[0].Method != rules.RequesterPicks {
			t.Errorf("%v: route %+v", votes, rt)
		}
	}
}

// Where and by when: a statewide race to the Secretary of State in the five
// days from day 31 (2024-11-05 + 35 = 2024-12-10); a race in several
// counties to their elections officials by 5 p.m. on the same day; a race
// in one county within five days after the canvass, by 5 p.m. (Tuesday
// 2024-12-03 → Sunday 2024-12-08, not moved).
func TestCAFilings(t *testing.T) {
	for _, c := range []struct {
		name     string
		office   rules.Office
		counties int
		receiver string
		due      rules.Date
		at       int
	}{
		{"statewide", rules.USSenate, 58, "secretary-of-state", 20241210, 0},
		{"several counties", rules.USHouse, 3, "county-official", 20241210, 17 * 60},
		{"one county", rules.Municipal, 1, "county-official", 20241208, 17 * 60},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, caRace(20241105, rules.General, c.office, c.counties, 20241203, 100001, 99999))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != c.receiver {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rule.At != c.at || res.Deadline.Rolled {
				t.Errorf("deadline %+v", res.Deadline)
			}
		})
	}
}

// The Governor's state-funded recount (§ 15645) is a fact for statewide
// races, not an automatic recount.
func TestCAStateFunded(t *testing.T) {
	res := apply(t, caRace(20241105, rules.General, rules.Statewide, 58, 20241203, 5000300, 5000000))
	found := false
	for _, f := range res.Facts {
		found = found || f.Kind == "ca-state-funded-recount" && f.Numbers[0] == 1000
	}
	if !found || res.Automatic != rules.NoRoute {
		t.Errorf("statewide: automatic %v, state-funded fact %v", res.Automatic, found)
	}
	res = apply(t, caRace(20241105, rules.General, rules.County, 1, 20241203, 5000, 5000))
	for _, f := range res.Facts {
		if f.Kind == "ca-state-funded-recount" {
			t.Error("state-funded fact on a county race")
		}
	}
	if res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("county tie %+v", res.Tie)
	}
}

// Gov. Code § 6701: seven dates on a Sunday make the Monday after a
// holiday; only November 11th on a Saturday is kept the Friday before.
// California's recount windows do not move off a holiday, so the calendar
// is checked with a count of one business day.
func TestCAHolidayMoves(t *testing.T) {
	checkDayCounts(t, &CA.Holidays, []dayCount{
		// Christmas fell on Sunday, Dec 25, 2022: from Fri Dec 23, Sa 24
		// and Su 25 are the weekend, M 26 the holiday, Tu 27 day 1.
		{"Monday after Christmas 2022", 20221223, 20221227, 1},
		// Cesar Chavez Day fell on Sunday, Mar 31, 2024: from Fri Mar 29,
		// M Apr 1 is the holiday, Tu Apr 2 day 1.
		{"Monday after Cesar Chavez Day 2024", 20240329, 20240402, 1},
		// Christmas fell on Saturday, Dec 25, 2021, and § 6701 moves only
		// November 11th to the Friday: from Thu Dec 23, F 24 is day 1.
		{"Friday before Christmas 2021", 20211223, 20211224, 1},
		// Veterans Day fell on Saturday, Nov 11, 2023: from Thu Nov 9, F 10
		// is the holiday kept, M 13 day 1.
		{"Friday before Veterans Day 2023", 20231109, 20231113, 1},
	})
}

// The top-two primary: second and third place are the margin that matters.
// The U.S. House's 2024 primary: 29,990 is 10 behind second place, 20,010
// behind first.
func TestCATopTwoPrimary(t *testing.T) {
	res := apply(t, caRace(20240305, rules.Primary, rules.USHouse, 1, 20240404, 50000, 30000, 29990))
	if res.Outcome != rules.Advanced || res.Standings[1].Status != rules.Advances {
		t.Fatalf("outcome %v, standings %+v", res.Outcome, res.Standings)
	}
	if c := res.Closest(); c == nil || c.Margin != 10 || res.Standings[c.Against].Name != "B" {
		t.Errorf("closest %+v, want 10 behind B", c)
	}
	// A county office's primary is not top-two.
	if res := apply(t, caRace(20240305, rules.Primary, rules.County, 1, 20240404, 50000, 30000, 29990)); res.Outcome == rules.Advanced {
		t.Errorf("county primary: %v", res.Outcome)
	}
}
