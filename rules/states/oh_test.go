package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// ohRace is an Ohio race with candidates' votes in the order given.
func ohRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "OH", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// A county race of 10,000 votes: one-half of one per cent is 50. Below it
// the board orders a recount; at exactly 50 the winner exceeds the loser "by
// a margin of one-half of one per cent or more of the total vote", so no
// (R.C. 3515.011); past it, no.
func TestOHCountyHalfPercent(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		{"49 of 10,000", []int64{5024, 4975, 1}, rules.Yes},
		{"50 of 10,000: exactly one-half of one per cent", []int64{5025, 4975}, rules.No},
		{"51 of 10,000", []int64{5025, 4974, 1}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ohRace(20241105, rules.General, rules.County, 1, 20241126, c.votes...))
			if res.Automatic != c.want {
				t.Errorf("automatic %v (%v)", res.Automatic, res.AutomaticReason)
			}
			// The largest margin recounted is 49.
			if lim, _ := res.AutomaticLimit(); lim.Votes != 49 {
				t.Errorf("limit %d", lim.Votes)
			}
			// A losing candidate may always apply, depositing $50 a precinct.
			if res.Request != rules.Yes {
				t.Errorf("request %v", res.Request)
			}
		})
	}
}

// Statewide: one-fourth of one per cent of 4,000,000 is 10,000.
func TestOHStatewideQuarterPercent(t *testing.T) {
	for _, c := range []struct {
		margin int64
		want   rules.Answer
	}{
		{9999, rules.Yes},
		{10000, rules.No},
		{10001, rules.No},
		// A margin of 0.3% would be recounted in a district race, not statewide.
		{12000, rules.No},
	} {
		half := (4000000 - c.margin) / 2
		res := apply(t, ohRace(20241105, rules.General, rules.USSenate, 88, 20241126, half+c.margin, half, 4000000-2*half-c.margin))
		if res.Automatic != c.want {
			t.Errorf("margin %d: %v", c.margin, res.Automatic)
		}
	}
	// The same 0.3% in a multi-county district (600 of 200,000): within 0.5%.
	if res := apply(t, ohRace(20241105, rules.General, rules.USHouse, 5, 20241126, 100300, 99700)); res.Automatic != rules.Yes {
		t.Errorf("district at 0.3%%: %v", res.Automatic)
	}
}

// November 3, 2026: one reading, the statute's "less than". A county race
// of 20,000 votes (one-half of one per cent is 100) won by exactly 100: no
// automatic recount; the losing candidate may apply within five days of the
// declaration. Declared Tuesday, November 24: Wednesday 25 is day 1,
// Thanksgiving 26 day 2 (calendar days count), Friday 27 3, Saturday 28 4,
// Sunday 29 5, a Sunday, so Monday, November 30 (R.C. 1.14).
func TestOH2026HalfPercentLine(t *testing.T) {
	res := apply(t, ohRace(20261103, rules.General, rules.County, 1, 20261124, 10050, 9950))
	if res.Automatic != rules.No || res.Request != rules.Yes || len(res.Findings) != 1 {
		t.Fatalf("automatic %v request %v, %d findings", res.Automatic, res.Request, len(res.Findings))
	}
	if lim, _ := res.AutomaticLimit(); lim.Votes != 99 {
		t.Errorf("limit %d", lim.Votes)
	}
	if res.Deadline == nil || res.Deadline.Due != 20261130 || len(res.OtherDeadlines) != 0 {
		t.Errorf("deadline %+v, others %+v", res.Deadline, res.OtherDeadlines)
	}
	// One vote closer, 99 of 19,999 (0.5% is 99.995): the board orders a
	// recount.
	if res := apply(t, ohRace(20261103, rules.General, rules.County, 1, 20261124, 10049, 9950)); res.Automatic != rules.Yes || len(res.Findings) != 1 {
		t.Errorf("99: automatic %v, %d findings", res.Automatic, len(res.Findings))
	}
	// Statewide, 10,000 of 4,000,000 (exactly 0.25%): no.
	if res := apply(t, ohRace(20261103, rules.General, rules.Governor, 88, 20261124, 2005000, 1995000)); res.Automatic != rules.No {
		t.Errorf("statewide 0.25%%: automatic %v", res.Automatic)
	}
}

// Five days after the results are declared, to the county board; a last
// day on a weekend or a holiday moves on (R.C. 1.14).
func TestOHDeadline(t *testing.T) {
	for _, c := range []struct {
		name string
		base rules.Date
		due  rules.Date
	}{
		{"declared Wednesday: Monday", 20241120, 20241125},
		{"declared Saturday: Thursday is Thanksgiving, Friday", 20241123, 20241129},
		{"declared Tuesday: Sunday moves to Monday", 20251118, 20251124},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ohRace(c.base.AddDays(-14), rules.General, rules.County, 1, c.base, 1000, 900))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-board" {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline.Due != c.due {
				t.Errorf("due %v, want %v", res.Deadline.Due, c.due)
			}
		})
	}
	// Every race files with the county boards, a statewide one too.
	if f := apply(t, ohRace(20241105, rules.General, rules.Governor, 88, 20241126, 1000, 900)).Findings[0].Filing; f == nil || f.Receiver.ID != "county-board" {
		t.Errorf("statewide filing %+v", f)
	}
}

// R.C. 1.14 makes the day after a Sunday holiday a legal holiday, and does
// not move a Saturday one: the five days roll past the Monday, and a last
// day on the Friday before a Saturday holiday stands.
func TestOHSundayHolidayMonday(t *testing.T) {
	for _, c := range []struct {
		name      string
		base, due rules.Date
	}{
		// Veterans Day on Sunday, November 11, 2018. Declared Wednesday the
		// 7th: Thu 8 1, Fri 9 2, Sat 10 3, Sun 11 4, Mon 12 5, the holiday,
		// so Tue 13.
		{"Veterans Day on a Sunday", 20181107, 20181113},
		// Christmas on Sunday, December 25, 2022. Declared Wednesday the
		// 21st: Thu 22 1, Fri 23 2, Sat 24 3, Sun 25 4, Mon 26 5, the
		// holiday, so Tue 27.
		{"Christmas on a Sunday", 20221221, 20221227},
		// Veterans Day on Saturday, November 11, 2023, not moved. Declared
		// Sunday the 5th: Mon 6 1, Tue 7 2, Wed 8 3, Thu 9 4, Fri 10 5,
		// an open day.
		{"Veterans Day on a Saturday", 20231105, 20231110},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, ohRace(c.base.AddDays(-14), rules.General, rules.County, 1, c.base, 1000, 900))
			if res.Deadline == nil {
				t.Fatal("no deadline")
			}
			if res.Deadline.Due != c.due {
				t.Errorf("due %v, want %v", res.Deadline.Due, c.due)
			}
		})
	}
}
