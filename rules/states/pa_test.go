package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// paRace is a Pennsylvania race with candidates' votes in the order given.
func paRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "PA", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 3154(g)(1)(i): a statewide candidate "defeated by one-half of a percent
// or less of the votes cast for the office".
func TestPAAutomaticLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		// 0.5% of 2,000,000 is 10,000: 5,000 is inside.
		{"inside", []int64{1002500, 997500}, rules.Yes},
		// Exactly 10,000: "or less", so inside.
		{"at the line", []int64{1005000, 995000}, rules.Yes},
		// 10,002 > 10,000.
		{"outside", []int64{1005001, 994999}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, paRace(20241105, rules.General, rules.Statewide, 67, 20241125, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != 10000 {
				t.Errorf("automatic %v limit %d, want %v 10000", res.Automatic, lim.Votes, c.want)
			}
		})
	}
	// Every vote for the office counts: a third candidate's 1,000,000
	// votes widen the line to 15,000, so 10,002 is inside.
	res := apply(t, paRace(20241105, rules.General, rules.Statewide, 67, 20241125, 1005001, 994999, 1000000))
	if lim, _ := res.AutomaticLimit(); res.Automatic != rules.Yes || lim.Votes != 15000 {
		t.Errorf("third candidate: %v limit %d", res.Automatic, lim.Votes)
	}
}

// Only offices on the ballot in every district: a congressional race, a
// legislative one or a county one gets no automatic recount however close.
func TestPAStatewideOnly(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
	}{{rules.USHouse, 4}, {rules.StateHouse, 1}, {rules.County, 1}} {
		res := apply(t, paRace(20241105, rules.General, c.office, c.counties, 20241125, 10001, 10000))
		if res.Automatic != rules.NoRoute || res.Request != rules.Yes {
			t.Errorf("%s: automatic %v request %v", c.office, res.Automatic, res.Request)
		}
	}
}

// The 2022 Republican U.S. Senate primary: Oz +902 on the unofficial
// returns of 1,343,613 votes; 0.5% is 6,718.065, so 6,718 votes.
func TestPA2022SenatePrimary(t *testing.T) {
	res := apply(t, paRace(20220517, rules.Primary, rules.USSenate, 67, 20220525,
		419365, 418463, 331398, 73213, 66548, 20220, 14406))
	lim, _ := res.AutomaticLimit()
	if res.Automatic != rules.Yes || lim.Votes != 6718 || res.Checks[0].Margin != 902 {
		t.Errorf("automatic %v limit %d margin %d", res.Automatic, lim.Votes, res.Checks[0].Margin)
	}
	if rt := res.Main().Automatic[0].Route; rt.Waiver == nil || rt.Finish == nil || rt.Finish.N != 21 {
		t.Errorf("waiver or finish missing: %+v", rt)
	}
}

// Three voters of each district petition the court of common pleas at any
// margin, whatever the office.
func TestPAPetition(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
	}{{rules.County, 1}, {rules.Governor, 67}} {
		res := apply(t, paRace(20221108, rules.General, c.office, c.counties, 20221128, 2000000, 1000000))
		if res.Request != rules.Yes {
			t.Errorf("%s: request %v", c.office, res.Request)
		}
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "pa-court-of-common-pleas" {
			t.Errorf("%s: filing %+v", c.office, f)
		}
		who := res.Main().Requested[0].Route.Who
		if len(who) != 1 || who[0].Kind != rules.Voters || who[0].Number != 3 {
			t.Errorf("%s: who %+v", c.office, who)
		}
	}
}

// Five days after the computational canvass: from Thursday, November 21,
// 2024, Tuesday the 26th; from Saturday the 23rd the fifth day is
// Thanksgiving, omitted, so Friday the 29th.
func TestPADeadline(t *testing.T) {
	res := apply(t, paRace(20241105, rules.General, rules.County, 1, 20241121, 5000, 4000))
	if res.Deadline == nil || res.Deadline.Due != 20241126 || res.Deadline.Rolled {
		t.Errorf("plain: %+v", res.Deadline)
	}
	res = apply(t, paRace(20241105, rules.General, rules.County, 1, 20241123, 5000, 4000))
	if res.Deadline == nil || res.Deadline.Due != 20241129 || !res.Deadline.Rolled {
		t.Errorf("Thanksgiving: %+v", res.Deadline)
	}
}

// Before Act 97 took effect (October 8, 2004): no automatic recount, and
// the text is assumed.
func TestPABeforeAct97(t *testing.T) {
	res := apply(t, paRace(20001107, rules.General, rules.President, 67, 20001127, 2485967, 2281127))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes || res.When != rules.Assumed {
		t.Errorf("2000: automatic %v request %v when %v", res.Automatic, res.Request, res.When)
	}
	res = apply(t, paRace(20041102, rules.General, rules.President, 67, 20041122, 2938095, 2793847))
	if res.Automatic != rules.No || res.When != rules.InForce {
		t.Errorf("2004: automatic %v when %v", res.Automatic, res.When)
	}
}
