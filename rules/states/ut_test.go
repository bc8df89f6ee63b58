package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// utRace is a Utah race with candidates' votes in the order given.
func utRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "UT", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 20A-4-401(3)(a): "equal to or less than .25% of the total number of
// votes cast for all candidates in the race".
func TestUTRequestLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 100,000 votes: .25% is 250 exactly; a margin of 250 is "equal to".
		{"at the line", []int64{50125, 49875}, rules.Yes, 250},
		// 100,001 votes: .25% is 250.0025, so 250 votes at most; 251 is past it.
		{"one past", []int64{50126, 49875}, rules.No, 250},
		// 200 of 100,000: inside.
		{"inside", []int64{50100, 49900}, rules.Yes, 250},
		// A third candidate's votes count in the total: 1,000,000 votes, .25%
		// is 2,500; a margin of 2,400 is inside.
		{"three candidates", []int64{480000, 477600, 42400}, rules.Yes, 2500},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, utRace(20241105, rules.General, rules.County, 1, 20241119, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("request %v limit %d (%v), want %v %d", res.Request, lim.Votes, ok, c.want, c.limit)
			}
			if res.Automatic != rules.No {
				t.Errorf("automatic %v, want no (not a tie)", res.Automatic)
			}
		})
	}
}

// § 20A-4-401(3)(b): 400 votes or fewer, a margin of one vote.
func TestUTSmallRace(t *testing.T) {
	// 399 votes, margin 1: yes.
	if res := apply(t, utRace(20231107, rules.General, rules.Municipal, 1, 20231121, 200, 199)); res.Request != rules.Yes {
		t.Errorf("399 votes, margin 1: %v", res.Request)
	}
	// 398 votes, margin 2: no (.25% would not have allowed it either).
	res := apply(t, utRace(20231107, rules.General, rules.Municipal, 1, 20231121, 200, 198))
	lim, _ := res.RequestLimit()
	if res.Request != rules.No || lim.Votes != 1 {
		t.Errorf("398 votes, margin 2: %v limit %d", res.Request, lim.Votes)
	}
	// 400 votes exactly is still the small band: margin 2 of 400, no.
	if res := apply(t, utRace(20231107, rules.General, rules.Municipal, 1, 20231121, 201, 199)); res.Request != rules.No {
		t.Errorf("400 votes, margin 2: %v", res.Request)
	}
	// 401 votes: .25% is 1.0025, one vote; margin 1 yes.
	if res := apply(t, utRace(20231107, rules.General, rules.Municipal, 1, 20231121, 201, 200)); res.Request != rules.Yes {
		t.Errorf("401 votes, margin 1: %v", res.Request)
	}
}

// 2024 H.B. 515: a tie is recounted automatically; before it there was no
// automatic recount; in the weeks its start is unsure, it depends.
func TestUTTie(t *testing.T) {
	res := apply(t, utRace(20241105, rules.General, rules.StateHouse, 1, 20241119, 5000, 5000))
	lim, ok := res.AutomaticLimit()
	if res.Automatic != rules.Yes || !ok || lim.Votes != 0 {
		t.Errorf("2024 tie: automatic %v limit %d", res.Automatic, lim.Votes)
	}
	if res := apply(t, utRace(20221108, rules.General, rules.StateHouse, 1, 20221122, 5000, 5000)); res.Automatic != rules.NoRoute {
		t.Errorf("2022 tie: automatic %v", res.Automatic)
	}
	if res := apply(t, utRace(20240604, rules.Special, rules.County, 1, 20240618, 5000, 5000)); res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings {
		t.Errorf("June 4, 2024 tie: %v %v", res.Automatic, res.AutomaticReason)
	}
	if res := apply(t, utRace(20241105, rules.General, rules.StateHouse, 1, 20241119, 5001, 5000)); res.Automatic != rules.No {
		t.Errorf("2024, margin 1: automatic %v", res.Automatic)
	}
}

// Receivers: the Lieutenant Governor for a statewide race, the county clerk
// within one county, the municipal clerk for a city race.
func TestUTReceivers(t *testing.T) {
	for _, c := range []struct {
		name     string
		race     rules.Race
		receiver string
		due      rules.Date
	}{
		// Canvass completed Tuesday, November 19, 2024: seven days, Tuesday 26.
		{"statewide", utRace(20241105, rules.General, rules.Governor, 29, 20241119, 500000, 499000), "ut-lieutenant-governor", 20241126},
		{"multicounty", utRace(20241105, rules.General, rules.StateSenate, 3, 20241119, 20000, 19990), "ut-lieutenant-governor", 20241126},
		{"one county", utRace(20241105, rules.General, rules.County, 1, 20241119, 20000, 19990), "county-official", 20241126},
		// A municipal primary canvassed on Friday, September 15, 2023: three
		// calendar days, Monday the 18th, before 5 p.m.
		{"municipal primary", utRace(20230905, rules.Primary, rules.Municipal, 1, 20230915, 2000, 1999), "local-official", 20230918},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, c.race)
			if f := res.Main().Filing; f == nil || f.Receiver.ID != c.receiver {
				t.Fatalf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rule.At != 17*60 {
				t.Errorf("deadline %+v, want %v at 5 p.m.", res.Deadline, c.due)
			}
		})
	}
	// The seven days do not roll: a canvass on Saturday, November 23, 2024
	// gives Saturday, November 30.
	res := apply(t, utRace(20241105, rules.General, rules.County, 1, 20241123, 20000, 19990))
	if res.Deadline.Due != 20241130 || res.Deadline.Rolled {
		t.Errorf("weekend: %+v", res.Deadline)
	}
}

// Utah's calendar: Pioneer Day and the Juneteenth Monday.
func TestUTHolidays(t *testing.T) {
	j := ByCode("UT")
	h := &j.Holidays
	// July 24, 2027 is a Saturday: kept Friday the 23rd. Two business days
	// from Thursday the 22nd skip Friday and the weekend: Tuesday the 27th.
	d := rules.CountDeadline(rules.Deadline{N: 2, Unit: rules.BusinessDays}, 20270722, h)
	if d.Due != 20270727 {
		t.Errorf("Pioneer Day 2027: %v", d.Due)
	}
	// June 19, 2025 is a Thursday: the holiday is Monday the 16th.
	d = rules.CountDeadline(rules.Deadline{N: 1, Unit: rules.BusinessDays}, 20250613, h)
	if d.Due != 20250617 {
		t.Errorf("Juneteenth 2025: %v", d.Due)
	}
}
