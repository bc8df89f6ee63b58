package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// miRace is a Michigan race with candidates' votes in the order given.
func miRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "MI", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Since April 2, 2025: a statewide race within 0.1% ("or less") is
// recounted with no request.
func TestMIStatewideAutomatic(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		line  int64
	}{
		// 0.1% of 4,997,500 = 4,997.5: a line of 4,997; 2,500 is inside.
		{"2,500 of 4,997,500", []int64{2500000, 2497500}, rules.Yes, 4997},
		// 0.1% of 5,000,000 = 5,000 exactly: "or less".
		{"5,000 of 5,000,000", []int64{2502500, 2497500}, rules.Yes, 5000},
		{"5,002 of 5,000,000", []int64{2502501, 2497499}, rules.No, 5000},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, miRace(20261103, rules.General, rules.Governor, 83, 20261123, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.line {
				t.Errorf("automatic %v limit %d", res.Automatic, lim.Votes)
			}
			if rc := res.Main().Automatic; len(rc) != 1 || rc[0].Route.Waiver == nil {
				t.Errorf("statewide route %+v: want one, with the loser's waiver", rc)
			}
			if res.Request != rules.Yes {
				t.Errorf("request %v: any margin may petition", res.Request)
			}
		})
	}
}

// State senate within 75 votes and state house within 25, in a general
// election, not a primary.
func TestMILegislativeAutomatic(t *testing.T) {
	for _, c := range []struct {
		name   string
		typ    rules.ElectionType
		office rules.Office
		votes  []int64
		want   rules.Answer
	}{
		{"house, 25", rules.General, rules.StateHouse, []int64{20025, 20000}, rules.Yes},
		{"house, 26", rules.General, rules.StateHouse, []int64{20026, 20000}, rules.No},
		{"house, 10", rules.General, rules.StateHouse, []int64{20010, 20000}, rules.Yes},
		{"house primary, 10", rules.Primary, rules.StateHouse, []int64{2010, 2000}, rules.NoRoute},
		{"senate, 75", rules.General, rules.StateSenate, []int64{60075, 60000}, rules.Yes},
		{"senate, 76", rules.General, rules.StateSenate, []int64{60076, 60000}, rules.No},
		{"county office, 5", rules.General, rules.County, []int64{20005, 20000}, rules.NoRoute},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, miRace(20261103, c.typ, c.office, 1, 20261123, c.votes...))
			if res.Automatic != c.want {
				t.Errorf("automatic %v, want %v", res.Automatic, c.want)
			}
		})
	}
}

// The petition deposit per precinct: $50 within 50 votes or 0.5% (whichever
// is greater), $250 within 75 votes or 5%, $500 beyond.
func TestMIDepositTiers(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		tier  int
		first int64
	}{
		// 10,000 votes: 0.5% is 50, equal to the 50 votes.
		{"50 of 10,000: $50", []int64{5025, 4975}, 0, 50},
		{"52 of 10,000: $250", []int64{5026, 4974}, 1, 50},
		// 100,000 votes: 0.5% is 500, greater than 50.
		{"500 of 100,000: $50", []int64{50250, 49750}, 0, 500},
		// 5% of 100,000 = 5,000: still $250; 5,002 is $500.
		{"5,000 of 100,000: $250", []int64{52500, 47500}, 1, 500},
		{"5,002 of 100,000: $500", []int64{52501, 47499}, 2, 500},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, miRace(20261103, rules.General, rules.County, 1, 20261113, c.votes...))
			req := res.Main().Requested[0]
			if res.Request != rules.Yes || res.Checks[0].Tier != c.tier || req.Limits[0].Votes != c.first {
				t.Errorf("request %v tier %d first line %d", res.Request, res.Checks[0].Tier, req.Limits[0].Votes)
			}
			if cost := req.Route.Tiers[res.Checks[0].Tier].Cost; cost.Kind != rules.Deposit ||
				cost.PerPrecinct != []int64{50, 250, 500}[c.tier] {
				t.Errorf("cost %+v", cost)
			}
		})
	}
}

// The Board of State Canvassers by 5 p.m. on the 2nd day after it
// certifies; a last day on a weekend or holiday moves to the next business
// day (MCL 168.13). A county office goes to the board of county canvassers.
func TestMIReceiverAndDeadline(t *testing.T) {
	for _, c := range []struct {
		name       string
		base, due  rules.Date
		rolled     bool
		office     rules.Office
		counties   int
		receiverID string
	}{
		{"Monday certification", 20261123, 20261125, false, rules.USSenate, 83, "mi-board-of-state-canvassers"},
		{"Friday: Sunday moves to Monday", 20261120, 20261123, true, rules.StateHouse, 1, "mi-board-of-state-canvassers"},
		{"Christmas Friday, then the weekend", 20261223, 20261228, true, rules.StateSenate, 2, "mi-board-of-state-canvassers"},
		{"county office: 48 hours", 20261120, 20261122, false, rules.County, 1, "county-board"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, miRace(20261103, rules.General, c.office, c.counties, c.base, 50100, 49900))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != c.receiverID {
				t.Fatalf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled != c.rolled {
				t.Errorf("deadline %+v", res.Deadline)
			}
		})
	}
}

// Before April 2, 2025: a statewide race within 2,000 votes only; the 2024
// House District 44 race (61 votes at the state canvass; its certified
// totals were not found, so the totals here are made up around that
// margin) needed a petition.
func TestMIBefore2025(t *testing.T) {
	res := apply(t, miRace(20241105, rules.General, rules.StateHouse, 1, 20241122, 20853, 20792))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes || res.Checks[0].Margin != 61 {
		t.Errorf("HD44: automatic %v request %v margin %d", res.Automatic, res.Request, res.Checks[0].Margin)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "mi-board-of-state-canvassers" || res.Deadline != nil {
		t.Errorf("HD44: filing %+v deadline %+v (the old deadline was not read)", f, res.Deadline)
	}
	for _, c := range []struct {
		margin int64
		want   rules.Answer
	}{{2000, rules.Yes}, {2001, rules.No}, {1999, rules.Yes}} {
		res := apply(t, miRace(20201103, rules.General, rules.USSenate, 83, 20201123, 2700000+c.margin, 2700000))
		if lim, _ := res.AutomaticLimit(); res.Automatic != c.want || lim.Votes != 2000 {
			t.Errorf("2020, %d votes: %v limit %d", c.margin, res.Automatic, lim.Votes)
		}
	}
	// The line changes with the election: 3,000 of 5,400,000 is within
	// 0.1% (5,400) in 2026, past 2,000 votes in 2024.
	if res := apply(t, miRace(20241105, rules.General, rules.USSenate, 83, 20241122, 2701500, 2698500)); res.Automatic != rules.No {
		t.Errorf("2024: %v", res.Automatic)
	}
	if res := apply(t, miRace(20261103, rules.General, rules.USSenate, 83, 20261123, 2701500, 2698500)); res.Automatic != rules.Yes {
		t.Errorf("2026: %v", res.Automatic)
	}
}

// Ties: the Legislature for an office the state board canvasses, by lot
// for the others.
func TestMITies(t *testing.T) {
	if res := apply(t, miRace(20261103, rules.General, rules.StateHouse, 1, 20261123, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.Legislature {
		t.Errorf("state house: %+v", res.Tie)
	}
	if res := apply(t, miRace(20251104, rules.General, rules.Municipal, 1, 20251110, 500, 500)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("city: %+v", res.Tie)
	}
}
