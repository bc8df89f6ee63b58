package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// akRace is an Alaska race with candidates' votes in the order given.
func akRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "AK", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// AS 15.20.450: the recount is free when the difference "was 20 or less or
// was less than .5 percent of the total number of votes cast for the two
// candidates"; otherwise the applicant deposits. A request is open at any
// margin, so the tier decides the cost.
func TestAKFreeTier(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		tier  int
	}{
		// Two candidates' 200,000 votes: 0.5% is 1,000, and "less than"
		// leaves 999 inside.
		{"under 0.5%", []int64{100499, 99501}, 0},
		{"exactly 0.5%", []int64{100500, 99500}, 1},
		// A third candidate does not widen it: 0.5% of 200,000 again.
		{"third candidate", []int64{100500, 99500, 30000}, 1},
		// Small race: 0.5% of 1,000 is 5, but 20 votes or fewer is free.
		{"20 votes", []int64{510, 490}, 0},
		{"21 votes", []int64{511, 490}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, akRace(20241105, rules.General, rules.StateHouse, 1, 20241130, c.votes...))
			rq := res.Main().Requested
			if res.Request != rules.Yes || len(rq) != 1 || rq[0].Tier != c.tier {
				t.Errorf("request %v checks %+v, want tier %d", res.Request, rq, c.tier)
			}
			if res.Automatic != rules.No {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// A tie: the director starts the recount (AS 15.20.430(a)); it is broken
// by lot afterwards (AS 15.20.530).
func TestAKTie(t *testing.T) {
	res := apply(t, akRace(20241105, rules.General, rules.StateHouse, 1, 20241130, 764, 764))
	if res.Automatic != rules.Yes || res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("automatic %v tie %+v", res.Automatic, res.Tie)
	}
	if lim, ok := res.AutomaticLimit(); !ok || lim.Votes != 0 {
		t.Errorf("automatic limit %+v %v", lim, ok)
	}
	// The 2006 House District 37 primary tie.
	if res := apply(t, akRace(20060822, rules.Primary, rules.StateHouse, 1, 20060913, 764, 764)); res.Automatic != rules.Yes || res.When != rules.Assumed {
		t.Errorf("2006 primary: automatic %v when %v", res.Automatic, res.When)
	}
}

// Every application goes to the director: within 5 days after the state
// review (2020: certified Monday, November 30; due Saturday, December 5,
// not moved), or 3 days for Governor after a general election.
func TestAKDeadlines(t *testing.T) {
	res := apply(t, akRace(20201103, rules.General, rules.USHouse, 30, 20201130, 192000, 159000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "ak-director-of-elections" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20201205 || res.Deadline.Rolled {
		t.Errorf("deadline %+v", res.Deadline)
	}
	res = apply(t, akRace(20221108, rules.General, rules.Governor, 30, 20221129, 132000, 61000, 51000))
	if res.Deadline == nil || res.Deadline.Due != 20221202 {
		t.Errorf("governor deadline %+v", res.Deadline)
	}
	// Ten qualified voters may apply too.
	found := false
	for _, w := range res.Main().Requested[0].Route.Who {
		found = found || w.Kind == rules.Voters && w.Number == 10
	}
	if !found {
		t.Error("10 voters not among the applicants")
	}
}
