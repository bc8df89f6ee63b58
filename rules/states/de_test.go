package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// deRace is a Delaware race with candidates' votes in the order given.
func deRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "DE", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(2)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 5702(c): a statewide candidate may apply when the margin is less than
// 1,000 votes or less than 0.5% of the two candidates' votes, whichever is
// less.
func TestDEStatewideRequest(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 400,000 votes: 0.5% is 2,000 (1,999 strictly); 1,000 strictly is
		// 999, the lesser. 998 is in.
		{"998 of 400,000", []int64{200499, 199501}, rules.Yes, 999},
		// 399,999 votes: 0.5% is 1,999.995, so 1,999; the cap, 999, decides:
		// 999 is in.
		{"999 of 399,999", []int64{200499, 199500}, rules.Yes, 999},
		// 1,000 is not less than 1,000.
		{"1,000 of 400,000", []int64{200500, 199500}, rules.No, 999},
		// 100,000 votes: 0.5% is exactly 500, strictly 499: the share
		// decides. 498 in, 500 out.
		{"498 of 100,000", []int64{50249, 49751}, rules.Yes, 499},
		{"exactly 0.5% of 100,000", []int64{50250, 49750}, rules.No, 499},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, deRace(20241105, rules.General, rules.Governor, 3, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("request %v limit %d (%v), want %v %d", res.Request, lim.Votes, ok, c.want, c.limit)
			}
			if res.Automatic != rules.NoRoute || len(res.Findings) != 2 {
				t.Errorf("automatic %v, %d findings", res.Automatic, len(res.Findings))
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "de-superior-court" {
				t.Errorf("filing %+v", f)
			}
			// "before the adjournment of the board of canvass": no count of
			// days to show.
			if res.Deadline != nil {
				t.Errorf("deadline %+v", res.Deadline)
			}
		})
	}
}

// The two-candidate denominator: a third candidate's votes do not widen
// the line.
func TestDETwoCandidateDenominator(t *testing.T) {
	// 10,000 / 9,900 / 5,000: 0.5% of the two candidates' 19,900 is 99.5,
	// so 99; the margin of 100 is out, though 0.5% of all 24,900 votes
	// (124.5) would let it in.
	res := apply(t, deRace(20241105, rules.General, rules.USSenate, 3, 10000, 9900, 5000))
	if lim, _ := res.RequestLimit(); res.Request != rules.No || lim.Votes != 99 {
		t.Errorf("100 of 19,900: %v limit %d", res.Request, lim.Votes)
	}
	if res := apply(t, deRace(20241105, rules.General, rules.USSenate, 3, 10000, 9901, 5000)); res.Request != rules.Yes {
		t.Errorf("99 of 19,901: %v", res.Request)
	}
}

// § 5702(e): the legislature and county offices. The sources disagree
// whether the recount follows with no request or on the candidate's
// request: both readings are shown.
func TestDELegislativeReadings(t *testing.T) {
	// 9,980 votes: 0.5% is 49.9, so 49; a margin of 20 is in.
	res := apply(t, deRace(20241105, rules.General, rules.StateHouse, 1, 5000, 4980))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings ||
		res.Request != rules.Depends || res.RequestReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("within: automatic %v (%v) request %v (%v), %d findings",
			res.Automatic, res.AutomaticReason, res.Request, res.RequestReason, len(res.Findings))
	}
	if res.Findings[0].AutomaticAnswer != rules.Yes || res.Findings[1].RequestAnswer != rules.Yes {
		t.Errorf("within: readings say %v and %v", res.Findings[0].AutomaticAnswer, res.Findings[1].RequestAnswer)
	}
	// A margin of 60 is out under both: each reading says no recount, one
	// by "outside the line" (No) and the other by "no such route"
	// (NoRoute), and they agree on no.
	res = apply(t, deRace(20241105, rules.General, rules.StateHouse, 1, 5020, 4960))
	if res.Findings[0].AutomaticAnswer != rules.No || res.Findings[1].RequestAnswer != rules.No ||
		res.Automatic != rules.No || res.Request != rules.No {
		t.Errorf("outside: readings say %v and %v; combined %v %v", res.Findings[0].AutomaticAnswer, res.Findings[1].RequestAnswer, res.Automatic, res.Request)
	}
	// A county office is covered too; a city office is not.
	if res := apply(t, deRace(20241105, rules.General, rules.County, 1, 5000, 4980)); res.Automatic != rules.Depends {
		t.Errorf("county office: %v", res.Automatic)
	}
	if res := apply(t, deRace(20241105, rules.General, rules.Municipal, 1, 5000, 4980)); res.Automatic != rules.NoRoute || res.Request != rules.NoRoute {
		t.Errorf("city office: %v %v", res.Automatic, res.Request)
	}
}

// § 3172 as applied in 2024: a primary's recount follows with no request;
// the House District 36 primary (12 votes of 2,302) was just outside.
func TestDEPrimary(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 2,302 votes: 0.5% is 11.51, so 11. 12 is out.
		{"HD36 2024, 12 of 2,302", []int64{1157, 1145}, rules.No, 11},
		// Before the late absentee vote: 11 of 2,301 (0.5% is 11.505): in.
		{"11 of 2,301", []int64{1156, 1145}, rules.Yes, 11},
		// 2,400 votes: 0.5% is exactly 12; "less than" makes it 11.
		{"exactly 0.5% of 2,400", []int64{1206, 1194}, rules.No, 11},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, deRace(20240910, rules.Primary, rules.StateHouse, 1, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
			if res.Request != rules.NoRoute {
				t.Errorf("request %v", res.Request)
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "de-department-of-elections" {
				t.Errorf("filing %+v", f)
			}
		})
	}
}

// § 501: Election Day is a legal holiday in even years, and a holiday on
// a Saturday is kept on the Friday before.
func TestDEHolidays(t *testing.T) {
	rule := rules.Deadline{N: 1, Unit: rules.BusinessDays}
	// Monday, November 4, 2024: the next business day skips Election Day.
	if d := rules.CountDeadline(rule, 20241104, &DE.Holidays); d.Due != 20241106 {
		t.Errorf("Election Day 2024: due %v", d.Due)
	}
	// July 4, 2026 is a Saturday, kept on Friday the 3rd: from Thursday the
	// 2nd the next business day is Monday the 6th.
	if d := rules.CountDeadline(rule, 20260702, &DE.Holidays); d.Due != 20260706 {
		t.Errorf("July 4, 2026: due %v", d.Due)
	}
}

// A State Senate race on Nov 3, 2026: § 5702(e)'s trigger was read but not
// what follows it, so both readings stay. 20,000 votes for the two: 0.5% is
// 100, so "less than" is 99 (1,000 is larger); a margin of 60 is in. The
// automatic reading says yes, the request reading says yes on request: it
// depends on which, and there is no count of days to show ("before the
// adjournment of the board of canvass", which convenes Thursday, Nov 5).
func TestDELegislativeNov2026(t *testing.T) {
	res := apply(t, deRace(20261103, rules.General, rules.StateSenate, 1, 10030, 9970))
	if res.Automatic != rules.Depends || res.Request != rules.Depends || len(res.Findings) != 2 {
		t.Errorf("automatic %v request %v, %d findings", res.Automatic, res.Request, len(res.Findings))
	}
	if lim, ok := res.AutomaticLimit(); !ok || lim.Votes != 99 {
		t.Errorf("limit %d (%v)", lim.Votes, ok)
	}
	if res.Deadline != nil {
		t.Errorf("deadline %+v", res.Deadline)
	}
}
