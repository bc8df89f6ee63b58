package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// nyRace is a New York race with candidates' votes in the order given.
func nyRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "NY", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(14)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Senate District 50, 2022: 61,711 to 61,684 after absentee ballots, 27
// votes of 123,395. 0.5% is 616.975 votes: "or less" allows 616. The one
// reading of § 9-208(4)(a) orders a hand recount.
func TestNYSD50(t *testing.T) {
	res := apply(t, nyRace(20221108, rules.General, rules.StateSenate, 2, 61711, 61684))
	lim, ok := res.AutomaticLimit()
	if res.Automatic != rules.Yes || !ok || lim.Votes != 616 || len(res.Findings) != 1 {
		t.Errorf("automatic %v limit %d/%v findings %d", res.Automatic, lim.Votes, ok, len(res.Findings))
	}
	if res.Request != rules.NoRoute || res.Deadline != nil {
		t.Errorf("request %v deadline %+v", res.Request, res.Deadline)
	}
}

// 0.5% "or less" of 10,000 votes is 50: at the line the law says yes; one
// vote past it, no.
func TestNYHalfPercentLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		{"inside: 40 of 10,000", []int64{5020, 4980}, rules.Yes},
		{"at the line: 50 of 10,000", []int64{5025, 4975}, rules.Yes},
		{"outside: 51 of 10,001", []int64{5026, 4975}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nyRace(20241105, rules.General, rules.County, 1, c.votes...))
			if res.Automatic != c.want {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// "twenty votes or less" (§ 9-208(4)(a)(i)): 20 of 1,000 (2%, far past
// 0.5%) orders a hand recount; 21 of 1,001 is past both lines.
func TestNYTwentyVotes(t *testing.T) {
	res := apply(t, nyRace(20241105, rules.General, rules.Municipal, 1, 510, 490))
	if res.Automatic != rules.Yes || len(res.Findings) != 1 {
		t.Errorf("20 of 1,000: %v, %d findings", res.Automatic, len(res.Findings))
	}
	if lim, _ := res.AutomaticLimit(); lim.Votes != 20 {
		t.Errorf("limit %d, want 20", lim.Votes)
	}
	if res := apply(t, nyRace(20241105, rules.General, rules.Municipal, 1, 511, 490)); res.Automatic != rules.No {
		t.Errorf("21 of 1,001: %v", res.Automatic)
	}
}

// A statewide race of 6,000,000 votes: 0.5% is 30,000. Clauses i–iii of
// § 9-208(4)(a) are joined by "or", so the 5,000-vote clause caps nothing
// and there is no 0.2% statewide line: 5,000 and 13,000 are inside, where
// the old data said "it depends".
func TestNYStatewideReadings(t *testing.T) {
	for _, c := range []struct {
		name   string
		margin int64
		want   rules.Answer
	}{
		{"4,999: within 0.5%", 4999, rules.Yes},
		{"5,000: within 0.5%, no cap", 5000, rules.Yes},
		{"13,000: within 0.5%, no 0.2% line", 13000, rules.Yes},
		{"30,000: at 0.5%", 30000, rules.Yes},
		{"30,001: past 0.5%", 30001, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			half := (6000000 - c.margin) / 2
			res := apply(t, nyRace(20261103, rules.General, rules.Governor, 62, half+c.margin, half, 6000000-2*half-c.margin))
			if res.Automatic != c.want || len(res.Findings) != 1 {
				t.Errorf("automatic %v, %d findings (total %d)", res.Automatic, len(res.Findings), res.Total)
			}
		})
	}
}

// November 3, 2026, under § 9-208(4) as read: one reading, no candidate's
// request, so no deadline to ask.
//
//   - Assembly district, 30,000 votes, 15,070 to 14,930: margin 140; 0.5% of
//     30,000 is 150, so a hand recount (all three old readings agreed).
//   - Town race, 600 to 580 of 1,180: margin 20, 1.7%: "twenty votes or
//     less" orders it (the old News10 reading said no: "it depends").
//   - A race in two counties, 20,100 to 19,900 of 40,000: margin 200, at
//     0.5% (200): a recount, and the State Board works out the margin
//     (§ 9-208(4)(c)); 20,101 to 19,900 (201 of 40,001, 0.5% is 200.005,
//     so 200 allowed): no recount, and no recount facts.
func TestNY2026General(t *testing.T) {
	for _, c := range []struct {
		name     string
		office   rules.Office
		counties int
		votes    []int64
		want     rules.Answer
	}{
		{"Assembly, 140 of 30,000", rules.StateHouse, 1, []int64{15070, 14930}, rules.Yes},
		{"town, 20 of 1,180", rules.Municipal, 1, []int64{600, 580}, rules.Yes},
		{"two counties, 200 of 40,000", rules.StateSenate, 2, []int64{20100, 19900}, rules.Yes},
		{"two counties, 201 of 40,001", rules.StateSenate, 2, []int64{20101, 19900}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nyRace(20261103, rules.General, c.office, c.counties, c.votes...))
			if res.Automatic != c.want || res.Request != rules.NoRoute || len(res.Findings) != 1 {
				t.Errorf("automatic %v request %v findings %d", res.Automatic, res.Request, len(res.Findings))
			}
			if res.Deadline != nil {
				t.Errorf("deadline %+v, want none", res.Deadline)
			}
			if v := res.Main().Version; v.ID != "ny-manual-recount-2021" {
				t.Errorf("version %s", v.ID)
			}
			multi := false
			for _, f := range res.Facts {
				multi = multi || f.Kind == "ny-state-board-multicounty"
			}
			if multi != (c.counties > 1 && c.want == rules.Yes) {
				t.Errorf("State Board fact shown %v for %d counties", multi, c.counties)
			}
		})
	}
}

// Primaries are covered: § 9-208(4)(a) says "a particular contest", with no
// limit by kind of election. June 23, 2026 primary, 1,510 to 1,490: 20 of
// 3,000 orders a hand recount.
func TestNY2026Primary(t *testing.T) {
	res := apply(t, nyRace(20260623, rules.Primary, rules.StateHouse, 1, 1510, 1490))
	if res.Automatic != rules.Yes || res.Request != rules.NoRoute || len(res.Findings) != 1 || res.Deadline != nil {
		t.Errorf("primary: automatic %v request %v findings %d deadline %+v", res.Automatic, res.Request, len(res.Findings), res.Deadline)
	}
}

// Before 2021 there was no close-margin recount (NY-22, 2020: +109 of
// 318,867 candidate votes): the page names the courts.
func TestNYBefore2021(t *testing.T) {
	res := apply(t, nyRace(20201103, rules.General, rules.USHouse, 8, 156098, 155989, 6780))
	if res.Automatic != rules.NoRoute || res.Request != rules.NoRoute {
		t.Errorf("2020: automatic %v request %v", res.Automatic, res.Request)
	}
	if c := res.Main().Version.Contest; c == nil || c.Receiver.ID != "ny-supreme-court" {
		t.Errorf("2020 contest %+v", c)
	}
	// The same margin after 2021: within 0.5% (1,594 votes).
	if res := apply(t, nyRace(20221108, rules.General, rules.USHouse, 8, 156098, 155989, 6780)); res.Automatic != rules.Yes {
		t.Errorf("2022: %v", res.Automatic)
	}
}

// General Construction Law § 24 keeps a Sunday holiday on the Monday and
// leaves a Saturday one where it falls. No New York recount deadline counts
// business days, so a plain count of business days on New York's calendar
// shows it.
func TestNYSundayHolidayMonday(t *testing.T) {
	checkDayCounts(t, &NY.Holidays, []dayCount{
		// Veterans Day on Sunday, November 11, 2018: 3 business days after
		// Friday the 9th: (Sat 10, Sun 11, Mon 12 holiday) Tue 13 1, Wed 14
		// 2, Thu 15 3.
		{"Veterans Day on a Sunday", 20181109, 20181115, 3},
		// Lincoln's birthday on Sunday, February 12, 2023: 1 business day
		// after Friday the 10th: (Sat 11, Sun 12, Mon 13 holiday) Tue 14 1.
		{"Lincoln's birthday on a Sunday", 20230210, 20230214, 1},
		// Veterans Day on Saturday, November 11, 2023: not moved. 1 business
		// day after Thursday the 9th: Fri 10 1.
		{"Veterans Day on a Saturday", 20231109, 20231110, 1},
	})
}
