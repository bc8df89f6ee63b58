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

// A general election: automatic at 0.5% "or less" of the highest vote; a
// demand above it and "less than two percent" (§ 16.1-16-01(1)(b) and
// (2)(b), read 2026-11-23). A third candidate's votes do not count: the
// line is a share of the winner's votes.
//   - 2024, highest vote 10,000: 0.5% is 50; 2% is 200, so 51 to 199.
//   - Nov 3, 2026, highest vote 12,345: 0.5% is 61.725, so 61; 2% is
//     246.9, so 62 to 246; 247 is past it.
func TestNDGeneralBands(t *testing.T) {
	for _, c := range []struct {
		name                string
		date, base          rules.Date
		winner, loser       int64
		automatic, req      rules.Answer
		autoLimit, reqLimit int64
	}{
		{"49: automatic", 20241105, 20241125, 10000, 9951, rules.Yes, rules.No, 50, 199},
		{"50: at the automatic line, automatic", 20241105, 20241125, 10000, 9950, rules.Yes, rules.No, 50, 199},
		{"51: past it, a demand", 20241105, 20241125, 10000, 9949, rules.No, rules.Yes, 50, 199},
		{"199: demand", 20241105, 20241125, 10000, 9801, rules.No, rules.Yes, 50, 199},
		{"200: exactly 2%, nothing", 20241105, 20241125, 10000, 9800, rules.No, rules.No, 50, 199},
		{"2026, 60: automatic", 20261103, 20261123, 12345, 12345 - 60, rules.Yes, rules.No, 61, 246},
		{"2026, 61: at the automatic line", 20261103, 20261123, 12345, 12345 - 61, rules.Yes, rules.No, 61, 246},
		{"2026, 62: just past it, a demand", 20261103, 20261123, 12345, 12345 - 62, rules.No, rules.Yes, 61, 246},
		{"2026, 246: just under 2%, a demand", 20261103, 20261123, 12345, 12345 - 246, rules.No, rules.Yes, 61, 246},
		{"2026, 247: past 2%, nothing", 20261103, 20261123, 12345, 12345 - 247, rules.No, rules.No, 61, 246},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ndRace(c.date, rules.General, rules.StateHouse, 2, c.base, c.winner, c.loser, 3000))
			if res.Automatic != c.automatic || res.Request != c.req {
				t.Errorf("automatic %v request %v, want %v %v", res.Automatic, res.Request, c.automatic, c.req)
			}
			if lim, _ := res.AutomaticLimit(); lim.Votes != c.autoLimit {
				t.Errorf("automatic limit %d, want %d", lim.Votes, c.autoLimit)
			}
			if lim, _ := res.RequestLimit(); lim.Votes != c.reqLimit {
				t.Errorf("request limit %d, want %d", lim.Votes, c.reqLimit)
			}
		})
	}
}

// A primary doubles the automatic line: 1% "or less" of the highest vote;
// a demand "by more than one percent and less than two percent"
// (§ 16.1-16-01(1)(a) and (2)(a)). 2024, highest 5,000: 50 and 51 to 99.
// The June 9, 2026 primary, highest 12,345: 1% is 123.45, so 123; a demand
// from 124 to 246.
func TestNDPrimary(t *testing.T) {
	for _, c := range []struct {
		date, base     rules.Date
		winner, loser  int64
		automatic, req rules.Answer
	}{
		{20240611, 20240624, 5000, 4950, rules.Yes, rules.No}, // 50 = 1% of 5,000: "or less"
		{20240611, 20240624, 5000, 4949, rules.No, rules.Yes}, // 51: more than 1%, less than 2%
		{20240611, 20240624, 5000, 4900, rules.No, rules.No},  // 100 = 2%: not less than 2%
		{20260609, 20260622, 12345, 12345 - 123, rules.Yes, rules.No},
		{20260609, 20260622, 12345, 12345 - 124, rules.No, rules.Yes},
		{20260609, 20260622, 12345, 12345 - 246, rules.No, rules.Yes},
		{20260609, 20260622, 12345, 12345 - 247, rules.No, rules.No},
	} {
		res := apply(t, ndRace(c.date, rules.Primary, rules.County, 1, c.base, c.winner, c.loser))
		if res.Automatic != c.automatic || res.Request != c.req {
			t.Errorf("%v, %d to %d: automatic %v request %v, want %v %v", c.date, c.winner, c.loser, res.Automatic, res.Request, c.automatic, c.req)
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
