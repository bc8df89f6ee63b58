package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// kyRace is a Kentucky race with candidates' votes in the order given.
func kyRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "KY", Election: date, Type: typ, Office: office, Counties: counties}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// KRS 120.157: an automatic recount when a candidate "is defeated by a
// margin of not more than one-half of one percent (0.5%) of the votes cast
// for the office".
func TestKYAutomaticLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 0.5% of 1,000,000 is 5,000: a margin of 4,000 is inside.
		{"inside", []int64{502000, 498000}, rules.Yes, 5000},
		// Exactly 5,000: "not more than" includes it.
		{"at the line", []int64{502500, 497500}, rules.Yes, 5000},
		// 0.5% of 999,999 is 4,999.995, so 4,999 votes; a margin of 5,001 is out.
		{"outside", []int64{502500, 497499}, rules.No, 4999},
		// Every vote for the office counts: 0.5% of 1,100,000 is 5,500.
		{"third candidate", []int64{502700, 497300, 100000}, rules.Yes, 5500},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, kyRace(20241105, rules.General, rules.USHouse, 20, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
			// No candidate request for a congressional general election.
			if res.Request != rules.NoRoute {
				t.Errorf("request %v", res.Request)
			}
		})
	}
	// Not for the President, nor for a primary.
	if res := apply(t, kyRace(20241105, rules.General, rules.President, 120, 1001000, 999000)); res.Automatic != rules.NoRoute {
		t.Errorf("president: %v", res.Automatic)
	}
	if res := apply(t, kyRace(20240521, rules.Primary, rules.USHouse, 20, 10010, 9990)); res.Automatic != rules.NoRoute || res.Request != rules.Yes {
		t.Errorf("primary: automatic %v request %v", res.Automatic, res.Request)
	}
}

// A statewide officer: within the line the recount is automatic and the
// candidate may not ask; past it the candidate may ask, at any margin, in
// the Franklin Circuit Court by the second Tuesday after the election.
func TestKYStatewideRequest(t *testing.T) {
	res := apply(t, kyRace(20231107, rules.General, rules.Statewide, 120, 702000, 698000))
	if res.Automatic != rules.Yes || res.Request != rules.No || !res.Main().Requested[0].Closed {
		t.Errorf("inside: automatic %v request %v", res.Automatic, res.Request)
	}
	res = apply(t, kyRace(20231107, rules.General, rules.Statewide, 120, 760000, 640000))
	if res.Automatic != rules.No || res.Request != rules.Yes {
		t.Errorf("outside: automatic %v request %v", res.Automatic, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "ky-franklin-circuit-court" {
		t.Errorf("filing %+v", f)
	}
	// Tue Nov 7, 2023: the second Tuesday after is Nov 21.
	if res.Deadline == nil || res.Deadline.Due != 20231121 {
		t.Errorf("deadline %+v", res.Deadline)
	}
}

// General Assembly races past the line: the sources leave it open whether
// a candidate may ask the court (two readings).
func TestKYLegislatureReadings(t *testing.T) {
	res := apply(t, kyRace(20241105, rules.General, rules.StateHouse, 1, 6000, 4000))
	if res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings || res.Automatic != rules.No {
		t.Errorf("request %v (%v) automatic %v", res.Request, res.RequestReason, res.Automatic)
	}
}

// Local offices: no automatic recount; a petition to the circuit court of
// the winner's county within ten days (KRS 446.030 moves a last day on a
// holiday or weekend).
func TestKYLocal(t *testing.T) {
	res := apply(t, kyRace(20241105, rules.General, rules.County, 1, 6000, 4000))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes {
		t.Errorf("automatic %v request %v", res.Automatic, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "court" {
		t.Errorf("filing %+v", f)
	}
	for _, c := range []struct {
		name     string
		election rules.Date
		due      rules.Date
	}{
		// Tue Nov 5, 2024 + 10 = Fri Nov 15.
		{"plain", 20241105, 20241115},
		// Tue Jan 9, 2024 + 10 = Fri Jan 19, Robert E. Lee Day (KRS 2.110)
		// → Mon Jan 22.
		{"Lee Day", 20240109, 20240122},
		// Tue Jun 24, 2025 + 10 = Fri Jul 4 → Mon Jul 7.
		{"Independence Day", 20250624, 20250707},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, kyRace(c.election, rules.Special, rules.County, 1, 6000, 4000))
			if res.Deadline == nil || res.Deadline.Due != c.due {
				t.Errorf("deadline %+v, want %v", res.Deadline, c.due)
			}
		})
	}
	// A primary for a statewide office goes to the Franklin Circuit Court.
	res = apply(t, kyRace(20240521, rules.Primary, rules.USSenate, 120, 300000, 100000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "ky-franklin-circuit-court" || res.Deadline.Due != 20240531 {
		t.Errorf("primary filing %+v deadline %+v", f, res.Deadline)
	}
}

// The automatic recount came with 2021 HB 574, whose effective date was not
// read: in between, it depends; in 2019 there was none.
func TestKYHB574Window(t *testing.T) {
	res := apply(t, kyRace(20221108, rules.General, rules.Statewide, 120, 502000, 498000))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings || len(res.Findings) != 3 {
		t.Errorf("2022: automatic %v (%v), %d findings", res.Automatic, res.AutomaticReason, len(res.Findings))
	}
	// The 2019 governor's race: 5,136 votes of about 1.44 million.
	res = apply(t, kyRace(20191105, rules.General, rules.Governor, 120, 709890, 704754, 28433))
	if res.Automatic != rules.NoRoute || res.Request != rules.NoRoute {
		t.Errorf("2019: automatic %v request %v", res.Automatic, res.Request)
	}
}

// Ties: by lot in a primary.
func TestKYTies(t *testing.T) {
	if res := apply(t, kyRace(20240521, rules.Primary, rules.County, 1, 500, 500)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("primary tie %+v", res.Tie)
	}
}

// A State House race on Nov 3, 2026, the conflict still open (2026-11-23):
// past the automatic line the two readings disagree on a request; inside
// it the automatic recount holds under both, and no request is open.
func TestKYLegislature2026(t *testing.T) {
	// Margin 2,000 of 10,000 (20%): past 0.5% (50 votes).
	res := apply(t, kyRace(20261103, rules.General, rules.StateHouse, 1, 6000, 4000))
	if res.Automatic != rules.No || res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("outside: automatic %v request %v (%v), %d findings", res.Automatic, res.Request, res.RequestReason, len(res.Findings))
	}
	if res.Main().Reading.ID != "ky-legislators-may-ask" || res.Main().RequestAnswer != rules.Yes || res.Findings[1].RequestAnswer != rules.NoRoute {
		t.Errorf("outside: readings %s %v / %v", res.Main().Reading.ID, res.Main().RequestAnswer, res.Findings[1].RequestAnswer)
	}
	// Under the may-ask reading: a petition in the circuit court by "the
	// second Tuesday following the election": Tue Nov 3 + 14 = Tue Nov 17,
	// 2026, an ordinary working day (Veterans Day, Nov 11, falls before it).
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "court" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20261117 {
		t.Errorf("deadline %+v", res.Deadline)
	}
	// Margin 20 of 10,000 (0.2%): inside 0.5%, automatic under both.
	res = apply(t, kyRace(20261103, rules.General, rules.StateHouse, 1, 5010, 4990))
	if res.Automatic != rules.Yes || res.Request != rules.No || len(res.Findings) != 2 {
		t.Errorf("inside: automatic %v request %v, %d findings", res.Automatic, res.Request, len(res.Findings))
	}
}
