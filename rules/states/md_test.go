package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// mdRace is a Maryland race with candidates' votes in the order given.
func mdRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "MD", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Since the change: free at 0.25% or less of the two top candidates'
// votes, at the petitioner's cost up to 5%, no petition "greater than 5%".
func TestMDLines2026(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		tier  int
	}{
		// 0.25% of 100,000 = 250 exactly: free.
		{"250 of 100,000: free", []int64{50125, 49875}, rules.Yes, 0},
		// 0.25% of 100,001 = 250.0025: a line of 250; 251 is past it.
		{"251 of 100,001: paid", []int64{50126, 49875}, rules.Yes, 1},
		// 5% of 100,000 = 5,000 exactly: may still ask.
		{"5,000 of 100,000: at the bar", []int64{52500, 47500}, rules.Yes, 1},
		// 5,002 is greater than 5%: no petition.
		{"5,002 of 100,000: barred", []int64{52501, 47499}, rules.No, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, mdRace(20261103, rules.General, rules.County, 1, 20261113, c.votes...))
			if res.Request != c.want || res.Checks[0].Tier != c.tier {
				t.Errorf("request %v tier %d", res.Request, res.Checks[0].Tier)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v: Maryland has none", res.Automatic)
			}
		})
	}
}

// The two-candidate denominator: 52,000 to 47,000 with 20,000 for a third
// candidate. The margin of 5,000 is more than 5% of the two top
// candidates' 99,000 votes (4,950) though within 5% of all 119,000 (5,950):
// no petition.
func TestMDTwoCandidateDenominator(t *testing.T) {
	res := apply(t, mdRace(20261103, rules.General, rules.Governor, 24, 20261204, 52000, 47000, 20000))
	lim, ok := res.RequestLimit()
	if res.Request != rules.No || !ok || lim.Votes != 4950 || lim.Of != 99000 {
		t.Errorf("request %v limit %d of %d", res.Request, lim.Votes, lim.Of)
	}
	// 4,950 exactly is within.
	res = apply(t, mdRace(20261103, rules.General, rules.Governor, 24, 20261204, 51975, 47025, 20000))
	if res.Request != rules.Yes || res.Checks[0].Margin != 4950 {
		t.Errorf("at 4,950: %v margin %d", res.Request, res.Checks[0].Margin)
	}
}

// Before the change (the 2016 text): free within 0.1%, any margin at the
// petitioner's cost. Between June 2018 and 2025 both versions are shown,
// and a margin past 5% depends on which applied.
func TestMDVersions(t *testing.T) {
	// 0.1% of 100,000 = 100 exactly: free in 2016.
	res := apply(t, mdRace(20161108, rules.General, rules.County, 1, 20161118, 50050, 49950))
	if res.Request != rules.Yes || res.Checks[0].Tier != 0 {
		t.Errorf("2016 at 0.1%%: %v tier %d", res.Request, res.Checks[0].Tier)
	}
	// 102 is past 0.1%: paid, still allowed.
	res = apply(t, mdRace(20161108, rules.General, rules.County, 1, 20161118, 50051, 49949))
	if res.Request != rules.Yes || res.Checks[0].Tier != 1 {
		t.Errorf("2016 past 0.1%%: %v tier %d", res.Request, res.Checks[0].Tier)
	}
	// 20 points apart: any margin in 2016, barred since.
	if res := apply(t, mdRace(20161108, rules.General, rules.County, 1, 20161118, 60000, 40000)); res.Request != rules.Yes {
		t.Errorf("2016, 20 points: %v", res.Request)
	}
	res = apply(t, mdRace(20221108, rules.General, rules.County, 1, 20221118, 60000, 40000))
	if res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("2022, 20 points: %v %v, %d findings", res.Request, res.RequestReason, len(res.Findings))
	}
	if res := apply(t, mdRace(20221108, rules.General, rules.County, 1, 20221118, 50100, 49900)); res.Request != rules.Yes {
		t.Errorf("2022, 200 votes: %v", res.Request)
	}
}

// The petition goes to the board the candidate filed with, within 3 days
// after certification: calendar days, and a Saturday last day does not
// move (no rule that it does was read).
func TestMDReceiverAndDeadline(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		base     rules.Date
		due      rules.Date
	}{
		{rules.Governor, 24, 20261120, 20261123},
		{rules.County, 1, 20261125, 20261128},
	} {
		res := apply(t, mdRace(20261103, rules.General, c.office, c.counties, c.base, 50100, 49900))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" {
			t.Errorf("%s: filing %+v", c.office, f)
		}
		if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled {
			t.Errorf("%s: deadline %+v", c.office, res.Deadline)
		}
	}
}

// Ties, as a 2018 blog reads the Maryland Constitution: the General
// Assembly for governor, a new election for county offices; none on file
// for a municipality (each sets its own).
func TestMDTies(t *testing.T) {
	res := apply(t, mdRace(20261103, rules.General, rules.Governor, 24, 20261204, 1000000, 1000000))
	if res.Outcome != rules.Tie || res.Tie == nil || res.Tie.Kind != rules.Legislature {
		t.Errorf("governor tie: %v %+v", res.Outcome, res.Tie)
	}
	res = apply(t, mdRace(20261103, rules.General, rules.County, 1, 20261113, 5000, 5000))
	if res.Tie == nil || res.Tie.Kind != rules.NewElection {
		t.Errorf("county tie: %+v", res.Tie)
	}
	if res := apply(t, mdRace(20261103, rules.General, rules.Municipal, 1, 20261113, 5000, 5000)); res.Tie != nil {
		t.Errorf("municipal tie: %+v, want none on file", res.Tie)
	}
}

// Gen. Prov. § 1-111(b): a legal holiday on a Sunday is observed "on the
// next Monday after that date"; one on a Saturday is not moved. The
// recount petition's 3 days are calendar days that do not roll, so no
// Maryland recount deadline skips a holiday: this checks the calendar
// itself, with a count of one business day after a base.
func TestMDSundayHolidayMonday(t *testing.T) {
	checkDayCounts(t, &MD.Holidays, []dayCount{
		// Friday, November 9, 2018: Nov 10 Sa, Nov 11 Su (Veterans' Day),
		// Nov 12 M holiday, Nov 13 Tu 1.
		{"Veterans' Day 2018 on a Sunday", 20181109, 20181113, 1},
		// Friday, June 17, 2022: Jun 18 Sa, Jun 19 Su (Juneteenth), Jun 20
		// M holiday, Jun 21 Tu 1.
		{"Juneteenth 2022 on a Sunday", 20220617, 20220621, 1},
		// Thursday, November 9, 2023: Veterans' Day on Saturday the 11th is
		// not moved, so Nov 10 F 1.
		{"Veterans' Day 2023 on a Saturday", 20231109, 20231110, 1},
		// Thursday, July 2, 2026: Independence Day on Saturday, Jul 3 F 1.
		{"Independence Day 2026 on a Saturday", 20260702, 20260703, 1},
	})
}
