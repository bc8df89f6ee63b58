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
// which stands: AS 01.10.080 moves a last day only off a Sunday or a
// holiday), or 3 days for Governor after a general election.
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

// AS 44.12.020: a holiday on a Sunday makes the Monday after a legal
// holiday too, and AS 01.10.080 moves a last day off it. A holiday on a
// Saturday is not kept on the Friday; the Saturday itself is the holiday,
// and a last day on it moves on.
func TestAKSundayHolidayMonday(t *testing.T) {
	for _, c := range []struct {
		name     string
		election rules.Date
		typ      rules.ElectionType
		office   rules.Office
		base     rules.Date
		due      rules.Date
		rolled   bool
	}{
		// Christmas fell on Sunday, Dec 25, 2022. Review completed Wed
		// Dec 21: Th 22 1, F 23 2, Sa 24 3, Su 25 4, M 26 5, a legal
		// holiday (the Monday after Christmas), so Tue Dec 27.
		{"Monday after Christmas 2022", 20221108, rules.General, rules.StateHouse, 20221221, 20221227, true},
		// Veterans Day fell on Sunday, Nov 11, 2018. Governor, 3 days from
		// Thu Nov 8: F 9 1, Sa 10 2, Su 11 3, a holiday; M 12 a holiday
		// too, so Tue Nov 13.
		{"Monday after Veterans Day 2018", 20181106, rules.General, rules.Governor, 20181108, 20181113, true},
		// Veterans Day fell on Saturday, Nov 11, 2023. From Sun Nov 5:
		// M 6 1, Tu 7 2, W 8 3, Th 9 4, F 10 5. Friday is not a holiday
		// (no Saturday move), so the last day is Fri Nov 10.
		{"Friday before Veterans Day 2023", 20231003, rules.Special, rules.StateHouse, 20231105, 20231110, false},
		// From Mon Nov 6, 2023: Tu 7 1, W 8 2, Th 9 3, F 10 4, Sa 11 5,
		// Veterans Day itself, then Su 12; so Mon Nov 13.
		{"Veterans Day 2023 on the Saturday", 20231003, rules.Special, rules.StateHouse, 20231106, 20231113, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, akRace(c.election, c.typ, c.office, 30, c.base, 5000, 4000))
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled != c.rolled {
				t.Errorf("deadline %+v, want %v (rolled %v)", res.Deadline, c.due, c.rolled)
			}
		})
	}
}

// The top-four primary (from 2022): fifth place is measured against fourth.
// 14,990 is 10 behind 15,000: within 20 votes, free.
func TestAKTopFourPrimary(t *testing.T) {
	res := apply(t, akRace(20240820, rules.Primary, rules.StateHouse, 1, 20240903, 30000, 25000, 20000, 15000, 14990))
	if res.Outcome != rules.Advanced || res.Standings[3].Status != rules.Advances || res.Standings[4].Status != rules.Lost {
		t.Fatalf("outcome %v, standings %+v", res.Outcome, res.Standings)
	}
	if c := res.Closest(); c == nil || c.Margin != 10 || res.Standings[c.Against].Name != "D" {
		t.Errorf("closest %+v, want 10 behind D", c)
	}
	if res.Request != rules.Yes {
		t.Errorf("request %v", res.Request)
	}
	// Four candidates or fewer: all go on, and nobody is measured.
	if res := apply(t, akRace(20240820, rules.Primary, rules.StateHouse, 1, 20240903, 300, 200, 100)); res.Outcome != rules.Advanced || res.Closest() != nil ||
		res.Automatic != rules.NotYet || res.Request != rules.NotYet {
		t.Errorf("three candidates: %v, closest %+v, automatic %v, request %v", res.Outcome, res.Closest(), res.Automatic, res.Request)
	}
	// The first top-four primary: the special primary for the U.S. House on
	// June 11, 2022, statewide (the figures here are made up: fifth place 10
	// behind fourth).
	if res := apply(t, akRace(20220611, rules.Primary, rules.USHouse, 30, 20220701, 43000, 30000, 20000, 16000, 15990)); res.Outcome != rules.Advanced ||
		res.Closest() == nil || res.Closest().Margin != 10 {
		t.Errorf("June 11, 2022: %v, closest %+v", res.Outcome, res.Closest())
	}
	// Before 2022, a party primary nominated the most votes.
	if res := apply(t, akRace(20200818, rules.Primary, rules.StateHouse, 1, 20200901, 300, 290)); res.Outcome != rules.Nominated {
		t.Errorf("2020: %v", res.Outcome)
	}
}

// A race of November 3, 2026, under the text re-read on 2026-11-23: AS
// 15.20.430(a) ("If there is a tie vote as provided in AS 15.15.460, the
// director shall initiate the recount") and AS 15.20.450 (free when the
// difference "was 20 or less or was less than .5 percent of the total
// number of votes cast for the two candidates").
//
// Two candidates' 200,000 votes: 0.5% is 1,000; "less than" it is 999 or
// fewer. 1,000 is out (and past 20), so the applicant deposits. In a race
// of 1,001 votes, 0.5% is 5.005, but "20 or less" keeps 20 free; 21 is out.
func TestAK2026Lines(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		auto  rules.Answer
		tier  int
	}{
		{"tie", []int64{100000, 100000}, rules.Yes, 0},
		{"999 of 200,000: free", []int64{100499, 99501}, rules.No, 0},
		{"1,000 of 200,000: deposit", []int64{100500, 99500}, rules.No, 1},
		{"1,001 of 200,001: deposit", []int64{100501, 99500}, rules.No, 1},
		{"20 of 1,000: free", []int64{510, 490}, rules.No, 0},
		{"21 of 1,001: deposit", []int64{511, 490}, rules.No, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, akRace(20261103, rules.General, rules.StateHouse, 1, 20261125, c.votes...))
			if res.Automatic != c.auto {
				t.Errorf("automatic %v, want %v", res.Automatic, c.auto)
			}
			if c.auto == rules.Yes {
				return
			}
			rq := res.Main().Requested
			if res.Request != rules.Yes || len(rq) != 1 || rq[0].Tier != c.tier {
				t.Errorf("request %v checks %+v, want tier %d", res.Request, rq, c.tier)
			}
		})
	}
}
