package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// ncRace is a North Carolina race with candidates' votes in the order given.
func ncRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "NC", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// The README's contrast: a statewide race of 5,488,000 votes decided by
// 12,000 is within 0.5% (27,440) but past 10,000 votes, "whichever is
// less": no right to a recount. 10,000 exactly is "not more than".
func TestNCStatewideLesser(t *testing.T) {
	for _, c := range []struct {
		name   string
		margin int64
		want   rules.Answer
	}{
		{"12,000: within 0.5%, past 10,000", 12000, rules.No},
		{"10,000: at the line", 10000, rules.Yes},
		{"10,001: one past", 10001, rules.No},
		{"9,000: inside", 9000, rules.Yes},
	} {
		t.Run(c.name, func(t *testing.T) {
			half := (5488000 - c.margin) / 2
			res := apply(t, ncRace(20241105, rules.General, rules.Statewide, 100, 20241115, half+c.margin, half, 5488000-2*half-c.margin))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != 10000 || res.Total != 5488000 {
				t.Errorf("request %v limit %d/%v total %d", res.Request, lim.Votes, ok, res.Total)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v: North Carolina has none", res.Automatic)
			}
		})
	}
	// A statewide primary of 1,000,000 votes: 0.5% is 5,000, the lesser.
	res := apply(t, ncRace(20240305, rules.Primary, rules.Statewide, 100, 20240315, 502500, 497500))
	if lim, _ := res.RequestLimit(); res.Request != rules.Yes || lim.Votes != 5000 {
		t.Errorf("primary, 5,000 of 1,000,000: %v limit %d", res.Request, lim.Votes)
	}
}

// The 2024 Supreme Court race: Griffin, 734 behind Riggs, demanded a
// recount of the State Board by noon on the second business day after the
// county canvass of Friday, November 15: Tuesday, November 19.
func TestNCSupremeCourt2024(t *testing.T) {
	res := apply(t, ncRace(20241105, rules.General, rules.Judicial, 100, 20241115, 2770412, 2769678))
	if res.Request != rules.Yes || res.Checks[0].Margin != 734 {
		t.Errorf("request %v margin %d", res.Request, res.Checks[0].Margin)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "state-board" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241119 || res.Deadline.Rule.At != 12*60 {
		t.Errorf("deadline %+v", res.Deadline)
	}
}

// County-board items: 1% "not more than" of 20,000 votes is 200; the
// demand is due by 5 p.m. on the first business day after the canvass.
func TestNCCountyBoard(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		{"199 of 20,000", []int64{10099, 9900, 1}, rules.Yes},
		{"200 of 20,000: at the line", []int64{10100, 9900}, rules.Yes},
		{"201 of 20,001", []int64{10101, 9900}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ncRace(20241105, rules.General, rules.County, 1, 20241115, c.votes...))
			if res.Request != c.want {
				t.Errorf("request %v", res.Request)
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-board" {
				t.Errorf("filing %+v", f)
			}
			// Friday, November 15 → Monday, November 18, 5 p.m.
			if res.Deadline.Due != 20241118 || res.Deadline.Rule.At != 17*60 {
				t.Errorf("deadline %+v", res.Deadline)
			}
		})
	}
}

// A General Assembly seat goes to the county board if its district lies in
// one county, to the State Board otherwise; judges always to the State Board.
func TestNCReceivers(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		want     string
	}{
		{rules.StateHouse, 1, "county-board"},
		{rules.StateHouse, 3, "state-board"},
		{rules.Judicial, 1, "state-board"},
		{rules.Municipal, 1, "county-board"},
		{rules.USHouse, 12, "state-board"},
	} {
		res := apply(t, ncRace(20241105, rules.General, c.office, c.counties, 20241115, 1000, 995))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != c.want {
			t.Errorf("%s in %d counties: %+v", c.office, c.counties, f)
		}
	}
}

// Business days skip Veterans Day; the Friday after Thanksgiving may be
// closed, so two dates.
func TestNCHolidays(t *testing.T) {
	// Canvass Tuesday, November 10, 2026: Wednesday the 11th is Veterans Day.
	res := apply(t, ncRace(20261103, rules.General, rules.County, 1, 20261110, 1000, 995))
	if res.Deadline.Due != 20261112 || res.Deadline.Later != 0 {
		t.Errorf("Veterans Day: %+v", res.Deadline)
	}
	// Canvass Wednesday, November 25, 2026: Thursday is Thanksgiving.
	res = apply(t, ncRace(20261117, rules.General, rules.County, 1, 20261125, 1000, 995))
	if res.Deadline.Due != 20261127 || res.Deadline.Later != 20261130 {
		t.Errorf("Thanksgiving: %+v", res.Deadline)
	}
	// State Board, canvass Friday, November 13, 2026: Monday 16, Tuesday 17 (noon).
	res = apply(t, ncRace(20261103, rules.General, rules.USSenate, 100, 20261113, 1000, 995))
	if res.Deadline.Due != 20261117 {
		t.Errorf("State Board: %+v", res.Deadline)
	}
}

// A primary nominates a candidate with more than 30% of the vote (G.S.
// 163-111); below it the top two may go to a second primary.
func TestNCPrimaryThirtyPercent(t *testing.T) {
	res := apply(t, ncRace(20240305, rules.Primary, rules.StateHouse, 1, 20240315, 3001, 2999, 2500, 1500))
	if res.Outcome != rules.Nominated {
		t.Errorf("30.01%%: %v", res.Outcome)
	}
	res = apply(t, ncRace(20240305, rules.Primary, rules.StateHouse, 1, 20240315, 3000, 2999, 2501, 1500))
	if res.Outcome != rules.ToRunoff {
		t.Errorf("exactly 30%%: %v", res.Outcome)
	}
}

// G.S. 103-4(b): a public holiday on a Sunday makes the Monday following a
// public holiday, so the business days after the canvass skip it; a
// Saturday holiday is not moved, so the Friday before counts.
func TestNCSundayHolidayMonday(t *testing.T) {
	state := NC.Versions[0].Readings[0].Filings[2].Deadline
	if state.N != 2 || state.Unit != rules.BusinessDays {
		t.Fatalf("State Board deadline %+v", state)
	}
	for _, c := range []struct {
		name string
		rule rules.Deadline
		base rules.Date
		due  rules.Date
	}{
		// Canvass Friday, December 30, 2022; New Year's Day on Sunday,
		// January 1, 2023. County board: Dec 31 Sa, Jan 1 Su, Jan 2 M
		// holiday, Jan 3 Tu 1 (5 p.m.).
		{"county board, New Year 2023", ncCountyDeadline, 20221230, 20230103},
		// State Board: Jan 3 Tu 1, Jan 4 W 2 (noon).
		{"State Board, New Year 2023", state, 20221230, 20230104},
		// Canvass Friday, November 9, 2018; Veterans Day on Sunday the
		// 11th. Nov 10 Sa, Nov 11 Su, Nov 12 M holiday, Nov 13 Tu 1.
		{"county board, Veterans Day 2018", ncCountyDeadline, 20181109, 20181113},
		// Canvass Thursday, November 9, 2023; Veterans Day on Saturday the
		// 11th is not moved: Nov 10 F 1.
		{"county board, Veterans Day 2023 on a Saturday", ncCountyDeadline, 20231109, 20231110},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := rules.CountDeadline(c.rule, c.base, &NC.Holidays)
			if d.Due != c.due || d.Later != 0 {
				t.Errorf("due %v later %v, want %v", d.Due, d.Later, c.due)
			}
		})
	}
}
