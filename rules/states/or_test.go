package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// orRace is an Oregon race with candidates' votes in the order given.
func orRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "OR", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// ORS 258.280(1)(b): automatic when the margin "is not more than one-fifth
// of one percent of the total votes for both candidates".
func TestORAutomaticLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 0.2% of 100,000 is 200: a margin of 100 is inside.
		{"inside", []int64{50050, 49950}, rules.Yes, 200},
		// Exactly 200: "not more than", so inside.
		{"at the line", []int64{50100, 49900}, rules.Yes, 200},
		// 202 > 200.
		{"outside", []int64{50101, 49899}, rules.No, 200},
		// A third candidate does not widen it: still 0.2% of the two
		// candidates' 100,000, though 202 is within 0.2% of all 120,000
		// votes (240).
		{"third candidate", []int64{50101, 49899, 20000}, rules.No, 200},
		{"tie", []int64{40000, 40000}, rules.Yes, 160},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, orRace(20241105, rules.General, rules.USHouse, 5, 20241203, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d (%v), want %v %d", res.Automatic, lim.Votes, ok, c.want, c.limit)
			}
		})
	}
}

// A demand needs no margin; it goes to the Secretary of State whatever the
// office.
func TestORDemand(t *testing.T) {
	for _, office := range []rules.Office{rules.County, rules.Governor, rules.StateHouse} {
		counties := 1
		if office == rules.Governor {
			counties = 36
		}
		res := apply(t, orRace(20241105, rules.General, office, counties, 20241203, 60000, 40000))
		if res.Request != rules.Yes || res.Automatic != rules.No {
			t.Errorf("%s: request %v automatic %v", office, res.Request, res.Automatic)
		}
		if _, ok := res.RequestLimit(); ok {
			t.Errorf("%s: a request limit where any margin may ask", office)
		}
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
			t.Errorf("%s: filing %+v", office, f)
		}
	}
}

// Thirty-five calendar days after the election; a last day on Christmas
// moves to the next business day (ORS 187.010(3)).
func TestORDeadline(t *testing.T) {
	res := apply(t, orRace(20241105, rules.General, rules.County, 1, 20241203, 600, 400))
	if res.Deadline == nil || res.Deadline.Due != 20241210 || res.Deadline.Rolled {
		t.Errorf("2024: %+v", res.Deadline)
	}
	// November 20, 2018 + 35 days = Tuesday, December 25: moved to the 26th.
	res = apply(t, orRace(20181120, rules.Special, rules.County, 1, 20181130, 600, 400))
	if res.Deadline == nil || res.Deadline.Due != 20181226 || !res.Deadline.Rolled {
		t.Errorf("Christmas: %+v", res.Deadline)
	}
}

// Presidential electors: five business days after the declaration, which
// skip Thanksgiving (Tuesday, November 26, 2024 → Wednesday, December 4).
func TestORPresidentialDeadline(t *testing.T) {
	res := apply(t, orRace(20241105, rules.General, rules.President, 36, 20241126, 1200000, 900000))
	if res.Deadline == nil || res.Deadline.Due != 20241204 || res.Deadline.Rule.Unit != rules.BusinessDays {
		t.Errorf("deadline %+v", res.Deadline)
	}
	found := false
	for _, f := range res.Facts {
		found = found || f.Kind == "or-presidential-full-only"
	}
	if !found {
		t.Error("the full-recount rule for presidential electors is missing")
	}
}

// A race of November 3, 2026, under ORS 258.280(1)(b) as re-read on
// 2026-11-23 (lawserver copy): automatic when the margin "is not more than
// one-fifth of one percent of the total votes for both candidates".
//
// 100,000 votes for the two: 0.2% is 200. 199 is inside; exactly 200 is
// inside ("not more than"); 100,001 votes make the line 200.002, so 201 is
// outside. Outside the line a demand is still open at any margin.
func TestOR2026AutomaticLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		{"199 of 100,000", []int64{50099, 49901}, rules.Yes},
		{"200 of 100,000", []int64{50100, 49900}, rules.Yes},
		{"201 of 100,001", []int64{50101, 49900}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, orRace(20261103, rules.General, rules.StateSenate, 1, 20261203, c.votes...))
			if res.Automatic != c.want || res.Request != rules.Yes {
				t.Errorf("automatic %v request %v, want automatic %v", res.Automatic, res.Request, c.want)
			}
		})
	}
}
