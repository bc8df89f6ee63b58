package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// nhRace is a New Hampshire race with candidates' votes in the order given.
func nhRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "NH", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Rochester Ward 4, 2022: Walker 971, Grassie 970. 1% of 1,941 is 19.41,
// "less than" it is 19 or fewer: the $10 state representative fee. The
// application went to the Secretary of State by Friday, November 11.
func TestNHRochester2022(t *testing.T) {
	res := apply(t, nhRace(20221108, rules.General, rules.StateHouse, 1, 20221108, 971, 970))
	rq := res.Main().Requested
	if res.Request != rules.Yes || len(rq) != 1 || rq[0].Tier != 0 || rq[0].Limits[0].Votes != 19 {
		t.Fatalf("request %v routes %+v", res.Request, rq)
	}
	if c := rq[0].Route.Tiers[0].Cost; c.Kind != rules.Deposit || c.Flat != 10 || c.Refunded {
		t.Errorf("cost %+v", c)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" || res.Deadline.Due != 20221111 {
		t.Errorf("filing %+v deadline %+v", f, res.Deadline)
	}
	if res.Automatic != rules.NoRoute {
		t.Errorf("automatic %v", res.Automatic)
	}
	// "The Friday following" a Friday is a week on, not the same day.
	if res := apply(t, nhRace(20221111, rules.General, rules.StateHouse, 1, 20221111, 971, 970)); res.Deadline == nil || res.Deadline.Due != 20221118 {
		t.Errorf("the Friday after Friday, November 11, 2022: %+v", res.Deadline)
	}
	if res.Main().Version.ID != "nh-2008-votes" {
		t.Errorf("version %s", res.Main().Version.ID)
	}
}

// The fee tiers of a U.S. Senate race of 800,000 votes: under 1% (8,000,
// strict) $500; to 2% (16,000) $1,000; to 3% (24,000) a higher fee; past
// it the fee and all costs, while "less than 20 percent" (160,000, strict).
func TestNHFeeTiers(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		tier  int
		fee   int64
	}{
		{"7,999: $500", []int64{403999, 396000}, rules.Yes, 0, 500},
		{"8,000: $1,000", []int64{404000, 396000}, rules.Yes, 1, 1000},
		{"16,000: $1,000", []int64{408000, 392000}, rules.Yes, 1, 1000},
		{"16,001: the 2–3% fee", []int64{408001, 391999}, rules.Yes, 2, 0},
		{"24,001: all costs", []int64{412001, 387999}, rules.Yes, 3, 0},
		{"159,999: all costs", []int64{479999, 320000, 1}, rules.Yes, 3, 0},
		{"160,000: none", []int64{480000, 320000}, rules.No, -1, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nhRace(20241105, rules.General, rules.USSenate, 10, 20241105, c.votes...))
			rq := res.Main().Requested
			if res.Request != c.want || len(rq) != 1 || rq[0].Tier != c.tier {
				t.Fatalf("request %v routes %+v", res.Request, rq)
			}
			if c.tier >= 0 && rq[0].Route.Tiers[c.tier].Cost.Flat != c.fee {
				t.Errorf("fee %d, want %d", rq[0].Route.Tiers[c.tier].Cost.Flat, c.fee)
			}
			if lim, ok := res.RequestLimit(); !ok || lim.Votes != 159999 {
				t.Errorf("limit %+v", lim)
			}
		})
	}
}

// Town elections: any margin, to the town clerk by the Friday after.
func TestNHTown(t *testing.T) {
	res := apply(t, nhRace(20240312, rules.General, rules.Municipal, 1, 20240312, 700, 300))
	rq := res.Main().Requested
	if res.Request != rules.Yes || len(rq) != 1 || rq[0].Tier != 3 {
		t.Fatalf("40 points: %v %+v", res.Request, rq)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "local-official" || res.Deadline.Due != 20240315 {
		t.Errorf("filing %+v deadline %+v", f, res.Deadline)
	}
	// 5 of 1,000 votes (less than 1%): the $10 fee.
	res = apply(t, nhRace(20240312, rules.General, rules.Municipal, 1, 20240312, 502, 497, 1))
	if rq := res.Main().Requested; res.Request != rules.Yes || rq[0].Tier != 0 || rq[0].Route.Tiers[0].Cost.Flat != 10 {
		t.Errorf("5 of 1,000: %v %+v", res.Request, rq)
	}
}

// Since June 17, 2025: fees refunded (the 2025 act). A primary goes to the
// Secretary of State by a deadline not read.
func TestNH2025AndPrimary(t *testing.T) {
	res := apply(t, nhRace(20261103, rules.General, rules.StateHouse, 1, 20261103, 971, 970))
	if res.Main().Version.ID != "nh-2025-ballots" || !res.Main().Requested[0].Route.Tiers[0].Cost.Refunded {
		t.Errorf("2026: version %s", res.Main().Version.ID)
	}
	res = apply(t, nhRace(20240910, rules.Primary, rules.Governor, 10, 20240910, 60000, 40000))
	if res.Request != rules.Yes || res.Deadline != nil {
		t.Errorf("primary: request %v deadline %+v", res.Request, res.Deadline)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("primary: filing %+v", f)
	}
}

// Ties: a new election for Congress; unknown for the state house.
func TestNHTies(t *testing.T) {
	res := apply(t, nhRace(20241105, rules.General, rules.USHouse, 5, 20241105, 150000, 150000))
	if res.Tie == nil || res.Tie.Kind != rules.NewElection {
		t.Errorf("U.S. House: %+v", res.Tie)
	}
	res = apply(t, nhRace(20221108, rules.General, rules.StateHouse, 1, 20221108, 970, 970))
	if res.Tie == nil || res.Tie.Kind != rules.TieUnknown || res.Request != rules.Depends {
		t.Errorf("state house: %+v request %v", res.Tie, res.Request)
	}
}
