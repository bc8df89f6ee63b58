package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// arRace is an Arkansas race with candidates' votes in the order given.
func arRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "AR", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 7-5-319(a)(1): "Any candidate voted for" may have a recount on
// petition: no margin, no automatic recount; the candidate pays.
func TestARAnyMargin(t *testing.T) {
	for _, votes := range [][]int64{{5010, 4990}, {9000, 1000}, {5000, 3000, 2000}} {
		res := apply(t, arRace(20241105, rules.General, rules.County, 1, 20241106, votes...))
		if res.Request != rules.Yes || res.Automatic != rules.NoRoute {
			t.Errorf("%v: request %v automatic %v", votes, res.Request, res.Automatic)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%v: a request limit where any margin will do", votes)
		}
		if cost := res.Main().Requested[0].Route.Tiers[0].Cost; cost.Kind != rules.RequesterPays {
			t.Errorf("cost %+v", cost)
		}
	}
}

// Two days after the county board declares the preliminary, unofficial
// results, to the county board of election commissioners: from Friday
// 2024-11-08 the last day is Sunday 2024-11-10 (calendar days, not moved).
func TestARDeadline(t *testing.T) {
	res := apply(t, arRace(20241105, rules.General, rules.StateHouse, 2, 20241108, 5010, 4990))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-board" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241110 || res.Deadline.Rolled {
		t.Errorf("deadline %+v", res.Deadline)
	}
	if res := apply(t, arRace(20241105, rules.General, rules.County, 1, 20241106, 5010, 4990)); res.Deadline.Due != 20241108 {
		t.Errorf("Wednesday declaration: due %v", res.Deadline.Due)
	}
}

// Ties: the General Assembly for the constitutional officers; a runoff for
// Congress, the legislature and county offices (§§ 7-5-703 to -705,
// 7-5-106).
func TestARTies(t *testing.T) {
	for _, c := range []struct {
		office rules.Office
		want   rules.TieKind
	}{
		{rules.Governor, rules.Legislature},
		{rules.USHouse, rules.RunoffTie},
		{rules.StateSenate, rules.RunoffTie},
		{rules.County, rules.RunoffTie},
		{rules.President, rules.TieUnknown},
	} {
		res := apply(t, arRace(20241105, rules.General, c.office, 1, 20241106, 5000, 5000))
		if res.Tie == nil || res.Tie.Kind != c.want {
			t.Errorf("%s: tie %+v, want %v", c.office, res.Tie, c.want)
		}
	}
}

// § 1-5-101: Christmas Eve is a state holiday, kept on Friday when it falls
// on a Saturday (2022).
func TestARHolidays(t *testing.T) {
	d := rules.CountDeadline(rules.Deadline{N: 1, Unit: rules.BusinessDays}, 20221222, &AR.Holidays)
	if d.Due != 20221227 {
		t.Errorf("due %v, want Tuesday 2022-12-27", d.Due)
	}
}

// A Nov 3, 2026 race under the text on file (ebench, version dated
// Oct. 30, 2024): § 7-5-319(a)(1) asks for no margin, so a candidate may
// petition at a margin of 1 vote (5,001 to 5,000), of 1 vote among three
// candidates (4,000 to 3,999) and at a landslide of 8,000 (9,000 to
// 1,000); no line is shown and nothing is automatic.
func TestARAnyMargin2026(t *testing.T) {
	for _, votes := range [][]int64{{5001, 5000}, {9000, 1000}, {4000, 3999, 2001}} {
		res := apply(t, arRace(20261103, rules.General, rules.StateHouse, 1, 20261104, votes...))
		if res.Request != rules.Yes || res.Automatic != rules.NoRoute {
			t.Errorf("%v: request %v automatic %v", votes, res.Request, res.Automatic)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%v: a request limit where any margin will do", votes)
		}
	}
}
