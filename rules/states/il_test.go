package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// ilRace is an Illinois race with candidates' votes in the order given;
// base is the last day for proclaiming the canvass.
func ilRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "IL", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 22-9.1: a candidate whose votes are "at least 95%" of any successful
// candidate's may petition for a discovery recount: a margin of at most 5%
// of the winner's votes, exactly 5% included.
func TestILDiscoveryLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 9,800 / 10,000 = 98%: margin 200 ≤ 500 (5% of 10,000).
		{"inside", []int64{10000, 9800}, rules.Yes, 500},
		// 9,500 / 10,000 = exactly 95%: margin 500 = 500, "at least" qualifies.
		{"at the line", []int64{10000, 9500}, rules.Yes, 500},
		// 9,499 / 10,000 = 94.99%: margin 501 > 500.
		{"outside", []int64{10000, 9499}, rules.No, 500},
		// The line is 5% of the winner's votes, not of all votes: 9,000 of
		// 10,000 is a margin of 1,000 > 500, though 5% of all 22,000 votes
		// would be 1,100.
		{"third candidate does not widen it", []int64{10000, 9000, 3000}, rules.No, 500},
		// 5% of 10,001 is 500.05: still 500 whole votes.
		{"fractional line", []int64{10001, 9501}, rules.Yes, 500},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ilRace(20241105, rules.General, rules.County, 1, 20241126, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("request %v limit %d (%v), want %v %d", res.Request, lim.Votes, ok, c.want, c.limit)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v, want none", res.Automatic)
			}
		})
	}
}

// The discovery recount does not change the result; a binding recount
// comes only through an election contest in court.
func TestILDiscoveryNonbinding(t *testing.T) {
	res := apply(t, ilRace(20241105, rules.General, rules.USHouse, 3, 20241126, 150000, 149000))
	if len(res.Main().Requested) != 1 || !res.Main().Requested[0].Route.Nonbinding {
		t.Fatalf("requested routes %+v", res.Main().Requested)
	}
	if c := res.Main().Version.Contest; c == nil || c.Receiver.ID != "court" {
		t.Errorf("contest %+v", c)
	}
	if got := res.Main().Requested[0].Route.Tiers[0].Cost; got.Kind != rules.Deposit || got.PerPrecinct != 50 {
		t.Errorf("cost %+v", got)
	}
}

// Every petition goes to the election authority of the precincts named,
// for a county office and for a statewide one alike.
func TestILReceiver(t *testing.T) {
	for _, r := range []rules.Race{
		ilRace(20241105, rules.General, rules.County, 1, 20241126, 5000, 4900),
		ilRace(20220628, rules.Primary, rules.Governor, 102, 20220719, 500000, 490000),
	} {
		res := apply(t, r)
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "il-election-authority" {
			t.Errorf("%s: filing %+v", r.Office, f)
		}
	}
}

// Five calendar days after the last day for proclamation; § 1-6 moves a
// last day on a weekend or State holiday to the next business day.
func TestILDeadline(t *testing.T) {
	for _, c := range []struct {
		name      string
		base, due rules.Date
		rolled    bool
	}{
		// Tue Nov 26, 2024 + 5 = Sun Dec 1 → Mon Dec 2.
		{"weekend", 20241126, 20241202, true},
		// Fri Feb 7, 2025 + 5 = Wed Feb 12, Lincoln's Birthday → Thu Feb 13.
		{"Lincoln's Birthday", 20250207, 20250213, true},
		// Wed Feb 26, 2025 + 5 = Mon Mar 3, Casimir Pulaski's Birthday → Tue Mar 4.
		{"Pulaski Day", 20250226, 20250304, true},
		// Wed Jan 15, 2025 + 5 = Mon Jan 20, Dr. King's Birthday → Tue Jan 21.
		{"Martin Luther King Day", 20250115, 20250121, true},
		// Thu Nov 21, 2024 + 5 = Tue Nov 26: an ordinary day.
		{"plain", 20241121, 20241126, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ilRace(c.base.AddDays(-21), rules.General, rules.County, 1, c.base, 5000, 4900))
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled != c.rolled || res.Deadline.Later != 0 {
				t.Errorf("deadline %+v, want %v", res.Deadline, c.due)
			}
		})
	}
}

// Ties: by lot for county offices; not read for a legislative seat.
func TestILTies(t *testing.T) {
	res := apply(t, ilRace(20241105, rules.General, rules.County, 1, 20241126, 5000, 5000))
	if res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("county tie %+v", res.Tie)
	}
	res = apply(t, ilRace(20241105, rules.General, rules.StateHouse, 1, 20241126, 5000, 5000))
	if res.Tie == nil || res.Tie.Kind != rules.TieUnknown {
		t.Errorf("legislative tie %+v", res.Tie)
	}
}

// A Nov 3, 2026 race under § 22-9.1 as read on ilga.gov (2026-11-23): a
// loser with "at least 95%" of the winner's votes may petition. Winner
// 40,000: 95% is 38,000, so the line is a margin of 2,000 (5% of 40,000).
func TestILDiscoveryLine2026(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		// 38,500 / 40,000 = 96.25%: margin 1,500 ≤ 2,000.
		{"inside", []int64{40000, 38500}, rules.Yes},
		// 38,000 / 40,000 = exactly 95%: margin 2,000, "at least" qualifies.
		{"at the line", []int64{40000, 38000}, rules.Yes},
		// 37,999 / 40,000 = 94.9975%: margin 2,001 > 2,000.
		{"outside", []int64{40000, 37999}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ilRace(20261103, rules.General, rules.StateHouse, 1, 20261124, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != 2000 || res.Automatic != rules.NoRoute {
				t.Errorf("request %v limit %d (%v) automatic %v, want %v 2000", res.Request, lim.Votes, ok, res.Automatic, c.want)
			}
			if got := res.Main().Requested[0].Route.Tiers[0].Cost; got.Kind != rules.Deposit || got.PerPrecinct != 50 {
				t.Errorf("cost %+v, want a $50-per-precinct deposit", got)
			}
		})
	}
}
