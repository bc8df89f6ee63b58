package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// maRace is a Massachusetts race with candidates' votes in the order given.
func maRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "MA", Election: date, Type: typ, Office: office, Counties: counties, Base: date}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Ward and town petitions need no margin: a 20-point loss may still be
// recounted ward by ward.
func TestMAWardPetitionAnyMargin(t *testing.T) {
	for _, office := range []rules.Office{rules.Municipal, rules.StateHouse, rules.Governor} {
		counties := 1
		if office == rules.Governor {
			counties = 14
		}
		res := apply(t, maRace(20261103, rules.General, office, counties, 6000, 4000))
		if res.Request != rules.Yes || res.Automatic != rules.NoRoute {
			t.Errorf("%s: request %v automatic %v", office, res.Request, res.Automatic)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%s: a request limit, though any margin may ask", office)
		}
	}
}

// A whole district at once: "not more than one-half percent of the votes
// cast for an office" (the Secretary's guide, as reported).
func TestMADistrictWideLine(t *testing.T) {
	for _, c := range []struct {
		name   string
		votes  []int64
		within bool
		line   int64
	}{
		// 0.5% of 200,000 = 1,000 exactly: within.
		{"1,000 of 200,000", []int64{100500, 99500}, true, 1000},
		// 1,002 is past it.
		{"1,002 of 200,000", []int64{100501, 99499}, false, 1000},
		// Every vote counts toward the line: 0.5% of 250,000 = 1,250.
		{"1,200 with a third candidate", []int64{100600, 99400, 50000}, true, 1250},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, maRace(20261103, rules.General, rules.USHouse, 3, c.votes...))
			req := res.Main().Requested
			if len(req) != 2 {
				t.Fatalf("%d request routes, want ward and district", len(req))
			}
			if req[1].Within() != c.within || req[1].Limits[0].Votes != c.line {
				t.Errorf("district-wide: within %v line %d", req[1].Within(), req[1].Limits[0].Votes)
			}
			if res.Request != rules.Yes {
				t.Errorf("request %v: ward petitions need no margin", res.Request)
			}
		})
	}
	// A city office has no district-wide route.
	res := apply(t, maRace(20251104, rules.General, rules.Municipal, 1, 100500, 99500))
	if len(res.Main().Requested) != 1 {
		t.Errorf("municipal: %d request routes", len(res.Main().Requested))
	}
}

// The city or town clerk, by 5 p.m. on the 10th day after an election or
// the 6th after a primary, counted from election day.
func TestMAReceiverAndDeadline(t *testing.T) {
	for _, c := range []struct {
		name   string
		date   rules.Date
		typ    rules.ElectionType
		office rules.Office
		due    rules.Date
	}{
		{"state election", 20241105, rules.General, rules.StateSenate, 20241115},
		{"state primary", 20240903, rules.Primary, rules.StateSenate, 20240909},
		{"city election", 20251104, rules.General, rules.Municipal, 20251114},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, maRace(c.date, c.typ, c.office, 1, 5100, 4900))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "local-official" {
				t.Fatalf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rule.At != 17*60 {
				t.Errorf("deadline %+v", res.Deadline)
			}
		})
	}
}

// A primary tie leaves a vacancy the party fills (no tie kind for it); an
// election tie is a failure to elect and a new election.
func TestMATies(t *testing.T) {
	res := apply(t, maRace(20240903, rules.Primary, rules.StateHouse, 1, 3000, 3000))
	if res.Tie == nil || res.Tie.Kind != rules.TieUnknown {
		t.Errorf("primary tie: %+v", res.Tie)
	}
	found := false
	for _, f := range res.Facts {
		found = found || f.Kind == "ma-primary-tie-vacancy"
	}
	if !found {
		t.Errorf("primary tie: no vacancy fact")
	}
	res = apply(t, maRace(20241105, rules.General, rules.StateHouse, 1, 3000, 3000))
	if res.Tie == nil || res.Tie.Kind != rules.NewElection {
		t.Errorf("election tie: %+v", res.Tie)
	}
}

// c. 4, § 7, cl. 18th: January 1, July 4, November 11 and Christmas on a
// Sunday are kept "the day following"; on a Saturday they are not moved.
// No Massachusetts recount deadline counts business days or rolls (the
// petition days are calendar days), so this checks the calendar itself,
// with a count of one business day after a base.
func TestMASundayHolidayMonday(t *testing.T) {
	checkDayCounts(t, &MA.Holidays, []dayCount{
		// Friday, November 9, 2018: Nov 10 Sa, Nov 11 Su (Veterans Day),
		// Nov 12 M holiday, Nov 13 Tu 1.
		{"Veterans Day 2018 on a Sunday", 20181109, 20181113, 1},
		// Friday, December 23, 2022: Dec 24 Sa, Dec 25 Su (Christmas),
		// Dec 26 M holiday, Dec 27 Tu 1.
		{"Christmas 2022 on a Sunday", 20221223, 20221227, 1},
		// Thursday, November 9, 2023: Veterans Day on Saturday the 11th is
		// not moved, so Nov 10 F 1.
		{"Veterans Day 2023 on a Saturday", 20231109, 20231110, 1},
		// Thursday, December 23, 2021: Christmas on Saturday, Dec 24 F 1.
		{"Christmas 2021 on a Saturday", 20211223, 20211224, 1},
	})
}
