package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// dcRace is a District of Columbia race with candidates' votes in order.
func dcRace(date rules.Date, typ rules.ElectionType, office rules.Office, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "DC", Election: date, Type: typ, Office: office, Counties: 1, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 1-1001.11(a)(2): the Board recounts when the margin is less than 1%
// of the votes cast for the office.
func TestDCAutomatic(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 100,000 votes: 1% is exactly 1,000; "less than" makes it 999.
		{"998 of 100,000", []int64{50499, 49501}, rules.Yes, 999},
		{"exactly 1% of 100,000", []int64{50500, 49500}, rules.No, 999},
		// 100,001 votes: 1% is 1,000.01, so a margin of 1,000 is less.
		{"1,000 of 100,001", []int64{50500, 49501}, rules.Yes, 1000},
		{"1,002 of 100,000", []int64{50501, 49499}, rules.No, 999},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, dcRace(20261103, rules.General, rules.Municipal, 20261201, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
			// A candidate may always petition.
			if res.Request != rules.Yes {
				t.Errorf("request %v", res.Request)
			}
		})
	}
	// Shadow senators are not in the list: no automatic recount.
	if res := apply(t, dcRace(20241105, rules.General, rules.USSenate, 20241203, 50100, 49900)); res.Automatic != rules.NoRoute || res.Request != rules.Yes {
		t.Errorf("shadow senator: %v %v", res.Automatic, res.Request)
	}
}

// 3 DCMR 815.6: a petition is free within the lesser of 1% and 50 votes
// (ward) or 350 votes (at large); past it, $50 per precinct.
func TestDCPetitionTiers(t *testing.T) {
	for _, c := range []struct {
		name   string
		office rules.Office
		votes  []int64
		tier   int
	}{
		// Ward line, 20,000 votes: 1% is 200 (199), 50 strictly is 49.
		{"ward, 49", rules.Municipal, []int64{10025, 9976}, 0},
		{"ward, 50", rules.Municipal, []int64{10025, 9975}, 1},
		// At-large line: 200,000 votes: 1% is 2,000 (1,999); 350 strictly
		// is 349.
		{"at large, 349", rules.Statewide, []int64{100175, 99826}, 0},
		{"at large, 350", rules.Statewide, []int64{100175, 99825}, 1},
		// Small race, 3,000 votes: 1% is exactly 30, strictly 29: the share
		// is the lesser.
		{"small ward race, 29", rules.District, []int64{1514, 1485}, 0},
		{"small ward race, 30", rules.District, []int64{1515, 1485}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, dcRace(20241105, rules.General, c.office, 20241203, c.votes...))
			if res.Request != rules.Yes || res.Checks[0].Tier != c.tier {
				t.Errorf("request %v tier %d, want tier %d", res.Request, res.Checks[0].Tier, c.tier)
			}
			if _, ok := res.RequestLimit(); ok {
				t.Errorf("a petition at any margin has no limit")
			}
		})
	}
}

// Every petition goes to the Board within 7 calendar days of
// certification.
func TestDCFiling(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		base     rules.Date
		due      rules.Date
		weekends bool
	}{
		// Wednesday, December 4, 2024 to Wednesday the 11th, across a
		// weekend.
		{rules.President, 20241204, 20241211, true},
		// Saturday, November 30: 7 days is Saturday, December 7; no rule
		// moves it off the weekend.
		{rules.Municipal, 20241130, 20241207, true},
	} {
		res := apply(t, dcRace(20241105, rules.General, c.office, c.base, 50100, 49900))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "dc-board-of-elections" {
			t.Errorf("%s: filing %+v", c.office, f)
		}
		if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled {
			t.Errorf("%s: deadline %+v", c.office, res.Deadline)
		}
	}
}

// The District's holidays: the federal ones, Emancipation Day, and
// Inauguration Day.
func TestDCHolidays(t *testing.T) {
	rule := rules.Deadline{N: 1, Unit: rules.BusinessDays}
	// Emancipation Day 2026 is a Thursday.
	if d := rules.CountDeadline(rule, 20260415, &DC.Holidays); d.Due != 20260417 {
		t.Errorf("Emancipation Day: due %v", d.Due)
	}
	// April 16, 2023 was a Sunday, kept on Monday the 17th.
	if d := rules.CountDeadline(rule, 20230414, &DC.Holidays); d.Due != 20230418 {
		t.Errorf("Emancipation Day observed: due %v", d.Due)
	}
	// Inauguration Day, Wednesday, January 20, 2021.
	if d := rules.CountDeadline(rule, 20210119, &DC.Holidays); d.Due != 20210121 {
		t.Errorf("Inauguration Day: due %v", d.Due)
	}
}
