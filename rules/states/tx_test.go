package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// txRace is a Texas race with candidates' votes in the order given.
func txRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "TX", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Chapter 216: only a tie is recounted with no request.
func TestTXAutomaticTie(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		{"tie", []int64{1500, 1500}, rules.Yes},
		{"one vote", []int64{1501, 1500}, rules.No},
		{"landslide", []int64{3000, 1000}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, txRace(20241105, rules.General, rules.County, 1, 20241115, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != 0 {
				t.Errorf("automatic %v limit %+v (%v), want %v 0", res.Automatic, lim, ok, c.want)
			}
		})
	}
	res := apply(t, txRace(20241105, rules.General, rules.County, 1, 20241115, 1500, 1500))
	if res.Tie == nil || res.Tie.Kind != rules.NewElection {
		t.Errorf("tie rule %+v", res.Tie)
	}
}

// § 212.0241: a losing candidate needs no ground, so no margin, for a
// recount of electronic voting system results.
func TestTXRequestAnyMargin(t *testing.T) {
	for _, votes := range [][]int64{{5001, 5000}, {7000, 3000}, {9900, 100}} {
		res := apply(t, txRace(20241105, rules.General, rules.StateHouse, 1, 20241203, votes...))
		if res.Request != rules.Yes {
			t.Errorf("%v: request %v", votes, res.Request)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%v: a request limit where no margin is needed", votes)
		}
	}
}

// § 212.026: the Secretary of State for governor; the state canvass's
// presiding officer for a congressional race; the county's for a county
// office; the local one for a city.
func TestTXReceivers(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		id       string
		from     rules.Event
	}{
		{rules.Governor, 254, "secretary-of-state", rules.StateCanvass},
		{rules.USHouse, 6, "tx-state-canvass-presiding-officer", rules.StateCanvass},
		{rules.StateHouse, 1, "tx-state-canvass-presiding-officer", rules.StateCanvass},
		{rules.County, 1, "tx-county-canvass-presiding-officer", rules.Canvass},
		{rules.Municipal, 1, "tx-local-canvass-presiding-officer", rules.Canvass},
	} {
		res := apply(t, txRace(20221108, rules.General, c.office, c.counties, 20221205, 60000, 40000))
		f := res.Main().Filing
		if f == nil || f.Receiver.ID != c.id || f.Deadline.From != c.from || f.Deadline.At != 17*60 {
			t.Errorf("%s: filing %+v", c.office, f)
		}
	}
}

// Two days after the canvass, at 5 p.m.; a Sunday moves to Monday, and
// Thanksgiving to the Friday after, which state offices close too: the
// later date is the Monday.
func TestTXDeadline(t *testing.T) {
	// Friday, November 15, 2024 + 2 = Sunday the 17th → Monday the 18th.
	res := apply(t, txRace(20241105, rules.General, rules.County, 1, 20241115, 600, 400))
	if res.Deadline == nil || res.Deadline.Due != 20241118 || !res.Deadline.Rolled || res.Deadline.Later != 0 {
		t.Errorf("weekend: %+v", res.Deadline)
	}
	// Tuesday, November 26 + 2 = Thanksgiving → Friday the 29th (a state
	// holiday that may not be a legal one) or Monday, December 2.
	res = apply(t, txRace(20241105, rules.General, rules.County, 1, 20241126, 600, 400))
	if res.Deadline == nil || res.Deadline.Due != 20241129 || res.Deadline.Later != 20241202 {
		t.Errorf("Thanksgiving: %+v", res.Deadline)
	}
	// "The later of": a canvass the day after the election (Wed Nov 5,
	// 2025) + 2 is Fri Nov 7, but election day (Tue Nov 4) + 5 is Sun Nov
	// 9, which moves to Mon Nov 10: the later date stands.
	res = apply(t, txRace(20251104, rules.General, rules.County, 1, 20251105, 600, 400))
	if d := res.Deadline; d == nil || d.Due != 20251110 || d.Rule.From != rules.ElectionDay || d.Stated.OrLater == nil {
		t.Errorf("the later of: %+v", res.Deadline)
	}
	// Texas Independence Day, Sunday, March 2, 2025 is not moved, and the
	// day after is a plain Monday: Friday, February 28 + 2 → Monday, March 3.
	res = apply(t, txRace(20250215, rules.Special, rules.Municipal, 1, 20250228, 600, 400))
	if res.Deadline == nil || res.Deadline.Due != 20250303 {
		t.Errorf("March 2: %+v", res.Deadline)
	}
}

// A primary needs a majority; the third place may still ask. Its
// expedited recount's deadline was not read, so none is counted.
func TestTXPrimary(t *testing.T) {
	res := apply(t, txRace(20240305, rules.Primary, rules.USHouse, 4, 20240314, 45000, 35000, 20000))
	if res.Outcome != rules.ToRunoff || res.Request != rules.Yes {
		t.Errorf("outcome %v request %v", res.Outcome, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "tx-state-canvass-presiding-officer" || f.Deadline.N != 0 {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline != nil {
		t.Errorf("deadline %+v", res.Deadline)
	}
	// The runoff has two candidates: the ordinary deadline.
	res = apply(t, txRace(20240528, rules.PrimaryRunoff, rules.USHouse, 4, 20240606, 30000, 29000))
	if res.Deadline == nil || res.Deadline.Due != 20240610 {
		t.Errorf("runoff deadline %+v", res.Deadline)
	}
}
