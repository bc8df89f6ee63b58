package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// ksRace is a Kansas race with candidates' votes in the order given; base
// is the county canvass.
func ksRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "KS", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// ksCost is what the closest loser's request would cost.
func ksCost(t *testing.T, res rules.Result) rules.CostKind {
	t.Helper()
	c := res.Closest()
	if c == nil || c.Route < 0 {
		t.Fatalf("no request route for the closest loser")
	}
	return res.Main().Requested[c.Route].Route.Tiers[c.Tier].Cost.Kind
}

// Any candidate may ask at any margin; the state pays for a national or
// state office's general election decided by "0.5% or less".
func TestKSStatePaidLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		typ   rules.ElectionType
		votes []int64
		cost  rules.CostKind
	}{
		// 0.5% of 1,000,000 is 5,000: a margin of 3,000 is state-paid.
		{"inside", rules.General, []int64{501500, 498500}, rules.Public},
		// A margin of exactly 5,000: "or less" keeps it state-paid.
		{"at the line", rules.General, []int64{502500, 497500}, rules.Public},
		// A margin of 5,001 of 1,000,000 votes: the candidate pays.
		{"outside", rules.General, []int64{502500, 497499, 1}, rules.RequesterPays},
		// A primary is never state-paid (the 2022 treasurer primary).
		{"primary", rules.Primary, []int64{501500, 498500}, rules.RequesterPays},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ksRace(20241105, c.typ, rules.Statewide, 105, 20241112, c.votes...))
			if res.Request != rules.Yes || res.Automatic != rules.NoRoute {
				t.Errorf("request %v automatic %v", res.Request, res.Automatic)
			}
			if got := ksCost(t, res); got != c.cost {
				t.Errorf("cost %v, want %v", got, c.cost)
			}
		})
	}
}

// Legislative seats: state-paid only where the district spans two or more
// counties; local offices never.
func TestKSLegislativeAndLocal(t *testing.T) {
	// 0.5% of 20,000 is 100: a margin of 80 is inside.
	if got := ksCost(t, apply(t, ksRace(20241105, rules.General, rules.StateHouse, 2, 20241112, 10040, 9960))); got != rules.Public {
		t.Errorf("two-county district: %v", got)
	}
	if got := ksCost(t, apply(t, ksRace(20241105, rules.General, rules.StateHouse, 1, 20241112, 10040, 9960))); got != rules.RequesterPays {
		t.Errorf("one-county district: %v", got)
	}
	res := apply(t, ksRace(20241105, rules.General, rules.County, 1, 20241112, 10040, 9960))
	if got := ksCost(t, res); got != rules.RequesterPays || res.Request != rules.Yes {
		t.Errorf("county office: %v %v", res.Request, got)
	}
}

// Where and by when: a multi-county race to the Secretary of State by
// 5 p.m. on the second Friday after the election; a one-county race to the
// county election officer by 5 p.m. the day after the canvass.
func TestKSReceiverAndDeadline(t *testing.T) {
	// Tue Nov 5, 2024: the second Friday after is Nov 15.
	res := apply(t, ksRace(20241105, rules.General, rules.USSenate, 105, 20241112, 600000, 590000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("statewide filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241115 || res.Deadline.Rule.At != 17*60 {
		t.Errorf("statewide deadline %+v", res.Deadline)
	}
	// Tue Aug 2, 2022 primary: requests were due 5 p.m. Friday, Aug 12.
	res = apply(t, ksRace(20220802, rules.Primary, rules.Statewide, 105, 20220815, 194000, 193542))
	if res.Deadline == nil || res.Deadline.Due != 20220812 {
		t.Errorf("2022 primary deadline %+v", res.Deadline)
	}
	// A county canvass on Tue Nov 12, 2024: due Wed Nov 13.
	res = apply(t, ksRace(20241105, rules.General, rules.County, 1, 20241112, 6000, 5900))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-official" {
		t.Errorf("county filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241113 || res.Deadline.Rule.At != 17*60 {
		t.Errorf("county deadline %+v", res.Deadline)
	}
}

// Ties: by lot, except the governor's general election (the Legislature).
func TestKSTies(t *testing.T) {
	if res := apply(t, ksRace(20221108, rules.General, rules.Governor, 105, 20221114, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.Legislature {
		t.Errorf("governor: %+v", res.Tie)
	}
	if res := apply(t, ksRace(20221108, rules.General, rules.County, 1, 20221114, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("county: %+v", res.Tie)
	}
}
