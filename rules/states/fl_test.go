package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// flRace is a Florida race with candidates' votes in the order given.
func flRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "FL", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(4)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Today's two automatic stages: a machine recount at 0.5% or less, and a
// manual recount of overvotes and undervotes at 0.25% or less.
func TestFLAutomaticStages(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		tier  int
	}{
		// 8,000,000 votes: 0.25% is 20,000, 0.5% is 40,000, both "or less".
		{"15,000: machine and manual", []int64{4007500, 3992500}, rules.Yes, 0},
		{"exactly 0.25%: machine and manual", []int64{4010000, 3990000}, rules.Yes, 0},
		{"20,002: machine only", []int64{4010001, 3989999}, rules.Yes, 1},
		{"exactly 0.5%: machine only", []int64{4020000, 3980000}, rules.Yes, 1},
		{"40,002: none", []int64{4020001, 3979999}, rules.No, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, flRace(20181106, rules.General, rules.Governor, 67, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != 40000 {
				t.Errorf("automatic %v limit %d (%v), want %v", res.Automatic, lim.Votes, ok, c.want)
			}
			if a := res.Main().Automatic; len(a) != 1 || a[0].Tier != c.tier || a[0].Route.Waiver == nil {
				t.Errorf("checks %+v, want tier %d with a waiver", a, c.tier)
			}
			if res.Request != rules.NoRoute || res.Main().Version.Contest == nil {
				t.Errorf("request %v; a contest should be named", res.Request)
			}
		})
	}
}

// Who orders the recount: the Secretary of State for federal, state and
// multicounty races, the county canvassing board for the rest.
func TestFLWhoOrders(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		want     string
	}{
		{rules.USSenate, 67, "secretary-of-state"},
		{rules.StateHouse, 1, "secretary-of-state"},
		{rules.District, 2, "secretary-of-state"},
		{rules.County, 1, "county-board"},
		{rules.Municipal, 1, "county-board"},
	} {
		res := apply(t, flRace(20221108, rules.General, c.office, c.counties, 10010, 9990))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != c.want {
			t.Errorf("%s in %d counties: filing %+v, want %s", c.office, c.counties, f, c.want)
		}
		if res.Deadline != nil {
			t.Errorf("%s: a request deadline %+v", c.office, res.Deadline)
		}
	}
}

// 2000: the automatic machine recount, and a candidate's protest request
// to the county board within 72 hours after election night.
func TestFL2000(t *testing.T) {
	res := apply(t, flRace(20001107, rules.General, rules.President, 67, 2909136, 2907351))
	if res.Automatic != rules.Yes || res.Request != rules.Yes || res.When != rules.InForce {
		t.Errorf("automatic %v request %v when %v", res.Automatic, res.Request, res.When)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-board" {
		t.Errorf("filing %+v", f)
	}
	// 72 hours after midnight of Tuesday, November 7: Friday, November 10.
	if res.Deadline == nil || res.Deadline.Due != 20001110 {
		t.Errorf("deadline %+v", res.Deadline)
	}
	// From 2001 through 2007 the law on file does not say which applied:
	// the protest request depends on it.
	res = apply(t, flRace(20041102, rules.General, rules.StateHouse, 1, 20010, 19990))
	if res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings || len(res.Findings) != 2 || res.Automatic != rules.Yes {
		t.Errorf("2004: request %v (%v), %d findings, automatic %v", res.Request, res.RequestReason, len(res.Findings), res.Automatic)
	}
	// From 2008: no request.
	if res := apply(t, flRace(20081104, rules.General, rules.StateHouse, 1, 20010, 19990)); res.Request != rules.NoRoute || len(res.Findings) != 1 {
		t.Errorf("2008: request %v, %d findings", res.Request, len(res.Findings))
	}
}

// A primary candidate "eliminated" by 0.5% or less is recounted too; ties
// are drawn by lot.
func TestFLPrimaryAndTie(t *testing.T) {
	// 30,000 votes: 0.5% is 150; 150 is in, 152 out.
	if res := apply(t, flRace(20240820, rules.Primary, rules.County, 1, 15075, 14925)); res.Automatic != rules.Yes {
		t.Errorf("150 of 30,000: %v", res.Automatic)
	}
	if res := apply(t, flRace(20240820, rules.Primary, rules.County, 1, 15076, 14924)); res.Automatic != rules.No {
		t.Errorf("152 of 30,000: %v", res.Automatic)
	}
	if res := apply(t, flRace(20240820, rules.Primary, rules.County, 1, 15000, 15000)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("tie %+v", res.Tie)
	}
}

// § 683.01(2): a legal holiday on a Sunday makes the Monday after a public
// holiday; one on a Saturday is not moved. No Florida recount deadline
// counts business days, so the calendar is checked with a count of one.
func TestFLHolidayMoves(t *testing.T) {
	checkDayCounts(t, &FL.Holidays, []dayCount{
		// Veterans Day fell on Sunday, Nov 11, 2018: from Fri Nov 9, Sa 10
		// and Su 11 are the weekend, M 12 the holiday, Tu 13 day 1.
		{"Monday after Veterans Day 2018", 20181109, 20181113, 1},
		// Christmas fell on Sunday, Dec 25, 2022: from Fri Dec 23, M 26 is
		// the holiday, Tu 27 day 1.
		{"Monday after Christmas 2022", 20221223, 20221227, 1},
		// Veterans Day fell on Saturday, Nov 11, 2023: from Thu Nov 9, F 10
		// is day 1.
		{"Friday before Veterans Day 2023", 20231109, 20231110, 1},
	})
}

// § 102.141(7) (2016 copy, read 2026-11-23): a recount "shall be ordered"
// when a candidate was "defeated or eliminated by one-half of a percent or
// less of the votes cast for such office"; § 102.166(1): a manual recount
// at "one-quarter of a percent or less". A Nov 3, 2026 race for governor,
// two candidates, 2,000,000 votes: 0.5% is 10,000 and 0.25% is 5,000,
// both "or less". With 2,000,001 votes 0.5% is 10,000.005, so 10,001 is
// out.
func TestFL2026Lines(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		tier  int
	}{
		{"4,998: machine and manual", []int64{1002499, 997501}, rules.Yes, 0},
		{"exactly 5,000 (0.25%): machine and manual", []int64{1002500, 997500}, rules.Yes, 0},
		{"5,002: machine only", []int64{1002501, 997499}, rules.Yes, 1},
		{"9,998: machine only", []int64{1004999, 995001}, rules.Yes, 1},
		{"exactly 10,000 (0.5%): machine only", []int64{1005000, 995000}, rules.Yes, 1},
		{"10,001 of 2,000,001: none", []int64{1005001, 995000}, rules.No, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, flRace(20261103, rules.General, rules.Governor, 67, c.votes...))
			if res.Automatic != c.want || res.Request != rules.NoRoute {
				t.Fatalf("automatic %v request %v, want %v and no route", res.Automatic, res.Request, c.want)
			}
			if lim, ok := res.AutomaticLimit(); !ok || lim.Votes != 10000 {
				t.Errorf("limit %d (%v), want 10,000", lim.Votes, ok)
			}
			a := res.Main().Automatic
			if len(a) != 1 || a[0].Tier != c.tier {
				t.Fatalf("checks %+v, want tier %d", a, c.tier)
			}
			// The 0.5% line and its waiver were read in § 102.141(7).
			rt := a[0].Route
			if st := rules.StatusOf(rt.Tiers[1].Cite); st != rules.Verified {
				t.Errorf("0.5%% line is %s, want verified", st)
			}
			if rt.Waiver == nil || rules.StatusOf(rt.Waiver.Cite) != rules.Verified {
				t.Errorf("waiver %+v, want one read in the statute", rt.Waiver)
			}
			// The 3 p.m. ninth-day finish was not read.
			if rt.Finish == nil || rt.Finish.N != 9 || rules.StatusOf(rt.Finish.Cite) != rules.Reported {
				t.Errorf("finish %+v, want day 9, reported", rt.Finish)
			}
		})
	}
	// The 2000 law's machine recount was not read: its line stays reported.
	res := apply(t, flRace(20001107, rules.General, rules.President, 67, 2909136, 2907351))
	if a := res.Main().Automatic; len(a) != 1 || rules.StatusOf(a[0].Route.Tiers[0].Cite) != rules.Reported {
		t.Errorf("2000 machine line %+v, want reported", a)
	}
}
