package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// laRace is a Louisiana race with candidates' votes in the order given.
func laRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "LA", Election: date, Type: typ, Office: office, Counties: counties}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Only mail and early ballots can be recounted, when there are enough of
// them "to make a difference in the outcome": the page does not ask for
// that count, so any margin depends on it.
func TestLAOtherCount(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
	}{
		{"one vote", []int64{5001, 5000}},
		{"close", []int64{5100, 4900}},
		{"wide", []int64{8000, 2000}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, laRace(20241207, rules.General, rules.County, 1, c.votes...))
			if res.Request != rules.Depends || res.RequestReason != rules.ReasonOther || res.Automatic != rules.NoRoute {
				t.Errorf("request %v (%v) automatic %v", res.Request, res.RequestReason, res.Automatic)
			}
			if _, ok := res.RequestLimit(); ok {
				t.Errorf("a request limit, though the line is another count")
			}
		})
	}
}

// The parish board of election supervisors receives the request, by the
// third day after the election.
func TestLAReceiverAndDeadline(t *testing.T) {
	for _, c := range []struct {
		name     string
		office   rules.Office
		typ      rules.ElectionType
		counties int
		election rules.Date
		due      rules.Date
	}{
		// Sat Dec 7, 2024 + 3 = Tue Dec 10.
		{"parish office", rules.County, rules.General, 1, 20241207, 20241210},
		// Tue Nov 5, 2024 + 3 = Fri Nov 8.
		{"congressional primary", rules.USHouse, rules.Primary, 12, 20241105, 20241108},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, laRace(c.election, c.typ, c.office, c.counties, 5100, 4900))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "la-parish-board" {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due {
				t.Errorf("deadline %+v, want %v", res.Deadline, c.due)
			}
		})
	}
}

// The open primary needs a majority; the general election that follows is
// won by the most votes.
func TestLAMajority(t *testing.T) {
	res := apply(t, laRace(20241105, rules.Primary, rules.USHouse, 12, 45000, 35000, 20000))
	if res.Rule != rules.Majority || res.Outcome != rules.ToRunoff {
		t.Errorf("primary without a majority: %v %v", res.Rule, res.Outcome)
	}
	res = apply(t, laRace(20241105, rules.Primary, rules.USHouse, 12, 50001, 49999))
	if res.Outcome == rules.ToRunoff {
		t.Errorf("primary with a majority: %v", res.Outcome)
	}
	res = apply(t, laRace(20241207, rules.General, rules.USHouse, 12, 45000, 35000, 20000))
	if res.Rule != rules.Plurality || res.Outcome != rules.Elected {
		t.Errorf("general: %v %v", res.Rule, res.Outcome)
	}
	// A primary tie sends every tied candidate on.
	res = apply(t, laRace(20241105, rules.Primary, rules.County, 1, 3000, 3000, 3000))
	if res.Tie == nil || res.Tie.Kind != rules.RunoffTie {
		t.Errorf("primary tie %+v", res.Tie)
	}
}
