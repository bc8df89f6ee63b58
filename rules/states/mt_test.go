package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// mtRace is a Montana race with candidates' votes in the order given.
func mtRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "MT", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// A statewide race: free "not exceeding 1/4 of 1%", at the candidate's
// cost under bond past it "but not exceeding 1/2 of 1%", none beyond. Of
// 500,000 votes, 1/4 of 1% is 1,250 and 1/2 of 1% is 2,500, both included.
func TestMTStatewideTiers(t *testing.T) {
	for _, c := range []struct {
		name   string
		votes  []int64
		want   rules.Answer
		tier   int
		margin int64
	}{
		{"1,250: free, at the line", []int64{250625, 249375}, rules.Yes, 0, 1250},
		{"1,251: bond", []int64{250625, 249374, 1}, rules.Yes, 1, 1251},
		{"2,500: bond, at the line", []int64{251250, 248750}, rules.Yes, 1, 2500},
		{"2,501: none", []int64{251250, 248749, 1}, rules.No, -1, 2501},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, mtRace(20241105, rules.General, rules.USSenate, 56, 20241125, c.votes...))
			rq := res.Main().Requested
			lim, ok := res.RequestLimit()
			if res.Request != c.want || len(rq) != 1 || rq[0].Tier != c.tier || res.Checks[0].Margin != c.margin || !ok || lim.Votes != 2500 {
				t.Errorf("request %v tier %d margin %d limit %d", res.Request, rq[0].Tier, res.Checks[0].Margin, lim.Votes)
			}
			if res.Automatic != rules.No {
				t.Errorf("automatic %v: only a tie is recounted without a petition", res.Automatic)
			}
		})
	}
}

// A county office voted on in one county: 1/4 of 1% "or … 10 votes,
// whichever is greater" free; the bond tier is 1/2 of 1% of the votes. In a
// race of 2,000 votes the free line is 10 votes (1/4 of 1% is 5) and the
// bond line is 10 too, so 11 votes is past both. Of 40,000: free to 100,
// bond to 200.
func TestMTLocalTenVotes(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		tier  int
	}{
		{"10 of 2,000: free", []int64{1005, 995}, rules.Yes, 0},
		{"11 of 2,000: none", []int64{1005, 994, 1}, rules.No, -1},
		{"100 of 40,000: free", []int64{20050, 19950}, rules.Yes, 0},
		{"101 of 40,000: bond", []int64{20050, 19949, 1}, rules.Yes, 1},
		{"201 of 40,000: none", []int64{20100, 19899, 1}, rules.No, -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, mtRace(20241105, rules.General, rules.County, 1, 20241115, c.votes...))
			if rq := res.Main().Requested; res.Request != c.want || len(rq) != 1 || rq[0].Tier != c.tier {
				t.Errorf("request %v, checks %+v", res.Request, rq)
			}
		})
	}
	// A school district voted on in three counties has no 10-vote floor:
	// 10 of 2,000 is past 1/4 of 1% (5) but within 1/2 of 1% (10).
	res := apply(t, mtRace(20241105, rules.General, rules.District, 3, 20241125, 1005, 995))
	if rq := res.Main().Requested; res.Request != rules.Yes || len(rq) != 1 || rq[0].Tier != 1 {
		t.Errorf("multi-county district: %v %+v", res.Request, rq)
	}
}

// A certified tie is recounted as if petitioned.
func TestMTTie(t *testing.T) {
	res := apply(t, mtRace(20241105, rules.General, rules.County, 1, 20241115, 1000, 1000))
	if res.Automatic != rules.Yes || res.Outcome != rules.Tie {
		t.Errorf("tie: automatic %v outcome %v", res.Automatic, res.Outcome)
	}
	if lim, ok := res.AutomaticLimit(); !ok || lim.Votes != 0 {
		t.Errorf("tie-only limit %+v", lim)
	}
	if res := apply(t, mtRace(20241105, rules.General, rules.County, 1, 20241115, 1001, 1000)); res.Automatic != rules.No {
		t.Errorf("one vote: automatic %v", res.Automatic)
	}
}

// The county election administrator for a single-county office, five days
// after the county canvass; the Secretary of State for the rest, five days
// after the state canvass. Calendar days: a Sunday (November 29, 2020) stays.
func TestMTWhereAndWhen(t *testing.T) {
	res := apply(t, mtRace(20241105, rules.General, rules.County, 1, 20241115, 1005, 995))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-official" || res.Deadline.Due != 20241120 {
		t.Errorf("county: filing %+v deadline %+v", f, res.Deadline)
	}
	res = apply(t, mtRace(20201103, rules.General, rules.StateSenate, 1, 20201124, 5005, 4995))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" || f.Deadline.From != rules.StateCanvass {
		t.Errorf("state senate: filing %+v", f)
	}
	if res.Deadline.Due != 20201129 || res.Deadline.Rolled {
		t.Errorf("state senate: deadline %+v", res.Deadline)
	}
}
