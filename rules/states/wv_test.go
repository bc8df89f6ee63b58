package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// wvRace is a West Virginia race with candidates' votes in the order given.
func wvRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "WV", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// No margin is needed: any candidate may ask, at any margin; there is no
// automatic recount.
func TestWVAnyMargin(t *testing.T) {
	for _, votes := range [][]int64{{5001, 4999}, {6000, 4000}, {9000, 1000}} {
		res := apply(t, wvRace(20241105, rules.General, rules.County, 1, 20241115, votes...))
		if res.Request != rules.Yes || res.Automatic != rules.NoRoute {
			t.Errorf("%v: request %v automatic %v", votes, res.Request, res.Automatic)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%v: a line where none is needed", votes)
		}
	}
	// Every candidate may ask, not only the closest: a third-place finisher
	// is within the (any-margin) route too.
	res := apply(t, wvRace(20240514, rules.Primary, rules.StateHouse, 1, 20240520, 3000, 2000, 1000))
	if len(res.Checks) != 2 || res.Checks[1].Tier != 0 {
		t.Errorf("third place: %+v", res.Checks)
	}
}

// Receivers: the county clerk; for a municipal election, the municipal
// clerk or recorder.
func TestWVReceivers(t *testing.T) {
	res := apply(t, wvRace(20241105, rules.General, rules.USHouse, 18, 20241115, 150000, 149000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-official" {
		t.Errorf("U.S. House filing %+v", f)
	}
	res = apply(t, wvRace(20250610, rules.General, rules.Municipal, 1, 20250616, 800, 790))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "local-official" {
		t.Errorf("municipal filing %+v", f)
	}
}

// 48 hours from the declaration, Saturdays, Sundays and legal holidays not
// counted: two business days.
func TestWVDeadline(t *testing.T) {
	for _, c := range []struct {
		name     string
		declared rules.Date
		due      rules.Date
	}{
		// Friday, November 22, 2024: Monday, then Tuesday the 26th.
		{"over a weekend", 20241122, 20241126},
		// Wednesday, November 27, 2024: Thanksgiving, Lincoln's Day (the
		// Friday after), the weekend: Monday and Tuesday, December 3.
		{"Thanksgiving", 20241127, 20241203},
		// Thursday, June 18, 2026: West Virginia Day (June 20) is a
		// Saturday, kept on Friday the 19th: Monday and Tuesday the 23rd.
		{"West Virginia Day", 20260618, 20260623},
		// Friday, November 1, 2024: Monday the 4th, then Election Day is a
		// holiday: Wednesday the 6th.
		{"Election Day", 20241101, 20241106},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, wvRace(c.declared.AddDays(-10), rules.Special, rules.County, 1, c.declared, 5001, 4999))
			if res.Deadline == nil || res.Deadline.Due != c.due {
				t.Errorf("due %+v, want %v", res.Deadline, c.due)
			}
		})
	}
}

// A tie: chosen by the board or the Governor, which the page does not name.
func TestWVTie(t *testing.T) {
	res := apply(t, wvRace(20241105, rules.General, rules.County, 1, 20241115, 5000, 5000))
	if res.Tie == nil || res.Tie.Kind != rules.TieUnknown || res.Outcome != rules.Tie {
		t.Errorf("tie %+v outcome %v", res.Tie, res.Outcome)
	}
}
