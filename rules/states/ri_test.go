package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// riRace is a Rhode Island race with candidates' votes in the order given.
func riRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "RI", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 17-19-37.1(1)(a): "by less than" 2% or 200 votes (up to 20,000 cast),
// 1% or 500 (to 100,000), ½% or 1,500 (more), "whichever is less".
func TestRITiers(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 5,000 cast: 2% is 100, less than 200; "less than" 100 is 99.
		{"small, inside", []int64{2549, 2451}, rules.Yes, 99},
		{"small, 99 with a third candidate", []int64{2500, 2401, 99}, rules.Yes, 99},
		{"small, at 2%", []int64{2550, 2450}, rules.No, 99},
		// 20,000 cast: 2% is 400, so 200 votes binds: less than 200.
		{"20,000, inside", []int64{10099, 9901}, rules.Yes, 199},
		{"20,000, at 200", []int64{10100, 9900}, rules.No, 199},
		// 50,000 cast: 1% is 500 and the cap is 500: less than 500.
		{"50,000, inside", []int64{25249, 24751}, rules.Yes, 499},
		{"50,000, at 500", []int64{25250, 24750}, rules.No, 499},
		// 400,000 cast: ½% is 2,000, so 1,500 binds: less than 1,500.
		{"400,000, inside", []int64{200749, 199251}, rules.Yes, 1499},
		{"400,000, at 1,500", []int64{200750, 199250}, rules.No, 1499},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, riRace(20241105, rules.General, rules.StateSenate, 1, 20241120, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("request %v limit %d (%v), want %v %d", res.Request, lim.Votes, ok, c.want, c.limit)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// Every petition goes to the Board of Elections, by 4 p.m.: the day after a
// primary; seven days after a local general election; seven days after the
// Board's declaration for a state or federal office.
func TestRIDeadlines(t *testing.T) {
	for _, c := range []struct {
		name   string
		typ    rules.ElectionType
		office rules.Office
		date   rules.Date
		base   rules.Date
		due    rules.Date
	}{
		{"primary", rules.Primary, rules.StateHouse, 20240910, 20240910, 20240911},
		{"local general", rules.General, rules.Municipal, 20241105, 20241115, 20241112},
		{"state general", rules.General, rules.Governor, 20221108, 20221122, 20221129},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, riRace(c.date, c.typ, c.office, 1, c.base, 1000, 999))
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "state-board" {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Rule.At != 16*60 {
				t.Errorf("deadline %+v, want %v at 4 p.m.", res.Deadline, c.due)
			}
		})
	}
}

// From July 1, 2025 the 2025 bill's nine days are shown beside the seven
// for a local office; the verdict does not depend on it.
func TestRIH5384(t *testing.T) {
	res := apply(t, riRace(20251104, rules.General, rules.Municipal, 1, 20251114, 1000, 999))
	if len(res.Findings) != 2 || res.Request != rules.Yes {
		t.Fatalf("findings %d request %v", len(res.Findings), res.Request)
	}
	if res.Deadline == nil || res.Deadline.Due != 20251111 {
		t.Errorf("seven days: %+v", res.Deadline)
	}
	if len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Due != 20251113 {
		t.Errorf("nine days: %+v", res.OtherDeadlines)
	}
	// A state office: the same deadline under both readings.
	res = apply(t, riRace(20261103, rules.General, rules.Governor, 5, 20261117, 1000, 999))
	if len(res.OtherDeadlines) != 0 || res.Deadline.Due != 20261124 {
		t.Errorf("state office: %+v %+v", res.Deadline, res.OtherDeadlines)
	}
}

// § 25-1-1: New Year's Day, July 4, November 11 and December 25 are kept
// on the Monday when they fall on a Saturday or a Sunday; the other days
// only move off a Sunday. No Rhode Island deadline counts business days or
// moves off a holiday, so a plain count of business days on Rhode Island's
// calendar shows it.
func TestRIWeekendHolidays(t *testing.T) {
	checkDayCounts(t, &RI.Holidays, []dayCount{
		// Veterans Day on Sunday, November 11, 2018: 1 business day after
		// Friday the 9th: (Sat 10, Sun 11, Mon 12 holiday) Tue 13 1.
		{"Veterans Day on a Sunday", 20181109, 20181113, 1},
		// Veterans Day on Saturday, November 11, 2023, kept Monday the 13th:
		// after Thursday the 9th, Fri 10 1 (not a holiday), (Sat 11, Sun 12,
		// Mon 13 holiday) Tue 14 2.
		{"Veterans Day on a Saturday: Friday open", 20231109, 20231110, 1},
		{"Veterans Day on a Saturday: Monday closed", 20231109, 20231114, 2},
		// Christmas on Saturday, December 25, 2021, kept Monday the 27th:
		// after Thursday the 23rd, Fri 24 1, (Sat, Sun, Mon 27) Tue 28 2.
		{"Christmas on a Saturday", 20211223, 20211228, 2},
		// Rhode Island Independence Day, May 4, on a Sunday in 2025: after
		// Friday May 2, (Sat 3, Sun 4, Mon 5 holiday) Tue 6 1.
		{"May 4 on a Sunday", 20250502, 20250506, 1},
		// On a Saturday in 2024 it is not moved: after Thursday May 2,
		// Fri 3 1, (Sat 4, Sun 5) Mon 6 2.
		{"May 4 on a Saturday: Friday open", 20240502, 20240503, 1},
		{"May 4 on a Saturday: Monday open", 20240502, 20240506, 2},
	})
}

// A local office on Nov 3, 2026: H 5384 (2025) passed the General Assembly
// on June 18, 2025, but whether it became law was not found, so both
// deadlines are shown. Seven days after Tuesday, Nov 3 is Tuesday, Nov 10;
// nine days is Thursday, Nov 12 (calendar days, 4 p.m.; Veterans Day on
// Wednesday the 11th moves neither). The margin (1 of 1,999) is inside
// 2% / 200 under both readings.
func TestRIH5384Nov2026(t *testing.T) {
	res := apply(t, riRace(20261103, rules.General, rules.Municipal, 1, 20261113, 1000, 999))
	if len(res.Findings) != 2 || res.Request != rules.Yes || res.Automatic != rules.NoRoute {
		t.Fatalf("findings %d request %v automatic %v", len(res.Findings), res.Request, res.Automatic)
	}
	if res.Deadline == nil || res.Deadline.Due != 20261110 || res.Deadline.Rule.At != 16*60 {
		t.Errorf("seven days: %+v", res.Deadline)
	}
	if len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Due != 20261112 {
		t.Errorf("nine days: %+v", res.OtherDeadlines)
	}
}
