package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// vaRace is a Virginia race with candidates' votes in the order given.
func vaRace(date rules.Date, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "VA", Election: date, Type: rules.General, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 24.2-800(B): "not more than one percent of the total vote cast for the
// two such candidates": third-party votes do not widen the line.
func TestVATwoCandidateDenominator(t *testing.T) {
	// 10,000 / 9,790 / 5,000: 1% of 19,790 is 197.9, so 197 votes; the
	// margin of 210 is past it, though within 1% of all 24,790 votes (247).
	res := apply(t, vaRace(20231107, rules.StateHouse, 1, 20231114, 10000, 9790, 5000))
	lim, _ := res.RequestLimit()
	if res.Request != rules.No || lim.Votes != 197 || lim.Of != 19790 {
		t.Errorf("request %v limit %d of %d", res.Request, lim.Votes, lim.Of)
	}
	if res.Automatic != rules.NoRoute {
		t.Errorf("automatic %v", res.Automatic)
	}
}

// The 1% line and the free half-percent tier, at and past each boundary.
func TestVALines(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		tier  int
	}{
		// 20,000 votes: 0.5% is 100; a margin of 100 is free.
		{"free at 0.5%", []int64{10050, 9950}, rules.Yes, 0},
		// 20,001 votes: 0.5% is 100.005, so 100; a margin of 101 is paid.
		{"paid past 0.5%", []int64{10051, 9950}, rules.Yes, 1},
		// 20,000 votes: 1% is 200; a margin of 200 may ask ("not more than").
		{"at 1%", []int64{10100, 9900}, rules.Yes, 1},
		// 20,001 votes: 1% is 200.01, so 200; 201 may not.
		{"past 1%", []int64{10101, 9900}, rules.No, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, vaRace(20231107, rules.County, 1, 20231114, c.votes...))
			if res.Request != c.want || res.Checks[0].Tier != c.tier {
				t.Errorf("request %v tier %d, want %v %d", res.Request, res.Checks[0].Tier, c.want, c.tier)
			}
		})
	}
}

// The 2013 attorney general's race: 165 votes of 2,212,281, a free recount
// petitioned in Richmond within ten days of the November 25 certification.
func TestVA2013AttorneyGeneral(t *testing.T) {
	res := apply(t, vaRace(20131105, rules.Statewide, 133, 20131125, 1103777, 1103612, 4892))
	lim, _ := res.RequestLimit()
	// 1% of the two candidates' 2,207,389 votes is 22,073.89.
	if res.Request != rules.Yes || lim.Votes != 22073 || res.Checks[0].Tier != 0 {
		t.Errorf("request %v limit %d tier %d", res.Request, lim.Votes, res.Checks[0].Tier)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "va-richmond-circuit-court" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline.Due != 20131205 || res.Deadline.Rolled {
		t.Errorf("deadline %+v", res.Deadline)
	}
}

// Receivers: the local circuit court for a delegate's race; Richmond for a
// presidential race, two calendar days after certification.
func TestVAReceivers(t *testing.T) {
	res := apply(t, vaRace(20171107, rules.StateHouse, 1, 20171120, 11597, 11587))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "court" {
		t.Errorf("delegate filing %+v", f)
	}
	// November 20, 2017 + 10 days is Thursday, November 30.
	if res.Request != rules.Yes || res.Deadline.Due != 20171130 {
		t.Errorf("delegate: %v due %v", res.Request, res.Deadline.Due)
	}
	res = apply(t, vaRace(20241105, rules.President, 133, 20241125, 2335395, 2075085))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "va-richmond-circuit-court" || res.Deadline.Due != 20241127 {
		t.Errorf("president filing %+v due %v", f, res.Deadline.Due)
	}
}

// § 1-210(C): a last day on a weekend or holiday moves to the next day the
// clerk's office is open.
func TestVADeadlineRolls(t *testing.T) {
	// Certified Monday, November 18, 2024: ten days is Thanksgiving; the
	// Friday after is a state holiday, then the weekend: Monday, December 2.
	res := apply(t, vaRace(20241105, rules.County, 1, 20241118, 5000, 4990))
	if res.Deadline.Due != 20241202 || !res.Deadline.Rolled {
		t.Errorf("Thanksgiving 2024: %+v", res.Deadline)
	}
	// Certified Saturday, October 25, 2025: ten days is Tuesday, November 4,
	// Election Day, a state holiday since 2020: Wednesday the 5th.
	res = apply(t, vaRace(20250923, rules.County, 1, 20251025, 5000, 4990))
	if res.Deadline.Due != 20251105 || !res.Deadline.Rolled {
		t.Errorf("Election Day 2025: %+v", res.Deadline)
	}
	// Lee-Jackson Day (a list, until 2020): certified January 7, 2019, ten
	// days is Thursday the 17th; certified January 8, the 18th, Lee-Jackson
	// Day, moves over the weekend and Martin Luther King Day to Tuesday 22.
	res = apply(t, vaRace(20181106, rules.County, 1, 20190108, 5000, 4990))
	if res.Deadline.Due != 20190122 {
		t.Errorf("Lee-Jackson Day 2019: %+v", res.Deadline)
	}
}
