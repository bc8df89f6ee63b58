package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// hiRace is a Hawaii race with candidates' votes in the order given.
func hiRace(date rules.Date, typ rules.ElectionType, office rules.Office, votes ...int64) rules.Race {
	r := rules.Race{State: "HI", Election: date, Type: typ, Office: office, Counties: 1, Base: date.AddDays(3)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Today's § 11-158: 100 votes or 0.5% of the votes cast, whichever is
// lesser, "equal to or less than".
func TestHIMandatory2026(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 50,000 votes: 0.5% is 250; 100 is the lesser. 100 is in.
		{"100 of 50,000", []int64{25050, 24950}, rules.Yes, 100},
		{"102 of 50,000", []int64{25051, 24949}, rules.No, 100},
		// 10,000 votes: 0.5% is exactly 50, the lesser; "or less" keeps 50.
		{"exactly 0.5% of 10,000", []int64{5025, 4975}, rules.Yes, 50},
		{"52 of 10,000", []int64{5026, 4974}, rules.No, 50},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, hiRace(20261103, rules.General, rules.StateHouse, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit || len(res.Findings) != 1 {
				t.Errorf("automatic %v limit %d (%v), %d findings; want %v %d", res.Automatic, lim.Votes, ok, len(res.Findings), c.want, c.limit)
			}
			if res.Request != rules.NoRoute {
				t.Errorf("request %v", res.Request)
			}
			if ct := res.Main().Version.Contest; ct == nil || ct.Deadline == nil || ct.Deadline.N != 20 || ct.Receiver.ID != "hi-supreme-court" {
				t.Errorf("contest %+v", ct)
			}
		})
	}
}

// The three texts: "whichever is greater" (2019), "lesser" with 0.25%
// (2024), 0.5% (2025); where an act's start is unsure, both are shown.
func TestHIVersions(t *testing.T) {
	// 10,000 votes, margin 80: in 2020 the greater of 100 and 25 is 100: in.
	res := apply(t, hiRace(20201103, rules.General, rules.StateHouse, 5040, 4960))
	if lim, _ := res.AutomaticLimit(); res.Automatic != rules.Yes || lim.Votes != 100 {
		t.Errorf("2020: %v limit %d", res.Automatic, lim.Votes)
	}
	// The same race in 2026: the lesser of 100 and 50: out.
	if res := apply(t, hiRace(20261103, rules.General, rules.StateHouse, 5040, 4960)); res.Automatic != rules.No {
		t.Errorf("2026: %v", res.Automatic)
	}
	// November 2024, under Act 1: the lesser of 100 and 25; 24 in, 26 out.
	if res := apply(t, hiRace(20241105, rules.General, rules.StateHouse, 5012, 4988)); res.Automatic != rules.Yes {
		t.Errorf("2024, 24: %v", res.Automatic)
	}
	if res := apply(t, hiRace(20241105, rules.General, rules.StateHouse, 5013, 4987)); res.Automatic != rules.No {
		t.Errorf("2024, 26: %v", res.Automatic)
	}
	// A special election in June 2024, after Act 1's approval and before
	// the primary: 80 of 10,000 is in under 2019's text and out under
	// 2024's.
	res = apply(t, hiRace(20240601, rules.Special, rules.County, 5040, 4960))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("June 2024: %v %v, %d findings", res.Automatic, res.AutomaticReason, len(res.Findings))
	}
	// November 2025: 40 of 10,000 is in under 2025's 0.5% (50), out under
	// 2024's 0.25% (25).
	res = apply(t, hiRace(20251104, rules.Special, rules.County, 5020, 4980))
	if res.Automatic != rules.Depends || len(res.Findings) != 2 {
		t.Errorf("November 2025: %v, %d findings", res.Automatic, len(res.Findings))
	}
	// Before 2020 the 2019 text is assumed.
	if res := apply(t, hiRace(20181106, rules.General, rules.StateHouse, 5040, 4960)); res.When != rules.Assumed {
		t.Errorf("2018: when %v", res.When)
	}
}

// Who conducts it, and by when: the county clerk in a county election,
// the chief election officer otherwise; results by the fifth business day
// after election day (72 hours under the 2019 text).
func TestHIWhoAndWhen(t *testing.T) {
	for _, c := range []struct {
		office rules.Office
		want   string
	}{
		{rules.County, "county-official"},
		{rules.USHouse, "hi-chief-election-officer"},
		{rules.StateSenate, "hi-chief-election-officer"},
	} {
		res := apply(t, hiRace(20241105, rules.General, c.office, 5010, 4990))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != c.want {
			t.Errorf("%s: filing %+v, want %s", c.office, f, c.want)
		}
		if res.Deadline != nil {
			t.Errorf("%s: a request deadline %+v", c.office, res.Deadline)
		}
	}
	// Tuesday, November 5, 2024: Wed 6, Thu 7, Fri 8, (weekend, Veterans
	// Day on Monday the 11th), Tue 12, Wed 13.
	res := apply(t, hiRace(20241105, rules.General, rules.StateHouse, 5010, 4990))
	fin := res.Main().Automatic[0].Route.Finish
	if fin == nil {
		t.Fatal("no finish deadline")
	}
	if d := rules.CountDeadline(*fin, 20241105, &HI.Holidays); d.Due != 20241113 {
		t.Errorf("2024 finish: due %v", d.Due)
	}
	// The 2019 text: 72 hours after the polls close.
	res = apply(t, hiRace(20221108, rules.General, rules.StateHouse, 5010, 4990))
	if fin := res.Main().Automatic[0].Route.Finish; fin == nil || fin.Unit != rules.Hours || fin.N != 72 {
		t.Errorf("2022 finish %+v", fin)
	}
}

// A primary is covered ("apparently qualified for the general election
// ballot"); a tie is decided by lot.
func TestHIPrimaryAndTie(t *testing.T) {
	res := apply(t, hiRace(20260808, rules.Primary, rules.Governor, 100050, 99950))
	if lim, _ := res.AutomaticLimit(); res.Automatic != rules.Yes || lim.Votes != 100 {
		t.Errorf("primary: %v limit %d", res.Automatic, lim.Votes)
	}
	if res := apply(t, hiRace(20260808, rules.Primary, rules.County, 500, 500)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("tie %+v", res.Tie)
	}
}
