package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// ndRace is a North Dakota race with candidates' votes in the order given.
func ndRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "ND", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// A general election: automatic at 0.5% "or less" of the highest vote
// (10,000 × 0.5% = 50); a demand above it and "less than two percent"
// (10,000 × 2% = 200, so 199). A third candidate's votes do not count:
// the line is a share of the winner's votes.
func TestNDGeneralBands(t *testing.T) {
	for _, c := range []struct {
		name           string
		loser          int64
		automatic, req rules.Answer
	}{
		{"49: automatic", 9951, rules.Yes, rules.No},
		{"50: at the automatic line, automatic", 9950, rules.Yes, rules.No},
		{"51: past it, a demand", 9949, rules.No, rules.Yes},
		{"199: demand", 9801, rules.No, rules.Yes},
		{"200: exactly 2%, nothing", 9800, rules.No, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ndRace(20241105, rules.General, rules.StateHouse, 2, 20241125, 10000, c.loser, 3000))
			if res.Automatic != c.automatic || res.Request != c.req {
				t.Errorf("automatic %v request %v", res.Automatic, res.Request)
			}
			if lim, _ := res.AutomaticLimit(); lim.Votes != 50 {
				t.Errorf("automatic limit %d", lim.Votes)
			}
			if lim, _ := res.RequestLimit(); lim.Votes != 199 {
				t.Errorf("request limit %d", lim.Votes)
			}
		})
	}
}

// A primary doubles the automatic line: 1% of the highest vote.
func TestNDPrimary(t *testing.T) {
	for _, c := range []struct {
		loser          int64
		automatic, req rules.Answer
	}{
		{4950, rules.Yes, rules.No}, // 50 = 1% of 5,000: "or less"
		{4949, rules.No, rules.Yes}, // 51: more than 1%, less than 2%
		{4900, rules.No, rules.No},  // 100 = 2%: not less than 2%
	} {
		res := apply(t, ndRace(20240611, rules.Primary, rules.County, 1, 20240624, 5000, c.loser))
		if res.Automatic != c.automatic || res.Request != c.req {
			t.Errorf("5,000 to %d: automatic %v request %v", c.loser, res.Automatic, res.Request)
		}
	}
}

// Three days after the canvass, with no roll-over read: a county office
// from the county canvass, others from the state canvass; a Saturday stays.
func TestNDDeadline(t *testing.T) {
	res := apply(t, ndRace(20241105, rules.General, rules.County, 1, 20241118, 10000, 9900))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-board" || f.Deadline.From != rules.Canvass {
		t.Errorf("county: %+v", f)
	}
	if res.Deadline.Due != 20241121 {
		t.Errorf("county due %v", res.Deadline.Due)
	}
	// State canvass Wednesday, November 20: Saturday the 23rd.
	res = apply(t, ndRace(20241105, rules.General, rules.StateSenate, 2, 20241120, 10000, 9900))
	if f := res.Main().Filing; f == nil || f.Deadline.From != rules.StateCanvass {
		t.Errorf("legislative: %+v", f)
	}
	if res.Deadline.Due != 20241123 || res.Deadline.Rolled {
		t.Errorf("legislative due %v rolled %v", res.Deadline.Due, res.Deadline.Rolled)
	}
}

// Ties: county offices by lot, state and judicial offices by a new election.
func TestNDTies(t *testing.T) {
	if res := apply(t, ndRace(20241105, rules.General, rules.County, 1, 20241118, 500, 500)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("county tie %+v", res.Tie)
	}
	if res := apply(t, ndRace(20241105, rules.General, rules.Governor, 53, 20241120, 500, 500)); res.Tie == nil || res.Tie.Kind != rules.NewElection {
		t.Errorf("governor tie %+v", res.Tie)
	}
}

// § 16.1-16-01(1)(b) and (2)(b), read 2026-11-23, for November 3, 2026: the
// highest vote is 12,345. Automatic at "one-half of one percent or less":
// 0.5% of 12,345 is 61.725, so 61 votes. A demand "by more than one-half of
// one percent and less than two percent": 2% of 12,345 is 246.9, so 62 to
// 246 votes; 247 is past it.
func TestNDGeneralBands2026(t *testing.T) {
	for _, c := range []struct {
		name           string
		margin         int64
		automatic, req rules.Answer
	}{
		{"60: automatic", 60, rules.Yes, rules.No},
		{"61: at the automatic line", 61, rules.Yes, rules.No},
		{"62: just past it, a demand", 62, rules.No, rules.Yes},
		{"246: just under 2%, a demand", 246, rules.No, rules.Yes},
		{"247: past 2%, nothing", 247, rules.No, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ndRace(20261103, rules.General, rules.StateHouse, 2, 20261123, 12345, 12345-c.margin))
			if res.Automatic != c.automatic || res.Request != c.req {
				t.Errorf("automatic %v request %v, want %v %v", res.Automatic, res.Request, c.automatic, c.req)
			}
			if lim, _ := res.AutomaticLimit(); lim.Votes != 61 {
				t.Errorf("automatic limit %d, want 61", lim.Votes)
			}
			if lim, _ := res.RequestLimit(); lim.Votes != 246 {
				t.Errorf("request limit %d, want 246", lim.Votes)
			}
		})
	}
}

// § 16.1-16-01(1)(a) and (2)(a), the June 9, 2026 primary: 1% "or less" of
// the highest vote, 12,345, is 123.45, so 123 votes; a demand "by more than
// one percent and less than two percent": 124 to 246.
func TestNDPrimaryBands2026(t *testing.T) {
	for _, c := range []struct {
		margin         int64
		automatic, req rules.Answer
	}{
		{123, rules.Yes, rules.No},
		{124, rules.No, rules.Yes},
		{246, rules.No, rules.Yes},
		{247, rules.No, rules.No},
	} {
		res := apply(t, ndRace(20260609, rules.Primary, rules.County, 1, 20260622, 12345, 12345-c.margin))
		if res.Automatic != c.automatic || res.Request != c.req {
			t.Errorf("margin %d: automatic %v request %v, want %v %v", c.margin, res.Automatic, res.Request, c.automatic, c.req)
		}
	}
}
