package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// okRace is an Oklahoma race with candidates' votes in the order given.
func okRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "OK", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(3)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// No automatic recount of a candidate race; any candidate may petition at
// any margin, so no line is shown.
func TestOKAnyMargin(t *testing.T) {
	for _, votes := range [][]int64{{1000, 999}, {1000, 500}, {90000, 10000}} {
		res := apply(t, okRace(20241105, rules.General, rules.County, 1, votes...))
		if _, ok := res.RequestLimit(); res.Request != rules.Yes || ok || res.Automatic != rules.NoRoute {
			t.Errorf("%v: request %v (limit %v) automatic %v", votes, res.Request, ok, res.Automatic)
		}
	}
}

// By 5 p.m. on the Friday after the election: November 8, 2024. In 2022
// that Friday was Veterans Day, and no roll-over was read: it stays.
func TestOKFridayDeadline(t *testing.T) {
	res := apply(t, okRace(20241105, rules.General, rules.County, 1, 1000, 990))
	if res.Deadline == nil || res.Deadline.Due != 20241108 || res.Deadline.Rule.At != 17*60 {
		t.Errorf("2024: %+v", res.Deadline)
	}
	res = apply(t, okRace(20221108, rules.General, rules.County, 1, 1000, 990))
	if res.Deadline.Due != 20221111 || res.Deadline.Rolled {
		t.Errorf("2022: due %v rolled %v", res.Deadline.Due, res.Deadline.Rolled)
	}
	// The primary on Tuesday, June 18, 2024: Friday, June 21.
	res = apply(t, okRace(20240618, rules.Primary, rules.StateHouse, 1, 6000, 4000))
	if res.Deadline.Due != 20240621 {
		t.Errorf("primary: due %v", res.Deadline.Due)
	}
}

// County, city and school races go to the county election board; state
// and federal ones to the State Election Board.
func TestOKReceivers(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		want     string
	}{
		{rules.County, 1, "county-board"},
		{rules.District, 1, "county-board"},
		{rules.USSenate, 77, "state-board"},
		{rules.StateSenate, 2, "state-board"},
	} {
		res := apply(t, okRace(20241105, rules.General, c.office, c.counties, 1000, 990))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != c.want {
			t.Errorf("%s: %+v", c.office, f)
		}
	}
}

// A party primary needs a majority (26 O.S. § 1-103); a tie is drawn by lot.
func TestOKPrimaryMajority(t *testing.T) {
	res := apply(t, okRace(20240618, rules.Primary, rules.StateHouse, 1, 4500, 3500, 2000))
	if res.Outcome != rules.ToRunoff || res.Request != rules.Yes {
		t.Errorf("45%%: %v request %v", res.Outcome, res.Request)
	}
	res = apply(t, okRace(20240618, rules.Primary, rules.StateHouse, 1, 5001, 4999))
	if res.Outcome != rules.Nominated {
		t.Errorf("50.01%%: %v", res.Outcome)
	}
	res = apply(t, okRace(20241105, rules.General, rules.County, 1, 700, 700))
	if res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("tie %+v", res.Tie)
	}
}
