package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// neRace is a Nebraska race with candidates' votes in the order given.
func neRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "NE", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// The automatic line is "one percent or less of the votes received by the
// candidate who received the highest number of votes", two percent where
// 500 or fewer votes are cast. Past it, the loser may ask at any margin
// (§ 32-1121); within it, the request route is closed.
func TestNEAutomaticLeaderShare(t *testing.T) {
	for _, c := range []struct {
		name      string
		votes     []int64
		auto, req rules.Answer
		line      int64
	}{
		// 1% of the leader's 10,000 is 100, included.
		{"100 behind 10,000: automatic", []int64{10000, 9900}, rules.Yes, rules.No, 100},
		{"101 behind 10,000: ask", []int64{10000, 9899}, rules.No, rules.Yes, 100},
		// The contrast: 150 is within 1% of all 24,850 votes (248.5) but
		// not within 1% of the leader's 10,000.
		{"150 behind 10,000, third 5,000", []int64{10000, 9850, 5000}, rules.No, rules.Yes, 100},
		// 495 votes cast: 2% of the leader's 250 is 5.
		{"5 behind 250 of 495: automatic", []int64{250, 245}, rules.Yes, rules.No, 5},
		{"6 behind 250 of 494: ask", []int64{250, 244}, rules.No, rules.Yes, 5},
		// 501 votes cast: 1% of 253 is 2.53, so 2; at 2% it would be 5.
		{"5 behind 253 of 501", []int64{253, 248}, rules.No, rules.Yes, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, neRace(20281107, rules.General, rules.County, 1, 20281117, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.auto || res.Request != c.req || !ok || lim.Votes != c.line {
				t.Errorf("automatic %v request %v limit %d; want %v %v %d", res.Automatic, res.Request, lim.Votes, c.auto, c.req, c.line)
			}
		})
	}
	res := apply(t, neRace(20281107, rules.General, rules.County, 1, 20281117, 10000, 9900))
	if rc := res.Main().Automatic; len(rc) != 1 || rc[0].Route.Waiver == nil {
		t.Errorf("the loser may waive: %+v", rc)
	}
}

// The request deadline: the tenth day after the canvassing board concludes
// (the 2019 code) or the third (the newer copy). Between 2020 and the day
// the newer copy was read, both; the newer is shown first.
func TestNEDeadlineVersions(t *testing.T) {
	// Canvass concluded Friday, November 13, 2026: the third day is Monday
	// the 16th; the tenth, Monday the 23rd.
	res := apply(t, neRace(20261103, rules.General, rules.County, 1, 20261113, 6000, 4000))
	if res.Request != rules.Yes || len(res.Findings) != 2 || res.Main().Version.ID != "ne-third-day" {
		t.Fatalf("2026: %v, %d findings", res.Request, len(res.Findings))
	}
	if res.Deadline.Due != 20261116 || len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Due != 20261123 {
		t.Errorf("2026: due %v, others %+v", res.Deadline.Due, res.OtherDeadlines)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" {
		t.Errorf("2026: filing %+v", f)
	}
	// 2018: the tenth day only. Canvass Friday, November 16: Monday the 26th.
	res = apply(t, neRace(20181106, rules.General, rules.County, 1, 20181116, 6000, 4000))
	if len(res.Findings) != 1 || res.Deadline.Due != 20181126 || len(res.OtherDeadlines) != 0 {
		t.Errorf("2018: %d findings, due %v", len(res.Findings), res.Deadline.Due)
	}
	// 2028: the third day only, $100 a precinct.
	res = apply(t, neRace(20281107, rules.General, rules.County, 1, 20281117, 6000, 4000))
	if len(res.Findings) != 1 || res.Deadline.Due != 20281120 {
		t.Errorf("2028: %d findings, due %v", len(res.Findings), res.Deadline.Due)
	}
	if rq := res.Main().Requested; len(rq) != 1 || rq[0].Route.Tiers[0].Cost.PerPrecinct != 100 {
		t.Errorf("2028: request routes %+v", rq)
	}
}

// The Legislature: the apparent loser petitions the Secretary of State by
// the fourth Monday after a general election (November 5, 2024, a Tuesday:
// Mondays the 11th, 18th, 25th and December 2), on a bond, at any margin
// and even within the automatic line.
func TestNELegislature(t *testing.T) {
	res := apply(t, neRace(20241105, rules.General, rules.StateSenate, 1, 20241115, 9000, 8950))
	if res.Automatic != rules.Yes || res.Request != rules.Yes {
		t.Errorf("50 behind 9,000: automatic %v request %v", res.Automatic, res.Request)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" || res.Deadline.Due != 20241202 {
		t.Errorf("filing %+v deadline %+v", f, res.Deadline)
	}
	if res := apply(t, neRace(20241105, rules.General, rules.StateSenate, 1, 20241115, 9000, 6000)); res.Request != rules.Yes || res.Automatic != rules.No {
		t.Errorf("3,000 behind: request %v automatic %v", res.Request, res.Automatic)
	}
	// A special election on a Saturday (a hypothetical date): the fourth
	// Monday after Saturday, November 2, 2024 is November 25 (the 4th,
	// 11th, 18th, 25th), 23 days on, not day 27.
	if res := apply(t, neRace(20241102, rules.General, rules.StateSenate, 1, 20241112, 9000, 6000)); res.Deadline == nil || res.Deadline.Due != 20241125 {
		t.Errorf("fourth Monday after a Saturday: %+v", res.Deadline)
	}
	// A legislative primary goes to the filing officer under § 32-1121.
	res = apply(t, neRace(20240514, rules.Primary, rules.StateSenate, 1, 20240524, 9000, 6000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" {
		t.Errorf("primary: filing %+v", f)
	}
}
