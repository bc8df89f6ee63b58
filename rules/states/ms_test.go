package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// msRace is a Mississippi race with candidates' votes in the order given.
func msRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "MS", Election: date, Type: typ, Office: office, Counties: counties, Base: date}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// No recount of any kind, at any margin: what remains is the ballot-box
// examination and an election contest in the circuit court within 20
// days of the election.
func TestMSNoRecount(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		votes    []int64
	}{
		{rules.County, 1, []int64{5001, 5000}},
		{rules.USSenate, 82, []int64{600000, 400000}},
		{rules.StateHouse, 2, []int64{7000, 6990}},
	} {
		res := apply(t, msRace(20231107, rules.General, c.office, c.counties, c.votes...))
		if res.Automatic != rules.NoRoute || res.Request != rules.NoRoute || res.Deadline != nil {
			t.Errorf("%s: automatic %v request %v deadline %+v", c.office, res.Automatic, res.Request, res.Deadline)
		}
		con := res.Findings[0].Version.Contest
		if con == nil || con.Receiver.ID != "court" || con.Deadline == nil || con.Deadline.N != 20 || con.Deadline.From != rules.ElectionDay {
			t.Errorf("%s: contest %+v", c.office, con)
		}
		box := false
		for _, f := range res.Facts {
			box = box || f.Kind == "ms-box-examination" && len(f.Numbers) == 2 && f.Numbers[0] == 12
		}
		if !box {
			t.Errorf("%s: no ballot-box examination fact", c.office)
		}
	}
	// The contest's 20 days, counted: election on November 7, 2023, due
	// November 27 (calendar days; the statute names no move).
	d := rules.CountDeadline(*MS.Versions[0].Contest.Deadline, 20231107, &MS.Holidays)
	if d.Due != 20231127 {
		t.Errorf("contest due %v", d.Due)
	}
}

// A primary, and since 2023 a statewide general election, needs a majority:
// otherwise the top two meet in a runoff.
func TestMSMajority(t *testing.T) {
	// Like the 2014 Senate primary: 49.5%, 49% and 1.5%.
	res := apply(t, msRace(20140603, rules.Primary, rules.USSenate, 82, 49500, 49000, 1500))
	if res.Outcome != rules.ToRunoff {
		t.Errorf("primary without a majority: %v", res.Outcome)
	}
	res = apply(t, msRace(20231107, rules.General, rules.Governor, 82, 450000, 430000, 30000))
	if res.Outcome != rules.ToRunoff {
		t.Errorf("governor without a majority: %v", res.Outcome)
	}
	res = apply(t, msRace(20231107, rules.General, rules.County, 1, 4500, 4300, 300))
	if res.Outcome != rules.Elected {
		t.Errorf("county office, plurality: %v", res.Outcome)
	}
}

// Ties: straws from a bag for a district office across counties; a runoff
// for a statewide office.
func TestMSTies(t *testing.T) {
	if res := apply(t, msRace(20231107, rules.General, rules.StateSenate, 3, 8000, 8000)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("senate district: %+v", res.Tie)
	}
	if res := apply(t, msRace(20231107, rules.General, rules.Statewide, 82, 400000, 400000)); res.Tie == nil || res.Tie.Kind != rules.RunoffTie {
		t.Errorf("statewide: %+v", res.Tie)
	}
	if res := apply(t, msRace(20231107, rules.General, rules.County, 1, 800, 800)); res.Tie != nil {
		t.Errorf("county: %+v, none on file", res.Tie)
	}
}
