package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// scRace is a South Carolina race with candidates' votes in the order given.
func scRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "SC", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(3)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 7-17-280: automatic when the difference "shall be not more than one
// percent of the total votes which were cast for such office".
func TestSCAutomaticLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 1% of 100,000 is 1,000: 400 is inside.
		{"inside", []int64{50200, 49800}, rules.Yes, 1000},
		// Exactly 1,000: "not more than", so inside.
		{"at the line", []int64{50500, 49500}, rules.Yes, 1000},
		// 1,002 > 1,000.
		{"outside", []int64{50501, 49499}, rules.No, 1000},
		// Every vote for the office: 1,000 of 100,000 with a third
		// candidate's 11,000 in the total.
		{"third candidate", []int64{45000, 44000, 11000}, rules.Yes, 1000},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, scRace(20241105, rules.General, rules.StateHouse, 1, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
			if res.Request != rules.NoRoute {
				t.Errorf("request %v: South Carolina has no requested recount", res.Request)
			}
			if rt := res.Main().Automatic[0].Route; rt.Waiver == nil {
				t.Error("the waiver is missing")
			}
		})
	}
}

// No request at any margin: the protest (contest) is named, and where it
// goes depends on the office.
func TestSCProtest(t *testing.T) {
	res := apply(t, scRace(20241105, rules.General, rules.County, 1, 60000, 40000))
	if res.Request != rules.NoRoute || res.Automatic != rules.No {
		t.Errorf("request %v automatic %v", res.Request, res.Automatic)
	}
	if ct := res.Main().Version.Contest; ct == nil || ct.Receiver.ID != "sc-protest-boards" || ct.Deadline != nil {
		t.Errorf("contest %+v", ct)
	}
	has := func(res rules.Result, kind string) bool {
		for _, f := range res.Facts {
			if f.Kind == kind {
				return true
			}
		}
		return false
	}
	if !has(res, "sc-protest-county") || has(res, "sc-protest-state") {
		t.Error("county race: wrong protest facts")
	}
	res = apply(t, scRace(20241105, rules.General, rules.USHouse, 10, 60000, 40000))
	if has(res, "sc-protest-county") || !has(res, "sc-protest-state") {
		t.Error("U.S. House race: wrong protest facts")
	}
}

// A primary needs a majority: the last runoff qualifier against the third
// place, within 1% of all votes; a tie goes to a runoff.
func TestSCPrimary(t *testing.T) {
	res := apply(t, scRace(20240611, rules.Primary, rules.StateSenate, 2, 40000, 30500, 29500))
	if res.Outcome != rules.ToRunoff || res.Checks[0].Margin != 1000 || res.Automatic != rules.Yes {
		t.Errorf("runoff place: %v margin %d automatic %v", res.Outcome, res.Checks[0].Margin, res.Automatic)
	}
	res = apply(t, scRace(20240611, rules.Primary, rules.StateSenate, 2, 40000, 35000, 25000))
	if res.Outcome != rules.ToRunoff || res.Automatic != rules.No {
		t.Errorf("far third: %v automatic %v", res.Outcome, res.Automatic)
	}
	res = apply(t, scRace(20240611, rules.Primary, rules.County, 1, 5000, 5000))
	if res.Tie == nil || res.Tie.Kind != rules.RunoffTie || res.Automatic != rules.Yes {
		t.Errorf("tied primary: tie %+v automatic %v", res.Tie, res.Automatic)
	}
}
