package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// tnRace is a Tennessee race with candidates' votes in the order given.
func tnRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "TN", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(10)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

func tnHas(res rules.Result, kind string) bool {
	for _, f := range res.Facts {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// No margin brings a recount: a one-vote race, a tie and a landslide all
// have no automatic recount and no right to ask; the contest in chancery
// court is named, with no deadline shown (§ 2-17-105 not read).
func TestTNNoRecountRight(t *testing.T) {
	for _, votes := range [][]int64{{5001, 5000}, {5000, 5000}, {9000, 1000}} {
		res := apply(t, tnRace(20240806, rules.General, rules.County, 1, votes...))
		if res.Automatic != rules.NoRoute || res.Request != rules.NoRoute {
			t.Errorf("%v: automatic %v request %v", votes, res.Automatic, res.Request)
		}
		ct := res.Main().Version.Contest
		if ct == nil || ct.Receiver.ID != "tn-chancery-court" || ct.Deadline != nil {
			t.Errorf("%v: contest %+v", votes, ct)
		}
		if res.Deadline != nil {
			t.Errorf("%v: a deadline %+v", votes, res.Deadline)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%v: a request limit", votes)
		}
	}
}

// Presidential electors: the contest goes to the tribunal, within ten days
// after the election; the general contest deadline fact is for the others.
func TestTNPresidential(t *testing.T) {
	res := apply(t, tnRace(20241105, rules.General, rules.President, 95, 1966865, 1056265))
	if !tnHas(res, "tn-presidential-contest") || tnHas(res, "tn-contest-deadline-unread") {
		t.Errorf("president: facts %+v", res.Facts)
	}
	res = apply(t, tnRace(20241105, rules.General, rules.USHouse, 20, 200000, 100000))
	if tnHas(res, "tn-presidential-contest") || !tnHas(res, "tn-contest-deadline-unread") {
		t.Errorf("U.S. House: facts %+v", res.Facts)
	}
}

// Since April 24, 2023 a court's recount also checks address changes.
func TestTNAddressCheck(t *testing.T) {
	if res := apply(t, tnRace(20220804, rules.General, rules.County, 1, 600, 599)); tnHas(res, "tn-address-check") {
		t.Error("2022: address check shown")
	}
	if res := apply(t, tnRace(20240806, rules.General, rules.County, 1, 600, 599)); !tnHas(res, "tn-address-check") {
		t.Error("2024: address check missing")
	}
}
