package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// nvRace is a Nevada race with candidates' votes in the order given.
func nvRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "NV", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// "a candidate defeated at any election may demand and receive a recount":
// no margin, on a deposit; no automatic recount in the statute read.
func TestNVAnyMargin(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
	}{
		{"a landslide", []int64{60000, 40000}},
		{"one vote", []int64{50001, 50000}},
		{"third place far behind", []int64{50000, 45000, 5000}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nvRace(20241105, rules.General, rules.USHouse, 1, 20241115, c.votes...))
			if _, ok := res.RequestLimit(); res.Request != rules.Yes || ok || res.Automatic != rules.NoRoute || len(res.Findings) != 1 {
				t.Errorf("request %v (limit %v) automatic %v, %d findings", res.Request, ok, res.Automatic, len(res.Findings))
			}
			if rq := res.Main().Requested; len(rq) != 1 || rq[0].Route.Finish == nil || rq[0].Route.Finish.N != 5 {
				t.Errorf("routes %+v", rq)
			}
		})
	}
}

// Three working days after the canvass, on Nevada's holidays: Nevada Day
// (the last Friday in October) and Family Day (the Friday after
// Thanksgiving) are skipped; Columbus Day is not a Nevada holiday.
func TestNVWorkingDays(t *testing.T) {
	for _, c := range []struct {
		name      string
		base, due rules.Date
	}{
		// Wednesday, November 27, 2024: Thanksgiving, Family Day, the
		// weekend; Monday, Tuesday, Wednesday December 4.
		{"Thanksgiving 2024", 20241127, 20241204},
		// Thursday, October 24, 2024: Nevada Day the 25th; then Monday the
		// 28th to Wednesday the 30th.
		{"Nevada Day 2024", 20241024, 20241030},
		// Friday, October 11, 2024: Columbus Day the 14th counts.
		{"Columbus Day 2024", 20241011, 20241016},
	} {
		t.Run(c.name, func(t *testing.T) {
			// A special election ten days before the canvass.
			res := apply(t, nvRace(c.base.AddDays(-10), rules.Special, rules.County, 1, c.base, 50100, 49900))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Later != 0 {
				t.Errorf("deadline %+v, want %v", res.Deadline, c.due)
			}
		})
	}
}

// Presidential electors: the Secretary of State, on or before the 13th day
// after the election; the recount starts within a day.
func TestNVPresident(t *testing.T) {
	res := apply(t, nvRace(20241105, rules.General, rules.President, 17, 20241125, 751205, 705197))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" || res.Deadline.Due != 20241118 {
		t.Errorf("filing %+v deadline %+v", f, res.Deadline)
	}
	if res.Request != rules.Yes {
		t.Errorf("request %v", res.Request)
	}
}

// After the 2025 session: AB 287, if enacted, would order a recount within
// 0.25% ("0.25 percent or less") and limit demands to 5% or less. Its fate
// was not found, so the answer depends where the two readings part.
func TestNVAB287Readings(t *testing.T) {
	gov := func(votes ...int64) rules.Result {
		return apply(t, nvRace(20261103, rules.General, rules.Governor, 17, 20261120, votes...))
	}
	// 400,000 votes: 0.25% is exactly 1,000, included.
	if res := gov(200500, 199500); res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings || res.Request != rules.Yes {
		t.Errorf("1,000 of 400,000: automatic %v (%v) request %v", res.Automatic, res.AutomaticReason, res.Request)
	}
	if res := gov(200501, 199499); res.Automatic != rules.No || res.Request != rules.Yes { // 1,002: no automatic either way
		t.Errorf("1,002 of 400,000: automatic %v request %v", res.Automatic, res.Request)
	}
	// 100,000 votes: 5% is exactly 5,000, included; 5,002 is past it.
	if res := gov(52500, 47500); res.Request != rules.Yes {
		t.Errorf("5,000 of 100,000: request %v", res.Request)
	}
	if res := gov(52501, 47499); res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings {
		t.Errorf("5,002 of 100,000: request %v (%v)", res.Request, res.RequestReason)
	}
	res := gov(52501, 47499)
	if res.Main().Reading.ID != "nv-293-403" || res.Findings[1].Reading.ID != "nv-ab287" {
		t.Errorf("readings %s, %s", res.Main().Reading.ID, res.Findings[1].Reading.ID)
	}
}
