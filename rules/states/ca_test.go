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
