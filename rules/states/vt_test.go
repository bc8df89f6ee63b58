package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// vtRace is a Vermont race with candidates' votes in the order given.
func vtRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "VT", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(7)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 2601(a)(1): "two percent or less of the total votes cast for all the
// candidates for an office".
func TestVTTwoPercent(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 250,000 votes: 2% is 5,000 exactly; a margin of 5,000 is "or less".
		{"at the line", []int64{127500, 122500}, rules.Yes, 5000},
		// 250,001 votes: 2% is 5,000.02, so 5,000; a margin of 5,001 is past.
		{"one past", []int64{127501, 122500}, rules.No, 5000},
		{"inside", []int64{126000, 124000}, rules.Yes, 5000},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, vtRace(20241105, rules.General, rules.Statewide, 14, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("request %v limit %d, want %v %d", res.Request, lim.Votes, c.want, c.limit)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// § 2601(a)(2): five percent for State Representative; a State Senator's
// race with the same figures is held to two percent.
func TestVTStateHouse(t *testing.T) {
	// 2,000 votes: 5% is 100 exactly: a margin of 100 qualifies.
	res := apply(t, vtRace(20241105, rules.General, rules.StateHouse, 1, 1050, 950))
	if lim, _ := res.RequestLimit(); res.Request != rules.Yes || lim.Votes != 100 {
		t.Errorf("house at 5%%: %v %d", res.Request, lim.Votes)
	}
	// 2,001 votes: 5% is 100.05; a margin of 101 does not.
	if res := apply(t, vtRace(20241105, rules.General, rules.StateHouse, 1, 1051, 950)); res.Request != rules.No {
		t.Errorf("house past 5%%: %v", res.Request)
	}
	// 80 of 2,000 (4%): a representative may ask, a senator may not (2% is 40).
	if res := apply(t, vtRace(20241105, rules.General, rules.StateHouse, 1, 1040, 960)); res.Request != rules.Yes {
		t.Errorf("house at 4%%: %v", res.Request)
	}
	res = apply(t, vtRace(20241105, rules.General, rules.StateSenate, 1, 1040, 960))
	if lim, _ := res.RequestLimit(); res.Request != rules.No || lim.Votes != 40 {
		t.Errorf("senate at 4%%: %v %d", res.Request, lim.Votes)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "court" {
		t.Errorf("senate filing %+v", f)
	}
}

// The 2006 auditor's race: 137 votes of 250,518, to the Washington County
// court, seven calendar days after the election (counted from election
// day, not the canvass).
func TestVT2006Auditor(t *testing.T) {
	r := vtRace(20061107, rules.General, rules.Statewide, 14, 111486, 111349, 23454, 4229)
	r.Base = 20061114
	res := apply(t, r)
	lim, _ := res.RequestLimit()
	// 2% of 250,518 is 5,010.36.
	if res.Request != rules.Yes || lim.Votes != 5010 || res.Checks[0].Margin != 137 {
		t.Errorf("request %v limit %d margin %d", res.Request, lim.Votes, res.Checks[0].Margin)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "vt-washington-superior-court" {
		t.Errorf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20061114 {
		t.Errorf("deadline %+v", res.Deadline)
	}
	if res.When != rules.Assumed {
		t.Errorf("when %v: the seven-day text is on file from 2020", res.When)
	}
}

// Local offices: 5% (§ 2683(b)), to the municipal clerk within 10 days.
// Seven calendar days from a Tuesday election land on a Tuesday; from a
// Town Meeting Day on the first Tuesday of March, ten days land on a
// Friday.
func TestVTLocal(t *testing.T) {
	res := apply(t, vtRace(20250304, rules.General, rules.Municipal, 1, 520, 480))
	if lim, _ := res.RequestLimit(); res.Request != rules.Yes || lim.Votes != 50 {
		t.Errorf("local: %v %d", res.Request, lim.Votes)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "local-official" || res.Deadline.Due != 20250314 {
		t.Errorf("local filing %+v due %v", f, res.Deadline.Due)
	}
	// A U.S. House race: Washington County, November 5 + 7 = November 12.
	res = apply(t, vtRace(20241105, rules.General, rules.USHouse, 14, 150000, 147500))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "vt-washington-superior-court" || res.Deadline.Due != 20241112 {
		t.Errorf("house filing %+v due %v", f, res.Deadline.Due)
	}
}
