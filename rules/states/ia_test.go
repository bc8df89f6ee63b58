package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// iaRace is an Iowa race with candidates' votes in the order given; base is
// the county board's canvass.
func iaRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "IA", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Before 2025: any margin, and no bond when the margin is "less than fifty
// votes or one percent …, whichever is greater".
func TestIABefore2025BondLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		tier  int
	}{
		// 1% of 10,000 is 100, "less than": up to 99. Margin 99: no bond.
		{"inside 1%", []int64{5049, 4950, 1}, 0},
		// Margin 100 = 1% exactly: not less than 1%, nor than 50: bond.
		{"at 1%", []int64{5050, 4950}, 1},
		// 1% of 2,000 is 20; fifty votes is greater: a margin of 49 is free.
		{"inside 50 votes", []int64{1024, 975, 1}, 0},
		// Margin 50 = fifty votes exactly: bond.
		{"at 50 votes", []int64{1025, 975}, 1},
		// Any margin may ask.
		{"landslide", []int64{7000, 3000}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, iaRace(20241105, rules.General, rules.County, 1, 20241112, c.votes...))
			if res.Request != rules.Yes || res.Checks[0].Tier != c.tier || len(res.Findings) != 1 {
				t.Errorf("request %v tier %d (%d findings), want yes %d", res.Request, res.Checks[0].Tier, len(res.Findings), c.tier)
			}
		})
	}
}

// HF 928 (2025), as reported: statewide and federal offices "less than
// fifteen hundredths of one percent"; the reports disagree on whether the
// recount is requested or automatic, so both verdicts depend.
func TestIAHF928Statewide(t *testing.T) {
	// 0.15% of 1,000,000 is 1,500, "less than": up to 1,499.
	res := apply(t, iaRace(20261103, rules.General, rules.USSenate, 99, 20261110, 500749, 499250, 1))
	lim, ok := res.RequestLimit()
	if !ok || lim.Votes != 1499 || res.Checks[0].Margin != 1499 {
		t.Errorf("limit %d (%v), margin %d", lim.Votes, ok, res.Checks[0].Margin)
	}
	if res.Request != rules.Depends || res.Automatic != rules.Depends || res.RequestReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("inside: request %v (%v) automatic %v, %d findings", res.Request, res.RequestReason, res.Automatic, len(res.Findings))
	}
	if res.Main().RequestAnswer != rules.Yes || res.Findings[1].AutomaticAnswer != rules.Yes {
		t.Errorf("inside: readings %v / %v", res.Main().RequestAnswer, res.Findings[1].AutomaticAnswer)
	}
	// Margin 1,500 = 0.15% exactly: no recount under either reading (the
	// engine still says "depends": one reading has no request route at all).
	res = apply(t, iaRace(20261103, rules.General, rules.USSenate, 99, 20261110, 500750, 499250))
	if res.Main().RequestAnswer != rules.No || res.Findings[1].AutomaticAnswer != rules.No {
		t.Errorf("at the line: readings %v / %v", res.Main().RequestAnswer, res.Findings[1].AutomaticAnswer)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("filing %+v", f)
	}
}

// HF 928 for other offices: "less than one percent or fifty votes,
// whichever is lesser".
func TestIAHF928Local(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		// 1% of 10,000 is 100 (up to 99); fifty votes is lesser (up to 49).
		{"inside", []int64{5024, 4976}, rules.Yes},
		{"at 50 votes", []int64{5025, 4975}, rules.No},
		// 1% of 2,000 is 20 (up to 19), lesser than fifty: 19 is in, 20 out.
		{"inside 1% of a small race", []int64{1009, 990, 1}, rules.Yes},
		{"at 1% of a small race", []int64{1010, 990}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, iaRace(20261103, rules.General, rules.County, 1, 20261110, c.votes...))
			if res.Main().RequestAnswer != c.want {
				t.Errorf("requested reading: %v, want %v", res.Main().RequestAnswer, c.want)
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-official" {
				t.Errorf("filing %+v", f)
			}
		})
	}
	res := apply(t, iaRace(20261103, rules.General, rules.County, 1, 20261110, 5024, 4976))
	if lim, ok := res.RequestLimit(); !ok || lim.Votes != 49 {
		t.Errorf("limit %d (%v)", lim.Votes, ok)
	}
}

// The contrast: a 40% margin could be recounted (with a bond) in 2024, not
// under either reading of HF 928.
func TestIAContrast2024And2026(t *testing.T) {
	if res := apply(t, iaRace(20241105, rules.General, rules.USSenate, 99, 20241112, 700000, 300000)); res.Request != rules.Yes {
		t.Errorf("2024: %v", res.Request)
	}
	res := apply(t, iaRace(20261103, rules.General, rules.USSenate, 99, 20261110, 700000, 300000))
	for _, f := range res.Findings {
		if f.RequestAnswer == rules.Yes || f.AutomaticAnswer == rules.Yes {
			t.Errorf("2026: %s gives a recount", f.Reading.ID)
		}
	}
	// Before 2025 the request went to each county's commissioner.
	old := apply(t, iaRace(20241105, rules.General, rules.USSenate, 99, 20241112, 500, 499))
	if f := old.Main().Filing; f == nil || f.Receiver.ID != "county-official" {
		t.Errorf("2024 filing %+v", f)
	}
}

// Before 2025: 5 p.m. on the third day after the canvass; § 47.4 moves a
// deadline falling on a day the office is closed.
func TestIADeadline(t *testing.T) {
	for _, c := range []struct {
		name      string
		election  rules.Date
		canvass   rules.Date
		due       rules.Date
		wantRolls bool
	}{
		// Mon Nov 8, 2021 + 3 = Thu Nov 11, Veterans Day → Fri Nov 12.
		{"Veterans Day", 20211102, 20211108, 20211112, true},
		// Wed Nov 13, 2024 + 3 = Sat Nov 16 → Mon Nov 18.
		{"weekend", 20241105, 20241113, 20241118, true},
		// Tue Nov 12, 2024 + 3 = Fri Nov 15.
		{"plain", 20241105, 20241112, 20241115, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, iaRace(c.election, rules.General, rules.Municipal, 1, c.canvass, 1000, 990))
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rolled != c.wantRolls || res.Deadline.Rule.At != 17*60 {
				t.Errorf("deadline %+v, want %v", res.Deadline, c.due)
			}
		})
	}
}

// A General Assembly race on Nov 3, 2026, the conflict still open
// (2026-11-23): "less than one percent or fifty votes, whichever is
// lesser"; the readings disagree on whether the recount needs a request.
// HF 928's deadline was not read: no deadline.
func TestIALegislature2026(t *testing.T) {
	// 1% of 10,000 is 100 (up to 99); fifty votes is lesser (up to 49).
	// Margin 20: inside under both readings.
	res := apply(t, iaRace(20261103, rules.General, rules.StateHouse, 1, 20261110, 5010, 4990))
	if res.Request != rules.Depends || res.Automatic != rules.Depends || len(res.Findings) != 2 {
		t.Errorf("request %v automatic %v, %d findings", res.Request, res.Automatic, len(res.Findings))
	}
	if res.Main().RequestAnswer != rules.Yes || res.Findings[1].AutomaticAnswer != rules.Yes {
		t.Errorf("readings %v / %v", res.Main().RequestAnswer, res.Findings[1].AutomaticAnswer)
	}
	if lim, ok := res.RequestLimit(); !ok || lim.Votes != 49 {
		t.Errorf("limit %d (%v)", lim.Votes, ok)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" || res.Deadline != nil {
		t.Errorf("filing %+v deadline %+v", f, res.Deadline)
	}
}
