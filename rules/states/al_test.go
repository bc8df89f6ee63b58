package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// alRace is an Alabama race with candidates' votes in the order given.
func alRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "AL", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 17-16-20(a): a general election decided by "not more than one half of
// one percent of the votes cast for the office" is recounted automatically.
func TestALAutomaticLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 0.5% of 100,000 = 500; a margin of 400 is inside.
		{"inside", []int64{50200, 49800}, rules.Yes, 500},
		// Exactly 500: "not more than" takes it in.
		{"at the line", []int64{50250, 49750}, rules.Yes, 500},
		// 502 > 500.
		{"outside", []int64{50251, 49749}, rules.No, 500},
		// Every vote for the office counts: 0.5% of 109,500 = 547.5 → 547,
		// so a margin of 500 is inside (0.5% of the two leaders' 99,500 would
		// be only 497).
		{"third candidate widens the line", []int64{50000, 49500, 10000}, rules.Yes, 547},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, alRace(20241105, rules.General, rules.County, 1, 20241115, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
			if rt := res.Main().Automatic[0].Route; rt.Waiver == nil || rt.Waiver.Hours != 24 {
				t.Errorf("waiver %+v", rt.Waiver)
			}
		})
	}
}

// No automatic recount in a primary (Att'y Gen. Op. 2010-72); a petition at
// any margin goes to the party's county executive committee.
func TestALPrimary(t *testing.T) {
	res := apply(t, alRace(20240305, rules.Primary, rules.StateHouse, 1, 20240308, 5010, 4990))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes {
		t.Errorf("automatic %v request %v", res.Automatic, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "al-county-executive-committee" {
		t.Errorf("filing %+v", f)
	}
	// A primary needs a majority: 45% and 40% go to a runoff.
	res = apply(t, alRace(20240305, rules.Primary, rules.County, 1, 20240308, 4500, 4000, 1500))
	if res.Outcome != rules.ToRunoff {
		t.Errorf("outcome %v", res.Outcome)
	}
}

// A federal office: the automatic recount only (no petition); a county
// office: a petition at any margin to the canvassing board, within 48 hours
// after the canvass (Friday 2024-11-15 → Sunday 2024-11-17).
func TestALFederalAndCounty(t *testing.T) {
	res := apply(t, alRace(20241105, rules.General, rules.USSenate, 67, 20241115, 1200000, 1190000))
	if res.Automatic != rules.Yes || res.Request != rules.NoRoute {
		t.Errorf("U.S. Senate: automatic %v request %v", res.Automatic, res.Request)
	}
	res = apply(t, alRace(20241105, rules.General, rules.County, 1, 20241115, 6000, 4000))
	if res.Automatic != rules.No || res.Request != rules.Yes {
		t.Errorf("county: automatic %v request %v", res.Automatic, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "al-canvassing-board" {
		t.Errorf("county filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241117 || res.Deadline.Rule.Unit != rules.Hours {
		t.Errorf("county deadline %+v", res.Deadline)
	}
	if res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("county tie %+v", res.Tie)
	}
}

// City elections follow Title 11: a petition to the council, and no
// automatic recount under § 17-16-20.
func TestALMunicipal(t *testing.T) {
	res := apply(t, alRace(20250826, rules.General, rules.Municipal, 1, 20250902, 1001, 999))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes {
		t.Errorf("automatic %v request %v", res.Automatic, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "al-municipal-governing-body" {
		t.Errorf("filing %+v", f)
	}
}

// § 1-3-8: a Saturday holiday is kept on the Friday before (July 4, 2026).
func TestALHolidays(t *testing.T) {
	d := rules.CountDeadline(rules.Deadline{N: 1, Unit: rules.BusinessDays}, 20260702, &AL.Holidays)
	if d.Due != 20260706 {
		t.Errorf("due %v, want Monday 2026-07-06 (Friday 3 July observed)", d.Due)
	}
}

// § 17-16-20(a) as set out in Att'y Gen. Op. 2010-72: "defeated ... by not
// more than one half of one percent of the votes cast for the office", in a
// general election. November 3, 2026, a House race of 200,001 votes with a
// third candidate: 0.5% of 200,001 is 1,000.005, so at most 1,000 votes.
// The petition of § 17-16-21 is open at any margin.
func TestALAutomaticLine2026(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		// 100,000 − 99,001 = 999 ≤ 1,000.
		{"999 inside", []int64{100000, 99001, 1000}, rules.Yes},
		// 100,000 − 99,000 = 1,000: "not more than" takes it in.
		{"1,000 at the line", []int64{100000, 99000, 1001}, rules.Yes},
		// 100,000 − 98,999 = 1,001 > 1,000.
		{"1,001 outside", []int64{100000, 98999, 1002}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, alRace(20261103, rules.General, rules.StateHouse, 1, 20261113, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != 1000 || lim.Of != 200001 {
				t.Errorf("automatic %v limit %d of %d (%v), want %v 1000 of 200001", res.Automatic, lim.Votes, lim.Of, ok, c.want)
			}
			if res.Request != rules.Yes {
				t.Errorf("petition %v, want yes at any margin", res.Request)
			}
		})
	}
}
