package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// gaRace is a Georgia race with candidates' votes in the order given.
func gaRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "GA", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

func apply(t *testing.T, r rules.Race) rules.Result {
	t.Helper()
	res, err := Apply(r)
	if err != nil {
		t.Fatalf("Apply(%+v): %v", r, err)
	}
	return res
}

// The seed articles' race: Atlanta 2017, certified totals, under the law of
// its day and under today's.
func TestGeorgiaAtlanta2017(t *testing.T) {
	r := gaRace(20171205, rules.Runoff, rules.Municipal, 2, 20171211, 46667, 45835)
	res := apply(t, r)
	lim, ok := res.RequestLimit()
	if res.Request != rules.Yes || !ok || lim.Votes != 925 || res.Checks[0].Margin != 832 {
		t.Errorf("2017: request %v limit %d margin %d", res.Request, lim.Votes, res.Checks[0].Margin)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "superintendent" {
		t.Errorf("2017: filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20171213 || res.Deadline.Later != 0 {
		t.Errorf("2017: deadline %+v", res.Deadline)
	}
	r.Election, r.Base = 20211130, 20211206
	res = apply(t, r)
	lim, _ = res.RequestLimit()
	if res.Request != rules.No || lim.Votes != 462 {
		t.Errorf("2021: request %v limit %d", res.Request, lim.Votes)
	}
}

// The 2020 presidential race: plurality (no runoff), the Secretary of
// State, two business days after Friday, November 20.
func TestGeorgia2020President(t *testing.T) {
	res := apply(t, gaRace(20201103, rules.General, rules.President, 159, 20201120, 2474507, 2461837, 62138))
	if res.Outcome != rules.Elected || res.Rule != rules.Plurality {
		t.Errorf("outcome %v rule %v", res.Outcome, res.Rule)
	}
	lim, _ := res.RequestLimit()
	if res.Request != rules.Yes || lim.Votes != 24992 || res.Checks[0].Margin != 12670 {
		t.Errorf("request %v limit %d margin %d", res.Request, lim.Votes, res.Checks[0].Margin)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline.Due != 20201124 {
		t.Errorf("deadline %v", res.Deadline.Due)
	}
	if res.Automatic != rules.NoRoute {
		t.Errorf("automatic %v, want none in 2020", res.Automatic)
	}
}

// A Saturday certification: the request is due Tuesday; 2009's list of
// state holidays is not on file, which the result says.
func TestGeorgia2009SaturdayCertification(t *testing.T) {
	res := apply(t, gaRace(20091201, rules.Runoff, rules.Municipal, 2, 20091205, 42549, 41834))
	if res.Deadline.Due != 20091208 {
		t.Errorf("due %v", res.Deadline.Due)
	}
	if len(res.Deadline.Unverified) != 1 || res.Deadline.Unverified[0] != 2009 {
		t.Errorf("unverified years %v", res.Deadline.Unverified)
	}
	if res.When != rules.InForce {
		t.Errorf("when %v", res.When)
	}
	// Before 2009 the 1% text was not read: assumed.
	if res := apply(t, gaRace(20001107, rules.General, rules.President, 159, 20001117, 1419720, 1116230)); res.When != rules.Assumed {
		t.Errorf("2000: when %v", res.When)
	}
}

// HB 316's start is not confirmed: between April 2, 2019 and June 9, 2020,
// a margin between the two lines depends on it.
func TestGeorgiaHB316Window(t *testing.T) {
	// Griffin, November 2019: 15 votes of 2,737 (0.548%).
	res := apply(t, gaRace(20191105, rules.General, rules.Municipal, 1, 20191108, 1376, 1361))
	if res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("Griffin: %v %v, %d findings", res.Request, res.RequestReason, len(res.Findings))
	}
	if ok, known := res.Eligible(); known {
		t.Errorf("Griffin: eligibility stated (%v) though it depends", ok)
	}
	// Inside both lines: yes either way.
	if res := apply(t, gaRace(20191105, rules.General, rules.Municipal, 1, 20191108, 1376, 1370)); res.Request != rules.Yes {
		t.Errorf("inside both lines: %v", res.Request)
	}
	// Outside both: no either way.
	if res := apply(t, gaRace(20191105, rules.General, rules.Municipal, 1, 20191108, 1400, 1337)); res.Request != rules.No {
		t.Errorf("outside both lines: %v", res.Request)
	}
	// From June 9, 2020, one-half of 1 percent.
	if res := apply(t, gaRace(20200609, rules.Primary, rules.County, 1, 20200619, 1376, 1361)); res.Request != rules.No || len(res.Findings) != 1 {
		t.Errorf("June 2020: %v, %d findings", res.Request, len(res.Findings))
	}
	// Before April 2, 2019: 1 percent.
	if res := apply(t, gaRace(20190319, rules.Special, rules.County, 1, 20190322, 1376, 1361)); res.Request != rules.Yes {
		t.Errorf("March 2019: %v", res.Request)
	}
}

// Deadlines where the Governor's list is not on file: the Friday after
// Thanksgiving and Christmas Eve may be state holidays, so both dates.
func TestGeorgiaPossibleHolidays(t *testing.T) {
	for _, c := range []struct {
		name       string
		base       rules.Date
		due, later rules.Date
	}{
		{"Thanksgiving week 2026", 20261125, 20261130, 20261201},
		{"Christmas 2026", 20261223, 20261228, 20261229},
		{"Thanksgiving week 2017", 20171122, 20171127, 20171128},
		{"Christmas observed 2016", 20161223, 20161228, 0},
		{"Veterans Day 2026", 20261109, 20261112, 0},
		{"on file: Thanksgiving 2025", 20251126, 20251202, 0},
		{"on file: Christmas 2025", 20251224, 20251230, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, gaRace(c.base.AddDays(-7), rules.General, rules.County, 1, c.base, 1000, 996))
			if res.Deadline.Due != c.due || res.Deadline.Later != c.later {
				t.Errorf("due %v later %v, want %v %v; days %+v", res.Deadline.Due, res.Deadline.Later, c.due, c.later, res.Deadline.Days)
			}
		})
	}
}

// SB 3EX: a governor's race within 0.5% is recounted by hand with no
// request; exactly at 0.5% the reports' wording disagrees; another
// statewide office is covered by one reading only.
func TestGeorgiaSB3EX(t *testing.T) {
	gov := func(office rules.Office, votes ...int64) rules.Result {
		return apply(t, gaRace(20261103, rules.General, office, 159, 20261120, votes...))
	}
	if res := gov(rules.Governor, 2005000, 1995000); res.Automatic != rules.Yes {
		t.Errorf("governor at 0.25%%: %v", res.Automatic)
	}
	if res := gov(rules.Governor, 2010000, 1990000); res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings {
		t.Errorf("governor at exactly 0.5%%: %v %v", res.Automatic, res.AutomaticReason)
	}
	if res := gov(rules.Governor, 2010001, 1989999); res.Automatic != rules.No {
		t.Errorf("governor past 0.5%%: %v", res.Automatic)
	}
	if res := gov(rules.Statewide, 2005000, 1995000); res.Automatic != rules.Depends {
		t.Errorf("secretary of state at 0.25%%: %v", res.Automatic)
	}
	if res := gov(rules.USSenate, 2005000, 1995000); res.Automatic != rules.NoRoute {
		t.Errorf("U.S. Senate: %v", res.Automatic)
	}
	// An old link's "state office" could be the governor or a legislator.
	if res := gov(rules.State, 2005000, 1995000); res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings && res.AutomaticReason != rules.ReasonOffice {
		t.Errorf("coarse state office: %v %v", res.Automatic, res.AutomaticReason)
	}
	// A race going to a runoff is not decided: no automatic recount now;
	// the third place is far from the runoff.
	res := gov(rules.Governor, 1980000, 1970000, 50000)
	if res.Outcome != rules.ToRunoff || res.Automatic != rules.No || res.AutomaticReason != rules.ReasonRunoff || res.Request != rules.No {
		t.Errorf("runoff-bound: %v automatic %v (%v) request %v", res.Outcome, res.Automatic, res.AutomaticReason, res.Request)
	}
}

// Ties and races where nobody has lost.
func TestGeorgiaTies(t *testing.T) {
	r := gaRace(20261103, rules.General, rules.President, 159, 20261120, 1000, 1000, 10)
	res := apply(t, r)
	if res.Outcome != rules.Tie || res.Request != rules.Depends || res.RequestReason != rules.ReasonTie {
		t.Errorf("tie for first: %v %v %v", res.Outcome, res.Request, res.RequestReason)
	}
	res = apply(t, gaRace(20121106, rules.General, rules.County, 1, 20121116, 3000, 3000))
	if res.Outcome != rules.ToRunoff || res.Request != rules.NotYet {
		t.Errorf("50/50 under the majority rule: %v %v", res.Outcome, res.Request)
	}
	// A tie for the second runoff place.
	res = apply(t, gaRace(20220524, rules.Primary, rules.County, 1, 20220603, 30000, 15000, 15000, 10000, 5000, 1234))
	if res.Outcome != rules.Tie || res.Standings[0].Status != rules.RunoffQualifier || res.Standings[1].Status != rules.Tied || res.Standings[2].Status != rules.Tied {
		t.Errorf("tie for second: %v %+v", res.Outcome, res.Standings)
	}
}

// A third-place finisher close to second is measured against the last
// runoff qualifier (the 2022 U.S. House 10 primary).
func TestGeorgiaRunoffPlace(t *testing.T) {
	res := apply(t, gaRace(20220524, rules.Primary, rules.USHouse, 20, 20220610, 15000, 7261, 7118, 3500))
	if res.Outcome != rules.ToRunoff || res.Reference != 1 || res.Checks[0].Margin != 143 || res.Request != rules.Yes {
		t.Errorf("%v ref %d margin %d request %v", res.Outcome, res.Reference, res.Checks[0].Margin, res.Request)
	}
}

// SB 3EX is still open (enrolled text not read): for a Nov 3, 2026
// governor's race the two readings stay, and the request deadline does not
// depend on them. The Act's last recorded action is "Effective Date"
// 2026-06-25 (Open States copy of the legislature's record), so the May 19,
// 2026 primary is under the law before it.
//
// Deadline by hand: the state certifies Friday, Nov 20, 2026; two business
// days after are Monday Nov 23 and Tuesday Nov 24 (Thanksgiving is Nov 26):
// due 2026-11-24.
func TestGeorgiaSB3EXNov2026Open(t *testing.T) {
	for _, c := range []struct {
		name      string
		votes     []int64
		automatic rules.Answer
		request   rules.Answer
	}{
		// 10,000 of 4,000,000 = 0.25%: inside both readings' line.
		{"0.25%", []int64{2005000, 1995000}, rules.Yes, rules.Yes},
		// 20,000 of 4,000,000 = exactly 0.5%: "or less" yes, "less than" no.
		{"exactly 0.5%", []int64{2010000, 1990000}, rules.Depends, rules.Yes},
		// 20,002 of 4,000,000: past the line either way.
		{"past 0.5%", []int64{2010001, 1989999}, rules.No, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, gaRace(20261103, rules.General, rules.Governor, 159, 20261120, c.votes...))
			if res.Automatic != c.automatic || res.Request != c.request || len(res.Findings) != 2 {
				t.Errorf("automatic %v request %v, %d findings; want %v %v, 2", res.Automatic, res.Request, len(res.Findings), c.automatic, c.request)
			}
			if res.Deadline == nil || res.Deadline.Due != 20261124 {
				t.Errorf("deadline %+v, want due 2026-11-24", res.Deadline)
			}
		})
	}
	// Before June 25, 2026: no automatic recount, one finding.
	res := apply(t, gaRace(20260519, rules.Primary, rules.Governor, 159, 20260605, 2005000, 1995000))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes || len(res.Findings) != 1 {
		t.Errorf("May 2026 primary: automatic %v request %v, %d findings", res.Automatic, res.Request, len(res.Findings))
	}
}
