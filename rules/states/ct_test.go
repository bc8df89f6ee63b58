package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// ctRace is a Connecticut race with candidates' votes in the order given.
func ctRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "CT", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(7)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 9-311a at an election: the greater of (less than 0.5% but not more
// than 2,000 votes) and (less than 20 votes).
func TestCTElectionRecanvass(t *testing.T) {
	for _, c := range []struct {
		name   string
		office rules.Office
		votes  []int64
		want   rules.Answer
		limit  int64
	}{
		// 3,000 votes: 0.5% is 15, strictly less: 14; the 20-vote limb
		// gives 19, the greater. 18 is in.
		{"town, 18 of 3,000", rules.Municipal, []int64{1509, 1491}, rules.Yes, 19},
		// 3,001 votes: 0.5% is 15.005, so 15; the 20-vote limb still
		// decides: 19 is in ("less than twenty").
		{"town, 19 of 3,001", rules.Municipal, []int64{1510, 1491}, rules.Yes, 19},
		// 20 is not less than 20, and 20 is over 0.5% of 3,000.
		{"town, 20 of 3,000", rules.Municipal, []int64{1510, 1490}, rules.No, 19},
		// 20,000 votes: 0.5% is exactly 100; "less than" makes it 99.
		{"house, 98 of 20,000", rules.StateHouse, []int64{10049, 9951}, rules.Yes, 99},
		{"house, exactly 0.5%", rules.StateHouse, []int64{10050, 9950}, rules.No, 99},
		// 1,500,000 votes: 0.5% is 7,500 (7,499 strictly), but "not more
		// than two thousand votes" caps it: 2,000 is in, 2,002 is out
		// though far inside 0.5%.
		{"senate, 2,000 of 1,500,000", rules.USSenate, []int64{751000, 749000}, rules.Yes, 2000},
		{"senate, 2,002 of 1,500,000", rules.USSenate, []int64{751001, 748999}, rules.No, 2000},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ctRace(20241105, rules.General, c.office, 1, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
			if res.Request != rules.NoRoute {
				t.Errorf("request %v, want none", res.Request)
			}
		})
	}
}

// § 9-445 at a primary: the same lines with a 1,000-vote cap.
func TestCTPrimaryRecanvass(t *testing.T) {
	// 400,000 votes: 0.5% is 2,000 (1,999 strictly); the cap makes it
	// 1,000 at a primary.
	if res := apply(t, ctRace(20240813, rules.Primary, rules.USSenate, 8, 200500, 199500)); res.Automatic != rules.Yes {
		t.Errorf("1,000 of 400,000 at a primary: %v", res.Automatic)
	}
	res := apply(t, ctRace(20240813, rules.Primary, rules.USSenate, 8, 200501, 199499))
	if lim, _ := res.AutomaticLimit(); res.Automatic != rules.No || lim.Votes != 1000 {
		t.Errorf("1,002 of 400,000 at a primary: %v limit %d", res.Automatic, lim.Votes)
	}
	// The same count at an election is within the 2,000 cap (limit 1,999).
	res = apply(t, ctRace(20241105, rules.General, rules.USSenate, 8, 200501, 199499))
	if lim, _ := res.AutomaticLimit(); res.Automatic != rules.Yes || lim.Votes != 1999 {
		t.Errorf("1,002 of 400,000 at an election: %v limit %d", res.Automatic, lim.Votes)
	}
	// A small primary: the 20-vote limb, 19 in, 20 out.
	if res := apply(t, ctRace(20240813, rules.Primary, rules.StateHouse, 1, 1510, 1491)); res.Automatic != rules.Yes {
		t.Errorf("19 at a primary: %v", res.Automatic)
	}
	if res := apply(t, ctRace(20240813, rules.Primary, rules.StateHouse, 1, 1510, 1490)); res.Automatic != rules.No {
		t.Errorf("20 at a primary: %v", res.Automatic)
	}
}

// Nobody files: the head moderator orders the recanvass for every race;
// the page names the court contest instead of a request, and no request
// deadline is counted.
func TestCTWhoAndContest(t *testing.T) {
	for _, r := range []rules.Race{
		ctRace(20241105, rules.General, rules.StateHouse, 1, 5000, 4990),
		ctRace(20240813, rules.Primary, rules.USSenate, 8, 200500, 199500),
	} {
		res := apply(t, r)
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "ct-head-moderator" {
			t.Errorf("%s %s: filing %+v", r.Type, r.Office, f)
		}
		if res.Main().Version.Contest == nil || res.Main().Version.Contest.Receiver.Kind != rules.Court {
			t.Errorf("%s %s: no court contest named", r.Type, r.Office)
		}
		if res.Deadline != nil {
			t.Errorf("%s %s: a request deadline %+v", r.Type, r.Office, res.Deadline)
		}
	}
}

// § 9-311(a): the recanvass officials meet by the fifth business day after
// the election, counted on § 1-4's holidays.
func TestCTFifthBusinessDay(t *testing.T) {
	rule := rules.Deadline{N: 5, Unit: rules.BusinessDays, From: rules.ElectionDay}
	// Tuesday, November 5, 2024: Wed 6, Thu 7, Fri 8, (weekend, Veterans
	// Day Monday 11), Tue 12, Wed 13.
	if d := rules.CountDeadline(rule, 20241105, &CT.Holidays); d.Due != 20241113 {
		t.Errorf("2024: due %v", d.Due)
	}
	// Tuesday, November 7, 2023: Veterans Day falls on Saturday and is kept
	// on Friday the 10th: Wed 8, Thu 9, (Fri 10, weekend), Mon 13, Tue 14,
	// Wed 15.
	if d := rules.CountDeadline(rule, 20231107, &CT.Holidays); d.Due != 20231115 {
		t.Errorf("2023: due %v", d.Due)
	}
}

// Ties: a new election three weeks later (§ 9-332), an adjourned primary
// (§ 9-446); not read for the state officers.
func TestCTTies(t *testing.T) {
	for _, c := range []struct {
		typ    rules.ElectionType
		office rules.Office
		want   rules.TieKind
	}{
		{rules.General, rules.Municipal, rules.NewElection},
		{rules.Primary, rules.StateSenate, rules.NewElection},
		{rules.General, rules.Governor, rules.TieUnknown},
	} {
		res := apply(t, ctRace(20241105, c.typ, c.office, 1, 1000, 1000))
		if res.Tie == nil || res.Tie.Kind != c.want {
			t.Errorf("%s %s: tie %+v, want %v", c.typ, c.office, res.Tie, c.want)
		}
		if res.Automatic != rules.Yes {
			t.Errorf("%s %s: a tie is recanvassed: %v", c.typ, c.office, res.Automatic)
		}
	}
}
