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

// § 3-3-7(1): a legal holiday on a Sunday makes "the next following day" a
// legal holiday; one on a Saturday is not moved. The contest's 20 days are
// calendar days that do not roll, so no Mississippi deadline here skips a
// holiday: this checks the calendar itself, with a count of one business
// day after a base.
func TestMSSundayHolidayMonday(t *testing.T) {
	checkDayCounts(t, &MS.Holidays, []dayCount{
		// Friday, November 9, 2018: Nov 10 Sa, Nov 11 Su (Veterans Day),
		// Nov 12 M holiday, Nov 13 Tu 1.
		{"Veterans Day 2018 on a Sunday", 20181109, 20181113, 1},
		// Friday, July 2, 2021: Jul 3 Sa, Jul 4 Su (Independence Day), Jul
		// 5 M holiday, Jul 6 Tu 1.
		{"Independence Day 2021 on a Sunday", 20210702, 20210706, 1},
		// Thursday, November 9, 2023: Veterans Day on Saturday the 11th is
		// not moved, so Nov 10 F 1.
		{"Veterans Day 2023 on a Saturday", 20231109, 20231110, 1},
		// Thursday, December 30, 2021: New Year's Day 2022 on Saturday,
		// Dec 31 F 1.
		{"New Year 2022 on a Saturday", 20211230, 20211231, 1},
	})
}
