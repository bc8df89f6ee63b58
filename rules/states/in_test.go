package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// inRace is an Indiana race with candidates' votes in the order given.
func inRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "IN", Election: date, Type: typ, Office: office, Counties: counties}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Any candidate may ask at any margin; the 1% line ("not more than one
// percent (1%) of the total votes cast for all candidates") only picks the
// deposit tier.
func TestINDepositTier(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		tier  int
	}{
		// 1% of 100,000 is 1,000: a margin of 600 is in the low tier.
		{"inside", []int64{50300, 49700}, 0},
		// A margin of exactly 1,000 = 1% of 100,000: "not more than" keeps it.
		{"at the line", []int64{50500, 49500}, 0},
		// 1% of 100,001 is 1,000.01: a margin of 1,001 is past it.
		{"outside", []int64{50501, 49500}, 1},
		// Third-party votes count in the total: 1% of 110,000 is 1,100, so
		// a margin of 1,050 is in the low tier.
		{"all candidates' votes", []int64{50525, 49475, 10000}, 0},
		// A landslide may still be recounted, at the higher rate.
		{"landslide", []int64{70000, 30000}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, inRace(20241105, rules.General, rules.StateHouse, 2, c.votes...))
			if res.Request != rules.Yes || res.Checks[0].Tier != c.tier {
				t.Errorf("request %v tier %d, want yes %d", res.Request, res.Checks[0].Tier, c.tier)
			}
			if _, ok := res.RequestLimit(); ok {
				t.Errorf("a request limit, though any margin may ask")
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// Federal, state and legislative offices go to the Election Division;
// local offices and trial judges to the county courts.
func TestINReceiver(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		want     string
	}{
		{rules.USSenate, 92, "in-election-division"},
		{rules.StateHouse, 1, "in-election-division"},
		{rules.USHouse, 12, "in-election-division"},
		{rules.County, 1, "court"},
		{rules.Municipal, 1, "court"},
		{rules.Judicial, 1, "court"},
		{rules.Judicial, 92, "in-election-division"},
	} {
		res := apply(t, inRace(20241105, rules.General, c.office, c.counties, 5100, 4900))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != c.want {
			t.Errorf("%s in %d counties: filing %+v, want %s", c.office, c.counties, f, c.want)
		}
	}
}

// Noon, fourteen days after election day; a last day on which the office
// is closed moves to noon of the next day it is open (IC 3-5-4-1.5).
func TestINDeadline(t *testing.T) {
	for _, c := range []struct {
		name     string
		election rules.Date
		due      rules.Date
	}{
		// Tue Nov 5, 2024 + 14 = Tue Nov 19.
		{"general", 20241105, 20241119},
		// Tue May 7, 2024 + 14 = Tue May 21.
		{"primary", 20240507, 20240521},
		// Fri Nov 15, 2024 + 14 = Fri Nov 29, the day after Thanksgiving,
		// kept as Lincoln's Birthday on the state's lists → Mon Dec 2.
		{"Lincoln's Birthday after Thanksgiving", 20241115, 20241202},
		// Sat Jun 1, 2024 + 14 = Sat Jun 15 → Mon Jun 17.
		{"weekend", 20240601, 20240617},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, inRace(c.election, rules.Special, rules.County, 1, 1000, 900))
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rule.At != 12*60 || res.Deadline.Later != 0 {
				t.Errorf("deadline %+v, want %v at noon", res.Deadline, c.due)
			}
		})
	}
}

// Ties: a special election for a federal or state office, the General
// Assembly for the governor.
func TestINTies(t *testing.T) {
	for _, c := range []struct {
		office rules.Office
		want   rules.TieKind
	}{
		{rules.USHouse, rules.NewElection},
		{rules.Governor, rules.Legislature},
		{rules.County, rules.TieUnknown},
	} {
		res := apply(t, inRace(20241105, rules.General, c.office, 1, 5000, 5000))
		if res.Tie == nil || res.Tie.Kind != c.want {
			t.Errorf("%s: tie %+v, want %v", c.office, res.Tie, c.want)
		}
	}
}
